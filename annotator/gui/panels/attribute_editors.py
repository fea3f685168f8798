"""One editor widget per schema attribute type. Each shows a value (``set_value``), reports a
finished edit by the person once (``edited``), and never writes anything itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError, ValidationError
from annotator.core.language import has_arabic_script
from annotator.core.schema import Attribute, check_value
from annotator.store.project import Project

from .. import bidi, i18n


class Editor(QObject):
    """Wraps the widget that edits one attribute; ``edited`` fires after a person's change."""

    edited = Signal()

    def __init__(self, attr: Attribute, widget: QWidget) -> None:
        super().__init__(widget)
        self.attr = attr
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class ChoiceEditor(Editor):
    def __init__(self, attr: Attribute) -> None:
        combo = QComboBox()
        # Long values ("Mixed / Misleading / Missing context") must not widen the panel.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem("—", None)
        for v in attr.values:
            combo.addItem(i18n.display(v.display, v.name), v.name)
        super().__init__(attr, combo)
        combo.activated.connect(lambda _i: self.edited.emit())  # the person's choices only

    def value(self) -> Any:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))


class MultiChoiceEditor(Editor):
    def __init__(self, attr: Attribute) -> None:
        lst = QListWidget()
        for v in attr.values:
            item = QListWidgetItem(i18n.display(v.display, v.name))
            item.setData(Qt.ItemDataRole.UserRole, v.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            lst.addItem(item)
        rows = min(len(attr.values), 6)
        lst.setFixedHeight(lst.sizeHintForRow(0) * rows + 2 * lst.frameWidth() + 4)
        super().__init__(attr, lst)
        self._quiet = False
        lst.itemChanged.connect(lambda _item: None if self._quiet else self.edited.emit())

    def value(self) -> Any:
        items = (self.widget.item(i) for i in range(self.widget.count()))
        chosen = [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]
        return chosen or None

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        self._quiet = True
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._quiet = False


class TextEditor(Editor):
    """A line of text; ``max_length`` is enforced as the person types. URL and date editors
    refuse a value that does not parse, and say why, instead of reporting an edit."""

    def __init__(self, attr: Attribute, placeholder: str = "") -> None:
        line = QLineEdit()
        if attr.max_length:
            line.setMaxLength(attr.max_length)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        super().__init__(attr, line)
        self._shown = ""
        line.editingFinished.connect(self._finished)
        line.textChanged.connect(self._follow_direction)

    def _follow_direction(self, text: str) -> None:
        # A Persian correction typed in an English interface should still read from the right.
        rtl = has_arabic_script(text) or (not text and i18n.is_rtl())
        self.widget.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )

    def _finished(self) -> None:
        text = self.widget.text().strip()
        if text == self._shown:
            return
        try:
            check_value(self.attr.name, self.attr, text, None)
        except ValidationError as exc:
            self._complain(str(exc))
            return
        self._complain("")
        self._shown = text
        self.edited.emit()

    def _complain(self, message: str) -> None:
        self.widget.setToolTip(message)
        self.widget.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if message else "")

    def value(self) -> Any:
        return self.widget.text().strip() or None

    def set_value(self, value: Any) -> None:
        self._shown = "" if value is None else str(value)
        self.widget.setText(self._shown)
        self._complain("")


class BoolEditor(Editor):
    def __init__(self, attr: Attribute) -> None:
        box = QCheckBox()
        super().__init__(attr, box)
        box.clicked.connect(lambda _checked: self.edited.emit())

    def value(self) -> Any:
        return self.widget.isChecked() or None

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class NumberEditor(Editor):
    """A spin box whose lowest step means "no value" (shown as a dash)."""

    def __init__(self, attr: Attribute) -> None:
        spin = QDoubleSpinBox()
        low = attr.min if attr.min is not None else -1e9
        high = attr.max if attr.max is not None else 1e9
        spin.setDecimals(0 if all(isinstance(b, int) for b in (low, high)) else 2)
        spin.setRange(low - 1, high)
        spin.setSpecialValueText("—")
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        super().__init__(attr, spin)
        self._shown = None
        spin.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self.edited.emit()

    def value(self) -> Any:
        v = self.widget.value()
        if v == self.widget.minimum():
            return None
        return int(v) if float(v).is_integer() else v

    def set_value(self, value: Any) -> None:
        self._shown = value
        self.widget.setValue(self.widget.minimum() if value is None else float(value))


class SpanRefEditor(Editor):
    """Points at another span, in any document: the evidence picker."""

    def __init__(self, attr: Attribute, project: Project, doc_id: str | None) -> None:
        box = QWidget()
        super().__init__(attr, box)
        self.project, self.doc_id = project, doc_id
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose…"))
        self.clear = QPushButton(self.tr("Clear"))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shown, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        self._value: str | None = None
        self.choose.clicked.connect(self._pick)
        self.clear.clicked.connect(lambda: self._set_and_report(None))

    def _pick(self) -> None:
        from ..span_picker import SpanPickerDialog  # a dialog: loaded when first opened

        chosen = SpanPickerDialog.pick(
            self.project, self.attr.targets, self.doc_id, parent=self.widget.window()
        )
        if chosen:
            self._set_and_report(chosen)

    def _set_and_report(self, value: str | None) -> None:
        if value != self._value:
            self.set_value(value)
            self.edited.emit()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value or None
        self.clear.setEnabled(self._value is not None)
        if not self._value:
            self.shown.setText(self.tr("(none)"))
            return
        from ..span_picker import describe_span  # only for a span-valued attribute

        try:
            bidi.set_text(self.shown, describe_span(self.project, self.project.span(self._value)))
        except AnnotatorError:
            self.shown.setText(self.tr("(missing annotation)"))


def make_editor(attr: Attribute, project: Project, doc_id: str | None) -> Editor:
    if attr.type == "choice":
        return ChoiceEditor(attr)
    if attr.type == "multichoice":
        return MultiChoiceEditor(attr)
    if attr.type == "bool":
        return BoolEditor(attr)
    if attr.type == "number":
        return NumberEditor(attr)
    if attr.type == "span":
        return SpanRefEditor(attr, project, doc_id)
    if attr.type == "url":
        return TextEditor(attr, "https://…")
    if attr.type == "date":
        return TextEditor(attr, "YYYY-MM-DD")
    return TextEditor(attr)


def with_edit(attributes: dict[str, Any], name: str, value: Any) -> dict[str, Any]:
    """``attributes`` with one editor's value set, or removed when the editor is empty."""
    edited = dict(attributes)
    if value is None:
        edited.pop(name, None)
    else:
        edited[name] = value
    return edited


def scrolling_page(owner: QWidget) -> QScrollArea:
    """A frameless, vertically scrolling area filling ``owner``: the home of a form panel."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
