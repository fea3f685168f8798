"""brat standoff: read by bratly, quotes exact, configuration complete, lossless round trip."""

import filecmp
import warnings

import pytest

with warnings.catch_warnings():  # bratly's pydantic models use a deprecated config style
    warnings.simplefilter("ignore", DeprecationWarning)
    from bratly import EntityAnnotation, EventAnnotation, RelationAnnotation
    from bratly.io import read_and_load_ann_file

from annotator.core.model import Document
from annotator.io import brat, brat_read
from annotator.io.formats import EXPORTERS, ExportFilter
from tests.io.export_corpus import corpus_project, fresh_project

MULTILINE = "سطر نخست خبر است\nو سطر دوم 😀 ادامهٔ آن.\u2028سطر سوم"


@pytest.fixture
def exported(tmp_path):
    project, ids = corpus_project(tmp_path)
    doc = project.add_document(Document(name="multi/line", text=MULTILINE, language="fa"))
    start = MULTILINE.index("خبر")
    ids["multi"] = project.new_span(
        doc.id, start, MULTILINE.index("ادامهٔ"), "Claim", note="یک\u2028دو"
    ).id
    ids["tail"] = project.new_span(doc.id, MULTILINE.index("آن"), len(MULTILINE), "Content").id
    out = tmp_path / "brat"
    where = EXPORTERS["brat"].write(project, out, ExportFilter())
    yield project, ids, out, where
    project.close()


def _bratly(path):
    return read_and_load_ann_file(
        str(path), no_duplicates=False, sorting=False, renumerotize=False
    ).annotations


def test_bratly_reads_every_file_and_every_quote_is_the_text(exported):
    project, _, out, where = exported
    assert "1 annotation(s) brat cannot hold left out" in where  # corrects joins two documents
    entities = 0
    for doc_id in project.document_ids():
        doc = project.document(doc_id)
        stem = doc.name.replace("/", "_")
        text = (out / f"{stem}.txt").read_text(encoding="utf-8")
        assert text == doc.text
        for ann in _bratly(out / f"{stem}.ann"):
            if isinstance(ann, EntityAnnotation):
                joined = " ".join(text[f.start : f.end] for f in ann.fragments)
                assert ann.content == joined
                entities += 1
    triggers = 2  # one per attribution event
    assert entities == project.span_count() + triggers


def test_a_span_across_lines_is_written_as_fragments(exported):
    project, ids, out, _ = exported
    ann = (out / "multi_line.ann").read_text(encoding="utf-8")
    multi = project.span(ids["multi"])
    first_break = MULTILINE.index("\n")
    assert f"T1\tClaim {multi.start} {first_break};{first_break + 1} {multi.end}\t" in ann
    assert "\tAnnotatorNotes T1\tیک\\u2028دو\n" in ann
    tail = project.span(ids["tail"])
    pieces = brat.fragments(MULTILINE, tail.start, tail.end)
    assert len(pieces) == 2 and pieces[-1][1] == len(MULTILINE)


def test_attribution_is_an_event_with_the_cue_as_trigger(exported):
    project, ids, out, _ = exported
    annotations = _bratly(out / "fa-news.ann")
    (event,) = [a for a in annotations if isinstance(a, EventAnnotation)]
    cue = project.span(ids["cue"])
    trigger = event.event_trigger
    assert (trigger.label, trigger.get_start(), trigger.get_end()) == (
        "Attribution",
        cue.start,
        cue.end,
    )
    roles = {role: arg.content for role, arg in event.args.items()}
    assert roles == {
        "Source": project.span(ids["source"]).text,
        "Cue": cue.text,
        "Content": project.span(ids["content"]).text,
    }
    (rel,) = [a for a in annotations if isinstance(a, RelationAnnotation)]
    assert rel.label == "via_outlet"


def test_configuration_declares_everything_the_files_use(exported):
    _, _, out, _ = exported
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    sections = {}
    current = None
    for line in conf.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif line and not line.startswith("#") and current:
            sections.setdefault(current, set()).add(line.split("\t")[0])
    for ann_file in out.glob("*.ann"):
        for line in ann_file.read_text(encoding="utf-8").splitlines():
            ident, rest = line.split("\t", 1)
            name = rest.split(" ")[0].split(":")[0]
            section = {"T": "entities", "R": "relations", "E": "events", "A": "attributes"}
            if ident[0] == "T" and name == "Attribution":
                assert "Attribution" in sections["events"]
            elif ident[0] in section:
                assert name in sections[section[ident[0]]], line
    assert "Attribution\tSource?:Source|Outlet, Cue?:Cue, Content:Content" in conf
    visual = (out / "visual.conf").read_text(encoding="utf-8")
    assert "Claim\tbgColor:#e4572e, borderColor:darken" in visual
    assert "Contested_fact | Contested fact | واقعیت محل مناقشه | واقعة متنازع عليها" in visual


def test_round_trip_through_a_fresh_project_gives_the_same_files(tmp_path, exported):
    project, ids, out, _ = exported
    fresh = fresh_project(tmp_path)
    report = brat.import_path(fresh, out)
    assert report.documents == 3
    assert report.spans == project.span_count()
    assert report.relations == len(project.relations()) - 1  # the cross-document one
    again = tmp_path / "again"
    EXPORTERS["brat"].write(fresh, again, ExportFilter())
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(out, again, names, shallow=False)
    assert mismatch == [] and errors == []
    claim = fresh.spans(fresh.document_by_name("fa-news").id, "Claim")[0]
    assert claim.attributes == project.span(ids["claim"]).attributes
    assert claim.note == project.span(ids["claim"]).note
    assert fresh.check() == []


def test_a_wrong_quote_is_refused_with_its_line(tmp_path, project):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_text("سلام دنیا", encoding="utf-8")
    (folder / "a.ann").write_text("T1\tClaim 0 4\tدنیا\n", encoding="utf-8")
    with pytest.raises(Exception, match="quotes 'دنیا' but the text has 'سلام'"):
        brat_read.import_folder(project, folder)
    assert project.document_ids() == []
