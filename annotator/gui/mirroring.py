"""Keeps the side panels on the mirrored side in a right-to-left interface.

Qt mirrors widgets, menus and tables when the layout direction flips, but leaves a main window's
dock areas where they were (measured: a left dock stays at x=0 under RightToLeft). A Persian or
Arabic reader expects the document list on the right, where reading starts, so we move the
side docks across ourselves, keeping tabbed groups together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

Area = Qt.DockWidgetArea
ACROSS = {
    Area.LeftDockWidgetArea: Area.RightDockWidgetArea,
    Area.RightDockWidgetArea: Area.LeftDockWidgetArea,
}


def swap_sides(window: QMainWindow) -> None:
    """Moves every docked side panel to the other side; bottom and top ones stay."""
    moves: list[tuple[QDockWidget, Area]] = []
    groups: list[list[QDockWidget]] = []
    seen: set[int] = set()
    for dock in window.findChildren(QDockWidget):
        area = window.dockWidgetArea(dock)
        if dock.isFloating() or area not in ACROSS or id(dock) in seen:
            continue
        group = [dock, *window.tabifiedDockWidgets(dock)]
        seen.update(id(d) for d in group)
        groups.append(group)
        moves.extend((d, ACROSS[area]) for d in group)
    raised = [d for d, _ in moves if not d.visibleRegion().isEmpty()]
    for dock, area in moves:
        window.addDockWidget(area, dock)
    for first, *rest in groups:
        for other in rest:
            window.tabifyDockWidget(first, other)
    for dock in raised:
        dock.raise_()
    bottom_left = window.corner(Qt.Corner.BottomLeftCorner)
    bottom_right = window.corner(Qt.Corner.BottomRightCorner)
    window.setCorner(Qt.Corner.BottomLeftCorner, ACROSS.get(bottom_right, bottom_right))
    window.setCorner(Qt.Corner.BottomRightCorner, ACROSS.get(bottom_left, bottom_left))
