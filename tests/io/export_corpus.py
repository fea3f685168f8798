"""A small annotated corpus that every export test shares.

The texts are written for these tests: emoji (and a flag, two code points) before the spans,
ZWNJ, Persian digits, «» quotes, a paragraph starting with a Latin word, ``<script>``, cells
that a spreadsheet would run as formulas, nested and crossing spans, two annotators.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import Document
from annotator.store.project import Project

PERSIAN_NEWS = (
    "😀 خبر فوری 🇮🇷: به گزارش خبرگزاری نمونه، سخنگوی وزارت خارجه گفت: "
    "«نشست بعدی در ایران برگزار می‌شود و قیمت گاز ۳۰ درصد کاهش یافته است».\n"
    "SpaceX می‌گوید <script>alert('x')</script> «این یک آزمون & است».\n"
    "دشمنان ملت همیشه دروغ می‌گویند و این 🚀 خبر را پنهان می‌کنند."
)
ARABIC_NEWS = (
    "قال المتحدث باسم الوزارة 😀 إن الاجتماع سيعقد في يريفان يوم 3 أيلول/سبتمبر.\n"
    "=SUM(A1:A9) و+98 رقم الهاتف و@الحساب الرسمي.\n"
    "Hello, this line is English only."
)


def at(text: str, quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def build(project: Project) -> dict[str, str]:
    """Fills ``project``; returns span ids by a short name for the tests to refer to."""
    fa = project.add_document(
        Document(
            name="fa-news",
            text=PERSIAN_NEWS,
            language="fa",
            title="نشست بعدی",
            outlet="خبرگزاری نمونه",
            url="https://news.example/fa/1",
            published="2024-05-02",
        )
    )
    ar = project.add_document(
        Document(name="ar-news", text=ARABIC_NEWS, language="ar", title="الاجتماع")
    )
    project.set_document_status(ar.id, "done")
    ids: dict[str, str] = {}

    def span(key, doc, quote, label, nth=0, **kw):
        start, end = at(doc.text, quote, nth)
        ids[key] = project.new_span(doc.id, start, end, label, **kw).id

    span("outlet", fa, "خبرگزاری نمونه", "Outlet", attributes={"wikidata": "Q1"})
    span("source", fa, "سخنگوی وزارت خارجه", "Source", attributes={"source_type": "organisation"})
    span("cue", fa, "گفت", "Cue", attributes={"cue_type": "say"})
    span(
        "content",
        fa,
        "نشست بعدی در ایران برگزار می‌شود و قیمت گاز ۳۰ درصد کاهش یافته است",
        "Content",
        attributes={"quote_type": "direct"},
    )
    span(
        "claim",
        fa,
        "قیمت گاز ۳۰ درصد کاهش یافته است",
        "Claim",
        attributes={
            "verdict": "false",
            "normalized_claim": "قیمت گاز ۳۰ درصد کم شد",
            "review_date": "2024-05-03",
            "claim_type": "numerical",
            "verdict_note": "=داده‌های رسمی\tخلاف این را نشان می‌دهد",
        },
        note="دو سطر\nیادداشت با \\ و «گیومه»",
    )
    span(
        "fact",
        fa,
        "ایران",
        "Contested_fact",
        attributes={"correction": "ایروان", "error_type": "entity_swap", "status": "open"},
        note='=HYPERLINK("http://x")',
    )
    span("spacex", fa, "SpaceX", "Entity", attributes={"entity_type": "organisation"})
    span("script", fa, "<script>alert('x')</script>", "Claim")
    span("loaded", fa, "دشمنان ملت", "Loaded_Language", annotator="reviewer2")
    span("name_calling", fa, "دشمنان", "Name_Calling-Labeling", annotator="reviewer2")
    span("crossing", fa, "ملت همیشه دروغ", "Doubt", annotator="reviewer2")
    span("biased", fa, "دروغ", "Biased_word", attributes={"bias_kind": "loaded"})
    span("after_rocket", fa, "خبر را پنهان", "Exaggeration-Minimisation")

    span("ar_source", ar, "المتحدث باسم الوزارة", "Source", attributes={"source_type": "unnamed"})
    span("ar_cue", ar, "قال", "Cue")
    span("ar_content", ar, "الاجتماع سيعقد في يريفان", "Content")
    span(
        "ar_claim",
        ar,
        "الاجتماع سيعقد في يريفان",
        "Claim",
        attributes={"verdict": "true", "review_date": "2024-09-01"},
    )
    span(
        "evidence",
        ar,
        "يريفان",
        "Evidence",
        attributes={"url": "https://evidence.example/yerevan", "kind": "official_document"},
    )
    span("formula", ar, "=SUM(A1:A9)", "Entity", note="+cmd")
    span("phone", ar, "+98", "Entity", annotator="reviewer2")
    span("at_sign", ar, "@الحساب", "Source")
    span("english", ar, "English", "Entity")

    project.new_relation(
        "attribution",
        {"source": [ids["source"]], "cue": [ids["cue"]], "content": [ids["content"]]},
    )
    project.new_relation("via_outlet", {"content": [ids["content"]], "outlet": [ids["outlet"]]})
    project.new_relation(
        "attribution",
        {"source": [ids["ar_source"]], "cue": [ids["ar_cue"]], "content": [ids["ar_content"]]},
    )
    project.new_relation("corrects", {"fact": [ids["fact"]], "evidence": [ids["evidence"]]})
    project.new_relation(
        "supports",
        {"evidence": [ids["ar_content"]], "claim": [ids["ar_claim"]]},
        annotator="reviewer2",
    )
    return ids


def corpus_project(tmp_path: Path, name: str = "corpus.annotator") -> tuple[Project, dict]:
    project = Project.create(tmp_path / name)
    return project, build(project)


def fresh_project(tmp_path: Path, name: str = "corpus.annotator") -> Project:
    """An empty project named like the corpus (some formats carry the project's name)."""
    folder = tmp_path / "fresh"
    folder.mkdir(exist_ok=True)
    return Project.create(folder / name)
