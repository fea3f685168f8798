"""W3C Web Annotation: quotes exact, JSON-LD that pyld expands, lossless round trip."""

import json

import pytest

from annotator.core.model import Document
from annotator.io import w3c
from annotator.io.formats import EXPORTERS, ExportFilter
from tests.io import jsonld_loader
from tests.io.export_corpus import corpus_project, fresh_project

OA = "http://www.w3.org/ns/oa#"


def _export(project, path, flt=None):
    EXPORTERS["w3c"].write(project, path, flt or ExportFilter())
    return json.loads(path.read_text(encoding="utf-8"))


def _copy_documents(source, target, keep_ids=True):
    for doc_id in source.document_ids():
        doc = source.document(doc_id)
        fields = dict(name=doc.name, text=doc.text, language=doc.language, url=doc.url)
        target.add_document(Document(id=doc.id, **fields) if keep_ids else Document(**fields))


@pytest.fixture
def exported(tmp_path):
    project, ids = corpus_project(tmp_path)
    data = _export(project, tmp_path / "a.jsonld")
    yield project, ids, data
    project.close()


def test_every_quote_and_position_is_its_document_slice(exported):
    project, _, data = exported
    texts = {}
    for doc_id in project.document_ids():
        doc = project.document(doc_id)
        texts[w3c.document_iri(doc)] = doc.text
    spans = [a for a in w3c.annotations_in(data) if a["motivation"] != "linking"]
    assert len(spans) == project.span_count()
    for anno in spans:
        text = texts[anno["target"]["source"]]
        position, quote = anno["target"]["selector"]
        start, end = position["start"], position["end"]
        assert quote["exact"] == text[start:end]
        assert text[:start].endswith(quote.get("prefix", ""))
        assert text[end:].startswith(quote.get("suffix", ""))
        assert len(quote.get("prefix", "")) <= 32 and len(quote.get("suffix", "")) <= 32


def test_motivations_and_bodies_follow_the_kind_of_annotation(exported):
    _, ids, data = exported
    by_id = {a["id"]: a for a in w3c.annotations_in(data)}
    claim = by_id[w3c.urn(ids["claim"])]
    assert claim["motivation"] == ["assessing", "classifying", "commenting"]
    assert claim["body"][0] == {
        "type": "TextualBody",
        "purpose": "assessing",
        "value": "False",
        "format": "text/plain",
        "language": "en",
    }
    fact = by_id[w3c.urn(ids["fact"])]
    assert fact["motivation"][0] == "editing"
    assert fact["body"][0]["value"] == "ایروان" and fact["body"][0]["language"] == "fa"
    assert by_id[w3c.urn(ids["loaded"])]["motivation"] == "tagging"
    assert by_id[w3c.urn(ids["loaded"])]["creator"] == {"type": "Person", "nickname": "reviewer2"}
    links = [a for a in by_id.values() if a["motivation"] == "linking"]
    attribution = next(a for a in links if a["roles"].get("cue") == [w3c.urn(ids["cue"])])
    assert set(attribution["target"]) == {w3c.urn(ids[k]) for k in ("source", "cue", "content")}
    assert all(t in by_id for a in links for t in a["target"])


def test_pyld_expands_the_collection_with_local_contexts(exported):
    _, ids, data = exported
    expanded = jsonld_loader.expand(data)
    (coll,) = expanded
    assert coll["@type"] == ["https://www.w3.org/ns/activitystreams#OrderedCollection"] or coll[
        "@type"
    ] == ["http://www.w3.org/ns/activitystreams#OrderedCollection"]
    page = coll["http://www.w3.org/ns/activitystreams#first"][0]
    items = page["http://www.w3.org/ns/activitystreams#items"][0]["@list"]
    assert len(items) == data["total"]
    claim = next(i for i in items if i["@id"] == w3c.urn(ids["claim"]))
    assert claim["@type"] == [OA + "Annotation"]
    assert {m["@id"] for m in claim[OA + "motivatedBy"]} == {
        OA + "assessing",
        OA + "classifying",
        OA + "commenting",
    }
    target = claim[OA + "hasTarget"][0]
    assert target[OA + "hasSource"] == [{"@id": "https://news.example/fa/1"}]
    position = next(
        s for s in target[OA + "hasSelector"] if s["@type"] == [OA + "TextPositionSelector"]
    )
    start = position[OA + "start"][0]
    assert start["@type"] == "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"
    attrs = claim["urn:annotator:terms#attributes"][0]
    assert attrs["@type"] == "@json" and attrs["@value"]["verdict"] == "false"


def test_round_trip_through_a_fresh_project_is_identical(tmp_path, exported):
    project, _, data = exported
    fresh = fresh_project(tmp_path)
    _copy_documents(project, fresh)
    report = w3c.import_path(fresh, tmp_path / "a.jsonld")
    assert (report.spans, report.relations) == (project.span_count(), len(project.relations()))
    assert _export(fresh, tmp_path / "b.jsonld") == data
    again = w3c.import_path(fresh, tmp_path / "a.jsonld")
    assert (again.spans, again.relations) == (0, 0)
    assert fresh.check() == []


def test_documents_with_other_ids_are_found_by_their_quotes(tmp_path, exported):
    project, ids, _ = exported
    fresh = fresh_project(tmp_path)
    _copy_documents(project, fresh, keep_ids=False)
    w3c.import_path(fresh, tmp_path / "a.jsonld")
    ar = fresh.document_by_name("ar-news")
    old = project.span(ids["ar_claim"])
    new = fresh.span(ids["ar_claim"])
    assert (new.doc_id, new.start, new.end, new.text) == (ar.id, old.start, old.end, old.text)


def test_a_foreign_annotation_gets_its_verdict_from_the_assessing_body(tmp_path, project, fa_doc):
    start = fa_doc.text.index("ایروان")
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "motivation": "assessing",
        "body": [
            {"type": "TextualBody", "purpose": "assessing", "value": "Mostly false"},
            {"type": "TextualBody", "purpose": "classifying", "value": "Claim"},
        ],
        "target": {
            "source": "https://elsewhere.example/page",
            "selector": {"type": "TextQuoteSelector", "exact": "ایروان", "suffix": " برگزار"},
        },
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps([foreign], ensure_ascii=False), encoding="utf-8")
    report = w3c.import_path(project, path)
    assert report.spans == 1
    (span,) = project.spans(fa_doc.id)
    assert (span.start, span.label, span.attributes) == (
        start,
        "Claim",
        {"verdict": "mostly_false"},
    )
