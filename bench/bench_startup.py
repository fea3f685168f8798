"""Start-up: from launching ``annotator gui PROJECT`` to the first paint of its first document's
text, against bare PySide6 doing the same job, each in fresh processes (bench/paint_probe.py).

The bare side is a QMainWindow holding a read-only QTextEdit, filled with the same document's
text read with plain sqlite3 in the timed process; for the start page (no project), the same
window holding a short Persian sample. Runs alternate (bare, ours, bare, ours...) so a busy
moment on the machine hits both; the figure is the median of each.
"""

from __future__ import annotations

import compileall
import statistics

from annotator.io.demo import build_demo
from bench.common import Result, ratio_result
from bench.paint_probe import ROOT, launch

MAX_RATIO = 1.5


def _medians(runs: int, *args: str) -> tuple[float, float]:
    ours, bare = [], []
    launch("bare", *args)  # warm the file cache for both before timing
    launch("app", *args)
    for _ in range(runs):
        bare_run, ours_run = launch("bare", *args), launch("app", *args)
        if args and ours_run["shown_chars"] != bare_run["shown_chars"]:
            raise RuntimeError(f"the app and the baseline showed different texts: {args}")
        bare.append(bare_run["first_paint"])
        ours.append(ours_run["first_paint"])
    return statistics.median(ours), statistics.median(bare)


def run(quick: bool) -> list[Result]:
    runs = 3 if quick else 5
    demo = build_demo()  # built (or found) before any timing
    # As installed (pip writes the bytecode) or after a first start: a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module it edited, every run.
    compileall.compile_dir(ROOT / "annotator", quiet=1)
    ours, bare = _medians(runs, str(demo))
    start_page, bare_sample = _medians(runs)
    return [
        ratio_result(
            "start-up to first document's text painted, demo project",
            ours,
            bare,
            MAX_RATIO,
            "bare QMainWindow + QTextEdit, same text read with sqlite3",
        ),
        ratio_result(
            "start-up to first paint, no project (start page)",
            start_page,
            bare_sample,
            MAX_RATIO,
            "bare QMainWindow + QTextEdit, a Persian sample",
        ),
    ]
