"""Shared by the reliability suite: fixture texts, project snapshots, and the figures the suite
prints at the end of every run (kills survived, acknowledged actions lost, hostile inputs)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from annotator.store.project import Project
from tests.reliability.newsroom import NEWS, add_news
from tests.reliability.writers import BusyWriter

FIGURES: Counter[str] = Counter()


@pytest.fixture(scope="session")
def news() -> dict[str, str]:
    return NEWS


@pytest.fixture
def figures() -> Counter[str]:
    """The suite's running totals, printed in the terminal summary."""
    return FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    terminalreporter.write_line(
        f"reliability: {FIGURES['kills']} kills survived, {FIGURES['acknowledged']} "
        f"acknowledged actions, {FIGURES['lost']} lost; {FIGURES['hostile']} hostile inputs "
        f"tried; {FIGURES['storage_faults']} storage faults refused cleanly"
    )


@pytest.fixture
def news_project(tmp_path: Path) -> Path:
    """A closed project file holding the three news paragraphs."""
    path = tmp_path / "news.annotator"
    with Project.create(path) as project:
        add_news(project)
    return path


def snapshot(project: Project) -> tuple[int, int, int, int]:
    """Documents, spans, relations and history entries: what an import must leave alone."""
    tables = ("documents", "spans", "relations", "history")
    counts = [project.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    return tuple(counts)


@pytest.fixture
def take_snapshot():
    return snapshot


@pytest.fixture
def busy_writer(news_project):
    """Another process holding ``news_project`` open for writing, annotating non-stop."""
    writer = BusyWriter(news_project)
    yield writer
    writer.stop()
