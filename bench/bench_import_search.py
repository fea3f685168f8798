"""Corpus import and search speed, each against a bare sqlite3 baseline in the same run.

- Import: 10,000 article files (~30 MB; quick: 1,000) through ``import_paths`` (read,
  decode, clean, detect language, near-duplicate check, a savepoint per file in half-second
  batches, FTS5 index) against one ``executemany`` of the same rows, the files' bytes
  included, into a table with an FTS5 trigram index.
- Search: 100,000 documents (quick: 5,000) through ``store.search`` for a page of 200 hits,
  as the command line shows (FTS5 candidates in import order, the tolerant pattern on each
  one's stored text, code-point offsets; context is cut when a hit is shown), against a bare
  FTS5 MATCH of the term as typed returning its first 200 rows with their text, on a table
  holding the same rows. The bare query finds only the spelling typed: for the compound, a
  third of the documents.

The articles are generated from sentence templates written for this benchmark.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from annotator.core.model import Document
from annotator.io import importer
from annotator.store.project import Project
from annotator.store.search import SearchQuery, search
from bench.common import Result, ratio_result, throughput_result, timed

TEMPLATES = [
    "به گزارش {outlet}، {person} روز {day} در {place} گفت که گفت‌وگوها درباره {topic} ادامه دارد.",
    "{person} افزود که {num} نفر از کارشناسان برای بررسی {topic} به {place} سفر می‌کنند.",
    "سخنگوی وزارت خارجه در نشست خبری هفتگی اعلام کرد که نشست بعدی در {place} برگزار می‌شود.",
    "قیمت {good} در بازار {place} طی هفته گذشته {num} درصد افزایش یافت و خریداران نگران هستند.",
    "{outlet} نوشت: «{person} هیچ‌گاه چنین وعده‌ای درباره {topic} نداده بود».",
    "کارشناسان می‌گویند افزایش {num} درصدی قیمت {good} به تصمیم‌های تازه دولت بستگی دارد.",
    "نیروهای حافظ صلح در {place} مستقر شدند و گزارش‌ها از آرامی نسبی منطقه حکایت دارد.",
    "{person} در گفت‌وگو با {outlet} تأکید کرد که هیچ توافقی بدون رضایت مردم {place} امضا نمی‌شود.",
    "قال {person_ar} إن المحادثات حول {topic_ar} ستستأنف في {place_ar} الأسبوع المقبل.",
    "وأفادت {outlet_ar} بأن الأسعار ارتفعت بنسبة {num} في المئة خلال الشهر الماضي.",
]
FILL = {
    "outlet": ["خبرگزاری پارس", "روزنامه شرق", "خبرگزاری آران", "پایگاه خبری نمونه", "رادیو صبا"],
    "person": [
        "وزیر خارجه",
        "سخنگوی دولت",
        "رئیس مجلس",
        "نماینده ویژه",
        "فرمانده منطقه",
        "استاندار",
        "دبیر شورا",
        "معاون وزیر",
    ],
    "day": ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه"],
    "place": ["تبریز", "باکو", "تفلیس", "مشهد", "اصفهان", "شیراز", "آستارا", "گنجه", "قزوین"],
    "topic": [
        "گذرگاه مرزی",
        "آتش‌بس",
        "تبادل اسیران",
        "خط لوله گاز",
        "مسیر ترانزیت",
        "بازگشت آوارگان",
        "تعرفه‌های گمرکی",
    ],
    "good": ["گوشت", "نان", "بنزین", "دارو", "برنج", "لبنیات"],
    "person_ar": ["وزير الخارجية", "المتحدث باسم الحكومة", "رئيس البرلمان"],
    "topic_ar": ["وقف إطلاق النار", "المعابر الحدودية", "تبادل الأسرى"],
    "place_ar": ["بغداد", "عمان", "الدوحة", "بيروت"],
    "outlet_ar": ["وكالة الأنباء", "صحيفة الاختبار", "قناة المثال"],
}
RARE = ["قره‌باغ", "قره باغ", "قرهباغ"]  # the searched compound, written three ways
RARE_EVERY = 200  # one document in 200 mentions it


def article(rng: random.Random, n: int, chars: int) -> str:
    paragraphs, size = [], 0
    while size < chars:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            template = rng.choice(TEMPLATES)
            fields = {k: rng.choice(v) for k, v in FILL.items()}
            fields["num"] = str(rng.randint(2, 9999))
            sentences.append(template.format(**fields))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    if n % RARE_EVERY == 0:
        paragraphs.insert(1, f"درگیری در {RARE[n // RARE_EVERY % 3]} ادامه دارد.")
    # A serial number keeps every article distinct, as real articles are.
    return f"گزارش شماره {n}\n\n" + "\n\n".join(paragraphs)


def corpus(count: int, chars: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, n, chars) for n in range(count)]


def _bare_fts_db(path: Path, texts: list[str], originals: bool = False) -> sqlite3.Connection:
    """The same document rows (every column a document has, and with ``originals`` the file's
    bytes too) in one table with an FTS5 trigram index, stored by one executemany."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, uid TEXT, name TEXT, language TEXT, "
        "text TEXT, title TEXT, outlet TEXT, url TEXT, published TEXT, source_path TEXT, "
        "status TEXT, attributes TEXT, imported_at TEXT, content_hash TEXT, original BLOB)"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='id', "
        "tokenize='trigram')"
    )
    conn.execute(
        "CREATE TRIGGER docs_added AFTER INSERT ON docs BEGIN "
        "INSERT INTO docs_fts (rowid, text) VALUES (new.id, new.text); END"
    )
    rows = [
        (
            str(uuid.uuid4()),
            f"{i:05d}",
            "fa",
            t,
            "",
            "",
            "",
            "",
            f"articles/{i:05d}.txt",
            "todo",
            "{}",
            "2026-01-01T00:00:00.000Z",
            hashlib.sha256(t.encode()).hexdigest(),
            t.encode() if originals else None,
        )
        for i, t in enumerate(texts)
    ]
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO docs VALUES (NULL, {', '.join('?' * 14)})", rows)
    conn.execute("COMMIT")
    return conn


