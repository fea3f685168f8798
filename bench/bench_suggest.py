"""Suggestions for a 5,000-word Persian article, once the word lists are loaded.

The article is the evaluation set's Persian texts (written for the project) repeated to length.
Baseline: one compiled alternation of the same cue list run over the same text with
``finditer``, the least any cue finder must do. The word lists' one-time load is timed too.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from bench.common import Result, absolute_result, ratio_result, timed

EVAL = Path(__file__).resolve().parents[1] / "tests" / "suggest" / "eval"
WORDS = 5000


def article(words: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EVAL.glob("fa-*.txt"))]
    parts, count = [], 0
    while count < words:
        for text in texts:
            parts.append(text)
            count += len(text.split())
    return "\n\n".join(parts)


def cue_pattern(language: str) -> re.Pattern[str]:
    """Every cue phrase of the lexicon as one alternation, longest first."""
    from annotator.suggest import lexicon

    phrases = sorted(lexicon.load().cues[language].cues, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in phrases))


def run(quick: bool) -> list[Result]:
    from annotator.suggest import lexicon
    from annotator.suggest.engine import suggest_document

    t0 = time.perf_counter()
    lexicon.load()
    loading = time.perf_counter() - t0
    text = article(WORDS)
    pattern = cue_pattern("fa")
    repeat = 3 if quick else 7
    ours = timed(lambda: suggest_document(text, language="fa"), repeat=repeat)
    bare = timed(lambda: sum(1 for _ in pattern.finditer(text)), repeat=repeat)
    words = len(text.split())
    return [
        absolute_result(f"suggestions, {words:,}-word article (all rules)", ours, 0.200),
        ratio_result(
            f"suggestions, {words:,}-word article vs a bare cue regex",
            ours,
            bare,
            10,
            "one regex alternation of the cue list",
        ),
        absolute_result("word lists loaded once, in the background", loading, 3.0),
    ]
