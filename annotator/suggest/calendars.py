"""Rule "calendars": dates whose parts disagree, and the date equivalents shown on hover.

Three slips are caught, with digits in any system:

* a month pair that disagrees: "أيار/يونيو" (Levantine month 5, Western month 6);
* the same day written in two calendars that do not match: "۲۳ بهمن ۱۴۰۳ (۱۱ مارس ۲۰۲۵)";
* a weekday that the date does not fall on: "الخميس ٤ حزيران/يونيو ٢٠٢٤" was a Tuesday.

Solar Hijri dates are converted with jdatetime, lunar Hijri ones with hijridate (Umm al-Qura,
accepted a day either way, since many countries start a month on the sighting of the moon).
A date without a year takes the year nearest the document's publication date.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta

from .engine import Context, Suggestion
from .folding import digit_system, fold_joined, to_number, write_number
from .lexicon import Calendars, MonthName
from .tokens import SENTENCE, TokenText

RULE = "calendars"
_CONNECTORS = {"برابر", "با", "مطابق", "الموافق", "الموافق ل", "الموافقل", "یعنی", "اي", "أي"}
_PAIR_MARKS = set("/()")
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class DateMention:
    i: int  # first word (the weekday, when there is one)
    j: int  # after the last word
    day: int
    months: list[tuple[MonthName, int, int]]  # each month name with its word range
    year: int | None = None
    year_at: int = -1
    weekday: tuple[int, int] | None = None  # (0..6, word index)
    digits: str = "latin"
    calendar: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.calendar = self.months[0][0].calendar


# -- reading dates -------------------------------------------------------------------------------


def find_dates(tt: TokenText, cal: Calendars, language: str | None) -> list[DateMention]:
    out = []
    k = 0
    while k < len(tt):
        mention = _date_at(tt, cal, k, language)
        if mention is None:
            k += 1
            continue
        out.append(mention)
        k = mention.j
    return out


def _date_at(tt: TokenText, cal: Calendars, k: int, language: str | None) -> DateMention | None:
    day, after_day = _day_at(tt, cal, k)
    if day is None:
        return None
    first = _month_at(tt, cal, after_day, language)
    if first is None:
        return None
    months = [first]
    end = first[2]
    if end < len(tt) and set(tt.gap(end).strip()) & _PAIR_MARKS:
        second = _month_at(tt, cal, end, language, calendar=first[0].calendar)
        if second is not None:
            months.append(second)
            end = second[2]
    mention = DateMention(k, end, day, months, digits=digit_system(tt.raw[k]))
    year_follows = end < len(tt) and tt.is_digits(end) and len(tt.raw[end]) in (3, 4)
    if year_follows and not (set(tt.gap(end).strip()) - set("()")):
        mention.year, mention.year_at, mention.j = to_number(tt.raw[end]), end, end + 1
    _read_era(tt, cal, mention)
    _read_weekday(tt, cal, mention, language)
    return mention


def _read_era(tt: TokenText, cal: Calendars, mention: DateMention) -> None:
    """ "١٤٤٥ هـ", "۱۴۰۳ ه.ش": the calendar's mark belongs to the date."""
    joined = ""
    for t in range(mention.j, min(len(tt), mention.j + 3)):
        if tt.gap(t).strip(" .") and t > mention.j:
            break
        joined += tt.folded[t]
        if joined in cal.eras and cal.eras[joined] == mention.calendar:
            mention.j = t + 1


def _day_at(tt: TokenText, cal: Calendars, k: int) -> tuple[int | None, int]:
    if tt.is_digits(k) and len(tt.raw[k]) <= 2:
        value = to_number(tt.raw[k])
        return (value, k + 1) if value and 1 <= value <= 31 else (None, k)
    joined = ""
    for t in range(k, min(len(tt), k + 4)):  # "بیست و پنجم"
        if t > k and tt.gap(t).strip():
            break
        joined += tt.folded[t]
        if (day := cal.ordinal_days.get(joined)) is not None:
            return day, t + 1
    return None, k


def _month_at(
    tt: TokenText, cal: Calendars, k: int, language: str | None, calendar: str = ""
) -> tuple[MonthName, int, int] | None:
    joined = ""
    best = None
    for t in range(k, min(len(tt), k + cal.month_words)):
        if t > k and tt.gap(t).strip():
            break
        joined += tt.folded[t]
        names = [m for m in cal.months.get(joined, []) if not calendar or m.calendar == calendar]
        if names:
            own = [m for m in names if m.language == language]
            best = ((own or names)[0], k, t + 1)
    if best and tt.break_between(k - 1, k) >= SENTENCE:
        return None
    return best


