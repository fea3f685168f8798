"""The variants rule: one name spelt two ways across the corpus."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.suggest import lexicon
from annotator.suggest.engine import suggest_document
from annotator.suggest.variants import CorpusNames

ARTICLES = [
    "نماینده تاجیکستان، رستم قادروف، در نشست حاضر بود. قادروف از طرح تازه حمایت کرد.",
    "رستم قادروف دیروز به دوشنبه بازگشت و گفت قادروف به زودی استعفا نمی‌دهد.",
    "به گفته رستم قادرف، نشست بعدی در ماه آینده است.",
]


def test_rarer_spelling_one_letter_off_is_proposed_with_the_common_one(project):
    docs = [
        project.add_document(Document(name=f"d{i}", text=t, language="fa"))
        for i, t in enumerate(ARTICLES)
    ]
    items = suggest_document(project, docs[2].id, rules=["variants"])
    assert [(s.text, s.attributes) for s in items] == [("قادرف", {"correction": "قادروف"})]
    assert items[0].reason == "spelt «قادرف» here, «قادروف» in 4 other places"
    assert suggest_document(project, docs[0].id, rules=["variants"]) == []


def test_common_words_affixes_and_ties_are_not_variants():
    texts = [
        "ماه‌های گذشته و راه‌های تازه؛ ماه‌های سخت و راه‌های دور. راه‌های باز.",
        "مردم ایران و ایرانی‌ها؛ ایرانی‌ها و ایران. ایرانی",
        "سلیمانوف آمد. سلیمانف رفت.",  # one each: no telling which is right
    ]
    corpus = CorpusNames.of_texts(texts, "fa")
    assert corpus.letter_variants(lexicon.load()) == {}


def test_half_space_differences_are_listed_not_proposed():
    texts = ["قره‌باغ و قره‌باغ و قره‌باغ", "قره باغ"]
    corpus = CorpusNames.of_texts(texts, "fa")
    table = corpus.table(lexicon.load())
    assert [(g.name, g.count, [s for s, _, _ in g.spellings]) for g in table] == [
        ("قره‌باغ", 4, ["قره باغ"])
    ]
    assert suggest_document(texts[1], rules=["variants"], language="fa") == []


def test_arabic_name_variant_with_a_fused_conjunction():
    texts = [
        "التقى الوزير ميرزويان. وقال ميرزويان إن ميرزويان",
        "وأضاف ميرزيان أن الحدود",
        "ورد وميرزويان على السؤال",
    ]
    corpus = CorpusNames.of_texts(texts, "ar")
    assert corpus.letter_variants(lexicon.load()) == {"میرزیان": ("ميرزويان", "میرزویان")}
    items = suggest_document("وقال وميرزيان إن", rules=["variants"], language="ar")
    assert items == []  # alone, a text has no other spelling to compare with
