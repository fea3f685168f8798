"""The search panel, driven as a person would: type, choose a mode or filter, pick a hit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.gui.search_panel import HIT_ROLE, HitDelegate, SearchPanel
from tests.gui.conftest import type_text

FA = "درگیری در قره‌باغ ادامه دارد 😀 و ۲۰ نفر زخمی شدند.\nوزیر گفت نشست در ایروان است."
AR = "قال المتحدث إن الاجتماع في قره باغ سيعقد و 20 شخصا أصيبوا."


@pytest.fixture
def panel(qtbot, project):
    project.add_document(
        Document(name="fa", text=FA, language="fa", outlet="الف", published="2023-09-21")
    )
    project.add_document(
        Document(name="ar", text=AR, language="ar", outlet="ب", published="2024-02-01")
    )
    widget = SearchPanel(project)
    qtbot.addWidget(widget)
    widget.resize(480, 640)
    widget.show()
    return widget


def _type(qtbot, panel, text):
    panel.query.clear()
    type_text(panel.query, text)
    QTest.keyClick(panel.query, Qt.Key.Key_Return)


def _hits(panel):
    return [(h.doc_name, h.text) for h in panel.model.hits]


def test_tolerant_search_finds_every_spelling(qtbot, panel):
    _type(qtbot, panel, "قرهباغ")
    assert _hits(panel) == [("fa", "قره‌باغ"), ("ar", "قره باغ")]
    assert panel.status.text() == "2 hit(s) in 2 document(s)"


def test_typing_searches_after_a_pause(qtbot, panel):
    with qtbot.waitSignal(panel.searched, timeout=2000):
        type_text(panel.query, "ایروان")
    assert _hits(panel) == [("fa", "ایروان")]


def test_modes_exact_and_regex(qtbot, panel):
    _type(qtbot, panel, "قره باغ")
    panel.mode_buttons["exact"].click()
    assert _hits(panel) == [("ar", "قره باغ")]
    panel.mode_buttons["regex"].click()
    _type(qtbot, panel, "[0-9۰-۹]+ (نفر|شخص)")
    assert _hits(panel) == [("fa", "۲۰ نفر"), ("ar", "20 شخص")]
    _type(qtbot, panel, "(")
    assert panel.model.hits == []
    assert "not a valid regular expression" in panel.status.text()


def test_filters(qtbot, panel):
    _type(qtbot, panel, "قره باغ")
    panel.outlet.setCurrentIndex(panel.outlet.findData("ب"))
    assert _hits(panel) == [("ar", "قره باغ")]
    panel.outlet.setCurrentIndex(0)
    panel.language.setCurrentIndex(panel.language.findData("fa"))
    assert _hits(panel) == [("fa", "قره‌باغ")]
    panel.language.setCurrentIndex(0)
    panel.date_from.setDate(panel.date_from.date().fromString("2024-01-01", "yyyy-MM-dd"))
    panel.use_dates.setChecked(True)
    assert _hits(panel) == [("ar", "قره باغ")]


def test_label_filter_follows_new_spans(qtbot, panel, project):
    doc = project.document_by_name("fa")
    start = FA.index("قره‌باغ")
    _type(qtbot, panel, "قره باغ")
    project.new_span(doc.id, start, start + len("قره‌باغ"), "Contested_fact")
    panel.label.setCurrentIndex(panel.label.findData("Contested_fact"))
    assert _hits(panel) == [("fa", "قره‌باغ")]
    assert panel.model.hits[0].label == "Contested_fact"


def test_clicking_a_hit_emits_its_code_point_offsets(qtbot, panel, project):
    _type(qtbot, panel, "20 نفر")
    index = panel.model.index(0)
    rect = panel.hits.visualRect(index)
    with qtbot.waitSignal(panel.hit_activated) as signal:
        QTest.mouseClick(panel.hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doc_id, start, end = signal.args
    assert doc_id == project.document_by_name("fa").id
    assert FA[start:end] == "۲۰ نفر"  # after the emoji: code points, not UTF-16 units
    assert start == FA.index("۲۰ نفر")


def test_hit_drawn_right_to_left_with_the_match_shaded(qtbot, panel):
    _type(qtbot, panel, "20 نفر")
    hit = panel.model.index(0).data(HIT_ROLE)
    doc = HitDelegate()._context(hit, 400)
    option = doc.defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    prefix = 1 + len((hit.before).encode("utf-16-le")) // 2  # "…" then the context, in UTF-16
    assert "😀" in hit.before  # so UTF-16 positions and code points differ
    shaded = [i for i in range(doc.characterCount() - 1) if _shaded(doc, i)]
    assert shaded == list(range(prefix, prefix + len(hit.text)))
    start = 1 + len(hit.before)  # the same place in code points
    assert doc.toPlainText()[start : start + len(hit.text)] == "۲۰ نفر"


def _shaded(doc, i: int) -> bool:
    cursor = QTextCursor(doc)
    cursor.setPosition(i + 1)  # a cursor's format is the character's before it
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
