"""Cleaning steps: each one changes only what it says and says what it changed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.cleaning import (
    ZWNJ,
    _collapse_blank_lines,
    _strip_line_end_spaces,
    _unify_line_ends,
    clean,
)

PARAGRAPH = (
    "این یک بند آزمایشی است که برای بررسی پیوستن سطرهای شکسته نوشته شده و "
    "باید پس از پاک‌سازی یک سطر شود و هیچ واژه‌ای از آن گم نشود"
)


def _steps(cleaned):
    return {s.step: s for s in cleaned.steps}


def test_clean_text_is_left_alone():
    cleaned = clean("متن پاکیزه.\n\nبند دوم.")
    assert cleaned.text == "متن پاکیزه.\n\nبند دوم."
    assert cleaned.steps == ()


def test_bom_and_every_kind_of_line_end():
    cleaned = clean("\ufeffیک\r\nدو\rسه\u2028چهار\u2029پنج")
    assert cleaned.text == "یک\nدو\nسه\nچهار\nپنج"
    steps = _steps(cleaned)
    assert steps["bom"].message == "removed a byte-order mark"
    assert steps["line_ends"].message == "line ends made \\n (1 CRLF, 1 CR, 1 U+2028, 1 U+2029)"


def test_blank_lines_collapse_and_ends_are_trimmed():
    cleaned = clean("\n\nیک  \n\n\n\n\nدو\t\n\n")
    assert cleaned.text == "یک\n\nدو"
    assert set(_steps(cleaned)) == {"line_end_spaces", "blank_lines", "trimmed"}


def test_presentation_forms_become_letters():
    cleaned = clean("\ufef3\ufe8e\ufedf \ufefb")  # shaped glyphs as some PDFs store them
    assert cleaned.text == "يال لا"
    assert _steps(cleaned)["presentation_forms"].count == 4


def _wrap(words: list[str], width: int) -> str:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def test_wrapped_paragraph_is_joined_and_each_join_recorded():
    words = PARAGRAPH.split(" ")
    wrapped = _wrap(words, 40)
    assert wrapped.count("\n") >= 3
    cleaned = clean(wrapped)
    assert cleaned.text == " ".join(words)
    joins = _steps(cleaned)["joined_lines"].details
    assert len(joins) == wrapped.count("\n")
    assert all(cleaned.text[j["at"]] == " " for j in joins)


def test_latin_hyphenation_joins_with_nothing():
    text = (
        "The minister said that the nego-\ntiations would continue next week in\n"
        "the capital of the neighbouring state"
    )
    cleaned = clean(text)
    assert "nego-tiations would continue next week in the capital" in cleaned.text


def test_short_lines_lists_and_sentence_ends_keep_their_breaks():
    poem = "باران می‌بارد\nبر شهر خاموش\nو کوچه‌ها خالی است"
    assert clean(poem).text == poem
    listing = (
        "خواسته‌های معترضان در نشست امروز چنین اعلام شد\n- آزادی زندانیان سیاسی\n- گشودن مسیرها"
    )
    assert clean(listing).text == listing
    sentences = (
        "نخستین جمله این بند آزمایشی در اینجا به پایان می‌رسد.\n"
        "دومین جمله این بند آزمایشی نیز در اینجا تمام می‌شود.\n"
        "سومین جمله"
    )
    assert clean(sentences).text == sentences


def test_two_lines_are_never_joined():
    text = (
        "عنوانی بلند برای گزارشی درباره نشست وزیران خارجه\n"
        "متن گزارش در این سطر آغاز می‌شود و ادامه دارد"
    )
    assert clean(text).text == text


def test_persian_suffix_on_the_next_line_joins_with_zwnj():
    text = (
        "به گفته یک کارشناس اقتصادی، بررسی جزئیات این پیشنهاد\n"
        "ها در کمیسیون مشترک دو کشور زمان زیادی می گیرد و\n"
        "بازار منطقه تا اعلام نتیجه نهایی در انتظار خواهد ماند"
    )
    cleaned = clean(text)
    assert f"پیشنهاد{ZWNJ}ها در" in cleaned.text
    assert "\n" not in cleaned.text


def test_join_can_be_turned_off():
    words = PARAGRAPH.split(" ")
    wrapped = _wrap(words, 40)
    assert clean(wrapped, join_wrapped=False).text == wrapped


@given(st.text(st.sampled_from(["ب", "a", " ", "\t", "\n", "\r", "\u2028", "\u2029"]), max_size=30))
def test_steps_that_look_first_do_what_their_regex_alone_did(text):
    # Line-end spaces, line ends and blank lines are only looked for when present: the result
    # must be what the full step gave.
    spaces, n = re.subn(r"[ \t]+(?=\n|$)", "", text)
    assert _strip_line_end_spaces(text)[0] == spaces
    assert (_strip_line_end_spaces(text)[1] is None) == (n == 0)
    blank, n = re.subn(r"\n{3,}", "\n\n", text)
    assert _collapse_blank_lines(text)[0] == blank
    assert (_collapse_blank_lines(text)[1] is None) == (n == 0)
    unified = text.replace("\r\n", "\n").translate({0x0D: "\n", 0x2028: "\n", 0x2029: "\n"})
    assert _unify_line_ends(text)[0] == unified
    assert (_unify_line_ends(text)[1] is None) == (unified == text)