def _read_weekday(
    tt: TokenText, cal: Calendars, mention: DateMention, language: str | None
) -> None:
    for back in (1, 2):
        w = mention.i - back
        if w < 0 or tt.breaks[w + 1] >= SENTENCE:
            return
        names = cal.weekdays.get(tt.folded[w], {})
        # Only the document's own weekday names: Urdu ہفتہ (Saturday) is Persian هفته (week).
        weekday = names.get(language) if language else next(iter(names.values()), None)
        if weekday is not None:
            mention.weekday = (weekday, w)
            mention.i = w
            return
        if tt.folded[w] not in cal.day_words:
            return


# -- converting ---------------------------------------------------------------------------------


def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    try:
        if calendar == "gregorian":
            return date(year, month, day)
        if calendar == "solar_hijri":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        from hijridate import Hijri

        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def from_gregorian(calendar: str, g: date) -> tuple[int, int, int] | None:
    try:
        if calendar == "gregorian":
            return g.year, g.month, g.day
        if calendar == "solar_hijri":
            import jdatetime

            j = jdatetime.date.fromgregorian(date=g)
            return j.year, j.month, j.day
        from hijridate import Gregorian

        h = Gregorian(g.year, g.month, g.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None


def resolve(mention: DateMention, month: int, published: date | None) -> date | None:
    """The Gregorian date of ``mention`` read with ``month``; a missing year is taken near
    ``published``."""
    if mention.year is not None:
        return to_gregorian(mention.calendar, mention.year, month, mention.day)
    if published is None:
        return None
    base = from_gregorian(mention.calendar, published)
    if base is None:
        return None
    options = [
        to_gregorian(mention.calendar, y, month, mention.day)
        for y in range(base[0] - 1, base[0] + 2)
    ]
    options = [g for g in options if g is not None]
    return min(options, key=lambda g: abs((g - published).days), default=None)


def _tolerance(*calendars: str) -> int:
    return 1 if "hijri" in calendars else 0


# -- the rule -----------------------------------------------------------------------------------


def suggest(ctx: Context) -> list[Suggestion]:
    cal = ctx.lexicon.calendars
    mentions = find_dates(ctx.tokens, cal, ctx.language)
    out = []
    for m in mentions:
        out += _check_mention(ctx, cal, m)
    for a, b in itertools.pairwise(mentions):
        if _written_as_equivalent(ctx.tokens, a, b):
            found = _check_equivalent(ctx, cal, a, b)
            if found:
                out.append(found)
    return out


def _check_mention(ctx: Context, cal: Calendars, m: DateMention) -> list[Suggestion]:
    """A month pair that disagrees, and a weekday the date does not fall on."""
    numbers = [name.month for name, _, _ in m.months]
    dates = [resolve(m, n, ctx.published) for n in numbers]
    weekday_ok = [
        g is not None and m.weekday is not None and _weekday_fits(g, m.weekday[0], m.calendar)
        for g in dates
    ]
    out = []
    if len(set(numbers)) > 1:
        keep = 1 if weekday_ok[1] and not weekday_ok[0] else 0
        out.append(_month_pair(ctx, cal, m, keep))
    elif m.weekday is not None and dates[0] is not None and not weekday_ok[0]:
        out.append(_wrong_weekday(ctx, cal, m, dates[0]))
    return out


def _weekday_fits(g: date, weekday: int, calendar: str) -> bool:
    spread = _tolerance(calendar)
    return any((g + timedelta(days=d)).weekday() == weekday for d in range(-spread, spread + 1))


def _month_pair(ctx: Context, cal: Calendars, m: DateMention, keep: int) -> Suggestion:
    """Keeps one month of the pair (the first, unless only the second fits the weekday) and
    writes the other to match it."""
    tt = ctx.tokens
    (a, ai, aj), (b, bi, bj) = m.months
    start, end = tt.offsets(ai, bj)
    written = ctx.text[start:end]
    first, middle, second = (
        ctx.text[slice(*tt.offsets(ai, aj))],
        ctx.text[tt.ends[aj - 1] : tt.starts[bi]],
        ctx.text[slice(*tt.offsets(bi, bj))],
    )
    if keep == 0:
        correction = first + middle + _name_like(cal, b, a.month)
    else:
        correction = _name_like(cal, a, b.month) + middle + second
    why = " (the weekday fits the second month)" if keep else ""
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Contested_fact",
        f"«{written}» names month {a.month} and month {b.month}: one of them is wrong{why}",
        {"error_type": "date_calendar", "correction": correction},
        {
            "fa": f"«{written}» دو ماه متفاوت ({a.month} و {b.month}) را کنار هم آورده است",
            "ar": f"«{written}» يذكر شهرين مختلفين ({a.month} و{b.month})",
        },
    )


def _name_like(cal: Calendars, style: MonthName, month: int) -> str:
    """Month ``month`` spelt from the same list, Levantine or not, as ``style``."""
    spellings = cal.month_names[(style.calendar, style.language)][month - 1]
    for spelling in spellings:
        names = cal.months.get(fold_joined(spelling), [])
        if any(n.levantine == style.levantine and n.month == month for n in names):
            return spelling
    return spellings[0]


