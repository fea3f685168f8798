"""Many small files in few commits, each file still whole or not at all.

A commit costs an fsync (``synchronous = FULL``) and an FTS5 segment flush; paying both per
file made an import of 10,000 articles several times slower than storing the same rows in one
go. So an import opens one transaction per batch (``BATCH_SECONDS`` of work) and gives each
file a SAVEPOINT: a bad file is rolled back alone and the batch goes on. The batch's search
index and near-duplicate keys are written together just before it commits (FTS5 would write
a segment at every SAVEPOINT otherwise). What this costs in durability, said plainly: a
crash or power cut loses the files of the batch in progress (at most half a second of work,
never part of a file); every batch the report counts was committed with a full sync.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from . import corpus_index

if TYPE_CHECKING:
    from .project import Project

BATCH_SECONDS = 0.5
CACHE_KIB = 64 * 1024  # SQLite's page cache while importing, against its 2 MB default


@contextmanager
def roomy_cache(project: Project) -> Iterator[None]:
    """A larger page cache for the length of an import, the default one again after it.

    Each file reads the near-duplicate indexes while each batch writes thousands of FTS5
    pages: in 2 MB, those writes pushed the index pages out and every file read them again.
    """
    conn = project.conn
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def batch(project: Project) -> Iterator[Callable[[], list[corpus_index.Indexed]]]:
    """One transaction for a batch of files, whose documents are indexed together before it
    commits (see ``corpus_index.indexed_at_end``): the block may call the function it is
    given to index them then and learn their near-duplicates."""
    with project._tx() as conn, corpus_index.indexed_at_end(conn) as index_now:
        yield index_now


@contextmanager
def file_savepoint(project: Project) -> Iterator[None]:
    """Undoes everything one file wrote (and the changes it would announce) if it fails."""
    conn = project.conn
    announced = len(project._pending)
    conn.execute("SAVEPOINT import_file")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO import_file")
        conn.execute("RELEASE import_file")
        del project._pending[announced:]
        project._texts.clear()
        raise
    conn.execute("RELEASE import_file")


def worker_connection(project: Project) -> Project:
    """A second connection to an open project, for a worker thread of the same program.

    Call it on the worker thread (an SQLite connection stays on the thread that made it). It
    shares this program's writer lock: taking the lock again would refuse our own program.
    """
    from .project import Project as ProjectClass
    from .project import _connect

    other = ProjectClass(project.path, _connect(project.path, readonly=False), readonly=False)
    other.annotator = project.annotator
    return other
