"""Rule "variants": one name spelt two ways across the corpus.

Name-like words (Arabic-script words of four letters or more that are not common words, and
capitalised Latin words) are counted over every document of the same language. Two spellings
one letter apart (چ/ج, a missing و or ی inside the word) are one name written two ways when
the common spelling is at least twice as frequent: each occurrence of the rarer one is proposed
as a Contested_fact whose correction is the common spelling. Differences at a word's first or
last letter are left alone, since there they are prefixes and suffixes (و-, ال-, -ی, -ة).

Spellings that differ only in ZWNJ, spaces, ي/ی, ك/ک or hamza never change which person or
place is meant: they are listed (``annotator suggest --variants``) but not proposed.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.core.language import ARABIC_SCRIPT
from annotator.core.words import words

from .engine import Context, Suggestion
from .folding import deletion_keys, fold, fold_joined, one_edit

if TYPE_CHECKING:
    from annotator.store.project import Project

    from .lexicon import Lexicon

RULE = "variants"
MIN_LETTERS = 4
_CLITICS = "وفبل"
_SUFFIX_LETTERS = set("هیانمتشوےں")
_VERB_PREFIXES = set("یتنا")


@dataclass
class VariantGroup:
    """A name and the other ways the corpus spells it."""

    name: str  # the most frequent spelling
    count: int
    spellings: list[tuple[str, int, str]] = field(default_factory=list)  # (spelling, n, how)


@dataclass
class _DocNames:
    singles: Counter[str]
    pairs: Counter[str]  # "قره باغ": two words that may be one name


class CorpusNames:
    """Counts of name-like spellings over the documents of one language."""

    def __init__(self, language: str, docs: Iterable[_DocNames]) -> None:
        self.language = language
        self.singles: Counter[str] = Counter()
        self.pairs: Counter[str] = Counter()
        for d in docs:
            self.singles.update(d.singles)
            self.pairs.update(d.pairs)
        self._index: dict[str, tuple[str, str]] | None = None
        self._lock = threading.Lock()

    @classmethod
    def of_texts(cls, texts: Iterable[str], language: str) -> CorpusNames:
        return cls(language, (_count(t) for t in texts))

    @classmethod
    def of_project(cls, project: Project, language: str) -> CorpusNames:
        rows = project.conn.execute(
            "SELECT id, content_hash FROM documents WHERE language = ? ORDER BY position",
            (language,),
        ).fetchall()
        key = (str(project.path), language, frozenset(h for _, h in rows))
        with _cache_lock:
            cached = _corpora.get(key[:2])
            if cached and cached[0] == key[2]:
                return cached[1]
        docs = [_cached_count(h, lambda doc_id=doc_id: project.text(doc_id)) for doc_id, h in rows]
        corpus = cls(language, docs)
        with _cache_lock:
            _corpora[key[:2]] = (key[2], corpus)
        return corpus

    # -- grouping ----------------------------------------------------------------------------

    def by_folded(self, common: frozenset[str] = frozenset()) -> dict[str, Counter[str]]:
        """Spellings grouped by folded form; two words written apart count as a spelling of
        the one word they make ("قره باغ"), unless both are common words ("با توجه")."""
        groups: dict[str, Counter[str]] = {}
        for raw, n in self.singles.items():
            groups.setdefault(fold(raw), Counter())[raw] += n
        for raw, n in self.pairs.items():
            key = fold_joined(raw)
            halves = raw.split()
            if (
                key in groups
                and min(map(len, halves)) > 2
                and not all(_is_common(fold(w), common) for w in halves)
            ):
                groups[key][raw] += n
        if self.language == "ar":
            # "وميرزويان" is "ميرزويان" after و: count it with the bare name.
            for key in [k for k in groups if k[:1] in _CLITICS and k[1:] in groups]:
                if len(key) > MIN_LETTERS:
                    for raw, n in groups.pop(key).items():
                        groups[key[1:]][raw[1:]] += n
        return groups

    def letter_variants(self, lexicon: Lexicon) -> dict[str, tuple[str, str]]:
        """Each rarer spelling (folded) -> (the common spelling as written, its folded form)."""
        with self._lock:
            if self._index is None:
                self._index = self._letter_variants(lexicon)
            return self._index

    def _letter_variants(self, lexicon: Lexicon) -> dict[str, tuple[str, str]]:
        groups, totals, pairs = self._letter_pairs(lexicon)
        out: dict[str, tuple[str, str]] = {}
        for usual, rare in pairs:
            if totals[usual] < 2 or totals[usual] < 2 * totals[rare]:
                continue  # no clear majority: listed, never proposed
            best = out.get(rare)
            if best is None or totals[best[1]] < totals[usual]:
                out[rare] = (groups[usual].most_common(1)[0][0], usual)
        return out

    def _letter_pairs(self, lexicon: Lexicon):
        """Folded spellings one letter apart inside the word, more frequent first."""
        common = lexicon.common.get(self.language, frozenset())
        groups = self.by_folded(common)
        totals = {
            k: sum(c.values()) for k, c in groups.items() if _name_like(k, common, self.language)
        }
        buckets: dict[str, list[str]] = {}
        for key in totals:
            for d in deletion_keys(key):
                buckets.setdefault(d, []).append(key)
        pairs = set()
        for bucket in buckets.values():
            for usual, rare in itertools.permutations(bucket, 2):
                if (totals[usual], rare) < (totals[rare], usual):
                    continue  # each pair once, the more frequent spelling first
                if _is_common(rare, common) and _is_common(usual, common):
                    continue  # two words, not one name
                edit = one_edit(usual, rare)
                if edit and _inside_word(usual, rare, *edit):
                    pairs.add((usual, rare))
        return groups, totals, sorted(pairs)

    def table(self, lexicon: Lexicon) -> list[VariantGroup]:
        """Every name spelt more than one way, most frequent first."""
        # Half-space and letter-form variants of any word but the shipped stop words: hazm's
        # list holds place names too (قره‌باغ), which are exactly what is worth listing.
        common = lexicon.stop.get(self.language, frozenset())
        groups = self.by_folded(common)
        out: dict[str, VariantGroup] = {}
        for key, spellings in groups.items():
            if len(spellings) > 1 and _name_like(key, common, self.language):
                (name, n), *rest = spellings.most_common()
                group = out.setdefault(key, VariantGroup(name, sum(spellings.values())))
                group.spellings += [(s, c, "half-space, space or letter form") for s, c in rest]
        proposed = self.letter_variants(lexicon)
        letters, _, pairs = self._letter_pairs(lexicon)
        for usual, rare in pairs:
            name = letters[usual].most_common(1)[0][0]
            group = out.setdefault(usual, VariantGroup(name, sum(letters[usual].values())))
            how = "one letter apart" if rare in proposed else "one letter apart, no majority"
            for spelling, n in letters[rare].most_common():
                group.spellings.append((spelling, n, how))
        return sorted(out.values(), key=lambda g: (-g.count, g.name))


def _name_like(folded: str, common: frozenset[str], language: str) -> bool:
    if len(folded) < MIN_LETTERS or folded in common or folded.isdigit():
        return False
    if not ARABIC_SCRIPT.match(folded):
        return folded[:1].isupper()
    # Arabic nouns with the article (ال-) are common nouns, not names.
    return language != "ar" or not folded.startswith(("ال", "وال", "بال", "فال", "لل"))


_PERSIAN_SUFFIXES = ("هایی", "های", "ها", "ترین", "تر", "ای", "ی", "ان", "ات", "اش", "شان")
_ARABIC_PREFIXES = ("و", "ف", "ب", "ل")


def _is_common(folded: str, common: frozenset[str]) -> bool:
    """A common word, or one with a plural, adjective or clitic ending or prefix on it
    ("ماههای" is "ماه" + "های")."""
    if folded in common:
        return True
    for suffix in _PERSIAN_SUFFIXES:
        if folded.endswith(suffix) and folded[: -len(suffix)] in common:
            return True
    return folded[:1] in _ARABIC_PREFIXES and folded[1:] in common


def _inside_word(usual: str, rare: str, kind: str, at: int) -> bool:
    """A difference that changes the name, not a prefix or suffix."""
    longest = max(len(usual), len(rare))
    if kind in ("ins", "del"):
        return 0 < at < longest - 1
    pair = {usual[at], rare[at]}
    if at == longest - 1:
        return not pair <= _SUFFIX_LETTERS
    if at == 0:
        return not pair <= _VERB_PREFIXES
    return True


# -- counting documents ----------------------------------------------------------------------------

_cache_lock = threading.Lock()
_doc_counts: dict[str, _DocNames] = {}
_corpora: dict[tuple[str, str], tuple[frozenset[str], CorpusNames]] = {}


def _cached_count(content_hash: str, text) -> _DocNames:
    with _cache_lock:
        found = _doc_counts.get(content_hash)
    if found is None:
        found = _count(text())
        with _cache_lock:
            _doc_counts[content_hash] = found
    return found


def _count(text: str) -> _DocNames:
    singles: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    prev_end, prev = -1, ""
    for s, e in words(text):
        raw = text[s:e]
        if len(raw) >= MIN_LETTERS - 1 and not raw.isdigit():
            singles[raw] += 1
        if prev and text[prev_end:s] == " " and len(prev) + len(raw) >= MIN_LETTERS + 1:
            pairs[f"{prev} {raw}"] += 1
        prev_end, prev = e, raw
    return _DocNames(singles, pairs)


# -- the rule -----------------------------------------------------------------------------------


def suggest(ctx: Context) -> list[Suggestion]:
    corpus = ctx.corpus or CorpusNames.of_texts([ctx.text], ctx.language)
    rare = corpus.letter_variants(ctx.lexicon)
    if not rare:
        return []
    groups = corpus.by_folded(ctx.lexicon.common.get(ctx.language, frozenset()))
    gaz = ctx.lexicon.gazetteer.index.get(ctx.language, {})
    out = []
    tt = ctx.tokens
    for k, folded in enumerate(tt.folded):
        prefix, found = "", rare.get(folded)
        if found is None and ctx.language == "ar" and folded[:1] in _CLITICS:
            prefix, found = tt.raw[k][0], rare.get(folded[1:])
        if found is None:
            continue
        usual, usual_key = found
        times = sum(groups[usual_key].values())
        start, end = tt.starts[k], tt.ends[k]
        attributes = {"correction": prefix + usual}
        if usual_key in gaz or fold_joined(usual) in gaz:
            attributes["error_type"] = "place"
        out.append(
            ctx.suggestion(
                RULE,
                start,
                end,
                "Contested_fact",
                f"spelt «{tt.raw[k]}» here, «{usual}» in {times} other places",
                attributes,
                {
                    "fa": f"اینجا «{tt.raw[k]}» نوشته شده و در {times} جای دیگر «{usual}»",
                    "ar": f"كُتب هنا «{tt.raw[k]}» وفي {times} مواضع أخرى «{usual}»",
                },
            )
        )
    return out
