"""Importing files into a project: each file whole or not at all, bad files named.

``import_paths`` walks folders and zip archives; a reader (``READERS``, by suffix) turns each
file's bytes into ``Imported`` values; each text is cleaned (``core.cleaning``, on record),
optionally respelled (``--normalize-persian``), checked for duplicates and near-duplicates,
and the file's documents and spans are stored together or not at all.

Durability: files are committed in batches of half a second of work, each file inside a
SAVEPOINT (see ``store.import_batch``). A crash or power cut loses the files of the batch in
progress (at most half a second of work), never part of a file; the report lists only files
whose batch was committed. The batch's documents are indexed for search, and compared with
the documents before them for near-duplicates, together just before the batch commits
(``corpus_index.indexed_at_end``): what is committed is searchable. Speed is measured by
``python -m bench import_search``.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.cleaning import clean
from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.language import detect_language
from annotator.core.model import Document, Span
from annotator.core.normalize import align, persian_spelling
from annotator.store import corpus_index, import_batch
from annotator.store.project import Project

from . import native
from .readers import archive, csv, docx, html, jsonl_foreign, pdf, text
from .readers.base import ForeignSpan, Imported, ImportOptions, Source

MAX_FILE_BYTES = 50 * 1024 * 1024
LANGUAGE_SAMPLE = 3000  # characters: enough to tell fa, ar, ur and mixed apart
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
    doc_ids: list[str] = field(default_factory=list)  # of the documents added, for views

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
        for key in ("added", "duplicates", "near_duplicates", "errors", "notes", "doc_ids"):
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
    False cancels before the next file; files already imported stay.

    Files are read and prepared (decoded, cleaned, folded, sketched) on this thread, and on
    a second one while SQLite writes and commits a batch without holding the GIL.
    """
    options = options or ImportOptions()
    files = files_to_import(paths)
    report = ImportReport()
    with _ReadAhead(files, options) as ready, import_batch.roomy_cache(project):
        finished = False
        while not finished:
            batch = ImportReport()
            try:
                with import_batch.batch(project) as index_now:
                    finished = _import_batch(
                        project, ready, len(files), progress, batch, options.label_map
                    )
                    # SQLite indexes the batch and commits it without holding the GIL most of
                    # the time: the worker prepares files meanwhile.
                    ready.let_worker_prepare(True)
                    near = _near_duplicate_notes(index_now())
            except (AnnotatorError, sqlite3.Error) as exc:
                # The commit itself failed (a full disk): none of the batch is in the project.
                batch.errors += [f"{name}: not saved ({exc})" for name in batch.added]
                batch.added.clear()
                batch.doc_ids.clear()
                finished = True
            else:
                batch.near_duplicates += near
            finally:
                ready.let_worker_prepare(False)
            report.extend(batch)
    corpus_index.forget_prepared()
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


@dataclass
class _Ready:
    """One source, read and prepared, or why it cannot be."""

    source: Source | None
    prepared: list[_Prepared] | None = None  # None for native JSONL, stored as it is
    error: str = ""


class _ReadAhead:
    """Files read and prepared in order: by the storing thread itself, and by a worker while
    the storing thread waits for SQLite to write and commit a batch.

    Only then: a worker running Python while the storing thread runs its short statements
    makes each statement wait for the GIL (up to 5 ms each), which cost more than it saved.
    """

    AHEAD_BYTES = 16 * 1024 * 1024  # of files prepared and not yet stored

    def __init__(self, files: list[Path], options: ImportOptions) -> None:
        self._files, self._options = files, options
        self._cond = threading.Condition()
        self._taken = 0  # files handed to the store
        self._claimed = 0  # files someone started to prepare
        self._done: dict[int, list[_Ready] | BaseException] = {}
        self._held = 0  # bytes in _done
        self._go = self._stop = False
        self._thread = threading.Thread(target=self._work, name="import-read", daemon=True)

    def __enter__(self) -> _ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join()

    def let_worker_prepare(self, go: bool) -> None:
        with self._cond:
            self._go = go
            self._cond.notify_all()

    def __iter__(self) -> Iterator[tuple[int, Path, list[_Ready]]]:
        while self._taken < len(self._files):
            n = self._taken
            self._taken += 1
            yield n, self._files[n], self._take(n)

    def _take(self, n: int) -> list[_Ready]:
        with self._cond:
            while n not in self._done and n < self._claimed:  # the worker is on it
                self._cond.wait()
            if n not in self._done:
                self._claimed = n + 1
                done = None
            else:
                done = self._done.pop(n)
                self._held -= _size(done)
                self._cond.notify_all()
        if done is None:
            return list(_read_ready(self._files[n], self._options))
        if isinstance(done, BaseException):
            raise done
        return done

    def _work(self) -> None:
        while (n := self._next_for_worker()) is not None:
            try:
                done: list[_Ready] | BaseException = list(
                    _read_ready(self._files[n], self._options)
                )
            except BaseException as exc:  # handed to the storing thread, which waits for n
                done = exc
            with self._cond:
                self._done[n] = done
                self._held += _size(done)
                self._cond.notify_all()
            # Hand over the GIL between files: the storing thread, back from SQLite, would
            # otherwise wait for it up to the interpreter's switch interval (5 ms).
            time.sleep(0)

    def _next_for_worker(self) -> int | None:
        with self._cond:
            while not self._stop and not (
                self._go and self._claimed < len(self._files) and self._held < self.AHEAD_BYTES
            ):
                self._cond.wait()
            if self._stop:
                return None
            self._claimed += 1
            return self._claimed - 1


