"""Two writers: the second is refused by name, readers and exports never wait or corrupt."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main as cli
from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.io import native
from annotator.io.formats import EXPORTERS
from annotator.store.lock import lock_path
from annotator.store.project import Project
from tests.reliability.writers import BusyWriter

# "opened by ana on desk-7 (pid 4242) since 2026-11-21 23:50; open read-only?"
REFUSAL = r"opened by \S+ on \S+ \(pid {pid}\) since \d{{4}}-\d\d-\d\d \d\d:\d\d; open read-only\?"


def test_second_writer_is_told_who_holds_the_project(news_project, busy_writer):
    with pytest.raises(ProjectError, match=REFUSAL.format(pid=busy_writer.pid)) as refused:
        Project.open(news_project)
    assert str(news_project) in str(refused.value)
    holder = json.loads(lock_path(news_project).read_text())
    assert holder["pid"] == busy_writer.pid and holder["user"] and holder["host"]


def test_readers_open_while_a_writer_writes(news_project, busy_writer):
    seen = []
    deadline = time.monotonic() + 20
    # At least five readers, and until the writer is seen to have moved on (a busy machine
    # may give it no turn between the first few).
    while len(seen) < 5 or (seen[-1] == seen[0] and time.monotonic() < deadline):
        with Project.open(news_project, readonly=True) as reader:
            assert reader.check() == []
            seen.append(len(reader.history(limit=10**9)))
        time.sleep(0.02)
    # History only grows: each reader saw a later, whole state.
    assert seen == sorted(seen) and seen[-1] > seen[0]


def test_command_line_writer_is_refused_and_changes_nothing(news_project, busy_writer, tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text("متنی کوتاه برای آزمودن قفل نویسنده.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(news_project), str(extra)])
    assert result.exit_code != 0
    assert re.search(REFUSAL.format(pid=busy_writer.pid), result.output), result.output
    busy_writer.stop()
    with Project.open(news_project) as project:
        assert all(d.name != "extra" for d in project.documents())


def test_export_while_another_process_writes_is_consistent(news_project, busy_writer, tmp_path):
    for n in range(6):
        out = tmp_path / f"export-{n}.jsonl"
        result = CliRunner().invoke(cli, ["export", str(news_project), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert_consistent_export(out, tmp_path / f"reimport-{n}.annotator")
    assert busy_writer.acks > 0


def assert_consistent_export(out: Path, scratch: Path) -> None:
    """Every quote matches its text, every relation's spans are in the file, and the file
    imports into a fresh project that passes check."""
    header, *documents = (json.loads(line) for line in out.read_text("utf-8").splitlines())
    assert header["format"] == "annotator-jsonl"
    span_ids = set()
    for doc in documents:
        for span in doc["spans"]:
            assert doc["text"][span["start"] : span["end"]] == span["text"]
            span_ids.add(span["id"])
    for doc in documents:
        for rel in doc["relations"]:
            assert {sid for ids in rel["roles"].values() for sid in ids} <= span_ids
    with Project.create(scratch) as fresh:
        native.import_file(fresh, out)
        assert fresh.check() == []
        assert fresh.span_count() == len(span_ids)


def test_a_killed_writer_leaves_no_lock_behind(news_project):
    writer = BusyWriter(news_project)
    writer.stop()
    with Project.open(news_project) as project:
        assert project.check() == []
        holder = json.loads(lock_path(news_project).read_text())
        assert holder["pid"] == os.getpid()
    assert not lock_path(news_project).exists(), "a clean close removes the lock file"


def test_one_process_cannot_open_a_project_twice_for_writing(news_project):
    with Project.open(news_project) as first:
        with pytest.raises(ProjectError, match=REFUSAL.format(pid=os.getpid())):
            Project.open(news_project)
        with Project.open(news_project, readonly=True) as reader:
            assert reader.document_ids() == first.document_ids()
    with Project.open(news_project) as again:
        again.add_document(Document(name="after", text="پس از بستن، دوباره باز شد."))


def test_create_holds_the_lock_until_closed(tmp_path):
    path = tmp_path / "new.annotator"
    with Project.create(path), pytest.raises(ProjectError, match="opened by"):
        Project.open(path)
    Project.open(path).close()


def test_export_reads_one_state_even_if_a_commit_lands_midway(news_project, tmp_path, monkeypatch):
    """A span (and its relation) deleted by another writer after the exporter gathered the
    relations but before it wrote the spans must not leave a relation pointing nowhere."""
    with Project.open(news_project) as writer:
        doc_id = writer.document_ids()[0]
        spans = {
            label: writer.new_span(doc_id, start, start + 4, label)
            for label, start in (("Source", 0), ("Cue", 10), ("Content", 20))
        }
        writer.new_relation("attribution", {r.lower(): [s.id] for r, s in spans.items()})
        gather = native._relations_by_document

        def gather_then_someone_deletes(*args, **kw):
            found = gather(*args, **kw)
            writer.delete_span(spans["Source"].id)
            return found

        monkeypatch.setattr(native, "_relations_by_document", gather_then_someone_deletes)
        out = tmp_path / "midway.jsonl"
        with Project.open(news_project, readonly=True) as reader:
            EXPORTERS["jsonl"].write(reader, out)
    assert_consistent_export(out, tmp_path / "midway.annotator")


def test_a_left_over_lock_file_does_not_block(news_project):
    """A lock file nobody holds (say, copied along with the project) is taken over."""
    lock_path(news_project).write_text('{"user": "ghost", "pid": 1, "since": "junk"', "utf-8")
    with Project.open(news_project) as project:
        assert project.check() == []
        assert json.loads(lock_path(news_project).read_text())["pid"] == os.getpid()


def test_a_symlink_to_the_project_shares_its_lock(news_project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "alias.annotator").symlink_to(news_project)
    with Project.open(news_project), pytest.raises(ProjectError, match="opened by"):
        Project.open(elsewhere / "alias.annotator")
