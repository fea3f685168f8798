"""Start-up as ``annotator gui PROJECT`` does it (``start_window``): the project opened, then
the window shown. The first frame shows the document with the panels around it filled; what
sits behind other tabs (relations, document labels, suggestions, search) is made right after
that frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from annotator.core.model import Document
from annotator.store.project import Project
from tests.conftest import ARABIC, PERSIAN
from tests.gui.conftest import find

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def saved(tmp_path):
    """A closed project file: two documents, the first with two spans and a relation."""
    path = tmp_path / "saved.annotator"
    with Project.create(path) as project:
        fa = project.add_document(Document(name="fa-1", text=PERSIAN, language="fa"))
        project.add_document(Document(name="ar-1", text=ARABIC, language="ar"))
        start = find(PERSIAN, "مذاکرات")
        content = project.new_span(fa.id, start, start + len("مذاکرات"), "Content")
        start = find(PERSIAN, "گفت")
        cue = project.new_span(fa.id, start, start + len("گفت"), "Cue")
        project.new_relation("attribution", {"content": [content.id], "cue": [cue.id]})
    return path


class FirstFrame(QObject):
    """Notes what the window shows when the document view first paints."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.seen: dict | None = None
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if self.seen is None and event.type() == QEvent.Type.Paint:
            w = self.window
            self.seen = {
                "text": w.view.text(),
                "documents": w.documents.model.rowCount(),
                "annotations": w.annotations.model.rowCount(),
                "labels": w.palette.tree.topLevelItemCount(),
                "title": w.windowTitle(),
            }
        return False


def start(qtbot, settings, path):
    from annotator.gui.app import start_window

    window = start_window(path, settings)
    qtbot.addWidget(window)
    assert window.isVisible()
    frame = FirstFrame(window)  # nothing is painted before the event loop runs
    return window, frame


def test_the_first_frame_shows_the_document_with_the_panels_around_it(qtbot, settings, saved):
    window, frame = start(qtbot, settings, saved)
    qtbot.waitUntil(lambda: frame.seen is not None)
    assert frame.seen["text"] == PERSIAN
    assert frame.seen["documents"] == 2
    assert frame.seen["annotations"] == 2
    assert frame.seen["labels"] > 0
    assert "fa-1" in frame.seen["title"]
    window.close()


def test_a_start_on_a_project_builds_no_start_page_until_it_is_needed(qtbot, settings, saved):
    window, _frame = start(qtbot, settings, saved)
    assert window._start_page is None and window.center.currentWidget() is window.view
    window.actions_.actions["close_project"].trigger()
    page = window.center.currentWidget()
    assert page is window.start_page and window.project is None
    assert [page.recent.item(i).text() for i in range(page.recent.count())] == [str(saved)]
    window.close()


def test_a_project_that_no_longer_exists_opens_the_start_page_and_is_forgotten(
    qtbot, settings, saved, tmp_path
):
    gone = tmp_path / "gone.annotator"
    settings.remember_project(gone)
    window, _frame = start(qtbot, settings, gone)
    assert window.project is None and window.center.currentWidget() is window.start_page
    assert gone not in settings.recent_projects()
    assert "no longer exists" in window.status.message.text()
    window.close()


@pytest.mark.parametrize("answer", ["Open read-only", "Cancel"])
def test_a_start_on_a_project_held_elsewhere_asks_before_the_window_shows(
    qtbot, settings, saved, answer
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    holder = Project.open(saved)  # another window has it open for writing
    asked = []

    def choose() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.parent() is None)  # no window yet: the question stands alone
        next(b for b in box.buttons() if b.text() == answer).click()

    QTimer.singleShot(0, choose)
    window, _frame = start(qtbot, settings, saved)
    assert asked == [True]
    if answer == "Cancel":
        assert window.project is None and window.center.currentWidget() is window.start_page
    else:
        assert window.project.readonly and "read-only" in window.windowTitle()
    window.close()
    holder.close()


def test_panels_behind_tabs_are_made_after_the_first_frame_for_the_open_document(
    qtbot, settings, saved
):
    window, _frame = start(qtbot, settings, saved)
    assert not window.started and window.relations is None  # nothing painted yet
    qtbot.waitUntil(lambda: window.started)
    QApplication.sendPostedEvents()
    assert window.relations.tree.topLevelItemCount() == 1
    assert window.doc_labels.doc.name == "fa-1"
    if "suggestions" in window.docks:  # the feature is present
        assert window.docks["suggestions"].widget() is window.suggestions.panel
    window.close()


def test_the_document_list_opens_in_project_order_with_each_review_status(
    qtbot, settings, tmp_path
):
    path = tmp_path / "order.annotator"
    with Project.create(path) as project:
        for n, name in enumerate(("c-third-by-name", "a-first-by-name", "b-second-by-name")):
            labels = {"review_status": "in_progress"} if n == 1 else {}
            text = f"{PERSIAN} {n}"
            project.add_document(Document(name=name, text=text, language="fa", attributes=labels))
    window, _frame = start(qtbot, settings, path)
    qtbot.waitUntil(lambda: window.started)
    table = window.documents.table
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert names == ["c-third-by-name", "a-first-by-name", "b-second-by-name"]
    assert [r.status for r in window.documents.model.rows] == ["todo", "in_progress", "todo"]
    window.close()


def test_a_window_closed_before_its_first_frame_starts_nothing_after(qtbot, settings, saved):
    window, _frame = start(qtbot, settings, saved)
    window.close()
    qtbot.wait(50)
    assert getattr(window, "suggestions", None) is None
    assert window.project is None


FIRST_FRAME_MODULES = """
import os
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from annotator.gui.app import application, start_window
from annotator.gui.settings import AppSettings

app = application()
window = start_window(Path(sys.argv[1]), AppSettings())

class Report(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            late = ("annotator.io", "annotator.suggest", "sqlite_utils", "annotator.store.search",
                    "annotator.gui.suggestions", "annotator.gui.search_panel",
                    "annotator.gui.import_dialog", "annotator.gui.export_dialog")
            print(sorted(m for m in sys.modules if m.startswith(late)), flush=True)
            os._exit(0)
        return False

report = Report()
window.view.viewport().installEventFilter(report)
app.exec()
"""


def test_the_first_frame_needs_no_import_export_search_or_suggestion_code(saved, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_MODULES, str(saved)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
