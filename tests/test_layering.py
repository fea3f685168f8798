"""Everything but ``annotator.gui`` works with PySide6 absent, and the layers point one way."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"

BLOCKER = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('PySide6 is blocked in this test')
sys.meta_path.insert(0, _NoQt())
"""


def test_core_and_store_tests_pass_with_pyside6_blocked(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    env = {
        "PYTHONPATH": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "ANNOTATOR_NAME": "tester",
    }
    root = PACKAGE.parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "-W",
            "ignore::pytest.PytestConfigWarning",
            "tests/core",
            "tests/store",
            "tests/test_cli.py",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_dependencies_point_one_way():
    rules = {
        "core": (
            "PySide6",
            "sqlite3",
            "sqlite_utils",
            "annotator.store",
            "annotator.io",
            "annotator.gui",
            "annotator.cli",
            "annotator.suggest",
        ),
        "store": ("PySide6", "annotator.io", "annotator.gui", "annotator.cli"),
        "io": ("PySide6", "annotator.gui", "annotator.cli"),
        "suggest": ("PySide6", "annotator.gui", "annotator.cli"),
        "gui": ("annotator.cli",),
    }
    for package, forbidden in rules.items():
        for path in (PACKAGE / package).rglob("*.py"):
            for name in _imports(path):
                assert not name.startswith(forbidden), f"{path} imports {name}"
    assert not any(
        n.startswith("annotator.gui")
        for n in _imports(PACKAGE / "cli.py")
        if n != "annotator.gui.app"
    ), "cli imports the GUI beyond its entry"
