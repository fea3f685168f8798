"""Starts the desktop app: the interface language, fonts, the window and its project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from . import fonts, i18n
from .main_window import MainWindow
from .project_dialogs import open_project
from .settings import AppSettings


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    app.setFont(interface_font())
    return app


def interface_font() -> QFont:
    """The system font for Latin letters, the bundled Noto for Persian and Arabic menus:
    the fallback Qt would pick by itself (DejaVu) joins Persian letters poorly."""
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    families = fonts.register_reading_fonts()
    font = QFont(base)
    font.setFamilies([base.family(), *families])
    return font


def run(project_path: Path | None = None, settings: AppSettings | None = None) -> int:
    app = application()
    start_window(project_path, settings or AppSettings())
    return app.exec()


def start_window(project_path: Path | None, settings: AppSettings) -> MainWindow:
    """The main window on ``project_path`` (else the last project, else the start page).

    The project opens before the window is made, so the first frame lays out the workspace
    once, with its document, and the start page is not built at all.
    """
    i18n.install(settings.language())
    path = Path(project_path) if project_path is not None else _last_project(settings)
    project = None
    if path is not None and path.exists():
        project = open_project(None, path)  # asks, when refused, whether to open read-only
    window = MainWindow(project, settings)
    if path is not None and not path.exists():
        window.open_path(path)  # says it no longer exists, and forgets it
    if settings.window_geometry() is None:
        # A first run: the text deserves the whole screen (sized too, for bare X servers).
        window.resize(window.screen().availableGeometry().size())
        window.showMaximized()
    else:
        window.show()
    return window


def _last_project(settings: AppSettings) -> Path | None:
    last = settings.last_project()
    return last if last is not None and last.exists() else None


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    sys.exit(run(path))
