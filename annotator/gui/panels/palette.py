"""The label palette: the schema's labels by group (and persuasion family), each with its
colour, its name in the interface language and its key; the current label's guideline below."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.schema import Label, Schema

from .. import i18n

LABEL = Qt.ItemDataRole.UserRole


@lru_cache(maxsize=256)
def swatch(color: str, size: int = 14) -> QIcon:
    """A rounded square of ``color`` (one per colour, reused: tables ask for it per row)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(140))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class LabelPalette(QWidget):
    label_chosen = Signal(str)

    def __init__(self, schema: Schema, parent=None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.current: str | None = None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setIconSize(QSize(14, 14))
        # Clicking a label must leave the keyboard (and the text selection) in the document.
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(18)  # not the widest glyph's 120 px
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show_item(item))
        self.guide_title = QLabel()
        self.guide_title.setStyleSheet("font-weight: bold")
        self.guide = QLabel()
        self.guide.setWordWrap(True)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guide.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        guide_page = QWidget()
        box = QVBoxLayout(guide_page)
        box.addWidget(self.guide_title)
        box.addWidget(self.guide)
        box.addStretch(1)
        # A long guideline scrolls rather than being cut off under the labels.
        guide_box = QScrollArea()
        guide_box.setWidgetResizable(True)
        guide_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        guide_box.setWidget(guide_page)
        guide_box.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(guide_box)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.rebuild()

    def set_schema(self, schema: Schema) -> None:
        self.schema = schema
        self.rebuild()

    def rebuild(self) -> None:
        self.tree.clear()
        self._items: dict[str, QTreeWidgetItem] = {}
        groups = {g.name: g for g in self.schema.groups}
        families = {f.name: f for f in self.schema.families}
        headers: dict[tuple[str, str], QTreeWidgetItem] = {}
        for label in self.schema.labels:
            parent = self._header(headers, (label.group, ""), groups.get(label.group), None)
            if label.family:
                family = families.get(label.family)
                parent = self._header(headers, (label.group, label.family), family, parent)
            self._items[label.name] = self._label_item(label, parent)
        self.tree.expandAll()
        self._show_label(self.current)

    def _header(self, headers, key, named, parent) -> QTreeWidgetItem | None:
        if named is None:
            return parent
        if key not in headers:
            item = QTreeWidgetItem([i18n.display(named.display, named.name)])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            item.setFirstColumnSpanned(True)
            headers[key] = item
        return headers[key]

    def _label_item(self, label: Label, parent) -> QTreeWidgetItem:
        item = QTreeWidgetItem([i18n.display(label.display, label.name), label.shortcut])
        item.setIcon(0, swatch(label.color))
        item.setData(0, LABEL, label.name)
        item.setToolTip(0, i18n.display(label.guideline) or label.name)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
        font = QFont(item.font(1))
        font.setFamily("monospace")
        item.setFont(1, font)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        name = item.data(0, LABEL)
        if name:
            self.label_chosen.emit(name)

    def set_current(self, label: str | None) -> None:
        """Marks ``label`` (the selected annotation's, or the one last used) and shows its
        guideline."""
        item = self._items.get(label or "")
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        self._show_label(label)

    def _show_item(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, LABEL):
            self._show_label(item.data(0, LABEL))

    def _show_label(self, name: str | None) -> None:
        self.current = name
        label = self.schema.label(name) if name else None
        if label is None:
            self.guide_title.setText(self.tr("Guideline"))
            self.guide.setText(self.tr("Select a label to read how to use it."))
            return
        self.guide_title.setText(i18n.display(label.display, label.name))
        self.guide.setText(i18n.display(label.guideline) or self.tr("No guideline written."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)
