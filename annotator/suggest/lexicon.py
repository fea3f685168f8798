"""The word lists the rules read: cues, places, calendars, numbers, common words.

They live in ``resources/suggest/*.toml`` where users can read and extend them; a file of the
same name in ``$ANNOTATOR_SUGGEST_DIR`` (or the user data folder, ``.../annotator/suggest``)
adds to it. Loading takes a few hundred milliseconds (hazm's Persian word list is the bulk), so
it happens once, on first use, and the GUI does it in a background thread.
"""

from __future__ import annotations

import os
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError

from .folding import fold, fold_joined

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "suggest"
LANGUAGES = ("fa", "ar", "ur")

# Persian light verbs: past stem -> present stem, for "اعلام کرد", "اظهار داشت", ...
_LIGHT_PRESENT = {"کرد": "کن", "داشت": "دار", "داد": "ده", "شد": "شو", "نمود": "نما", "ساخت": "ساز"}


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # source_first, cue_first, verb_first, continuation
    type: str  # the Cue label's cue_type
    outlet: bool = False  # cue_first: the name after it is an outlet by default
    source_after: str = ""  # source_first: the source follows this word ("در این بیانیه آمده است")
    speech_follows: bool = False  # a cue only when a colon, که or a quotation follows


@dataclass
class LanguageCues:
    cues: dict[str, Cue] = field(default_factory=dict)  # fold_joined(phrase) -> cue
    max_words: int = 1
    not_cues: list[tuple[str, bool]] = field(default_factory=list)  # (folded, is_prefix)
    cue_first_then: frozenset[str] = frozenset()
    source_stops: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    openers: list[tuple[str, ...]] = field(default_factory=list)
    pronouns: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    source_words: frozenset[str] = frozenset()
    vague_sources: frozenset[str] = frozenset()
    complementizers: frozenset[tuple[str, ...]] = frozenset()  # folded words of each
    complementizer_pronouns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # English name, as an identifier
    kind: str  # country, capital, city
    country: str  # English name of its country (itself for a country)
    names: dict[str, tuple[str, ...]]


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)  # country -> capital
    # language -> fold_joined(spelling) -> names of the places spelt so
    index: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    max_words: int = 1


@dataclass(frozen=True, slots=True)
class MonthName:
    calendar: str  # solar_hijri, gregorian, hijri
    month: int
    language: str
    text: str  # the spelling as listed
    levantine: bool = False


@dataclass
class Calendars:
    months: dict[str, list[MonthName]] = field(default_factory=dict)  # fold_joined -> names
    month_words: int = 1
    weekdays: dict[str, dict[str, int]] = field(default_factory=dict)  # folded -> lang -> 0..6
    weekday_names: dict[str, list[list[str]]] = field(default_factory=dict)  # lang -> by day
    month_names: dict[tuple[str, str], list[list[str]]] = field(default_factory=dict)
    day_words: frozenset[str] = frozenset()
    ordinal_days: dict[str, int] = field(default_factory=dict)  # fold_joined -> 1..31
    eras: dict[str, str] = field(default_factory=dict)  # folded era mark -> calendar


@dataclass
class NumberWords:
    percent: frozenset[str] = frozenset()
    scale: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    claim_words: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    cues: dict[str, LanguageCues]
    gazetteer: Gazetteer
    calendars: Calendars
    numbers: dict[str, NumberWords]
    common: dict[str, frozenset[str]]  # language -> folded common words
    stop: dict[str, frozenset[str]]  # the shipped lists only (no hazm, no spellchecker)


_lock = threading.Lock()
_loaded: Lexicon | None = None


def load() -> Lexicon:
    """The lexicon, read on first call (thread-safe; later calls return the same object)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _build()
    return _loaded


def is_loaded() -> bool:
    return _loaded is not None


_calendars_only: Calendars | None = None


def calendars() -> Calendars:
    """Just the month and weekday names: a few milliseconds, for a date's tooltip in a
    program that leaves the full lexicon (and hazm) to another process."""
    global _calendars_only
    if _loaded is not None:
        return _loaded.calendars
    if _calendars_only is None:
        with _lock:
            if _calendars_only is None:
                _calendars_only = _calendars(_read("calendars.toml"))
    return _calendars_only


def reload() -> Lexicon:
    """Reads the files again (after a user edited one)."""
    global _loaded
    with _lock:
        _loaded = _build()
    return _loaded


def _build() -> Lexicon:
    cues = _read("cues.toml")
    gazetteer = _gazetteer(_read("gazetteer.toml"))
    calendars = _calendars(_read("calendars.toml"))
    numbers = {lang: _numbers(data) for lang, data in _read("numbers.toml").items()}
    language_cues = {lang: _language_cues(lang, cues.get(lang, {})) for lang in LANGUAGES}
    stop = _common_words(_read("common_words.toml"), gazetteer, calendars, language_cues)
    common = dict(stop)
    common["fa"] = stop["fa"] | _hazm_words()
    common["ar"] = stop["ar"] | _arabic_words()
    return Lexicon(language_cues, gazetteer, calendars, numbers, common, stop)


# -- reading files ------------------------------------------------------------------------------


def user_dirs() -> list[Path]:
    dirs = []
    if env := os.environ.get("ANNOTATOR_SUGGEST_DIR"):
        dirs.append(Path(env))
    try:
        from platformdirs import user_data_dir

        dirs.append(Path(user_data_dir("annotator")) / "suggest")
    except ImportError:  # platformdirs is a dependency; a bare checkout still works
        pass
    return dirs


def _read(name: str) -> dict[str, Any]:
    data = _parse(RESOURCES / name)
    for folder in user_dirs():
        if (folder / name).is_file():
            data = _merge(data, _parse(folder / name))
    return data


def _parse(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise AnnotatorError(f"{path}: cannot read the suggestion word list ({exc})") from None


def _merge(base: Any, extra: Any) -> Any:
    """Lists grow, tables merge key by key, anything else is replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


