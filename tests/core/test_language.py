"""Language detection: fa, ar, ur, mixed or other, from the letters only one language uses."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.language import detect_language

PERSIAN = "وزیر خارجه گفت که گفت‌وگوها درباره گذرگاه مرزی ادامه دارد و نتیجه اعلام می‌شود."
ARABIC = "قال وزير الخارجية إن المحادثات حول المعابر الحدودية ستستأنف في الدوحة."
URDU = "وزیر خارجہ نے کہا کہ بات چیت جاری ہے اور نتیجہ اگلے ہفتے سامنے آئے گا۔"


def test_each_language_by_its_letters():
    assert detect_language(PERSIAN) == "fa"
    assert detect_language(ARABIC) == "ar"
    assert detect_language(URDU) == "ur"
    assert detect_language("The minister said talks go on.") == "other"
    assert detect_language(PERSIAN.replace("ی", "ي").replace("ک", "ك")) == "fa"


def test_two_languages_in_strength_are_mixed():
    assert detect_language((PERSIAN + "\n" + ARABIC) * 5) == "mixed"


def _by_regex(text: str) -> str:
    """detect_language as first written, one regex per count: the reference."""
    sample = text[:20000]
    urdu = len(re.findall("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c2\u06c3\u06d2\u06d3]", sample))
    perso = len(re.findall("[\u067e\u0686\u0698\u06af\u06a9\u06cc]", sample))
    arabic = len(
        re.findall("[\u0629\u0649\u0623\u0625\u0624]|(?<![\u0600-\u06ff])\u0627\u0644", sample)
    )
    script = len(
        re.findall("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]", sample)
    )
    if script == 0 or script < len(re.findall("[A-Za-z]", sample)) // 4:
        return "other"
    scores = {"ur": urdu * 3, "fa": perso - urdu, "ar": arabic}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return "ar"
    if second > 0.4 * top and second >= 20:
        return "mixed"
    return best


_PIECES = st.sampled_from(
    ["ٹ", "ہ", "ے", "پ", "گ", "ی", "ة", "أ", "ال", " ال", "بال", "ب", "a", "Z", " ", "\n", "ﻻ"]
)


@given(st.lists(_PIECES, max_size=80).map("".join))
def test_counting_gives_what_the_regexes_gave(text):
    assert detect_language(text) == _by_regex(text)


@given(st.lists(st.sampled_from([PERSIAN, ARABIC, URDU, "Latin text here. "]), max_size=30))
def test_counting_gives_what_the_regexes_gave_on_whole_sentences(parts):
    text = " ".join(parts)
    assert detect_language(text) == _by_regex(text)
