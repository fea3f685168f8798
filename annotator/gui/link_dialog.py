"""The generic Link dialog: choose a relation type, fill each role from spans of the labels
it allows (in other documents too, for cross-document types)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.core.schema import RelationType, Role
from annotator.store.project import Project

from . import bidi, i18n
from .span_picker import SpanPickerDialog, describe_span


class _RoleRow(QWidget):
    """The spans chosen for one role, with Add and Clear."""

    def __init__(self, dialog: LinkDialog, role: Role) -> None:
        super().__init__()
        self.dialog, self.role = dialog, role
        self.span_ids: list[str] = []
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.add = QPushButton(self.tr("Add…"))
        self.clear = QPushButton(self.tr("Clear"))
        self.add.clicked.connect(self._pick)
        self.clear.clicked.connect(lambda: self.set_spans([]))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shown, 1)
        row.addWidget(self.add)
        row.addWidget(self.clear)
        self.set_spans([])

    def _pick(self) -> None:
        chosen = SpanPickerDialog.pick(
            self.dialog.project,
            self.role.labels,
            self.dialog.doc_id,
            any_document=self.dialog.relation_type().cross_document,
            parent=self,
        )
        if chosen and chosen not in self.span_ids:
            self.set_spans([*self.span_ids, chosen])

    def set_spans(self, span_ids: list[str]) -> None:
        self.span_ids = span_ids
        full = self.role.max is not None and len(span_ids) >= self.role.max
        self.add.setEnabled(not full)
        self.clear.setEnabled(bool(span_ids))
        project = self.dialog.project
        lines = [describe_span(project, project.span(sid)) for sid in span_ids]
        bidi.set_text(self.shown, "\n".join(lines) or self.tr("(none)"))


class LinkDialog(QDialog):
    def __init__(self, project: Project, doc_id: str, selected: str | None, parent=None) -> None:
        super().__init__(parent)
        self.project, self.doc_id, self.selected = project, doc_id, selected
        self.setWindowTitle(self.tr("Link annotations"))
        self.setMinimumWidth(620)
        self.type_combo = QComboBox()
        for rel in project.schema.relations:
            self.type_combo.addItem(i18n.display(rel.display, rel.name), rel.name)
        self.type_combo.currentIndexChanged.connect(self._build_roles)
        self.form_host = QWidget()
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Relation"), self.type_combo)
        layout.addLayout(top)
        layout.addWidget(self.form_host)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._choose_type_for_selection()
        self._build_roles()

    def relation_type(self) -> RelationType:
        return self.project.schema.relation(self.type_combo.currentData())

    def _choose_type_for_selection(self) -> None:
        """Starts on the first relation type that the selected annotation can take part in."""
        if not self.selected:
            return
        label = self.project.span(self.selected).label
        for i, rel in enumerate(self.project.schema.relations):
            if rel.name != "attribution" and any(label in r.labels for r in rel.roles):
                self.type_combo.setCurrentIndex(i)
                return

    def _build_roles(self) -> None:
        old = self.form_host.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted
        form = QFormLayout(self.form_host)
        self.rows: dict[str, _RoleRow] = {}
        rel = self.relation_type()
        if rel is None:
            return
        home = self._home_role(rel)
        for role in rel.roles:
            row = _RoleRow(self, role)
            if role.name == home:
                row.set_spans([self.selected])
            name = i18n.display(role.display, role.name) + (" *" if role.min else "")
            form.addRow(name, row)
            self.rows[role.name] = row
        self.error.clear()

    def _home_role(self, rel: RelationType) -> str | None:
        """The role the selected annotation most plainly fills: one whose main label it has
        (a Claim is the claim of "supports", not its evidence), else any that takes it."""
        if not self.selected:
            return None
        label = self.project.span(self.selected).label
        main = [r.name for r in rel.roles if r.labels[:1] == (label,)]
        other = [r.name for r in rel.roles if label in r.labels]
        return (main or other or [None])[0]

    def roles(self) -> dict[str, tuple[str, ...]]:
        return {name: tuple(row.span_ids) for name, row in self.rows.items() if row.span_ids}

    def _accept(self) -> None:
        span_info = lambda sid: (lambda s: (s.label, s.doc_id))(self.project.span(sid))  # noqa: E731
        try:
            self.project.schema.check_relation(
                self.type_combo.currentData(), self.roles(), span_info
            )
        except AnnotatorError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
