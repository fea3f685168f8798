"""Suggestions in the app: computed off the interface thread, outlined in the text, accepted
or rejected one key press at a time, each decision one undoable command.

Wiring, in the main window (or ``SuggestionController.attach(window)``)::

    self.suggestions = SuggestionController.attach(self)

which reads ``window.project``, ``.view``, ``.undo_stack``, ``.add_dock(...)``,
``.menus["annotate"]`` and follows ``window.document_opened`` and ``window.project_changed``.

The word lists (hazm's included) load in a separate process when the controller starts; the
rules run there on their own read-only connection, so opening a document never waits for them
and the interface never waits for the interpreter lock. Click a dashed outline (or press F9)
to focus a suggestion, then Enter accepts it and Backspace rejects it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.offsets import Utf16Map
from annotator.store.project import Change, Project
from annotator.suggest import decisions
from annotator.suggest.engine import Suggestion

from . import i18n
from .commands import ProjectCommand, failures, push
from .suggestion_runner import SuggestionRunner

translate = QCoreApplication.translate
_KEY_ROLE = Qt.ItemDataRole.UserRole
_QUOTED = re.compile("«([^«»]*)»")


# -- undoable decisions --------------------------------------------------------------------------


class AcceptSuggestion(ProjectCommand):
    """Creates the suggested span (and, for an attribution, its partners and the relation)."""

    def __init__(self, project: Project, suggestion: Suggestion) -> None:
        text = translate("Suggestions", "Accept suggested {label}").format(
            label=_label(project, suggestion.label)
        )
        super().__init__(project, suggestion.doc_id, text)
        self.suggestion = suggestion
        self.acceptance: decisions.Acceptance | None = None

    def apply(self) -> None:
        if self.acceptance is None:
            self.acceptance = decisions.accept(self.project, self.suggestion)
        else:
            decisions.apply(self.project, self.acceptance)  # redo: the same ids again
        keys = dict((part.key, span_id) for part, span_id in self.acceptance.parts)
        self.span_id = keys.get(self.suggestion.key)

    def revert(self) -> None:
        if self.acceptance is not None:
            decisions.withdraw(self.project, self.acceptance)


class RejectSuggestion(ProjectCommand):
    def __init__(self, project: Project, suggestion: Suggestion) -> None:
        text = translate("Suggestions", "Reject suggested {label}").format(
            label=_label(project, suggestion.label)
        )
        super().__init__(project, suggestion.doc_id, text)
        self.suggestion = suggestion

    def apply(self) -> None:
        decisions.reject(self.project, self.suggestion)

    def revert(self) -> None:
        decisions.unreject(self.project, self.suggestion)


def _label(project: Project, name: str) -> str:
    label = project.schema.label(name)
    return i18n.display(label.display, name) if label else name.replace("_", " ")


# -- the controller -------------------------------------------------------------------------------


class SuggestionController(QObject):
    """Shows the open document's suggestions and turns decisions into undoable commands."""

    suggestions_changed = Signal(str)  # doc_id, once its suggestions are shown
    failed = Signal(str)  # the rules could not run (the message says why)
    ready = Signal()  # the word lists are loaded

    def __init__(self, project: Project | None, view, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.view = view
        self.undo_stack = undo_stack
        self.doc_id: str | None = None
        self.items: list[Suggestion] = []
        self.focused: str | None = None
        self.is_ready = False
        self.shown = True  # outlines on the text; long articles may want them out of the way
        self._generation = 0
        self._unsubscribe = project.subscribe(self._on_change) if project else None
        self._runner = SuggestionRunner(self)
        self._runner.loaded.connect(self._on_loaded)
        self._runner.found.connect(self._on_found)
        self._runner.failed.connect(self._on_failed)
        if (app := QCoreApplication.instance()) is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._runner.load()
        self.panel = SuggestionPanel(self)
        self.actions = self._make_actions()
        view.suggestion_clicked.connect(self.focus)
        if hasattr(view, "span_clicked"):
            view.span_clicked.connect(lambda _id: self.focus(None))
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    @classmethod
    def attach(cls, window) -> SuggestionController:
        """Builds the controller for a main window: its dock, its Annotate menu entries and
        its hooks on the window's signals."""
        controller = cls(window.project, window.view, window.undo_stack, window)
        window.installEventFilter(controller)  # its Close stops the background thread
        window.add_dock(controller.panel, translate("Suggestions", "Suggestions"))
        menu = getattr(window, "menus", {}).get("annotate")
        if menu is not None:
            menu.addSeparator()
            menu.addActions(list(controller.actions.values()))
        else:
            window.addActions(list(controller.actions.values()))
        window.document_opened.connect(controller.open_document)
        if hasattr(window, "project_changed"):
            window.project_changed.connect(lambda: controller.set_project(window.project))
        if window.current_doc_id:
            controller.open_document(window.current_doc_id)
        return controller

    def shutdown(self) -> None:
        """Stops the background thread (after the run in progress); needed before the window
        that owns it goes, since Qt aborts on a thread destroyed while running."""
        self._generation += 1  # whatever is still coming is stale
        self._runner.shutdown()

    # -- what is open ------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        if project is self.project:
            return
        if self._unsubscribe:
            self._unsubscribe()
        self.project = project
        self._unsubscribe = project.subscribe(self._on_change) if project else None
        self.doc_id = None
        self._show([])

    @Slot(str)
    def open_document(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.focused = None
        self._show([])
        self.refresh()

    def refresh(self) -> None:
        """Computes the open document's suggestions again, in the background."""
        if self.project is None or self.doc_id is None:
            return
        self._generation += 1
        self.panel.set_status(translate("Suggestions", "Reading the document…"))
        self._runner.compute(self._generation, str(self.project.path), self.doc_id)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("spans", "relations", "suggestions", "schema") and (
            not change.doc_ids or self.doc_id in change.doc_ids
        ):
            self.refresh()

    @Slot()
    def _on_loaded(self) -> None:
        self.is_ready = True
        self.ready.emit()

    @Slot(int, str, list)
    def _on_found(self, generation: int, doc_id: str, items: list) -> None:
        if generation != self._generation or doc_id != self.doc_id:
            return  # an older request, or another document since
        self._show(items)
        self.suggestions_changed.emit(doc_id)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.panel.set_status(message)
            self.failed.emit(message)

    def _show(self, items: list[Suggestion]) -> None:
        self.items = items
        if self.focused not in {s.key for s in items}:
            self.focused = None
        outlines = [(s.start, s.end, s.label, s.key) for s in items] if self.shown else []
        self.view.set_suggestions(outlines)
        self.panel.show_items(items)

    def set_shown(self, shown: bool) -> None:
        """Shows or hides the dashed outlines; the list in the dock stays."""
        self.shown = shown
        self._show(self.items)

    # -- deciding ----------------------------------------------------------------------------

    def suggestion(self, key: str | None) -> Suggestion | None:
        return next((s for s in self.items if s.key == key), None)

    @Slot(str)
    def focus(self, key: str | None) -> None:
        self.focused = key if self.suggestion(key) else None
        self.panel.select(self.focused)
        found = self.suggestion(self.focused)
        if found is not None:
            self.view.set_selection_range(found.start, found.end)

    def step(self, delta: int) -> None:
        if not self.items:
            return
        keys = [s.key for s in self.items]
        at = keys.index(self.focused) if self.focused in keys else (-1 if delta > 0 else 0)
        self.focus(keys[(at + delta) % len(keys)])

    def accept(self, key: str | None = None) -> bool:
        return self._decide(key, AcceptSuggestion)

    def reject(self, key: str | None = None) -> bool:
        return self._decide(key, RejectSuggestion)

    def _decide(self, key: str | None, command_type) -> bool:
        found = self.suggestion(key or self.focused)
        if found is None or self.project is None or self.project.readonly:
            return False
        try:
            push(self.undo_stack, command_type(self.project, found))
        except AnnotatorError as exc:
            failures.failed.emit(str(exc))
            return False
        # Shown gone at once (with its partners, when accepted); the background run that
        # follows confirms it. Focus moves on to the suggestion that came next.
        gone = {found.key}
        if found.link and command_type is AcceptSuggestion:
            gone |= {part.key for part in found.link.parts}
        at = self.items.index(found)
        self._show([s for s in self.items if s.key not in gone])
        later = [s for s in self.items if s.start >= found.start] or self.items[at:]
        self.focus(later[0].key if later else None)
        return True

    def _make_actions(self) -> dict[str, QAction]:
        texts = {
            "accept": (translate("Suggestions", "Accept suggestion"), ["Ctrl+Return"]),
            "reject": (translate("Suggestions", "Reject suggestion"), ["Ctrl+Backspace"]),
            "next": (translate("Suggestions", "Next suggestion"), ["F9"]),
            "previous": (translate("Suggestions", "Previous suggestion"), ["Shift+F9"]),
        }
        slots = {
            "accept": lambda: self.accept(),
            "reject": lambda: self.reject(),
            "next": lambda: self.step(+1),
            "previous": lambda: self.step(-1),
        }
        actions = {}
        for name, (text, keys) in texts.items():
            action = QAction(text, self)
            action.setObjectName(f"suggestion_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slots[name])
            actions[name] = action
        show = QAction(translate("Suggestions", "Show suggestions in the text"), self)
        show.setObjectName("suggestion_show")
        show.setCheckable(True)
        show.setChecked(True)
        show.setShortcut(QKeySequence("Ctrl+Shift+F9"))
        show.toggled.connect(self.set_shown)
        actions["show"] = show
        return actions

    # -- keys and hover ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is not self.view and watched.isWindow():
            self.shutdown()
            return False
        if watched is self.view and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return self._key(event, kind == QEvent.Type.KeyPress)
        if kind == QEvent.Type.ToolTip and watched is self.view.viewport():
            return self._date_tooltip(event)
        return False

    def _key(self, event, press: bool) -> bool:
        """Enter and Backspace decide the focused suggestion (before any other shortcut)."""
        if self.focused is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace):
            return False
        event.accept()
        if press:
            (self.reject if key == Qt.Key.Key_Backspace else self.accept)()
        return True

    def _date_tooltip(self, event) -> bool:
        """Hovering a date shows it in the Solar Hijri, Gregorian and Hijri calendars."""
        from annotator.suggest.calendars import date_equivalents

        if self.project is None or self.doc_id is None:
            return False
        text = self.project.text(self.doc_id)
        cursor = self.view.cursorForPosition(event.pos())
        pos = Utf16Map(text).from_utf16(min(cursor.position(), Utf16Map(text).length_utf16))
        found = date_equivalents(text, max(pos - 1, 0), min(pos + 1, len(text)))
        if not found:
            return False
        QToolTip.showText(event.globalPos(), found, self.view.viewport())
        return True


# -- the dock -----------------------------------------------------------------------------------


class SuggestionPanel(QWidget):
    """The open document's suggestions with their reasons; double-click to go to one."""

    def __init__(self, controller: SuggestionController) -> None:
        super().__init__()
        self.setObjectName("suggestions")
        self.controller = controller
        self.status = QLabel(translate("Suggestions", "Loading word lists…"))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.accept_button = QPushButton(translate("Suggestions", "Accept"))
        self.reject_button = QPushButton(translate("Suggestions", "Reject"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._picked)
        self.accept_button.clicked.connect(lambda: controller.accept())
        self.reject_button.clicked.connect(lambda: controller.reject())

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_items(self, items: list[Suggestion]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        lang = i18n.current()
        project = self.controller.project
        for s in items:
            label = _label(project, s.label) if project else s.label
            reason = s.reasons.get(lang, s.reason)
            item = QListWidgetItem(isolate_quotes(f"{label}: «{_short(s.text)}»\n{reason}"))
            item.setData(_KEY_ROLE, s.key)
            item.setToolTip(isolate_quotes(reason))
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(items)
        self.set_status(
            translate("Suggestions", "%n suggestion(s) in this document", "", count)
            if self.controller.doc_id
            else translate("Suggestions", "Open a document to see suggestions")
        )
        self._enable()

    def select(self, key: str | None) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(_KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._enable()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.controller.focus(item.data(_KEY_ROLE))

    def _enable(self) -> None:
        writable = bool(self.controller.project and not self.controller.project.readonly)
        on = writable and self.controller.focused is not None
        self.accept_button.setEnabled(on)
        self.reject_button.setEnabled(on)


def isolate_quotes(text: str) -> str:
    """Each «quotation» laid out on its own (Unicode first-strong isolate), so Persian quoted
    in an English line keeps its guillemets in place and its words in order."""
    return _QUOTED.sub("«\u2068\\1\u2069»", text)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
