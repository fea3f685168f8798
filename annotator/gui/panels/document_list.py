"""The project's documents: a table model, a filter proxy and the panel holding both."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.language import has_arabic_script
from annotator.store.project import Project

from ..bidi import BidiDelegate

DOC_ID = Qt.ItemDataRole.UserRole
SORT = Qt.ItemDataRole.UserRole + 1
FILTER = Qt.ItemDataRole.UserRole + 2  # the raw value a filter compares against
# Read once: ``data`` runs for every role of every painted cell (see annotation_list).
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
RTL_TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
NAME, COUNT, LANGUAGE, OUTLET, STATUS = range(5)


@dataclass(slots=True)
class _Row:
    """One row of the document list."""

    id: str
    name: str
    title: str
    language: str
    outlet: str
    status: str
    count: int


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.rows: list[_Row] = []
        self._index: dict[str, int] = {}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        labels = self.project.document_attributes()
        self.rows = [self._row(s, labels.get(s.id, {})) for s in self.project.documents()]
        self._index = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def _row(self, summary, attributes: dict) -> _Row:
        # The schema's review_status, when a document has one, says more than the import status.
        review = attributes.get("review_status")
        return _Row(
            summary.id,
            summary.name,
            summary.title,
            summary.language,
            summary.outlet,
            review or summary.status,
            summary.span_count,
        )

    def update_rows(self, doc_ids: list[str]) -> bool:
        """Re-reads the rows of ``doc_ids``; False when one is new (a refresh is needed)."""
        if not doc_ids or any(d not in self._index for d in doc_ids):
            return False
        wanted = set(doc_ids)
        for summary in self.project.documents():
            if summary.id in wanted:
                row = self._index[summary.id]
                self.rows[row] = self._row(summary, self.project.document(summary.id).attributes)
                self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))
        return True

    def update_count(self, doc_id: str) -> None:
        row = self._index.get(doc_id)
        if row is None:
            return
        self.rows[row].count = self.project.span_count(doc_id)
        index = self.index(row, COUNT)
        self.dataChanged.emit(index, index)

    def row_of(self, doc_id: str) -> int | None:
        return self._index.get(doc_id)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section == COUNT:
            return self.tr("Annotations")
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                NAME: self.tr("Document"),
                COUNT: "#",
                LANGUAGE: self.tr("Language"),
                OUTLET: self.tr("Outlet"),
                STATUS: self.tr("Status"),
            }[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return self._display(row, col)
        if role == ALIGNMENT:
            return self._alignment(row, col)
        if role == DOC_ID:
            return row.id
        if role == SORT:
            return row.count if col == COUNT else self._display(row, col)
        if role == FILTER:
            return {
                NAME: row.name + " " + row.title,
                LANGUAGE: row.language,
                OUTLET: row.outlet,
                STATUS: row.status,
            }.get(col, "")
        if role == TOOLTIP and col == NAME:
            return f"{row.title}\n{row.name}" if row.title else row.name
        return None

    def _display(self, row: _Row, col: int):
        if col == NAME:
            return row.title or row.name
        if col == LANGUAGE:
            return language_name(row.language)
        if col == OUTLET:
            return row.outlet
        if col == STATUS:
            return status_name(row.status)
        return row.count

    def _alignment(self, row: _Row, col: int):
        if col == COUNT:
            return NUMBER_ALIGNMENT
        text = self._display(row, col)
        if isinstance(text, str) and has_arabic_script(text):
            # A Persian title reads from the right even in an English interface.
            return RTL_TEXT_ALIGNMENT
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 4))


translate = QCoreApplication.translate


def language_name(code: str) -> str:
    names = {
        "fa": translate("DocumentList", "Persian"),
        "ar": translate("DocumentList", "Arabic"),
        "ur": translate("DocumentList", "Urdu"),
        "mixed": translate("DocumentList", "Mixed"),
        "other": translate("DocumentList", "Other"),
    }
    return names.get(code, code)


def status_name(status: str) -> str:
    names = {
        "todo": translate("DocumentList", "To do"),
        "in_progress": translate("DocumentList", "In progress"),
        "done": translate("DocumentList", "Done"),
        "reviewed": translate("DocumentList", "Reviewed"),
    }
    return names.get(status, status)


@contextmanager
def refiltering(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Wraps a change of filter criteria (Qt 6.10 replaced ``invalidateFilter``)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt before 6.10
        yield
        proxy.invalidateFilter()


class DocumentFilter(QSortFilterProxyModel):
    """Keeps rows whose name or title holds the text and whose language, outlet and status
    match the chosen ones (an empty choice matches all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.wanted = {LANGUAGE: "", OUTLET: "", STATUS: ""}
        self.setSortRole(SORT)

    def set_text(self, text: str) -> None:
        with refiltering(self):
            self.text = text.strip().casefold()

    def set_column(self, column: int, value: str) -> None:
        with refiltering(self):
            self.wanted[column] = value or ""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()

        def raw(col: int) -> str:
            return model.data(model.index(source_row, col, source_parent), FILTER) or ""

        if self.text and self.text not in raw(NAME).casefold():
            return False
        return all(not want or raw(col) == want for col, want in self.wanted.items())


class DocumentListPanel(QWidget):
    document_activated = Signal(str)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.model = DocumentTableModel(project, self)
        self.proxy = DocumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.combos = {col: QComboBox() for col in (LANGUAGE, OUTLET, STATUS)}
        for col, combo in self.combos.items():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(
                lambda _i, c=col: self.proxy.set_column(c, self.combos[c].currentData())
            )
        self.table = self._make_table()
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 2)
        filters.addWidget(self.combos[LANGUAGE], 1, 0)
        filters.addWidget(self.combos[STATUS], 1, 1)
        filters.addWidget(self.combos[OUTLET], 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setItemDelegate(BidiDelegate(table))
        # Project order until asked. The indicator first: enabling sorting sorts by it, and by
        # column 0 it would read every row's sort key through Python (a second, on 10k rows).
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        # Qt's default minimum is the font's widest glyph; with Arabic ligatures such as
        # U+FDFD in the font, that is 120 px: every column would be at least that wide.
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not ResizeToContents, which measures every row of a large corpus.
        fm = table.fontMetrics()
        table.setColumnWidth(COUNT, fm.horizontalAdvance("00000") + 28)
        names = [language_name(code) for code in ("fa", "ar", "ur", "mixed", "other")]
        table.setColumnWidth(LANGUAGE, max(fm.horizontalAdvance(n) for n in names) + 16)
        # Outlet and status are filters above; as columns they are one right-click away.
        table.setColumnHidden(OUTLET, True)
        table.setColumnHidden(STATUS, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        return table

    def _choose_columns(self, pos) -> None:
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            h = Qt.Orientation.Horizontal
            title = self.model.headerData(col, h, Qt.ItemDataRole.ToolTipRole)
            action = menu.addAction(title or self.model.headerData(col, h))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.setEnabled(col != NAME)
            action.toggled.connect(lambda on, c=col: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.document_activated.emit(current.data(DOC_ID))

    def select(self, doc_id: str) -> None:
        row = self.model.row_of(doc_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and index.row() != self.table.currentIndex().row():
            self.table.setCurrentIndex(index)

    def documents_changed(self, doc_ids: list[str]) -> None:
        if self.model.update_rows(doc_ids):
            self._fill_combos()
        else:
            self.refresh()

    def refresh(self) -> None:
        current = self.table.currentIndex().data(DOC_ID)
        self.model.refresh()
        self._fill_combos()
        if current:
            self.select(current)

    def _fill_combos(self) -> None:
        for col, combo in self.combos.items():
            chosen = combo.currentData()
            field = {LANGUAGE: "language", OUTLET: "outlet", STATUS: "status"}[col]
            values = sorted({getattr(r, field) for r in self.model.rows} - {""})
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._all_text(col), "")
            for value in values:
                combo.addItem(self._value_text(col, value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _all_text(self, col: int) -> str:
        return {
            LANGUAGE: self.tr("All languages"),
            OUTLET: self.tr("All outlets"),
            STATUS: self.tr("All statuses"),
        }[col]

    def _value_text(self, col: int, value: str) -> str:
        if col == LANGUAGE:
            return language_name(value)
        if col == STATUS:
            return status_name(value)
        return value

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by name or title"))
        self.model.retranslate()
        self._fill_combos()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
