"""Span highlights painted under and over the text, from the stored span list.

Highlights are never character formats: a format boundary inside a word can change the glyph
Qt picks there, and formatting 20,000 spans costs seconds. Instead each paint looks up the
spans of the visible blocks (``SpanIndex``), asks each line's ``QTextLayout`` where a logical
range lies (``QTextLine.glyphRuns`` gives one box per visual piece, so bidi text splits the
way Qt's own selection does) and fills those boxes before the text is drawn.

Offsets here are UTF-16 document positions only where the layout needs them; the index and
everything it returns count code points.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextLayout,
    QTextLine,
)

from annotator.core.model import Span
from annotator.core.offsets import Utf16Map

FILL_ALPHA = 0.42  # two overlapping fills still read as two colours, text stays black
LINKED_FILL_ALPHA = 0.62
UNKNOWN_COLOR = "#8a8a8a"
# Spans longer than this are kept aside, so a range query looks back only this far.
LONG_SPAN = 2000
# Boxes need glyph positions only, not glyph indexes or strings.
POSITIONS_ONLY = QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
LINE_TRIM = 0.07  # of a line's height, off the top and bottom of each highlight box
UNDERLINE_STEP = 3.0  # px between stacked underlines of deeper nesting


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed annotation: drawn as a dashed outline, accepted elsewhere."""

    start: int
    end: int
    label: str
    key: str


class SpanIndex:
    """The spans of one document, ordered by start, queried by code-point range."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.replace(spans)

    def replace(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=_START)  # linear on the store's order
        self._ids: dict[str, Span] | None = None  # built on first lookup: not needed to paint
        self._long = {s.id: s for s in ordered if s.end - s.start > LONG_SPAN}
        if self._long:
            ordered = [s for s in ordered if s.end - s.start <= LONG_SPAN]
        self._short = ordered
        self._starts = [s.start for s in ordered]

    @property
    def _by_id(self) -> dict[str, Span]:
        if self._ids is None:
            self._ids = {s.id: s for s in self._short} | self._long
        return self._ids

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._by_id

    def get(self, span_id: str) -> Span | None:
        return self._by_id.get(span_id)

    def add(self, span: Span) -> None:
        """Adds a span, replacing a stored one with the same id."""
        self.remove(span.id)
        self._by_id[span.id] = span
        if span.end - span.start > LONG_SPAN:
            self._long[span.id] = span
            return
        k = bisect_right(self._starts, span.start)
        self._short.insert(k, span)
        self._starts.insert(k, span.start)

    def remove(self, span_id: str) -> Span | None:
        span = self._by_id.pop(span_id, None)
        if span is None or self._long.pop(span_id, None) is not None:
            return span
        k = bisect_left(self._starts, span.start)
        while self._short[k].id != span_id:  # spans sharing a start lie side by side
            k += 1
        del self._short[k]
        del self._starts[k]
        return span

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans sharing at least one code point with ``[start, end)``, in nesting order."""
        lo = bisect_left(self._starts, start - LONG_SPAN)
        hi = bisect_left(self._starts, end)
        found = [s for s in self._short[lo:hi] if s.end > start]
        found.extend(s for s in self._long.values() if s.start < end and s.end > start)
        found.sort(key=nesting_order)
        return found

    def containing(self, pos: int) -> list[Span]:
        return [s for s in self.overlapping(pos, pos + 1) if s.start <= pos < s.end]

    def innermost_at(self, pos: int) -> Span | None:
        return innermost(self.containing(pos))


_START = attrgetter("start")


def nesting_order(span: Span) -> tuple[int, int, str]:
    """Outer spans before the spans they contain; equal ranges by id."""
    return span.start, -span.end, span.id


def innermost(spans: list[Span]) -> Span | None:
    """The shortest span; among equal ones, the last in nesting order (drawn on top)."""
    if not spans:
        return None
    return max(spans, key=lambda s: (-(s.end - s.start), nesting_order(s)))


