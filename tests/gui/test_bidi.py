"""Each cell and label in its own text's direction, aligned to the interface."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from annotator.gui.bidi import direction_of, visual_alignment

A = Qt.AlignmentFlag
HORIZONTAL = [A(0), A.AlignLeft, A.AlignRight, A.AlignHCenter, A.AlignJustify]
EXTRA = [A(0), A.AlignAbsolute, A.AlignVCenter, A.AlignTop | A.AlignAbsolute]


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_visual_alignment_is_qts_own(direction):
    for horizontal, extra in itertools.product(HORIZONTAL, EXTRA):
        align = horizontal | extra
        assert visual_alignment(direction, align) == QStyle.visualAlignment(direction, align), align


def test_leading_is_right_in_a_right_to_left_interface():
    rtl = Qt.LayoutDirection.RightToLeft
    # The horizontal mask holds AlignAbsolute too: right, and absolutely so.
    assert (
        visual_alignment(rtl, A.AlignLeading) & A.AlignHorizontal_Mask
        == A.AlignRight | A.AlignAbsolute
    )
    assert visual_alignment(rtl, A.AlignTrailing | A.AlignAbsolute) & A.AlignHorizontal_Mask == (
        A.AlignRight | A.AlignAbsolute
    )


def test_direction_follows_the_texts_letters():
    assert direction_of("۲۵ مهر ۱۴۰۳") == Qt.LayoutDirection.RightToLeft
    assert direction_of("Reuters") == Qt.LayoutDirection.LeftToRight