def bench_import(tmp: Path, count: int) -> list[Result]:
    texts = corpus(count, 1600)  # ~3 KB of UTF-8 each: 10,000 make about 30 MB
    folder = tmp / "articles"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    megabytes = sum(len(t.encode()) for t in texts) / 1e6

    t0 = time.perf_counter()
    _bare_fts_db(tmp / "bare-import.db", texts, originals=True).close()
    baseline = time.perf_counter() - t0

    with Project.create(tmp / "import.annotator") as project:
        t0 = time.perf_counter()
        report = importer.import_paths(project, [folder])
        ours = time.perf_counter() - t0
        assert len(project.document_ids()) == count, report.errors[:3]
    return [
        throughput_result(
            f"import {count:,} article files ({megabytes:.0f} MB), each file atomic",
            ours,
            baseline,
            0.5,
            "executemany of the same rows, FTS5 trigram index",
        )
    ]


PAGE = 200  # hits a search shows at once: the command line's --limit
# A page of rows for the term as typed, with the text to show them: the bare query's share of
# what ``store.search`` does for a page of hits.
BARE_PAGE = (
    "SELECT d.id, d.name, d.text FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid "
    "WHERE docs_fts MATCH ? LIMIT ?"
)


def bench_search(tmp: Path, count: int) -> list[Result]:
    texts = corpus(count, 600, seed=11)
    bare = _bare_fts_db(tmp / "bare-search.db", texts)
    with Project.create(tmp / "search.annotator") as project:
        batch = 2000
        for start in range(0, count, batch):
            project.add_documents(
                (Document(name=str(n), text=texts[n], language="fa"), None, "", [])
                for n in range(start, min(count, start + batch))
            )
        results = []
        for figure, query, term in (
            ("a compound written 3 ways", "قره‌باغ", "قره‌باغ"),
            ("a number, Persian digits for ASCII", "شماره ۴۲۴۲", "شماره 4242"),
            ("a common word", "گفت‌وگوها", "گفت‌وگوها"),
        ):
            page = SearchQuery(text=query, limit=PAGE)
            ours = timed(lambda q=page: search(project, q), repeat=7)
            base = timed(lambda t=term: bare.execute(BARE_PAGE, (f'"{t}"', PAGE)).fetchall(), 7)
            found = search(project, page)
            rows = len(bare.execute(BARE_PAGE, (f'"{term}"', PAGE)).fetchall())
            more = "+" if found.truncated else ""
            results.append(
                ratio_result(
                    f"search {count:,} documents: {figure}, first {PAGE} hits "
                    f"({len(found.hits)}{more} found, tolerant, code-point offsets; "
                    "context cut when shown)",
                    ours,
                    base,
                    2,
                    f"bare FTS5 MATCH of the term as typed, first {PAGE} rows with their text "
                    f"({rows} found), same rows",
                )
            )
    bare.close()
    return results


def run(quick: bool) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "i").mkdir()
        (root / "s").mkdir()
        results = bench_import(root / "i", 1_000 if quick else 10_000)
        results += bench_search(root / "s", 5_000 if quick else 100_000)
    return results
