"""Fills the window's menus and toolbar: which action does what, on which keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from annotator import __version__
from annotator.core.errors import AnnotatorError

from . import i18n, integrations
from .actions import attribution_keys
from .project_dialogs import NewProjectDialog, ask_project_path

if TYPE_CHECKING:
    from .main_window import MainWindow

Key = QKeySequence.StandardKey
translate = QCoreApplication.translate


def build_menus(w: MainWindow) -> None:
    a, e = w.actions_, w.editing
    a.add("new_project", "project", lambda: new_project(w), Key.New)
    a.add("open_project", "project", lambda: open_project(w), Key.Open)
    a.add_submenu("project", a.recent_menu)
    a.add("open_demo", "project", lambda: open_demo(w), ["Ctrl+Shift+D"])
    integrations.add_project_actions(w)
    a.separator("project")
    a.add("close_project", "project", lambda: w.set_project(None), ["Ctrl+Shift+W"])
    a.add("quit", "project", w.close, Key.Quit)

    a.add("undo", "edit", w.undo_stack.undo, Key.Undo)
    a.add("redo", "edit", w.undo_stack.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
    _follow_undo_stack(w)
    a.separator("edit")
    a.add("delete_annotation", "edit", e.delete_selected, ["Del", "Backspace"], in_document=True)
    integrations.add_edit_actions(w)

    a.add("zoom_in", "view", w.view.zoom_in, ["Ctrl++", "Ctrl+="])
    a.add("zoom_out", "view", w.view.zoom_out, Key.ZoomOut)
    a.add("zoom_reset", "view", w.view.zoom_reset, ["Ctrl+0"])
    a.separator("view")
    a.add("next_document", "view", lambda: step_document(w, +1), ["Ctrl+PgDown"])
    a.add("previous_document", "view", lambda: step_document(w, -1), ["Ctrl+PgUp"])
    a.add("next_annotation", "view", lambda: step_annotation(w, +1), ["F8"])
    a.add("previous_annotation", "view", lambda: step_annotation(w, -1), ["Shift+F8"])
    a.add("focus_document", "view", w.view.setFocus, ["F6"])
    a.add("deselect", "view", lambda: escape(w), ["Esc"], in_document=True)
    a.separator("view")
    for i, dock in enumerate(w.docks.values(), start=1):
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(f"Ctrl+{i}"))
        w.menus["view"].addAction(toggle)

    w.menus["annotate"].addMenu(a.labels_menu)
    a.add("change_label", "annotate", e.change_label_menu, ["Ctrl+Shift+L"])
    a.separator("annotate")
    for name in ("extend_end", "shrink_end", "extend_start", "shrink_start"):
        edge, grow = name.split("_")[1], name.startswith("extend")
        a.add(name, "annotate", lambda edge=edge, grow=grow: e.resize(edge, grow))
    a.set_edge_keys(rtl=True)
    a.separator("annotate")
    a.add("attribution", "annotate", w.flow.start, attribution_keys(), in_document=True)
    a.add("link", "annotate", lambda: link(w), ["Ctrl+K"])

    for lang in i18n.LANGUAGES:
        a.add_language(lang, w.set_language)

    a.add("shortcuts", "help", lambda: show_shortcuts(w), ["F1"])
    # "?" only while reading: in a note or a correction it is just a question mark.
    a.add("shortcuts_in_text", None, lambda: show_shortcuts(w), ["?", "Shift+?"], in_document=True)
    a.add("about", "help", lambda: about(w))
    a.to_toolbar("new_project", "open_project", "|", "undo", "redo", "delete_annotation", "|")
    a.to_toolbar("attribution", "link", "|", "zoom_out", "zoom_in")
    integrations.add_toolbar_actions(w)
    w.when_started("suggestions", lambda: integrations.attach_suggestions(w))
    w.project_changed.connect(
        lambda: w.when_started("search", lambda: integrations.attach_panels(w))
    )


def _follow_undo_stack(w: MainWindow) -> None:
    """Undo and Redo say what they would undo, in the interface language."""
    stack, undo, redo = w.undo_stack, w.actions_.actions["undo"], w.actions_.actions["redo"]

    def update() -> None:
        if not shiboken6.isValid(stack):  # the window is being torn down
            return
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        base_undo, base_redo = (
            translate("WindowActions", "Undo"),
            translate("WindowActions", "Redo"),
        )
        undo.setText(f"{base_undo} {stack.undoText()}".strip())
        redo.setText(f"{base_redo} {stack.redoText()}".strip())

    stack.indexChanged.connect(lambda _i: update())
    stack.cleanChanged.connect(lambda _c: update())
    w.project_changed.connect(update)
    update()


def new_project(w: MainWindow) -> None:
    last = w.settings.last_project()
    dialog = NewProjectDialog(w, last.parent if last else None)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        project = dialog.create()
        if project is not None:
            w.set_project(project)


def open_project(w: MainWindow) -> None:
    last = w.settings.last_project()
    path = ask_project_path(w, last.parent if last else None)
    if path is not None:
        w.open_path(path)


def open_demo(w: MainWindow) -> None:
    from annotator.io.demo import build_demo

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        path = build_demo()
    except AnnotatorError as exc:
        w.report(str(exc), error=True)
        return
    finally:
        QGuiApplication.restoreOverrideCursor()
    w.open_path(path)


def escape(w: MainWindow) -> None:
    """Esc: cancels an attribution in progress, else lets go of the selection."""
    if not w.flow.escape():
        w.clear_text_selection()
        w.select_span(None)


def step_document(w: MainWindow, step: int) -> None:
    if w.project is None:
        return
    table = w.documents.table
    rows = table.model().rowCount()
    if rows:
        row = table.currentIndex().row()
        # setCurrentIndex, not selectRow, which selects nothing in a right-to-left table.
        table.setCurrentIndex(table.model().index(min(max(row + step, 0), rows - 1), 0))


def step_annotation(w: MainWindow, step: int) -> None:
    """Selects the next (or previous) annotation in reading order."""
    if w.project is None or not w.current_doc_id:
        return
    spans = sorted(w.annotations.model.spans, key=lambda s: (s.start, -s.end))
    if not spans:
        return
    ids = [s.id for s in spans]
    current = w.view.selected_span()
    if current in ids:
        i = (ids.index(current) + step) % len(ids)
    else:
        i = 0 if step > 0 else len(ids) - 1
    w.select_span(ids[i])


def link(w: MainWindow) -> None:
    from .link_dialog import LinkDialog

    if w.project is None or w.project.readonly or not w.current_doc_id:
        return
    if not w.project.schema.relations:
        w.report(translate("MainWindow", "This project's schema has no relation types."))
        return
    dialog = LinkDialog(w.project, w.current_doc_id, w.view.selected_span(), w)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        w.editing.add_relation(dialog.type_combo.currentData(), dialog.roles())


def show_shortcuts(w: MainWindow) -> None:
    from .panels.shortcuts_help import ShortcutsHelp

    schema = w.project.schema if w.project else None
    ShortcutsHelp(w.menus, schema, w.actions_.document_keys(), w).exec()


def about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        translate("MainWindow", "About annotator"),
        translate(
            "MainWindow",
            "annotator {version}\n\nAn offline workbench for fact-checkers annotating "
            "Persian, Arabic and Urdu news. Your work is saved with every action.",
        ).format(version=__version__),
    )
