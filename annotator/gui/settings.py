"""What the app remembers between runs: window layout, projects, interface language, zoom.

Everything goes through one ``QSettings``; tests hand in their own (an INI file in a temporary
folder) so a person's real settings are never touched.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else default_store()

    # -- window -------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray, rtl: bool = False) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        self.store.setValue("window/rtl", bool(rtl))

    def window_rtl(self) -> bool:
        """Whether the saved layout has its side panels mirrored for right-to-left."""
        return str(self.store.value("window/rtl", "false")).lower() == "true"

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- projects -----------------------------------------------------------------------

    def last_project(self) -> Path | None:
        value = self.store.value("projects/last", "")
        return Path(value) if value else None

    def recent_projects(self) -> list[Path]:
        value = self.store.value("projects/recent", [])
        if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
            value = [value]
        return [Path(p) for p in value or [] if p]

    def remember_project(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [p for p in self.recent_projects() if p != path]
        recent.insert(0, path)
        self.store.setValue("projects/last", str(path))
        self.store.setValue("projects/recent", [str(p) for p in recent[:MAX_RECENT]])

    def forget_project(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [p for p in self.recent_projects() if p != path]
        self.store.setValue("projects/recent", [str(p) for p in recent])
        if self.last_project() == path:
            self.store.setValue("projects/last", "")

    # -- interface ------------------------------------------------------------------------

    def language(self) -> str:
        """The interface language: ``ANNOTATOR_LANG`` wins over the remembered choice."""
        return os.environ.get("ANNOTATOR_LANG") or str(self.store.value("ui/language", "en"))

    def set_language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    def zoom(self) -> int:
        try:
            return int(self.store.value("ui/zoom", 0))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self.store.setValue("ui/zoom", int(steps))

    def sync(self) -> None:
        self.store.sync()


def default_store() -> QSettings:
    """The user's settings; ``ANNOTATOR_SETTINGS`` points at an INI file instead (scripts)."""
    path = os.environ.get("ANNOTATOR_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator", "annotator"
    )
