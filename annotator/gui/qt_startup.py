"""A cheaper answer to the question PySide asks of every module imported after it.

PySide replaces ``__import__`` so that ``from __feature__ import snake_case`` can work per
module. After each import it asks whether the new module uses PySide, by reading the module's
whole source through ``inspect.getsource`` (linecache, the encoding cookie, every line kept
in memory) and looking for the string "PySide6" (``shibokensupport/feature.py``,
``_mod_uses_pyside``, PYSIDE-2029). The app imports some sixty modules after PySide on its way
to the first frame; those reads cost about 10 ms of a start-up of 200 ms.

:func:`install` gives the same answer for a plain ``.py`` module by reading its bytes once and
leaves every other kind of module (built-in, extension, zipped, bytecode only) to PySide's own
function. It changes nothing when PySide's internals are not as described (another version):
the app then starts as it would have anyway.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_SOURCE_SUFFIX = ".py"


def install() -> bool:
    """Swaps in the faster check; True when it is in place (now or from an earlier call)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "reads_bytes", False):
        return True
    feature._mod_uses_pyside = uses_pyside_check(original)
    return True


def uses_pyside_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        loader = getattr(module, "__loader__", None)
        # A module read from a plain file by the standard source loader; anything else (and
        # a file that cannot be read now) goes to PySide's own check.
        if (
            isinstance(path, str)
            and path.endswith(_SOURCE_SUFFIX)
            and type(loader).__name__ == "SourceFileLoader"
        ):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return original(module)

    _mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    _mod_uses_pyside.original = original  # type: ignore[attr-defined]
    return _mod_uses_pyside