def nesting_depths(spans: list[Span]) -> dict[str, int]:
    """1 for a span no other span contains, 2 inside one, and so on.

    ``spans`` must be in nesting order. Crossing spans (overlapping, neither inside the other)
    do not deepen each other: their blended fills already show the overlap.
    """
    depths: dict[str, int] = {}
    open_spans: list[Span] = []  # earlier spans still reaching past the current start
    for span in spans:
        open_spans = [o for o in open_spans if o.end > span.start]
        depths[span.id] = 1 + sum(1 for o in open_spans if o.end >= span.end)
        open_spans.append(span)
    return depths


class LaidOutBlock:
    """One block's lines as the layout placed them, read once per paint.

    Boxes are asked for range by range; reading each line's place once per block keeps the
    calls into Qt per span down to the one that measures it.
    """

    __slots__ = ("end", "lines", "position", "starts")

    def __init__(self, block: QTextBlock) -> None:
        layout = block.layout()
        origin = layout.position()
        self.position = block.position()
        self.end = self.position + block.length() - 1
        self.starts: list[int] = []
        self.lines: list[tuple[int, int, float, float, float, QTextLine]] = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            start, height = line.textStart(), line.height()
            # Lines touch; trimmed boxes keep two highlighted lines apart.
            trim = height * LINE_TRIM
            top = origin.y() + line.y() + trim
            end = start + line.textLength()
            self.starts.append(start)
            self.lines.append((start, end, origin.x(), top, height - 2 * trim, line))

    def boxes(self, lo: int, hi: int) -> list[QRectF]:
        """Boxes (document coordinates) covering block-relative UTF-16 range ``[lo, hi)``.

        One box per visual piece per line: bidi text splits the way Qt's selection does.
        """
        boxes: list[QRectF] = []
        k = max(bisect_right(self.starts, lo) - 1, 0)
        for start, end, x0, top, height, line in self.lines[k:]:
            if start >= hi:
                break
            a, b = max(lo, start), min(hi, end)
            if a >= b:
                continue
            runs = line.glyphRuns(a, b - a, POSITIONS_ONLY)
            xs = sorted((box.left(), box.right()) for box in map(QGlyphRun.boundingRect, runs))
            for left, right in _merge_touching(xs):
                boxes.append(QRectF(x0 + left, top, right - left, height))
        return boxes


