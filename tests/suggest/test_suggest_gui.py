"""The suggestion controller on the real main window: background results, Enter to accept,
Backspace to reject, undo and redo, the dock and the date tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.suggest import decisions

TEXT = (
    "وزیر نیرو در نشستی خبری گفت: «ذخیره سدهای تهران به کمترین حد رسیده است.»\n"
    "تنش‌ها میان ایران و باکو در ۲۶ مهر ۱۴۰۳ بالا گرفت."
)


@pytest.fixture
def window(qtbot, tmp_path, project, monkeypatch):
    from annotator.gui import i18n
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import AppSettings
    from annotator.gui.suggestions import SuggestionController

    monkeypatch.delenv("ANNOTATOR_LANG", raising=False)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    doc = project.add_document(Document(name="water", text=TEXT, language="fa"))
    w = MainWindow(project, settings)
    qtbot.addWidget(w)
    w.controller = SuggestionController.attach(w)
    w.show()
    w.activateWindow()
    assert QTest.qWaitForWindowActive(w, 3000)
    problems = []
    w.controller.failed.connect(problems.append)
    # The window may already have opened the document by itself: wait for the result, not
    # for a signal that may have come before we listened.
    w.open_document(doc.id)
    qtbot.waitUntil(lambda: bool(w.controller.items) or bool(problems), timeout=20000)
    assert problems == []
    assert w.controller.doc_id == doc.id
    w.view.setFocus()
    yield w
    w.controller.shutdown()
    i18n.install("en")


def labels(items):
    return sorted(s.label for s in items)


def test_suggestions_arrive_from_the_background_and_fill_the_dock(window):
    c = window.controller
    assert labels(c.items) == ["Content", "Contested_fact", "Cue", "Source"]
    assert c.panel.list.count() == len(c.items)
    assert (
        "«\u2068ایران\u2069»"
        in c.panel.list.item([s.label for s in c.items].index("Contested_fact")).text()
    )
    assert "Accept suggestion" in [a.text() for a in window.menus["annotate"].actions()]


def test_enter_accepts_the_focused_suggestion_and_undo_takes_it_back(window, qtbot):
    c, project = window.controller, window.project
    cue = next(s for s in c.items if s.label == "Cue")
    c.focus(cue.key)
    assert c.panel.accept_button.isEnabled()
    with qtbot.waitSignal(c.suggestions_changed, timeout=20000):
        QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert labels(project.spans(window.current_doc_id)) == ["Content", "Cue", "Source"]
    assert [r.type for r in project.relations(window.current_doc_id)] == ["attribution"]
    assert "Cue" not in labels(c.items)
    with qtbot.waitSignal(c.suggestions_changed, timeout=20000):
        window.undo_stack.undo()
    assert project.spans(window.current_doc_id) == []
    assert "Cue" in labels(c.items)
    with qtbot.waitSignal(c.suggestions_changed, timeout=20000):
        window.undo_stack.redo()
    assert labels(project.spans(window.current_doc_id)) == ["Content", "Cue", "Source"]


def test_backspace_rejects_and_the_rejection_is_remembered(window, qtbot):
    c, project = window.controller, window.project
    swap = next(s for s in c.items if s.label == "Contested_fact")
    c.focus(swap.key)
    with qtbot.waitSignal(c.suggestions_changed, timeout=20000):
        QTest.keyClick(window.view, Qt.Key.Key_Backspace)
    assert swap.key not in {s.key for s in c.items}
    assert project.spans(window.current_doc_id) == []  # Backspace deleted nothing
    (row,) = decisions.decisions(project, window.current_doc_id)
    assert row["decision"] == "rejected" and row["quote"] == "ایران"
    with qtbot.waitSignal(c.suggestions_changed, timeout=20000):
        window.undo_stack.undo()
    assert swap.key in {s.key for s in c.items}


def test_clicking_a_suggestion_in_the_view_focuses_it(window):
    c = window.controller
    swap = next(s for s in c.items if s.label == "Contested_fact")
    window.view.suggestion_clicked.emit(swap.key)
    assert c.focused == swap.key
    assert (
        c.panel.list.currentItem()
        .text()
        .startswith(c.panel.list.item([s.key for s in c.items].index(swap.key)).text())
    )
    cursor = window.view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (swap.start, swap.end)


def test_hovering_a_date_shows_its_three_calendars(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QToolTip

    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(TEXT.index("مهر") + 1)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    assert window.controller.eventFilter(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert "Gregorian: Thursday 17 October 2024" in QToolTip.text()


def test_outlines_can_be_hidden_while_the_list_stays(window):
    c = window.controller
    show = c.actions["show"]
    assert show.isChecked() and window.view._highlights.suggestions
    show.trigger()
    assert window.view._highlights.suggestions == []
    assert c.panel.list.count() == len(c.items) > 0
    show.trigger()
    assert len(window.view._highlights.suggestions) == len(c.items)
