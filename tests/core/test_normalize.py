"""Search folding, tolerant patterns on raw text, and the hazm spelling alignment."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.normalize import (
    align,
    compile_tolerant,
    fold,
    fold_for_index,
    index_form,
    persian_spelling,
    tolerant_pattern,
)


def test_fold_unifies_variants_and_drops_marks():
    assert fold("علي كتاب") == fold("علی کتاب") == "علی کتاب"
    assert fold("مدرسة") == fold("مدرسه")
    assert fold("۲۰۲۴") == fold("٢٠٢٤") == "2024"
    assert fold("مُحَمَّدٌ") == "محمد"
    assert fold("ایرانــــ") == "ایران"
    assert fold("می‌شود") == "میشود"
    assert fold("أحمد إلى آمریکا") == "احمد الی امریکا"


def test_fold_for_index_drops_gaps_too():
    assert fold_for_index("قره باغ\nقره‌باغ قرهباغ") == "قرهباغقرهباغقرهباغ"


def _finds(query: str, text: str) -> str | None:
    m = compile_tolerant(query).search(text)
    return text[m.start() : m.end()] if m else None


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("علی", "گفت علي به", "علي"),  # Arabic yeh
        ("کرد", "اعلام كرد", "كرد"),  # Arabic kaf
        ("مدرسه", "في المدرسة", "مدرسة"),  # teh marbuta
        ("۲۰ درصد", "قیمت 20 درصد", "20 درصد"),  # digits
        ("20", "قیمت ٢٠ درصد", "٢٠"),
        ("محمد", "قال مُحَمَّدٌ إن", "مُحَمَّدٌ"),  # harakat, tanwin, shadda; the last mark kept
        ("ایران", "در ایـــران", "ایـــران"),  # tatweel
        ("قره‌باغ", "در قره باغ", "قره باغ"),  # ZWNJ in the query, space in the text
        ("قره‌باغ", "در قرهباغ", "قرهباغ"),  # nothing in the text
        ("قره باغ", "در قره‌باغ", "قره‌باغ"),  # space in the query, ZWNJ in the text
        ("قرهباغ", "در قره\nباغ است", "قره\nباغ"),  # broken at a line end
        ("Yerevan", "in YEREVAN today", "YEREVAN"),
    ],
)
def test_tolerant_pattern_equivalences(query, text, found):
    assert _finds(query, text) == found


def test_tolerant_pattern_does_not_cross_a_paragraph_break_or_other_words():
    assert _finds("قره باغ", "قره\n\nباغ") is None
    assert _finds("ایران", "ایروان") is None
    assert _finds("کرد", "کارد") is None


def test_tolerant_pattern_escapes_punctuation():
    assert _finds("(الف)", "بند (الف) و") == "(الف)"
    assert _finds("a.b", "axb") is None


def test_empty_query_is_refused():
    with pytest.raises(ValueError, match="no letters or digits"):
        tolerant_pattern(" \u200c ")


def test_every_tolerant_match_is_found_in_the_folded_index():
    # The FTS5 stage may only be skipped if folding the match gives the folded query.
    texts = ["در قره باغ", "قره\nباغ", "قرهٔ‌باغ", "قـــره باغ"]
    for text in texts:
        m = re.search(tolerant_pattern("قره‌باغ"), text)
        assert fold_for_index(text[m.start() : m.end()]) == fold_for_index("قره‌باغ")


def test_persian_spelling_fixes_letters_and_half_spaces():
    assert persian_spelling("علي مي رود و كتاب ها را مي خواند") == "علی می‌رود و کتاب‌ها را می‌خواند"
    assert persian_spelling("سطر یک\n\nسطر دو") == "سطر یک\n\nسطر دو"  # paragraphs kept


def test_alignment_maps_every_word_back():
    before = "كتاب ها و دستگاههای علي مي رود ،  گفت ۲۰ درصد"
    after = persian_spelling(before)
    mapping = align(before, after)
    for m in re.finditer(r"\w+", after):
        start, end = mapping.span_to_before(m.start(), m.end())
        assert fold_for_index(before[start:end]) == fold_for_index(m.group())
    assert mapping.to_before(0) == 0
    assert mapping.to_after(len(before)) == len(after)


def test_alignment_skips_over_a_changed_character():
    mapping = align("abXcd", "abYYcd")
    assert mapping.to_after(3) == 4  # "c"
    assert mapping.to_before(4) == 3


# Letters with variants, marks, joiners, every kind of gap, and letters folding leaves alone.
_TRICKY = st.text(
    st.sampled_from(
        [
            *"يىیئكکڪةۀهأإآاؤو٤۴4،,؛;؟?٪%بقرa",
            *("\u064e", "\u0651", "\u0670", "\u0640", "\u200c", "\u200f", "\ufeff"),
            *(" ", "\u00a0", "\t", "\n", "\r", "\u2028", "\u2029"),
        ]
    ),
    max_size=40,
)


@given(_TRICKY)
def test_folding_a_text_is_folding_each_character(text):
    assert fold(text) == "".join(fold(ch) for ch in text)
    gaps = " \u00a0\t\n\r\u2028\u2029"
    assert fold_for_index(text) == "".join(fold(ch) for ch in text if ch not in gaps)
    assert index_form(fold(text)) == fold_for_index(text)


@given(st.text(st.sampled_from(list("قرهباغ‌ ")), min_size=1, max_size=6), _TRICKY)
def test_possessive_pattern_finds_what_a_backtracking_one_finds(query, text):
    # Marks, gaps and query letters never overlap, so never giving any back changes nothing.
    try:
        pattern = tolerant_pattern(query)
    except ValueError:
        return
    backtracking = re.compile(pattern.replace("*+", "*").replace(")?+", ")?"), re.IGNORECASE)
    text = text.replace("a", "قره")  # let the queries' letters occur
    found = [m.span() for m in compile_tolerant(query).finditer(text)]
    assert found == [m.span() for m in backtracking.finditer(text)]
