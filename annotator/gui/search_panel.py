"""The corpus search panel: a query, how to match it, filters, and the hits in context.

Searching is ``store.search`` (no SQL here). Each hit is drawn in its own text's direction
with the match shaded; only the background changes at the match's edges, never the font, so
letters stay joined across them. Activating a hit emits ``hit_activated(doc_id, start, end)``
in code points on the stored text, for the main window to open and highlight.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.language import has_arabic_script
from annotator.store import search as corpus_search
from annotator.store.project import Change, Project

from .fonts import reading_font

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_COLOR = QColor(255, 214, 10, 150)
DEBOUNCE_MS = 300
ANY = ""


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class HitsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[corpus_search.Hit] = []

    def set_hits(self, hits: list[corpus_search.Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.doc_name}: {hit.before}{hit.text}{hit.after}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.doc_name} [{hit.start}, {hit.end})"
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the document's name, then the context with the match shaded."""

    MARGIN = 6

    def _context(self, hit: corpus_search.Hit, width: float) -> QTextDocument:
        # A match broken at a line end shows as one line; the length stays the same.
        before, match, after = (s.replace("\n", " ") for s in (hit.before, hit.text, hit.after))
        doc = QTextDocument()
        doc.setDefaultFont(reading_font(90))
        doc.setDocumentMargin(0)
        rtl = has_arabic_script(match + before + after)
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setPlainText(f"…{before}{match}{after}…")
        cursor = QTextCursor(doc)
        start = 1 + _utf16(before)  # Qt counts UTF-16 units
        cursor.setPosition(start)
        cursor.setPosition(start + _utf16(match), QTextCursor.MoveMode.KeepAnchor)
        shade = QTextCharFormat()
        shade.setBackground(MATCH_COLOR)
        cursor.mergeCharFormat(shade)
        doc.setTextWidth(max(40.0, width))
        return doc

    def _name_height(self, option) -> int:
        return option.fontMetrics.height()

    def sizeHint(self, option, index) -> QSize:
        hit = index.data(HIT_ROLE)
        width = option.rect.width() - 2 * self.MARGIN
        if hit is None or width <= 0:
            return super().sizeHint(option, index)
        doc = self._context(hit, width)
        height = self._name_height(option) + doc.size().height() + 3 * self.MARGIN
        return QSize(int(width), int(height))

    def paint(self, painter, option, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return super().paint(painter, option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        painter.save()
        name_rtl = has_arabic_script(hit.doc_name)
        name_align = Qt.AlignmentFlag.AlignRight if name_rtl else Qt.AlignmentFlag.AlignLeft
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        name = f"{hit.doc_name} · {hit.start}–{hit.end}" + (f" · {hit.label}" if hit.label else "")
        name_rect = rect.adjusted(0, 0, 0, -(rect.height() - self._name_height(option)))
        painter.drawText(name_rect, name_align | Qt.AlignmentFlag.AlignAbsolute, name)
        doc = self._context(hit, rect.width())
        painter.translate(rect.left(), rect.top() + self._name_height(option) + self.MARGIN)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), doc.size().height()))
        painter.restore()


