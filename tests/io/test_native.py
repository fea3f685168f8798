import io
import json

import pytest

from annotator.core.errors import ImportError_
from annotator.core.model import Document
from annotator.io import native
from annotator.store.project import Project
from tests.conftest import ARABIC, PERSIAN


def _export(project) -> str:
    out = io.StringIO()
    native.export_file(project, out)
    return out.getvalue()


def test_cross_document_evidence_survives_export_and_import(tmp_path, project):
    fa = project.add_document(Document(name="fa", text=PERSIAN, language="fa"))
    other = project.add_document(
        Document(name="evidence", text="هیئت ارمنی به ایروان بازگشت.", language="fa")
    )
    ev = project.new_span(
        other.id, other.text.index("ایروان"), other.text.index("ایروان") + 6, "Evidence"
    )
    start = fa.text.index("ایران")
    fact = project.new_span(
        fa.id,
        start,
        start + 5,
        "Contested_fact",
        attributes={
            "error_type": "entity_swap",
            "correction": "ایروان",
            "status": "confirmed",
            "evidence_span": ev.id,
        },
    )
    project.new_relation("corrects", {"fact": [fact.id], "evidence": [ev.id]})
    exported = tmp_path / "out.jsonl"
    exported.write_text(_export(project), encoding="utf-8")
    with Project.create(tmp_path / "fresh.annotator") as fresh:
        report = native.import_file(fresh, exported)
        assert (report.documents, report.spans, report.relations) == (2, 2, 1)
        moved = fresh.span(fact.id)
        assert moved.attributes["evidence_span"] == ev.id
        assert fresh.span(ev.id).doc_id == other.id
        (rel,) = fresh.relations(other.id)
        assert rel.roles == {"fact": (fact.id,), "evidence": (ev.id,)}
        assert _export(fresh) == exported.read_text(encoding="utf-8")


def test_malformed_line_is_named_and_nothing_is_imported(tmp_path, project):
    project.add_document(Document(name="ar", text=ARABIC, language="ar"))
    lines = _export(project).splitlines()
    bad = tmp_path / "bad.jsonl"
    record = json.loads(lines[1])
    record["text"] = "another text"
    bad.write_text("\n".join([lines[0], json.dumps(record), "{oops"]) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "fresh.annotator") as fresh:
        with pytest.raises(ImportError_, match=r"bad\.jsonl, line 3: not valid JSON"):
            native.import_file(fresh, bad)
        assert fresh.documents() == []


def test_span_that_does_not_match_its_text_is_refused(tmp_path, project):
    doc = project.add_document(Document(name="ar", text=ARABIC, language="ar"))
    project.new_span(doc.id, 0, 3, "Cue")
    header, line = _export(project).splitlines()
    record = json.loads(line)
    record["spans"][0]["text"] = "xyz"
    record["text"] = ARABIC + " "
    record.pop("content_hash")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(header + "\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "fresh.annotator") as fresh:
        with pytest.raises(ImportError_, match="line 2: span"):
            native.import_file(fresh, bad)
        assert fresh.documents() == [] and fresh.span_count() == 0
