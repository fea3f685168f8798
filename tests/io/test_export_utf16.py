"""doccano and Label Studio: UTF-16 offsets exact after emoji, documented shapes, round trips."""

import json
import xml.etree.ElementTree as ET

import pytest

from annotator.io import doccano, labelstudio
from annotator.io.formats import EXPORTERS, ExportFilter
from tests.io.export_corpus import ARABIC_NEWS, PERSIAN_NEWS, corpus_project, fresh_project


def _utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


@pytest.fixture
def corpus(tmp_path):
    project, ids = corpus_project(tmp_path)
    yield project, ids
    project.close()


def test_fixture_texts_put_astral_characters_before_spans():
    assert PERSIAN_NEWS.index("😀") < PERSIAN_NEWS.index("خبرگزاری")
    assert sum(ord(c) > 0xFFFF for c in PERSIAN_NEWS) == 4  # 😀, two flag letters, 🚀
    assert "😀" in ARABIC_NEWS


def test_doccano_offsets_are_utf16_and_exact(tmp_path, corpus):
    project, ids = corpus
    out = tmp_path / "d.jsonl"
    EXPORTERS["doccano"].write(project, out, ExportFilter())
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    quotes = {s.text for s in project.spans()}
    seen = 0
    for record in records:
        assert set(record) >= {"id", "text", "entities", "relations", "document"}
        for e in record["entities"]:
            assert set(e) == {"id", "label", "start_offset", "end_offset"}
            assert _utf16_slice(record["text"], e["start_offset"], e["end_offset"]) in quotes
            seen += 1
        ent_ids = {e["id"] for e in record["entities"]}
        for r in record["relations"]:
            assert r["from_id"] in ent_ids and r["to_id"] in ent_ids
    assert seen == project.span_count()
    fa = records[0]
    late = project.span(ids["after_rocket"])  # after four astral characters
    (entity,) = [e for e in fa["entities"] if e["label"] == "Exaggeration-Minimisation"]
    assert (entity["start_offset"], entity["end_offset"]) == (late.start + 4, late.end + 4)


def test_doccano_attribution_travels_as_edges_and_comes_back_whole(tmp_path, corpus):
    project, _ = corpus
    out = tmp_path / "d.jsonl"
    EXPORTERS["doccano"].write(project, out, ExportFilter())
    fa = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert sorted(r["type"] for r in fa["relations"]) == [
        "attribution.cue",
        "attribution.source",
        "via_outlet",
    ]
    fresh = fresh_project(tmp_path)
    report = doccano.import_path(fresh, out)
    assert report.spans == project.span_count()
    types = sorted(r.type for r in fresh.relations())
    assert types == ["attribution", "attribution", "supports", "via_outlet"]
    again = tmp_path / "again.jsonl"
    EXPORTERS["doccano"].write(fresh, again, ExportFilter())
    assert again.read_bytes() == out.read_bytes()
    assert doccano.import_path(fresh, out).spans == 0  # nothing twice


def test_doccano_plain_label_form_is_read(tmp_path, project):
    text = "😀 قیمت‌ها بالا رفت"
    start = len("😀 ".encode("utf-16-le")) // 2
    line = {"text": text, "label": [[start, start + len("قیمت‌ها"), "Claim"]]}
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    doccano.import_path(project, path)
    (span,) = project.spans()
    assert span.text == "قیمت‌ها"


def test_an_offset_inside_an_emoji_is_refused(tmp_path, project):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "😀 سلام", "label": [[1, 4, "Claim"]]}), encoding="utf-8")
    with pytest.raises(Exception, match="inside a character outside the BMP"):
        doccano.import_path(project, path)
    assert project.document_ids() == []


def _ls_export(project, out):
    EXPORTERS["labelstudio"].write(project, out, ExportFilter())
    return json.loads(out.read_text(encoding="utf-8"))


def test_label_studio_regions_are_utf16_and_match_the_config(tmp_path, corpus):
    project, ids = corpus
    tasks = _ls_export(project, tmp_path / "ls.json")
    config = ET.fromstring(labelstudio.config_path(tmp_path / "ls.json").read_text("utf-8"))
    controls = {el.get("name"): el for el in config if el.get("toName") == "text"}
    label_values = {el.get("value") for el in config.find("Labels")}
    relation_values = {el.get("value") for el in config.find("Relations")}
    assert config.find("Text").get("value") == "$text"
    regions = 0
    for task in tasks:
        text = task["data"]["text"]
        (annotation,) = task["annotations"]
        region_ids = set()
        for r in annotation["result"]:
            if r["type"] == "relation":
                assert r["from_id"] in region_ids and r["to_id"] in region_ids
                assert r["direction"] == "right" and r["labels"][0] in relation_values
                continue
            assert {"id", "from_name", "to_name", "type", "value"} <= set(r)
            assert r["to_name"] == "text" and r["from_name"] in controls
            assert controls[r["from_name"]].tag.lower() == r["type"]
            value = r["value"]
            if r["type"] == "labels":
                assert value["labels"][0] in label_values
                assert _utf16_slice(text, value["start"], value["end"]) == value["text"]
                region_ids.add(r["id"])
                regions += 1
            else:
                assert r["id"] in region_ids  # per-region results follow their region
    assert regions == project.span_count()
    claim = next(
        r
        for t in tasks
        for r in t["annotations"][0]["result"]
        if r.get("id") == ids["claim"] and r["from_name"] == "verdict"
    )
    assert claim["type"] == "choices" and claim["value"]["choices"] == ["false"]


def test_label_studio_round_trip_keeps_ids_attributes_notes_and_annotators(tmp_path, corpus):
    project, ids = corpus
    first = _ls_export(project, tmp_path / "ls.json")
    fresh = fresh_project(tmp_path)
    report = labelstudio.import_path(fresh, tmp_path / "ls.json")
    assert (report.documents, report.spans) == (2, project.span_count())
    claim = fresh.span(ids["claim"])
    original = project.span(ids["claim"])
    assert (claim.attributes, claim.note) == (original.attributes, original.note)
    assert fresh.span(ids["loaded"]).annotator == "reviewer2"
    assert _ls_export(fresh, tmp_path / "again.json") == first
