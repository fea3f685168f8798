"""Peak memory with a 100,000-document project open in the app (10,000 with --quick).

"Open" means ``annotator gui PROJECT`` painted its main window and its document list shows
rows (bench/paint_probe.py). Peak memory is the process's own RSS high-water mark (VmHWM;
paint_probe says why not ``ru_maxrss``). Baselines, each in a fresh process of its own: a bare
PySide6 window, and a bare sqlite3 connection reading the same documents' names. The project
is built once from generated articles (our own sentences), cached under bench/out/ by size and
schema.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from annotator.core.model import Document
from annotator.store.migrations import MIGRATIONS
from annotator.store.project import Project
from bench.common import Result
from bench.paint_probe import ROOT, launch

OUT = ROOT / "bench" / "out"
LIMIT_MB = 400
BATCH = 5000

# Written for this benchmark: news sentences to assemble articles from.
SENTENCES = {
    "fa": [
        "به گزارش خبرنگار ما، جلسه‌ی شورای شهر امروز با حضور نمایندگان برگزار شد.",
        "سخنگوی وزارت نیرو گفت مصرف برق در هفته‌ی گذشته رکورد تازه‌ای زد.",
        "کارشناسان می‌گویند آمار اعلام‌شده با داده‌های سال پیش همخوانی ندارد.",
        "یک مقام محلی ادعا کرد که قیمت نان در پایتخت دو برابر شده است.",
        "نشست بعدی وزیران خارجه در ایروان برگزار خواهد شد.",
        "خبرگزاری رسمی به نقل از منابع آگاه نوشت که مذاکرات ادامه دارد.",
        "مردم در صف‌های طولانی جلوی نانوایی‌ها ایستاده بودند.",
        "این گزارش هنوز از سوی دولت تأیید نشده است.",
        "نماینده‌ی مجلس در گفت‌وگو با روزنامه‌ای محلی از کمبود دارو خبر داد.",
        "بر پایه‌ی داده‌های مرکز آمار، نرخ بیکاری ۱۲ درصد اعلام شد.",
    ],
    "ar": [
        "قال المتحدث باسم الوزارة إن الإنتاج ارتفع ارتفاعاً ملحوظاً هذا العام.",
        "وأضاف أن الصادرات ستتضاعف خلال الأشهر المقبلة.",
        "غير أن تقريراً مستقلاً أشار إلى أن الأرقام لا تتطابق مع الواقع.",
        "ونقلت وكالة الأنباء عن مصادر مطلعة أن المفاوضات مستمرة.",
        "وأكد شهود عيان أن الأسعار ارتفعت بنسبة ١٥٪ في الأسواق.",
        "ولم تعلق الحكومة على هذه الأنباء حتى الآن.",
    ],
    "ur": [
        "وزیر خزانہ نے کہا کہ ملک کی برآمدات میں اضافہ ہوا ہے۔",
        "تاہم ایک اخبار نے لکھا کہ یہ اعداد و شمار ابھی شائع نہیں ہوئے۔",
        "شہریوں نے بجلی کی قیمتوں میں اضافے پر احتجاج کیا۔",
        "حکام کے مطابق اجلاس اگلے ہفتے دوبارہ ہوگا۔",
    ],
}
LANGUAGES = ("fa", "fa", "fa", "ar", "ur")  # mostly Persian, as the newsroom is


def article(rng: random.Random, serial: int) -> Document:
    lang = rng.choice(LANGUAGES)
    pool = SENTENCES[lang]
    paragraphs = [
        " ".join(rng.choice(pool) for _ in range(rng.randint(3, 5)))
        for _ in range(rng.randint(3, 5))
    ]
    # The serial keeps every text unique: a project refuses the same text twice.
    text = f"{serial}\n" + "\n".join(paragraphs)
    return Document(
        name=f"article-{serial:06d}", title=paragraphs[0][:60], text=text, language=lang
    )


def corpus_project(documents: int) -> Path:
    """The cached project of ``documents`` generated articles, built on first use."""
    schema = hashlib.sha1("|".join(n for n, _ in MIGRATIONS).encode()).hexdigest()[:8]
    path = OUT / f"memory-{documents}-{schema}.annotator"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    for stale in OUT.glob(f"memory-{documents}-*.annotator*"):
        stale.unlink()
    building = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    print(f"  building {documents:,} documents into {path.name} ...", file=sys.stderr, flush=True)
    rng = random.Random(documents)
    with Project.create(building) as project:
        project.conn.execute("PRAGMA synchronous = OFF")  # a throwaway build: speed over safety
        for first in range(0, documents, BATCH):
            batch = range(first, min(first + BATCH, documents))
            project.add_documents([(article(rng, n), None, "", []) for n in batch])
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(building, path)
    return path


NAMES_ONLY = """
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
names = [r[0] for r in conn.execute("SELECT name FROM documents ORDER BY position")]
print(len(names))
"""

STORE_ONLY = """
import sys
from annotator.store.project import Project
with Project.open(sys.argv[1], readonly=True) as project:
    print(len(project.documents()))
"""

REPORT_PEAK = """
from bench.paint_probe import peak_rss
print(peak_rss())
"""


def peak_rss_of(script: str, *args: str) -> tuple[int, str]:
    """Runs ``script`` in a fresh interpreter; its peak memory in bytes and its first line."""
    done = subprocess.run(
        [sys.executable, "-c", script + REPORT_PEAK, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    first, peak = done.stdout.split()
    return int(peak), first


def quick_check_cost(path: Path) -> tuple[float, float]:
    """Seconds for Project.open, and for PRAGMA quick_check on the same file (not run at open)."""
    t0 = time.perf_counter()
    with Project.open(path, readonly=True) as project:
        opened = time.perf_counter() - t0
        t0 = time.perf_counter()
        project.conn.execute("PRAGMA quick_check").fetchall()
        checked = time.perf_counter() - t0
    return opened, checked


def _mb(value: int) -> float:
    return value / 2**20


def run(quick: bool) -> list[Result]:
    documents = 10_000 if quick else 100_000
    path = corpus_project(documents)
    size = f"{documents // 1000}k docs"
    app = launch("app", str(path), wait_rows=True)
    bare = launch("bare")
    store, _ = peak_rss_of(STORE_ONLY, str(path))
    names, count = peak_rss_of(NAMES_ONLY, str(path))
    assert int(count) == documents, count
    opened, checked = quick_check_cost(path)
    print(
        f"  {path.name}: {path.stat().st_size / 1e6:,.0f} MB on disk; app list shows "
        f"{app['rows']:,} rows; Project.open {opened * 1000:.1f} ms, PRAGMA quick_check "
        f"{checked * 1000:,.0f} ms (not run at open)",
        file=sys.stderr,
    )
    return [
        Result(
            f"peak RSS, app open on {size} (list filled)",
            _mb(app["peak_rss"]),
            _mb(bare["peak_rss"]),
            f"< {LIMIT_MB} MB",
            _mb(app["peak_rss"]) < LIMIT_MB,
            unit="MB",
            baseline_name="bare PySide6 window",
        ),
        Result(
            f"peak RSS, Project.open + documents(), {size}",
            _mb(store),
            _mb(names),
            f"< {LIMIT_MB} MB",
            _mb(store) < LIMIT_MB,
            unit="MB",
            baseline_name="bare sqlite3 reading names",
        ),
    ]
