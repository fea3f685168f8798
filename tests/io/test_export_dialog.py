"""The export dialog, driven as a person would: format, filters, output, Export."""

import csv

import pytest
from PySide6.QtCore import Qt

from annotator.gui.export_dialog import ExportDialog
from annotator.io.formats import EXPORTERS
from tests.io.export_corpus import corpus_project


@pytest.fixture
def dialog(qtbot, tmp_path):
    project, ids = corpus_project(tmp_path)
    dlg = ExportDialog(project)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg, project, ids
    dlg.close()
    project.close()


def _choose(dlg, name):
    dlg.format.setCurrentIndex(dlg.format.findData(name))


def _set_output(qtbot, dlg, path):
    dlg.output.clear()
    qtbot.keyClicks(dlg.output, str(path))


def test_every_format_is_offered_with_its_description(dialog):
    dlg, _, _ = dialog
    offered = [dlg.format.itemData(i) for i in range(dlg.format.count())]
    assert offered == list(EXPORTERS)
    _choose(dlg, "brat")
    assert "annotation.conf" in dlg.about.text()
    assert dlg.output.text().endswith("corpus-brat")


def test_filters_reach_the_exported_file(qtbot, tmp_path, dialog):
    dlg, project, _ = dialog
    _choose(dlg, "csv")
    dlg.documents.set_checked({project.document_by_name("fa-news").id})
    dlg.labels.set_checked({"Claim", "Contested_fact"})
    dlg.annotators.set_checked(set(dlg.annotators.values(Qt.CheckState.Checked)))
    out = tmp_path / "chosen.csv"
    _set_output(qtbot, dlg, out)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["document"] for r in rows} == {"fa-news"}
    assert sorted(r["label"] for r in rows) == ["Claim", "Claim", "Contested_fact"]
    assert str(out) in dlg.result.text()


def test_annotator_filter(qtbot, tmp_path, dialog):
    dlg, _, _ = dialog
    _choose(dlg, "semeval")
    dlg.annotators.set_checked({"reviewer2"})
    assert dlg.export_filter().annotators == ("reviewer2",)
    out = tmp_path / "s.tsv"
    _set_output(qtbot, dlg, out)
    assert dlg.run()
    techniques = [line.split("\t")[1] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(techniques) == ["Doubt", "Loaded_Language", "Name_Calling-Labeling"]


def test_nothing_ticked_disables_export(dialog):
    dlg, _, _ = dialog
    dlg.labels.set_checked(set())
    assert not dlg.export_button.isEnabled()
    assert "at least one" in dlg.result.text()
    dlg.labels.set_checked({"Claim"})
    assert dlg.export_button.isEnabled()


def test_options_show_for_their_formats_only(qtbot, tmp_path, dialog):
    dlg, _, _ = dialog
    _choose(dlg, "claimreview")
    assert dlg.claimreview_box.isVisible() and not dlg.html_box.isVisible()
    dlg.organisation.setText("راستی‌سنج")  # keyClicks cannot type a ZWNJ
    assert dlg.export_options().organisation == {"name": "راستی‌سنج", "url": ""}
    _choose(dlg, "html")
    assert dlg.html_box.isVisible() and not dlg.claimreview_box.isVisible()
    dlg.per_document.setChecked(True)
    assert dlg.output.text().endswith("corpus-html")
    assert dlg.run()
    assert (tmp_path / "corpus-html" / "index.html").is_file()


def test_a_refused_export_says_why(qtbot, tmp_path, dialog):
    dlg, _, _ = dialog
    _choose(dlg, "xlsx")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _set_output(qtbot, dlg, blocker / "inside.xlsx")
    assert not dlg.run()
    assert "b00020" in dlg.result.text()
