"""Importing files into a project: each file whole or not at all, bad files named.

A reader turns one file's bytes into ``Imported`` values; ``import_paths`` walks folders,
skips duplicates by content hash and reports, per file, what went in and what did not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.language import detect_language
from annotator.core.model import Document, content_hash
from annotator.store.project import Project

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass
class Imported:
    """One document read from a file, before it is stored."""

    name: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    original: bytes | None = None
    encoding: str = "utf-8"
    cleaning: list[str] = field(default_factory=list)
    language: str = ""


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "errors": self.errors,
            "notes": self.notes,
        }


Reader = Callable[[Path, bytes], list[Imported]]


def read_text_file(path: Path, data: bytes) -> list[Imported]:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportError_(f"{path}: a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{path}: not UTF-8 text (byte {exc.start})") from None
    cleaning = []
    if data.startswith(b"\xef\xbb\xbf"):
        cleaning.append("removed a byte-order mark")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        cleaning.append("line ends made \\n")
    return [Imported(name=path.stem, text=text, original=data, cleaning=cleaning)]


READERS: dict[str, Reader] = {".txt": read_text_file, ".md": read_text_file}


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READERS:
                    yield child
        else:
            yield path


def read_file(path: Path) -> list[Imported]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ImportError_(
            f"{path}: {path.suffix or 'no extension'} files cannot be imported "
            f"(known: {', '.join(sorted(READERS))})"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportError_(
                f"{path}: too large ({size // 1_000_000} MB; at most "
                f"{MAX_FILE_BYTES // 1_000_000} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise ImportError_(f"{path}: empty file")
    return reader(path, data)


def to_document(item: Imported, source_path: str) -> Document:
    meta = item.metadata
    return Document(
        name=item.name,
        text=item.text,
        language=item.language or detect_language(item.text),
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        url=meta.get("url", ""),
        published=meta.get("published", ""),
        source_path=source_path,
    )


def import_paths(
    project: Project,
    paths: Iterable[Path | str],
    progress: Callable[[int, Path], bool] | None = None,
) -> ImportReport:
    """Imports files and folders. ``progress(n, path)`` returning False cancels."""
    report = ImportReport()
    for n, path in enumerate(iter_files(Path(p) for p in paths)):
        if progress is not None and progress(n, path) is False:
            report.notes.append("cancelled")
            break
        try:
            items = read_file(path)
            batch = []
            for item in items:
                if not item.text.strip():
                    raise ImportError_(f"{path}: no text")
                existing = project.find_by_hash(content_hash(item.text))
                if existing:
                    report.duplicates.append(
                        f"{path}: same text as {project.document(existing).name!r}"
                    )
                    continue
                batch.append(
                    (to_document(item, str(path)), item.original, item.encoding, item.cleaning)
                )
            if batch:
                project.add_documents(batch)
                report.added.extend(doc.name for doc, *_ in batch)
        except AnnotatorError as exc:
            message = str(exc)
            report.errors.append(message if str(path) in message else f"{path}: {message}")
    return report
