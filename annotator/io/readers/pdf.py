"""PDFs with a text layer, page by page (pypdf). A scanned PDF without one is named as such:
it needs OCR first."""

from __future__ import annotations

import io

from annotator.core.errors import ImportError_

from .base import Imported, ImportOptions, Source

SUFFIXES = (".pdf",)


def read(source: Source, options: ImportOptions) -> list[Imported]:
    from pypdf import PdfReader  # loads only when a PDF is imported
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(source.data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportError_(f"{source.name}: the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except PdfReadError as exc:
        raise ImportError_(f"{source.name}: not a readable PDF ({exc})") from None
    if not "".join(pages).strip():
        raise ImportError_(
            f"{source.name}: the PDF has no text layer ({len(pages)} page(s) of images?); "
            "run OCR on it first"
        )
    meta = {}
    if info is not None and info.title:
        meta["title"] = str(info.title)
    return [
        Imported(
            name=source.stem,
            text="\n\n".join(p.strip("\n") for p in pages if p.strip()),
            metadata=meta,
            original=source.data,
            encoding="pdf",
            cleaning=[{"step": "pdf", "message": f"text layer of {len(pages)} page(s)"}],
        )
    ]
