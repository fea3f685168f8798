"""``annotator suggest``: suggestions with reasons, on the terminal and as JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Document

TEXT = "تنش‌ها میان ایران و باکو بالا گرفت. به گزارش خبرگزاری دشت نیوز، مذاکرات ادامه دارد."


def test_json_lists_each_suggestion_in_logical_order(project):
    project.add_document(Document(name="caucasus", text=TEXT, language="fa"))
    path = project.path
    project.close()
    result = CliRunner().invoke(main, ["suggest", str(path), "--json", "--rule", "places"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)
    assert item["document"] == "caucasus"
    assert item["text"] == "ایران" == TEXT[item["start"] : item["end"]]
    assert item["attributes"] == {"error_type": "entity_swap", "correction": "ایروان"}
    assert "one letter away" in item["reason"]


def test_terminal_output_shapes_right_to_left_text(project):
    project.add_document(Document(name="caucasus", text=TEXT, language="fa"))
    path = project.path
    project.close()
    result = CliRunner().invoke(main, ["suggest", str(path), "--doc", "caucasus"])
    assert result.exit_code == 0, result.output
    assert "Contested_fact" in result.output and "Outlet" in result.output
    assert "ایران" not in result.output  # shown in presentation forms, right to left
    assert "\ufe8d" in result.output or "\ufe8e" in result.output  # a shaped alef
    assert result.output.rstrip().endswith("suggestion(s)")


def test_unknown_document_and_rule_are_refused(project):
    path = project.path
    project.close()
    bad_doc = CliRunner().invoke(main, ["suggest", str(path), "--doc", "nowhere"])
    assert bad_doc.exit_code == 1 and "nowhere" in bad_doc.output
    bad_rule = CliRunner().invoke(main, ["suggest", str(path), "--rule", "spelling"])
    assert bad_rule.exit_code == 1 and "no suggestion rule" in bad_rule.output


def test_variants_listing(project):
    for i, text in enumerate(["قادروف آمد و قادروف رفت.", "قادرف ماند."]):
        project.add_document(Document(name=f"v{i}", text=text, language="fa"))
    path = project.path
    project.close()
    result = CliRunner().invoke(main, ["suggest", str(path), "--variants", "--json"])
    assert json.loads(result.output) == [
        {
            "language": "fa",
            "name": "قادروف",
            "count": 2,
            "spellings": [{"spelling": "قادرف", "count": 1, "how": "one letter apart"}],
        }
    ]
