"""``Project``: the one entry point to a project file.

Every change is one SQLite transaction, recorded in the append-only ``history`` table and
committed before the method returns, so whatever a caller has been told is done survives a
crash or a kill. Views learn of changes through ``subscribe``; they never write SQL.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.errors import (
    ProjectError,
    ProjectNeedsUpgrade,
    SchemaError,
    ValidationError,
)
from annotator.core.model import Relation, Span, now
from annotator.core.schema import Schema, load_preset, parse_schema

from . import rows
from .changes import Change
from .checks import ChecksMixin
from .documents import DocumentsMixin
from .faults import check_not_truncated, constraint_error, storage_error
from .lock import WriterLock, login_name
from .migrations import MIGRATIONS
from .relations import RelationsMixin

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_MAGIC = b"SQLite format 3\x00"
FORMAT_TAG = "annotator-project"


class Project(DocumentsMixin, RelationsMixin, ChecksMixin):
    """An open project file. Use ``Project.create`` or ``Project.open``; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self.annotator = os.environ.get("ANNOTATOR_NAME") or login_name("annotator")
        self._listeners: list[Callable[[Change], None]] = []
        self._texts: dict[str, str] = {}
        self._schema: Schema | None = None
        self._pending: list[Change] = []
        self._lock: WriterLock | None = None

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, made on first use: importing it costs about
        60 ms that opening a project and showing a document do not need."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, schema: Schema | None = None) -> Project:
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; open it instead of creating it")
        if not path.parent.is_dir():
            raise ProjectError(f"{path}: folder {path.parent} does not exist")
        lock = WriterLock.acquire(path)
        try:
            conn = _connect(path, readonly=False)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            lock.release()
            raise (storage_error(path, exc) or exc) from None
        try:
            project = cls(path, conn, readonly=False)
            project._lock = lock
            project._migrate(backup=False)
            project._set_setting_raw("format", FORMAT_TAG)
            project._set_setting_raw("schema", (schema or load_preset("fact-check")).to_json())
        except BaseException:
            with suppress(Exception):
                conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            lock.release()
            raise
        return project

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False) -> Project:
        path = Path(path)
        _check_is_project_file(path)
        lock = None if readonly else _writer_lock(path)
        conn = None
        try:
            conn = _connect(path, readonly=readonly)
            project = cls(path, conn, readonly)
            project._lock = lock
            project._check_format()
            if not readonly:
                # Only now, so a foreign SQLite file is refused without being switched to WAL.
                conn.execute("PRAGMA journal_mode = WAL")
            project._migrate(backup=True)
        except BaseException as exc:
            if conn is not None:
                with suppress(Exception):
                    conn.close()
            if lock is not None:
                lock.release()
            if isinstance(exc, sqlite3.Error):
                mapped = storage_error(path, exc)
                raise mapped or ProjectError(
                    f"{path}: the project file is damaged ({exc})"
                ) from None
            if isinstance(exc, UnicodeDecodeError):  # damage inside a stored text
                raise ProjectError(
                    f"{path}: the project file is damaged (unreadable text)"
                ) from None
            raise
        return project

    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_format(self) -> None:
        tables = {
            r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "_migrations" not in tables:
            if tables:
                raise ProjectError(
                    f"{self.path}: an SQLite file, but not an annotator project "
                    f"(it has tables {', '.join(sorted(tables)[:5])})"
                )
            raise ProjectError(f"{self.path}: an empty SQLite file, not an annotator project")

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY rowid")]

    def _migrate(self, backup: bool) -> None:
        if not self.readonly:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
        applied = self.applied_migrations()
        known = [name for name, _ in MIGRATIONS]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise ProjectError(
                f"{self.path}: made by a newer version of annotator (it has migration "
                f"{unknown[0]}); update annotator to open it. The file was not changed."
            )
        pending = [(n, fn) for n, fn in MIGRATIONS if n not in applied]
        if not pending:
            return
        if self.readonly:
            raise ProjectNeedsUpgrade(
                f"{self.path}: made by an older annotator; open it once for writing to upgrade it"
            )
        if backup and applied:
            self.backup_path = self.backup(f"before-{pending[0][0]}")
        for name, fn in pending:
            with self._tx():
                fn(self.conn)
                self.conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, now())
                )

    def backup(self, reason: str = "backup") -> Path:
        """A consistent copy of the project beside it; returns its path."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.bak-{stamp}-{reason}")
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        return target

    # -- transactions and events -----------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise ProjectError(f"{self.path}: opened read-only")
        if self.conn.in_transaction:
            try:
                yield self.conn  # nested: the outer transaction commits
            except sqlite3.IntegrityError as exc:
                raise constraint_error(exc) from None  # said the same way at every depth
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (storage_error(self.path, exc) or exc) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back (a full disk does that).
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            self._pending.clear()
            self._texts.clear()
            self._schema = None
            if isinstance(exc, sqlite3.IntegrityError):
                raise constraint_error(exc) from None
            if isinstance(exc, sqlite3.Error) and (mapped := storage_error(self.path, exc)):
                raise mapped from None
            raise
        # Views hear of a change only once it is on disk.
        pending, self._pending = self._pending, []
        for change in pending:
            self._announce(change)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One unchanging view for a long read such as an export, whatever other processes
        commit meanwhile: the write-ahead log keeps this snapshot until the block ends."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _announce(self, change: Change) -> None:
        if self.conn.in_transaction:
            self._pending.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    def _log(self, action: str, object_id: str, doc_id: str | None, before, after) -> None:
        self._log_many(action, [(object_id, doc_id, before, after)])

    def _log_many(self, action: str, entries: list[tuple[str, str | None, Any, Any]]) -> None:
        """One history row per entry ``(object_id, doc_id, before, after)``, in one statement:
        an import of 10,000 files writes 10,000 of them."""
        at = now()
        self.conn.executemany(
            "INSERT INTO history (at, annotator, action, object_id, doc_id, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    at,
                    self.annotator,
                    action,
                    object_id,
                    doc_id,
                    None if before is None else rows.dumps(before),
                    None if after is None else rows.dumps(after),
                )
                for object_id, doc_id, before, after in entries
            ],
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)", (self.annotator, at)
        )

    # -- settings and schema ---------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def _set_setting_raw(self, key: str, value: Any) -> None:
        with self._tx():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, rows.dumps(value)),
            )

    def set_setting(self, key: str, value: Any) -> None:
        if key in ("schema", "format"):
            raise ProjectError(f"setting {key!r} is managed by annotator itself")
        with self._tx():
            before = self.setting(key)
            self._set_setting_raw(key, value)
            self._log("set_setting", key, None, before, value)
        self._announce(Change("settings", ids=(key,)))

    @property
    def schema(self) -> Schema:
        if self._schema is None:
            self._schema = parse_schema(self.setting("schema"), source=f"{self.path} (schema)")
        return self._schema

    def set_schema(self, schema: Schema) -> dict[str, int]:
        """Replace the schema. Labels and relation types with ``renamed_from`` carry their
        annotations; removing a label or relation type still in use is refused with a count.
        Returns how many spans and relations each rename moved."""
        old = self.schema
        moved: dict[str, int] = {}
        renames = {lab.renamed_from: lab.name for lab in schema.labels if lab.renamed_from}
        rel_renames = {r.renamed_from: r.name for r in schema.relations if r.renamed_from}
        with self._tx():
            for lab in old.labels:
                if schema.label(lab.name) is None and lab.name not in renames:
                    n = self._count("SELECT count(*) FROM spans WHERE label = ?", lab.name)
                    if n:
                        raise SchemaError(
                            f"label {lab.name} is used by {n} span(s); rename it with "
                            f'renamed_from = "{lab.name}" or delete those spans first',
                            source="new schema",
                        )
            for rel in old.relations:
                if schema.relation(rel.name) is None and rel.name not in rel_renames:
                    n = self._count("SELECT count(*) FROM relations WHERE type = ?", rel.name)
                    if n:
                        raise SchemaError(
                            f"relation type {rel.name} is used by {n} relation(s)",
                            source="new schema",
                        )
            for src, dst in renames.items():
                cur = self.conn.execute("UPDATE spans SET label = ? WHERE label = ?", (dst, src))
                moved[f"{src} -> {dst}"] = cur.rowcount
            for src, dst in rel_renames.items():
                cur = self.conn.execute("UPDATE relations SET type = ? WHERE type = ?", (dst, src))
                moved[f"{src} -> {dst}"] = cur.rowcount
            self._check_all_against(schema)
            raw = schema.to_json()
            for lab in raw.get("labels", []):
                lab.pop("renamed_from", None)
            for rel in raw.get("relations", []):
                rel.pop("renamed_from", None)
            self._set_setting_raw("schema", raw)
            self._log("set_schema", "schema", None, old.to_json(), raw)
        self._schema = None
        self._announce(Change("schema"))
        return moved

    def _check_all_against(self, schema: Schema) -> None:
        for label, attrs, sid in self.conn.execute("SELECT label, attributes, id FROM spans"):
            try:
                schema.check_span(label, json.loads(attrs), span_exists=self._span_label)
            except ValidationError as exc:
                raise SchemaError(f"span {sid} would no longer be valid: {exc}") from None

    def _count(self, sql: str, *params: Any) -> int:
        return self.conn.execute(sql, params).fetchone()[0]

    # -- spans -----------------------------------------------------------------------------

    def _span_label(self, span_id: str) -> str | None:
        row = self.conn.execute("SELECT label FROM spans WHERE id = ?", (span_id,)).fetchone()
        return row[0] if row else None

    def _validate_span(self, span: Span) -> None:
        span.verify(self.text(span.doc_id))
        self.schema.check_span(span.label, span.attributes, span_exists=self._span_label)

    def add_span(self, span: Span) -> Span:
        """Stores a span (a new one, or one restored by undo with its old id)."""
        self.add_annotations([span], [])
        return span

    def new_span(self, doc_id: str, start: int, end: int, label: str, **kw: Any) -> Span:
        """Cuts a span from the stored text, stamps the annotator, stores it."""
        kw.setdefault("annotator", self.annotator)
        return self.add_span(Span.on(self.text(doc_id), doc_id, start, end, label, **kw))

    def add_annotations(self, spans: Iterable[Span], relations: Iterable[Relation]) -> None:
        """Adds spans, then relations, in one transaction: all or nothing."""
        spans, relations = list(spans), list(relations)
        with self._tx():
            for span in spans:
                span.verify(self.text(span.doc_id))
                self.conn.execute(
                    f"INSERT INTO spans ({rows.SPAN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    rows.span_row(span),
                )
                self._log("add_span", span.id, span.doc_id, None, rows.span_json(span))
            # Checked once all are in: a span may cite another of the same batch as evidence.
            for span in spans:
                self.schema.check_span(span.label, span.attributes, span_exists=self._span_label)
            for rel in relations:
                self._insert_relation(rel)
        docs = tuple(dict.fromkeys(s.doc_id for s in spans))
        if spans:
            self._announce(Change("spans", docs, tuple(s.id for s in spans)))
        if relations:
            self._announce(Change("relations", docs, tuple(r.id for r in relations)))

    def span(self, span_id: str) -> Span:
        row = self.conn.execute(
            f"SELECT {rows.SPAN_COLUMNS} FROM spans WHERE id = ?", (span_id,)
        ).fetchone()
        if row is None:
            raise ValidationError(f"span {span_id} does not exist")
        return rows.span_from_row(row)

    def spans(self, doc_id: str | None = None, label: str | None = None) -> list[Span]:
        where, params = [], []
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if label is not None:
            where.append("label = ?")
            params.append(label)
        sql = f"SELECT {rows.SPAN_COLUMNS} FROM spans"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY doc_id, start, "end" DESC, created'
        return [rows.span_from_row(r) for r in self.conn.execute(sql, params)]

    def span_count(self, doc_id: str | None = None) -> int:
        if doc_id is None:
            return self._count("SELECT count(*) FROM spans")
        return self._count("SELECT count(*) FROM spans WHERE doc_id = ?", doc_id)

    def update_span(self, span_id: str, **changes: Any) -> Span:
        """Changes a span's label, attributes, note or offsets (start and end together)."""
        allowed = {"label", "attributes", "note", "start", "end"}
        if bad := set(changes) - allowed:
            raise ValidationError(f"cannot change {', '.join(sorted(bad))} of a span")
        with self._tx():
            before = self.span(span_id)
            if "start" in changes or "end" in changes:
                start = changes.pop("start", before.start)
                end = changes.pop("end", before.end)
                fresh = Span.on(self.text(before.doc_id), before.doc_id, start, end, before.label)
                changes.update(start=fresh.start, end=fresh.end, text=fresh.text)
            after = before.with_changes(**changes)
            self._validate_span(after)
            self._check_relations_still_valid(after)
            self.conn.execute(
                'UPDATE spans SET start=?, "end"=?, label=?, text=?, attributes=?, note=?, '
                "updated=? WHERE id=?",
                (
                    after.start,
                    after.end,
                    after.label,
                    after.text,
                    rows.dumps(after.attributes),
                    after.note,
                    after.updated,
                    span_id,
                ),
            )
            self._log(
                "update_span", span_id, after.doc_id, rows.span_json(before), rows.span_json(after)
            )
        self._announce(Change("spans", (after.doc_id,), (span_id,)))
        return after

    def _check_relations_still_valid(self, span: Span) -> None:
        if span.label == self._span_label(span.id):
            return
        for rel in self.relations_of(span.id):
            info = lambda sid: (span.label, span.doc_id) if sid == span.id else self._span_info(sid)  # noqa: E731
            self.schema.check_relation(rel.type, rel.roles, info)

    def delete_span(self, span_id: str) -> tuple[Span, list[Relation]]:
        """Deletes a span and the relations it takes part in; returns them for undo."""
        with self._tx():
            span = self.span(span_id)
            removed = self.relations_of(span_id)
            for rel in removed:
                self._delete_relation(rel)
            referrers = self._count(
                "SELECT count(*) FROM spans WHERE id != ? AND attributes LIKE ?",
                span_id,
                f'%"{span_id}"%',
            )
            if referrers:
                raise ValidationError(
                    f"span {span.text!r} is evidence for {referrers} other span(s); "
                    "remove those references first"
                )
            self.conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
            self._log("delete_span", span_id, span.doc_id, rows.span_json(span), None)
        self._announce(Change("spans", (span.doc_id,), (span_id,)))
        if removed:
            self._announce(Change("relations", (span.doc_id,), tuple(r.id for r in removed)))
        return span, removed


def _check_is_project_file(path: Path) -> None:
    if not path.exists():
        raise ProjectError(f"{path}: no such project file")
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a project file")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read ({exc.strerror})") from None
    if head != SQLITE_MAGIC:
        what = "empty" if not head else "not an SQLite database"
        raise ProjectError(f"{path}: not an annotator project (the file is {what})")
    check_not_truncated(path)


def _writer_lock(path: Path) -> WriterLock:
    if not os.access(path, os.W_OK):
        raise ProjectError(f"{path}: the file is read-only (permissions); open it read-only?")
    return WriterLock.acquire(path)


def _reader_uri(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    # A read-only folder cannot hold the -shm file a WAL reader needs. With no -wal file beside
    # the project nobody is writing it (a writer would have made one), so it is read as unchanging.
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    # A reader that may write beside the file opens it normally, made read-only by query_only:
    # being the last to close, it removes the -wal and -shm files a mode=ro reader leaves.
    if readonly and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        conn = sqlite3.connect(_reader_uri(path), uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        # FULL: a commit is on disk before we report it, surviving power loss too.
        conn.execute("PRAGMA synchronous = FULL")
    return conn
