"""A second window (or a second copy of the app) on a project another one is writing: it
says who holds the project and offers to read it; it never writes to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator.store.project import Project

open_project = pytest.importorskip("annotator.gui.project_dialogs").open_project


def answer_when_asked(button_text: str, seen: dict) -> None:
    """Clicks ``button_text`` in the message box the app is about to show, and keeps its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen["text"] = f"{box.text()}\n{box.informativeText()}"
        next(b for b in box.buttons() if button_text in b.text().replace("&", "")).click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("choice", ["Open read-only", "Cancel"])
def test_second_window_is_told_who_writes_and_may_read(qtbot, news_project, busy_writer, choice):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict = {}
    answer_when_asked(choice, seen)
    project = open_project(parent, news_project)
    assert f"(pid {busy_writer.pid})" in seen["text"] and "opened by" in seen["text"]
    if choice == "Cancel":
        assert project is None
        return
    try:
        assert project.readonly and project.document_ids()
    finally:
        project.close()
    busy_writer.stop()
    with Project.open(news_project) as after:
        assert after.check() == []
