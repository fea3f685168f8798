"""The XLSX side of ``spreadsheet.py`` (openpyxl loads only when someone asks for XLSX)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

WIDTHS = {"document": 18, "span_id": 12, "text": 60, "note": 40}


def _cell(value: Any) -> Any:
    # XLSX cannot hold most control characters; openpyxl refuses them.
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def workbook(table: list[list[Any]], out: Path, right_to_left: bool) -> int:
    book = Workbook()
    sheet = book.active
    sheet.title = "spans"
    sheet.sheet_view.rightToLeft = right_to_left
    head, *body = table
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        # Strings stay strings: openpyxl would turn a leading "=" into a formula.
        sheet.append([_cell(v) for v in row])
    for i, name in enumerate(head, 1):
        sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(name, 14)
    text_column = head.index("text") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=text_column, max_col=text_column):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    tmp = out.with_name(out.name + ".part")
    try:
        book.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return len(body)
