"""What the annotation keys and menus do: each turns the view's selection into one undo
command. The view learns of the result from the project's signals, not from here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core.errors import AnnotatorError
from annotator.core.language import has_arabic_script
from annotator.core.words import WordIndex

from . import i18n
from .commands import (
    AddRelation,
    AddSpan,
    ChangeLabel,
    DeleteRelation,
    DeleteSpan,
    ProjectCommand,
    ResizeSpan,
    SetAttributes,
    SetDocumentAttributes,
    SetNote,
    push,
)
from .panels.palette import swatch

if TYPE_CHECKING:
    from .main_window import MainWindow


def paragraph_is_rtl(text: str, pos: int) -> bool:
    """The direction the view gives the paragraph holding ``pos`` (Arabic script: RTL)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return has_arabic_script(text[start : end if end >= 0 else len(text)])


class Annotating(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._words: tuple[str, WordIndex] | None = None

    @property
    def project(self):
        return self.w.project

    def run(self, command: ProjectCommand) -> bool:
        """Applies and records ``command``; a refusal is shown, never raised."""
        try:
            push(self.w.undo_stack, command)
        except AnnotatorError as exc:
            self.w.report(str(exc), error=True)
            return False
        return True

    def _writable_doc(self) -> str | None:
        if self.project is None or self.project.readonly or not self.w.current_doc_id:
            return None
        return self.w.current_doc_id

    # -- spans ----------------------------------------------------------------------------

    def apply_label(self, label: str, exact: bool = False) -> None:
        """On a text selection: a new span of whole words; of the exact characters with
        ``exact`` (the label key with Alt), with Alt held on a palette click, or when the
        selection was made with Alt held. With no text selection but a selected span: that
        span changes label."""
        doc_id = self._writable_doc()
        if doc_id is None:
            return
        view = self.w.view
        exact = exact or bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier)
        if view.textCursor().hasSelection():
            found = view.selection_range(exact=True if exact else None)
            if found is None:
                self.w.report(self.tr("The selection holds no whole word; hold Alt to keep it."))
                return
            self._add_span(doc_id, *found, label)
        elif view.selected_span():
            self.change_label(view.selected_span(), label)
        else:
            self.w.report(self.tr("Select some text first, or click an annotation."))

    def _add_span(self, doc_id: str, start: int, end: int, label: str) -> None:
        # The table holds this document's spans already; asking the store would read them all.
        shown = self.w.annotations.model.spans
        twin = next(
            (s for s in shown if s.start == start and s.end == end and s.label == label), None
        )
        if twin is not None:
            self.w.select_span(twin.id)
            self.w.report(self.tr("Already marked with this label."))
            return
        command = AddSpan(self.project, doc_id, start, end, label)
        if self.run(command):
            self.w.clear_text_selection()
            self.w.select_span(command.span.id)

    def change_label(self, span_id: str, label: str) -> None:
        span = self._span(span_id)
        if span is not None and span.label != label and self._writable_doc():
            self.run(ChangeLabel(self.project, span, label))

    def change_label_menu(self) -> None:
        """A menu of labels at the selected annotation, for a change by mouse or arrows."""
        span_id = self.w.view.selected_span()
        if not span_id or not self._writable_doc():
            self.w.report(self.tr("Click an annotation first."))
            return
        menu = QMenu(self.w)
        for label in self.project.schema.labels:
            action = menu.addAction(swatch(label.color), i18n.display(label.display, label.name))
            action.setData(label.name)
            if label.shortcut:
                action.setShortcut(label.shortcut)
        chosen = menu.exec(QCursor.pos())
        if chosen is not None:
            self.change_label(span_id, chosen.data())

    def delete_selected(self) -> None:
        span = self._span(self.w.view.selected_span())
        if span is not None and self._writable_doc() and self.run(DeleteSpan(self.project, span)):
            self.w.select_span(None)

    def resize(self, edge: str, grow: bool) -> None:
        """Moves one edge of the selected span by a word: ``edge`` is "start" or "end"."""
        span = self._span(self.w.view.selected_span())
        if span is None or not self._writable_doc():
            self.w.report(self.tr("Click an annotation first."))
            return
        words = self._word_index(span.doc_id)
        step = getattr(words, f"{'grow' if grow else 'shrink'}_{edge}")
        start, end = step(span.start, span.end)
        if (start, end) == (span.start, span.end):
            self.w.report(self.tr("No word left to move that edge to."))
            return
        self.run(ResizeSpan(self.project, span, start, end))

    def _word_index(self, doc_id: str) -> WordIndex:
        if self._words is None or self._words[0] != doc_id:
            self._words = (doc_id, WordIndex(self.project.text(doc_id)))
        return self._words[1]

    def edit_attributes(self, span_id: str, attributes: dict[str, Any]) -> None:
        span = self._span(span_id)
        writable = span is not None and self._writable_doc()
        if writable and not self.run(SetAttributes(self.project, span, attributes)):
            self.w.details.show_span(span)  # put back the stored values

    def edit_note(self, span_id: str, note: str) -> None:
        span = self._span(span_id)
        if span is not None and self._writable_doc():
            self.run(SetNote(self.project, span, note))

    def _span(self, span_id: str | None):
        if not span_id or self.project is None:
            return None
        try:
            return self.project.span(span_id)
        except AnnotatorError:
            return None

    # -- documents and relations ------------------------------------------------------------

    def edit_document_labels(self, doc_id: str, attributes: dict[str, Any]) -> None:
        if self._writable_doc():
            self.run(SetDocumentAttributes(self.project, doc_id, attributes))

    def add_relation(self, type_: str, roles: dict[str, tuple[str, ...]]) -> bool:
        doc_id = self._writable_doc()
        return bool(doc_id) and self.run(AddRelation(self.project, doc_id, type_, roles))

    def delete_relation(self, rel_id: str) -> None:
        doc_id = self._writable_doc()
        if doc_id is None:
            return
        try:
            relation = self.project.relation(rel_id)
        except AnnotatorError:
            return
        self.run(DeleteRelation(self.project, doc_id, relation))
