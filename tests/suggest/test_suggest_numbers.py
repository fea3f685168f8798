"""The numbers rule: figures stated as facts become check-worthy numerical claims."""

from __future__ import annotations

from annotator.suggest.engine import suggest_document


def claims(text: str, language: str) -> list[str]:
    items = suggest_document(text, rules=["numbers"], language=language)
    for s in items:
        assert s.attributes == {"check_worthiness": "check_worthy", "claim_type": "numerical"}
    return [s.text for s in items]


def test_percent_word_and_sign_in_any_digits():
    assert claims("تورم در ماه گذشته به ۳۵ درصد رسید.", "fa") == [
        "تورم در ماه گذشته به ۳۵ درصد رسید"
    ]
    assert claims("ارتفعت الأسعار بنسبة ١٢٪ هذا العام.", "ar") == [
        "ارتفعت الأسعار بنسبة ١٢٪ هذا العام"
    ]
    assert claims("آٹے کی قیمت میں 20 فیصد اضافہ ہوا ہے۔", "ur")


def test_the_claim_leaves_out_the_speaker_and_cue():
    text = "وزیر اقتصاد گفت که صادرات به ۴۰ میلیارد دلار رسیده است."
    assert claims(text, "fa") == ["صادرات به ۴۰ میلیارد دلار رسیده است"]


def test_years_dates_questions_and_small_counts_are_not_figures():
    assert claims("این پل در سال ۱۳۹۸ ساخته شد.", "fa") == []
    assert claims("نشست در ۱۵ آبان ۱۴۰۳ برگزار شد.", "fa") == []
    assert claims("آیا قیمت‌ها ۲۰ درصد بالا رفته است؟", "fa") == []
    assert claims("سران ۳ کشور دیدار کردند.", "fa") == []
