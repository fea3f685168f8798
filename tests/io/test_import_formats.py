"""Web pages, Word documents, PDFs and spreadsheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.io import importer
from tests.io.import_builders import (
    PDF_LINES,
    docx_bytes,
    entity_bomb_docx,
    pdf_bytes,
    pdf_without_text,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def _docs(project):
    return [project.document(s.id) for s in project.documents()]


def _write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_html_page_gives_article_paragraphs_and_metadata(project):
    report = importer.import_paths(project, [FIXTURES / "article_fa.html"])
    assert report.errors == []
    (doc,) = _docs(project)
    assert doc.title == "نشست تازه درباره قره‌باغ در ایروان"  # og:title wins over JSON-LD
    assert doc.outlet == "خبرگزاری آزمایشی"
    assert doc.published == "2023-09-21T08:30:00+03:30"
    assert doc.url == "https://news.example/fa/1402/karabakh"
    assert doc.text.split("\n\n") == [
        "نشست تازه درباره قره‌باغ در ایروان",
        "به گزارش خبرگزاری آزمایشی، وزیران خارجه دو کشور روز چهارشنبه در ایروان دیدار کردند.",
        "در این دیدار درباره آتش‌بس و گذرگاه‌های مرزی گفت‌وگو شد.",
        "سخنگوی وزارت خارجه گفت: «نشست بعدی ماه آینده برگزار می‌شود».",
    ]
    for dropped in ("خانه", "پربازدیدترین", "نباید دیده شود", "حقوق محفوظ", "color"):
        assert dropped not in doc.text
    assert doc.language == "fa"


def test_html_metadata_from_json_ld_graph_time_and_canonical(project):
    importer.import_paths(project, [FIXTURES / "article_time.html"])
    (doc,) = _docs(project)
    assert doc.title == "اجتماع في يريفان"
    assert doc.outlet == "وكالة الاختبار"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://news.example/ar/42"
    assert doc.text == "قال المتحدث إن الاجتماع سيعقد في الخامس من آذار ."
    assert doc.language == "ar"


def test_docx_paragraphs_tables_and_title(project, tmp_path):
    data = docx_bytes(["بند نخست گزارش.", "", "بند دوم: نشست در ایروان."], title="گزارش")
    importer.import_paths(project, [_write(tmp_path, "report.docx", data)])
    (doc,) = _docs(project)
    assert doc.text == "بند نخست گزارش.\n\nبند دوم: نشست در ایروان.\n\nجدول: ۲۰ درصد"
    assert doc.title == "گزارش"
    assert project.document_source(doc.id)["original"] == data


def test_docx_with_an_entity_bomb_is_refused_by_name(project, tmp_path):
    path = _write(tmp_path, "bomb.docx", entity_bomb_docx())
    report = importer.import_paths(project, [path])
    assert report.errors == [
        f"{path}: word/document.xml declares XML entities (a possible entity bomb); refused"
    ]
    assert project.documents() == []


def test_docx_that_is_not_a_zip(project, tmp_path):
    path = _write(tmp_path, "fake.docx", b"just text pretending")
    report = importer.import_paths(project, [path])
    assert "not a Word document" in report.errors[0]


def test_pdf_text_layer(project, tmp_path):
    importer.import_paths(project, [_write(tmp_path, "page.pdf", pdf_bytes())])
    (doc,) = _docs(project)
    assert doc.text == "\n".join(PDF_LINES)
    assert project.document_source(doc.id)["encoding"] == "pdf"


def test_pdf_without_text_layer_says_so(project, tmp_path):
    path = _write(tmp_path, "scan.pdf", pdf_without_text())
    report = importer.import_paths(project, [path])
    assert report.errors[0].startswith(f"{path}: the PDF has no text layer")
    assert "OCR" in report.errors[0]


def test_broken_pdf(project, tmp_path):
    path = _write(tmp_path, "broken.pdf", b"%PDF-1.7\nnothing else")
    report = importer.import_paths(project, [path])
    assert str(path) in report.errors[0]
    assert project.documents() == []


def test_csv_autodetects_text_and_metadata_columns(project):
    report = importer.import_paths(project, [FIXTURES / "articles.csv"])
    assert report.errors == []
    docs = _docs(project)
    assert [d.title for d in docs] == ["خبر نخست", "خبر دوم"]
    assert docs[0].text.startswith("سخنگوی وزارت خارجه گفت")
    assert docs[1].outlet == "روزنامه نمونه"
    assert docs[1].published == "2023-09-22"
    assert docs[1].url == "https://news.example/2"
    assert any("1 row(s) with no text skipped" in n for n in report.notes)
    assert report.added == [f"{FIXTURES / 'articles.csv'}: 2 documents"]


def test_csv_text_column_chosen_by_length_of_arabic_script(project):
    importer.import_paths(project, [FIXTURES / "semicolon.csv"])
    docs = _docs(project)
    assert [d.text[:4] for d in docs] == ["وزیر", "قیمت"]


def test_csv_columns_named_by_options(project):
    options = importer.ImportOptions(text_column="headline", outlet_column="ID")
    importer.import_paths(project, [FIXTURES / "articles.csv"], options=options)
    docs = _docs(project)
    assert [d.text for d in docs] == ["خبر نخست", "خبر دوم", "سطر خالی"]
    assert [d.outlet for d in docs] == ["1", "2", "3"]


def test_csv_unknown_column_is_named(project):
    options = importer.ImportOptions(text_column="matn")
    report = importer.import_paths(project, [FIXTURES / "articles.csv"], options=options)
    assert "no column 'matn' for --text-column (columns: id, headline, body" in report.errors[0]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".csv"])
def test_folders_are_walked_recursively(project, tmp_path, suffix):
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (inner / f"deep{suffix}").write_text(
        "id,text\n1,متنی در پوشه ژرف برای آزمون.\n"
        if suffix == ".csv"
        else "<p>متنی در پوشه ژرف برای آزمون.</p>"
        if suffix == ".html"
        else "متنی در پوشه ژرف برای آزمون.",
        encoding="utf-8",
    )
    (tmp_path / "a" / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / "a" / ".hidden.txt").write_text("پنهان", encoding="utf-8")
    report = importer.import_paths(project, [tmp_path / "a"])
    assert report.errors == []
    assert [d.text for d in _docs(project)] == ["متنی در پوشه ژرف برای آزمون."]
