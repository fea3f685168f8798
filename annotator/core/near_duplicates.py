"""Near-duplicate articles: the same story re-published with a changed headline or a few
edited sentences.

Each text gets a bottom-k sketch: the ``K`` smallest hashes of its word 5-grams (on folded
words, so ي/ی and digit systems do not matter). Two sketches estimate the Jaccard similarity
of the two texts' 5-gram sets. Hashes are stable across runs (CRC-32 of
the bytes of the five words), since sketches are stored.
"""

from __future__ import annotations

import heapq
import re
import zlib

from .normalize import fold

K = 64
KEYS = 8
SHINGLE = 5
_WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """The K smallest hashes of the text's sampled 5-grams, ascending."""
    words = _WORD.findall(fold(text).lower())
    # Only 5-grams whose first word starts with one third of the letters: the same third in
    # every text, so two texts' samples compare as the full sets do, at a third of the cost.
    starts = [i for i in range(max(1, len(words) - SHINGLE + 1)) if ord(words[i][0]) % 3 == 0]
    if not starts and words:
        starts = [0]
    shingles = {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in starts}
    return tuple(heapq.nsmallest(K, shingles))


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two texts' 5-gram sets, from their sketches."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union = heapq.nsmallest(K, set_a | set_b)
    return sum(1 for h in union if h in set_a and h in set_b) / len(union)