def _merge_touching(xs: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Joins pieces that meet, so a translucent fill shows no seam between glyph runs."""
    merged: list[tuple[float, float]] = []
    for left, right in xs:
        if right - left <= 0:
            continue
        if merged and left - merged[-1][1] < 1.0:
            merged[-1] = (merged[-1][0], max(right, merged[-1][1]))
        else:
            merged.append((left, right))
    return merged


@dataclass
class VisibleArea:
    """What one paint covers: its laid-out blocks and the highlights that touch them."""

    laid_out: list[LaidOutBlock]
    positions: list[int]  # UTF-16 start of each block, for bisecting
    start: int  # code points
    end: int
    spans: list[Span] = field(default_factory=list)  # nesting order
    depths: dict[str, int] = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)
    # Boxes of each range met in this paint: fills and underlines ask for the same ones.
    boxes: dict[tuple[int, int], list[QRectF]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.laid_out


class Highlights:
    """The highlight layer of one document: spans, suggestions, colours, selection, links."""

    def __init__(self) -> None:
        self.index = SpanIndex()
        self.selected: str | None = None
        self.linked: set[str] = set()
        self._colors: dict[str, QColor] = {}
        self._suggestions: list[Suggestion] = []
        self._suggestion_starts: list[int] = []
        self.document: QTextDocument | None = None
        self.map = Utf16Map("")

    def attach(self, document: QTextDocument, utf16: Utf16Map) -> None:
        self.document, self.map = document, utf16

    # -- state ---------------------------------------------------------------------------------

    def set_colors(self, colors: dict[str, str]) -> None:
        self._colors = {label: QColor(value) for label, value in colors.items()}

    def color(self, label: str) -> QColor:
        return self._colors.get(label) or QColor(UNKNOWN_COLOR)

    def set_suggestions(self, items: Iterable[tuple[int, int, str, str]]) -> list[Suggestion]:
        """Replaces the suggestions; returns the old ones (their area needs a repaint).

        A suggestion that does not fit the text (made for another version of it) is dropped.
        """
        old = self._suggestions
        fitting = (Suggestion(*i) for i in items if 0 <= i[0] < i[1] <= self.map.length)
        self._suggestions = sorted(fitting, key=lambda s: s.start)
        self._suggestion_starts = [s.start for s in self._suggestions]
        return old

    @property
    def suggestions(self) -> list[Suggestion]:
        return list(self._suggestions)

    def suggestions_overlapping(self, start: int, end: int) -> list[Suggestion]:
        hi = bisect_right(self._suggestion_starts, end - 1)
        return [s for s in self._suggestions[:hi] if s.end > start]

    # -- geometry ------------------------------------------------------------------------------

    def pieces(self, start: int, end: int, area: VisibleArea | None = None) -> list[QRectF]:
        """Boxes (document coordinates) covering code points ``[start, end)``.

        With ``area`` only its blocks are looked at; otherwise every block the range touches,
        skipping blocks Qt has not laid out yet (so nothing far away gets laid out).
        """
        if self.document is None or end <= start:
            return []
        if area is not None and (cached := area.boxes.get((start, end))) is not None:
            return cached
        qs, qe = self.map.to_utf16(start), self.map.to_utf16(end)
        if area is None:
            blocks = [LaidOutBlock(b) for b in self._blocks_between(qs, qe)]
        else:
            first = max(bisect_right(area.positions, qs) - 1, 0)
            blocks = area.laid_out[first : bisect_left(area.positions, qe)]
        boxes: list[QRectF] = []
        for block in blocks:
            lo, hi = max(qs, block.position), min(qe, block.end)
            if lo < hi:
                boxes.extend(block.boxes(lo - block.position, hi - block.position))
        if area is not None:
            area.boxes[(start, end)] = boxes
        return boxes

    def _blocks_between(self, qs: int, qe: int) -> list[QTextBlock]:
        assert self.document is not None
        blocks = []
        block = self.document.findBlock(qs)
        while block.isValid() and block.position() < qe:
            blocks.append(block)
            block = block.next()
        return blocks

    def visible_blocks(self, top: float, bottom: float) -> list[QTextBlock]:
        """The blocks drawn between document heights ``top`` and ``bottom``."""
        if self.document is None:
            return []
        layout = self.document.documentLayout()
        block = self._block_at(top, bottom)
        prev = block.previous() if block.isValid() else block
        while prev.isValid() and layout.blockBoundingRect(prev).bottom() > top:
            block, prev = prev, prev.previous()
        blocks = []
        while block.isValid() and layout.blockBoundingRect(block).top() <= bottom:
            blocks.append(block)
            block = block.next()
        return blocks

    def code_point_range(self, blocks: list[QTextBlock]) -> tuple[int, int]:
        if not blocks:
            return 0, 0
        last = blocks[-1]
        end = min(last.position() + last.length(), self.map.length_utf16)
        return self.map.from_utf16(blocks[0].position()), self.map.from_utf16(end)

    def visible_area(self, top: float, bottom: float) -> VisibleArea:
        """Blocks and highlights between document heights ``top`` and ``bottom``."""
        blocks = self.visible_blocks(top, bottom)
        if not blocks:
            return VisibleArea([], [], 0, 0)
        start, end = self.code_point_range(blocks)
        spans = self.index.overlapping(start, end)
        laid_out = [LaidOutBlock(b) for b in blocks]
        positions = [b.position for b in laid_out]
        suggestions = self.suggestions_overlapping(start, end)
        return VisibleArea(
            laid_out, positions, start, end, spans, nesting_depths(spans), suggestions
        )

    def _block_at(self, top: float, bottom: float) -> QTextBlock:
        """The first block met going down from ``top``; invalid if none before ``bottom``.

        A fuzzy hit test in a margin or between paragraphs can answer a position far away,
        so each answer is checked against the block's rectangle, and a block Qt has not laid
        out is never asked for its rectangle (that would lay out the document up to it).
        """
        assert self.document is not None
        doc, layout = self.document, self.document.documentLayout()
        x = doc.textWidth() / 2
        # The first line starts below the margin; a probe that lands in the gap a block's
        # bottom margin leaves is retried a quarter line further down.
        y = max(top, doc.documentMargin())
        step = max(QFontMetricsF(doc.defaultFont()).lineSpacing() / 4, 1.0)
        while y <= bottom:
            block = doc.findBlock(layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit))
            if block.isValid() and block.layout().lineCount():
                rect = layout.blockBoundingRect(block)
                if rect.top() <= y < rect.bottom():
                    return block
            y += step
        return QTextBlock()

    def hit(self, point: QPointF, start: int, end: int) -> Span | Suggestion | None:
        """The innermost span or suggestion drawn under ``point`` (document coordinates).

        ``[start, end)`` is the code-point neighbourhood of the point, from a hit test.
        """
        found: list[Span | Suggestion] = [
            s for s in self.index.overlapping(start, end) if self._covers(s, point)
        ]
        found += [s for s in self.suggestions_overlapping(start, end) if self._covers(s, point)]
        if not found:
            return None
        # Shortest wins: a suggested cue inside a marked claim is what the click aims at.
        return min(found, key=lambda s: s.end - s.start)

    def _covers(self, item: Span | Suggestion, point: QPointF) -> bool:
        return any(box.contains(point) for box in self.pieces(item.start, item.end))

    # -- painting ------------------------------------------------------------------------------

    def paint_fills(self, painter: QPainter, area: VisibleArea) -> None:
        """Translucent fills, outer spans first; drawn before the text."""
        painter.setPen(Qt.PenStyle.NoPen)
        for span in area.spans:
            color = QColor(self.color(span.label))
            strong = span.id in self.linked or span.id == self.selected
            color.setAlphaF(LINKED_FILL_ALPHA if strong else FILL_ALPHA)
            for box in self.pieces(span.start, span.end, area):
                painter.fillRect(box, color)

    def paint_marks(self, painter: QPainter, area: VisibleArea) -> None:
        """Nesting underlines, outlines and suggestions; drawn over the text."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for span in area.spans:
            depth = area.depths.get(span.id, 1)
            if depth >= 2:
                self._underline(painter, span, depth, area)
        for suggestion in area.suggestions:
            pen = QPen(self.color(suggestion.label).darker(115), 1.6, Qt.PenStyle.DashLine)
            self._outline(painter, suggestion, pen, area)
        for span in area.spans:
            if span.id in self.linked and span.id != self.selected:
                self._outline(painter, span, QPen(self.color(span.label), 2.0), area)
        selected = self.index.get(self.selected) if self.selected else None
        if selected is not None and selected.start < area.end and selected.end > area.start:
            pen = QPen(self.color(selected.label).darker(160), 2.5)
            self._outline(painter, selected, pen, area)

    def _underline(self, painter: QPainter, span: Span, depth: int, area: VisibleArea) -> None:
        pen = QPen(self.color(span.label).darker(115), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        lift = 1.5 + UNDERLINE_STEP * (depth - 2)
        for box in self.pieces(span.start, span.end, area):
            y = box.bottom() - lift
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))

    def _outline(
        self, painter: QPainter, item: Span | Suggestion, pen: QPen, area: VisibleArea
    ) -> None:
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        inset = pen.widthF() / 2
        for box in self.pieces(item.start, item.end, area):
            painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), 3, 3)

    def area_of(self, items: Iterable[Span | Suggestion]) -> QRectF:
        """Where ``items`` are drawn (document coordinates), with room for outlines."""
        area = QRectF()
        for item in items:
            for box in self.pieces(item.start, item.end):
                area = area.united(box)
        return area.adjusted(-4, -4, 4, 4) if not area.isEmpty() else area
