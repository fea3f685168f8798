"""Reading reported speech: each cue, the speaker it names and the words it attributes.

Works on word indices of a ``TokenText`` with one language's cue list. The shapes it knows:

* speaker, cue, content: "وزیر خارجه روسیه در این باره گفت: ..." / "X نے کہا کہ ..."
* cue, speaker, comma, content: "به گزارش خبرگزاری X، ..." / "بحسب مصادر، ..."
  (or the content before it: "...، وفقا لمكتب الرئاسة.")
* Arabic verb, speaker, إن/أن, content: "وقال وزير الخارجية في بيان إن ..."
* Arabic participle carrying on the previous speaker: "...، مؤكدا أن ..."

The speaker is read forward from the start of its clause, past openers ("همچنین") and words of
time ("هفته گذشته نیز"), up to the first preposition or particle, at most ``MAX_SPEAKER`` words.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .folding import fold
from .lexicon import Calendars, Cue, LanguageCues
from .tokens import CLAUSE, NONE, SENTENCE, TokenText

MAX_SPEAKER = 10  # words: a longer "speaker" is a misreading
MAX_NAMED_AFTER_CUE = 9  # words between "به گزارش" and its comma
MIN_QUOTE = 4  # words: shorter «...» are names and terms, not quotations
_PREPOSITIONS_BEFORE_OUTLET = {"به", "با"}  # "به خبرگزاری X گفت", "در گفت‌وگو با شبکه X"
_NESTED_SOURCE = {"از", "عن"}  # "به گزارش X از وزارت خارجه"

Range = tuple[int, int]


@dataclass
class Attribution:
    cue: Range
    cue_type: str
    kind: str
    source: Range | None = None
    source_is_outlet: bool = False
    outlet: Range | None = None  # a second, outlet name beside the source ("لقناة X")
    content: Range | None = None
    direct: bool = False
    chained: bool = False  # the next cue follows at once and shares this one's content


class SpeechReader:
    def __init__(self, tt: TokenText, lc: LanguageCues, calendars: Calendars) -> None:
        self.tt = tt
        self.lc = lc
        self.f = tt.folded
        self.n = len(tt)
        self.time_tokens = lc.time_words | set(calendars.weekdays) | set(calendars.months)
        self.comp_single = {c[0] for c in lc.complementizers if len(c) == 1}
        self.comp_pairs = {c for c in lc.complementizers if len(c) == 2}
        self.cues = self._match_cues()
        self.cue_at = {i: (i, j, cue) for i, j, cue in self.cues}

    def read(self) -> list[Attribution]:
        found: list[Attribution] = []
        floor = 0
        for i, j, cue in self.cues:
            att = self._read_one(i, j, cue, floor)
            # An Arabic verb with nothing attributed ("أرمينيا تنفي مسؤوليتها") is no report.
            unsaid = att is not None and att.kind == "verb_first" and not att.content
            if att is not None and not (unsaid and not att.chained):
                found.append(att)
            floor = j
        self._share_between(found)
        for att in found:
            if att.kind == "continuation" and att.source is None:
                # "ودعت منظمات محلية ...، معتبرة أن": the subject after the sentence's verb
                first = self.tt.sentence(att.cue[0])[0]
                att.source = self._subject(first + 1, att.cue[0])
        return found

    # -- cues ---------------------------------------------------------------------------------

    def _match_cues(self) -> list[tuple[int, int, Cue]]:
        """Longest cue at each word, left to right, never crossing punctuation."""
        out = []
        i = 0
        while i < self.n:
            best = None
            joined = ""
            for k in range(i, min(self.n, i + self.lc.max_words)):
                if k > i and self.tt.gap(k).strip():
                    break
                joined += self.f[k]
                if (cue := self.lc.cues.get(joined)) is not None:
                    best = (i, k + 1, cue)
            if best and not self._is_not_cue(i, best[1]):
                best = self._extend_cue_first(*best)
                out.append(best)
                i = best[1]
            else:
                i += 1
        return out

    def _is_not_cue(self, i: int, j: int) -> bool:
        joined = ""
        for k in range(i, min(self.n, i + 4)):
            if k > i and self.tt.gap(k).strip():
                break
            joined += self.f[k]
            for phrase, prefix in self.lc.not_cues:
                if joined == phrase or (prefix and joined.startswith(phrase) and k + 1 > j):
                    return True
        return False

    def _extend_cue_first(self, i: int, j: int, cue: Cue) -> tuple[int, int, Cue]:
        """ "بحسب ما أفادت X": the relative ما and its verb belong to the cue."""
        then = j + 1 < self.n and self.f[j] in self.lc.cue_first_then
        if cue.kind == "cue_first" and then and self.tt.breaks[j] == self.tt.breaks[j + 1] == NONE:
            return i, j + 2, cue
        return i, j, cue

    # -- one attribution ----------------------------------------------------------------------

    def _read_one(self, i: int, j: int, cue: Cue, floor: int) -> Attribution | None:
        att = Attribution((i, j), cue.type, cue.kind)
        if cue.kind == "cue_first":
            return self._cue_first(att, cue)
        if cue.kind == "verb_first":
            self._verb_first(att, floor)
        elif cue.kind == "source_first":
            if cue.speech_follows and not self._speech_follows(j):
                return None
            att.source = self._speaker_before(i, floor, cue.source_after)
            att.content, att.direct = self._content_after_verb(j, att)
            if att.content is None and att.source is not None:
                att.content, att.direct = self._quote_before(att.source[0])
        else:  # continuation: the speaker comes from the attribution before it
            start = self._complementizer(j)
            att.content, att.direct = (
                self._content_from(start) if start is not None else (None, False)
            )
        if att.source is not None:
            if att.outlet is None and att.source[1] <= i:
                att.outlet = self._outlet_in(att.source[1], i)
            att.source_is_outlet = self._is_outlet(*att.source, default=False)
        return att

    def _cue_first(self, att: Attribution, cue: Cue) -> Attribution | None:
        i, j = att.cue
        end = self._named_region_end(j)
        if end == j or end - j > MAX_NAMED_AFTER_CUE:
            return None  # "طبق برنامه ..." with no name after it is no attribution
        att.source, att.outlet = self._split_nested(j, end)
        att.source_is_outlet = self._is_outlet(*att.source, default=cue.outlet)
        if att.outlet is not None:
            att.source_is_outlet = False
        same_sentence = end < self.n and self.tt.sentence_of[end] == self.tt.sentence_of[i]
        if same_sentence and self.tt.breaks[end] == CLAUSE and end not in self.cue_at:
            start = self._complementizer(end)
            att.content, att.direct = self._content_from(end if start is None else start)
        elif (sentence_start := self._after_dateline(self.tt.sentence(i)[0])) < i:
            att.content = (sentence_start, i)  # "..., بحسب X." attributes what came before
        return att

    def _after_dateline(self, s: int) -> int:
        """ "الرياض – وقّعت ...": a place and a dash open the story, not the content."""
        for k in range(s + 1, min(s + 3, self.n)):
            if self.tt.breaks[k] == CLAUSE and any(ch in "–—-" for ch in self.tt.gap(k)):
                return k
        return s

    def _verb_first(self, att: Attribution, floor: int) -> None:
        i, j = att.cue
        end = self._named_region_end(j)
        subject = self._subject(j, end)
        if subject is None and end == j:
            subject = self._speaker_before(i, floor)
        elif self.f[j - 1] == "عن":
            # "صحيفة X قد نقلت عن مصدر قوله": the paper before the verb is the outlet
            att.outlet = self._outlet_before(i, floor)
        att.source = subject
        if subject is not None and subject[0] >= j:
            att.outlet = self._outlet_in(subject[1], end)  # "قال X لقناة Y إن"
        if end < self.n and end in self.cue_at and end > j:
            att.chained = True
            return
        start = self._complementizer(end) if end < self.n else None
        if start is None:
            start = self._complementizer_later(end, self.tt.sentence(i)[1])
        if (
            start is None
            and end < self.n
            and self.tt.breaks[end] == CLAUSE
            and ":" in self.tt.gap(end)
        ):
            start = end
        if start is not None:
            att.content, att.direct = self._content_from(start)

    def _named_region_end(self, j: int) -> int:
        """End of the words naming a speaker after a cue: up to a comma, a complementizer, a
        quotation or the next cue."""
        k = j
        while k < self.n and k - j <= MAX_SPEAKER + 2:
            if self.tt.breaks[k] >= CLAUSE and not self.tt.only_quotes_before(k):
                break
            if k > j and k in self.cue_at:
                break
            if self._complementizer(k) is not None:
                break
            if k > j and self._long_quote_at(k):
                break
            k += 1
        return k

    # -- speakers -----------------------------------------------------------------------------

    def _speaker_before(self, i: int, floor: int, after_word: str = "") -> Range | None:
        a = self._clause_start(i, floor)
        if after_word:  # "در این بیانیه آمده است": the source follows در
            marker = fold(after_word)
            for k in range(i - 1, a - 1, -1):
                if self.f[k] == marker:
                    return (k + 1, i) if 0 < i - k - 1 <= MAX_SPEAKER else None
            return None
        found = self._subject(a, i)
        # "X، روز گذشته در بیانیه‌ای خبر داد": the speaker is before the comma
        comma = found is None and a > floor and self.tt.breaks[a] == CLAUSE
        if comma and self.tt.sentence_of[a - 1] == self.tt.sentence_of[a]:
            found = self._subject(self._clause_start(a - 1, floor), a)
        return found

    def _clause_start(self, i: int, floor: int) -> int:
        k = i
        while k > floor and (self.tt.breaks[k] == NONE or self.tt.only_quotes_before(k)):
            k -= 1
        return max(k, floor)

    def _subject(self, a: int, b: int) -> Range | None:
        """The speaker at the start of words ``a .. b-1``: past openers and time, up to a stop."""
        k = self._skip_openers(a, b)
        while k < b and self._is_time(k):
            while k < b and self._is_time(k):
                k += 1
            k = self._skip_openers(k, b)
        if k >= b or self._ends_speaker(k, first=True):
            return None
        e = k + 1
        while e < b and not self._ends_speaker(e):
            e += 1
        return (k, e) if e - k <= MAX_SPEAKER else None

    def _skip_openers(self, k: int, b: int) -> int:
        moved = True
        while moved and k < b:
            moved = False
            for opener in self.lc.openers:
                if tuple(self.f[k : k + len(opener)]) == opener and k + len(opener) <= b:
                    k += len(opener)
                    moved = True
                    break
        return k

    def _is_time(self, k: int) -> bool:
        return self.f[k] in self.time_tokens or self.tt.is_digits(k)

    def _ends_speaker(self, k: int, first: bool = False) -> bool:
        broken = not first and self.tt.breaks[k] >= CLAUSE and not self.tt.only_quotes_before(k)
        return (
            broken
            or self.f[k] in self.lc.source_stops
            or self._outlet_clitic(k)
            or self._complementizer(k) is not None
        )

    def _split_nested(self, a: int, b: int) -> tuple[Range, Range | None]:
        """ "آران نیوز از وزارت امور خارجه روسیه": an outlet, then the office it quotes."""
        for k in range(a + 1, b - 1):
            nested = self.f[k] in _NESTED_SOURCE and self.f[k + 1] in self.lc.source_words
            if nested and self._is_outlet(a, k, default=True):
                return (k + 1, b), (a, k)
        return (a, b), None

    # -- outlets ------------------------------------------------------------------------------

    def _is_outlet(self, a: int, b: int, default: bool) -> bool:
        words = self.f[a:b]
        if words[0] in self.lc.source_words or "".join(words[:2]) in self.lc.source_words:
            return False
        joined = "".join(words)
        if any(
            w in self.lc.outlet_words or self._outlet_clitic(a + n) for n, w in enumerate(words)
        ):
            return True
        return any(name in joined for name in self.lc.outlets) or default

    def _outlet_clitic(self, k: int) -> bool:
        """Arabic "لقناة", "للوكالة": ل fused to an outlet word."""
        w = self.f[k]
        if w.startswith("لل") and "ال" + w[2:] in self.lc.outlet_words:
            return True
        return len(w) > 3 and w[0] == "ل" and w[1:] in self.lc.outlet_words

    def _outlet_in(self, a: int, b: int) -> Range | None:
        """An outlet named between the speaker and the cue: "به خبرگزاری X", "لقناة X"."""
        for k in range(a, b):
            after_prep = k > a and self.f[k - 1] in _PREPOSITIONS_BEFORE_OUTLET
            if (after_prep and self.f[k] in self.lc.outlet_words) or self._outlet_clitic(k):
                e = k + 1
                while e < b and self.f[e] not in self.lc.source_stops and not self.tt.breaks[e]:
                    e += 1
                return (k, e) if e - k <= MAX_SPEAKER else None
        return None

    def _outlet_before(self, i: int, floor: int) -> Range | None:
        found = self._subject(self._clause_start(i, floor), i)
        return found if found and self._is_outlet(*found, default=False) else None

    # -- content ------------------------------------------------------------------------------

    def _complementizer(self, k: int) -> int | None:
        """Where the content starts when word ``k`` opens it (إن, أن, أنها, إلى أن, که)."""
        if k >= self.n:
            return None
        w = self.f[k]
        if w in self.comp_single:
            return k + 1
        if any(w == c + p for c in self.comp_single for p in self.lc.complementizer_pronouns):
            return k
        if k + 1 < self.n:
            for first, second in self.comp_pairs:
                if w == first and self.f[k + 1] == second:
                    return k + 2
                if w == first and any(
                    self.f[k + 1] == second + p for p in self.lc.complementizer_pronouns
                ):
                    return k + 1
        return None

    def _complementizer_later(self, k: int, end: int) -> int | None:
        """ "وأكد مسؤول، نقلا عن وكالة، أن ...": the content opens after a parenthesis."""
        for t in range(k, min(end, k + 15)):
            if self.tt.breaks[t] >= CLAUSE and (start := self._complementizer(t)) is not None:
                return start
        return None

    def _content_after_verb(self, j: int, att: Attribution) -> tuple[Range | None, bool]:
        if j >= self.n or self.tt.breaks[j] >= SENTENCE:
            return None, False
        if j in self.cue_at or (self.f[j] == "و" and j + 1 in self.cue_at):
            att.chained = True  # "تکذیب کرد و نوشت: ...": the next cue carries the words
            return None, False
        start = self._complementizer(j)
        return self._content_from(j if start is None else start)

    def _content_from(self, s: int) -> tuple[Range | None, bool]:
        if s >= self.n:
            return None, False
        if self._long_quote_at(s):
            return self.tt.quote_around(s), True
        end = self.tt.sentence(s)[1]
        for t in range(s + 1, end):
            cue = self.cue_at.get(t)
            if cue and (cue[2].kind == "cue_first" or self.tt.breaks[t] >= CLAUSE):
                end = t  # a new attribution starts: "...، مشيرا إلى أن"
                break
        return ((s, end), False) if end > s else (None, False)

    def _speech_follows(self, j: int) -> bool:
        if j >= self.n or self.tt.breaks[j] >= SENTENCE:
            return False
        return (
            ":" in self.tt.gap(j) or self._complementizer(j) is not None or self._long_quote_at(j)
        )

    def _long_quote_at(self, s: int) -> bool:
        q = self.tt.quote_starting(s)
        return q is not None and q[1] - q[0] >= MIN_QUOTE

    def _quote_before(self, a: int) -> tuple[Range | None, bool]:
        """«...»، X گفت: the quotation just before the speaker is what was said."""
        start = self._clause_start(a, 0)
        q = self.tt.quote_ending(start) or (self.tt.quote_ending(start - 1) if start else None)
        if q and q[1] - q[0] >= MIN_QUOTE and self.tt.break_between(q[1] - 1, a) < SENTENCE:
            return q, True
        return None, False

    # -- across attributions ------------------------------------------------------------------

    def _share_between(self, found: list[Attribution]) -> None:
        """A cue with no speaker takes the one before it in the sentence; chained cues share
        their content; a trailing "..., بحسب X" takes the content just before it."""
        for prev, att in itertools.pairwise(found):
            same = self.tt.sentence_of[prev.cue[0]] == self.tt.sentence_of[att.cue[0]]
            if not same:
                continue
            if att.source is None and prev.source is not None and att.kind != "cue_first":
                att.source, att.source_is_outlet = prev.source, prev.source_is_outlet
            if prev.chained and prev.content is None:
                prev.content, prev.direct = att.content, att.direct
            trailing = att.kind == "cue_first" and att.content and att.content[1] == att.cue[0]
            inside = trailing and prev.content and att.content[0] <= prev.content[0]
            if inside and prev.content[1] <= att.cue[0]:
                att.content, att.direct = prev.content, prev.direct
