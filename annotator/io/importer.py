"""Importing files into a project: each file whole or not at all, bad files named.

``import_paths`` walks folders and zip archives; a reader (``READERS``, by suffix) turns each
file's bytes into ``Imported`` values; each text is cleaned (``core.cleaning``, on record),
optionally respelled (``--normalize-persian``), checked for duplicates and near-duplicates,
and the file's documents and spans are stored in one transaction.

Durability: during an import each file still commits on its own, but with SQLite's
``synchronous = NORMAL`` (no fsync per file): a crash of the program loses nothing that was
committed, a power cut may lose the files committed since the start of the import. When the
import ends, one ``synchronous = FULL`` commit (the ``last_import`` setting) puts all of them on
disk before the report is returned. Measured by ``python -m bench import_search``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.cleaning import clean
from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.language import detect_language
from annotator.core.model import Document, Span, content_hash, now
from annotator.core.normalize import align, persian_spelling
from annotator.store import corpus_index
from annotator.store.project import Project

from . import native
from .readers import archive, csv, docx, html, jsonl_foreign, pdf, text
from .readers.base import ForeignSpan, Imported, ImportOptions, Source

MAX_FILE_BYTES = 50 * 1024 * 1024
DROP_LABEL = "-"  # ``--map-label X=-`` drops spans labelled X, on purpose and on record

Reader = Callable[[Source, ImportOptions], list[Imported]]
READERS: dict[str, Reader] = {
    **dict.fromkeys(text.SUFFIXES, text.read),
    **dict.fromkeys(html.SUFFIXES, html.read),
    **dict.fromkeys(docx.SUFFIXES, docx.read),
    **dict.fromkeys(pdf.SUFFIXES, pdf.read),
    **dict.fromkeys(csv.SUFFIXES, csv.read),
    **dict.fromkeys(jsonl_foreign.DOCCANO_SUFFIXES, jsonl_foreign.read_doccano),
    **dict.fromkeys(jsonl_foreign.LABEL_STUDIO_SUFFIXES, jsonl_foreign.read_label_studio),
}
ARCHIVES = archive.SUFFIXES

__all__ = ["READERS", "ImportOptions", "ImportReport", "Imported", "import_paths"]


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    near_duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "errors": self.errors,
            "notes": self.notes,
            "cancelled": self.cancelled,
        }

    def extend(self, other: ImportReport) -> None:
        for key in ("added", "duplicates", "near_duplicates", "errors", "notes"):
            getattr(self, key).extend(getattr(other, key))
        self.cancelled = self.cancelled or other.cancelled


Progress = Callable[[int, int, str], bool | None]


def files_to_import(paths: Iterable[Path | str]) -> list[Path]:
    """The files an import of ``paths`` reads: folders recursively, in name order."""
    known = set(READERS) | set(ARCHIVES)
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(
                child
                for child in sorted(path.rglob("*"))
                if child.is_file()
                and child.suffix.lower() in known
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
        else:
            out.append(path)
    return out


def import_paths(
    project: Project,
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    options: ImportOptions | None = None,
) -> ImportReport:
    """Imports files, folders and zip archives. ``progress(done, total, name)`` returning
    False cancels before the next file; files already imported stay."""
    options = options or ImportOptions()
    files = files_to_import(paths)
    report = ImportReport()
    with _batch_commits(project, report):
        for n, path in enumerate(files):
            if progress is not None and progress(n, len(files), str(path)) is False:
                report.cancelled = True
                report.notes.append(f"cancelled after {n} of {len(files)} files")
                break
            for source in _sources(path, report):
                import_source(project, source, options, report)
        else:
            if progress is not None:
                progress(len(files), len(files), "")
    return report


@contextmanager
def _batch_commits(project: Project, report: ImportReport) -> Iterator[None]:
    conn = project.conn
    (before,) = conn.execute("PRAGMA synchronous").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA synchronous = {before}")
        if report.added:
            # One durable commit: the WAL is synced, and every file committed before with it.
            with suppress(AnnotatorError):
                project.set_setting(
                    "last_import",
                    {"at": now(), "added": len(report.added), "errors": len(report.errors)},
                )


def _sources(path: Path, report: ImportReport) -> Iterator[Source]:
    try:
        source = _read_source(path)
    except ImportError_ as exc:
        report.errors.append(str(exc))
        return
    if source.suffix not in ARCHIVES:
        yield source
        return
    for entry in archive.entries(source, set(READERS)):
        if isinstance(entry, ImportError_):
            report.errors.append(str(entry))
        else:
            yield entry


def _read_source(path: Path) -> Source:
    suffix = path.suffix.lower()
    if suffix not in READERS and suffix not in ARCHIVES:
        known = ", ".join(sorted({*READERS, *ARCHIVES}))
        raise ImportError_(
            f"{path}: {suffix or 'no extension'} files cannot be imported (known: {known})"
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and suffix not in ARCHIVES:
            raise ImportError_(
                f"{path}: too large ({size / 1e6:.0f} MB; at most {MAX_FILE_BYTES // 10**6} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror})") from None
    return Source(str(path), data, path)


def import_source(
    project: Project, source: Source, options: ImportOptions, report: ImportReport
) -> None:
    """Imports one file's documents and spans in one transaction, or reports why not."""
    try:
        if not source.data.strip():
            raise ImportError_(f"{source.name}: empty file")
        if len(source.data) > MAX_FILE_BYTES:
            raise ImportError_(f"{source.name}: too large ({len(source.data) / 1e6:.0f} MB)")
        if source.suffix == ".jsonl" and _is_native(source.data):
            _import_native(project, source, report)
            return
        items = READERS[source.suffix](source, options)
        prepared = [_prepare(item, source, options) for item in items]
        _store(project, source, prepared, report, options.label_map)
    except AnnotatorError as exc:
        message = str(exc)
        report.errors.append(message if source.name in message else f"{source.name}: {message}")