def _size(done: list[_Ready] | BaseException) -> int:
    if isinstance(done, BaseException):
        return 0
    return sum(len(r.source.data) for r in done if r.source is not None)


def _read_ready(path: Path, options: ImportOptions) -> Iterator[_Ready]:
    for source in _sources(path):
        if isinstance(source, ImportError_):
            yield _Ready(None, error=str(source))
            continue
        try:
            yield _Ready(source, _read_and_prepare(source, options))
        except AnnotatorError as exc:
            message = str(exc)
            yield _Ready(
                source, error=message if source.name in message else f"{source.name}: {message}"
            )
        except Exception as exc:  # a reader's library failing on odd input: name the file
            yield _Ready(source, error=f"{source.name}: could not be read ({exc!r})")


def _import_batch(
    project: Project,
    ready: _ReadAhead,
    total: int,
    progress: Progress | None,
    report: ImportReport,
    label_map: dict[str, str],
) -> bool:
    """Stores files until a batch's time is up; True when none are left (or cancelled)."""
    deadline = time.monotonic() + import_batch.BATCH_SECONDS
    for n, path, sources in ready:
        if progress is not None and progress(n, total, str(path)) is False:
            report.cancelled = True
            report.notes.append(f"cancelled after {n} of {total} files")
            return True
        for item in sources:
            _store_ready(project, item, report, label_map)
        if time.monotonic() > deadline:
            return False
    return True


def _sources(path: Path) -> Iterator[Source | ImportError_]:
    try:
        source = _read_source(path)
    except ImportError_ as exc:
        yield exc
        return
    if source.suffix not in ARCHIVES:
        yield source
        return
    yield from archive.entries(source, set(READERS))


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


def _read_and_prepare(source: Source, options: ImportOptions) -> list[_Prepared] | None:
    if not source.data.strip():
        raise ImportError_(f"{source.name}: empty file")
    if len(source.data) > MAX_FILE_BYTES:
        raise ImportError_(f"{source.name}: too large ({len(source.data) / 1e6:.0f} MB)")
    if source.suffix == ".jsonl" and _is_native(source.data):
        return None
    items = READERS[source.suffix](source, options)
    return [_prepare(item, source, options) for item in items]


def _store_ready(
    project: Project, ready: _Ready, report: ImportReport, label_map: dict[str, str]
) -> None:
    """Stores one file's documents and spans whole, or reports why not."""
    if ready.error:
        report.errors.append(ready.error)
        return
    source = ready.source
    assert source is not None
    part = ImportReport()
    try:
        with import_batch.file_savepoint(project):
            if ready.prepared is None:
                _import_native(project, source, part)
            else:
                _store(project, source, ready.prepared, part, label_map)
    except AnnotatorError as exc:
        message = str(exc)
        report.errors.append(message if source.name in message else f"{source.name}: {message}")
        return
    except sqlite3.Error as exc:
        # The storage itself failed (a full disk): this file is named, the batch is abandoned.
        report.errors.append(f"{source.name}: not saved ({exc})")
        raise
    except Exception as exc:
        report.errors.append(f"{source.name}: could not be stored ({exc!r})")
        return
    report.extend(part)


@dataclass
class _Prepared:
    item: Imported
    doc: Document  # made here, off the storing thread: its id, hash and timestamp cost too
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
    item.language = item.language or detect_language(text[:LANGUAGE_SAMPLE])
    unnormalized = None
    if options.normalize_persian and item.clean and item.language == "fa":
        respelled = persian_spelling(text)
        if respelled != text:
            unnormalized, text = text, respelled
            steps.append(_normalization_step(unnormalized, respelled))
    doc = _document(item, text, source)
    corpus_index.prepare(doc.content_hash, text)  # the folded text and sketch, for later
    return _Prepared(item, doc, steps, unnormalized)


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
        doc = p.doc
        existing = project.find_by_hash(doc.content_hash)
        if existing or doc.content_hash in seen:
            what = project.document(existing).name if existing else "another part of this file"
            report.duplicates.append(f"{source.name} ({p.item.name}): same text as {what!r}")
            continue
        seen.add(doc.content_hash)
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
        notes += p.item.notes + _cleaning_notes(source, doc.name, p.cleaning)
    if not batch:
        return
    with project._tx():
        project.add_documents(batch)
        for doc_id, before in unnormalized:
            corpus_index.record_unnormalized(project.conn, doc_id, before)
        if spans:
            project.add_annotations(spans, [])
    report.added.extend(names if len(names) == 1 else [f"{source.name}: {len(names)} documents"])
    report.doc_ids.extend(doc.id for doc, *_ in batch)
    report.notes += notes
    if dropped:
        report.notes.append(f"{source.name}: {dropped} span(s) left out as --map-label asked")


def _near_duplicate_notes(indexed: list[corpus_index.Indexed]) -> list[str]:
    return [
        f"{doc.source_path} ({doc.name}): {near.describe()}" for doc in indexed for near in doc.near
    ]


def _cleaning_notes(source: Source, name: str, steps: list[Any]) -> list[str]:
    said = [
        s["message"]
        for s in steps
        if isinstance(s, dict)
        and s.get("step") not in ("html", "docx", "pdf", "csv", "doccano", "label-studio")
    ]
    return [f"{source.name} ({name}): {'; '.join(said)}"] if said else []


def _document(item: Imported, text: str, source: Source) -> Document:
    meta = item.metadata
    return Document(
        name=item.name or source.stem,
        text=text,
        language=item.language,
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
