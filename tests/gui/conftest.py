"""Workspace fixtures: a window on a small project, with settings in a temporary INI file so
a person's real settings are never read or written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.gui import i18n
from annotator.gui.settings import AppSettings


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_LANG", raising=False)
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings):
    """Builds a shown, active main window on a project; English interface afterwards."""
    from annotator.gui.main_window import MainWindow

    def make(project, doc=None):
        window = MainWindow(project, settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window, 3000)  # label keys need the active window
        # As a person finds it: the first frame painted, the panels behind tabs made after it.
        qtbot.waitUntil(lambda: window.started, timeout=3000)
        QApplication.sendPostedEvents()  # the docks made then settle into their tabs
        if doc is not None:
            window.open_document(doc.id)
        window.view.setFocus()
        return window

    yield make
    i18n.install("en")


def find(text: str, word: str, occurrence: int = 1) -> int:
    """Code-point offset of the ``occurrence``-th ``word`` in ``text``."""
    pos = -1
    for _ in range(occurrence):
        pos = text.index(word, pos + 1)
    return pos


def type_text(widget, text: str) -> None:
    """Types ``text`` key by key; unlike ``keyClicks`` it takes Persian and Arabic letters."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key(ord(ch))
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)


def close_next_modal(seen: list) -> None:
    """Closes the next modal dialog once it is up, noting its type."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(0, poll)
