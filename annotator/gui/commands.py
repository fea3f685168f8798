"""One undoable command per user action; each calls ``Project`` methods and nothing else.

A command is applied once before it goes on the stack (``push``), so a change the project
refuses never reaches the stack and the person sees why. Views refresh from the project's
change signals, never from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.errors import AnnotatorError, ValidationError
from annotator.core.model import Relation, Span
from annotator.core.schema import check_value
from annotator.store.project import Project

from . import i18n

translate = QCoreApplication.translate


def _label(project: Project, name: str) -> str:
    label = project.schema.label(name)
    return i18n.display(label.display, name) if label else name


def _relation(project: Project, name: str) -> str:
    rel = project.schema.relation(name)
    return i18n.display(rel.display, name) if rel else name


class _Failures(QObject):
    """Undo or redo that the project refused (e.g. the evidence is now used elsewhere)."""

    failed = Signal(str)


failures = _Failures()


class ProjectCommand(QUndoCommand):
    """Base: subclasses write ``apply`` and ``revert`` with Project calls."""

    def __init__(self, project: Project, doc_id: str, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.project = project
        self.doc_id = doc_id
        self.span_id: str | None = None  # what to select once this is done or undone
        self._applied_already = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def apply_first(self) -> None:
        """Applies now, so that the stack's own first ``redo`` has nothing left to do."""
        self.apply()
        self._applied_already = True

    def redo(self) -> None:
        if self._applied_already:
            self._applied_already = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step) -> None:
        try:
            step()
        except AnnotatorError as exc:
            self.setObsolete(True)  # the stack drops a command that can no longer run
            failures.failed.emit(str(exc))


def push(stack: QUndoStack, command: ProjectCommand) -> ProjectCommand:
    """Applies ``command`` (raising AnnotatorError if refused), then records it for undo."""
    command.apply_first()
    stack.push(command)
    return command


def command_doc(command: QUndoCommand | None) -> tuple[str | None, str | None]:
    """The document and span an undo or redo of ``command`` should show."""
    if isinstance(command, Macro) and command.steps:
        command = command.steps[0]
    if isinstance(command, ProjectCommand):
        return command.doc_id, command.span_id
    return None, None


