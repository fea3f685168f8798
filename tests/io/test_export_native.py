"""The native exporter through the registry: filters applied, output byte-identical."""

import json

from annotator.io import native
from annotator.io.formats import EXPORTERS, ExportFilter
from annotator.io.selection import select
from annotator.store import rows
from tests.io.export_corpus import corpus_project, fresh_project


def _documents(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def _reference_lines(project, doc_ids):
    """What the exporter must write, built the slow obvious way from Span values."""
    for doc_id in doc_ids:
        doc = project.document(doc_id)
        record = rows.document_row(doc)
        record.pop("position")
        record["attributes"] = doc.attributes
        spans = []
        for s in project.spans(doc_id):
            item = rows.span_json(s)
            item.pop("doc_id")
            spans.append(item)
        record["spans"] = spans
        yield record


def test_spliced_spans_equal_a_plain_json_encoding(tmp_path):
    project, _ = corpus_project(tmp_path)
    lines = list(native.export_lines(project))
    for line, expected in zip(
        lines[1:], _reference_lines(project, project.document_ids()), strict=True
    ):
        record = json.loads(line)
        record.pop("relations")
        assert record == expected
        assert line == native._line(json.loads(line))  # keys sorted, compact, as before


def test_annotator_filter_keeps_only_their_spans_and_relations(tmp_path):
    project, ids = corpus_project(tmp_path)
    out = tmp_path / "reviewer2.jsonl"
    EXPORTERS["jsonl"].write(project, out, ExportFilter(annotators=("reviewer2",)))
    docs = _documents(out)
    spans = [s for d in docs for s in d["spans"]]
    assert {s["annotator"] for s in spans} == {"reviewer2"}
    assert {s["id"] for s in spans} == {
        ids[k] for k in ("loaded", "name_calling", "crossing", "phone")
    }
    # The supports relation is reviewer2's, but its spans are not: it cannot travel alone.
    assert all(d["relations"] == [] for d in docs)


def test_filters_agree_with_select(tmp_path):
    project, _ = corpus_project(tmp_path)
    flt = ExportFilter(labels=("Claim", "Evidence", "Content"), statuses=("done",))
    out = tmp_path / "done.jsonl"
    EXPORTERS["jsonl"].write(project, out, flt)
    docs = _documents(out)
    chosen = list(select(project, flt))
    assert [d["name"] for d in docs] == [a.document.name for a in chosen] == ["ar-news"]
    assert [s["id"] for s in docs[0]["spans"]] == [s.id for s in chosen[0].spans]
    assert [r["id"] for r in docs[0]["relations"]] == [r.id for r in chosen[0].relations]
    assert {r["type"] for r in docs[0]["relations"]} == {"supports"}


def test_round_trip_is_byte_identical(tmp_path):
    project, _ = corpus_project(tmp_path)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    EXPORTERS["jsonl"].write(project, first)
    fresh = fresh_project(tmp_path)
    native.import_file(fresh, first)
    EXPORTERS["jsonl"].write(fresh, second)
    assert first.read_bytes() == second.read_bytes()


def test_spans_built_by_sqlite_equal_spans_built_by_python(tmp_path, monkeypatch):
    project, _ = corpus_project(tmp_path)
    doc = project.document_by_name("ar-news")
    hostile = 'تحكم \x00\x01\x1f\x7f "اقتباس" \\ \u2028\u2029 😀\ttab'
    project.new_span(doc.id, 0, 3, "Cue", note=hostile, attributes={"cue_type": "say"})
    assert native._sqlite_quotes_like_python(project)
    filters = [{}, {"labels": {"Cue", "Claim"}}, {"annotators": {"reviewer2"}}]
    by_sqlite = ["".join(native.export_lines(project, **kw)) for kw in filters]
    monkeypatch.setattr(native, "_sqlite_quotes_like_python", lambda _: False)
    by_python = ["".join(native.export_lines(project, **kw)) for kw in filters]
    assert by_sqlite == by_python
    notes = [
        s["note"] for line in by_python[0].split("\n")[1:-1] for s in json.loads(line)["spans"]
    ]
    assert hostile in notes
