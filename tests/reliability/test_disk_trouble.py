"""Disk trouble: a full disk or a read-only folder gives a clear message and no partial state."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.store.project import Project


def long_article(news: dict[str, str], copies: int) -> str:
    return "\n".join(f"{n}. {news['fa']}" for n in range(copies))


def test_full_disk_refuses_the_action_and_keeps_the_earlier_ones(news_project, news, figures):
    with Project.open(news_project) as project:
        doc_id = project.document_ids()[0]
        kept = project.new_span(doc_id, 0, 5, "Cue")
        before = len(project.history(limit=10**9))
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite answers as a full disk would once the file may not grow past this size.
        project.conn.execute(f"PRAGMA max_page_count = {pages}")
        big = Document(name="long", text=long_article(news, 400), language="fa")
        with pytest.raises(ProjectError, match="the disk is full; nothing was saved") as full:
            project.add_document(big)
        figures["storage_faults"] += 1
        assert str(news_project) in str(full.value)
        assert project.check() == []
        assert len(project.history(limit=10**9)) == before
        assert project.span(kept.id).text == news["fa"][:5]
        assert big.id not in project.document_ids()
        # Once there is room again the same window carries on.
        project.conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        project.add_document(big)
    with Project.open(news_project) as project:
        assert project.check() == [] and big.id in project.document_ids()


# Run in a child: the file size limit and the lost privileges must not reach the test process.
CHILD = r"""
import json, os, resource, signal, sys, tempfile
import urllib.parse  # pathlib's as_uri imports it late, after the child has become nobody
from annotator.core.errors import ProjectError
from annotator.core.model import Document
from annotator.store.project import Project

def attempt(path, readonly=False, add=None):
    try:
        with Project.open(path, readonly=readonly) as project:
            if add is not None:
                project.add_document(Document(name="big", text=add, language="fa"))
            return {"ok": True, "documents": len(project.document_ids())}
    except ProjectError as exc:
        return {"ok": False, "message": str(exc)}

task, path = sys.argv[1], sys.argv[2]
if task == "fsize":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    print(json.dumps(attempt(path, add=sys.stdin.read())))
else:
    if os.geteuid() == 0:  # root writes anywhere; the folder's owner is who we test as
        with tempfile.TemporaryDirectory() as scratch:  # lazy imports load while root can
            Project.create(os.path.join(scratch, "warm.annotator")).close()
            attempt(os.path.join(scratch, "warm.annotator"), readonly=True)
        os.setgid(int(sys.argv[3]))
        os.setuid(int(sys.argv[3]))
    print(json.dumps(attempt(path)))
    print(json.dumps(attempt(path, readonly=True)))
"""


def run_child(*args: str, stdin: str = "") -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], input=stdin, capture_output=True, text=True
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_file_size_limit_mid_write_leaves_no_partial_state(news_project, news, figures):
    with Project.open(news_project) as project:
        doc_id = project.document_ids()[0]
        kept = project.new_span(doc_id, 0, 5, "Cue")
        counts = len(project.document_ids()), len(project.history(limit=10**9))
    # Room for the log to start but not for a 2 MB article: the write fails halfway.
    (result,) = run_child(
        "fsize", str(news_project), str(256 * 1024), stdin=long_article(news, 1500)
    )
    assert not result["ok"], result
    assert str(news_project) in result["message"]
    assert "nothing was saved" in result["message"]
    figures["storage_faults"] += 1
    with Project.open(news_project) as project:
        assert project.check() == []
        assert (len(project.document_ids()), len(project.history(limit=10**9))) == counts
        assert project.span(kept.id).label == "Cue"


@pytest.fixture
def shared_folder(news_project):
    """A copy of the news project in a folder any user can enter: the read-only tests may run
    as an unprivileged user, who cannot reach pytest's private temporary folder."""
    try:
        nobody = pwd.getpwnam("nobody").pw_uid
    except KeyError:
        nobody = None
    if os.geteuid() == 0 and nobody is None:
        pytest.skip("running as root with no 'nobody' user to test permissions as")
    folder = Path(tempfile.mkdtemp(prefix="annotator-ro-"))
    folder.chmod(0o755)
    path = folder / "news.annotator"
    shutil.copyfile(news_project, path)
    path.chmod(0o644)
    if os.geteuid() == 0:
        os.chown(folder, nobody, -1)
        os.chown(path, nobody, -1)
    yield path, str(nobody if nobody is not None else os.geteuid())
    folder.chmod(0o755)
    shutil.rmtree(folder)


@pytest.mark.parametrize(
    ("folder_mode", "file_mode", "expected"),
    [
        (0o555, 0o444, "the file is read-only (permissions); open it read-only?"),
        (0o555, 0o644, "cannot be created in"),
        (0o755, 0o444, "the file is read-only (permissions); open it read-only?"),
    ],
    ids=["both-read-only", "folder-read-only", "file-read-only"],
)
def test_read_only_project_gives_a_clear_message(
    shared_folder, figures, folder_mode, file_mode, expected
):
    path, user = shared_folder
    path.chmod(file_mode)
    path.parent.chmod(folder_mode)
    before = path.read_bytes()
    writing, reading = run_child("permissions", str(path), user)
    assert not writing["ok"] and str(path) in writing["message"], writing
    assert expected in writing["message"]
    assert reading == {"ok": True, "documents": 3}
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.lock")), "a refused writer leaves no lock file"
    figures["storage_faults"] += 1
