"""Annotating in the workspace: label keys on selections, undo and redo, delete, relabel,
resize, attributes. Every check reads the store (SQLite) and the view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import Document
from tests.conftest import PERSIAN
from tests.gui.conftest import find, type_text


def select(window, start: int, end: int) -> None:
    window.view.set_selection_range(start, end)
    window.view.setFocus()


def test_label_key_stores_a_word_snapped_span(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    # From inside "گزارش" to inside "خبرگزاری": grows to both whole words.
    select(window, find(PERSIAN, "گزارش") + 2, find(PERSIAN, "خبرگزاری") + 3)
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    [span] = project.spans(fa_doc.id)
    assert (span.start, span.end) == (
        find(PERSIAN, "گزارش"),
        find(PERSIAN, "خبرگزاری") + len("خبرگزاری"),
    )
    assert span.label == "Claim"
    assert span.text == "گزارش خبرگزاری"
    assert window.view.span_at(span.start + 1) == span.id
    assert window.view.selected_span() == span.id


def test_zwnj_word_stays_whole(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    word = "می‌یابد"
    select(window, find(PERSIAN, word) + 1, find(PERSIAN, word) + 2)
    qtbot.keyClick(window.view, Qt.Key.Key_Q)
    [span] = project.spans(fa_doc.id)
    assert span.text == word and span.label == "Cue"


def test_alt_with_the_key_keeps_the_exact_characters(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    start = find(PERSIAN, "خبرگزاری") + 3
    select(window, start, start + 4)
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    [span] = project.spans(fa_doc.id)
    assert (span.start, span.end) == (start, start + 4)


def test_key_on_a_persian_keyboard_layout_applies_the_same_label(
    make_window, project, fa_doc, qtbot
):
    window = make_window(project, fa_doc)
    select(window, find(PERSIAN, "وزیر"), find(PERSIAN, "وزیر") + 4)
    # The S key on a Persian keyboard types "س": still Source.
    type_text(window.view, "س")
    [span] = project.spans(fa_doc.id)
    assert span.label == "Source" and span.text == "وزیر"


def test_undo_and_redo_restore_store_and_view(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    start = find(PERSIAN, "ایروان")
    select(window, start, start + 6)
    qtbot.keyClick(window.view, Qt.Key.Key_F)
    [span] = project.spans(fa_doc.id)
    window.actions_.actions["undo"].trigger()
    assert project.spans(fa_doc.id) == []
    assert window.view.span_at(start + 1) is None
    window.actions_.actions["redo"].trigger()
    [again] = project.spans(fa_doc.id)
    assert again.id == span.id and (again.start, again.end) == (start, start + 6)
    assert window.view.span_at(start + 1) == span.id
    assert window.annotations.model.rowCount() == 1


def test_delete_with_relations_and_undo_restores_both(make_window, project, fa_doc, qtbot):
    content = project.new_span(fa_doc.id, *_word(PERSIAN, "مذاکرات"), "Content")
    source = project.new_span(fa_doc.id, *_word(PERSIAN, "وزیر"), "Source")
    rel = project.new_relation("attribution", {"content": [content.id], "source": [source.id]})
    window = make_window(project, fa_doc)
    window.select_span(source.id)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert [s.id for s in project.spans(fa_doc.id)] == [content.id]
    assert project.relations(fa_doc.id) == []
    assert window.relations.tree.topLevelItemCount() == 0
    window.undo_stack.undo()
    assert {s.id for s in project.spans(fa_doc.id)} == {content.id, source.id}
    assert [r.id for r in project.relations(fa_doc.id)] == [rel.id]
    assert window.relations.tree.topLevelItemCount() == 1
    assert window.view.span_at(source.start) == source.id


def test_label_key_on_a_selected_span_changes_its_label(make_window, project, fa_doc, qtbot):
    span = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    window = make_window(project, fa_doc)
    window.select_span(span.id)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_E)
    assert project.span(span.id).label == "Evidence"
    assert len(project.spans(fa_doc.id)) == 1
    window.undo_stack.undo()
    assert project.span(span.id).label == "Claim"


def test_resize_by_a_word_at_either_edge(make_window, project, fa_doc):
    start, end = _word(PERSIAN, "خارجه")
    span = project.new_span(fa_doc.id, start, end, "Source")
    window = make_window(project, fa_doc)
    window.select_span(span.id)
    actions = window.actions_.actions
    actions["extend_start"].trigger()
    assert project.span(span.id).text == "وزیر خارجه"
    actions["extend_end"].trigger()
    assert project.span(span.id).text == "وزیر خارجه گفت"
    actions["shrink_start"].trigger()
    actions["shrink_end"].trigger()
    assert project.span(span.id).text == "خارجه"
    for _ in range(4):
        window.undo_stack.undo()
    assert project.span(span.id).text == "خارجه"
    window.undo_stack.undo()
    assert (project.span(span.id).start, project.span(span.id).end) == (start, end)
    window.undo_stack.undo()  # the first resize: back to the word itself
    assert project.span(span.id).text == "خارجه"


def test_edge_keys_follow_the_paragraph_direction(make_window, project, qtbot):
    text = "وزیر خارجه گفت که نشست برگزار می‌شود.\nThe minister said the talks go on."
    doc = project.add_document(Document(name="mixed", text=text, language="fa"))
    rtl = project.new_span(doc.id, *_word(text, "خارجه"), "Source")
    ltr = project.new_span(doc.id, *_word(text, "minister"), "Source")
    window = make_window(project, doc)
    extend_end = window.actions_.actions["extend_end"]
    window.select_span(rtl.id)
    # In a right-to-left paragraph the end of a span is on its left.
    assert extend_end.shortcut().toString() == "Ctrl+Shift+Left"
    window.select_span(ltr.id)
    assert extend_end.shortcut().toString() == "Ctrl+Shift+Right"
    window.view.setFocus()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert project.span(ltr.id).text == "minister said"


def test_choice_attribute_edit_is_stored_and_undoable(make_window, project, fa_doc, qtbot):
    span = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    window = make_window(project, fa_doc)
    window.select_span(span.id)
    combo = window.details.editors["verdict"].widget
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "—" to the first verdict, as a person would
    assert project.span(span.id).attributes == {"verdict": "false"}
    window.undo_stack.undo()
    assert project.span(span.id).attributes == {}
    assert combo.currentData() is None


def test_text_attribute_keeps_its_max_length(make_window, project, fa_doc, qtbot):
    span = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    window = make_window(project, fa_doc)
    window.select_span(span.id)
    line = window.details.editors["normalized_claim"].widget
    line.setFocus()
    type_text(line, "ب" * 90)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert project.span(span.id).attributes["normalized_claim"] == "ب" * 75


def test_contested_fact_correction_shows_in_the_list(make_window, project, fa_doc, qtbot):
    span = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Contested_fact")
    window = make_window(project, fa_doc)
    window.select_span(span.id)
    line = window.details.editors["correction"].widget
    line.setFocus()
    type_text(line, "ایروان")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert project.span(span.id).attributes["correction"] == "ایروان"
    model = window.annotations.model
    assert model.data(model.index(0, 1)) == "ایران ← ایروان"


def test_palette_click_applies_the_label_to_the_selection(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    tree = window.palette.tree
    item = window.palette._items["Evidence"]
    click = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert project.spans(fa_doc.id) == []  # nothing selected: nothing marked, and it says so
    assert window.status.message.text()
    select(window, *_word(PERSIAN, "نتیجه"))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=click)
    [span] = project.spans(fa_doc.id)
    assert span.label == "Evidence" and span.text == "نتیجه"
    assert window.view.hasFocus() or QApplication.focusWidget() is not tree


def _word(text: str, word: str) -> tuple[int, int]:
    start = find(text, word)
    return start, start + len(word)


def test_annotation_table_sorts_and_keeps_new_rows_in_order(make_window, project, fa_doc, qtbot):
    late = project.new_span(fa_doc.id, *_word(PERSIAN, "نتیجه"), "Claim")
    early = project.new_span(fa_doc.id, *_word(PERSIAN, "وزیر"), "Source")
    window = make_window(project, fa_doc)
    model = window.annotations.model
    assert [s.id for s in model.spans] == [early.id, late.id]  # by start
    window.annotations.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [s.id for s in model.spans] == [late.id, early.id]
    select(window, *_word(PERSIAN, "ایروان"))
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert [s.text for s in model.spans] == ["نتیجه", "ایروان", "وزیر"]
    window.annotations.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by label name
    assert [s.label for s in model.spans] == ["Claim", "Entity", "Source"]
