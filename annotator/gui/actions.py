"""The window's actions, menus and toolbar. Texts are set in ``retranslate`` so a language
switch needs no restart; label actions are made from the schema."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from annotator.core.schema import Schema

from . import i18n
from .keys import label_key_sequences, same_key
from .panels.palette import swatch

MENUS = ("project", "edit", "view", "annotate", "language", "help")
# Actions that change the project: off in a read-only project.
WRITING = (
    "delete_annotation",
    "change_label",
    "extend_end",
    "shrink_end",
    "extend_start",
    "shrink_start",
    "attribution",
    "link",
    "import",
)
# Actions that need a project open, read-only or not.
READING = (
    "close_project",
    "export",
    "find",
    "zoom_in",
    "zoom_out",
    "zoom_reset",
    "next_document",
    "previous_document",
    "next_annotation",
    "previous_annotation",
    "focus_document",
    "deselect",
)


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.label_actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {name: QMenu(window) for name in MENUS}
        for name in MENUS:
            window.menuBar().addMenu(self.menus[name])
        self.recent_menu = QMenu(window)
        self.labels_menu = QMenu(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(self.toolbar)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)

    # -- making actions -------------------------------------------------------------------

    def add(
        self,
        name: str,
        menu: str | None,
        slot: Callable,
        keys: list[QKeySequence | str] | QKeySequence.StandardKey | None = None,
        in_document: bool = False,
    ) -> QAction:
        """An action; ``in_document`` ones answer their keys only while the text has focus,
        so typing a note or a correction never fires them."""
        action = QAction(self.window)
        action.setObjectName(name)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        elif keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: slot())
        if in_document:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.window.view.addAction(action)
        else:
            self.window.addAction(action)
        if menu:
            self.menus[menu].addAction(action)
        self.actions[name] = action
        return action

    def separator(self, menu: str) -> None:
        self.menus[menu].addSeparator()

    def add_submenu(self, menu: str, sub: QMenu) -> None:
        self.menus[menu].addMenu(sub)

    def add_language(self, lang: str, slot: Callable[[str], None]) -> QAction:
        action = QAction(i18n.LANGUAGES[lang], self.window)
        action.setCheckable(True)
        action.setChecked(lang == i18n.current())
        action.setData(lang)
        action.triggered.connect(lambda _checked=False, lang=lang: slot(lang))
        self.language_group.addAction(action)
        self.menus["language"].addAction(action)
        return action

    def to_toolbar(self, *names: str) -> None:
        for name in names:
            if name == "|":
                self.toolbar.addSeparator()
            elif name in self.actions:
                self.toolbar.addAction(self.actions[name])

    def rebuild_labels(self, schema: Schema | None, apply: Callable[[str, bool], None]) -> None:
        """Per label with a key: its key (and the same key on a Persian or Arabic layout),
        and, hidden, the key with Alt, which keeps the exact characters selected."""
        for action in self.label_actions.values():
            self.window.view.removeAction(action)
            action.deleteLater()
        self.label_actions = {}
        self.labels_menu.clear()
        if schema is None:
            return
        for label in schema.labels:
            action = QAction(swatch(label.color), i18n.display(label.display, label.name))
            action.setParent(self.window)
            action.triggered.connect(lambda _c=False, name=label.name: apply(name, False))
            self.labels_menu.addAction(action)
            self.label_actions[label.name] = action
            if not label.shortcut:
                continue
            keys = label_key_sequences(label.shortcut)
            exact = QAction(self.window)
            exact.triggered.connect(lambda _c=False, name=label.name: apply(name, True))
            for act, seqs in ((action, keys[: len(keys) // 2]), (exact, keys[len(keys) // 2 :])):
                act.setShortcuts(seqs)
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.window.view.addAction(act)
            self.label_actions[label.name + "/exact"] = exact

    def set_recent(self, paths: list[Path], open_path: Callable[[Path], None]) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(paths):
            action = self.recent_menu.addAction(f"{i + 1}  {path.name}  —  {path.parent}")
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+Shift+{i + 1}"))
            action.triggered.connect(lambda _c=False, p=path: open_path(p))
        self.recent_menu.setEnabled(bool(paths))

    def set_project_state(self, open_: bool, writable: bool) -> None:
        for name in READING:
            if name in self.actions:
                self.actions[name].setEnabled(open_)
        self.set_writable(open_ and writable)

    def set_writable(self, writable: bool) -> None:
        for name in WRITING:
            if name in self.actions:
                self.actions[name].setEnabled(writable)
        for action in self.label_actions.values():
            action.setEnabled(writable)

    def set_edge_keys(self, rtl: bool) -> None:
        """Edge keys move the edge the way the arrow points: in a right-to-left paragraph
        the end of a span is on its left, so Left extends the end there."""
        back, forward = ("Right", "Left") if rtl else ("Left", "Right")
        keys = {
            "extend_end": f"Ctrl+Shift+{forward}",
            "shrink_end": f"Ctrl+Shift+{back}",
            "extend_start": f"Ctrl+Alt+{back}",
            "shrink_start": f"Ctrl+Alt+{forward}",
        }
        for name, key in keys.items():
            if name in self.actions:
                self.actions[name].setShortcut(QKeySequence(key))

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {
            "project": self.tr("Project"),
            "edit": self.tr("Edit"),
            "view": self.tr("View"),
            "annotate": self.tr("Annotate"),
            "language": self.tr("Language"),
            "help": self.tr("Help"),
        }
        for name, title in titles.items():
            self.menus[name].setTitle(title)
        self.recent_menu.setTitle(self.tr("Open recent"))
        self.labels_menu.setTitle(self.tr("Apply label"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        for name, text in self._texts().items():
            if name in self.actions:
                self.actions[name].setText(text)
                self.actions[name].setToolTip(text)

    def _texts(self) -> dict[str, str]:
        return {
            "new_project": self.tr("New project…"),
            "open_project": self.tr("Open project…"),
            "open_demo": self.tr("Open the demo project"),
            "import": self.tr("Import documents…"),
            "export": self.tr("Export…"),
            "close_project": self.tr("Close project"),
            "quit": self.tr("Quit"),
            "undo": self.tr("Undo"),
            "redo": self.tr("Redo"),
            "delete_annotation": self.tr("Delete annotation"),
            "find": self.tr("Search…"),
            "zoom_in": self.tr("Zoom in"),
            "zoom_out": self.tr("Zoom out"),
            "zoom_reset": self.tr("Actual size"),
            "next_document": self.tr("Next document"),
            "previous_document": self.tr("Previous document"),
            "next_annotation": self.tr("Next annotation"),
            "previous_annotation": self.tr("Previous annotation"),
            "focus_document": self.tr("Go to the text"),
            "deselect": self.tr("Clear the selection"),
            "change_label": self.tr("Change label…"),
            "extend_end": self.tr("Extend end by a word"),
            "shrink_end": self.tr("Shrink end by a word"),
            "extend_start": self.tr("Extend start by a word"),
            "shrink_start": self.tr("Shrink start by a word"),
            "attribution": self.tr("Attribution…"),
            "link": self.tr("Link…"),
            "shortcuts": self.tr("Keyboard shortcuts"),
            "about": self.tr("About annotator"),
        }

    def document_keys(self) -> list[tuple[str, str]]:
        """Keys the help lists that are not menu actions of their own."""
        return [
            (self.tr("Alt + label key"), self.tr("Apply a label to the exact characters selected")),
            (self.tr("Alt + drag"), self.tr("Select exact characters instead of whole words")),
            ("Enter", self.tr("Attribution: skip this step, or use the selected text")),
            ("?", self.tr("Keyboard shortcuts")),
        ]


def attribution_keys() -> list[str]:
    return ["A", *same_key("A")]
