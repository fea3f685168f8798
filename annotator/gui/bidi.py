"""Each piece of text laid out in its own direction, wherever the interface's direction is.

Qt lays out a table cell or a label in the widget's direction, not the text's: in an English
interface "۲۵ مهر ۱۴۰۳" comes out as "مهر ۱۴۰۳ ۲۵". The rule is the view's: text with
Arabic-script letters reads right to left, other text left to right. Alignment stays the
interface's, so a column does not zigzag.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyledItemDelegate

from annotator.core.language import has_arabic_script

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
H_MASK = Qt.AlignmentFlag.AlignHorizontal_Mask
_LEFT, _RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
_ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute
_VCENTER = Qt.AlignmentFlag.AlignVCenter
# A cell's alignment by (interface direction, the model's alignment): a handful of pairs, each
# worked out once (enum flag arithmetic in Python costs more than the rest of a cell).
_ALIGNED: dict[tuple[int, int], Qt.AlignmentFlag] = {}


def visual_alignment(direction: Qt.LayoutDirection, align: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
    """``QStyle.visualAlignment``: leading and trailing resolved against ``direction``, as an
    absolute alignment. Written out because touching ``QStyle`` from Python first costs about
    5 ms of start-up (PySide builds its hundreds of enum members)."""
    if not align & H_MASK:
        align |= _LEFT  # no horizontal alignment: leading
    if not align & _ABSOLUTE and align & (_LEFT | _RIGHT):
        if direction == RTL:
            align ^= _LEFT | _RIGHT
        align |= _ABSOLUTE
    return align


def direction_of(text: str) -> Qt.LayoutDirection:
    return RTL if has_arabic_script(text) else LTR


class BidiDelegate(QStyledItemDelegate):
    """Draws each cell in the direction of its own text."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text:
            return
        # Resolve "leading"/"trailing" against the interface before the text's direction
        # would flip them. ``displayAlignment`` holds the model's TextAlignmentRole, else
        # Qt's default (left, not absolute: leading).
        interface, wanted = option.direction, option.displayAlignment
        key = (interface.value, wanted.value)
        aligned = _ALIGNED.get(key)
        if aligned is None:
            visual = visual_alignment(interface, wanted) & H_MASK
            aligned = _ALIGNED[key] = visual | _ABSOLUTE | _VCENTER
        option.displayAlignment = aligned
        option.direction = RTL if has_arabic_script(text) else LTR


def set_text(label: QLabel, text: str) -> None:
    """Shows ``text`` in ``label`` laid out in its own direction, aligned to the interface."""
    label.setText(text)
    label.setLayoutDirection(direction_of(text))
    right = label.parentWidget() is not None and label.parentWidget().isRightToLeft()
    side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
