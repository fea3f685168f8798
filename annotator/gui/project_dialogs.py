"""Opening and creating projects: file dialogs, the read-only offer, the start page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError, ProjectError
from annotator.core.schema import load_preset, preset_names
from annotator.store.project import Project

from . import i18n

SUFFIX = ".annotator"
translate = QCoreApplication.translate


def open_project(parent: QWidget | None, path: Path) -> Project | None:
    """Opens ``path`` for writing; when that is refused (another window holds it, the file
    is read-only) but reading works, offers to open it read-only."""
    try:
        return Project.open(path)
    except ProjectError as exc:
        refusal = str(exc)
    try:
        readonly = Project.open(path, readonly=True)
    except AnnotatorError as exc:
        QMessageBox.critical(parent, translate("ProjectDialogs", "Cannot open project"), str(exc))
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ProjectDialogs", "Project in use"))
    box.setText(translate("ProjectDialogs", "This project cannot be opened for annotating."))
    box.setInformativeText(
        refusal
        + "\n\n"
        + translate("ProjectDialogs", "You can open it read-only: read, search and export.")
    )
    read_button = box.addButton(
        translate("ProjectDialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is read_button:
        return readonly
    readonly.close()
    return None


def ask_project_path(parent: QWidget, start: Path | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ProjectDialogs", "Open project"),
        str(start or Path.home()),
        translate("ProjectDialogs", "Annotator projects (*.annotator);;All files (*)"),
    )
    return Path(path) if path else None


class NewProjectDialog(QDialog):
    """A file to create and the label scheme to start it with."""

    def __init__(self, parent=None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumWidth(520)
        self.folder = folder or Path.home()
        self.path_edit = QLineEdit(str(self.folder / f"project{SUFFIX}"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.schema = QComboBox()
        self.about = QLabel()
        self.about.setWordWrap(True)
        for name in preset_names():
            self.schema.addItem(name, name)
        self.schema.currentIndexChanged.connect(self._describe)
        self.schema.setCurrentIndex(max(0, self.schema.findData("fact-check")))
        self._describe()
        form = QFormLayout()
        form.addRow(self.tr("Project file"), path_row)
        form.addRow(self.tr("Label scheme"), self.schema)
        form.addRow("", self.about)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _describe(self) -> None:
        try:
            self.about.setText(i18n.display(load_preset(self.schema.currentData()).description))
        except AnnotatorError as exc:
            self.about.setText(str(exc))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), self.path_edit.text(), f"*{SUFFIX}"
        )
        if path:
            self.path_edit.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def create(self) -> Project | None:
        """Creates the chosen project; says why not when it cannot."""
        try:
            return Project.create(self.path(), load_preset(self.schema.currentData()))
        except AnnotatorError as exc:
            QMessageBox.critical(self, self.tr("Cannot create project"), str(exc))
            return None


class StartPage(QWidget):
    """Shown with no project open: New, Open, the demo, and the recent projects."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.title.setFont(font)
        self.blurb = QLabel()
        self.blurb.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_title = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.text()))
        self.recent.itemClicked.connect(lambda item: self.recent_requested.emit(item.text()))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.recent.setMaximumHeight(self.recent.fontMetrics().lineSpacing() * 9)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.blurb)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.retranslate()

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(str(path))
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Annotator"))
        self.blurb.setText(
            self.tr(
                "Annotate claims, attributions, contested facts and persuasion in Persian, "
                "Arabic and Urdu news. Everything you mark is saved as you go."
            )
        )
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open project…"))
        self.demo_button.setText(self.tr("Open the demo"))
        self.recent_title.setText(self.tr("Recent projects"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
