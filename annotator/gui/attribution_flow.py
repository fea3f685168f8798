"""The attribution flow: from a Content span, press A, then point at the cue and the source.

Each step is answered by selecting a span of a fitting label (click it, pick it in the list,
or mark new words with its key), by selecting words and pressing Enter (a new span), or by
Enter alone (skip). Escape cancels. The spans it has to create and the relation are one undo
step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

from annotator.core.errors import AnnotatorError
from annotator.core.schema import RelationType

from . import i18n
from .commands import AddRelation, AddSpan, batch

if TYPE_CHECKING:
    from .main_window import MainWindow

RELATION = "attribution"
CONTENT = "content"
STEPS = ("cue", "source")  # the order a reader meets them: "به گزارش" before the outlet


@dataclass(slots=True)
class Pick:
    """A role's filler: an existing span, or words to mark with ``label`` at the end."""

    span_id: str | None = None
    range: tuple[int, int] | None = None
    label: str = ""


class AttributionFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.relation: RelationType | None = None
        self.picks: dict[str, Pick] = {}
        self.remaining: list[str] = []
        self.doc_id: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.remaining)

    def start(self) -> None:
        project = self.w.project
        if project is None or project.readonly or not self.w.current_doc_id:
            return
        self.relation = project.schema.relation(RELATION)
        if self.relation is None or self.relation.role(CONTENT) is None:
            self.w.report(self.tr("This project's schema has no attribution relation."))
            return
        content = self._content_pick()
        if content is None:
            self.w.report(self.tr("Select a Content annotation (or its words) first."))
            return
        self.doc_id = self.w.current_doc_id
        self.picks = {CONTENT: content}
        self.remaining = [s for s in STEPS if self.relation.role(s) is not None]
        self.w.view.installEventFilter(self)
        self.w.span_selected.connect(self._span_selected)
        self.w.document_opened.connect(self._document_changed)
        self.w.clear_text_selection()
        self._prompt()

    def _content_pick(self) -> Pick | None:
        role = self.relation.role(CONTENT)
        span_id = self.w.view.selected_span()
        view = self.w.view
        if view.textCursor().hasSelection():
            found = view.selection_range()
            return Pick(range=found, label=role.labels[0]) if found and role.labels else None
        if span_id and self.w.project.span(span_id).label in role.labels:
            return Pick(span_id=span_id)
        return None

    def _prompt(self) -> None:
        role = self.relation.role(self.remaining[0])
        labels = ", ".join(self._label_name(name) for name in role.labels)
        self.w.set_guide(
            self.tr(
                "Attribution: now the {role} ({labels}). Click it, or select its words and "
                "press Enter. Enter alone skips, Esc cancels."
            ).format(role=i18n.display(role.display, role.name), labels=labels)
        )

    def _label_name(self, name: str) -> str:
        label = self.w.project.schema.label(name)
        return i18n.display(label.display, name) if label else name

    # -- answers --------------------------------------------------------------------------

    def _span_selected(self, span_id: str) -> None:
        if not self.active or not span_id:
            return
        label = self.w.project.span(span_id).label
        for i, role_name in enumerate(self.remaining):
            if label in self.relation.role(role_name).labels:
                self.picks[role_name] = Pick(span_id=span_id)
                # A source picked while the cue was asked for: the cue is skipped.
                del self.remaining[: i + 1]
                self._advance()
                return
        self.w.report(self.tr("«{label}» does not fit here.").format(label=self._label_name(label)))

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.active:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return True
        return False

    def escape(self) -> bool:
        """Cancels a flow in progress (the window's Escape); False when none was."""
        if not self.active:
            return False
        self.cancel()
        self.w.report(self.tr("Attribution cancelled."))
        return True

    def _enter(self) -> None:
        role = self.relation.role(self.remaining[0])
        view = self.w.view
        if view.textCursor().hasSelection() and role.labels:
            found = view.selection_range()
            if found is not None:
                self.picks[role.name] = Pick(range=found, label=role.labels[0])
                self.w.clear_text_selection()
        self.remaining.pop(0)
        self._advance()

    def _advance(self) -> None:
        if self.remaining:
            self._prompt()
        else:
            self._finish()

    def _document_changed(self, doc_id: str) -> None:
        if self.active and doc_id != self.doc_id:
            self.cancel()

    # -- the end --------------------------------------------------------------------------

    def _finish(self) -> None:
        picks, doc_id = dict(self.picks), self.doc_id
        self.cancel()
        if len(picks) < 2:
            self.w.report(self.tr("No cue or source chosen: nothing to attribute."))
            return
        project = self.w.project
        try:
            with batch(self.w.undo_stack, self.tr("Add attribution")) as b:
                roles = {}
                for role, pick in picks.items():
                    if pick.span_id is None:
                        add = AddSpan(project, doc_id, *pick.range, pick.label)
                        pick.span_id = b.do(add).span.id
                    roles[role] = (pick.span_id,)
                focus = picks[CONTENT].span_id
                b.do(AddRelation(project, doc_id, RELATION, roles, focus))
        except AnnotatorError as exc:
            self.w.report(str(exc), error=True)
            return
        self.w.select_span(picks[CONTENT].span_id)
        self.w.report(self.tr("Attribution added."))

    def cancel(self) -> None:
        if self.remaining or self.picks:
            self.w.view.removeEventFilter(self)
            self.w.span_selected.disconnect(self._span_selected)
            self.w.document_opened.disconnect(self._document_changed)
        self.remaining = []
        self.picks = {}
        self.w.set_guide(None)
