"""Rule "numbers": figures stated as facts, proposed as check-worthy numerical claims.

A figure is a number (any digit system) with a percent sign or word (٪ % درصد بالمئة فیصد),
a scale word (میلیون، مليار، کروڑ) or a unit (دلار، طن، نفر); a bare number of four digits or
more counts too, unless it reads as a year. Dates are left to the calendars rule. The claim
proposed is the attributed content holding the figure, or else its sentence (or, for a long
sentence, its clause), whole words only, when that sentence states something rather than asks.
"""

from __future__ import annotations

from . import attribution
from .calendars import find_dates
from .engine import Context, Suggestion
from .folding import to_number
from .lexicon import NumberWords
from .tokens import TokenText

RULE = "numbers"
MAX_WORDS = 40
_PERCENT_SIGNS = set("%٪")
_JOINERS = set(".,٫٬")
_YEAR_WORDS = {"سال", "سالهای", "عام", "سنه", "سنوات", "میلادی", "ميلادي"}


def suggest(ctx: Context) -> list[Suggestion]:
    tt = ctx.tokens
    words = ctx.lexicon.numbers.get(ctx.language)
    if words is None:
        return []
    in_dates = {
        k for m in find_dates(tt, ctx.lexicon.calendars, ctx.language) for k in range(m.i, m.j)
    }
    contents = [a.content for a in attribution.read(ctx) if a.content]
    out: dict[tuple[int, int], Suggestion] = {}
    k = 0
    while k < len(tt):
        figure = _figure_at(tt, words, k) if k not in in_dates else None
        if figure is None:
            k += 1
            continue
        i, j = _claim_range(tt, contents, k)
        if (i, j) not in out and _states_fact(ctx, words, i, j):
            out[(i, j)] = _claim(ctx, (i, j), figure)
        k = figure[1]
    return list(out.values())


def _figure_at(tt: TokenText, words: NumberWords, k: int) -> tuple[int, int] | None:
    """Word range of the figure starting at word ``k`` (number and its sign, scale or unit)."""
    if not tt.is_digits(k) or (k > 0 and tt.is_digits(k - 1) and _joined(tt, k)):
        return None
    end = k + 1
    while tt.is_digits(end) and _joined(tt, end):  # "١٫٥", "2,000"
        end += 1
    value = to_number("".join(tt.raw[k:end]))
    after = tt.folded[end] if end < len(tt) else ""
    two = after + (tt.folded[end + 1] if end + 1 < len(tt) else "")
    if set(tt.gap(end)) & _PERCENT_SIGNS or after in words.percent or two in words.percent:
        return k, end + (1 if after in words.percent else 2 if two in words.percent else 0)
    if after in words.scale:
        unit = end + 1 < len(tt) and tt.folded[end + 1] in words.units
        return k, end + (2 if unit else 1)
    if after in words.units:
        return k, end + 1
    if value is not None and value >= 1000 and not _year(tt, k, value):
        return k, end
    return None


def _joined(tt: TokenText, k: int) -> bool:
    gap = tt.gap(k)
    return len(gap) == 1 and gap in _JOINERS


def _year(tt: TokenText, k: int, value: int) -> bool:
    before = tt.folded[k - 1] if k > 0 else ""
    return 1300 <= value <= 1500 or 1900 <= value <= 2100 or before in _YEAR_WORDS


def _claim_range(tt: TokenText, contents: list[tuple[int, int]], k: int) -> tuple[int, int]:
    s, e = tt.sentence(k)
    for a, b in contents:
        if a <= k < b:
            s, e = max(s, a), min(e, b)
            break
    if e - s > MAX_WORDS:
        cs, ce = tt.clause(k)
        s, e = max(s, cs), min(e, ce)
    if e - s > MAX_WORDS:
        s, e = max(s, k - MAX_WORDS // 2), min(e, k + MAX_WORDS // 2)
    return s, e


def _states_fact(ctx: Context, words: NumberWords, i: int, j: int) -> bool:
    tt = ctx.tokens
    after = tt.gap(j) if j <= len(tt) else ""
    if "؟" in after or "?" in after:
        return False
    return any(tt.folded[t] in words.claim_words for t in range(i, j))


def _claim(ctx: Context, rng: tuple[int, int], figure: tuple[int, int]) -> Suggestion:
    tt = ctx.tokens
    start, end = tt.offsets(*rng)
    fs, fe = tt.offsets(*figure)
    shown = ctx.text[fs:fe]
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Claim",
        f"states a figure, «{shown}», as fact: worth checking",
        {"check_worthiness": "check_worthy", "claim_type": "numerical"},
        {
            "fa": f"عدد «{shown}» را واقعیت می‌شمارد: درخور بررسی است",
            "ar": f"يقدّم الرقم «{shown}» بوصفه حقيقة: جدير بالتحقق",
        },
    )
