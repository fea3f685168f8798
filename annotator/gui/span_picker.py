"""Choosing an existing span of given labels, in this document or any other: the evidence
picker behind span attributes and the roles of the Link dialog."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from annotator.core.model import Span
from annotator.store.project import Project

from . import i18n
from .bidi import BidiDelegate
from .panels.document_list import refiltering
from .panels.palette import swatch

SPAN_ID = Qt.ItemDataRole.UserRole
DOC_ID = Qt.ItemDataRole.UserRole + 1


def describe_span(project: Project, span: Span, doc_names: dict[str, str] | None = None) -> str:
    """«quote» — Label · document: one line naming a span anywhere in the project."""
    label = project.schema.label(span.label)
    name = i18n.display(label.display, span.label) if label else span.label
    quote = " ".join(span.text.split())
    quote = quote if len(quote) <= 70 else quote[:70] + "…"
    doc = (doc_names or {}).get(span.doc_id) or project.document(span.doc_id).name
    return f"«{quote}» — {name} · {doc}"


def candidate_spans(project: Project, labels: tuple[str, ...]) -> list[Span]:
    if not labels:
        return project.spans()
    return sorted(
        (s for label in labels for s in project.spans(label=label)),
        key=lambda s: (s.doc_id, s.start),
    )


class SpanPickerDialog(QDialog):
    def __init__(
        self,
        project: Project,
        labels: tuple[str, ...],
        current_doc: str | None = None,
        any_document: bool = True,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an annotation"))
        self.resize(620, 420)
        self.current_doc = current_doc
        names = {d.id: d.title or d.name for d in project.documents()}
        self.model = QStandardItemModel(self)
        for span in candidate_spans(project, labels):
            item = QStandardItem(describe_span(project, span, names))
            label = project.schema.label(span.label)
            if label:
                item.setIcon(swatch(label.color))
            item.setData(span.id, SPAN_ID)
            item.setData(span.doc_id, DOC_ID)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = _DocumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build(labels, any_document)

    def _build(self, labels: tuple[str, ...], any_document: bool) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by text, label or document"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.this_doc = QCheckBox(self.tr("Only this document"))
        self.this_doc.setChecked(not any_document)
        self.this_doc.setEnabled(any_document and self.current_doc is not None)
        self.this_doc.toggled.connect(self._only_this)
        self._only_this(self.this_doc.isChecked())
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(BidiDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if labels:
            hint = QLabel(
                self.tr("Annotations labelled: {labels}").format(labels=", ".join(labels))
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.this_doc)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _only_this(self, checked: bool) -> None:
        self.proxy.set_document(self.current_doc if checked else None)

    def chosen(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(SPAN_ID) if index.isValid() else None

    @classmethod
    def pick(cls, project, labels, current_doc=None, any_document=True, parent=None):
        dialog = cls(project, tuple(labels), current_doc, any_document, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _DocumentFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc_id: str | None = None

    def set_document(self, doc_id: str | None) -> None:
        with refiltering(self):
            self.doc_id = doc_id

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if self.doc_id is not None:
            index = self.sourceModel().index(row, 0, parent)
            if index.data(DOC_ID) != self.doc_id:
                return False
        return super().filterAcceptsRow(row, parent)
