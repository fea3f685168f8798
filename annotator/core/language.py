"""Which language a text is in, from the letters only one of Persian, Arabic or Urdu uses."""

from __future__ import annotations

import re

# Letters that mark one language among the three (Persian and Urdu share پ چ ژ گ ک ی).
_URDU = re.compile(
    "[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c2\u06c3\u06d2\u06d3]"
)  # ٹ ڈ ڑ ں ھ ہ ۂ ۃ ے ۓ
_PERSO = "\u067e\u0686\u0698\u06af\u06a9\u06cc"  # پ چ ژ گ ک ی
# ي and ك do not mark Arabic: Persian written in Windows-1256 or on an Arabic keyboard uses
# them for ی and ک. The article "ال" at a word's start does.
_ARABIC = "\u0629\u0649\u0623\u0625\u0624"  # ة ى أ إ ؤ
_ARTICLE = re.compile("\u0627\u0644")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z]")


def has_arabic_script(text: str) -> bool:
    return ARABIC_SCRIPT.search(text) is not None


def detect_language(text: str) -> str:
    """``fa``, ``ar``, ``ur``, ``mixed`` (two of them in strength) or ``other``."""
    sample = text[:20000]
    if not _mostly_arabic_script(sample):
        return "other"
    urdu = len(_URDU.findall(sample))
    # str.count per letter: a regex match per letter cost ten times as much (ی is everywhere).
    perso = sum(map(sample.count, _PERSO))
    arabic = sum(map(sample.count, _ARABIC)) + _articles(sample)
    scores = {"ur": urdu * 3, "fa": perso - urdu, "ar": arabic}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return "ar"
    if second > 0.4 * top and second >= 20:
        return "mixed"
    return best


def _mostly_arabic_script(sample: str) -> bool:
    """At least one Arabic-script letter for every four Latin ones, and at least one."""
    quarter = len(_LATIN.findall(sample)) // 4
    if quarter == 0:  # the usual case, settled without counting every letter
        return has_arabic_script(sample)
    return len(ARABIC_SCRIPT.findall(sample)) >= max(1, quarter)


def _articles(sample: str) -> int:
    """ "ال" not preceded by a letter of the Arabic block: found by its literal, then checked
    (a lookbehind ahead of the literal made the regex try every position)."""
    return sum(
        1
        for m in _ARTICLE.finditer(sample)
        if m.start() == 0 or not "\u0600" <= sample[m.start() - 1] <= "\u06ff"
    )
