"""The selected annotation's details: its label, quote, attributes (editors made from the
schema) and note. A contested fact's correction sits on top, in large type.

Every finished edit is announced (``attributes_edited``, ``note_edited``,
``label_change_requested``) for the window to turn into one undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span
from annotator.store.project import Project

from .. import bidi, i18n
from .attribute_editors import Editor, make_editor, scrolling_page, with_edit
from .palette import swatch

CORRECTION = "correction"


class DetailsPanel(QWidget):
    attributes_edited = Signal(str, dict)  # span id, all its attributes after the edit
    note_edited = Signal(str, str)
    label_change_requested = Signal(str, str)  # span id, new label

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.span: Span | None = None
        self.editors: dict[str, Editor] = {}
        self.readonly = project.readonly
        self._built_for: tuple[str, str] | None = None
        self.scroll = scrolling_page(self)
        self.show_span(None)

    # -- showing --------------------------------------------------------------------------

    def show_span(self, span: Span | None) -> None:
        """Shows ``span``; keeps the editors (and the focus) for another span of the same label
        and document, filling in its values: building them costs more than a frame."""
        self.span = span
        key = (span.label, span.doc_id) if span else None
        if key is None or key != self._built_for:
            self._build(span)
        else:
            self._fill(span)

    def refresh(self) -> None:
        self._built_for = None
        self.show_span(self.span)

    def _build(self, span: Span | None) -> None:
        self._built_for = (span.label, span.doc_id) if span else None
        self.editors = {}
        page = QWidget()
        box = QVBoxLayout(page)
        if span is None:
            empty = QLabel(self.tr("Select an annotation to see and edit its details."))
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(empty)
            box.addStretch(1)
            self.scroll.setWidget(page)
            return
        label = self.project.schema.label(span.label)
        box.addLayout(self._header(span))
        if label is not None:
            if label.attribute(CORRECTION):
                box.addWidget(self._correction_box(label.attribute(CORRECTION), span))
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for attr in label.attributes:
                if attr.name == CORRECTION:
                    continue
                editor = self._editor(attr, span)
                name = i18n.display(attr.display, attr.name) + (" *" if attr.required else "")
                form.addRow(name, editor.widget)
            box.addLayout(form)
        box.addWidget(QLabel(self.tr("Note")))
        box.addWidget(self._note_editor(span))
        box.addStretch(1)
        self.scroll.setWidget(page)
        self._fill(span)
        self._apply_readonly()

    def _header(self, span: Span) -> QVBoxLayout:
        self.label_combo = QComboBox()
        self.label_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for lab in self.project.schema.labels:
            self.label_combo.addItem(
                swatch(lab.color), i18n.display(lab.display, lab.name), lab.name
            )
        self.label_combo.activated.connect(self._label_chosen)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.quote.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.quote.setFont(font)
        self.where = QLabel()
        self.where.setStyleSheet("color: palette(mid)")
        header = QVBoxLayout()
        header.addWidget(self.label_combo)
        header.addWidget(self.quote)
        header.addWidget(self.where)
        return header

    def _correction_box(self, attr, span: Span) -> QFrame:
        frame = QFrame()
        frame.setObjectName("correction")
        frame.setStyleSheet(
            "QFrame#correction { border: 2px solid #e0a800; border-radius: 6px; "
            "background: rgba(255, 214, 102, 60); }"
        )
        title = QLabel(i18n.display(attr.display, self.tr("Correction")))
        title.setStyleSheet("font-weight: bold")
        editor = self._editor(attr, span)
        font = QFont(editor.widget.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        editor.widget.setFont(font)
        editor.widget.setPlaceholderText(self.tr("What the text should say"))
        inner = QVBoxLayout(frame)
        inner.addWidget(title)
        inner.addWidget(editor.widget)
        return frame

    def _editor(self, attr, span: Span) -> Editor:
        editor = make_editor(attr, self.project, span.doc_id)
        editor.edited.connect(lambda name=attr.name: self._attribute_edited(name))
        self.editors[attr.name] = editor
        return editor

    def _note_editor(self, span: Span) -> QPlainTextEdit:
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why you marked this, for whoever reviews it"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.setTabChangesFocus(True)
        self._note_watch = _FocusOut(self.note, self._note_finished)
        save = QShortcut(QKeySequence("Ctrl+Return"), self.note)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        save.activated.connect(self._note_finished)
        return self.note

    def _fill(self, span: Span) -> None:
        self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(span.label)))
        quote = " ".join(span.text.split())
        bidi.set_text(self.quote, f"«{quote}»")
        self.where.setText(
            self.tr("Characters {start}–{end}").format(
                start=i18n.number(span.start), end=i18n.number(span.end)
            )
        )
        for name, editor in self.editors.items():
            editor.set_value(span.attributes.get(name))
        if self.note.toPlainText() != span.note:
            self.note.setPlainText(span.note)

    # -- editing --------------------------------------------------------------------------

    def _attribute_edited(self, name: str) -> None:
        if self.span is None:
            return
        attributes = with_edit(self.span.attributes, name, self.editors[name].value())
        if attributes != self.span.attributes:
            self.attributes_edited.emit(self.span.id, attributes)

    def _note_finished(self) -> None:
        if self.span is not None and self.note.toPlainText() != self.span.note:
            self.note_edited.emit(self.span.id, self.note.toPlainText())

    def _label_chosen(self, _index: int) -> None:
        label = self.label_combo.currentData()
        if self.span is not None and label != self.span.label:
            self.label_change_requested.emit(self.span.id, label)

    def set_readonly(self, readonly: bool) -> None:
        self.readonly = readonly
        self._apply_readonly()

    def _apply_readonly(self) -> None:
        if self.span is None:
            return
        for editor in self.editors.values():
            editor.widget.setEnabled(not self.readonly)
        self.label_combo.setEnabled(not self.readonly)
        self.note.setReadOnly(self.readonly)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class _FocusOut(QObject):
    """Calls ``done`` when ``widget`` loses the keyboard: the moment a note is finished."""

    def __init__(self, widget: QWidget, done) -> None:
        super().__init__(widget)
        self.done = done
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.done()
        return False
