"""Every format through ``annotator export``, and exports read back with ``import --format``."""

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.io.formats import EXPORTERS
from annotator.store.project import Project
from tests.io.export_corpus import corpus_project


@pytest.fixture
def project_file(tmp_path):
    project, _ = corpus_project(tmp_path)
    project.close()
    return tmp_path / "corpus.annotator"


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_exports_from_the_command_line(tmp_path, project_file, fmt):
    exporter = EXPORTERS[fmt]
    out = tmp_path / f"out{exporter.suffix}"
    result = CliRunner().invoke(
        main, ["export", str(project_file), "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.is_dir() if exporter.folder else out.is_file()
    assert f"wrote {out}" in result.output


def test_a_folder_format_without_output_is_refused(project_file):
    result = CliRunner().invoke(main, ["export", str(project_file), "--format", "brat"])
    assert result.exit_code == 1 and "-o/--output" in result.output


def test_claimreview_takes_the_organisation_from_the_command_line(tmp_path, project_file):
    out = tmp_path / "r.jsonld"
    args = ["export", str(project_file), "--format", "claimreview", "-o", str(out)]
    args += ["--organisation", "Desk", "--organisation-url", "https://desk.example"]
    assert CliRunner().invoke(main, args).exit_code == 0
    review = json.loads(out.read_text(encoding="utf-8"))["@graph"][0]
    assert review["author"] == {
        "@type": "Organization",
        "name": "Desk",
        "url": "https://desk.example",
    }


@pytest.mark.parametrize(
    ("fmt", "name"), [("brat", "b"), ("doccano", "d.jsonl"), ("labelstudio", "l.json")]
)
def test_import_format_reads_an_export_back(tmp_path, project_file, fmt, name):
    runner = CliRunner()
    out = tmp_path / name
    assert (
        runner.invoke(
            main, ["export", str(project_file), "--format", fmt, "-o", str(out)]
        ).exit_code
        == 0
    )
    fresh = tmp_path / "fresh.annotator"
    assert runner.invoke(main, ["init", str(fresh)]).exit_code == 0
    result = runner.invoke(main, ["import", str(fresh), "--format", fmt, str(out), "--json"])
    assert result.exit_code == 0, result.output
    (read,) = json.loads(result.output)["read"]
    assert (read["documents"], read["spans"]) == (2, 22)
    with Project.open(fresh, readonly=True) as proj:
        assert proj.span_count() == 22 and proj.check() == []
