"""Damaged project files: a clear message naming the file, and the file never written to."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main as cli
from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.store import migrations
from annotator.store.project import Project


@pytest.fixture(scope="module")
def sound_bytes(tmp_path_factory, news) -> bytes:
    """A closed project of a few hundred kilobytes: enough pages for damage to land anywhere."""
    path = tmp_path_factory.mktemp("sound") / "sound.annotator"
    with Project.create(path) as project:
        docs = []
        for n in range(40):
            for lang, text in news.items():
                docs.append(
                    (Document(name=f"{lang}-{n}", text=f"{text}\n{n}", language=lang), None, "", [])
                )
        project.add_documents(docs)
        for doc_id in project.document_ids()[:60]:
            project.new_span(doc_id, 0, 2, "Cue")
    return path.read_bytes()


def refused_untouched(path: Path, *needles: str) -> str:
    """Opens ``path`` for writing, then read-only, expecting a refusal naming it each time;
    runs `annotator check` on it; returns the message after checking the bytes stayed."""
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(ProjectError) as refused:
            Project.open(path, readonly=readonly)
        message = str(refused.value)
        assert str(path) in message
        for needle in needles:
            assert needle in message
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code != 0 and str(path) in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert path.read_bytes() == before, "a refused file must never be written"
    return message


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_truncated_project_is_refused_untouched(tmp_path, sound_bytes, keep):
    path = tmp_path / "cut.annotator"
    path.write_bytes(sound_bytes[: int(len(sound_bytes) * keep)])
    refused_untouched(path, "damaged", "cut short")


def test_project_cut_inside_its_header_is_refused(tmp_path, sound_bytes):
    path = tmp_path / "stub.annotator"
    path.write_bytes(sound_bytes[:60])
    refused_untouched(path, "damaged")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00" * 4096,
        "یادداشت‌های خبرنگار، نه یک پروژه".encode(),
        b"<html><body>not a project</body></html>",
        b"PK\x03\x04" + bytes(200),
    ],
    ids=["empty", "zeros", "persian-text", "html", "zip-header"],
)
def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path, content):
    path = tmp_path / "not-a-project.annotator"
    path.write_bytes(content)
    refused_untouched(path, "not an annotator project")


def test_a_zip_named_like_a_project_is_refused(tmp_path):
    path = tmp_path / "archive.annotator"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "نه")
    refused_untouched(path, "not an SQLite database")


def test_another_programs_database_is_refused_and_left_in_its_journal_mode(tmp_path):
    path = tmp_path / "contacts.annotator"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    refused_untouched(path, "not an annotator project")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_project_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.annotator"
    Project.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _migrations VALUES ('900_from_the_future', '2031-01-01')")
    conn.close()
    refused_untouched(path, "newer version of annotator", "900_from_the_future")


def test_bytes_overwritten_in_the_middle_are_reported(tmp_path, sound_bytes):
    damaged = bytearray(sound_bytes)
    middle = len(damaged) // 2
    damaged[middle : middle + 4096] = random.Random(7).randbytes(4096)
    path = tmp_path / "scrambled.annotator"
    path.write_bytes(bytes(damaged))
    before = path.read_bytes()
    # SQLite keeps no checksums: the damage shows when the pages are read, so check reads all.
    with Project.open(path, readonly=True) as project:
        problems = project.check()
    assert problems and str(path) in problems[0] and "damaged" in problems[0]
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1, result.output
    assert "problem" in result.output and str(path) in result.output
    with Project.open(path):
        pass  # opening and closing for writing, with no action, writes nothing
    assert path.read_bytes() == before


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    where=st.floats(min_value=0.0, max_value=0.999),
    length=st.integers(min_value=1, max_value=9000),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_damage_anywhere_never_escapes_as_a_crash(
    tmp_path, sound_bytes, figures, where, length, seed
):
    """Wherever bytes are overwritten, opening and checking either works or says "damaged";
    nothing else escapes, and the file is not written."""
    figures["hostile"] += 1
    damaged = bytearray(sound_bytes)
    at = int(len(damaged) * where)
    damaged[at : at + length] = random.Random(seed).randbytes(min(length, len(damaged) - at))
    path = tmp_path / f"fuzzed-{seed}.annotator"
    path.write_bytes(bytes(damaged))
    for readonly in (True, False):
        try:
            with Project.open(path, readonly=readonly) as project:
                problems = project.check()
        except ProjectError as exc:
            assert str(path) in str(exc)
        else:
            assert all(isinstance(p, str) for p in problems)
        assert path.read_bytes() == bytes(damaged)
    path.unlink()


def test_backup_is_written_before_a_migration(tmp_path, monkeypatch, news):
    path = tmp_path / "older.annotator"
    with Project.create(path) as project:
        project.add_document(Document(name="fa", text=news["fa"], language="fa"))
    original = path.read_bytes()

    def _m900_broken(conn):
        conn.execute("CREATE TABLE verdict_log (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    newer = [*migrations.MIGRATIONS, ("900_broken", _m900_broken)]
    monkeypatch.setattr("annotator.store.project.MIGRATIONS", newer)
    with pytest.raises(ProjectError) as refused:
        Project.open(path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == original, "a failed migration is rolled back"
    (backup,) = tmp_path.glob("older.annotator.bak-*-before-900_broken")
    monkeypatch.undo()
    with Project.open(backup, readonly=True) as copy:
        assert copy.check() == [] and len(copy.document_ids()) == 1
        assert "900_broken" not in copy.applied_migrations()
