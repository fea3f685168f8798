"""The workspace around the view: attribution flow, document list, interface language,
remembered settings, read-only projects, undo across documents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from annotator.core.model import Document
from annotator.gui.panels.document_list import LANGUAGE
from annotator.gui.settings import AppSettings
from annotator.store.project import Project
from tests.conftest import ARABIC, PERSIAN
from tests.gui.conftest import close_next_modal, find


def _word(text: str, word: str) -> tuple[int, int]:
    start = find(text, word)
    return start, start + len(word)


def click_span(window, qtbot, pos: int) -> None:
    """A real mouse click on the character at code point ``pos`` of the view."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(pos)
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_attribution_keyboard_flow_makes_one_relation(make_window, project, fa_doc, qtbot):
    content = project.new_span(fa_doc.id, *_word(PERSIAN, "مذاکرات"), "Content")
    cue = project.new_span(fa_doc.id, *_word(PERSIAN, "گفت"), "Cue")
    window = make_window(project, fa_doc)
    window.select_span(content.id)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert window.status.guide.isVisible()
    click_span(window, qtbot, cue.start + 1)  # the cue: an existing span, clicked
    # The source: new words, selected and confirmed with Enter.
    view.set_selection_range(*_word(PERSIAN, "وزیر"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    [rel] = project.relations(fa_doc.id)
    source = project.span(rel.roles["source"][0])
    assert rel.type == "attribution"
    assert rel.roles["content"] == (content.id,) and rel.roles["cue"] == (cue.id,)
    assert (source.label, source.text) == ("Source", "وزیر")
    assert not window.status.guide.isVisible()
    assert window.relations.tree.topLevelItemCount() == 1
    window.undo_stack.undo()  # one step takes back the relation and the new source span
    assert project.relations(fa_doc.id) == []
    assert {s.id for s in project.spans(fa_doc.id)} == {content.id, cue.id}


def test_attribution_flow_skips_with_enter_and_cancels_with_escape(
    make_window, project, fa_doc, qtbot
):
    content = project.new_span(fa_doc.id, *_word(PERSIAN, "مذاکرات"), "Content")
    outlet = project.new_span(fa_doc.id, *_word(PERSIAN, "خبرگزاری"), "Outlet")
    window = make_window(project, fa_doc)
    window.select_span(content.id)
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.flow.active and project.relations() == []
    window.select_span(content.id)
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # no cue
    window.select_span(outlet.id)  # picked in the list or the view: the source
    [rel] = project.relations()
    assert rel.roles == {"content": (content.id,), "source": (outlet.id,)}


def test_hovering_a_span_lights_its_relation_partners(make_window, project, fa_doc):
    content = project.new_span(fa_doc.id, *_word(PERSIAN, "مذاکرات"), "Content")
    source = project.new_span(fa_doc.id, *_word(PERSIAN, "وزیر"), "Source")
    project.new_relation("attribution", {"content": [content.id], "source": [source.id]})
    window = make_window(project, fa_doc)
    window.view.span_hovered.emit(source.id)
    assert window._partners[source.id] == {content.id, source.id}


def test_document_list_filters_by_language(make_window, project, fa_doc, ar_doc):
    window = make_window(project, fa_doc)
    panel = window.documents
    assert panel.proxy.rowCount() == 2
    combo = panel.combos[LANGUAGE]
    combo.setCurrentIndex(combo.findData("ar"))
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "ar-1"
    panel.search.setText("fa-")
    assert panel.proxy.rowCount() == 0
    combo.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 1


def test_document_list_counts_follow_annotations(make_window, project, fa_doc, ar_doc, qtbot):
    window = make_window(project, ar_doc)
    model = window.documents.model
    row = model.row_of(ar_doc.id)
    window.view.set_selection_range(*_word(ARABIC, "وزير"))
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    assert model.rows[row].count == 1


def test_persian_interface_mirrors_and_translates_live(make_window, project, fa_doc, settings):
    window = make_window(project, fa_doc)
    fa_action = next(a for a in window.actions_.language_group.actions() if a.data() == "fa")
    fa_action.trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.menus["project"].title() == "پروژه"
    assert window.menus["annotate"].title() == "حاشیه‌نویسی"
    assert window.palette._items["Claim"].text(0) == "ادعا"
    assert settings.language() == "fa"
    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.menus["project"].title() == "Project"


def test_side_panels_change_sides_with_the_interface_direction(make_window, project, fa_doc):
    window = make_window(project, fa_doc)
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.docks["documents"]) == left
    window.set_language("fa")
    assert window.dockWidgetArea(window.docks["documents"]) == right
    assert window.dockWidgetArea(window.docks["labels"]) == left
    assert window.docks["document"] in window.tabifiedDockWidgets(window.docks["details"])
    assert (
        window.dockWidgetArea(window.docks["annotations"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    )
    window.close()  # saved while mirrored: reopening in Persian keeps the panels where they are
    again = make_window(Project.open(project.path))
    assert again.dockWidgetArea(again.docks["documents"]) == right
    again.set_language("en")
    assert again.dockWidgetArea(again.docks["documents"]) == left


def test_settings_remember_project_layout_and_language(make_window, project, fa_doc, tmp_path):
    window = make_window(project, fa_doc)
    window.set_language("ar")
    window.docks["relations"].hide()
    window.close()
    again = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.last_project() == project.path.resolve()
    assert again.recent_projects() == [project.path.resolve()]
    assert again.language() == "ar"
    assert again.window_geometry() is not None and again.window_state() is not None


def test_window_layout_is_restored(make_window, tmp_path, settings):
    first = Project.create(tmp_path / "a.annotator")
    window = make_window(first)
    window.docks["relations"].hide()
    window.close()
    second = make_window(Project.open(tmp_path / "a.annotator"))
    assert second.docks["relations"].isHidden()
    assert not second.docks["documents"].isHidden()


def test_read_only_project_disables_annotation(make_window, tmp_path, qtbot):
    path = tmp_path / "ro.annotator"
    with Project.create(path) as proj:
        proj.add_document(Document(name="fa-1", text=PERSIAN, language="fa"))
    project = Project.open(path, readonly=True)
    window = make_window(project, None)
    assert "read-only" in window.windowTitle()
    actions = window.actions_.actions
    for name in ("delete_annotation", "attribution", "link", "extend_end"):
        assert not actions[name].isEnabled()
    assert not window.actions_.label_actions["Claim"].isEnabled()
    window.view.set_selection_range(*_word(PERSIAN, "وزیر"))
    qtbot.keyClick(window.view, Qt.Key.Key_C)
    assert project.spans() == []
    assert window.status.saved.text() == "Read-only"


def test_undo_in_another_document_switches_to_it(make_window, project, fa_doc, ar_doc, qtbot):
    window = make_window(project, fa_doc)
    window.view.set_selection_range(*_word(PERSIAN, "وزیر"))
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    window.open_document(ar_doc.id)
    assert window.current_doc_id == ar_doc.id
    window.undo_stack.undo()
    assert window.current_doc_id == fa_doc.id
    assert project.spans(fa_doc.id) == []
    window.undo_stack.redo()
    [span] = project.spans(fa_doc.id)
    assert window.view.selected_span() == span.id


def test_project_held_by_another_window_opens_read_only(make_window, tmp_path):
    path = tmp_path / "held.annotator"
    holder = Project.create(path)  # another window has it open for writing
    window = make_window(None)

    def choose_read_only() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == "Open read-only")
        button.click()

    QTimer.singleShot(0, choose_read_only)
    window.open_path(path)
    assert window.project is not None and window.project.readonly
    assert "read-only" in window.windowTitle()
    holder.close()


def test_start_page_without_a_project(make_window):
    window = make_window(None)
    assert window.center.currentWidget() is window.start_page
    assert all(d.isHidden() for d in window.docks.values())


def test_zoom_is_remembered(make_window, project, fa_doc, settings, qtbot):
    window = make_window(project, fa_doc)
    window.actions_.actions["zoom_in"].trigger()
    window.actions_.actions["zoom_in"].trigger()
    zoomed = window.view.zoom()
    assert zoomed > 100 and settings.zoom() == zoomed
    window.close()
    again = make_window(Project.open(project.path), None)
    assert again.view.zoom() == zoomed


def test_search_hit_opens_its_document_with_the_words_selected(
    make_window, project, fa_doc, ar_doc
):
    pytest.importorskip("annotator.gui.search_panel")
    window = make_window(project, fa_doc)
    window.actions_.actions["find"].trigger()
    dock = window.docks["search"]
    assert dock.isVisible()
    start, end = _word(ARABIC, "وكالة")
    dock.widget().hit_activated.emit(ar_doc.id, start, end)
    assert window.current_doc_id == ar_doc.id
    assert window.view.selection_range(exact=True) == (start, end)


def test_document_labels_edit_is_stored_undoable_and_listed(make_window, project, fa_doc, qtbot):
    window = make_window(project, fa_doc)
    combo = window.doc_labels.editors["review_status"].widget
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "—" to the first status: to do
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # in progress
    assert project.document(fa_doc.id).attributes == {"review_status": "in_progress"}
    model = window.documents.model
    assert model.rows[model.row_of(fa_doc.id)].status == "in_progress"
    window.undo_stack.undo()
    assert project.document(fa_doc.id).attributes == {"review_status": "todo"}
    window.undo_stack.undo()
    assert project.document(fa_doc.id).attributes == {}
    assert combo.currentData() is None


def test_imported_documents_join_the_list(make_window, project, fa_doc, tmp_path, monkeypatch):
    pytest.importorskip("annotator.gui.import_dialog")
    path = tmp_path / "lahore.txt"
    path.write_text("لاہور میں آج بارش ہوئی اور درجہ حرارت کم ہو گیا۔\n", encoding="utf-8")
    window = make_window(project, fa_doc)
    # The file dialog is the operating system's; answer it as a person choosing one file.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    seen = []
    close_next_modal(seen)  # the import report
    window.actions_.actions["import"].trigger()
    assert window.documents.model.rowCount() == 2
    assert any(r.language == "ur" for r in window.documents.model.rows)


def test_escape_lets_go_of_the_selected_annotation(make_window, project, fa_doc, qtbot):
    span = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    window = make_window(project, fa_doc)
    window.select_span(span.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view.selected_span() is None and window.details.span is None
    qtbot.keyClick(window.view, Qt.Key.Key_E)  # no selection left: nothing relabelled
    assert project.span(span.id).label == "Claim"


def test_change_label_keeps_only_the_attributes_the_new_label_accepts(make_window, project, fa_doc):
    span = project.new_span(
        fa_doc.id, *_word(PERSIAN, "ایران"), "Evidence", attributes={"kind": "data"}
    )
    window = make_window(project, fa_doc)
    window.editing.change_label(span.id, "Claim")
    assert project.span(span.id).label == "Claim" and project.span(span.id).attributes == {}
    window.undo_stack.undo()
    assert project.span(span.id).attributes == {"kind": "data"}


def test_suggestions_sit_beside_the_details_and_in_the_annotate_menu(make_window, project, fa_doc):
    pytest.importorskip("annotator.gui.suggestions")
    window = make_window(project, fa_doc)
    dock = window.docks["suggestions"]
    assert dock.widget() is window.suggestions.panel
    assert dock in window.tabifiedDockWidgets(window.docks["document"])
    texts = [a.text() for a in window.menus["annotate"].actions()]
    assert "Accept suggestion" in texts
    window.set_project(None)
    assert dock.isHidden()  # the start page shows no panels


def test_selected_annotation_is_the_selected_row_in_a_right_to_left_interface(
    make_window, project, fa_doc, ar_doc
):
    first = project.new_span(fa_doc.id, *_word(PERSIAN, "وزیر"), "Source")
    second = project.new_span(fa_doc.id, *_word(PERSIAN, "ایران"), "Claim")
    window = make_window(project, fa_doc)
    window.set_language("fa")
    table = window.annotations.table
    for span in (second, first):
        window.select_span(span.id)
        [row] = table.selectionModel().selectedRows()
        assert window.annotations.model.spans[row.row()].id == span.id
    window.actions_.actions["next_document"].trigger()
    assert window.current_doc_id == ar_doc.id


def test_opening_the_open_project_again_changes_nothing(make_window, project, fa_doc):
    window = make_window(project, fa_doc)
    window.open_path(project.path)
    assert window.project is project and not project.readonly
