"""The cleaning an imported text gets before it becomes a document, step by step, on record.

Offsets are taken on the cleaned text, which is never changed afterwards; the original bytes
are kept beside it. Each step that changed something is returned as a ``CleaningStep`` for
the import report and ``document_sources.cleaning``. Spelling is not touched here.

Hard-wrapped lines (PDFs, e-mails) are joined conservatively: only inside a block whose lines
look wrapped at one width, only where a line is full (the next word would not have fitted)
and does not end a sentence, never before a list item.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

ZWNJ = "\u200c"
SENTENCE_END = ".!?؟:؛;…»\"'”)]"
_LIST_ITEM = re.compile(r"^\s*(?:[-*•▪–—]|[0-9۰-۹٠-٩]+[.)\-]|[a-zA-Z][.)])\s")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# Persian pieces that a line break can cut from their word; rejoined with a ZWNJ.
_PREFIXES = ("می", "نمی")
_SUFFIXES = ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "ترین")
_LINE_WIDTH_MIN, _LINE_WIDTH_MAX = 30, 120


@dataclass(frozen=True)
class CleaningStep:
    step: str  # a stable key: "bom", "line_ends", "presentation_forms", "joined_lines", ...
    message: str  # what a person reads in the import report
    count: int = 1
    details: tuple[dict[str, Any], ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"step": self.step, "message": self.message, "count": self.count}
        if self.details:
            data["details"] = list(self.details)
        return data


@dataclass(frozen=True)
class Cleaned:
    text: str
    steps: tuple[CleaningStep, ...]

    def messages(self) -> list[str]:
        return [s.message for s in self.steps]


def clean(text: str, *, join_wrapped: bool = True) -> Cleaned:
    """Runs every cleaning step in order and returns the text with what each step did."""
    steps: list[CleaningStep] = []
    for step in (
        _strip_bom,
        _unify_line_ends,
        _letters_from_presentation_forms,
        _strip_line_end_spaces,
        *((_join_wrapped_lines,) if join_wrapped else ()),
        _collapse_blank_lines,
        _trim_document,
    ):
        text, done = step(text)
        if done is not None:
            steps.append(done)
    return Cleaned(text, tuple(steps))


def _strip_bom(text: str) -> tuple[str, CleaningStep | None]:
    if not text.startswith("\ufeff"):
        return text, None
    return text[1:], CleaningStep("bom", "removed a byte-order mark")


def _unify_line_ends(text: str) -> tuple[str, CleaningStep | None]:
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text, None
    counts = {
        "CRLF": text.count("\r\n"),
        "CR": text.count("\r") - text.count("\r\n"),
        "U+2028": text.count("\u2028"),
        "U+2029": text.count("\u2029"),
    }
    if not any(counts.values()):
        return text, None
    text = text.replace("\r\n", "\n").translate({0x0D: "\n", 0x2028: "\n", 0x2029: "\n"})
    what = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    return text, CleaningStep("line_ends", f"line ends made \\n ({what})", sum(counts.values()))


def _letters_from_presentation_forms(text: str) -> tuple[str, CleaningStep | None]:
    # PDFs and old web pages store shaped glyphs (ﻻ, ﺑ); search and word boundaries need
    # the letters they stand for.
    count = 0

    def letters(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return unicodedata.normalize("NFKC", m.group())

    text = _PRESENTATION_FORMS.sub(letters, text)
    if not count:
        return text, None
    return text, CleaningStep(
        "presentation_forms", f"{count} Arabic presentation-form glyphs made letters", count
    )


def _strip_line_end_spaces(text: str) -> tuple[str, CleaningStep | None]:
    # The regex tries every space of the text: look for what it removes first.
    if " \n" not in text and "\t\n" not in text and text[-1:] not in (" ", "\t"):
        return text, None
    text, n = re.subn(r"[ \t]+(?=\n|$)", "", text)
    if not n:
        return text, None
    return text, CleaningStep("line_end_spaces", f"spaces removed at {n} line ends", n)


def _collapse_blank_lines(text: str) -> tuple[str, CleaningStep | None]:
    if "\n\n\n" not in text:
        return text, None
    text, n = re.subn(r"\n{3,}", "\n\n", text)
    if not n:
        return text, None
    return text, CleaningStep("blank_lines", f"{n} runs of blank lines made one", n)


def _trim_document(text: str) -> tuple[str, CleaningStep | None]:
    trimmed = text.strip("\n")
    if trimmed == text:
        return text, None
    removed = len(text) - len(trimmed)
    return trimmed, CleaningStep(
        "trimmed", f"{removed} line end(s) removed at the start and end", removed
    )


# -- hard-wrapped lines --------------------------------------------------------------------


def _join_wrapped_lines(text: str) -> tuple[str, CleaningStep | None]:
    out: list[str] = []
    joins: list[dict[str, Any]] = []
    position = 0
    for block in re.split(r"(\n\n+)", text):
        if block.startswith("\n"):
            out.append(block)
            position += len(block)
            continue
        joined = _join_block(block, position, joins)
        out.append(joined)
        position += len(joined)
    if not joins:
        return text, None
    kinds = {" ": "a space", ZWNJ: "a ZWNJ", "": "nothing"}
    summary = ", ".join(
        f"{sum(1 for j in joins if j['joiner'] == k)} with {name}"
        for k, name in kinds.items()
        if any(j["joiner"] == k for j in joins)
    )
    return "".join(out), CleaningStep(
        "joined_lines",
        f"joined {len(joins)} hard-wrapped lines ({summary})",
        len(joins),
        tuple(joins),
    )


def _join_block(block: str, position: int, joins: list[dict[str, Any]]) -> str:
    lines = block.split("\n")
    # Two lines are as likely a heading and its line as one wrapped paragraph: leave them.
    if len(lines) < 3:
        return block
    width = max(len(line) for line in lines)
    if not _LINE_WIDTH_MIN <= width <= _LINE_WIDTH_MAX:
        return block
    pieces = [lines[0]]
    for prev, line in itertools.pairwise(lines):
        joiner = _joiner(prev, line, width)
        if joiner is None:
            pieces.append("\n")
        else:
            at = position + sum(len(p) for p in pieces)
            joins.append(
                {"at": at, "joiner": joiner, "left": _last_word(prev), "right": _first_word(line)}
            )
            pieces.append(joiner)
        pieces.append(line)
    return "".join(pieces)


def _joiner(line: str, following: str, width: int) -> str | None:
    """What to put between two lines of one wrapped paragraph, or None to keep the break."""
    if not line or not following or line[-1] in SENTENCE_END or _LIST_ITEM.match(following):
        return None
    next_word = _first_word(following).rstrip("،,.؛;:!?؟»)")
    # Full: a wrapping program would have put the next word on this line if it fitted.
    if len(line) < width // 2 or len(line) + 1 + len(next_word) <= width:
        return None
    if line.endswith("-") and len(line) > 1 and line[-2].isalpha():
        return ""
    if _last_word(line) in _PREFIXES or next_word in _SUFFIXES:
        return ZWNJ
    return " "


def _first_word(line: str) -> str:
    return line.split(maxsplit=1)[0] if line.split() else ""


def _last_word(line: str) -> str:
    return line.rsplit(maxsplit=1)[-1] if line.split() else ""
