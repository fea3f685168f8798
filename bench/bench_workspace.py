"""The workspace around the view: what the panels, the undo stack and the change signals add.

Figures, each against a baseline measured in the same run:
- opening a document in the main window (view, annotation table, relations, document labels,
  document list, status bar) against the bare DocumentView given the same text and spans;
- one annotation by its label key (AddSpan command, SQLite commit, bridge signal, view, table,
  counts, details) against Project.new_span plus DocumentView.add_spans alone;
- undoing it, against Project.delete_span plus DocumentView.remove_spans.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.core.model import Document
from annotator.core.words import words
from annotator.store.project import Project
from bench.bench_document_view import COLORS, make_spans, make_text
from bench.common import Result, ratio_result

OPEN_MAX = 1.5
# An action also records its undo step, re-reads the span for the table, builds the details
# form, updates counts and lets the search panel refresh its filters: about 10 ms at 100 KB
# and 400 KB alike, inside one 16 ms frame.
ACTION_MAX = 12.0


def _project(folder: Path, size: int, count: int) -> tuple[Project, list[str]]:
    """A project with two large documents (to switch between) holding ``count`` spans each."""
    project = Project.create(folder / "bench.annotator")
    ids = []
    for seed in (7, 8):
        text = make_text(size, seed)
        doc = project.add_document(Document(name=f"doc-{seed}", text=text, language="fa"))
        project.add_annotations(make_spans(text, doc.id, count, seed), [])
        ids.append(doc.id)
    return project, ids


def _window(project: Project, folder: Path):
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings

    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(project, settings)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 3000)
    return window


def _switch_times(app, show, ids: list[str], repeat: int) -> float:
    """Median time to show the other document and paint the view."""
    times = []
    for k in range(repeat):
        t0 = time.perf_counter()
        show(ids[k % 2])
        app.processEvents()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _bare_view(project: Project):
    from annotator.gui.document_view import DocumentView

    view = DocumentView()
    view.resize(800, 700)
    view.show()

    def show(doc_id: str) -> None:
        view.show_document(project.text(doc_id), project.spans(doc_id), COLORS)
        view.viewport().repaint()

    return view, show


def _word_ranges(text: str, n: int) -> list[tuple[int, int]]:
    bounds = list(words(text[:4000]))
    return [bounds[(k * 7) % len(bounds)] for k in range(n)]


def _key_adds(app, window, doc_id: str, n: int) -> tuple[float, float]:
    """Median times of a label key on a selection, and of undoing it."""
    view, adds, undos = window.view, [], []
    for start, end in _word_ranges(window.project.text(doc_id), n):
        view.set_selection_range(start, end)
        view.setFocus()
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_C)
        app.processEvents()
        adds.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        window.undo_stack.undo()
        app.processEvents()
        undos.append(time.perf_counter() - t0)
    return statistics.median(adds), statistics.median(undos)


def _bare_adds(app, project: Project, view, doc_id: str, n: int) -> tuple[float, float]:
    adds, removes = [], []
    for start, end in _word_ranges(project.text(doc_id), n):
        t0 = time.perf_counter()
        span = project.new_span(doc_id, start, end, "Claim")
        view.add_spans([span])
        app.processEvents()
        adds.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        project.delete_span(span.id)
        view.remove_spans([span.id])
        app.processEvents()
        removes.append(time.perf_counter() - t0)
    return statistics.median(adds), statistics.median(removes)


def run(quick: bool) -> list[Result]:
    app = QApplication.instance() or QApplication([])
    size, count = (100_000, 2_000) if quick else (400_000, 8_000)
    repeat, actions = (4, 15) if quick else (8, 40)
    scale = f"{size // 1000} KB, {count:,} spans"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project, ids = _project(folder, size, count)
        view, show = _bare_view(project)
        bare_open = _switch_times(app, show, ids, repeat)
        bare_add, bare_remove = _bare_adds(app, project, view, ids[0], actions)
        view.close()
        window = _window(project, folder)
        ours_open = _switch_times(app, window.open_document, ids, repeat)
        window.open_document(ids[0])
        key_add, key_undo = _key_adds(app, window, ids[0], actions)
        window.close()
    return [
        ratio_result(
            f"open a document in the workspace ({scale})",
            ours_open,
            bare_open,
            OPEN_MAX,
            "bare DocumentView, same text and spans",
        ),
        ratio_result(
            f"label key on a selection, stored and shown ({scale})",
            key_add,
            bare_add,
            ACTION_MAX,
            "Project.new_span + view.add_spans",
        ),
        ratio_result(
            f"undo that annotation ({scale})",
            key_undo,
            bare_remove,
            ACTION_MAX,
            "Project.delete_span + view.remove_spans",
        ),
    ]
