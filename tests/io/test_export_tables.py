"""SemEval TSV, CoNLL BIO read by conllu, CSV and XLSX read back with formulas neutralized."""

import csv

import conllu
import openpyxl
import pytest

from annotator.io import conll, semeval
from annotator.io.formats import EXPORTERS, ExportFilter
from tests.io.export_corpus import corpus_project


@pytest.fixture
def corpus(tmp_path):
    project, ids = corpus_project(tmp_path)
    yield project, ids
    project.close()


def test_semeval_lists_the_techniques_only(tmp_path, corpus):
    project, _ = corpus
    out = tmp_path / "spans.tsv"
    EXPORTERS["semeval"].write(project, out, ExportFilter())
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    fa = project.document_by_name("fa-news")
    assert {r[1] for r in rows} == {
        "Name_Calling-Labeling",
        "Loaded_Language",
        "Doubt",
        "Exaggeration-Minimisation",
    }
    techniques = semeval.techniques(project.schema)
    assert len(techniques) == 23 and "Biased_word" not in techniques
    for article, technique, start, end in rows:
        assert article == "fa-news"
        (span,) = [
            s for s in project.spans(fa.id, technique) if (s.start, s.end) == (int(start), int(end))
        ]
        assert fa.text[int(start) : int(end)] == span.text


def _entities(column):
    """BIO tags to (label, first, last) token ranges: an independent reading of the column."""
    found, current = [], None
    for i, tag in enumerate(column):
        if tag.startswith("B-") or (
            tag.startswith("I-") and (not current or current[0] != tag[2:])
        ):
            current = [tag[2:], i, i]
            found.append(current)
        elif tag.startswith("I-"):
            current[2] = i
        else:
            current = None
    return [tuple(e) for e in found]


def test_conll_entities_read_by_conllu_equal_the_outermost_spans(tmp_path, corpus):
    project, _ = corpus
    out = tmp_path / "c.conll"
    EXPORTERS["conll"].write(project, out, ExportFilter())
    layers = conll.layers(project.schema)
    fields = ["form", "start", "end", *layers]
    sentences = conllu.parse(out.read_text(encoding="utf-8"), fields=fields)
    by_doc: dict[str, list] = {}
    doc = None
    for sentence in sentences:
        doc = sentence.metadata.get("newdoc id", doc)
        by_doc.setdefault(doc, []).extend(sentence)
    assert set(by_doc) == {"fa-news", "ar-news"}
    for name, tokens in by_doc.items():
        document = project.document_by_name(name)
        for tok in tokens:
            assert document.text[int(tok["start"]) : int(tok["end"])] == tok["form"]
        for layer in layers:
            got = {
                (label, int(tokens[a]["start"]), int(tokens[b]["end"]))
                for label, a, b in _entities([t[layer] for t in tokens])
            }
            spans = [
                s
                for s in project.spans(document.id)
                if (project.schema.label(s.label).group or "other") == layer
            ]
            expected = {(s.label, s.start, s.end) for s in conll.outermost(spans)}
            assert got == expected, (name, layer)
    fa_persuasion = {label for label, *_ in _entities([t["persuasion"] for t in by_doc["fa-news"]])}
    # Doubt is the longest of the overlapping techniques; the name-calling beside it survives.
    assert fa_persuasion == {"Doubt", "Name_Calling-Labeling", "Exaggeration-Minimisation"}


def test_conll_sentences_break_at_punctuation_and_lines():
    text = "یک دو. سه؟ چهار۔ پنج\nشش 🇮🇷 هفت"
    toks = conll.tokens(text)
    shown = [[text[s:e] for s, e in sent] for sent in conll.sentences(text, toks)]
    assert shown == [["یک", "دو", "."], ["سه", "؟"], ["چهار", "۔"], ["پنج"], ["شش", "🇮🇷", "هفت"]]


FORMULAS = ("=SUM(A1:A9)", "+98", "@الحساب", '=HYPERLINK("http://x")', "+cmd")


def _csv_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_has_a_bom_every_span_and_no_live_formula(tmp_path, corpus):
    project, ids = corpus
    out = tmp_path / "spans.csv"
    EXPORTERS["csv"].write(project, out, ExportFilter())
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv_rows(out)
    assert len(rows) == project.span_count()
    for row in rows:
        span = project.span(row["span_id"])
        expected = span.text if span.text[0] not in "=+-@\t\r" else "'" + span.text
        assert row["text"] == expected
        assert (int(row["start"]), int(row["end"])) == (span.start, span.end)
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    cells = {v for row in rows for v in row.values()}
    for formula in FORMULAS:
        assert "'" + formula in cells
    claim = next(r for r in rows if r["span_id"] == ids["claim"])
    assert claim["label_fa"] == "ادعا" and claim["verdict"] == "false"
    assert claim["verdict_note"].startswith("'=")
    assert claim["note"] == project.span(ids["claim"]).note


def test_xlsx_reads_back_like_the_csv_without_formulas(tmp_path, corpus):
    project, _ = corpus
    EXPORTERS["csv"].write(project, tmp_path / "s.csv", ExportFilter())
    EXPORTERS["xlsx"].write(project, tmp_path / "s.xlsx", ExportFilter())
    book = openpyxl.load_workbook(tmp_path / "s.xlsx")
    sheet = book["spans"]
    assert sheet.sheet_view.rightToLeft
    values = list(sheet.iter_rows(values_only=True))
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    head, *body = values
    as_text = [
        {k: "" if v is None else str(v) for k, v in zip(head, row, strict=True)} for row in body
    ]
    assert as_text == _csv_rows(tmp_path / "s.csv")


def test_label_filter_reaches_the_spreadsheet(tmp_path, corpus):
    project, _ = corpus
    out = tmp_path / "claims.csv"
    EXPORTERS["csv"].write(project, out, ExportFilter(labels=("Claim",)))
    rows = _csv_rows(out)
    assert {r["label"] for r in rows} == {"Claim"} and len(rows) == 3
    assert "source_type" not in rows[0]  # only the columns the chosen labels use
