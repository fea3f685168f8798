"""The relations touching the current document: type, then each role with its quoted span.

Hovering a relation lights up its spans in the view; clicking a role jumps to its span.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.model import Relation
from annotator.store.project import Project

from .. import i18n
from ..bidi import BidiDelegate
from ..span_picker import describe_span

RELATION = Qt.ItemDataRole.UserRole
SPAN = Qt.ItemDataRole.UserRole + 1


class RelationsPanel(QWidget):
    relation_hovered = Signal(list)  # the hovered relation's span ids; empty when none
    span_activated = Signal(str, str)  # doc id, span id
    delete_requested = Signal(str)  # relation id

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.doc_id: str | None = None
        self.relations: list[Relation] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setItemDelegate(BidiDelegate(self.tree))
        self.tree.setMouseTracking(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setMinimumSectionSize(24)  # not the widest glyph's 120 px
        self.tree.itemEntered.connect(self._hovered)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_current)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.readonly = project.readonly
        self.retranslate()

    def show_document(self, doc_id: str | None) -> None:
        self.doc_id = doc_id
        self.relations = self.project.relations(doc_id) if doc_id else []
        self._fill()

    def refresh(self) -> None:
        self.show_document(self.doc_id)

    def _fill(self) -> None:
        current = self.current_relation()
        self.tree.clear()
        names = (
            {d.id: d.title or d.name for d in self.project.documents()} if self.relations else {}
        )
        for rel in self.relations:
            rel_type = self.project.schema.relation(rel.type)
            title = i18n.display(rel_type.display, rel.type) if rel_type else rel.type
            item = QTreeWidgetItem([title, ""])
            item.setData(0, RELATION, rel.id)
            self._add_roles(item, rel, rel_type, names)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if rel.id == current:
                self.tree.setCurrentItem(item)
        self._update_buttons()

    def _add_roles(self, item: QTreeWidgetItem, rel: Relation, rel_type, names) -> None:
        for role, span_ids in rel.roles.items():
            role_def = rel_type.role(role) if rel_type else None
            role_name = i18n.display(role_def.display, role) if role_def else role
            for span_id in span_ids:
                try:
                    span = self.project.span(span_id)
                    text, doc_id = describe_span(self.project, span, names), span.doc_id
                except AnnotatorError:
                    text, doc_id = self.tr("(missing annotation)"), ""
                child = QTreeWidgetItem([role_name, text])
                child.setData(0, RELATION, rel.id)
                child.setData(0, SPAN, (doc_id, span_id))
                item.addChild(child)

    def current_relation(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, RELATION) if item else None

    def _hovered(self, item: QTreeWidgetItem) -> None:
        rel = next((r for r in self.relations if r.id == item.data(0, RELATION)), None)
        self.relation_hovered.emit(rel.span_ids() if rel else [])

    def leaveEvent(self, event) -> None:
        self.relation_hovered.emit([])
        super().leaveEvent(event)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, SPAN)
        if target and target[0]:
            self.span_activated.emit(*target)

    def _delete_current(self) -> None:
        rel_id = self.current_relation()
        if rel_id and not self.readonly:
            self.delete_requested.emit(rel_id)

    def set_readonly(self, readonly: bool) -> None:
        self.readonly = readonly
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(not self.readonly and self.current_relation() is not None)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Relation / role"), self.tr("Annotation")])
        self.delete_button.setText(self.tr("Delete relation"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
