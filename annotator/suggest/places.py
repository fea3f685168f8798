"""Rule "places": a country written where its pairing asks for a capital.

"میان ایران و باکو" pairs a country with a capital. Two places joined by و / اور / and / a
hyphen are normally of one kind (two countries, two capitals), so the country is proposed as a
Contested_fact (entity_swap). The correction is a capital one letter away from the country's
name when there is one (ایران -> ایروان), else the country's own capital (أرمينيا -> يريفان).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from annotator.core.language import ARABIC_SCRIPT

from .engine import Context, Suggestion
from .folding import fold_joined, one_edit
from .lexicon import Gazetteer, Place

RULE = "places"
_AND = {"و", "اور", "and"}
_JOINERS = set("-–—/")  # "ایران-باکو"
_ARABIC_CLITICS = ("و", "ب", "ل", "ف")


@dataclass(frozen=True, slots=True)
class Mention:
    i: int  # first word
    j: int  # after the last word
    place: Place
    prefix: str  # a clitic fused to the first word ("و" of "وباكو")


def suggest(ctx: Context) -> list[Suggestion]:
    gaz = ctx.lexicon.gazetteer
    mentions = find_places(ctx, gaz)
    out = []
    for a, b in itertools.pairwise(mentions):
        if not _paired(ctx, a, b):
            continue
        pair = _country_and_foreign_capital(a, b)
        if pair is not None:
            out.append(_swap(ctx, gaz, *pair))
    return out


def find_places(ctx: Context, gaz: Gazetteer) -> list[Mention]:
    """Every unambiguous place name, longest match first, as word ranges."""
    tt = ctx.tokens
    langs = (ctx.language, "en")
    out: list[Mention] = []
    i = 0
    while i < len(tt):
        best = None
        for prefix, first in _readings(ctx, tt.folded[i]):
            joined = first
            for k in range(i, min(len(tt), i + gaz.max_words)):
                if k > i:
                    if tt.gap(k).strip():
                        break
                    joined += tt.folded[k]
                names = set().union(*(gaz.index.get(lang, {}).get(joined, set()) for lang in langs))
                if len(names) == 1:
                    best = Mention(i, k + 1, gaz.places[names.pop()], prefix)
                elif names:
                    best = None  # shared by two places (عمان): never judged
        if best is not None:
            out.append(best)
            i = best.j
        else:
            i += 1
    return out


def _readings(ctx: Context, word: str) -> list[tuple[str, str]]:
    """The word as written, and for Arabic without a fused و ب ل ف ("وباكو", "للعراق")."""
    out = [("", word)]
    if ctx.language == "ar" and len(word) > 3:
        if word.startswith("لل"):
            out.append(("ل", "ا" + word[1:]))
        elif word[0] in _ARABIC_CLITICS:
            out.append((word[0], word[1:]))
    return out


def _paired(ctx: Context, a: Mention, b: Mention) -> bool:
    """ "X و Y", "X وY", "X اور Y", "X-Y": nothing but a conjunction between two places."""
    tt = ctx.tokens
    if b.i == a.j:
        gap = tt.gap(b.i).strip()
        return (b.prefix == "و" and not gap) or (gap != "" and set(gap) <= _JOINERS)
    if b.i == a.j + 1 and not b.prefix:
        return tt.folded[a.j] in _AND and not tt.gap(a.j).strip() and not tt.gap(b.i).strip()
    return False


def _country_and_foreign_capital(a: Mention, b: Mention) -> tuple[Mention, Mention] | None:
    for country, capital in ((a, b), (b, a)):
        kinds = (country.place.kind, capital.place.kind)
        if kinds == ("country", "capital") and capital.place.country != country.place.name:
            return country, capital
    return None


def _swap(ctx: Context, gaz: Gazetteer, country: Mention, capital: Mention) -> Suggestion:
    tt = ctx.tokens
    start, end = tt.offsets(country.i, country.j)
    written = ctx.text[start:end]
    paired = ctx.text[slice(*tt.offsets(capital.i, capital.j))]
    lang = ctx.language if ARABIC_SCRIPT.search(written) else "en"
    near = _capital_one_letter_away(gaz, written.removeprefix(country.prefix), lang)
    if near is not None:
        correction = near
        why = f"«{near}», a capital, is one letter away from «{written}»"
        why_fa = f"«{near}» که پایتخت است تنها یک حرف با «{written}» فرق دارد"
        why_ar = f"«{near}» وهي عاصمة تختلف عن «{written}» بحرف واحد"
    else:
        capital_name = gaz.capital_of.get(country.place.name)
        own = gaz.places[capital_name] if capital_name else None
        correction = _spelling(own, lang) if own else ""
        why = f"the capital of {country.place.name} is «{correction}»" if own else ""
        why_fa = f"پایتخت این کشور «{correction}» است" if own else ""
        why_ar = f"عاصمة هذا البلد «{correction}»" if own else ""
    attributes = {"error_type": "entity_swap"}
    if correction:
        attributes["correction"] = country.prefix + correction
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Contested_fact",
        f"«{written}» is a country, but «{paired}» beside it is a capital; {why}".rstrip("; "),
        attributes,
        {
            "fa": f"«{written}» کشور است ولی «{paired}» در کنارش پایتخت است؛ {why_fa}",
            "ar": f"«{written}» بلد لكن «{paired}» بجانبها عاصمة؛ {why_ar}",
        },
    )


def _capital_one_letter_away(gaz: Gazetteer, written: str, lang: str) -> str | None:
    key = fold_joined(written)
    for place in gaz.places.values():
        if place.kind != "capital":
            continue
        for spelling in place.names.get(lang, ()):
            if one_edit(key, fold_joined(spelling)) is not None:
                return spelling
    return None


def _spelling(place: Place, lang: str) -> str:
    names = place.names.get(lang) or place.names.get("en") or (place.name,)
    return names[0]
