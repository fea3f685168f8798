"""Writing export files: whole or not at all, to a file, a folder or standard output."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from annotator.core.errors import AnnotatorError


@contextmanager
def text_file(out: Path | None, encoding: str = "utf-8", newline: str = "\n") -> Iterator[IO[str]]:
    """An open text file that appears at ``out`` only once fully written (stdout for None)."""
    if out is None:
        yield sys.stdout
        return
    tmp = out.with_name(out.name + ".part")
    try:
        with tmp.open("w", encoding=encoding, newline=newline) as fh:
            yield fh
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def write_text(out: Path, text: str, encoding: str = "utf-8") -> None:
    with text_file(out, encoding=encoding) as fh:
        fh.write(text)


def write_bytes(out: Path, data: bytes) -> None:
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def folder(out: Path | None, what: str) -> Path:
    """``out`` as a folder to write into, created if needed."""
    if out is None:
        raise AnnotatorError(f"{what} is written to a folder: give one with -o/--output")
    if out.exists() and not out.is_dir():
        raise AnnotatorError(f"{out}: {what} needs a folder, and this is a file")
    out.mkdir(parents=True, exist_ok=True)
    return out


def need_file(out: Path | None, what: str) -> Path:
    if out is None:
        raise AnnotatorError(f"{what} is a binary file: give one with -o/--output")
    return out


def file_names(names: list[str], suffix: str = "") -> list[str]:
    """Safe, unique file stems for document names (a name may hold / or repeat)."""
    seen: set[str] = set()
    result = []
    for name in names:
        stem = "".join("_" if ch in '/\\:*?"<>|\0' or ord(ch) < 32 else ch for ch in name)
        stem = stem.strip(". ") or "document"
        candidate, n = stem, 1
        while (candidate + suffix).lower() in seen:
            n += 1
            candidate = f"{stem}-{n}"
        seen.add((candidate + suffix).lower())
        result.append(candidate)
    return result
