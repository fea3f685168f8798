"""The interface language: Qt translators from ``resources/translations`` and schema texts.

The ``.ts`` files are the source of truth; ``python -m annotator.gui.i18n`` compiles them to
the ``.qm`` files Qt loads (with ``pyside6-lrelease``, which PySide6-Essentials ships).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Each language named in itself, as a person looking for it would recognise it.
LANGUAGES = {"en": "English", "fa": "فارسی", "ar": "العربية"}
RTL_LANGUAGES = {"fa", "ar", "ur"}

_current = "en"
_installed: list[QTranslator] = []


def current() -> str:
    return _current


def is_rtl(lang: str | None = None) -> bool:
    return (lang or _current) in RTL_LANGUAGES


def display(texts: dict[str, str], fallback: str = "") -> str:
    """A schema text (label, attribute, value) in the interface language, else English."""
    return texts.get(_current) or texts.get("en") or fallback


def install(lang: str) -> str:
    """Switches the running app to ``lang``: translators, locale and layout direction.

    Widgets hear of it through ``QEvent.LanguageChange`` and retranslate themselves.
    Returns the language actually set (English for an unknown one).
    """
    global _current
    app = QApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        for translator in (_ours(lang), _qts_own(lang)):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    return lang


def _ours(lang: str) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(str(TRANSLATIONS / f"annotator_{lang}.qm")):
        return translator
    return None


def _qts_own(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons such as Cancel) in ``lang``, when Qt ships them."""
    translator = QTranslator(QCoreApplication.instance())
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        return translator
    return None


def lrelease() -> str | None:
    """The ``lrelease`` that came with PySide6, or one on PATH."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(out_dir: Path = TRANSLATIONS) -> list[Path]:
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found; install PySide6-Essentials")
    written = []
    for ts in sorted(TRANSLATIONS.glob("annotator_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in compile_translations():
        print(f"wrote {path}")