def _wrong_weekday(ctx: Context, cal: Calendars, m: DateMention, g: date) -> Suggestion:
    tt = ctx.tokens
    start, end = tt.offsets(m.i, m.j)
    ctx.text[start:end]
    w_at = m.weekday[1]
    names = cal.weekdays[tt.folded[w_at]]
    lang = ctx.language if ctx.language in names else next(iter(names))
    right = cal.weekday_names[lang][g.weekday()][0]
    correction = right + ctx.text[tt.ends[w_at] : end]
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Contested_fact",
        f"{g.isoformat()} was a {_EN_DAYS[g.weekday()]}, not «{tt.raw[w_at]}»",
        {"error_type": "date_calendar", "correction": correction},
        {
            "fa": f"این تاریخ {right} بوده است، نه «{tt.raw[w_at]}»",
            "ar": f"وافق هذا التاريخ يوم {right} لا «{tt.raw[w_at]}»",
        },
    )


def _written_as_equivalent(tt: TokenText, a: DateMention, b: DateMention) -> bool:
    """ "۲۳ بهمن ۱۴۰۳ (۱۱ مارس ۲۰۲۵)", "... الموافق ٢١ أيار ٢٠٢٤": one day in two calendars."""
    if a.calendar == b.calendar or b.i - a.j > 2:
        return False
    between = "".join(tt.folded[a.j : b.i])
    gap = "".join(tt.gap(k) for k in range(a.j, b.i + 1))
    return (b.i == a.j and bool(set(gap) & _PAIR_MARKS)) or between in _CONNECTORS


def _check_equivalent(
    ctx: Context, cal: Calendars, a: DateMention, b: DateMention
) -> Suggestion | None:
    ga = resolve(a, a.months[0][0].month, ctx.published)
    gb = resolve(b, b.months[0][0].month, ctx.published)
    if ga is None or gb is None or abs((ga - gb).days) <= _tolerance(a.calendar, b.calendar):
        return None
    converted = from_gregorian(b.calendar, ga)
    if converted is None:
        return None
    tt = ctx.tokens
    first = b.weekday[1] + 1 if b.weekday else b.i
    start, end = tt.offsets(first, b.j)
    written, said = ctx.text[start:end], ctx.text[slice(*tt.offsets(a.i, a.j))]
    name = b.months[0][0]
    spelling = _name_like(cal, name, converted[1])
    correction = f"{write_number(converted[2], b.digits)} {spelling}"
    if b.year is not None:
        correction += f" {write_number(converted[0], b.digits)}"
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Contested_fact",
        f"«{said}» is {ga.isoformat()} but «{written}» is {gb.isoformat()}: "
        f"the two calendars disagree; the same day is «{correction}»",
        {"error_type": "date_calendar", "correction": correction},
        {
            "fa": f"«{said}» با «{written}» یکی نیست؛ برابرِ درست «{correction}» است",
            "ar": f"«{said}» لا يوافق «{written}»؛ المقابل الصحيح «{correction}»",
        },
    )


# -- equivalents on hover ----------------------------------------------------------------------


def date_equivalents(text: str, start: int, end: int, published: date | None = None) -> str | None:
    """Solar Hijri, Gregorian and Hijri (Umm al-Qura) equivalents of the date mention at
    ``[start, end)`` of ``text``, one per line; None when no full date is there."""
    from . import lexicon

    cal = lexicon.calendars()
    w0 = max(0, start - 80)
    window = text[w0 : min(len(text), end + 80)]
    tt = TokenText(window)
    for m in find_dates(tt, cal, None):
        ms, me = tt.offsets(m.i, m.j)
        if ms + w0 < end and start < me + w0:
            g = resolve(m, m.months[0][0].month, published)
            return _equivalents(cal, g) if g else None
    return None


def _equivalents(cal: Calendars, g: date) -> str:
    lines = []
    sh = from_gregorian("solar_hijri", g)
    if sh:
        month = cal.month_names[("solar_hijri", "fa")][sh[1] - 1][0]
        lines.append(f"Solar Hijri: {_digits(sh[2], 'fa')} {month} {_digits(sh[0], 'fa')}")
    lines.append(f"Gregorian: {_EN_DAYS[g.weekday()]} {g.day} {_EN_MONTHS[g.month - 1]} {g.year}")
    hj = from_gregorian("hijri", g)
    if hj:
        month = cal.month_names[("hijri", "ar")][hj[1] - 1][0]
        lines.append(f"Hijri (Umm al-Qura): {_digits(hj[2], 'ar')} {month} {_digits(hj[0], 'ar')}")
    return "\n".join(lines)


def _digits(value: int, system: str) -> str:
    return write_number(value, system)
