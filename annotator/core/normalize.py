"""Folding Persian, Arabic and Urdu text for search, and the optional hazm spelling pass.

Search never changes the stored text. ``fold`` maps each character to a canonical one (or to
nothing) so that spellings a reader treats as the same word compare equal: ي/ى/ی, ك/ک,
ة/ۀ/ه, the three digit systems, hamza-carrying alefs, and no diacritics, tatweel or
joiners. ``tolerant_pattern`` turns a query into a regex over the *stored* text, so its
matches are code-point offsets that can be highlighted and annotated as they are.

``persian_spelling`` (hazm) changes lengths; its output is never an offset basis on its own:
``Alignment`` maps positions between the text before and after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

# Characters a reader does not see as part of the spelling: harakat, tanwin, shadda, sukun,
# superscript alef, Quranic marks, tatweel, joiners, bidi controls, soft hyphen.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
IGNORABLE = MARKS + "\u0640\u200b-\u200f\u061c\u00ad\u202a-\u202e\u2066-\u2069\ufeff"
_IGNORABLE_RE = re.compile(f"[{IGNORABLE}]")
# What may separate two parts of one compound: a space, a no-break space, a line end.
GAP = " \u00a0\t\n"

_VARIANTS: dict[str, str] = {
    "ی": "يىیئ",  # Arabic yeh, alef maksura, Persian yeh, yeh with hamza
    "ک": "كکڪ",
    "ه": "هةۀہھۃ",  # teh marbuta, heh with yeh, Urdu heh goal and do-chashmi
    "ا": "اأإآٱٲٳ",
    "و": "وؤ",
    ",": ",،٬",
    ";": ";؛",
    "?": "?؟",
    "%": "%٪",
}
for _d in range(10):
    _VARIANTS[str(_d)] = f"{_d}{chr(0x0660 + _d)}{chr(0x06F0 + _d)}"

_FOLD: dict[int, str | None] = {
    ord(ch): canon for canon, chars in _VARIANTS.items() for ch in chars if ch != canon
}
for _lo, _hi in re.findall(r"(.)(?:-(.))?", IGNORABLE):
    for _cp in range(ord(_lo), ord(_hi or _lo) + 1):
        _FOLD[_cp] = None
_CLASS: dict[str, str] = {ch: canon for canon, chars in _VARIANTS.items() for ch in chars}
# Also gone from the index form. ``fold`` never produces them, so they can go after it.
_INDEX_GAPS = GAP + "\r\u2028\u2029"


def _folder(table: dict[int, str | None]):
    # Two regex passes beat str.translate, which looks up every character in a dict: deletions
    # in C, then a call only for the few letters that change (0.1 ms against 0.47 ms for a
    # 3.6 KB Persian article).
    dropped = "".join(re.escape(chr(cp)) for cp, to in table.items() if to is None)
    changed = {chr(cp): to for cp, to in table.items() if to is not None}
    drop = re.compile(f"[{dropped}]+")
    change = re.compile("[" + "".join(re.escape(ch) for ch in changed) + "]")

    def fold_text(text: str) -> str:
        return change.sub(lambda m: changed[m.group()], drop.sub("", text))

    return fold_text


_fold = _folder(_FOLD)


def fold(text: str) -> str:
    """The search form of ``text``: variants unified, diacritics, tatweel and joiners gone."""
    return _fold(text)


def fold_for_index(text: str) -> str:
    """``fold`` without white space either: compounds written with a space, a ZWNJ or
    nothing ("قره باغ", "قره‌باغ", "قرهباغ") all index as "قرهباغ"."""
    return index_form(fold(text))


def index_form(folded: str) -> str:
    """``fold_for_index`` of a text already folded (an importer needs both forms)."""
    # One str.replace per kind of gap present: a regex match per space cost seven times more.
    for gap in _INDEX_GAPS:
        if gap in folded:
            folded = folded.replace(gap, "")
    return folded


def is_ignorable(ch: str) -> bool:
    return _IGNORABLE_RE.match(ch) is not None


def _char_class(ch: str) -> str:
    canon = _CLASS.get(ch)
    variants = _VARIANTS[canon] if canon else ch
    if len(variants) == 1:
        return re.escape(variants)
    return "[" + "".join(re.escape(v) for v in variants) + "]"


# Possessive (*+, ?+): marks, gaps and a query's letters never overlap, so a match never
# needs to give any back, and not offering to made search's regex a third faster.
_IGN = f"[{IGNORABLE}]*+"
# Between two letters of a query: marks and joiners, and at most one space or line end,
# so "قرهباغ" also finds "قره باغ" and "قره" at a line's end followed by "باغ".
_BETWEEN = f"{_IGN}(?:[{GAP}]{_IGN})?+"


@cache
def tolerant_pattern(query: str) -> str:
    """A regex finding ``query`` in stored text whatever its spelling variants.

    Raises ValueError when the query has nothing searchable in it.
    """
    parts: list[str] = []
    for ch in query:
        # A space or ZWNJ in the query is one more place where the text may have either.
        if ch in GAP or is_ignorable(ch):
            continue
        if parts:
            parts.append(_BETWEEN)
        parts.append(_char_class(ch))
    if not parts:
        raise ValueError("the query has no letters or digits to search for")
    # Marks on the last letter belong to it: a highlight must not cut them off.
    parts.append(f"[{MARKS}]*")
    return "".join(parts)


def compile_tolerant(query: str) -> re.Pattern[str]:
    return re.compile(tolerant_pattern(query), re.IGNORECASE)


# -- hazm's Persian spelling normalization, with a way back to the original offsets ---------


@cache
def _hazm_normalizer():
    # hazm takes ~1.5 s to import and build: only ever loaded when a user asks for it.
    from hazm import Normalizer

    return Normalizer(
        correct_spacing=True,
        remove_diacritics=False,
        remove_specials_chars=False,
        decrease_repeated_chars=False,
        persian_style=False,
        persian_numbers=False,
        unicodes_replacement=False,
        seperate_mi=True,
    )


_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def persian_spelling(text: str) -> str:
    """Arabic ي/ك as Persian ی/ک and half-spaces fixed by hazm, paragraph by paragraph
    (hazm merges blank lines; we keep the paragraph structure as it was)."""
    normalizer = _hazm_normalizer()
    out = []
    for line in text.split("\n"):
        fixed = normalizer.normalize(line.translate(_PERSIAN_LETTERS)) if line.strip() else line
        out.append(fixed)
    return "\n".join(out)


_SKIPPABLE = re.compile(f"[{IGNORABLE}{GAP}\u200c]")


@dataclass(frozen=True)
class Alignment:
    """Pairs of positions ``(before, after)`` of characters that a change left in place,
    ascending in both; positions in between map to the nearest pair."""

    before: tuple[int, ...]
    after: tuple[int, ...]
    before_length: int
    after_length: int

    def to_before(self, pos: int) -> int:
        return self._map(pos, self.after, self.before, self.before_length)

    def to_after(self, pos: int) -> int:
        return self._map(pos, self.before, self.after, self.after_length)

    @staticmethod
    def _map(pos: int, src: tuple[int, ...], dst: tuple[int, ...], dst_len: int) -> int:
        k = bisect_left(src, pos)
        if k < len(src) and src[k] == pos:
            return dst[k]
        return dst[k] if k < len(dst) else dst_len

    def span_to_before(self, start: int, end: int) -> tuple[int, int]:
        """The range of the original text covering ``[start, end)`` of the changed text."""
        first = self.to_before(start)
        k = bisect_left(self.after, end) - 1
        last = self.before[k] + 1 if k >= 0 else first
        return first, max(first, last)


def align(before: str, after: str, window: int = 12) -> Alignment:
    """Aligns two spellings of one text in linear time.

    Characters that fold alike are paired; spaces, ZWNJ and marks on either side may be
    skipped; anything else that differs is passed over by looking ``window`` characters ahead
    for the next pair. (difflib gives the same answer but is quadratic.)
    """
    pb, pa = _visible(before), _visible(after)
    fb_chars = [fold(before[i]) for i in pb]
    fa_chars = [fold(after[j]) for j in pa]
    pairs_b: list[int] = []
    pairs_a: list[int] = []
    i = j = 0
    while i < len(pb) and j < len(pa):
        if fb_chars[i] == fa_chars[j]:
            pairs_b.append(pb[i])
            pairs_a.append(pa[j])
            i += 1
            j += 1
            continue
        i, j = _resync(fb_chars, fa_chars, i, j, window)
    return Alignment(tuple(pairs_b), tuple(pairs_a), len(before), len(after))


def _visible(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if not _SKIPPABLE.match(ch)]


def _resync(a: list[str], b: list[str], i: int, j: int, window: int) -> tuple[int, int]:
    """The nearest ``(i', j')`` ahead where the two sides agree again."""
    for step in range(1, window + 1):
        for di in range(step + 1):
            dj = step - di
            if i + di < len(a) and j + dj < len(b) and a[i + di] == b[j + dj]:
                return i + di, j + dj
    return i + 1, j + 1