def _folded_set(items: list[str]) -> frozenset[str]:
    return frozenset(fold_joined(w) for w in items)


# -- cues ---------------------------------------------------------------------------------------


def persian_verb_forms(past: str, present: str) -> list[str]:
    """Third-person forms a news report uses: گفت, گفتند, گفته است, گفته بود, می‌گوید, نگفت ..."""
    forms = []
    for neg in ("", "ن"):
        forms += [neg + past, neg + past + "ند"]
        forms += [f"{neg}{past}ه {aux}" for aux in ("است", "اند", "بود", "بودند")]
        forms += [f"{neg}می‌{present}د", f"{neg}می‌{present}ند"]
    return forms


def _compound_forms(word: str, light: str) -> list[str]:
    present = _LIGHT_PRESENT.get(light)
    if present is None:
        raise AnnotatorError(f"cues.toml: unknown light verb {light!r} after {word!r}")
    forms = persian_verb_forms(light, present)
    # "اعلام کرده و ..." drops the auxiliary; safe here because the preverb comes first.
    forms += [light + "ه", "ن" + light + "ه"]
    return [f"{word} {form}" for form in forms]


def _language_cues(lang: str, data: dict[str, Any]) -> LanguageCues:
    out = LanguageCues()

    def add(phrase: str, cue: Cue) -> None:
        key = fold_joined(phrase)
        out.cues.setdefault(key, cue)
        out.max_words = max(out.max_words, len(phrase.split()) + phrase.count("‌"))

    for v in data.get("verbs", []):
        for form in persian_verb_forms(v["past"], v["present"]):
            add(form, Cue("source_first", v["type"]))
    for c in data.get("compounds", []):
        cue = Cue("source_first", c["type"], speech_follows=c.get("speech_follows", False))
        for form in _compound_forms(c["word"], c["light"]):
            add(form, cue)
    for c in data.get("source_first", []):
        add(c["phrase"], Cue("source_first", c["type"], source_after=c.get("source_after", "")))
    for c in data.get("cue_first", []):
        for prefix in ("", "و") if lang == "ar" else ("",):
            add(prefix + c["phrase"], Cue("cue_first", c["type"], outlet=c.get("outlet", False)))
    for kind in ("verb_first", "continuation"):
        for c in data.get(kind, []):
            for form in c["forms"]:
                prefixes = ("", "و", "ف") if kind == "verb_first" else ("",)
                for prefix in prefixes:
                    add(prefix + form, Cue(kind, c["type"]))
    out.not_cues = [(fold_joined(p.rstrip("*")), p.endswith("*")) for p in data.get("not_cues", [])]
    out.cue_first_then = _folded_set(data.get("cue_first_then", []))
    for name in ("source_stops", "time_words", "pronouns", "outlet_words", "outlets"):
        setattr(out, name, _folded_set(data.get(name, [])))
    out.source_words = _folded_set(data.get("source_words", []))
    out.vague_sources = _folded_set(data.get("vague_sources", []))
    out.openers = sorted(
        (tuple(fold(w) for w in p.split()) for p in data.get("openers", [])), key=len, reverse=True
    )
    out.complementizers = frozenset(
        tuple(fold(w) for w in p.split()) for p in data.get("complementizers", [])
    )
    out.complementizer_pronouns = tuple(data.get("complementizer_pronouns", []))
    return out


# -- places -------------------------------------------------------------------------------------


