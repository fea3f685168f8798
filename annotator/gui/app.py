"""Starts the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QMainWindow, QSplitter

from annotator.store.project import Project

from .document_view import DocumentView


class MainWindow(QMainWindow):
    def __init__(self, project: Project | None) -> None:
        super().__init__()
        self.project = project
        self.setWindowTitle("annotator" + (f" — {project.path.name}" if project else ""))
        self.doc_list = QListWidget()
        self.view = DocumentView()
        splitter = QSplitter()
        splitter.addWidget(self.doc_list)
        splitter.addWidget(self.view)
        splitter.setSizes([260, 900])
        self.setCentralWidget(splitter)
        self.doc_list.currentItemChanged.connect(self._show)
        if project is not None:
            for summary in project.documents():
                item = QListWidgetItem(f"{summary.title or summary.name}  ({summary.span_count})")
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                self.doc_list.addItem(item)
            if self.doc_list.count():
                self.doc_list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None or self.project is None:
            return
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        self.view.show_text(self.project.text(doc_id))


def run(project_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    project = Project.open(project_path) if project_path else None
    window = MainWindow(project)
    window.resize(1200, 800)
    window.show()
    return app.exec()


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    sys.exit(run(path))
