"""The places rule: a country where its pairing asks for a capital."""

from __future__ import annotations

import pytest

from annotator.suggest.engine import suggest_document


def swaps(text: str, language: str) -> list[tuple[str, dict]]:
    return [
        (s.text, s.attributes) for s in suggest_document(text, rules=["places"], language=language)
    ]


def test_country_one_letter_from_a_capital_is_corrected_to_that_capital():
    text = "تنش‌ها میان ایران و باکو در هفته‌های اخیر بالا گرفته است."
    assert swaps(text, "fa") == [("ایران", {"error_type": "entity_swap", "correction": "ایروان"})]


def test_arabic_country_with_a_fused_conjunction_before_the_capital():
    text = "استؤنفت المحادثات بين أرمينيا وباكو بعد توقف طويل."
    assert swaps(text, "ar") == [("أرمينيا", {"error_type": "entity_swap", "correction": "يريفان"})]


def test_urdu_pairing_with_aur():
    text = "ماہرین کے مطابق افغانستان اور اسلام آباد کے درمیان تجارت کم ہوئی ہے۔"
    assert swaps(text, "ur") == [("افغانستان", {"error_type": "entity_swap", "correction": "کابل"})]


def test_hyphenated_pair():
    assert swaps("قطار ترکیه-تفلیس دوباره راه افتاد.", "fa")[0][0] == "ترکیه"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("آتش بس میان ایروان و باکو برقرار شد.", "fa"),  # two capitals
        ("روابط ایران و ترکیه گسترش یافت.", "fa"),  # two countries
        ("سفر به ایران و تهران.", "fa"),  # a country and its own capital
        ("التقى وفدا الأردن وعمان في العقبة.", "ar"),  # عمان is Oman and Amman: never judged
        ("ایران در باکو سفارت دارد.", "fa"),  # not a pairing
    ],
)
def test_no_swap(text, language):
    assert swaps(text, language) == []
