"""The read-only document view: each paragraph laid out in its own direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextEdit

from annotator.core.language import has_arabic_script


class DocumentView(QTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)

    def show_text(self, text: str) -> None:
        doc = QTextDocument(self)
        doc.setPlainText(text)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        block = doc.begin()
        while block.isValid():
            # Qt picks a paragraph's direction from its first strong letter, so a Persian
            # paragraph opening with a Latin word would run left to right: set it ourselves.
            fmt = QTextBlockFormat(block.blockFormat())
            rtl = has_arabic_script(block.text())
            fmt.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()
        cursor.endEditBlock()
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        self.setDocument(doc)
