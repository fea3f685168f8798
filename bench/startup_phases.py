"""Where start-up time goes: ``python -m bench.startup_phases [PROJECT] [--runs N]``.

Runs the app's start-up (``start_window`` on PROJECT, the demo by default) in fresh processes
and prints the median of each phase, from the launch of Python to the first paint of the
document's text, with the time PySide spends building Python enums for the Qt classes first
touched in each phase (a cost a bare window mostly never pays). A diagnostic for the
start-up benchmark (``bench_startup``), not a benchmark itself: the numbers are what to
attack, the ratio is the benchmark's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.paint_probe import ROOT, clean_env

PHASES = (
    ("python", "Python and site"),
    ("pyside", "import PySide6 (a bare window pays this too)"),
    ("qapp", "QApplication"),
    ("imports", "import annotator's start-up modules"),
    ("application", "application(): fonts registered"),
    ("window", "start_window(): project opened, window built"),
    ("loop", "first turn of the event loop"),
    ("paint", "layout and paint, up to the document's text"),
)


def _child(project: str) -> None:
    import enum

    t0 = float(os.environ["PHASES_T0"])
    marks: dict[str, float] = {"python": time.time()}
    enums: dict[str, float] = {}
    phase = ["pyside"]
    create = enum.EnumType._create_

    def timed_create(cls, *args, **kwargs):  # PySide builds every Qt enum through this
        start = time.perf_counter()
        try:
            return create(cls, *args, **kwargs)
        finally:
            enums[phase[0]] = enums.get(phase[0], 0.0) + time.perf_counter() - start

    enum.EnumType._create_ = timed_create

    def mark(name: str, following: str) -> None:
        marks[name] = time.time()
        phase[0] = following

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    mark("pyside", "qapp")
    app = QApplication(sys.argv[:1])
    mark("qapp", "imports")
    import annotator.launch  # noqa: F401  (the program's entry module)
    from annotator.gui import app as gui_app
    from annotator.gui.settings import AppSettings

    mark("imports", "application")
    gui_app.application()
    mark("application", "window")
    window = gui_app.start_window(Path(project), AppSettings())
    mark("window", "loop")

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not window.view.document().isEmpty():
                mark("paint", "")
                report = {"marks": {k: v - t0 for k, v in marks.items()}, "enums": enums}
                os.write(1, (json.dumps(report) + "\n").encode())
                os._exit(0)
            return False

    watcher = FirstPaint()

    def watch() -> None:
        mark("loop", "paint")
        window.view.viewport().installEventFilter(watcher)

    QTimer.singleShot(0, watch)
    app.exec()


def run_once(project: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="phases-home-") as home:
        env = clean_env(home, PHASES_T0=repr(time.time()))
        done = subprocess.run(
            [sys.executable, "-m", "bench.startup_phases", "--child", project],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up phases run failed: {done.stderr[-800:]}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("project", nargs="?", help="a project file (default: the demo)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.project)
        return 1  # not reached: the child exits at the first paint
    import compileall

    from annotator.io.demo import build_demo

    project = args.project or str(build_demo())
    compileall.compile_dir(ROOT / "annotator", quiet=1)
    run_once(project)  # warm the file cache
    runs = [run_once(project) for _ in range(args.runs)]
    print(f"{'phase':<48} {'ms':>7} {'of it, PySide enums':>20}")
    before: str | None = None
    for name, title in PHASES:
        took = statistics.median(
            r["marks"][name] - (r["marks"][before] if before else 0.0) for r in runs
        )
        enum_ms = statistics.median(r["enums"].get(name, 0.0) for r in runs)
        print(f"{title:<48} {took * 1000:7.1f} {enum_ms * 1000:20.1f}")
        before = name
    total = statistics.median(r["marks"]["paint"] for r in runs) * 1000
    print(f"{'to the first paint of the text':<48} {total:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
