"""Near-duplicate articles: the same story re-published with a changed headline or a few
edited sentences.

Each text gets a bottom-k sketch: the ``K`` smallest hashes of its word 5-grams (on folded
words, so ي/ی and digit systems do not matter). Two sketches estimate the Jaccard similarity
of the two texts' 5-gram sets. Hashes are stable across runs (CRC-32 of
the bytes of the five words), since sketches are stored.
"""

from __future__ import annotations

import re
import zlib
from itertools import compress

from .normalize import fold

K = 64
KEYS = 8
SHINGLE = 5
_WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """The K smallest hashes of the text's sampled 5-grams, ascending."""
    return sketch_folded(fold(text))


def sketch_folded(folded: str) -> tuple[int, ...]:
    """``sketch`` of a text already folded (an importer folds each text once)."""
    words = _WORD.findall(folded.lower())
    if len(words) <= SHINGLE:
        return (zlib.crc32(" ".join(words).encode()),) if words else ()
    # Only 5-grams whose first word starts with one third of the letters: the same third in
    # every text, so two texts' samples compare as the full sets do, at a third of the cost.
    sampled = [ord(word[0]) % 3 == 0 for word in words]
    if not any(sampled[: len(words) - SHINGLE + 1]):
        sampled[0] = True
    # Chained maps keep the per-5-gram work (join, encode, CRC-32) out of the interpreter loop.
    # (zip stops at the shortest tail: at the last full 5-gram.)
    grams = compress(zip(*(words[i:] for i in range(SHINGLE)), strict=False), sampled)
    shingles = set(map(zlib.crc32, map(str.encode, map(" ".join, grams))))
    return tuple(sorted(shingles)[:K])


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two texts' 5-gram sets, from their sketches."""
    if not a or not b:
        return 0.0
    set_a = set(a)
    union = sorted(set_a.union(b))[:K]
    return len(set_a.intersection(b).intersection(union)) / len(union)
