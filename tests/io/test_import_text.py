"""Plain-text import: encodings, cleaning on record, bad files named."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.io import importer
from annotator.io.readers.text import decode_text
from tests.io.import_builders import ARABIC_ISO, PERSIAN_CP1256, cp1256_bytes

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def _import(project, tmp_path, name: str, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    return importer.import_paths(project, [path], **kw)


def _only_doc(project):
    (summary,) = project.documents()
    return project.document(summary.id)


def test_windows_1256_persian_is_detected_and_recorded(project, tmp_path):
    report = _import(project, tmp_path, "cp.txt", cp1256_bytes())
    assert report.errors == []
    doc = _only_doc(project)
    assert doc.text == PERSIAN_CP1256
    assert doc.language == "fa"  # written with ي for ی, still Persian
    source = project.document_source(doc.id)
    assert source["encoding"] == "cp1256"
    assert source["original"] == cp1256_bytes()


def test_iso_8859_6_arabic_is_detected(tmp_path):
    text, encoding = decode_text("ar.txt", ARABIC_ISO.encode("iso8859_6"))
    assert text == ARABIC_ISO
    assert encoding in ("iso8859_6", "cp1256")  # these letters have the same bytes in both


def test_crlf_with_bom_is_cleaned_and_each_step_recorded(project, tmp_path):
    data = "\ufeffخط نخست گزارش.\r\nخط دوم گزارش.\r\n".encode()
    report = _import(project, tmp_path, "bom.txt", data)
    doc = _only_doc(project)
    assert doc.text == "خط نخست گزارش.\nخط دوم گزارش."
    steps = {s["step"]: s for s in project.document_source(doc.id)["cleaning"]}
    assert {"bom", "line_ends", "trimmed"} <= set(steps)
    assert "2 CRLF" in steps["line_ends"]["message"]
    assert any("byte-order mark" in note for note in report.notes)


def test_utf16_with_bom_and_unicode_line_separators(project, tmp_path):
    text = "سطر یک\u2028سطر دو\u2029سطر سه"
    _import(project, tmp_path, "u16.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    doc = _only_doc(project)
    assert doc.text == "سطر یک\nسطر دو\nسطر سه"
    assert project.document_source(doc.id)["encoding"] == "utf-16-le (with BOM)"


def test_hard_wrapped_persian_is_joined_with_zwnj_where_a_word_was_cut(project, tmp_path):
    report = importer.import_paths(project, [FIXTURES / "wrapped_fa.txt"])
    assert report.errors == []
    doc = _only_doc(project)
    assert "اعلام می\u200cشود. او افزود" in doc.text
    assert "این پیشنهاد\u200cها در کمیسیون" in doc.text
    assert "هفتگی خود گفت" in doc.text
    # Title, list items and the line ending in a colon keep their breaks.
    assert doc.text.startswith("گزارش آزمایشی درباره نشست منطقه‌ای\n\n")
    assert doc.text.endswith("فهرست خواسته‌ها:\n- گشودن مسیر ترانزیت\n- آزادی زندانیان")
    (joined,) = [
        s for s in project.document_source(doc.id)["cleaning"] if s["step"] == "joined_lines"
    ]
    assert joined["count"] == 7
    assert {
        "at": doc.text.index("\u200cشود."),
        "joiner": "\u200c",
        "left": "می",
        "right": "شود.",
    } in joined["details"]


def test_keep_line_breaks_option(project, tmp_path):
    options = importer.ImportOptions(join_wrapped=False)
    importer.import_paths(project, [FIXTURES / "wrapped_fa.txt"], options=options)
    assert "اعلام می\nشود." in _only_doc(project).text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file, not text"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("bad16.txt", b"\xff\xfe\x00\xd8", "not utf-16-le"),
        ("mixed.txt", bytes(range(0x80, 0x100)) * 4, "encoding cannot be recognised"),
        ("notes.rtf", b"{\\rtf1}", ".rtf files cannot be imported"),
    ],
)
def test_bad_files_are_named_and_the_rest_imports(project, tmp_path, name, data, message):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("متن سالم برای آزمون.", encoding="utf-8")
    report = importer.import_paths(project, [bad, good])
    assert len(report.errors) == 1
    assert str(bad) in report.errors[0]
    assert message in report.errors[0]
    assert [d.name for d in project.documents()] == ["good"]


def test_too_large_file_is_refused(project, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 100)
    report = _import(project, tmp_path, "big.txt", "ب".encode() * 100)
    assert "too large" in report.errors[0]
    assert project.documents() == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("سخنگوی وزارت خارجه گفت که نشست بعدی در ایروان برگزار می‌شود.", "fa"),
        ("قال المتحدث باسم الوزارة إن الاجتماع سيعقد في يريفان الأسبوع المقبل.", "ar"),
        ("وزیر خارجہ نے کہا کہ بات چیت اگلے ہفتے دوبارہ شروع ہوگی۔", "ur"),
    ],
)
def test_language_is_detected_per_document(project, tmp_path, text, language):
    _import(project, tmp_path, "doc.txt", text.encode())
    assert _only_doc(project).language == language
