"""A document read once for the rules: its words, where sentences and clauses break, its quotes.

Every rule works on word indices, so whatever it proposes starts and ends on a word boundary
(``core.words``, the same boundaries the view snaps a selection to).
"""

from __future__ import annotations

from bisect import bisect_right

from annotator.core.words import words

from .folding import fold

NONE, CLAUSE, SENTENCE, PARAGRAPH = 0, 1, 2, 3
_SENTENCE_MARKS = set(".!?؟۔\u06d4")
# Brackets are not breaks: "X (Y) گفت" keeps X the speaker.
_CLAUSE_MARKS = set('،,:;؛«»"“”–—…')
_QUOTE_MARKS = set('«»"“”')
_OPEN_QUOTES = {"«": "»", "“": "”", '"': '"'}
_NUMBER_JOINERS = set(".,٫٬")  # inside "1.2", "2,000", "١٫٥": not a break


class TokenText:
    """Words of ``text`` with the break before each word and the quotes around them."""

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = list(words(text))
        self.starts = [s for s, _ in bounds]
        self.ends = [e for _, e in bounds]
        self.raw = [text[s:e] for s, e in bounds]
        self.folded = [fold(w) for w in self.raw]
        self.breaks = [self._break_before(i) for i in range(len(bounds))]
        self.sentence_of, self.sentences = self._group(SENTENCE)
        self.clause_of, self.clauses = self._group(CLAUSE)
        self.quotes = self._quotes()
        self.quote_of = [-1] * len(bounds)
        for q, (i, j) in enumerate(self.quotes):
            for k in range(i, j):
                self.quote_of[k] = q

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The text between word ``i - 1`` and word ``i`` (before the first word for ``i = 0``;
        after the last word for ``i = len``)."""
        start = self.ends[i - 1] if i > 0 else 0
        end = self.starts[i] if i < len(self.starts) else len(self.text)
        return self.text[start:end]

    def offsets(self, i: int, j: int) -> tuple[int, int]:
        """Code-point range of words ``i .. j-1``."""
        return self.starts[i], self.ends[j - 1]

    def index_at(self, pos: int) -> int:
        """Index of the first word ending after ``pos``."""
        return bisect_right(self.ends, pos)

    def is_digits(self, i: int) -> bool:
        return 0 <= i < len(self.raw) and self.raw[i].isdigit()

    # -- breaks -----------------------------------------------------------------------------

    def _break_before(self, i: int) -> int:
        gap = self.gap(i)
        if i == 0 or not gap.strip(" \t"):
            return NONE if i else PARAGRAPH
        if "\n\n" in gap or "\u2029" in gap or "\r\n\r\n" in gap:
            return PARAGRAPH
        numeric = self.is_digits(i - 1) and self.is_digits(i)
        if numeric and len(gap) == 1 and gap in _NUMBER_JOINERS:
            return NONE
        if "\n" in gap or any(ch in _SENTENCE_MARKS for ch in gap):
            return SENTENCE
        if any(ch in _CLAUSE_MARKS for ch in gap):
            return CLAUSE
        return NONE

    def _group(self, level: int) -> tuple[list[int], list[tuple[int, int]]]:
        """Which group each word is in, and each group's word range, breaking at ``level``."""
        of, groups = [], []
        start = 0
        for i, strength in enumerate(self.breaks):
            if i and strength >= level:
                groups.append((start, i))
                start = i
            of.append(len(groups))
        if self.breaks:
            groups.append((start, len(self.breaks)))
        return of, groups

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def clause(self, i: int) -> tuple[int, int]:
        return self.clauses[self.clause_of[i]]

    def only_quotes_before(self, i: int) -> bool:
        """True when the break before word ``i`` is nothing but quote marks and spaces, as
        around a quoted name: «سرگئی لاوروف» وزیر خارجه ..."""
        gap = self.gap(i)
        return (
            any(ch in _QUOTE_MARKS for ch in gap)
            and all(ch in _QUOTE_MARKS or ch.isspace() for ch in gap)
            and "\n" not in gap
        )

    def break_between(self, i: int, j: int) -> int:
        """The strongest break before any of the words ``i+1 .. j``."""
        return max(self.breaks[i + 1 : j + 1], default=NONE)

    # -- quotes -----------------------------------------------------------------------------

    def _quotes(self) -> list[tuple[int, int]]:
        """Word ranges inside «», “” and "" quotes; a quote left open ends with its paragraph."""
        found = []
        opener, closer, first = "", "", -1
        for i in range(len(self.starts) + 1):
            if opener and i < len(self.starts) and self.breaks[i] == PARAGRAPH:
                found.append((first, i))
                opener = ""
            for ch in self.gap(i):
                if opener and ch == closer:
                    if i > first:
                        found.append((first, i))
                    opener = ""
                elif not opener and ch in _OPEN_QUOTES:
                    opener, closer, first = ch, _OPEN_QUOTES[ch], i
        return found

    def quote_around(self, i: int) -> tuple[int, int] | None:
        q = self.quote_of[i] if 0 <= i < len(self.quote_of) else -1
        return self.quotes[q] if q >= 0 else None

    def quote_starting(self, i: int) -> tuple[int, int] | None:
        """The quote whose first word is ``i``."""
        q = self.quote_around(i)
        return q if q and q[0] == i else None

    def quote_ending(self, j: int) -> tuple[int, int] | None:
        """The quote whose last word is ``j - 1``."""
        q = self.quote_around(j - 1)
        return q if q and q[1] == j else None
