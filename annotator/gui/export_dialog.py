"""The export dialog: a format, what to take (documents, labels, annotators, status), where.

The exporters themselves live in ``annotator.io``; this dialog only gathers choices into an
``ExportFilter`` and ``ExportOptions``, runs the chosen exporter and says where it wrote.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.io.formats import EXPORTERS, ExportFilter, ExportOptions
from annotator.store.project import Project

from . import i18n

translate = QCoreApplication.translate
TITLES = {
    "jsonl": "Native JSONL",
    "w3c": "W3C Web Annotation",
    "claimreview": "ClaimReview",
    "brat": "brat standoff",
    "doccano": "doccano",
    "labelstudio": "Label Studio",
    "semeval": "SemEval techniques",
    "conll": "CoNLL BIO",
    "inception": "INCEpTION (UIMA XMI)",
    "csv": "CSV",
    "xlsx": "Excel (XLSX)",
    "html": "HTML report",
}


class Checklist(QListWidget):
    """Checkable choices, all checked at first; ``chosen()`` is empty when all are checked."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, text in items:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.addItem(item)
        self.setMinimumHeight(110)
        # Long Persian titles are cut with an ellipsis (full text in the tooltip), not scrolled.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)

    def values(self, state: Qt.CheckState) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == state
        ]

    def chosen(self) -> tuple[str, ...]:
        checked = self.values(Qt.CheckState.Checked)
        return () if len(checked) == self.count() else tuple(checked)

    def nothing_chosen(self) -> bool:
        return self.count() > 0 and not self.values(Qt.CheckState.Checked)

    def set_checked(self, values: set[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            keep = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)


class ExportDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(760)
        self._path_edited = False
        self.format = QComboBox()
        for name, exporter in EXPORTERS.items():
            self.format.addItem(TITLES.get(name, name), name)
            self.format.setItemData(
                self.format.count() - 1, self._description(exporter), Qt.ItemDataRole.ToolTipRole
            )
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.documents, self.labels, self.annotators, self.statuses = self._checklists()
        self.organisation = QLineEdit(self._setting_organisation().get("name", ""))
        self.organisation_url = QLineEdit(self._setting_organisation().get("url", ""))
        self.per_document = QCheckBox(self.tr("One page per document, in a folder"))
        self.embed_font = QCheckBox(self.tr("Embed the Arabic-script font (larger file)"))
        self.embed_font.setChecked(True)
        self.output = QLineEdit()
        self.output.textEdited.connect(self._output_edited)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self._lay_out()
        self.format.currentIndexChanged.connect(self._format_changed)
        self.per_document.toggled.connect(lambda _: self._format_changed())
        for checklist in (self.documents, self.labels, self.annotators, self.statuses):
            checklist.itemChanged.connect(lambda _: self._update_button())
        self._format_changed()

    # -- building ---------------------------------------------------------------------------

    def _description(self, exporter) -> str:
        return translate("ExportFormats", exporter.description)

    def _checklists(self) -> tuple[Checklist, ...]:
        docs = self.project.documents()
        schema = self.project.schema
        used_labels = {s.label for s in self.project.spans()}
        annotators = sorted({s.annotator for s in self.project.spans()} - {""})
        statuses = sorted({d.status for d in docs})
        return (
            Checklist([(d.id, d.title or d.name) for d in docs]),
            Checklist(
                [
                    (lab.name, i18n.display(lab.display, lab.name))
                    for lab in schema.labels
                    if lab.name in used_labels
                ]
            ),
            Checklist([(a, a) for a in annotators]),
            Checklist([(s, s) for s in statuses]),
        )

    def _setting_organisation(self) -> dict:
        value = self.project.setting("organisation") or {}
        return {"name": value} if isinstance(value, str) else dict(value)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.about)
        choices = QGroupBox(self.tr("What to export"))
        grid = QGridLayout(choices)
        titles = (self.tr("Documents"), self.tr("Labels"), self.tr("Annotators"), self.tr("Status"))
        lists = (self.documents, self.labels, self.annotators, self.statuses)
        for column, (title, checklist) in enumerate(zip(titles, lists, strict=True)):
            grid.addWidget(QLabel(title), 0, column)
            grid.addWidget(checklist, 1, column)
        for column, stretch in enumerate((4, 3, 2, 1)):
            grid.setColumnStretch(column, stretch)
        self.claimreview_box = QGroupBox(self.tr("Reviewing organisation"))
        org = QFormLayout(self.claimreview_box)
        org.addRow(self.tr("Name"), self.organisation)
        org.addRow(self.tr("Web site"), self.organisation_url)
        self.html_box = QGroupBox(self.tr("Report"))
        report = QVBoxLayout(self.html_box)
        report.addWidget(self.per_document)
        report.addWidget(self.embed_font)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        where = QFormLayout()
        where.addRow(self.tr("Save to"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (form, choices, self.claimreview_box, self.html_box, where):
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        layout.addWidget(self.result)
        layout.addWidget(buttons)

    # -- reacting ---------------------------------------------------------------------------

    def current(self) -> str:
        return self.format.currentData()

    def _writes_folder(self) -> bool:
        return EXPORTERS[self.current()].folder or (
            self.current() == "html" and self.per_document.isChecked()
        )

    def _format_changed(self) -> None:
        name = self.current()
        self.about.setText(self._description(EXPORTERS[name]))
        self.claimreview_box.setVisible(name == "claimreview")
        self.html_box.setVisible(name == "html")
        if not self._path_edited:
            self.output.setText(str(self._default_path()))
        self.result.clear()
        self._update_button()

    def _default_path(self) -> Path:
        stem = self.project.path.with_suffix("")
        if self._writes_folder():
            return stem.with_name(f"{stem.name}-{self.current()}")
        suffix = EXPORTERS[self.current()].suffix
        name = self.current() if self.current() in ("claimreview", "semeval") else ""
        return stem.with_name(f"{stem.name}{'-' + name if name else ''}{suffix}")

    def _output_edited(self) -> None:
        self._path_edited = True
        self._update_button()

    def _update_button(self) -> None:
        lists = (self.documents, self.labels, self.annotators, self.statuses)
        nothing = any(c.nothing_chosen() for c in lists)
        self.export_button.setEnabled(not nothing and bool(self.output.text().strip()))
        if nothing:
            self.result.setText(self.tr("Tick at least one item in each list."))

    def _browse(self) -> None:
        start = self.output.text() or str(self.project.path.parent)
        if self._writes_folder():
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), start)
        else:
            suffix = EXPORTERS[self.current()].suffix
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), start, f"*{suffix}")
            if path and not path.endswith(suffix):
                path += suffix
        if path:
            self.output.setText(path)
            self._output_edited()

    # -- running ----------------------------------------------------------------------------

    def export_filter(self) -> ExportFilter:
        return ExportFilter(
            documents=self.documents.chosen(),
            labels=self.labels.chosen(),
            annotators=self.annotators.chosen(),
            statuses=self.statuses.chosen(),
        )

    def export_options(self) -> ExportOptions:
        name = self.organisation.text().strip()
        org = {"name": name, "url": self.organisation_url.text().strip()} if name else None
        return ExportOptions(
            organisation=org,
            per_document=self.per_document.isChecked(),
            embed_font=self.embed_font.isChecked(),
        )

    def run(self) -> bool:
        """Exports with the current choices; shows where it wrote, or why it could not."""
        out = Path(self.output.text().strip()).expanduser()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            where = EXPORTERS[self.current()].write(
                self.project, out, self.export_filter(), self.export_options()
            )
        except (AnnotatorError, OSError) as exc:
            self.result.setText(f'<span style="color:#b00020">{_escape(str(exc))}</span>')
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        folder = out if out.is_dir() else out.parent
        link = QUrl.fromLocalFile(str(folder)).toString()
        self.result.setText(
            self.tr("Wrote {where}.").format(where=_escape(where))
            + f' <a href="{link}">{self.tr("Open folder")}</a>'
        )
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