@dataclass
class _Prepared:
    item: Imported
    text: str
    cleaning: list[Any]
    unnormalized: str | None = None


def _prepare(item: Imported, source: Source, options: ImportOptions) -> _Prepared:
    text, steps = item.text, list(item.cleaning)
    if item.clean:
        cleaned = clean(text, join_wrapped=options.join_wrapped)
        text = cleaned.text
        steps += [s.to_json() for s in cleaned.steps]
    if not text.strip():
        raise ImportError_(f"{source.name}: no text")
    item.language = item.language or detect_language(text)
    unnormalized = None
    if options.normalize_persian and item.clean and item.language == "fa":
        respelled = persian_spelling(text)
        if respelled != text:
            unnormalized, text = text, respelled
            steps.append(_normalization_step(unnormalized, respelled))
    return _Prepared(item, text, steps, unnormalized)


def _normalization_step(before: str, after: str) -> dict[str, Any]:
    mapping = align(before, after)
    changed = len(before) - len(mapping.before)
    return {
        "step": "persian_spelling",
        "message": f"Persian spelling normalized (hazm): {changed} character(s) changed or "
        "moved; the text before it is kept",
        "count": changed,
    }


def _store(
    project: Project,
    source: Source,
    prepared: list[_Prepared],
    report: ImportReport,
    label_map: dict[str, str],
) -> None:
    batch, spans, unnormalized, names, notes, seen = [], [], [], [], [], set()
    label_of = _label_mapper(project, source, prepared, label_map)
    dropped = 0
    for p in prepared:
        digest = content_hash(p.text)
        existing = project.find_by_hash(digest)
        if existing or digest in seen:
            what = project.document(existing).name if existing else "another part of this file"
            report.duplicates.append(f"{source.name} ({p.item.name}): same text as {what!r}")
            continue
        seen.add(digest)
        doc = _document(p, source)
        for near in corpus_index.near_duplicates_of(project.conn, p.text):
            notes.append(("near", f"{source.name} ({doc.name}): {near.describe()}"))
        batch.append((doc, p.item.original, p.item.encoding, p.cleaning))
        for fs in p.item.spans:
            label = label_of(fs.label)
            if label is None:
                dropped += 1
            else:
                spans.append(_span(project, doc, fs, label))
        if p.unnormalized is not None:
            unnormalized.append((doc.id, p.unnormalized))
        names.append(doc.name)
        notes += [("note", n) for n in p.item.notes + _cleaning_notes(source, doc.name, p.cleaning)]
    if not batch:
        return
    with project._tx():
        project.add_documents(batch)
        for doc_id, before in unnormalized:
            corpus_index.record_unnormalized(project.conn, doc_id, before)
        if spans:
            project.add_annotations(spans, [])
    report.added.extend(names if len(names) == 1 else [f"{source.name}: {len(names)} documents"])
    report.near_duplicates += [text for kind, text in notes if kind == "near"]
    report.notes += [text for kind, text in notes if kind == "note"]
    if dropped:
        report.notes.append(f"{source.name}: {dropped} span(s) left out as --map-label asked")


