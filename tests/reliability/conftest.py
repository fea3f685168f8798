"""Shared by the reliability suite: fixture texts, project snapshots, and the figures the suite
prints at the end of every run (kills survived, acknowledged actions lost, hostile inputs)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.store.project import Project

# Written for these tests: short news paragraphs in Persian (with ZWNJ and a contested place
# name), Arabic (with tanwin) and Urdu, each long enough to hold a few dozen spans.
NEWS = {
    "fa": (
        "به گزارش خبرگزاری محلی، سخنگوی وزارت نیرو گفت که تولید برق در تابستان امسال "
        "دوازده درصد بیشتر شده است. او افزود: «نیروگاه‌های تازه در ایران ساخته می‌شوند» "
        "اما کارشناسان می‌گویند این رقم با آمار رسمی سال گذشته جور درنمی‌آید.\n"
        "یک نماینده‌ی مجلس نیز ادعا کرد که قیمت نان در پایتخت دو برابر شده و دولت "
        "هیچ برنامه‌ای برای مهار آن ندارد."
    ),
    "ar": (
        "قال متحدث باسم وزارة الزراعة إن محصول القمح ارتفع هذا العام ارتفاعاً كبيراً، "
        "وأضاف أن الصادرات ستتضاعف قريباً. غير أن تقريراً صادراً عن مركز بحثي مستقل "
        "أشار إلى أن الأرقام الرسمية لا تتطابق مع صور الأقمار الصناعية."
    ),
    "ur": (
        "وزیر خزانہ نے کہا کہ ملک کی برآمدات میں پچھلے سال کے مقابلے میں پندرہ فیصد "
        "اضافہ ہوا ہے۔ تاہم ایک اخبار نے لکھا کہ یہ اعداد و شمار ابھی تک شائع نہیں کیے گئے۔"
    ),
}

FIGURES: Counter[str] = Counter()


@pytest.fixture(scope="session")
def news() -> dict[str, str]:
    return NEWS


@pytest.fixture
def figures() -> Counter[str]:
    """The suite's running totals, printed in the terminal summary."""
    return FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    terminalreporter.write_line(
        f"reliability: {FIGURES['kills']} kills survived, {FIGURES['acknowledged']} "
        f"acknowledged actions, {FIGURES['lost']} lost; {FIGURES['hostile']} hostile inputs "
        f"tried; {FIGURES['storage_faults']} storage faults refused cleanly"
    )


def add_news(project: Project) -> list[Document]:
    return project.add_documents(
        [
            (Document(name=f"news-{lang}", text=text, language=lang), None, "", [])
            for lang, text in NEWS.items()
        ]
    )


@pytest.fixture
def news_project(tmp_path: Path) -> Path:
    """A closed project file holding the three news paragraphs."""
    path = tmp_path / "news.annotator"
    with Project.create(path) as project:
        add_news(project)
    return path


def snapshot(project: Project) -> tuple[int, int, int, int]:
    """Documents, spans, relations and history entries: what an import must leave alone."""
    tables = ("documents", "spans", "relations", "history")
    counts = [project.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    return tuple(counts)


@pytest.fixture
def take_snapshot():
    return snapshot
