"""doccano and Label Studio files: UTF-16 offsets become code points, labels meet the schema."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.io import importer
from annotator.io.readers.base import ImportOptions

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def _spans(project, name):
    doc = project.document_by_name(name)
    return doc, [(s.label, s.text, s.annotator) for s in project.spans(doc.id)]


def test_doccano_spans_after_an_emoji_land_on_the_right_words(project):
    report = importer.import_paths(project, [FIXTURES / "doccano.jsonl"])
    assert report.errors == []
    doc, spans = _spans(project, "7")
    assert doc.text.startswith("😀 خبر فوری")  # kept exactly as given: offsets point into it
    assert [(label, text) for label, text, _ in spans] == [("Source", "وزیر خارجه"), ("Cue", "گفت")]
    # The second record has a two-code-point flag before its span, and outlet metadata.
    (second,) = [d for d in project.documents() if d.name != "7"]
    assert second.outlet == "وكالة"
    assert [s.text for s in project.spans(second.id)] == ["يريفان"]
    assert report.added == [f"{FIXTURES / 'doccano.jsonl'}: 2 documents"]


def test_label_studio_spans_annotators_and_skipped_results(project):
    report = importer.import_paths(project, [FIXTURES / "label_studio.json"])
    assert report.errors == []
    _doc, spans = _spans(project, "قیمت‌ها")
    assert spans == [("Claim", "قیمت‌ها ۲۰ درصد بالا رفت", "a@example.org")]
    assert any("1 result(s) that are not text labels not imported" in n for n in report.notes)


def _doccano(tmp_path, records, name="d.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    return path


def test_unknown_labels_refuse_the_file_with_counts(project, tmp_path):
    path = _doccano(
        tmp_path,
        [
            {
                "text": "وزیر گفت که نشست برگزار می‌شود.",
                "label": [[0, 4, "PER"], [5, 8, "PER"], [5, 8, "Cue"]],
            }
        ],
    )
    report = importer.import_paths(project, [path])
    assert report.errors == [
        f"{path}: labels not in the schema 'fact-check': PER (2 spans); nothing was imported "
        "from it. Map them with --map-label LABEL=SCHEMA_LABEL (or LABEL=- to leave those "
        "spans out)"
    ]
    assert project.documents() == []


def test_label_map_maps_and_drops_on_record(project, tmp_path):
    records = [
        {
            "text": "وزیر گفت که نشست برگزار می‌شود.",
            "label": [[0, 4, "PER"], [5, 8, "SAY"], [9, 11, "X"]],
        }
    ]
    options = ImportOptions(label_map={"PER": "Source", "SAY": "cue", "X": "-"})
    report = importer.import_paths(project, [_doccano(tmp_path, records)], options=options)
    assert report.errors == []
    (summary,) = project.documents()
    assert [(s.label, s.text) for s in project.spans(summary.id)] == [
        ("Source", "وزیر"),
        ("Cue", "گفت"),
    ]
    assert any("1 span(s) left out as --map-label asked" in n for n in report.notes)


def test_malformed_json_line_is_named_by_number(project, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "متن یک", "label": []}\n{"text": "متن دو", \n', encoding="utf-8")
    report = importer.import_paths(project, [path])
    assert report.errors[0].startswith(f"{path}, line 2: not valid JSON")
    assert project.documents() == []  # the whole file or nothing


def test_json_nested_too_deeply_is_named_by_line_in_both_formats(project, tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    lines = tmp_path / "deep.jsonl"
    lines.write_text('{"text": "متن یک", "label": []}\n{"text": ' + deep + "}\n", encoding="utf-8")
    studio = tmp_path / "deep.json"
    studio.write_text(deep, encoding="utf-8")
    report = importer.import_paths(project, [lines, studio])
    assert sorted(report.errors) == [
        f"{studio}: JSON nested too deeply",
        f"{lines}, line 2: JSON nested too deeply",
    ]
    assert project.documents() == []


def test_offset_inside_an_emoji_is_refused(project, tmp_path):
    path = _doccano(tmp_path, [{"text": "😀 وزیر گفت", "label": [[1, 7, "Source"]]}])
    report = importer.import_paths(project, [path])
    assert "Source span offset 1 splits an emoji in two" in report.errors[0]


def test_offset_past_the_end_is_refused(project, tmp_path):
    path = _doccano(tmp_path, [{"text": "😀 وزیر", "label": [[3, 8, "Source"]]}])
    report = importer.import_paths(project, [path])
    assert "outside the text (0..7 UTF-16 units)" in report.errors[0]


def test_label_studio_quote_mismatch_is_refused(project, tmp_path):
    task = {
        "id": 3,
        "data": {"text": "😀 وزیر گفت"},
        "annotations": [
            {
                "result": [
                    {
                        "type": "labels",
                        "value": {"start": 2, "end": 6, "text": "گفت", "labels": ["Cue"]},
                    }
                ]
            }
        ],
    }
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    report = importer.import_paths(project, [path])
    assert f"{path}, task 3: Cue span 2-6 should quote 'گفت'" in report.errors[0]


def test_native_jsonl_is_recognised_by_its_header(project, fa_doc, tmp_path):
    from annotator.io import native
    from annotator.store.project import Project

    project.new_span(fa_doc.id, 0, 8, "Cue")
    exported = tmp_path / "export.jsonl"
    with exported.open("w", encoding="utf-8") as fh:
        native.export_file(project, fh)
    with Project.create(tmp_path / "other.annotator") as other:
        report = importer.import_paths(other, [exported])
        assert report.errors == []
        assert report.added == [f"{exported}: 1 documents, 1 spans, 0 relations"]
        assert [s.text for s in other.spans()] == ["به گزارش"]
