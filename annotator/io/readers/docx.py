"""Word documents: the body's paragraphs (and table cells) in order, title and date from the
document properties.

A .docx is a zip of XML: before python-docx parses it we bound its unpacked size and refuse
XML that declares entities (the "billion laughs" bomb), naming the file.
"""

from __future__ import annotations

import io
import re
import zipfile

from annotator.core.errors import ImportError_

from .base import Imported, ImportOptions, Source

SUFFIXES = (".docx",)
MAX_UNPACKED = 200 * 1024 * 1024
_ENTITY = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def read(source: Source, options: ImportOptions) -> list[Imported]:
    _check_package(source)
    import docx  # python-docx loads only when a .docx is imported

    try:
        document = docx.Document(io.BytesIO(source.data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise ImportError_(f"{source.name}: not a readable Word document ({exc})") from None
    paragraphs = [text for text in _texts(document) if text.strip()]
    if not paragraphs:
        raise ImportError_(f"{source.name}: the document has no text")
    props = document.core_properties
    meta = {
        "title": props.title or "",
        "published": props.created.isoformat() if props.created else "",
    }
    return [
        Imported(
            name=source.stem,
            text="\n\n".join(paragraphs),
            metadata={k: v for k, v in meta.items() if v},
            original=source.data,
            encoding="docx",
            cleaning=[{"step": "docx", "message": "paragraphs taken from the Word document"}],
        )
    ]


def _texts(document):
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from (p.text for p in cell.paragraphs)
        else:
            yield block.text


def _check_package(source: Source) -> None:
    try:
        package = zipfile.ZipFile(io.BytesIO(source.data))
    except zipfile.BadZipFile:
        raise ImportError_(f"{source.name}: not a Word document (.docx is a zip package)") from None
    with package:
        total = 0
        for info in package.infolist():
            total += info.file_size
            if total > MAX_UNPACKED:
                raise ImportError_(
                    f"{source.name}: unpacks to more than {MAX_UNPACKED // 2**20} MB; refused"
                )
        for info in package.infolist():
            if info.filename.endswith((".xml", ".rels")):
                with package.open(info) as part:
                    head = part.read(4096)
                if _ENTITY.search(head):
                    raise ImportError_(
                        f"{source.name}: {info.filename} declares XML entities (a possible "
                        "entity bomb); refused"
                    )
