"""The document view at 1 MB and 20,000 spans, against a bare QTextEdit in the same run.

Figures: opening (show_document until the first paint is done) against a QTextEdit given the
same text with setPlainText and painted once; adding one span (Project.new_span, add_spans,
the repaint processed); scrolling one page and repainting.
"""

from __future__ import annotations

import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QTextEdit

from annotator.core.model import Document, Span
from annotator.core.words import words
from annotator.store.project import Project
from bench.common import Result, absolute_result, ratio_result

# Written for this benchmark: news-like Persian with ZWNJ, both digit systems, «» and Latin.
SENTENCES = [
    "به گزارش خبرگزاری مهر، نشست دو روزهٔ وزیران در تهران روز شنبه به پایان رسید.",
    "سخنگوی دولت گفت: «هیچ تصمیمی دربارهٔ افزایش قیمت بنزین گرفته نشده است».",
    "بانک مرکزی اعلام کرد نرخ تورم سالانه در مهرماه به ۳۸ درصد رسیده است.",
    "کارشناسان می‌گویند این آمار با داده‌های مرکز آمار هم‌خوانی ندارد.",
    "شرکت Nokia قرارداد تازه‌ای برای توسعهٔ شبکهٔ همراه امضا کرده است.",
    "وزیر نیرو پیش‌تر وعده داده بود که خاموشی‌ها تا پایان تابستان تمام می‌شود.",
    "به نوشتهٔ روزنامهٔ «اطلاعات»، دست‌کم ۱۲۰ روستا هنوز آب لوله‌کشی ندارند.",
    "نمایندگان مجلس خواستار توضیح وزیر اقتصاد دربارهٔ بودجهٔ سال ۱۴۰۴ شدند.",
    "یک مقام آگاه که نخواست نامش فاش شود گفت مذاکرات در وین ادامه دارد.",
    "صادرات غیرنفتی در شش ماه نخست سال 12 درصد کاهش یافته است.",
    "رئیس سازمان هواشناسی هشدار داد که دمای هوا تا ۴۵ درجه بالا می‌رود.",
    "فعالان محیط زیست می‌گویند دریاچهٔ ارومیه دوباره رو به خشکی است.",
    "خبرگزاری ایسنا به نقل از یک منبع آگاه نوشت که این طرح متوقف شده است.",
    "قیمت هر دلار آمریکا در بازار آزاد به ۵۸ هزار تومان رسید.",
    "دبیرکل سازمان ملل در پیامی از همهٔ طرف‌ها خواست خویشتن‌داری کنند.",
    "به گفتهٔ وزارت بهداشت، شمار بیماران بستری در هفتهٔ گذشته دو برابر شد.",
    "این گزارش می‌افزاید که بیش از ۳۰۰ هزار نفر در این سیل آسیب دیده‌اند.",
    "مدیرعامل شرکت ملی گاز گفت: «ذخایر زمستانی کافی است و جای نگرانی نیست».",
    "منتقدان این ادعا را «بی‌پایه» خواندند و خواستار انتشار اسناد شدند.",
    "سفیر ایران در ایروان از گسترش همکاری‌های تجاری دو کشور خبر داد.",
    "گزارش‌ها حاکی است که خط لوله تا سال 2027 به بهره‌برداری می‌رسد.",
    "شهردار تهران وعده داد که ۲۰ ایستگاه تازهٔ مترو تا پایان سال افتتاح شود.",
    "پژوهشگران دانشگاه تهران می‌گویند آلودگی هوا سالانه هزاران قربانی می‌گیرد.",
    "او افزود که دولت برای مهار قیمت‌ها بستهٔ حمایتی تازه‌ای آماده کرده است.",
    "وزارت خارجه در بیانیه‌ای این اتهام‌ها را «دروغ‌پردازی رسانه‌ای» دانست.",
    "بر پایهٔ این توافق، روزانه ۱۵۰ کامیون از مرز بازرگان عبور خواهند کرد.",
    "خبرنگار ما از اصفهان گزارش می‌دهد که صف‌های طولانی نان کوتاه‌تر شده است.",
    "برخی رسانه‌ها نوشتند که جلسه به تعویق افتاده، اما دفتر وزیر آن را تکذیب کرد.",
    "نرخ بیکاری جوانان به گفتهٔ مرکز آمار ۲۲٫۵ درصد است.",
    "کارشناس حقوق بین‌الملل می‌گوید این قطعنامه هیچ الزام اجرایی ندارد.",
]
LABELS = ["Claim", "Source", "Cue", "Content", "Contested_fact", "Entity"]
COLORS = {
    "Claim": "#e4572e",
    "Source": "#5e60ce",
    "Cue": "#f4a261",
    "Content": "#43aa8b",
    "Contested_fact": "#d62828",
    "Entity": "#6c757d",
}


