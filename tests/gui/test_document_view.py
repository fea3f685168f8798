"""The document view driven like a user: real widgets, real mouse events, offscreen."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from annotator.core.model import Span
from annotator.gui.document_view import DocumentView, describe_span

# Written for these tests.
MIXED = "گزارش 😀 تازه: شرکت Nokia نسخهٔ 2024 را با ۳۵ درصد تخفیف «فروخت» و OpenAI API گفت."
PARAGRAPHS = [
    "PySide6 در این گزارش فقط نام یک کتابخانه است و جمله فارسی است.",
    "The minister said the talks would resume in Yerevan next week.",
    "قال المتحدث إن الاجتماع سيعقد في ٣ أيار المقبل.",
    "وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔",
    "",
    "Prices rose 12% in May, the agency said.",
]
CONTESTED = "به گفتهٔ سخنگو، نشست بعدی میان ایران و باکو برگزار می‌شود."
NESTED = "خبرگزاری رسمی اعلام کرد که وزیر خارجه استعفا داده است و دولت آن را تأیید نکرد."
COLORS = {"Claim": "#e4572e", "Source": "#5e60ce", "Contested_fact": "#d62828", "Cue": "#f4a261"}


def span(text: str, quote: str, label: str = "Claim", nth: int = 0, **kw) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Span.on(text, "doc", start, start + len(quote), label, **kw)


@pytest.fixture
def view(qtbot):
    widget = DocumentView()
    widget.resize(900, 500)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def qt_position(text: str, cp: int) -> int:
    """UTF-16 position, counted independently of Utf16Map."""
    return len(text[:cp].encode("utf-16-le")) // 2


def point_at(view: DocumentView, cp: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_position(view.text(), cp))
    return view.cursorRect(cursor).center()


def drag(qtbot, view: DocumentView, a: int, b: int, modifier=Qt.KeyboardModifier.NoModifier):
    start, end = point_at(view, a), point_at(view, b)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, modifier, start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, modifier, end)


def click(qtbot, view: DocumentView, point: QPoint) -> None:
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def inside_run(text: str, pos: int) -> bool:
    """A position between two characters of one direction: it has one place on screen."""
    if not 0 < pos < len(text) or unicodedata.category(text[pos]) == "Mn":
        return False
    before, after = (unicodedata.bidirectional(c) for c in text[pos - 1 : pos + 1])
    return before == after and before in ("L", "AL", "EN", "AN")


# -- the text and its positions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        MIXED,
        "a\r\nb\r\n\r\nج",  # CRLF: two positions each, as stored
        "\ufeffسلام\u00a0دنیا",  # a leading BOM, NBSP
        "شخصاً می‌کند\u2028دوم\u2029سوم\tx\x0c",  # tanwin, ZWNJ, line and paragraph separators
        "😀😀 x 🇮🇷",
        "",
    ],
)
def test_document_positions_are_the_texts_utf16_offsets(view, text):
    view.show_document(text, [], COLORS)
    assert view.text() == text
    assert view.document().characterCount() - 1 == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        view.set_selection_range(0, cp)
        assert view.textCursor().selectionEnd() == qt_position(text, cp)
        if cp:
            assert view.selection_range(exact=True) == (0, cp)


def test_mouse_drag_across_persian_latin_and_digits_gives_the_logical_range(qtbot, view):
    view.show_document(MIXED, [], COLORS)
    positions = [p for p in range(len(MIXED) + 1) if inside_run(MIXED, p)]
    # Every fourth such position: Persian words, "Nokia", "2024", "۳۵", "OpenAI".
    for a, b in itertools.combinations(positions[::4], 2):
        drag(qtbot, view, a, b)
        assert view.selection_range(exact=True) == (a, b), (MIXED[a:b], a, b)
    assert len(positions[::4]) >= 10


def test_a_drag_backwards_gives_the_same_range(qtbot, view):
    view.show_document(MIXED, [], COLORS)
    a, b = MIXED.index("ازه"), MIXED.index("kia")
    drag(qtbot, view, b, a)
    assert view.selection_range(exact=True) == (a, b)


def test_offsets_after_an_emoji_are_not_shifted(qtbot, view):
    fresh = span(MIXED, "تازه")
    view.show_document(MIXED, [fresh], COLORS)
    assert view.span_at(fresh.start) == fresh.id
    assert view.span_at(fresh.start - 1) is None
    drag(qtbot, view, fresh.start + 1, fresh.end - 1)
    assert view.selection_range() == (fresh.start, fresh.end)
    # The highlight covers the characters Qt puts at those positions (counted apart).
    boxes = view._highlights.pieces(fresh.start, fresh.end)
    for cp in range(fresh.start + 1, fresh.end):
        assert any(box.contains(point_at(view, cp).toPointF()) for box in boxes)
    # ... and is painted there: tinted just below the top of its box, white before it.
    view.setTextCursor(QTextCursor(view.document()))  # no selection drawn over it
    image = view.viewport().grab().toImage()
    box = boxes[0].toAlignedRect()
    inside = image.pixelColor(box.center().x(), box.top() + 3)
    outside = image.pixelColor(point_at(view, MIXED.index("ارش")).x(), box.top() + 3)
    assert inside != outside
    assert outside == QColor("white")
    assert inside.red() > inside.blue()  # Claim is orange-red


# -- direction -----------------------------------------------------------------------------


def test_each_paragraph_takes_the_direction_of_its_letters(view):
    view.show_document("\n".join(PARAGRAPHS), [], COLORS)
    rtl = Qt.LayoutDirection.RightToLeft
    ltr = Qt.LayoutDirection.LeftToRight
    want = [rtl, ltr, rtl, rtl, ltr, ltr]
    doc = view.document()
    assert doc.blockCount() == len(PARAGRAPHS)
    got = [doc.findBlockByNumber(i).textDirection() for i in range(len(want))]
    assert got == want


def test_a_mostly_english_text_keeps_its_persian_paragraph_rtl(view):
    text = "\n".join([PARAGRAPHS[1], PARAGRAPHS[5], PARAGRAPHS[0], PARAGRAPHS[1]])
    view.show_document(text, [], COLORS)
    doc = view.document()
    directions = [doc.findBlockByNumber(i).textDirection() for i in range(4)]
    assert directions[2] == Qt.LayoutDirection.RightToLeft
    assert directions.count(Qt.LayoutDirection.LeftToRight) == 3


def test_an_english_paragraph_ends_on_the_right(view):
    view.show_document(PARAGRAPHS[1] + "\n" + PARAGRAPHS[0], [], COLORS)
    end_of_english = point_at(view, len(PARAGRAPHS[1]))
    start_of_english = point_at(view, 0)
    assert end_of_english.x() > start_of_english.x()
    persian_start = point_at(view, len(PARAGRAPHS[1]) + 1)
    assert persian_start.x() > view.viewport().width() / 2  # RTL: starts on the right


# -- clicking, hovering, tooltips -------------------------------------------------------------


def test_click_on_nested_highlights_emits_the_innermost_span(qtbot, view):
    outer = span(NESTED, "خبرگزاری رسمی اعلام کرد که وزیر خارجه استعفا داده است")
    inner = span(NESTED, "وزیر خارجه", "Source")
    view.show_document(NESTED, [outer, inner], COLORS)
    inside_inner = point_at(view, inner.start + 2)
    with qtbot.waitSignal(view.span_clicked) as clicked:
        click(qtbot, view, inside_inner)
    assert clicked.args == [inner.id]
    assert view.selected_span() == inner.id
    with qtbot.waitSignal(view.span_clicked) as clicked:
        click(qtbot, view, point_at(view, outer.start + 3))
    assert clicked.args == [outer.id]
    with qtbot.assertNotEmitted(view.span_clicked):
        click(qtbot, view, point_at(view, NESTED.index("دولت") + 2))


def test_click_on_a_suggestion_emits_its_key(qtbot, view):
    claim = span(NESTED, "وزیر خارجه استعفا داده است")
    view.show_document(NESTED, [claim], COLORS)
    cue = NESTED.index("اعلام کرد")
    view.set_suggestions([(cue, cue + len("اعلام کرد"), "Cue", "cue-1")])
    with qtbot.waitSignal(view.suggestion_clicked) as clicked:
        click(qtbot, view, point_at(view, cue + 2))
    assert clicked.args == ["cue-1"]
    # One that does not fit the text is left out rather than painted somewhere wrong.
    view.set_suggestions([(cue, len(NESTED) + 5, "Cue", "stale"), (cue, cue + 4, "Cue", "ok")])
    view.viewport().repaint()
    with qtbot.waitSignal(view.suggestion_clicked) as clicked:
        click(qtbot, view, point_at(view, cue + 2))
    assert clicked.args == ["ok"]
    with qtbot.waitSignal(view.span_clicked) as clicked:
        click(qtbot, view, point_at(view, claim.start + 2))
    assert clicked.args == [claim.id]


def test_a_suggestion_has_a_tooltip_naming_its_label(qtbot, view):
    view.show_document(CONTESTED, [], COLORS, {"Cue": "Reporting verb"})
    start = CONTESTED.index("برگزار")
    view.set_suggestions([(start, start + len("برگزار"), "Cue", "k")])
    point = point_at(view, start + 2)
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Reporting verb" in QToolTip.text()
    QToolTip.hideText()


def test_hover_emits_the_span_then_nothing(qtbot, view):
    fact = span(CONTESTED, "ایران", "Contested_fact")
    view.show_document(CONTESTED, [fact], COLORS)
    with qtbot.waitSignal(view.span_hovered) as hovered:
        qtbot.mouseMove(view.viewport(), point_at(view, fact.start + 2))
    assert hovered.args == [fact.id]
    with qtbot.waitSignal(view.span_hovered) as hovered:
        qtbot.mouseMove(view.viewport(), point_at(view, CONTESTED.index("باکو") + 2))
    assert hovered.args == [""]


def test_tooltip_of_a_contested_fact_shows_the_correction(qtbot, view):
    fact = span(CONTESTED, "ایران", "Contested_fact", attributes={"correction": "ایروان"})
    view.show_document(CONTESTED, [fact], COLORS, {"Contested_fact": "Contested fact"})
    assert "ایران → ایروان" in view.tooltip_text(fact.id)
    assert view.tooltip_text(fact.id).startswith("Contested fact")
    point = point_at(view, fact.start + 2)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "ایران → ایروان" in QToolTip.text()
    QToolTip.hideText()


def test_tooltip_quotes_the_evidence_span_it_cites(view):
    evidence = span(CONTESTED, "باکو", "Claim")
    fact = span(CONTESTED, "ایران", "Contested_fact", attributes={"evidence_span": evidence.id})
    view.show_document(CONTESTED, [fact, evidence], COLORS)
    assert "Evidence span: «باکو»" in view.tooltip_text(fact.id).split("\n")


def test_describe_span_lists_attributes_by_their_display_names():
    fact = span(
        CONTESTED,
        "ایران",
        "Contested_fact",
        attributes={"error_type": "entity_swap", "correction": "ایروان", "status": ""},
        note="see the 2023 map",
    )
    display = {
        "Contested_fact": "واقعیت محل مناقشه",
        "Contested_fact.error_type": "نوع خطا",
        "Contested_fact.error_type.entity_swap": "جابه‌جایی نام",
    }
    lines = describe_span(fact, display).split("\n")
    assert lines == [
        "واقعیت محل مناقشه",
        "\u200eایران → ایروان",
        "نوع خطا: جابه‌جایی نام",
        "see the 2023 map",
    ]


# -- selection ------------------------------------------------------------------------------


def test_selection_snaps_to_whole_words_unless_exact(qtbot, view):
    text = "وزیر گفت: «مذاکرات ادامه دارد» و رفت."
    view.show_document(text, [], COLORS)
    start = text.index("زیر")  # inside the first word
    end = text.index("«") + 1  # just after the opening quote
    view.set_selection_range(start, end)
    assert view.selection_range() == (0, text.index(":"))
    assert view.selection_range(exact=True) == (start, end)
    view.set_selection_range(text.index("«"), text.index("«") + 1)
    assert view.selection_range() is None  # a quote mark alone holds no word


def test_alt_at_release_makes_the_selection_exact(qtbot, view):
    view.show_document(MIXED, [], COLORS)
    a, b = MIXED.index("ازه"), MIXED.index("kia")
    drag(qtbot, view, a, b, Qt.KeyboardModifier.AltModifier)
    assert view.alt_held_at_release
    assert view.selection_range() == (a, b)
    drag(qtbot, view, a, b)
    assert not view.alt_held_at_release
    assert view.selection_range() == (MIXED.index("تازه"), MIXED.index("Nokia") + 5)


def test_pressing_inside_a_selection_starts_a_new_one(qtbot, view):
    view.show_document(NESTED, [], COLORS)
    view.set_selection_range(0, NESTED.index("وزیر"))
    a = NESTED.index("رسمی") + 1  # inside the selection
    b = NESTED.index("خارجه") + 2
    drag(qtbot, view, a, b)
    assert view.selection_range(exact=True) == (a, b)


def test_selection_changed_reports_code_points(qtbot, view):
    view.show_document(MIXED, [], COLORS)
    start = MIXED.index("تازه")
    with qtbot.waitSignal(view.selection_changed) as changed:
        view.set_selection_range(start, start + 4)
    assert changed.args == [start, start + 4]


# -- span list changes ----------------------------------------------------------------------


def test_set_add_update_remove_spans_change_span_at(view):
    claim = span(NESTED, "وزیر خارجه استعفا داده است")
    source = span(NESTED, "خبرگزاری رسمی", "Source")
    view.show_document(NESTED, [claim], COLORS)
    assert view.span_at(source.start) is None
    view.add_spans([source])
    assert view.span_at(source.start) == source.id
    inner = span(NESTED, "استعفا", "Cue")
    view.add_spans([inner])
    assert view.span_at(inner.start) == inner.id
    assert view.span_at(claim.start) == claim.id
    moved = inner.with_changes(
        start=claim.start, end=claim.start + 4, text=NESTED[claim.start : claim.start + 4]
    )
    view.update_spans([moved])
    assert view.span_at(inner.start) == claim.id
    assert view.span_at(claim.start) == inner.id
    view.remove_spans(s.id for s in (inner, source))
    assert view.span_at(claim.start) == claim.id
    assert view.span_at(source.start) is None
    view.set_spans([source])
    assert view.span_at(claim.start) is None
    assert view.span_at(source.start) == source.id


def test_set_spans_keeps_the_scroll_position(qtbot, view):
    text = "\n".join([NESTED] * 200)
    view.show_document(text, [], COLORS)
    view.scroll_to(len(text) - 10)
    kept = view.verticalScrollBar().value()
    assert kept > 0
    view.set_spans([span(text, "وزیر خارجه", nth=150)])
    assert view.verticalScrollBar().value() == kept


def test_select_span_outlines_it_and_brings_it_into_view(qtbot, view):
    text = "\n".join([NESTED] * 200)
    far = span(text, "وزیر خارجه", nth=180)
    view.show_document(text, [far], COLORS)
    assert view.verticalScrollBar().value() == 0
    view.select_span(far.id)
    assert view.selected_span() == far.id
    rect = view.cursorRect(QTextCursor(view.document().findBlock(qt_position(text, far.start))))
    assert 0 <= rect.top() < view.viewport().height()
    view.select_span(None)
    assert view.selected_span() is None


def test_linked_spans_are_drawn_stronger(qtbot, view):
    claim = span(NESTED, "وزیر خارجه استعفا داده است")
    view.show_document(NESTED, [claim], COLORS)
    box = view._highlights.pieces(claim.start, claim.end)[0].toAlignedRect()
    probe = QPoint(box.center().x(), box.top() + 3)
    before = view.viewport().grab().toImage().pixelColor(probe)
    view.set_linked({claim.id})
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(probe) != before)
    after = view.viewport().grab().toImage().pixelColor(probe)
    assert after.lightness() < before.lightness()


# -- zoom -----------------------------------------------------------------------------------


def test_zoom_changes_the_font_size_and_says_so(qtbot, view):
    view.show_document(CONTESTED, [], COLORS)
    base = view.document().defaultFont().pointSizeF()
    with qtbot.waitSignal(view.zoom_changed) as zoomed:
        view.zoom_in()
    assert zoomed.args == [110]
    assert view.document().defaultFont().pointSizeF() > base
    with qtbot.waitSignal(view.zoom_changed) as zoomed:
        qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert zoomed.args == [100]
    assert view.document().defaultFont().pointSizeF() == base
    view.zoom_out()
    assert view.zoom() == 90
    assert view.document().defaultFont().pointSizeF() < base


def test_zoom_keeps_the_paragraph_that_was_at_the_top(qtbot, view):
    text = "\n".join(f"{n} {NESTED}" for n in range(300))
    view.show_document(text, [], COLORS)
    view.verticalScrollBar().setValue(3000)
    qtbot.wait(10)
    top = view.cursorForPosition(QPoint(view.viewport().width() // 2, 2)).blockNumber()
    assert top > 10
    view.zoom_in()
    view.zoom_in()
    after = view.cursorForPosition(QPoint(view.viewport().width() // 2, 2)).blockNumber()
    assert abs(after - top) <= 1


def test_the_reading_font_is_the_bundled_arabic_font(view):
    assert view.document().defaultFont().families()[0] == "Noto Sans Arabic"
    view.show_document(CONTESTED, [], COLORS)
    block = view.document().firstBlock()
    view.document().documentLayout().blockBoundingRect(block)  # lays it out
    runs = block.layout().lineAt(0).glyphRuns()
    assert {run.rawFont().familyName() for run in runs} == {"Noto Sans Arabic"}
