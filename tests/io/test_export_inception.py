"""INCEpTION XMI: loaded by dkpro-cassis with a fresh TypeSystem, UTF-16 offsets in the file."""

import xml.etree.ElementTree as ET

import pytest
from cassis import load_cas_from_xmi, load_typesystem

from annotator.io import inception
from annotator.io.formats import EXPORTERS, ExportFilter
from tests.io.export_corpus import corpus_project

CUSTOM = "{http:///webanno/custom.ecore}"
CAS = "{http:///uima/cas.ecore}"


@pytest.fixture
def exported(tmp_path):
    project, ids = corpus_project(tmp_path)
    out = tmp_path / "inception"
    EXPORTERS["inception"].write(project, out, ExportFilter())
    yield project, ids, out
    project.close()


def _load(out, name):
    with (out / "TypeSystem.xml").open("rb") as fh:
        ts = load_typesystem(fh)
    with (out / f"{name}.xmi").open("rb") as fh:
        return load_cas_from_xmi(fh, typesystem=ts)


def test_cassis_reads_every_span_with_its_quote(exported):
    project, _, out = exported
    total = 0
    for name in ("fa-news", "ar-news"):
        cas = _load(out, name)
        doc = project.document_by_name(name)
        assert cas.sofa_string == doc.text
        for ann in cas.select(inception.SPAN):
            span = project.span(ann.spanId)
            assert ann.get_covered_text() == span.text
            assert (ann.begin, ann.end, ann.label) == (span.start, span.end, span.label)
            total += 1
        tokens = list(cas.select(inception.TOKEN))
        assert tokens and all(t.get_covered_text().strip() for t in tokens)
        (meta,) = cas.select(inception.METADATA)
        assert meta.documentId == name
    assert total == project.span_count()


def test_attributes_and_relations_are_features(exported):
    _, ids, out = exported
    cas = _load(out, "fa-news")
    spans = {a.spanId: a for a in cas.select(inception.SPAN)}
    claim = spans[ids["claim"]]
    assert (claim.verdict, claim.normalized_claim) == ("false", "قیمت گاز ۳۰ درصد کم شد")
    assert spans[ids["fact"]].correction == "ایروان"
    (attribution,) = cas.select("webanno.custom.Attribution")
    assert attribution.source.spanId == ids["source"]
    assert attribution.cue.get_covered_text() == "گفت"
    assert attribution.content.spanId == ids["content"]
    (via,) = cas.select("webanno.custom.ViaOutletRelation")
    assert (via.Governor.spanId, via.Dependent.spanId) == (ids["content"], ids["outlet"])
    ar = _load(out, "ar-news")
    (supports,) = ar.select("webanno.custom.SupportsRelation")
    assert supports.Dependent.get_covered_text() == "الاجتماع سيعقد في يريفان"


def test_offsets_in_the_file_are_utf16_units(exported):
    project, _, out = exported
    root = ET.parse(out / "fa-news.xmi").getroot()
    text = root.find(f"{CAS}Sofa").get("sofaString")
    units = text.encode("utf-16-le")
    checked = 0
    for el in root.iter(f"{CUSTOM}Span"):
        begin, end = int(el.get("begin")), int(el.get("end"))
        quote = units[2 * begin : 2 * end].decode("utf-16-le")
        assert quote == project.span(el.get("spanId")).text
        checked += 1
    late = project.span_count(project.document_by_name("fa-news").id)
    assert checked == late


def test_feature_names_are_java_identifiers():
    assert inception.feature_name("Name_Calling-Labeling") == "Name_Calling_Labeling"
    assert inception.feature_name("begin") == "attr_begin"
    assert inception.type_name("same_claim") == "webanno.custom.SameClaim"
