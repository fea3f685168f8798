"""What every benchmark reports, and how it is timed.

A benchmark module ``bench/bench_*.py`` defines ``run(quick: bool) -> list[Result]``. Each
``Result`` pairs our time with a baseline measured in the same run (bare Qt, bare sqlite3,
bare json) and a target, either a ratio (``at most 2x``) or an absolute bound (``under 16 ms``).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    figure: str  # what is measured, in words
    ours: float  # seconds (or bytes, with unit="MB")
    baseline: float | None  # same unit; None for absolute targets
    target: str  # e.g. "<= 2x", ">= 0.5x throughput", "< 16 ms", "< 400 MB"
    passed: bool
    unit: str = "s"
    baseline_name: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.ours / self.baseline


def timed(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of ``fn`` in seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def ratio_result(
    figure: str, ours: float, baseline: float, max_ratio: float, baseline_name: str
) -> Result:
    return Result(
        figure,
        ours,
        baseline,
        f"<= {max_ratio:g}x",
        ours <= max_ratio * baseline,
        baseline_name=baseline_name,
    )


def throughput_result(
    figure: str, ours: float, baseline: float, min_fraction: float, baseline_name: str
) -> Result:
    """``ours``/``baseline`` are times for the same work; passes at >= min_fraction throughput."""
    ok = baseline / ours >= min_fraction
    return Result(
        figure, ours, baseline, f">= {min_fraction:g}x throughput", ok, baseline_name=baseline_name
    )


def absolute_result(figure: str, ours: float, limit: float, unit: str = "s") -> Result:
    shown = f"< {limit * 1000:g} ms" if unit == "s" else f"< {limit:g} {unit}"
    return Result(figure, ours, None, shown, ours < limit, unit=unit)
