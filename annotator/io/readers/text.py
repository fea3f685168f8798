"""Plain text and Markdown, in whatever encoding news texts arrive in.

Decoding order guards against mis-detection: a byte-order mark decides; strict UTF-8 next
(almost every modern file); only then charset-normalizer, first restricted to the code pages
Arabic-script text is written in (Windows-1256, ISO-8859-6), and its answer is kept only if it
reads as Arabic-script text. Short Persian files in Windows-1256 are otherwise often taken for
Big5 or Shift-JIS.
"""

from __future__ import annotations

from annotator.core.errors import ImportError_
from annotator.core.language import ARABIC_SCRIPT

from .base import Imported, ImportOptions, Source

SUFFIXES = (".txt", ".md", ".text")
BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
ARABIC_CODE_PAGES = ["cp1256", "iso8859_6"]
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with. A leading BOM is kept as U+FEFF, for the
    cleaning step to remove and record."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), f"{encoding} (with BOM)"
            except UnicodeDecodeError as exc:
                raise ImportError_(
                    f"{name}: starts with a {encoding} byte-order mark but is not "
                    f"{encoding} (byte {exc.start})"
                ) from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise ImportError_(f"{name}: a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(name, data)


def _detect(name: str, data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 pay for it

    # ZWNJ (0x9D in Windows-1256) reads as a control character to the mess detector: the
    # restricted pass tolerates more mess, and its answer must then read as Arabic script.
    best = from_bytes(data, cp_isolation=ARABIC_CODE_PAGES, threshold=0.5).best()
    if best is not None and _reads_as_arabic_script(str(best)):
        return str(best), best.encoding
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise ImportError_(
            f"{name}: the encoding cannot be recognised (not UTF-8, UTF-16 or Windows-1256); "
            "save it as UTF-8 and import it again"
        )
    return str(best), best.encoding


def _reads_as_arabic_script(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha() and ord(ch) > 0x7F)
    return letters > 0 and len(ARABIC_SCRIPT.findall(text)) >= 0.8 * letters


def read(source: Source, options: ImportOptions) -> list[Imported]:
    text, encoding = decode_text(source.name, source.data)
    return [Imported(name=source.stem, text=text, original=source.data, encoding=encoding)]
