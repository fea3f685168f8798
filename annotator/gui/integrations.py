"""Features written beside the workspace (search, import, export, suggestions), attached
when their modules are present so that no menu entry ever points at nothing."""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLayout

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate


def feature(name: str) -> ModuleType | None:
    """``annotator.gui.<name>`` if it exists; a broken module still raises."""
    full = f"annotator.gui.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise


def available(name: str) -> bool:
    """Whether ``annotator.gui.<name>`` exists, without importing it: a feature's module (and
    the readers, exporters or index behind it) loads when the feature is first used."""
    return importlib.util.find_spec(f"annotator.gui.{name}") is not None


def add_project_actions(w: MainWindow) -> None:
    a = w.actions_
    if available("import_dialog"):
        a.add("import", "project", lambda: import_documents(w), ["Ctrl+I"])
    if available("export_dialog"):
        a.add("export", "project", lambda: export(w), ["Ctrl+E"])


def add_edit_actions(w: MainWindow) -> None:
    if available("search_panel"):
        w.actions_.add("find", "edit", lambda: show_search(w), ["Ctrl+F"])


def attach_suggestions(w: MainWindow) -> None:
    """The suggestion controller: its panel beside the annotation details, its keys."""
    module = feature("suggestions")
    if module is None:
        return
    w.suggestions = module.SuggestionController.attach(w)
    dock = w.suggestions.panel.parentWidget()  # its dock, whatever name it got
    if not dock.property("restored"):
        w.tabifyDockWidget(w.docks["document"], dock)
        w.docks["details"].raise_()


def add_toolbar_actions(w: MainWindow) -> None:
    w.actions_.to_toolbar("|", "find", "import", "export")


def import_documents(w: MainWindow) -> None:
    module = feature("import_dialog")
    if w.project is None or w.project.readonly or module is None:
        return
    from annotator.io import importer

    patterns = " ".join(f"*{s}" for s in sorted({*importer.READERS, *importer.ARCHIVES}))
    paths, _ = QFileDialog.getOpenFileNames(
        w,
        translate("Integrations", "Import documents"),
        "",
        translate("Integrations", "Documents ({patterns});;All files (*)").format(
            patterns=patterns
        ),
    )
    if not paths:
        return
    report = module.import_with_progress(w, w.project, paths)
    # The import wrote through its own connection: this window's project heard nothing.
    w.documents.refresh()
    search = w.docks.get("search")
    if search is not None and hasattr(search.widget(), "refresh_filters"):
        search.widget().refresh_filters()
    added = list(getattr(report, "doc_ids", []) or [])
    if added and w.current_doc_id is None:
        w.open_document(added[0])


def export(w: MainWindow) -> None:
    module = feature("export_dialog")
    if w.project is not None and module is not None:
        module.ExportDialog(w.project, w).exec()


def show_search(w: MainWindow) -> None:
    w.finish_start()  # the search panel is made after the first frame: asked for, now
    dock = w.docks.get("search")
    if dock is None:
        return
    dock.show()
    dock.raise_()
    field = getattr(dock.widget(), "query", dock.widget())  # the search field, when it has one
    field.setFocus()
    if hasattr(field, "selectAll"):
        field.selectAll()


def attach_panels(w: MainWindow) -> None:
    """Gives the panels that need a project the one now open."""
    module = feature("search_panel")
    if module is None:
        return
    dock = w.docks.get("search")
    if dock is None:
        dock = QDockWidget(translate("Integrations", "Search"), w)
        dock.setObjectName("dock_search")
        w.docks["search"] = dock
        if not w.restoreDockWidget(dock):  # its place in the saved layout, made before it
            w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            w.tabifyDockWidget(w.docks["relations"], dock)
            w.docks["annotations"].raise_()  # tabbing raises the newcomer; reading comes first
        w.menus["view"].addAction(dock.toggleViewAction())
    old = dock.widget()
    if w.project is None:
        dock.hide()
        return
    panel = module.SearchPanel(w.project, dock)
    panel.hit_activated.connect(lambda doc_id, start, end: _show_hit(w, doc_id, start, end))
    # The filters stack up tall; left to their own minimum they would take the reading area's
    # height on a first run. The panel may be squeezed; its hit list shrinks first.
    panel.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    panel.setMinimumHeight(120)
    dock.setWidget(panel)
    if old is not None:
        old.deleteLater()


def _show_hit(w: MainWindow, doc_id: str, start: int, end: int) -> None:
    w.open_document(doc_id)
    w.view.set_selection_range(start, end)
    w.view.setFocus()
