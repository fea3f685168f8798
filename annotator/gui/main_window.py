"""The workspace: documents on one side, the text in the middle, labels and details on the
other, the document's annotations and relations below. Mirrors itself in an RTL interface.

Views refresh from the project's signals (``bridge``); every change goes through one undo
command (``annotating``). Others attach panels with ``add_dock`` and menu entries through
``menus``.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from annotator.core.errors import AnnotatorError
from annotator.store.project import Project

from . import i18n
from .actions import WindowActions
from .annotating import Annotating, paragraph_is_rtl
from .attribution_flow import AttributionFlow
from .bridge import ProjectSignals
from .commands import command_doc, failures
from .document_view import DocumentView
from .mirroring import swap_sides
from .project_dialogs import StartPage
from .settings import AppSettings
from .status import StatusBar
from .window_menus import build_menus

if TYPE_CHECKING:
    from .panels.annotation_list import AnnotationListPanel
    from .panels.details import DetailsPanel
    from .panels.document_labels import DocumentLabelsPanel
    from .panels.document_list import DocumentListPanel
    from .panels.palette import LabelPalette
    from .panels.relations import RelationsPanel

DOCKS = {
    "documents": Qt.DockWidgetArea.LeftDockWidgetArea,
    "labels": Qt.DockWidgetArea.RightDockWidgetArea,
    "details": Qt.DockWidgetArea.RightDockWidgetArea,
    "document": Qt.DockWidgetArea.RightDockWidgetArea,
    "annotations": Qt.DockWidgetArea.BottomDockWidgetArea,
    "relations": Qt.DockWidgetArea.BottomDockWidgetArea,
}


class MainWindow(QMainWindow):
    span_selected = Signal(str)  # "" when none
    document_opened = Signal(str)
    project_changed = Signal()

    def __init__(self, project: Project | None = None, settings: AppSettings | None = None):
        super().__init__()
        self.setObjectName("annotator_main")
        self.settings = settings or AppSettings()
        self.project: Project | None = None
        self.signals: ProjectSignals | None = None
        self.current_doc_id: str | None = None
        self._doc_name = ""
        self._shown: set[str] = set()  # span ids the view holds
        self._partners: dict[str, set[str]] = {}
        # What waits for the first painted frame (see when_started); None once it has run.
        self._later: dict[str, Callable[[], None]] | None = {}
        self._finish_posted = False
        self.relations: RelationsPanel | None = None  # made with the project's late panels
        self.doc_labels: DocumentLabelsPanel | None = None
        self.undo_stack = QUndoStack(self)
        self._undo_index = 0
        self.view = DocumentView()
        self._start_page: StartPage | None = None  # made when first shown (see start_page)
        self.center = QStackedWidget()
        self.center.addWidget(self.view)
        self.setCentralWidget(self.center)
        self.docks: dict[str, QDockWidget] = {}
        self._dock_visibility: dict[str, bool] | None = None
        self._docks_rtl = False  # which side the docks are laid out for
        self._build_docks()
        self.editing = Annotating(self)
        self.flow = AttributionFlow(self)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.actions_ = WindowActions(self)
        self.menus = self.actions_.menus
        build_menus(self)
        self._restore_zoom()
        self._connect()
        self.retranslate()
        self._restore_layout()
        self.set_project(project)

    # -- building -------------------------------------------------------------------------

    def _build_docks(self) -> None:
        for name, area in DOCKS.items():
            dock = QDockWidget(self)
            dock.setObjectName(f"dock_{name}")
            dock.setWidget(QWidget())
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.tabifyDockWidget(self.docks["details"], self.docks["document"])
        self.tabifyDockWidget(self.docks["annotations"], self.docks["relations"])
        self.docks["details"].raise_()
        self.docks["annotations"].raise_()
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _first_layout(self) -> None:
        """Dock sizes for a first run; later runs restore the person's own layout."""
        d = self.docks
        width = self.width()
        self.resizeDocks(
            [d["documents"], d["labels"]],
            [width * 24 // 100, width * 24 // 100],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([d["annotations"]], [self.height() * 28 // 100], Qt.Orientation.Vertical)
        self.resizeDocks([d["labels"]], [self.height() * 40 // 100], Qt.Orientation.Vertical)

    def _restore_zoom(self) -> None:
        """The reading size last chosen, reached through the view's own zoom steps."""
        wanted = self.settings.zoom()
        if not wanted:
            return
        for _ in range(20):
            current = self.view.zoom()
            if current == wanted:
                return
            (self.view.zoom_in if current < wanted else self.view.zoom_out)()
            if self.view.zoom() == current:  # at the end of the steps
                return

    def add_dock(self, widget: QWidget, title: str, area=Qt.DockWidgetArea.RightDockWidgetArea):
        """Adds a panel as a dock, remembered in the window layout by the panel's name (its
        class name unless it has an object name: the title changes with the language)."""
        name = widget.objectName() or type(widget).__name__
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        # Its place in the saved layout, made before it existed; else where the caller asks.
        restored = self.restoreDockWidget(dock)
        if not restored:
            self.addDockWidget(area, dock)
        dock.setProperty("restored", restored)
        self.menus["view"].addAction(dock.toggleViewAction())
        self.docks.setdefault(name, dock)
        if self._dock_visibility is not None:  # on the start page: it shows with a project
            self._dock_visibility[name] = not dock.isHidden()
            dock.hide()
        return dock

    def _connect(self) -> None:
        self.view.span_clicked.connect(self.select_span)
        self.view.span_hovered.connect(self._span_hovered)
        self.view.selection_changed.connect(self.status.show_position)
        self.view.zoom_changed.connect(self.settings.set_zoom)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        failures.failed.connect(lambda message: self.report(message, error=True))

    @property
    def start_page(self) -> StartPage:
        """The page shown with no project; made the first time it is needed, so a start on a
        project never builds it."""
        if self._start_page is None:
            page = self._start_page = StartPage()
            page.new_requested.connect(self.actions_.actions["new_project"].trigger)
            page.open_requested.connect(self.actions_.actions["open_project"].trigger)
            page.demo_requested.connect(self.actions_.actions["open_demo"].trigger)
            page.recent_requested.connect(lambda p: self.open_path(Path(p)))
            page.set_recent(self.settings.recent_projects())
            self.center.addWidget(page)
        return self._start_page

    # -- the project ----------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Shows ``project`` (or the start page for None); closes the one shown before."""
        self.flow.cancel()
        old = self.project
        if self.signals is not None:
            self.signals.detach()
            self.signals = None
        self.undo_stack.clear()
        self._undo_index = 0
        self.project, self.current_doc_id = project, None
        self._shown, self._partners = set(), {}
        self._drop_panels()
        self.relations = self.doc_labels = None
        if old is not None and old is not project:
            old.close()
        if project is not None:
            self.settings.remember_project(project.path)
            self.signals = ProjectSignals(project, self)
            self._make_panels(project)
        self.center.setCurrentWidget(self.view if project else self.start_page)
        self._show_docks(project is not None)
        self.actions_.rebuild_labels(project.schema if project else None, self.editing.apply_label)
        self.actions_.set_project_state(project is not None, bool(project and not project.readonly))
        self._refresh_recent()
        self.view.show_document("", [], {})
        self.status.show_project(project)
        if project is not None:
            self._open_first_document()
        self._update_title()
        self.project_changed.emit()

    def _show_docks(self, show: bool) -> None:
        """Hides the panels on the start page; brings back the ones that were open."""
        if not show and self._dock_visibility is None:
            self._dock_visibility = {n: not d.isHidden() for n, d in self.docks.items()}
            for dock in self.docks.values():
                dock.hide()
        elif show and self._dock_visibility is not None:
            for name, visible in self._dock_visibility.items():
                self.docks[name].setVisible(visible)
            self._dock_visibility = None

    def _drop_panels(self) -> None:
        """Deletes the panels of the project being closed, now: a late event reaching one
        would otherwise read a closed database."""
        # Panels made per project; a panel added with add_dock (suggestions) outlives them.
        for name in (*DOCKS, "search"):
            dock = self.docks.get(name)
            old = dock.widget() if dock is not None else None
            if old is None:
                continue
            dock.setWidget(QWidget())
            shiboken6.delete(old)

    def _make_panels(self, project: Project) -> None:
        # The project's panels load with the first project: the start page does not need them.
        from .panels.annotation_list import AnnotationListPanel
        from .panels.details import DetailsPanel
        from .panels.document_list import DocumentListPanel
        from .panels.palette import LabelPalette

        self.documents: DocumentListPanel = DocumentListPanel(project)
        self.palette: LabelPalette = LabelPalette(project.schema)
        self.details: DetailsPanel = DetailsPanel(project)
        self.annotations: AnnotationListPanel = AnnotationListPanel(project)
        self._place_panels(
            {
                "documents": self.documents,
                "labels": self.palette,
                "details": self.details,
                "annotations": self.annotations,
            }
        )
        self.palette.setEnabled(not project.readonly)
        self.documents.document_activated.connect(self.open_document)
        self.palette.label_chosen.connect(lambda name: self.editing.apply_label(name))
        self.details.attributes_edited.connect(self.editing.edit_attributes)
        self.details.note_edited.connect(self.editing.edit_note)
        self.details.label_change_requested.connect(self.editing.change_label)
        self.annotations.span_activated.connect(self.select_span)
        self.when_started("late_panels", lambda: self._make_late_panels(project))
        self.signals.spans_changed.connect(self._spans_changed)
        self.signals.relations_changed.connect(self._relations_changed)
        self.signals.documents_changed.connect(self._documents_changed)
        self.signals.schema_changed.connect(self._schema_changed)
        self.signals.committed.connect(self.status.show_saved)

    def _make_late_panels(self, project: Project) -> None:
        """The panels on tabs behind others at first: Document labels and Relations."""
        from .panels.document_labels import DocumentLabelsPanel
        from .panels.relations import RelationsPanel

        if project is not self.project:  # another project was opened before the first frame
            return
        self.doc_labels = DocumentLabelsPanel(project)
        self.relations = RelationsPanel(project)
        self._place_panels({"document": self.doc_labels, "relations": self.relations})
        self.doc_labels.attributes_edited.connect(self.editing.edit_document_labels)
        self.relations.relation_hovered.connect(lambda ids: self.view.set_linked(set(ids)))
        self.relations.span_activated.connect(lambda doc, span: self.open_document(doc, span))
        self.relations.delete_requested.connect(self.editing.delete_relation)
        self.doc_labels.show_document(self.current_doc_id)
        self.relations.show_document(self.current_doc_id)
        self._rebuild_partners()

    def _place_panels(self, panels: dict[str, QWidget]) -> None:
        for name, panel in panels.items():
            placeholder = self.docks[name].widget()
            self.docks[name].setWidget(panel)
            placeholder.deleteLater()

    def _open_first_document(self) -> None:
        ids = self.project.document_ids()
        last = self.settings.store.value(self._last_doc_key(), "")
        if ids:
            self.open_document(last if last in ids else ids[0])

    def _last_doc_key(self) -> str:
        path = str(self.project.path.resolve()).encode()
        return f"last_document/{zlib.crc32(path):08x}{len(path):04x}"

    def open_path(self, path: Path) -> None:
        from .project_dialogs import open_project

        if not path.exists():
            self.settings.forget_project(path)
            self._refresh_recent()
            self.report(self.tr("{path} no longer exists.").format(path=path), error=True)
            return
        if self.project is not None and self.project.path.resolve() == path.resolve():
            return  # already open here; a second connection would find our own writer lock
        project = open_project(self, path)
        if project is not None:
            self.set_project(project)

    def _refresh_recent(self) -> None:
        recent = self.settings.recent_projects()
        self.actions_.set_recent(recent, self.open_path)
        if self._start_page is not None:
            self._start_page.set_recent(recent)

    # -- documents and spans --------------------------------------------------------------

    def open_document(self, doc_id: str, select: str | None = None) -> None:
        """Shows ``doc_id`` in the view (and selects span ``select`` in it)."""
        if self.project is None:
            return
        if doc_id != self.current_doc_id:
            self.current_doc_id = doc_id
            spans = self.project.spans(doc_id)
            self._shown = {s.id for s in spans}
            self.view.show_document(
                self.project.text(doc_id), spans, self._colors(), self._display_names()
            )
            self.annotations.model.show_document(doc_id, spans)
            if self.relations is not None:
                self.relations.show_document(doc_id)
                self.doc_labels.show_document(doc_id)
            self._rebuild_partners()
            self.documents.select(doc_id)
            self.settings.store.setValue(self._last_doc_key(), doc_id)
            # Read once, for the title and status.
            self._doc_name = self.project.document_name(doc_id)
            self._update_title()
            self.status.show_document(self._doc_name, len(spans))
            self.document_opened.emit(doc_id)
        self.select_span(select)

    def select_span(self, span_id: str | None) -> None:
        """Makes ``span_id`` the selected annotation everywhere (None: no selection)."""
        if self.project is None:
            return
        span = None
        if span_id:
            try:
                span = self.project.span(span_id)
            except AnnotatorError:
                span = None
        if span is not None and span.doc_id != self.current_doc_id:
            self.open_document(span.doc_id, span.id)
            return
        self.view.select_span(span.id if span else None)
        if span is not None:
            self.view.scroll_to(span.start)
            self.actions_.set_edge_keys(
                paragraph_is_rtl(self.project.text(span.doc_id), span.start)
            )
            self.palette.set_current(span.label)
        self.details.show_span(span)
        self.annotations.select_span(span.id if span else None)
        self.span_selected.emit(span.id if span else "")

    def clear_text_selection(self) -> None:
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def _spans_changed(self, doc_id: str, span_ids: list) -> None:
        self.documents.model.update_count(doc_id)
        if doc_id != self.current_doc_id:
            return
        present, gone = [], []
        for span_id in span_ids:
            try:
                present.append(self.project.span(span_id))
            except AnnotatorError:
                gone.append(span_id)
        self.view.remove_spans([s for s in gone if s in self._shown])
        self.view.update_spans([s for s in present if s.id in self._shown])
        self.view.add_spans([s for s in present if s.id not in self._shown])
        self._shown = (self._shown - set(gone)) | {s.id for s in present}
        self.annotations.model.apply_changes(span_ids)
        selected = self.details.span
        if selected is not None and selected.id in span_ids:
            self.select_span(selected.id if selected.id not in gone else None)
        self.status.show_document(self._doc_name, len(self._shown))

    def _relations_changed(self, _doc_ids: list, _ids: list) -> None:
        if self.relations is not None:
            self.relations.refresh()
        self._rebuild_partners()

    def _documents_changed(self, doc_ids: list) -> None:
        self.documents.documents_changed(doc_ids)
        if self.doc_labels is not None and (self.current_doc_id in doc_ids or not doc_ids):
            self.doc_labels.show_document(self.current_doc_id)
        if self.current_doc_id is None and self.project.document_ids():
            self._open_first_document()

    def _schema_changed(self) -> None:
        self.palette.set_schema(self.project.schema)
        self.actions_.rebuild_labels(self.project.schema, self.editing.apply_label)
        self.actions_.set_writable(not self.project.readonly)
        self.view.set_colors(self._colors())
        self.details.refresh()
        if self.doc_labels is not None:
            self.doc_labels.refresh()

    def _rebuild_partners(self) -> None:
        self._partners = {}
        for rel in self.relations.relations if self.relations is not None else ():
            ids = set(rel.span_ids())
            for span_id in ids:
                self._partners.setdefault(span_id, set()).update(ids)

    def _span_hovered(self, span_id: str) -> None:
        self.view.set_linked(self._partners.get(span_id, set()) if span_id else set())

    def _colors(self) -> dict[str, str]:
        return {lab.name: lab.color for lab in self.project.schema.labels} if self.project else {}

    def _display_names(self) -> dict[str, str]:
        """Label, attribute and value names in the interface language, for tooltips."""
        names: dict[str, str] = {}
        for lab in self.project.schema.labels if self.project else ():
            names[lab.name] = i18n.display(lab.display, lab.name)
            for attr in lab.attributes:
                names[f"{lab.name}.{attr.name}"] = i18n.display(attr.display, attr.name)
                for v in attr.values:
                    names[f"{lab.name}.{attr.name}.{v.name}"] = i18n.display(v.display, v.name)
        return names

    # -- undo across documents --------------------------------------------------------------

    def _undo_index_changed(self, index: int) -> None:
        """After an undo or redo, shows the document (and span) it changed."""
        before, self._undo_index = self._undo_index, index
        if abs(index - before) != 1 or self.project is None:
            return
        command = self.undo_stack.command(min(index, before))
        doc_id, span_id = command_doc(command)
        if doc_id and doc_id != self.current_doc_id:
            self.open_document(doc_id, span_id)
        elif span_id and span_id in self._shown:
            self.select_span(span_id)

    # -- messages, title, language ------------------------------------------------------------

    def report(self, message: str, error: bool = False) -> None:
        self.status.show_message(message, error)

    def set_guide(self, text: str | None) -> None:
        self.status.show_guide(text)

    def _update_title(self) -> None:
        parts = ["annotator"]
        if self.project is not None:
            parts.append(self.project.path.name)
            if self.current_doc_id:
                parts.append(self._doc_name)
        title = " — ".join(parts)
        if self.project is not None and self.project.readonly:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    def set_language(self, lang: str) -> None:
        """Switches the interface language now; panels retranslate on LanguageChange."""
        lang = i18n.install(lang)
        self.settings.set_language(lang)
        for action in self.actions_.language_group.actions():
            action.setChecked(action.data() == lang)
        if self.project is not None and self.current_doc_id:
            self.actions_.rebuild_labels(self.project.schema, self.editing.apply_label)
            self.actions_.set_writable(not self.project.readonly)
            # The view's tooltips name labels in the interface language: show it afresh.
            doc_id, selected = self.current_doc_id, self.view.selected_span()
            self.current_doc_id = None
            self.open_document(doc_id, selected)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def retranslate(self) -> None:
        self.actions_.retranslate()
        titles = {
            "documents": self.tr("Documents"),
            "labels": self.tr("Labels"),
            "details": self.tr("Annotation"),
            "document": self.tr("Document"),
            "annotations": self.tr("Annotations"),
            "relations": self.tr("Relations"),
        }
        for name, title in titles.items():
            self.docks[name].setWindowTitle(title)
        self._update_title()
        self.status.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._sync_dock_sides()
        super().changeEvent(event)

    def _sync_dock_sides(self) -> None:
        """Side docks sit mirrored in a right-to-left interface (Qt leaves them in place)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if rtl != self._docks_rtl:
            swap_sides(self)
            self._docks_rtl = rtl

    # -- layout ---------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(screen.width() * 95 // 100, screen.height() * 92 // 100)
        state = self.settings.window_state()
        self._fresh_layout = state is None or not self.restoreState(state)
        # The saved layout was laid out for the direction it was saved in.
        self._docks_rtl = not self._fresh_layout and self.settings.window_rtl()
        self._sync_dock_sides()

    def when_started(self, name: str, step: Callable[[], None]) -> None:
        """Runs ``step`` once the window has painted its first frame, or now if it has.

        Start-up shows the document and the panels around it first; what is behind other
        tabs or not yet asked for (relations, suggestions, search) is made just after. A
        step still waiting is replaced by a later one of the same ``name``.
        """
        if self._later is None:
            step()
            return
        self._later.pop(name, None)
        self._later[name] = step

    def finish_start(self) -> None:
        """Runs the steps waiting for the first frame now (it calls this itself)."""
        later, self._later = self._later, None
        for step in (later or {}).values():
            step()

    @property
    def started(self) -> bool:
        """Whether what waited for the first frame has been made."""
        return self._later is None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._later is not None and not self._finish_posted:
            self._finish_posted = True
            QTimer.singleShot(0, self.finish_start)  # after the rest of this frame

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fresh_layout:
            self._fresh_layout = False
            QTimer.singleShot(0, self._first_layout)  # once the window has its final size

    def closeEvent(self, event: QCloseEvent) -> None:
        self._later = None  # closed before its first frame: what waited for it is not needed
        self.settings.save_window(self.saveGeometry(), self.saveState(), self._docks_rtl)
        self.settings.sync()
        if self.project is not None:
            self.set_project(None)
        if getattr(self, "suggestions", None) is not None:
            self.suggestions.shutdown()  # its worker process ends with the window
        super().closeEvent(event)
