"""Storage faults: damage SQLite would only notice later, and what to tell the user when the
disk, the permissions or the file itself (not the project's content) stop a read or a write.

Opening checks only what costs nothing: the header, and a file shorter than the header says.
``PRAGMA quick_check`` would read every page: 466 ms on a 100,000-document project (760 MB)
whose open takes 1 ms (``python -m bench memory``). Damage elsewhere in the file (SQLite keeps
no checksums) is found by ``Project.check`` / ``annotator check``, which read everything.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.errors import ProjectError, ValidationError


def check_not_truncated(path: Path) -> None:
    """Refuses a file shorter than its header says: SQLite would open it and fail later."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise ProjectError(
            f"{path}: the project file is damaged (cut short at {len(header)} bytes)"
        )
    page_size = int.from_bytes(header[16:18]) or 1
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32])
    # The page count is trustworthy only when written by the same change as the counter;
    # and an unmerged write-ahead log may legitimately hold pages beyond the file's end.
    wal = Path(f"{path}-wal")
    if header[24:28] != header[92:96] or (wal.exists() and wal.stat().st_size > 0):
        return
    size, expected = path.stat().st_size, pages * page_size
    if size < expected:
        raise ProjectError(
            f"{path}: the project file is damaged (cut short: {size:,} of {expected:,} bytes); "
            "restore it from a backup (*.bak-*) or an export"
        )


# What SQLite says when storage, not the project, is at fault; and what we tell the user.
STORAGE_MESSAGES = (
    ("database or disk is full", "the disk is full; nothing was saved from the last action"),
    ("readonly database", "cannot write: the file or its folder is read-only; open it read-only?"),
    ("disk i/o error", "a disk error stopped the write; nothing was saved from the last action"),
    ("database is locked", "another program is writing to this project; try again"),
    ("unable to open database file", "cannot open the file (permissions or a missing folder)"),
    ("malformed", "the project file is damaged; restore it from a backup (*.bak-*) or an export"),
    ("file is not a database", "the project file is damaged (not a database)"),
)


def storage_error(path: Path, exc: sqlite3.Error) -> ProjectError | None:
    text = str(exc).lower()
    for needle, message in STORAGE_MESSAGES:
        if needle in text:
            return ProjectError(f"{path}: {message} (SQLite: {exc})")
    return None


def constraint_error(exc: sqlite3.IntegrityError) -> ValidationError:
    """A row the tables' own rules refuse (a reused id, say), which checks before it missed."""
    text = str(exc)
    if text.startswith("UNIQUE constraint failed: "):
        table, _, column = text.removeprefix("UNIQUE constraint failed: ").partition(".")
        thing = {"spans": "span", "relations": "relation", "documents": "document"}.get(table)
        if thing and column.isidentifier():
            return ValidationError(f"a {thing} with the same {column} is already in the project")
    return ValidationError(f"refused by the project file's rules ({text})")
