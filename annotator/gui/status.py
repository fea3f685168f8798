"""The status bar: the step the attribution flow asks for, messages, the document, its
annotation count, the selection's position, and that everything is saved."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from annotator.store.project import Project

from . import i18n

MESSAGE_MS = 6000


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.guide = QLabel()
        self.guide.setStyleSheet(
            "QLabel { background: #fff3c4; color: #4a3b00; border-radius: 4px; padding: 2px 8px; }"
        )
        self.guide.hide()
        self.message = QLabel()
        self.document = QLabel()
        self.count = QLabel()
        self.position = QLabel()
        self.saved = QLabel()
        self.addWidget(self.guide, 3)
        self.addWidget(self.message, 2)
        for label in (self.document, self.count, self.position, self.saved):
            self.addPermanentWidget(label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.message.clear())
        self.project: Project | None = None
        self.doc: tuple[str, int] | None = None  # name, annotation count
        self.range = (0, 0)
        self._stored_once = False

    def show_project(self, project: Project | None) -> None:
        self.project = project
        self.doc = None
        self._stored_once = False
        self.retranslate()

    def show_document(self, name: str, count: int) -> None:
        self.doc = (name, count)
        self._show_document()

    def _show_document(self) -> None:
        if self.doc is None:
            self.document.clear()
            self.count.clear()
            return
        name, count = self.doc
        self.document.setText(name)
        if count == 1:
            self.count.setText(self.tr("1 annotation"))
        else:
            self.count.setText(self.tr("{n} annotations").format(n=i18n.number(count)))

    def show_position(self, start: int, end: int) -> None:
        self.range = (start, end)
        if self.project is None:
            self.position.clear()
        elif start == end:
            self.position.setText(self.tr("Position {pos}").format(pos=i18n.number(start)))
        else:
            self.position.setText(
                self.tr("Selected {start}–{end} ({n} characters)").format(
                    start=i18n.number(start), end=i18n.number(end), n=i18n.number(end - start)
                )
            )

    def show_saved(self) -> None:
        self._stored_once = True
        self._show_saved()

    def _show_saved(self) -> None:
        if self.project is None:
            self.saved.clear()
        elif self.project.readonly:
            self.saved.setText(self.tr("Read-only"))
        else:
            # Every action is committed to disk before the view hears of it: never unsaved.
            self.saved.setText("✓ " + self.tr("All changes saved"))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b03a2e" if error else "")
        self.message.setText(text)
        self._timer.start(MESSAGE_MS * (2 if error else 1))

    def show_guide(self, text: str | None) -> None:
        self.guide.setText(text or "")
        self.guide.setVisible(bool(text))

    def retranslate(self) -> None:
        self._show_document()
        self.show_position(*self.range)
        self._show_saved()
