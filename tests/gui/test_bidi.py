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


@pytest.mark.parametrize(
    ("interface", "model_alignment", "text", "side", "direction"),
    [
        ("ltr", None, "۲۵ مهر ۱۴۰۳", A.AlignLeft, Qt.LayoutDirection.RightToLeft),
        (
            "ltr",
            A.AlignTrailing | A.AlignVCenter,
            "24",
            A.AlignRight,
            Qt.LayoutDirection.LeftToRight,
        ),
        (
            "ltr",
            A.AlignRight | A.AlignAbsolute,
            "خبرگزاری",
            A.AlignRight,
            Qt.LayoutDirection.RightToLeft,
        ),
        ("rtl", None, "۲۵ مهر ۱۴۰۳", A.AlignRight, Qt.LayoutDirection.RightToLeft),
        ("rtl", None, "Reuters", A.AlignRight, Qt.LayoutDirection.LeftToRight),
        (
            "rtl",
            A.AlignTrailing | A.AlignVCenter,
            "24",
            A.AlignLeft,
            Qt.LayoutDirection.LeftToRight,
        ),
        (
            "rtl",
            A.AlignRight | A.AlignAbsolute,
            "خبرگزاری",
            A.AlignRight,
            Qt.LayoutDirection.RightToLeft,
        ),
    ],
)
def test_a_cell_is_aligned_to_the_interface_and_laid_out_in_its_texts_direction(
    qtbot, interface, model_alignment, text, side, direction
):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from annotator.gui.bidi import BidiDelegate

    model = QStandardItemModel(1, 1)
    item = QStandardItem(text)
    if model_alignment is not None:
        item.setTextAlignment(model_alignment)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if interface == "rtl" else Qt.LayoutDirection.LeftToRight
    )
    delegate = BidiDelegate(view)
    for _ in range(2):  # worked out, then from the cache: the same answer
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, model.index(0, 0))
        assert option.displayAlignment == side | A.AlignAbsolute | A.AlignVCenter
        assert option.direction == direction
