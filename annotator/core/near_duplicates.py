"""Near-duplicate articles: the same story re-published with a changed headline or a few
edited sentences.

Each text gets a bottom-k sketch: the ``K`` smallest hashes of its word 5-grams (on folded
words, so ي/ی and digit systems do not matter). Two sketches estimate the Jaccard similarity
of the two texts' 5-gram sets; the ``KEYS`` smallest hashes find candidates without comparing
against every stored text.
"""

from __future__ import annotations

import hashlib
import heapq
import re

from .normalize import fold

K = 64
KEYS = 8
SHINGLE = 5
_WORD = re.compile(r"\w+")
_MASK = (1 << 63) - 1  # SQLite integers are signed 64-bit


def sketch(text: str) -> list[int]:
    """The K smallest 5-gram hashes of ``text``, ascending."""
    words = _WORD.findall(fold(text).lower())
    if len(words) < SHINGLE:
        shingles = {" ".join(words)} if words else set()
    else:
        shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = (
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest()) & _MASK
        for s in shingles
    )
    return heapq.nsmallest(K, hashes)


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts' 5-gram sets, from their sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(min(K, len(set(a) | set(b))), set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
