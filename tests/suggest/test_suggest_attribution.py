"""The attribution rule on texts written for these tests."""

from __future__ import annotations

import pytest

from annotator.suggest.engine import suggest_document


def found(text: str, language: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in suggest_document(text, rules=["attribution"], language=language):
        out.setdefault(s.label, []).append(s.text)
    return out


def test_persian_speaker_cue_and_quotation_make_one_linked_triple():
    text = "وزیر نیرو در نشستی خبری گفت: «ذخیره سدهای تهران به کمترین حد رسیده است.»"
    items = suggest_document(text, rules=["attribution"], language="fa")
    by_label = {s.label: s for s in items}
    assert by_label["Source"].text == "وزیر نیرو"
    assert by_label["Cue"].text == "گفت"
    assert by_label["Cue"].attributes == {"cue_type": "say"}
    assert by_label["Content"].text == "ذخیره سدهای تهران به کمترین حد رسیده است"
    assert by_label["Content"].attributes == {"quote_type": "direct"}
    link = by_label["Cue"].link
    assert link.type == "attribution"
    assert {p.role: p.key for p in link.parts} == {
        "source": by_label["Source"].key,
        "cue": by_label["Cue"].key,
        "content": by_label["Content"].key,
    }


def test_outlet_after_be_gozaresh_runs_to_the_comma():
    text = "به گزارش خبرگزاری دشت نیوز، بارش باران در استان کرمان دو برابر شد."
    got = found(text, "fa")
    assert got["Outlet"] == ["خبرگزاری دشت نیوز"]
    assert got["Cue"] == ["به گزارش"]
    assert got["Content"] == ["بارش باران در استان کرمان دو برابر شد"]


def test_outlet_reporting_an_office_gives_both():
    text = "به گزارش کاوه نیوز از وزارت بهداشت، واکسن تازه از ماه آینده توزیع می‌شود."
    got = found(text, "fa")
    assert got["Outlet"] == ["کاوه نیوز"]
    assert got["Source"] == ["وزارت بهداشت"]


def test_time_words_and_particles_before_the_speaker_are_skipped():
    text = "هفته گذشته نیز سخنگوی دولت در جمع خبرنگاران اعلام کرد که یارانه‌ها افزایش می‌یابد."
    got = found(text, "fa")
    assert got["Source"] == ["سخنگوی دولت"]
    assert got["Cue"] == ["اعلام کرد"]
    assert got["Content"] == ["یارانه‌ها افزایش می‌یابد"]


def test_quoted_name_stays_part_of_the_speaker():
    text = "پیش از این، «مریم کاظمی» مدیر بندر گفت: صادرات از این بندر متوقف نشده است."
    assert found(text, "fa")["Source"] == ["مریم کاظمی» مدیر بندر"]


def test_conversation_is_not_a_cue_and_continued_needs_speech_after_it():
    text = "دو طرف گفت و گو را ادامه می‌دهند و کار ساخت جاده ادامه دارد."
    assert found(text, "fa") == {}


def test_arabic_verb_speaker_complementizer():
    text = "وقال المتحدث باسم الوزارة في بيان إن المعبر سيفتح غدا."
    got = found(text, "ar")
    assert got["Cue"] == ["وقال"]
    assert got["Source"] == ["المتحدث باسم الوزارة"]
    assert got["Content"] == ["المعبر سيفتح غدا"]


def test_arabic_outlet_fused_with_li_and_a_trailing_according_to():
    text = "وقال وزير المالية لقناة الشروق إن العجز تراجع، وفقا لبيان رسمي."
    got = found(text, "ar")
    assert "لقناة الشروق" in got["Outlet"]
    assert got["Source"] == ["وزير المالية", "لبيان رسمي"]


def test_arabic_participle_carries_on_the_speaker():
    text = "وأكد رئيس البلدية أن المياه عادت إلى الأحياء، مشيرا إلى أن الإصلاحات اكتملت."
    items = suggest_document(text, rules=["attribution"], language="ar")
    cues = [s for s in items if s.label == "Cue"]
    assert [c.text for c in cues] == ["وأكد", "مشيرا"]
    sources = {p.role: p.start for p in cues[1].link.parts}
    assert text[sources["source"] :].startswith("رئيس البلدية")


def test_urdu_ne_kaha_ke():
    text = "صوبائی وزیر نے کہا کہ نئی سڑک اگلے سال مکمل ہوگی۔"
    got = found(text, "ur")
    assert got["Source"] == ["صوبائی وزیر"]
    assert got["Cue"] == ["نے کہا"]
    assert got["Content"] == ["نئی سڑک اگلے سال مکمل ہوگی"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«این تصمیم به سود همه کشاورزان منطقه است»، این را یک کشاورز گفت.", "fa"),
        ('قال المدير: "لن نغلق المصنع قبل نهاية العام".', "ar"),
    ],
)
def test_long_quotations_become_content(text, language):
    assert found(text, language)["Content"]


def test_short_quotes_around_names_are_not_content():
    assert "Content" not in found("او با «علی رضایی» دیدار کرد.", "fa")
