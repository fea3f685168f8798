"""The current document: where it comes from, and its document-level labels (frame, genre,
review status...) from the schema, each edit announced for one undo command."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from annotator.core.model import Document
from annotator.core.schema import Attribute
from annotator.store.project import Project

from .. import i18n
from .attribute_editors import Editor, make_editor, scrolling_page, with_edit
from .document_list import language_name


class DocumentLabelsPanel(QWidget):
    attributes_edited = Signal(str, dict)  # doc id, all its document labels after the edit

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.doc: Document | None = None
        self.editors: dict[str, Editor] = {}
        self._built: str | None = None  # "form" or "empty": what the page holds now
        self.scroll = scrolling_page(self)

    def show_document(self, doc_id: str | None) -> None:
        self.doc = self.project.document(doc_id) if doc_id else None
        # The form is the schema's, the same for every document: built once, then refilled.
        if self._built != ("form" if self.doc else "empty"):
            self._build()
        self._fill()

    def refresh(self) -> None:
        self._built = None
        self.show_document(self.doc.id if self.doc else None)

    def _build(self) -> None:
        self.editors = {}
        self._built = "form" if self.doc else "empty"
        page = QWidget()
        box = QVBoxLayout(page)
        if self.doc is None:
            box.addWidget(QLabel(self.tr("No document open.")))
            box.addStretch(1)
            self.scroll.setWidget(page)
            return
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.info)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for dl in self.project.schema.document_labels:
            attr = Attribute(name=dl.name, type=dl.type, display=dl.display, values=dl.values)
            editor = make_editor(attr, self.project, None)
            editor.edited.connect(lambda name=dl.name: self._edited(name))
            editor.widget.setEnabled(not self.project.readonly)
            self.editors[dl.name] = editor
            form.addRow(i18n.display(dl.display, dl.name), editor.widget)
        box.addLayout(form)
        box.addStretch(1)
        self.scroll.setWidget(page)

    def _fill(self) -> None:
        if self.doc is None:
            return
        doc = self.doc
        lines = [f"<b>{_escape(doc.title or doc.name)}</b>"]
        facts = [language_name(doc.language), doc.outlet, doc.published]
        lines.append(" · ".join(_escape(f) for f in facts if f))
        lines.append(self.tr("{n} characters").format(n=i18n.number(len(doc.text))))
        self.info.setText("<br>".join(lines))
        for name, editor in self.editors.items():
            editor.set_value(doc.attributes.get(name))

    def _edited(self, name: str) -> None:
        if self.doc is None:
            return
        attributes = with_edit(self.doc.attributes, name, self.editors[name].value())
        if attributes != self.doc.attributes:
            self.attributes_edited.emit(self.doc.id, attributes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