def make_text(size: int, seed: int = 7) -> str:
    """Paragraphs of 3 to 9 shuffled sentences until ``size`` characters."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 9)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return "\n".join(paragraphs)[:size]


def make_spans(text: str, doc_id: str, count: int, seed: int = 11) -> list[Span]:
    """``count`` word-snapped spans of 1 to 12 words, overlapping and nesting at random."""
    rng = random.Random(seed)
    bounds = list(words(text))
    spans = []
    for _ in range(count):
        k = rng.randrange(len(bounds) - 12)
        start, end = bounds[k][0], bounds[k + rng.randint(0, 11)][1]
        spans.append(Span.on(text, doc_id, start, end, rng.choice(LABELS)))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])


def _dispose(app: QApplication, widget: QTextEdit) -> None:
    """Deletes a widget now, so freeing its 1 MB document is not timed in the next run."""
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def _bare_edit() -> QTextEdit:
    """The baseline: a plain QTextEdit in the reading font, so both draw the same glyphs."""
    from annotator.gui.fonts import reading_font

    edit = QTextEdit()
    edit.setFont(reading_font())
    edit.resize(1000, 800)
    return edit


def _open_bare(app: QApplication, text: str) -> float:
    edit = _bare_edit()
    t0 = time.perf_counter()
    edit.setPlainText(text)
    edit.show()
    app.processEvents()
    edit.viewport().repaint()
    elapsed = time.perf_counter() - t0
    _dispose(app, edit)
    return elapsed


def _view():
    from annotator.gui.document_view import DocumentView

    view = DocumentView()
    view.resize(1000, 800)
    return view


def _open_view(app: QApplication, text: str, spans: list[Span]) -> float:
    view = _view()
    t0 = time.perf_counter()
    view.show_document(text, spans, COLORS)
    view.show()
    app.processEvents()
    view.viewport().repaint()
    elapsed = time.perf_counter() - t0
    _dispose(app, view)
    return elapsed


def _interleaved(measures: dict[str, Callable[[], list[float]]], repeat: int) -> dict[str, float]:
    """Median of each measure, taking turns, so a busy spell on the machine hits both sides."""
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(repeat):
        for name, measure in measures.items():
            gc.collect()
            times[name].extend(measure())
    return {name: statistics.median(values) for name, values in times.items()}


def _switch(app: QApplication, edit: QTextEdit, fill, before: str, text: str) -> list[float]:
    """Time for a shown widget showing ``before`` to show ``text`` and paint it."""
    fill(before)
    app.processEvents()
    edit.viewport().repaint()
    gc.collect()
    t0 = time.perf_counter()
    fill(text)
    app.processEvents()
    edit.viewport().repaint()
    elapsed = time.perf_counter() - t0
    _rest(app, fill)
    return [elapsed]


def _rest(app: QApplication, fill) -> None:
    # A shown QTextEdit lays out the rest of its text in idle time; emptied, it stops, and
    # that work does not land in the other side's measurement.
    fill("")
    app.processEvents()


def _page_scroll(app: QApplication, edit: QTextEdit, fill, text: str, pages: int) -> list[float]:
    """Time to scroll one page down and repaint, for each of ``pages`` pages."""
    fill(text)
    app.processEvents()
    edit.viewport().repaint()
    bar = edit.verticalScrollBar()
    times = []
    for _ in range(pages):
        t0 = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        edit.viewport().repaint()
        times.append(time.perf_counter() - t0)
    _rest(app, fill)
    return times


def _add_one_span(app: QApplication, view, project: Project, doc_id: str, text: str) -> float:
    """Median over 50 adds near the top of the page, each stored, shown and painted."""
    bounds = list(words(text[:3000]))
    times = []
    for k in range(50):
        start, end = bounds[(k * 7) % len(bounds)]
        t0 = time.perf_counter()
        span = project.new_span(doc_id, start, end, LABELS[k % len(LABELS)])
        view.add_spans([span])
        app.processEvents()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(quick: bool) -> list[Result]:
    app = _app()
    size, count = (200_000, 4_000) if quick else (1_000_000, 20_000)
    repeat = 3 if quick else 7
    scale = f"{size // 1000} KB, {count:,} spans"
    text = make_text(size)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "bench.annotator")
        doc = project.add_document(Document(name="bench", text=text, language="fa"))
        spans = make_spans(text, doc.id, count)
        project.add_annotations(spans, [])
        spans = project.spans(doc.id)
        # Warm up fonts and shaping caches on both sides before timing.
        _open_bare(app, text[:5000])
        _open_view(app, text[:5000], [])
        opened = _interleaved(
            {
                "bare": lambda: [_open_bare(app, text)],
                "ours": lambda: [_open_view(app, text, spans)],
            },
            repeat,
        )
        other = make_text(size, seed=8)
        bare_edit, view = _bare_edit(), _view()
        bare_edit.show()
        view.show()

        def show(t: str) -> None:
            view.show_document(t, spans if t is text else [], COLORS)

        switched = _interleaved(
            {
                "bare": lambda: _switch(app, bare_edit, bare_edit.setPlainText, other, text),
                "ours": lambda: _switch(app, view, show, other, text),
            },
            repeat,
        )
        scrolled = _interleaved(
            {
                "bare": lambda: _page_scroll(app, bare_edit, bare_edit.setPlainText, text, 8),
                "ours": lambda: _page_scroll(app, view, show, text, 8),
            },
            3,
        )
        _dispose(app, bare_edit)
        show(text)
        app.processEvents()
        add = _add_one_span(app, view, project, doc.id, text)
        _dispose(app, view)
        results += [
            ratio_result(
                f"open {scale}, first paint", opened["ours"], opened["bare"], 2, "setPlainText"
            ),
            ratio_result(
                f"switch to it in a shown view, {scale}",
                switched["ours"],
                switched["bare"],
                2,
                "setPlainText",
            ),
            ratio_result(
                f"scroll a page, {scale}", scrolled["ours"], scrolled["bare"], 2, "QTextEdit"
            ),
            absolute_result(f"add one span at {count:,} spans (store+paint)", add, 0.016),
        ]
        project.close()
    return results
