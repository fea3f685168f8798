"""The interface language: Qt translators from ``resources/translations`` and schema texts.

The ``.ts`` files are the source of truth. ``python -m annotator.gui.i18n update`` adds new
strings from the code to them; ``python -m annotator.gui.i18n`` compiles them to the ``.qm``
files Qt loads (``pyside6-lupdate`` and ``pyside6-lrelease`` come with PySide6-Essentials).
"""

from __future__ import annotations

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


def number(n: int) -> str:
    """``n`` in the interface's digits (۱۲۳ in Persian, ١٢٣ in Arabic), as Qt's tables show
    numbers."""
    return QLocale().toString(n)


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


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` (lupdate, lrelease) from this environment, or from PATH."""
    import shutil  # the translation tools below are for developers, not start-up

    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise RuntimeError(f"pyside6-{name} not found; it comes with PySide6-Essentials")
    return found


def update_sources() -> None:
    """Adds new interface strings from the GUI code to every .ts file (to translate there)."""
    import subprocess

    gui = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in gui.rglob("*.py"))
    targets = sorted(str(p) for p in TRANSLATIONS.glob("annotator_*.ts"))
    args = ["-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", *targets]
    subprocess.run([qt_tool("lupdate"), *args], check=True)


def compile_translations(out_dir: Path = TRANSLATIONS) -> list[Path]:
    import subprocess

    written = []
    for ts in sorted(TRANSLATIONS.glob("annotator_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    # python -m annotator.gui.i18n [update]: refresh the .ts sources, then compile the .qm.
    if sys.argv[1:] == ["update"]:
        update_sources()
    for path in compile_translations():
        print(f"wrote {path}")