def _cleaning_notes(source: Source, name: str, steps: list[Any]) -> list[str]:
    said = [
        s["message"]
        for s in steps
        if isinstance(s, dict)
        and s.get("step") not in ("html", "docx", "pdf", "csv", "doccano", "label-studio")
    ]
    return [f"{source.name} ({name}): {'; '.join(said)}"] if said else []


def _document(p: _Prepared, source: Source) -> Document:
    meta = p.item.metadata
    return Document(
        name=p.item.name or source.stem,
        text=p.text,
        language=p.item.language,
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        url=meta.get("url", ""),
        published=meta.get("published", ""),
        source_path=source.name,
    )


def _span(project: Project, doc: Document, fs: ForeignSpan, label: str) -> Span:
    return Span.on(
        doc.text, doc.id, fs.start, fs.end, label, annotator=fs.annotator or project.annotator
    )


def _label_mapper(
    project: Project, source: Source, prepared: list[_Prepared], options_map: dict[str, str]
) -> Callable[[str], str | None]:
    """Maps another tool's labels onto the schema; refuses the file when one has no match."""
    by_fold = {lab.name.casefold(): lab.name for lab in project.schema.labels}
    counts: dict[str, int] = {}
    for p in prepared:
        for s in p.item.spans:
            counts[s.label] = counts.get(s.label, 0) + 1

    def mapped(label: str) -> str | None:
        target = options_map.get(label, label)
        if target == DROP_LABEL:
            return None
        return by_fold.get(target.casefold())

    unknown = {
        label: n
        for label, n in counts.items()
        if mapped(label) is None and options_map.get(label) != DROP_LABEL
    }
    if unknown:
        listed = ", ".join(f"{label} ({n} span{'s' * (n != 1)})" for label, n in unknown.items())
        raise ImportError_(
            f"{source.name}: labels not in the schema {project.schema.name!r}: {listed}; "
            f"nothing was imported from it. Map them with --map-label LABEL=SCHEMA_LABEL "
            f"(or LABEL=- to leave those spans out)"
        )
    return mapped


# -- the native format, recognised by its header line ---------------------------------------


def _is_native(data: bytes) -> bool:
    first = next((line for line in data.splitlines() if line.strip()), b"")
    try:
        header = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(header, dict) and header.get("format") == native.FORMAT


def _import_native(project: Project, source: Source, report: ImportReport) -> None:
    if source.path is not None:
        result = native.import_file(project, Path(source.path))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / Path(source.name.rsplit(":", 1)[-1]).name
            path.write_bytes(source.data)
            result = native.import_file(project, path)
    report.added.append(
        f"{source.name}: {result.documents} documents, {result.spans} spans, "
        f"{result.relations} relations"
    )
    report.duplicates.extend(f"{source.name}: {s}" for s in result.skipped)
