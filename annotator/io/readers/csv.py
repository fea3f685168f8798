"""Spreadsheets of articles: one document per row.

The text column is the one the user names, or else the one with the longest Arabic-script
texts; title, outlet, date and URL columns likewise, or else recognised by their headings
(English, Persian or Arabic).
"""

from __future__ import annotations

import csv
import io
import sys

from annotator.core.errors import ImportError_
from annotator.core.language import ARABIC_SCRIPT

from .base import Imported, ImportOptions, Source
from .text import decode_text

SUFFIXES = (".csv", ".tsv")
SAMPLE_ROWS = 200
HEADINGS = {
    "title": ("title", "headline", "عنوان", "تیتر", "العنوان"),
    "outlet": (
        "outlet",
        "source",
        "site",
        "publisher",
        "media",
        "منبع",
        "رسانه",
        "المصدر",
        "الموقع",
    ),
    "published": ("date", "published", "published_at", "pubdate", "تاریخ", "التاريخ"),
    "url": ("url", "link", "href", "لینک", "پیوند", "الرابط"),
}
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(source: Source, options: ImportOptions) -> list[Imported]:
    text, encoding = decode_text(source.name, source.data)
    rows = _rows(source, text.lstrip("\ufeff"))
    header, body = rows[0], rows[1:]
    if not body:
        raise ImportError_(f"{source.name}: a heading row but no articles")
    columns = _choose_columns(source.name, header, body, options)
    items = []
    for number, row in enumerate(body, 2):
        cells = {key: _cell(row, col) for key, col in columns.items()}
        body_text = cells.pop("text")
        if not body_text:
            continue
        meta = {key: value for key, value in cells.items() if value}
        items.append(
            Imported(
                name=meta.get("title") or f"{source.stem}-{number}",
                text=body_text,
                metadata=meta,
                original=None,
                encoding=encoding,
                cleaning=[{"step": "csv", "message": f"row {number} of {source.name}"}],
            )
        )
    if not items:
        raise ImportError_(f"{source.name}: the text column {header[columns['text']]!r} is empty")
    # The file's bytes are kept once, with the first row's document, not once per row.
    items[0].original = source.data
    skipped = len(body) - len(items)
    if skipped:
        items[0].notes.append(f"{source.name}: {skipped} row(s) with no text skipped")
    return items


def _cell(row: list[str], col: int | None) -> str:
    return row[col].strip() if col is not None and col < len(row) else ""


def _rows(source: Source, text: str) -> list[list[str]]:
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if source.suffix == ".tsv" else csv.excel
    try:
        rows = [
            row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)
        ]
    except csv.Error as exc:
        raise ImportError_(f"{source.name}: not a readable CSV file ({exc})") from None
    if not rows:
        raise ImportError_(f"{source.name}: empty file")
    return rows


def _choose_columns(
    name: str, header: list[str], body: list[list[str]], options: ImportOptions
) -> dict[str, int | None]:
    chosen = {
        "text": _named(name, header, options.text_column, "--text-column"),
        "title": _named(name, header, options.title_column, "--title-column"),
        "outlet": _named(name, header, options.outlet_column, "--outlet-column"),
        "published": _named(name, header, options.date_column, "--date-column"),
        "url": _named(name, header, options.url_column, "--url-column"),
    }
    for key, names in HEADINGS.items():
        if chosen[key] is None:
            chosen[key] = _by_heading(header, names)
    if chosen["text"] is None:
        taken = {col for col in chosen.values() if col is not None}
        chosen["text"] = _longest_arabic_column(header, body, taken)
    return chosen


def _named(name: str, header: list[str], wanted: str | None, option: str) -> int | None:
    if wanted is None:
        return None
    folded = [h.strip().casefold() for h in header]
    if wanted.strip().casefold() in folded:
        return folded.index(wanted.strip().casefold())
    raise ImportError_(f"{name}: no column {wanted!r} for {option} (columns: {', '.join(header)})")


def _by_heading(header: list[str], names: tuple[str, ...]) -> int | None:
    folded = [h.strip().casefold() for h in header]
    return next((folded.index(n) for n in names if n in folded), None)


def _longest_arabic_column(header: list[str], body: list[list[str]], taken: set[int]) -> int:
    def weight(col: int) -> tuple[int, int]:
        cells = [row[col] for row in body[:SAMPLE_ROWS] if col < len(row)]
        return (
            sum(len(ARABIC_SCRIPT.findall(c)) for c in cells),
            sum(len(c) for c in cells),
        )

    candidates = [col for col in range(len(header)) if col not in taken] or list(range(len(header)))
    return max(candidates, key=weight)