def _gazetteer(data: dict[str, Any]) -> Gazetteer:
    gaz = Gazetteer()
    for entry in data.get("country", []):
        country = entry["en"][0]
        gaz.places[country] = Place(country, "country", country, _names(entry))
        if capital := entry.get("capital"):
            name = capital["en"][0]
            gaz.places[name] = Place(name, "capital", country, _names(capital))
            gaz.capital_of[country] = name
        for city in entry.get("cities", []):
            name = city["en"][0]
            gaz.places.setdefault(name, Place(name, "city", country, _names(city)))
    for place in gaz.places.values():
        for lang, spellings in place.names.items():
            for spelling in spellings:
                gaz.index.setdefault(lang, {}).setdefault(fold_joined(spelling), set()).add(
                    place.name
                )
                gaz.max_words = max(gaz.max_words, len(spelling.split()))
    return gaz


def _names(entry: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {
        lang: tuple(dict.fromkeys(entry[lang])) for lang in ("en", *LANGUAGES) if entry.get(lang)
    }


# -- calendars ----------------------------------------------------------------------------------


def _calendars(data: dict[str, Any]) -> Calendars:
    cal = Calendars()
    levantine = _folded_set(data.get("gregorian", {}).get("levantine", []))
    sources = [("solar_hijri", "fa", data["solar_hijri"]["months"])]
    sources += [("gregorian", lang, data["gregorian"][lang]) for lang in LANGUAGES]
    sources += [("hijri", lang, data["hijri"][lang]) for lang in LANGUAGES]
    for calendar, lang, months in sources:
        cal.month_names[(calendar, lang)] = months
        for number, spellings in enumerate(months, start=1):
            for spelling in spellings:
                key = fold_joined(spelling)
                name = MonthName(calendar, number, lang, spelling, key in levantine)
                if name not in cal.months.setdefault(key, []):
                    cal.months[key].append(name)
                cal.month_words = max(cal.month_words, len(spelling.split()))
    for lang, days in data["weekdays"].items():
        if lang == "day_words":
            continue
        cal.weekday_names[lang] = days
        for weekday, spellings in enumerate(days):
            for spelling in spellings:
                cal.weekdays.setdefault(fold_joined(spelling), {})[lang] = weekday
    cal.day_words = _folded_set(data["weekdays"].get("day_words", []))
    for day, spellings in enumerate(data.get("days", {}).get("fa", []), start=1):
        for spelling in spellings:
            cal.ordinal_days[fold_joined(spelling)] = day
    for calendar in ("solar_hijri", "gregorian", "hijri"):
        for mark in data[calendar].get("era", []):
            cal.eras[fold_joined(mark)] = calendar
    return cal


def _numbers(data: dict[str, Any]) -> NumberWords:
    return NumberWords(
        percent=_folded_set(data.get("percent", [])),
        scale=_folded_set(data.get("scale", [])),
        units=_folded_set(data.get("units", [])),
        claim_words=_folded_set(data.get("claim_words", [])),
    )


# -- common words -------------------------------------------------------------------------------


def _common_words(
    data: dict[str, Any], gaz: Gazetteer, cal: Calendars, cues: dict[str, LanguageCues]
) -> dict[str, frozenset[str]]:
    common: dict[str, set[str]] = {lang: set(_folded_set(data.get(lang, []))) for lang in LANGUAGES}
    common["latin"] = {w.lower() for w in data.get("latin", [])}
    known = set(cal.months) | set(cal.weekdays)
    for lang in LANGUAGES:
        common[lang] |= known | set(gaz.index.get(lang, {}))
        lc = cues[lang]
        common[lang] |= lc.source_stops | lc.outlet_words | lc.source_words | set(lc.cues)
    return {lang: frozenset(words) for lang, words in common.items()}


def _hazm_words() -> set[str]:
    """hazm's Persian lexicon (about 190,000 words): two spellings both in it are two words."""
    try:
        from hazm.utils import verbs_list, words_list  # slow: only ever here, off the UI thread
    except ImportError:
        return set()
    found = {fold(word) for word, _freq, _tags in words_list()}
    # Conjugated verbs are not in the word list: می‌کند and می‌کنند are not a name spelt twice.
    for entry in verbs_list():
        past, _, present = entry.partition("#")
        for stem, endings in ((past, ("م", "ی", "", "یم", "ید", "ند")), (present, _PRESENT)):
            if stem:
                found |= {f"{neg}{stem}{end}" for neg in _VERB_PREFIXES for end in endings}
    return found


_PRESENT = ("م", "ی", "د", "یم", "ید", "ند")
_VERB_PREFIXES = ("", "می", "نمی", "ن", "ب")


def _arabic_words() -> set[str]:
    """pyspellchecker's Arabic word list (about 140,000 words, inflected forms included)."""
    try:
        from importlib.resources import files

        raw = (files("spellchecker") / "resources" / "ar.json.gz").read_bytes()
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return set()
    import gzip
    import json

    return {fold(word) for word in json.loads(gzip.decompress(raw))}
