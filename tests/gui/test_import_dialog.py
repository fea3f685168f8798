"""Importing from the app: off the GUI thread, with progress, cancel, and a report."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from annotator.gui.import_dialog import ImportReportDialog, import_with_progress


def _files(tmp_path, n: int):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(f"خبر شماره {i} درباره نشست ایروان.", "utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_import_runs_off_the_gui_thread_and_reports(qtbot, project, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = _files(tmp_path, 5)
    report = import_with_progress(parent, project, [folder], show_report=False)
    assert len(report.added) == 5
    assert report.errors == [f"{folder / 'bad.txt'}: a binary file, not text"]
    # Written through the worker's own connection; the window's connection sees it committed.
    assert sorted(d.name for d in project.documents()) == [f"{i:03d}" for i in range(5)]
    assert sorted(report.doc_ids) == sorted(project.document_ids())


def test_cancel_keeps_the_files_already_imported(qtbot, project, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = _files(tmp_path, 300)

    def cancel_on_first_progress():
        (dialog,) = parent.findChildren(QProgressDialog)
        (bar,) = dialog.findChildren(QProgressBar)
        (button,) = dialog.findChildren(QPushButton)  # the Cancel a person would press
        bar.valueChanged.connect(lambda value: value >= 1 and button.click())

    QTimer.singleShot(0, cancel_on_first_progress)
    report = import_with_progress(parent, project, [folder], show_report=False)
    assert report.cancelled
    kept = len(project.documents())
    assert 1 <= kept < 300
    assert len(report.added) == kept


def test_report_lists_each_bad_file(qtbot):
    from annotator.io.importer import ImportReport

    report = ImportReport(
        added=["a"],
        errors=["x.txt: empty file", "خبر.docx: not a Word document"],
        near_duplicates=["b: near-duplicate of 'a' (91% similar)"],
    )
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    lines = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
    assert lines == [
        "Not imported: x.txt: empty file",
        "Not imported: خبر.docx: not a Word document",
        "Near-duplicate: b: near-duplicate of 'a' (91% similar)",
    ]
    assert "1 document(s) or file(s) imported; 2 file(s) not imported" in dialog.summary.text()
