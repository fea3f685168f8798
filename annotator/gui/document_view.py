"""The read-only document view: each paragraph in its own direction, spans painted over it.

Offsets: every public method takes and returns code points on the stored text, as spans do.
Qt positions count UTF-16 units; the two meet only here, through ``Utf16Map``. The widget's
text is never read back: ``text()`` is the stored text it was given.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QToolTip, QWidget

from annotator.core.language import has_arabic_script
from annotator.core.model import Span
from annotator.core.offsets import Utf16Map
from annotator.core.words import WordIndex

from . import fonts
from .highlights import Highlights, Suggestion

# Characters at which QTextDocument.insertText starts a new block (one position each).
BLOCK_BREAK = re.compile("[\n\r\u2029\ufdd0\ufdd1]")
OTHER_BLOCK_BREAKS = ("\r", "\u2029", "\ufdd0", "\ufdd1")
DOCUMENT_MARGIN = 28
TOOLTIP_QUOTE = 40  # characters of a quote shown in a tooltip
TOOLTIP_VALUE = 60


def block_format(rtl: bool) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(direction(rtl))
    return fmt


def direction(rtl: bool) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def prepare_document(doc: QTextDocument) -> None:
    """Settings that outlive the text: no undo history, margins, wrapping."""
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)


def text_for_qt(text: str) -> str:
    """``text`` with what QTextDocument would shorten replaced, one UTF-16 unit for one.

    Qt reads "\r\n" as one paragraph break, where the stored text has two code points; both
    become breaks anyway, so "\r" then U+2029 keeps the count. Qt drops a leading BOM; the
    word joiner (U+2060) is its invisible modern spelling.
    """
    if "\r" in text:  # one byte to look for: ten times faster than "\r\n" on 1 MB
        text = text.replace("\r\n", "\r\u2029")
    if text.startswith("\ufeff"):
        text = "\u2060" + text[1:]
    return text


def paragraphs(text: str) -> list[str]:
    """The text of each block QTextDocument will make of ``text``, in order."""
    if any(sep in text for sep in OTHER_BLOCK_BREAKS):
        return BLOCK_BREAK.split(text)
    return text.split("\n")  # four times faster than the regex on 1 MB


def fill_document(edit: QTextEdit, text: str) -> None:
    """Shows ``text`` in ``edit``, each paragraph in the direction of its letters.

    Qt would take a paragraph's direction from its first strong letter, so a Persian
    paragraph opening with a Latin word would run left to right. The direction of most
    paragraphs becomes the document's default, so only the others get a block format: no
    edit touches the whole text, and the layout still lays out lazily only what is shown.
    """
    rtl = [has_arabic_script(p) for p in paragraphs(text)]
    usual = 2 * sum(rtl) >= len(rtl)
    doc = edit.document()
    option = doc.defaultTextOption()
    if option.textDirection() != direction(usual):  # a change invalidates every block
        option.setTextDirection(direction(usual))
        doc.setDefaultTextOption(option)
    # QTextEdit.setPlainText, unlike QTextDocument's, puts the widget's cursor back at 0
    # without first laying out the whole new text to find where the cursor was.
    edit.setPlainText(text_for_qt(text))
    others = [number for number, is_rtl in enumerate(rtl) if is_rtl != usual]
    if not others:
        return
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for number in others:
        cursor.setPosition(doc.findBlockByNumber(number).position())
        cursor.setBlockFormat(block_format(not usual))
    cursor.endEditBlock()


def describe_span(
    span: Span, display: dict[str, str], quote_of: Callable[[str], str | None] = lambda _: None
) -> str:
    """Tooltip text: label, the correction of a contested fact, attributes, note.

    ``display`` maps a label to its display name, and optionally ``label.attribute`` and
    ``label.attribute.value`` to theirs. ``quote_of`` gives the text of a span an attribute
    refers to (evidence), shown instead of its id.
    """
    lines = [display.get(span.label, span.label.replace("_", " "))]
    correction = span.attributes.get("correction")
    if correction:
        # LRM: the line reads left to right whatever script it holds, so the arrow points
        # from what the text says to what it should say.
        lines.append(
            f"\u200e{_clip(span.text, TOOLTIP_QUOTE)} → {_clip(str(correction), TOOLTIP_VALUE)}"
        )
    for name, value in span.attributes.items():
        if name == "correction" or value in (None, "", [], False):
            continue
        shown = display.get(f"{span.label}.{name}", name.replace("_", " ").capitalize())
        value_text = _value_text(span.label, name, value, display, quote_of)
        lines.append(f"{shown}: {_clip(value_text, TOOLTIP_VALUE)}")
    if span.note:
        lines.append(_clip(span.note, TOOLTIP_VALUE * 2))
    return "\n".join(lines)


def _value_text(label: str, name: str, value: object, display: dict[str, str], quote_of) -> str:
    if value is True:
        return "✓"
    if isinstance(value, list | tuple):
        return "، ".join(_value_text(label, name, v, display, quote_of) for v in value)
    if isinstance(value, str) and (quote := quote_of(value)):
        return f"«{quote}»"
    return display.get(f"{label}.{name}.{value}", str(value))


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DocumentView(QTextEdit):
    """Shows one stored text, read-only, with its spans and suggestions painted over it.

    Alt held when the mouse button is released makes the selection exact:
    ``selection_range()`` then keeps the selected characters instead of snapping to words
    (``alt_held_at_release`` tells which; ``selection_range(exact=...)`` overrides it).
    """

    span_clicked = Signal(str)
    span_hovered = Signal(str)
    suggestion_clicked = Signal(str)
    selection_changed = Signal(int, int)
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        # Lines wrap at the widget's width; Qt still lets a line end (a space, a mark) overhang
        # by a few pixels into the margin and would offer a scroll bar for it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._translucent_selection()
        self.alt_held_at_release = False
        self._zoom = fonts.DEFAULT_ZOOM
        prepare_document(self.document())
        self._apply_font()
        self._text = ""
        self._map: Utf16Map = Utf16Map("")
        self._display: dict[str, str] = {}
        self._highlights = Highlights()
        self._hovered = ""
        self._press_at: QPoint | None = None
        self._last_selection = (0, 0)
        self.selectionChanged.connect(self._announce_selection)
        self.show_document("", [], {})

    def _translucent_selection(self) -> None:
        # The user's selection is drawn over the fills; translucent, the labels stay visible.
        palette = self.palette()
        color = QColor(palette.color(QPalette.ColorRole.Highlight))
        color.setAlphaF(0.45)
        palette.setColor(QPalette.ColorRole.Highlight, color)
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)

    # -- content -------------------------------------------------------------------------------

    def show_document(
        self,
        text: str,
        spans: list[Span],
        colors: dict[str, str],
        display: dict[str, str] | None = None,
    ) -> None:
        self._text = text
        self._map = Utf16Map(text)
        self._words: dict[tuple[int, int], WordIndex] = {}
        self._display = dict(display or {})
        fill_document(self, text)
        doc = self.document()
        self._highlights.attach(doc, self._map)
        self._highlights.set_colors(colors)
        self._highlights.index.replace(spans)
        self._highlights.set_suggestions([])
        self._highlights.selected = None
        self._highlights.linked = set()
        self._last_selection = (0, 0)
        self.viewport().update()

    def show_text(self, text: str) -> None:
        self.show_document(text, [], {})

    def text(self) -> str:
        return self._text

    def set_spans(self, spans: list[Span]) -> None:
        self._highlights.index.replace(spans)
        if self._highlights.selected not in self._highlights.index:
            self._highlights.selected = None
        self.viewport().update()

    def add_spans(self, spans: list[Span]) -> None:
        for span in spans:
            self._highlights.index.add(span)
        self._repaint_items(spans)

    def remove_spans(self, span_ids) -> None:
        span_ids = set(span_ids)
        removed = [s for s in map(self._highlights.index.remove, span_ids) if s is not None]
        if self._highlights.selected in span_ids:
            self._highlights.selected = None
        self._repaint_items(removed)

    def update_spans(self, spans: list[Span]) -> None:
        old = [s for s in map(self._highlights.index.get, (s.id for s in spans)) if s]
        for span in spans:
            self._highlights.index.add(span)
        self._repaint_items([*old, *spans])

    def set_colors(self, colors: dict[str, str]) -> None:
        self._highlights.set_colors(colors)
        self.viewport().update()

    def set_suggestions(self, items: list[tuple[int, int, str, str]]) -> None:
        old = self._highlights.set_suggestions(items)
        self._repaint_items([*old, *self._highlights.suggestions])

    def set_linked(self, span_ids: set[str]) -> None:
        index = self._highlights.index
        changed = self._highlights.linked ^ set(span_ids)
        self._highlights.linked = set(span_ids)
        self._repaint_items([s for s in map(index.get, changed) if s])

    def select_span(self, span_id: str | None) -> None:
        index = self._highlights.index
        old = index.get(self._highlights.selected) if self._highlights.selected else None
        span = index.get(span_id) if span_id else None
        self._highlights.selected = span.id if span else None
        self._repaint_items([s for s in (old, span) if s])
        if span is not None and not self._shows(span.start, span.end):
            self.scroll_to(span.start)

    def selected_span(self) -> str | None:
        return self._highlights.selected

    def span_at(self, pos: int) -> str | None:
        span = self._highlights.index.innermost_at(pos)
        return span.id if span else None

    # -- selection and scrolling ---------------------------------------------------------------

    def selection_range(self, exact: bool | None = None) -> tuple[int, int] | None:
        """The selection in code points, grown to whole words unless exact; None without one.

        ``exact=None`` follows the Alt key at the last mouse release.
        """
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self._qt_range_to_cp(cursor.selectionStart(), cursor.selectionEnd())
        if exact is None:
            exact = self.alt_held_at_release
        if exact:
            return (start, end) if start < end else None
        return self._snap(start, end)

    def _snap(self, start: int, end: int) -> tuple[int, int] | None:
        # Words never cross a line break: index only the paragraphs the selection touches,
        # so a 1 MB text is not scanned for one selection.
        lo = max(self._text.rfind("\n", 0, start) + 1, 0)
        hi = self._text.find("\n", end)
        hi = len(self._text) if hi < 0 else hi
        words = self._words.get((lo, hi))
        if words is None:
            words = self._words[(lo, hi)] = WordIndex(self._text[lo:hi])
        snapped = words.snap(start - lo, end - lo)
        return (snapped[0] + lo, snapped[1] + lo) if snapped else None

    def set_selection_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.alt_held_at_release = False
        self.setTextCursor(cursor)
        self.scroll_to(start)

    def scroll_to(self, pos: int) -> None:
        """Brings code point ``pos`` into view, a third down the page, unless it is shown."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(min(pos, self._map.length)))
        rect = self.cursorRect(cursor)
        view = self.viewport().rect()
        if rect.top() >= 0 and rect.bottom() <= view.bottom():
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - view.height() // 3)

    def _shows(self, start: int, end: int) -> bool:
        shown_start, shown_end = self._screen_range()
        return start < shown_end and end > shown_start

    def _screen_range(self) -> tuple[int, int]:
        """Code points of the paragraphs on screen now (whatever the last paint covered)."""
        top = self._scroll_offset()[1]
        blocks = self._highlights.visible_blocks(top, top + self.viewport().height())
        return self._highlights.code_point_range(blocks)

    def _qt_range_to_cp(self, qs: int, qe: int) -> tuple[int, int]:
        start = self._map.from_utf16(qs)
        end = self._map.from_utf16(qe)
        if self._map.is_inside_pair(qe):  # an end between two surrogates keeps the character
            end += 1
        return start, end

    def _announce_selection(self) -> None:
        cursor = self.textCursor()
        now = self._qt_range_to_cp(cursor.selectionStart(), cursor.selectionEnd())
        if now != self._last_selection:
            self._last_selection = now
            self.selection_changed.emit(*now)

    # -- zoom ----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_zoom(fonts.zoom_step(self._zoom, +1))

    def zoom_out(self) -> None:
        self._set_zoom(fonts.zoom_step(self._zoom, -1))

    def zoom_reset(self) -> None:
        self._set_zoom(fonts.DEFAULT_ZOOM)

    def zoom(self) -> int:
        """The zoom level in percent of the base reading size."""
        return self._zoom

    def _set_zoom(self, percent: int) -> None:
        if percent == self._zoom:
            return
        anchor = self._screen_range()[0]  # keep the first paragraph on screen in view
        self._zoom = percent
        self._apply_font()
        if anchor:
            self._scroll_top_to(anchor)
        self.zoom_changed.emit(percent)

    def _apply_font(self) -> None:
        font = fonts.reading_font(self._zoom)
        self.setFont(font)
        self.document().setDefaultFont(font)

    def _scroll_top_to(self, pos: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(pos))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        dx, dy = self._scroll_offset()
        rect = event.rect()
        area = self._highlights.visible_area(rect.top() + dy, rect.bottom() + dy)
        if area.spans:
            painter = QPainter(self.viewport())
            painter.translate(-dx, -dy)
            self._highlights.paint_fills(painter, area)
            painter.end()
        super().paintEvent(event)
        if area.spans or area.suggestions:
            painter = QPainter(self.viewport())
            painter.translate(-dx, -dy)
            self._highlights.paint_marks(painter, area)
            painter.end()

    def _scroll_offset(self) -> tuple[int, int]:
        hbar = self.horizontalScrollBar()
        # QTextEdit mirrors its horizontal offset in a right-to-left widget.
        dx = hbar.maximum() - hbar.value() if self.isRightToLeft() else hbar.value()
        return dx, self.verticalScrollBar().value()

    def _repaint_items(self, items) -> None:
        """Schedules a repaint of just where ``items`` are drawn, if they are on screen."""
        shown = [i for i in items if self._shows(i.start, i.end)]
        if not shown:
            return
        area = self._highlights.area_of(shown)
        if area.isEmpty():
            self.viewport().update()
            return
        dx, dy = self._scroll_offset()
        self.viewport().update(area.translated(-dx, -dy).toAlignedRect())

    # -- mouse and keys ------------------------------------------------------------------------

    def _item_at(self, point: QPoint) -> Span | Suggestion | None:
        dx, dy = self._scroll_offset()
        doc_point = QPointF(point.x() + dx, point.y() + dy)
        layout = self.document().documentLayout()
        qt_pos = layout.hitTest(doc_point, Qt.HitTestAccuracy.FuzzyHit)
        if qt_pos < 0:
            return None
        # The character under the mouse sits on either side of the nearest cursor position.
        pos = self._map.from_utf16(qt_pos)
        return self._highlights.hit(doc_point, max(pos - 1, 0), pos + 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        plain_left = (
            event.button() == Qt.MouseButton.LeftButton
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if plain_left and self.textCursor().hasSelection():
            # A press inside a selection would start drag-and-drop; here it starts anew.
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        self._press_at = event.position().toPoint() if plain_left else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.alt_held_at_release = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        press, self._press_at = self._press_at, None
        point = event.position().toPoint()
        if press is None or (point - press).manhattanLength() >= QApplication.startDragDistance():
            return
        item = self._item_at(point)
        if isinstance(item, Suggestion):
            self.suggestion_clicked.emit(item.key)
        elif item is not None:
            self.select_span(item.id)
            self.span_clicked.emit(item.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        item = self._item_at(event.position().toPoint())
        self._set_hovered(item.id if isinstance(item, Span) else "")

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._set_hovered("")

    def _set_hovered(self, span_id: str) -> None:
        if span_id != self._hovered:
            self._hovered = span_id
            self.span_hovered.emit(span_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self._item_at(event.pos())
            if isinstance(item, Span):
                QToolTip.showText(event.globalPos(), self.tooltip_text(item.id), self.viewport())
            elif isinstance(item, Suggestion):
                label = self._display.get(item.label, item.label.replace("_", " "))
                tip = self.tr("{label} (suggested; click to review)").format(label=label)
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave:
            self._set_hovered("")
        return super().viewportEvent(event)

    def tooltip_text(self, span_id: str) -> str:
        index = self._highlights.index
        span = index.get(span_id)
        if span is None:
            return ""
        return describe_span(span, self._display, lambda sid: (s := index.get(sid)) and s.text)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn) or self._is_ctrl(event, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif self._is_ctrl(event, Qt.Key.Key_0):
            self.zoom_reset()
        else:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.alt_held_at_release = False  # a keyboard selection snaps to words
            super().keyPressEvent(event)

    @staticmethod
    def _is_ctrl(event, key: Qt.Key) -> bool:
        return event.key() == key and event.modifiers() & Qt.KeyboardModifier.ControlModifier

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # QTextEdit would zoom by changing the widget font, behind our zoom level's back.
            step = event.angleDelta().y()
            if step > 0:
                self.zoom_in()
            elif step < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