class SearchPanel(QWidget):
    """Corpus-wide search. Emits ``hit_activated(doc_id, start, end)`` for a chosen hit."""

    hit_activated = Signal(str, int, int)
    searched = Signal(int)  # number of hits, after each search

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._filters_stale = False
        # Coalesces a run of annotations into one re-read, after the action has painted.
        self._facets_timer = QTimer(self, singleShot=True, interval=500)
        self._facets_timer.timeout.connect(self._refresh_if_stale)
        self.query = QLineEdit(placeholderText=self.tr("Search the corpus…"))
        self.query.setClearButtonEnabled(True)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode, text, tip in (
            (
                "tolerant",
                self.tr("Tolerant"),
                self.tr("ي/ی, ك/ک, ة/ه, any digits, diacritics, tatweel, ZWNJ/space/nothing"),
            ),
            ("exact", self.tr("Exact"), self.tr("Exactly as typed")),
            ("regex", self.tr("Regex"), self.tr("A Python regular expression")),
        ):
            button = QRadioButton(text)
            button.setToolTip(tip)
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons["tolerant"].setChecked(True)
        self.label = QComboBox()
        self.language = QComboBox()
        self.outlet = QComboBox()
        self.annotator = QComboBox()
        self.use_dates = QCheckBox(self.tr("Published between"))
        self.date_from, self.date_to = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = HitsModel(self)
        self.hits = QListView()
        self.hits.setModel(self.model)
        self.hits.setItemDelegate(HitDelegate(self.hits))
        self.hits.setUniformItemSizes(False)
        self.hits.setWordWrap(True)
        self.hits.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._layout()
        self._connect()
        self.refresh_filters()
        self._unsubscribe = project.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    # -- building ----------------------------------------------------------------------------

    def _layout(self) -> None:
        modes = QHBoxLayout()
        for button in self.mode_buttons.values():
            modes.addWidget(button)
        modes.addStretch(1)
        filters = QFormLayout()
        filters.addRow(self.tr("Label"), self.label)
        filters.addRow(self.tr("Language"), self.language)
        filters.addRow(self.tr("Outlet"), self.outlet)
        filters.addRow(self.tr("Annotator"), self.annotator)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        filters.addRow(self.use_dates, dates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(modes)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.hits, 1)

    def _connect(self) -> None:
        self.query.returnPressed.connect(self.run_search)
        self.query.textEdited.connect(lambda _: self._timer.start())
        self._timer.timeout.connect(self.run_search)
        self.modes.buttonToggled.connect(lambda _b, on: on and self.run_search())
        for combo in (self.label, self.language, self.outlet, self.annotator):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.run_search())
        self.date_to.dateChanged.connect(lambda _d: self.run_search())
        self.hits.activated.connect(self._activate)
        self.hits.clicked.connect(self._activate)

    def refresh_filters(self) -> None:
        """Fills the filter lists from what the project holds, keeping the current choices."""
        self._filters_stale = False
        facets = corpus_search.facets(self.project)
        labels = sorted({*facets.labels, *(lab.name for lab in self.project.schema.labels)})
        for combo, values in (
            (self.label, labels),
            (self.language, list(facets.languages)),
            (self.outlet, list(facets.outlets)),
            (self.annotator, list(facets.annotators)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), ANY)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if facets.first_date:
            self.date_from.setDate(QDate.fromString(facets.first_date, "yyyy-MM-dd"))
            self.date_to.setDate(QDate.fromString(facets.last_date, "yyyy-MM-dd"))

    # -- searching ---------------------------------------------------------------------------

    def current_query(self) -> corpus_search.SearchQuery:
        mode = next(m for m, b in self.mode_buttons.items() if b.isChecked())
        dated = self.use_dates.isChecked()
        return corpus_search.SearchQuery(
            text=self.query.text(),
            mode=mode,
            label=self.label.currentData() or None,
            annotator=self.annotator.currentData() or None,
            language=self.language.currentData() or None,
            outlet=self.outlet.currentData() or None,
            date_from=self.date_from.date().toString("yyyy-MM-dd") if dated else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if dated else None,
        )

    def run_search(self) -> None:
        self._timer.stop()
        query = self.current_query()
        if not query.text.strip() and not query.has_span_filter:
            self.model.set_hits([])
            self.status.setText("")
            return
        try:
            result = corpus_search.search(self.project, query)
        except AnnotatorError as exc:
            self.model.set_hits([])
            self.status.setText(str(exc))
            return
        self.model.set_hits(result.hits)
        more = self.tr(" (showing the first %n)", "", len(result.hits)) if result.truncated else ""
        self.status.setText(
            self.tr("%n hit(s)", "", len(result.hits))
            + self.tr(" in %n document(s)", "", result.documents)
            + more
        )
        self.searched.emit(len(result.hits))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.run_search()

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit.doc_id, hit.start, hit.end)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("documents", "schema"):
            self.refresh_filters()
        elif change.kind == "spans":
            # A new label or annotator in the lists can wait until the panel is looked at:
            # reading them on every annotation cost a third of the action's time.
            self._filters_stale = True
            if self.isVisible():
                self._facets_timer.start()
        if change.kind in ("documents", "spans", "schema") and self.model.hits:
            self.run_search()

    def _refresh_if_stale(self) -> None:
        # A hidden or closed panel waits for its next showEvent (its project may be gone).
        if self._filters_stale and self.isVisible():
            self.refresh_filters()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_if_stale()
