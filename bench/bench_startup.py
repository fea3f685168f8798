"""Start-up: from launching ``annotator gui PROJECT`` to its first painted main window, against
a bare PySide6 window holding a QTextEdit, each in fresh processes (bench/paint_probe.py).

Runs alternate (bare, ours, bare, ours...) so a busy moment on the machine hits both; the
figure is the median of each.
"""

from __future__ import annotations

import statistics

from annotator.io.demo import build_demo
from bench.common import Result, ratio_result
from bench.paint_probe import launch

MAX_RATIO = 1.5


def _medians(runs: int, *args: str) -> tuple[float, float]:
    ours, bare = [], []
    launch("bare")  # warm the file cache for both before timing
    launch("app", *args)
    for _ in range(runs):
        bare.append(launch("bare")["first_paint"])
        ours.append(launch("app", *args)["first_paint"])
    return statistics.median(ours), statistics.median(bare)


def run(quick: bool) -> list[Result]:
    runs = 3 if quick else 5
    demo = build_demo()  # built (or found) before any timing
    ours, bare = _medians(runs, str(demo))
    start_page, bare_again = _medians(runs)
    return [
        ratio_result(
            "start-up to first paint, demo project",
            ours,
            bare,
            MAX_RATIO,
            "bare PySide6 window + QTextEdit",
        ),
        ratio_result(
            "start-up to first paint, no project (start page)",
            start_page,
            bare_again,
            MAX_RATIO,
            "bare PySide6 window + QTextEdit",
        ),
    ]
