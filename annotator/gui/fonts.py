"""The reading font: bundled Noto Sans Arabic, a Latin fallback, and zoom steps.

The machine may have no Arabic-script font at all (only DejaVu, whose Arabic is poor), so the
font ships as a Python package and is registered with Qt once per process.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

READING_FAMILY = "Noto Sans Arabic"
FONT_PACKAGE = "fontpkg_noto_sans_arabic"
# No extra leading: Noto Sans Arabic's own line spacing is 2.1 em (room for marks above and
# below), already more than the 160% a Latin text would want.
BASE_POINT_SIZE = 13.0
ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
DEFAULT_ZOOM = 100

_registered: list[str] | None = None


def register_reading_fonts() -> list[str]:
    """Registers the bundled font files with Qt (once) and returns the families they hold.

    Needs a QGuiApplication. Returns an empty list when the font package is missing, so the
    view still opens with whatever Qt finds.
    """
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for path in _font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered = families
    return families


def _font_files() -> list[Path]:
    """The font package's files, found without importing it (it is a plain folder installed
    by pip; importlib.resources would cost a few milliseconds of start-up to say the same)."""
    spec = importlib.util.find_spec(FONT_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    found = []
    for folder in folders:
        files = Path(folder) / "files"
        if files.is_dir():
            found += sorted(p for p in files.iterdir() if p.suffix.lower() in (".ttf", ".otf"))
    return found


def reading_font(zoom_percent: int = DEFAULT_ZOOM) -> QFont:
    """Noto Sans Arabic for Arabic script, the system sans serif for Latin letters."""
    register_reading_fonts()
    latin = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    font = QFont()
    # Qt falls back family by family per character, so Latin words the Arabic font lacks
    # come from the second family while Arabic letters never leave Noto.
    font.setFamilies([READING_FAMILY, latin])
    font.setPointSizeF(BASE_POINT_SIZE * zoom_percent / 100)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def zoom_step(current: int, direction: int) -> int:
    """The next zoom level up (``direction`` > 0) or down from ``current``, clamped."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
