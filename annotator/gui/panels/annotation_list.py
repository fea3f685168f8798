"""The current document's annotations as a sortable table; a click selects one in the view."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from annotator.core.errors import AnnotatorError
from annotator.core.language import has_arabic_script
from annotator.core.model import Span
from annotator.core.schema import Schema
from annotator.store.project import Project

from .. import i18n
from ..bidi import BidiDelegate
from .palette import swatch

SPAN_ID = Qt.ItemDataRole.UserRole
# Roles and alignments read once: ``data`` runs for every role of every painted cell, and each
# ``Qt.ItemDataRole.X`` is two attribute lookups through PySide.
DISPLAY, DECORATION = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole
TOOLTIP, ALIGNMENT = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
RTL_TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
LABEL, TEXT, START, END, DETAILS = range(5)
QUOTE_CHARS = 80


def quote_with_correction(span: Span) -> str:
    """The quoted text, with a contested fact's correction after an arrow that points the
    reading way: "ایران ← ایروان" in Arabic script, "Iran → Yerevan" otherwise."""
    quote = span.text if len(span.text) <= QUOTE_CHARS else span.text[:QUOTE_CHARS] + "…"
    quote = " ".join(quote.split())
    correction = span.attributes.get("correction")
    if not correction:
        return quote
    arrow = "←" if has_arabic_script(quote) else "→"
    return f"{quote} {arrow} {correction}"


def attribute_summary(schema: Schema, span: Span) -> str:
    """The chosen values of a span's choice and yes/no attributes, in the interface language."""
    label = schema.label(span.label)
    if label is None:
        return ""
    parts = []
    for attr in label.attributes:
        value = span.attributes.get(attr.name)
        if value in (None, "", [], False) or attr.name == "correction":
            continue
        if attr.type == "choice":
            v = attr.value(value)
            parts.append(i18n.display(v.display, value) if v else str(value))
        elif attr.type == "multichoice":
            values = [attr.value(x) for x in value]
            parts.append(", ".join(i18n.display(v.display, v.name) for v in values if v))
        elif attr.type == "bool":
            parts.append(i18n.display(attr.display, attr.name))
    return " · ".join(parts)


class AnnotationTableModel(QAbstractTableModel):
    """The spans of one document, kept sorted by the model itself: a sort proxy asked for
    each row's data hundreds of thousands of times per opened document."""

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.doc_id: str | None = None
        self.spans: list[Span] = []
        self.order = (START, Qt.SortOrder.AscendingOrder)

    def show_document(self, doc_id: str | None, spans: list[Span] | None = None) -> None:
        """Shows the spans of ``doc_id`` (``spans`` when the caller has read them already)."""
        if spans is None:
            spans = self.project.spans(doc_id) if doc_id else []
        self.beginResetModel()
        self.doc_id = doc_id
        self.spans = self._sorted(spans)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.spans[i.row()].id for i in old]
        self.order = (column, order)
        self.spans = self._sorted(self.spans)
        rows = {s.id: r for r, s in enumerate(self.spans)}
        self.changePersistentIndexList(
            old, [self.index(rows[sid], i.column()) for sid, i in zip(ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _sorted(self, spans: list[Span]) -> list[Span]:
        descending = self.order[1] == Qt.SortOrder.DescendingOrder
        return sorted(spans, key=self._key, reverse=descending)

    def _key(self, span: Span):
        column = self.order[0]
        if column == START:
            return (span.start, -span.end)
        if column == END:
            return (span.end, span.start)
        return (str(self._display(span, column)), span.start)

    def apply_changes(self, span_ids: list[str]) -> None:
        """Brings the rows of ``span_ids`` in line with the store: updated, added or gone."""
        for span_id in span_ids:
            try:
                span = self.project.span(span_id)
            except AnnotatorError:
                span = None
            row = self.row_of(span_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.spans[row]
                self.endRemoveRows()
            if span is not None and span.doc_id == self.doc_id:
                self._insert(span)

    def _insert(self, span: Span) -> None:
        """Puts ``span`` where the current order wants it."""
        descending = self.order[1] == Qt.SortOrder.DescendingOrder
        key = self._key(span)
        row = next(
            (
                i
                for i, s in enumerate(self.spans)
                if (self._key(s) < key if descending else self._key(s) > key)
            ),
            len(self.spans),
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self.spans.insert(row, span)
        self.endInsertRows()

    def row_of(self, span_id: str) -> int | None:
        return next((i for i, s in enumerate(self.spans) if s.id == span_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spans)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = [
                self.tr("Label"),
                self.tr("Text"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Details"),
            ]
            return titles[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        span, col = self.spans[index.row()], index.column()
        if role == DISPLAY:
            return self._display(span, col)
        if role == ALIGNMENT:
            return self._alignment(span, col)
        if role == SPAN_ID:
            return span.id
        if role == DECORATION and col == LABEL:
            label = self.project.schema.label(span.label)
            return swatch(label.color) if label else None
        if role == TOOLTIP and col in (TEXT, DETAILS):
            return span.text + (f"\n\n{span.note}" if span.note else "")
        return None

    def _display(self, span: Span, col: int):
        if col == LABEL:
            label = self.project.schema.label(span.label)
            return i18n.display(label.display, span.label) if label else span.label
        if col == TEXT:
            return quote_with_correction(span)
        if col == START:
            return span.start
        if col == END:
            return span.end
        return attribute_summary(self.project.schema, span)

    def _alignment(self, span: Span, col: int):
        if col in (START, END):
            return NUMBER_ALIGNMENT
        if col == TEXT and has_arabic_script(span.text):
            return RTL_TEXT_ALIGNMENT
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DETAILS)
        if self.spans:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.spans) - 1, DETAILS))


class AnnotationListPanel(QWidget):
    span_activated = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.model = AnnotationTableModel(project, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Qt's default minimum is the font's widest glyph; with Arabic ligatures such as
        # U+FDFD in the font, that is 120 px: every column would be at least that wide.
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _size_columns(self) -> None:
        """Widths from the schema's label names and six digits, not from the rows:
        measuring thousands of rows (ResizeToContents) made opening a document 7x slower."""
        fm = self.table.fontMetrics()
        schema = self.model.project.schema
        names = [i18n.display(lab.display, lab.name) for lab in schema.labels]
        label_width = max((fm.horizontalAdvance(n) for n in names), default=80)
        self.table.setColumnWidth(LABEL, min(label_width + 44, 180))
        for col in (START, END):
            self.table.setColumnWidth(col, fm.horizontalAdvance("0000000") + 28)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.span_activated.emit(index.data(SPAN_ID))

    def select_span(self, span_id: str | None) -> None:
        """Follows the view's selection without announcing it back."""
        row = self.model.row_of(span_id) if span_id else None
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        # Only clicks announce a choice (``clicked``), so selecting here echoes nothing back.
        # Not selectRow: in a right-to-left table it looks for a column past the last pixel
        # and selects nothing.
        flags = QItemSelectionModel.SelectionFlag
        selection = self.table.selectionModel()
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._size_columns()
        super().changeEvent(event)