class Macro(QUndoCommand):
    """Several commands as one undo step: redone in order, undone backwards.

    The steps are held here rather than as Qt child commands, so that Python alone owns
    them (a C++ parent deleting Python-made children crashes PySide).
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.steps: list[ProjectCommand] = []
        self._applied_already = False

    def redo(self) -> None:
        if self._applied_already:
            self._applied_already = False
            return
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()


class Batch:
    """Builds a Macro step by step, as later steps need the ids earlier ones made."""

    def __init__(self, text: str) -> None:
        self.macro = Macro(text)

    def do(self, command: ProjectCommand) -> ProjectCommand:
        command.apply()
        self.macro.steps.append(command)
        return command


@contextmanager
def batch(stack: QUndoStack, text: str) -> Iterator[Batch]:
    """``with batch(stack, "Add attribution") as b: b.do(AddSpan(...))``: one undo step."""
    b = Batch(text)
    try:
        yield b
    except BaseException:
        for command in reversed(b.macro.steps):
            command.revert()
        raise
    if b.macro.steps:
        b.macro._applied_already = True
        stack.push(b.macro)


# -- spans --------------------------------------------------------------------------------


class AddSpan(ProjectCommand):
    def __init__(self, project, doc_id, start, end, label, attributes=None, parent=None):
        super().__init__(
            project,
            doc_id,
            translate("Commands", "Add {label}").format(label=_label(project, label)),
            parent,
        )
        self.range = (start, end)
        self.label = label
        self.attributes = dict(attributes or {})
        self.span: Span | None = None

    def apply(self) -> None:
        if self.span is None:
            start, end = self.range
            self.span = self.project.new_span(
                self.doc_id, start, end, self.label, attributes=self.attributes
            )
        else:
            self.project.add_span(self.span)  # the same id, so later commands still apply
        self.span_id = self.span.id

    def revert(self) -> None:
        self.project.delete_span(self.span.id)
        self.span_id = None


class DeleteSpan(ProjectCommand):
    def __init__(self, project: Project, span: Span, parent=None) -> None:
        text = translate("Commands", "Delete {label}").format(label=_label(project, span.label))
        super().__init__(project, span.doc_id, text, parent)
        self.target = span.id
        self.removed: tuple[Span, list[Relation]] | None = None

    def apply(self) -> None:
        self.removed = self.project.delete_span(self.target)
        self.span_id = None

    def revert(self) -> None:
        span, relations = self.removed
        self.project.add_annotations([span], relations)  # the relations come back with it
        self.span_id = span.id


class _SpanUpdate(ProjectCommand):
    """Changes some fields of one span; remembers their old values for undo."""

    fields: tuple[str, ...] = ()

    def __init__(self, project: Project, span: Span, text: str, **changes: Any) -> None:
        super().__init__(project, span.doc_id, text)
        self.span_id = span.id
        self.after = changes
        self.before: dict[str, Any] = {}

    def apply(self) -> None:
        current = self.project.span(self.span_id)
        self.before = {key: getattr(current, key) for key in self.after}
        self.project.update_span(self.span_id, **self.after)

    def revert(self) -> None:
        self.project.update_span(self.span_id, **self.before)


class ChangeLabel(_SpanUpdate):
    def __init__(self, project: Project, span: Span, label: str) -> None:
        kept = _carried_over(project.schema.label(label), span.attributes)
        text = translate("Commands", "Change {old} to {new}").format(
            old=_label(project, span.label), new=_label(project, label)
        )
        super().__init__(project, span, text, label=label, attributes=kept)


def _carried_over(label, attributes: dict[str, Any]) -> dict[str, Any]:
    """The attribute values the new label also has and accepts; the rest would be refused."""
    kept = {}
    for name, value in attributes.items():
        attr = label.attribute(name) if label else None
        if attr is None:
            continue
        try:
            check_value(name, attr, value, None)
        except ValidationError:
            continue
        kept[name] = value
    return kept


class ResizeSpan(_SpanUpdate):
    def __init__(self, project: Project, span: Span, start: int, end: int) -> None:
        super().__init__(
            project,
            span,
            translate("Commands", "Resize {label}").format(label=_label(project, span.label)),
        )
        self.after = {"start": start, "end": end}


class SetAttributes(_SpanUpdate):
    def __init__(self, project: Project, span: Span, attributes: dict[str, Any]) -> None:
        text = translate("Commands", "Edit {label} attributes").format(
            label=_label(project, span.label)
        )
        super().__init__(project, span, text, attributes=dict(attributes))


class SetNote(_SpanUpdate):
    def __init__(self, project: Project, span: Span, note: str) -> None:
        super().__init__(project, span, translate("Commands", "Edit note"), note=note)


# -- relations and documents --------------------------------------------------------------


class AddRelation(ProjectCommand):
    def __init__(self, project, doc_id, type_, roles, focus=None, parent=None) -> None:
        super().__init__(
            project,
            doc_id,
            translate("Commands", "Add {type}").format(type=_relation(project, type_)),
            parent,
        )
        self.type = type_
        self.roles = {role: tuple(ids) for role, ids in roles.items()}
        self.relation: Relation | None = None
        self.span_id = focus

    def apply(self) -> None:
        if self.relation is None:
            self.relation = self.project.new_relation(self.type, self.roles)
        else:
            self.project.add_relation(self.relation)

    def revert(self) -> None:
        self.project.delete_relation(self.relation.id)


class DeleteRelation(ProjectCommand):
    def __init__(self, project: Project, doc_id: str, relation: Relation) -> None:
        super().__init__(
            project,
            doc_id,
            translate("Commands", "Delete {type}").format(type=_relation(project, relation.type)),
        )
        self.target = relation.id
        self.relation: Relation | None = None

    def apply(self) -> None:
        self.relation = self.project.delete_relation(self.target)

    def revert(self) -> None:
        self.project.add_relation(self.relation)


class SetDocumentAttributes(ProjectCommand):
    def __init__(self, project: Project, doc_id: str, attributes: dict[str, Any]) -> None:
        super().__init__(project, doc_id, translate("Commands", "Edit document labels"))
        self.after = dict(attributes)
        self.before: dict[str, Any] = {}

    def apply(self) -> None:
        self.before = self.project.document(self.doc_id).attributes
        self.project.set_document_attributes(self.doc_id, self.after)

    def revert(self) -> None:
        self.project.set_document_attributes(self.doc_id, self.before)
