"""Dialogs of the workspace: Link (with the cross-document span picker), keyboard help,
evidence picker in the details panel, new project."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from annotator.gui.link_dialog import LinkDialog
from annotator.gui.panels.shortcuts_help import ShortcutsHelp
from annotator.gui.project_dialogs import NewProjectDialog
from annotator.gui.span_picker import SpanPickerDialog
from annotator.store.project import Project
from tests.conftest import ARABIC, PERSIAN
from tests.gui.conftest import close_next_modal, find


def _word(text: str, word: str) -> tuple[int, int]:
    start = find(text, word)
    return start, start + len(word)


def pick_in_next_picker(search: str) -> None:
    """Answers the span picker about to open: filter by ``search``, take the first hit."""

    def answer() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, SpanPickerDialog)
        picker.this_doc.setChecked(False)
        picker.search.setText(search)
        picker.list.setCurrentIndex(picker.proxy.index(0, 0))
        picker.accept()

    QTimer.singleShot(0, answer)


def test_link_dialog_joins_spans_across_documents(make_window, project, fa_doc, ar_doc, qtbot):
    claim = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    evidence = project.new_span(ar_doc.id, *_word(ARABIC, "أيلول"), "Evidence")
    window = make_window(project, fa_doc)
    window.select_span(claim.id)
    dialog = LinkDialog(project, fa_doc.id, claim.id, window)
    qtbot.addWidget(dialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("refutes"))
    assert dialog.rows["claim"].span_ids == [claim.id]  # the selected claim fills its role
    pick_in_next_picker("أيلول")
    qtbot.mouseClick(dialog.rows["evidence"].add, Qt.MouseButton.LeftButton)
    assert dialog.rows["evidence"].span_ids == [evidence.id]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.editing.add_relation("refutes", dialog.roles())
    [rel] = project.relations(ar_doc.id)
    assert rel.roles == {"claim": (claim.id,), "evidence": (evidence.id,)}
    window.undo_stack.undo()
    assert project.relations() == []


def test_link_dialog_refuses_a_missing_role(make_window, project, fa_doc, qtbot):
    claim = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    window = make_window(project, fa_doc)
    dialog = LinkDialog(project, fa_doc.id, claim.id, window)
    qtbot.addWidget(dialog)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("supports"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "evidence" in dialog.error.text()


def test_evidence_picker_sets_a_span_attribute_in_another_document(
    make_window, project, fa_doc, ar_doc, qtbot
):
    fact = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Contested_fact")
    evidence = project.new_span(ar_doc.id, *_word(ARABIC, "أيلول"), "Evidence")
    window = make_window(project, fa_doc)
    window.select_span(fact.id)
    editor = window.details.editors["evidence_span"]
    pick_in_next_picker("أيلول")
    qtbot.mouseClick(editor.choose, Qt.MouseButton.LeftButton)
    assert project.span(fact.id).attributes == {"evidence_span": evidence.id}
    assert "أيلول" in editor.shown.text()
    window.undo_stack.undo()
    assert project.span(fact.id).attributes == {}


def test_keyboard_help_lists_actions_and_label_keys(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    help_ = ShortcutsHelp(window.menus, project.schema, window.actions_.document_keys(), window)
    qtbot.addWidget(help_)
    rows = {}
    tree = help_.tree
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        for j in range(head.childCount()):
            rows[head.child(j).text(1)] = head.child(j).text(0)
    assert rows["Undo"].startswith("Ctrl+Z")
    assert rows["Attribution…"].startswith("A")
    assert rows["Claim"] == "C" and rows["Contested fact"] == "F"
    assert "Ctrl+Shift+" in rows["Extend end by a word"]


def test_new_project_dialog_creates_the_chosen_scheme(qtbot, tmp_path):
    dialog = NewProjectDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "mine.annotator"))
    dialog.schema.setCurrentIndex(dialog.schema.findData("minimal"))
    project = dialog.create()
    assert project is not None and project.schema.name == "minimal"
    project.close()
    assert Project.open(tmp_path / "mine.annotator", readonly=True).schema.name == "minimal"


def test_question_mark_in_the_text_opens_the_keyboard_help(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    seen = []
    close_next_modal(seen)
    qtbot.keyClick(window.view, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(seen) == 1)
    window.activateWindow()  # back from the dialog, as a person's window manager would do
    assert QTest.qWaitForWindowActive(window, 3000)
    close_next_modal(seen)
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [ShortcutsHelp, ShortcutsHelp]
