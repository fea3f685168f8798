import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.io.demo import build_demo
from tests.conftest import ARABIC, PERSIAN


def _all_commands(group, prefix=()):
    # Through list_commands/get_command: the top group loads its commands only when asked.
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        assert cmd is not None, f"annotator {' '.join((*prefix, name))} does not load"
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, (*prefix, name))


@pytest.mark.parametrize(("path", "command"), list(_all_commands(main)), ids=lambda v: str(v))
def test_every_command_has_help(path, command):
    assert command.help, f"annotator {' '.join(path)} has no help text"
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_help_lists_every_command_with_its_summary():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        summary = main.get_command(ctx, name).get_short_help_str()
        assert summary and f"{name} " in result.output and summary[:20] in result.output


def test_the_command_line_loads_no_command_module_until_asked():
    # A fresh interpreter: the app starts through this module without readers or exporters.
    probe = (
        "import sys, annotator.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('annotator.', 'sqlite_utils'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['annotator.cli']"


@pytest.fixture
def texts(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "fa.txt").write_text(PERSIAN, encoding="utf-8")
    (folder / "sub" / "ar.txt").write_text(ARABIC, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00 not text \xc3\x28")
    return folder


def test_init_import_list_check_export(tmp_path, texts):
    runner = CliRunner()
    proj = tmp_path / "p.annotator"
    assert runner.invoke(main, ["init", str(proj)]).exit_code == 0
    result = runner.invoke(main, ["import", str(proj), str(texts), "--json"])
    report = json.loads(result.output)
    assert sorted(report["added"]) == ["ar", "fa"]
    assert len(report["errors"]) == 1 and "bad.txt" in report["errors"][0]
    assert result.exit_code == 1  # one bad file: the rest imported, the failure reported
    again = json.loads(runner.invoke(main, ["import", str(proj), str(texts), "--json"]).output)
    assert again["added"] == [] and len(again["duplicates"]) == 2
    listed = json.loads(runner.invoke(main, ["list", str(proj), "--json"]).output)
    assert {d["language"] for d in listed} == {"fa", "ar"}
    check = runner.invoke(main, ["check", str(proj), "--json"])
    assert check.exit_code == 0 and json.loads(check.output)["ok"]
    out = tmp_path / "out.jsonl"
    assert (
        runner.invoke(main, ["export", str(proj), "--format", "jsonl", "-o", str(out)]).exit_code
        == 0
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["format"] == "annotator-jsonl" and len(lines) == 3


def test_init_refuses_an_existing_file_and_a_bad_schema(tmp_path):
    runner = CliRunner()
    proj = tmp_path / "p.annotator"
    runner.invoke(main, ["init", str(proj)])
    result = runner.invoke(main, ["init", str(proj)])
    assert result.exit_code != 0 and "already exists" in result.output
    result = runner.invoke(main, ["init", str(tmp_path / "q.annotator"), "--schema", "nope"])
    assert "no preset named 'nope'" in result.output
    assert not (tmp_path / "q.annotator").exists()


def test_schema_command_prints_and_replaces(tmp_path):
    runner = CliRunner()
    proj = tmp_path / "p.annotator"
    runner.invoke(main, ["init", str(proj), "--schema", "minimal"])
    assert (
        json.loads(runner.invoke(main, ["schema", str(proj), "--json"]).output)["name"] == "minimal"
    )
    assert runner.invoke(main, ["schema", str(proj), "--set", "fact-check"]).exit_code == 0
    assert "Contested_fact" in runner.invoke(main, ["schema", str(proj)]).output


def test_check_fails_with_a_readable_report(tmp_path):
    runner = CliRunner()
    proj = build_demo(tmp_path / "demo.annotator")
    import sqlite3

    with sqlite3.connect(proj) as conn:
        conn.execute('UPDATE spans SET "end" = "end" + 1 WHERE rowid = 1')
    result = runner.invoke(main, ["check", str(proj)])
    assert result.exit_code == 1 and "1 problem(s)" in result.output and "quotes" in result.output


def test_native_jsonl_round_trips_byte_for_byte(tmp_path):
    runner = CliRunner()
    demo = build_demo(tmp_path / "demo.annotator")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert runner.invoke(main, ["export", str(demo), "-o", str(first)]).exit_code == 0
    fresh = tmp_path / "fresh.annotator"
    runner.invoke(main, ["init", str(fresh)])
    result = runner.invoke(main, ["import", str(fresh), str(first)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["export", str(fresh), "-o", str(second)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    records = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()[1:]]
    assert sum(len(r["spans"]) for r in records) > 10
    assert any(r["relations"] for r in records)
    for record in records:
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_read_only_commands_upgrade_an_older_project_once(tmp_path, monkeypatch):
    from annotator.store import migrations

    path = tmp_path / "old.annotator"
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr("annotator.store.project.MIGRATIONS", full[:1])
    CliRunner().invoke(main, ["init", str(path)])
    monkeypatch.setattr("annotator.store.project.MIGRATIONS", full)
    result = CliRunner().invoke(main, ["list", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert "upgraded" in result.output
    assert list(tmp_path.glob("old.annotator.bak-*"))
