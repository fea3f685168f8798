"""The calendars rule and the date equivalents shown on hover."""

from __future__ import annotations

from datetime import date

from annotator.suggest.calendars import date_equivalents
from annotator.suggest.engine import suggest_document


def slips(text: str, language: str, published: date | None = None):
    return [
        (s.text, s.attributes["correction"])
        for s in suggest_document(text, rules=["calendars"], language=language, published=published)
    ]


def test_levantine_and_western_months_that_disagree():
    text = "عقد الاجتماع في ١٠ نيسان/مايو ٢٠٢٤ في عمّان."
    assert slips(text, "ar") == [("نيسان/مايو", "نيسان/أبريل")]


def test_the_weekday_decides_which_month_of_a_pair_is_kept():
    # 7 March 2024 was a Thursday; 7 February 2024 a Wednesday.
    text = "وصل الوفد يوم الخميس ٧ شباط/مارس ٢٠٢٤."
    assert slips(text, "ar") == [("شباط/مارس", "آذار/مارس")]


def test_weekday_that_the_date_does_not_fall_on_any_digits():
    # 1 Mehr 1403 was Sunday 22 September 2024.
    assert slips("جلسه روز دوشنبه ۱ مهر ۱۴۰۳ برگزار شد.", "fa") == [
        ("دوشنبه ۱ مهر ۱۴۰۳", "یکشنبه ۱ مهر ۱۴۰۳")
    ]
    assert slips("The meeting on Monday 22 September 2024.", "fa") == []


def test_right_weekday_is_left_alone():
    assert slips("جلسه روز یکشنبه ۱ مهر ۱۴۰۳ برگزار شد.", "fa") == []
    assert slips("انعقد المؤتمر يوم الأحد 22 أيلول/سبتمبر 2024.", "ar") == []


def test_two_calendars_that_disagree():
    text = "این قانون در ۱ مهر ۱۴۰۳ (۲۲ اکتبر ۲۰۲۴) اجرا شد."
    assert slips(text, "fa") == [("۲۲ اکتبر ۲۰۲۴", "۲۲ سپتامبر ۲۰۲۴")]


def test_hijri_is_allowed_a_day_either_way():
    # Umm al-Qura: 1 Ramadan 1445 = 11 March 2024; a sighting may start it on the 10th or 12th.
    assert slips("بدأ الصوم في ١ رمضان ١٤٤٥ هـ الموافق ١٢ آذار/مارس ٢٠٢٤.", "ar") == []
    assert slips("بدأ الصوم في ١ رمضان ١٤٤٥ هـ الموافق ١٥ آذار/مارس ٢٠٢٤.", "ar")


def test_a_date_without_year_takes_the_year_of_publication():
    text = "نشست روز جمعه ۱ آذر برگزار شد."  # 1 Azar 1403 = Thursday 21 November 2024
    assert slips(text, "fa") == []  # no year, no publication date: nothing to check
    assert slips(text, "fa", published=date(2024, 11, 25)) == [("جمعه ۱ آذر", "پنجشنبه ۱ آذر")]


def test_date_equivalents_of_a_persian_date():
    text = "در ۲۶ مهر ۱۴۰۳ توافق امضا شد."
    start = text.index("مهر")
    shown = date_equivalents(text, start, start + 3)
    assert shown.splitlines() == [
        "Solar Hijri: ۲۶ مهر ۱۴۰۳",
        "Gregorian: Thursday 17 October 2024",
        "Hijri (Umm al-Qura): ١٤ ربيع الآخر ١٤٤٦",
    ]


def test_date_equivalents_only_on_a_full_date():
    text = "در مهر ماه توافق امضا شد و ۲۶ نفر حاضر بودند."
    assert date_equivalents(text, 3, 6) is None
    assert date_equivalents(text, text.index("۲۶"), text.index("۲۶") + 2) is None
