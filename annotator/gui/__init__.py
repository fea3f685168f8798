"""The desktop app (PySide6). Importing it first makes PySide's per-import check cheaper
(see ``qt_startup``)."""

import PySide6.QtCore  # noqa: F401  (PySide's import hook is set up with QtCore)

from .qt_startup import install as _install_import_check

_install_import_check()
