"""The keyboard help (F1 or ?): every menu action with its keys, then the schema's label
keys, generated from the live actions so it never drifts from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from annotator.core.schema import Schema

from .. import i18n
from .palette import swatch


def action_rows(menu: QMenu) -> list[tuple[str, str]]:
    """(keys, action text) for each action of ``menu`` and its submenus that has keys."""
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += action_rows(action.menu())
        elif not action.isSeparator() and action.shortcuts():
            typed = [k for k in action.shortcuts() if _typeable(k)][:2]
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed)
            rows.append((keys, action.text().replace("&", "")))
    return rows


def _typeable(sequence: QKeySequence) -> bool:
    """False for the extra keys some standard shortcuts carry (Open, Zoom Out, Sun's F14)
    that no ordinary keyboard has."""
    key = sequence[0].key() if sequence.count() else None
    if key is None:
        return False
    return not (Qt.Key.Key_F13 <= key <= Qt.Key.Key_F35 or key >= Qt.Key.Key_Back)


class ShortcutsHelp(QDialog):
    def __init__(
        self,
        menus: dict[str, QMenu],
        schema: Schema | None,
        extra: list[tuple[str, str]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 640)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setMinimumSectionSize(24)  # not the widest glyph's 120 px
        for menu in menus.values():
            self._section(menu.title().replace("&", ""), action_rows(menu))
        self._section(self.tr("In the document"), extra)
        if schema is not None:
            self._labels(schema)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def _section(self, title: str, rows: list[tuple[str, str]]) -> QTreeWidgetItem | None:
        if not rows:
            return None
        head = QTreeWidgetItem([title, ""])
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        head.setFirstColumnSpanned(True)
        self.tree.addTopLevelItem(head)
        for keys, text in rows:
            item = QTreeWidgetItem([keys, text])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            head.addChild(item)
        return head

    def _labels(self, schema: Schema) -> None:
        rows = [
            (lab.shortcut, i18n.display(lab.display, lab.name))
            for lab in schema.labels
            if lab.shortcut
        ]
        head = self._section(self.tr("Labels (on a selection, or on a selected annotation)"), rows)
        if head is None:
            return
        keyed = [lab for lab in schema.labels if lab.shortcut]
        for i, lab in enumerate(keyed):
            head.child(i).setIcon(1, swatch(lab.color))


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    return [
        (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", ""))
        for a in actions
        if not a.shortcut().isEmpty()
    ]
