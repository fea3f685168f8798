import json

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import Document
from annotator.store.project import Project
from tests.conftest import PERSIAN


def _project(tmp_path):
    path = tmp_path / "p.annotator"
    with Project.create(path) as proj:
        proj.add_document(Document(name="fa", text=PERSIAN, language="fa"))
    return path


def _invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def test_span_add_by_quote_set_list_delete(tmp_path):
    path = _project(tmp_path)
    added = _invoke(
        "span",
        "add",
        path,
        "--doc",
        "fa",
        "--quote",
        "ایران",
        "--label",
        "Contested_fact",
        "--attr",
        "correction=ایروان",
        "--attr",
        "error_type=entity_swap",
        "--json",
    )
    assert added.exit_code == 0, added.output
    span = json.loads(added.output)
    assert span["text"] == "ایران" and PERSIAN[span["start"] : span["end"]] == "ایران"
    changed = _invoke("span", "set", path, span["id"], "--attr", "status=confirmed", "--json")
    assert json.loads(changed.output)["attributes"]["status"] == "confirmed"
    listed = json.loads(_invoke("span", "list", path, "--doc", "fa", "--json").output)
    assert [s["id"] for s in listed] == [span["id"]]
    assert "deleted Contested_fact" in _invoke("span", "delete", path, span["id"]).output
    with Project.open(path) as proj:
        assert proj.span_count() == 0
        assert [h["action"] for h in proj.history()][:3] == [
            "delete_span",
            "update_span",
            "add_span",
        ]


def test_refused_values_leave_the_project_untouched(tmp_path):
    path = _project(tmp_path)
    bad = _invoke(
        "span",
        "add",
        path,
        "--doc",
        "fa",
        "--quote",
        "وزیر",
        "--label",
        "Claim",
        "--attr",
        "verdict=maybe",
    )
    assert bad.exit_code == 1 and "'maybe' is not one of" in bad.output
    wrong = _invoke(
        "span", "add", path, "--doc", "fa", "--start", "0", "--end", "999", "--label", "Claim"
    )
    assert "outside the document" in wrong.output
    with Project.open(path) as proj:
        assert proj.span_count() == 0


def test_relation_add_list_delete(tmp_path):
    path = _project(tmp_path)
    ids = {}
    for label, quote in (
        ("Source", "وزیر خارجه"),
        ("Cue", "گفت"),
        ("Content", "مذاکرات میان ایران و باکو ادامه می‌یابد"),
    ):
        out = _invoke(
            "span", "add", path, "--doc", "fa", "--quote", quote, "--label", label, "--json"
        )
        ids[label] = json.loads(out.output)["id"]
    made = _invoke(
        "relation",
        "add",
        path,
        "attribution",
        f"source={ids['Source']}",
        f"cue={ids['Cue']}",
        f"content={ids['Content']}",
        "--json",
    )
    assert made.exit_code == 0, made.output
    rel = json.loads(made.output)
    assert rel["roles"]["cue"] == [ids["Cue"]]
    wrong = _invoke(
        "relation", "add", path, "attribution", f"source={ids['Cue']}", f"content={ids['Content']}"
    )
    assert "takes Source, Outlet, not Cue" in wrong.output or "not Cue" in wrong.output
    assert len(json.loads(_invoke("relation", "list", path, "--json").output)) == 1
    assert _invoke("relation", "delete", path, rel["id"]).exit_code == 0
    history = json.loads(_invoke("history", path, "--json").output)
    assert history[0]["action"] == "delete_relation"
