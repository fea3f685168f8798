"""Zip archives of importable files: each entry is imported as a file of its own.

An entry whose path escapes the archive (``../``, an absolute path, a drive letter) is
refused by name; the archive's unpacked size is bounded while reading (the sizes a zip
declares can lie), so a zip bomb stops at the bound instead of filling memory.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from annotator.core.errors import ImportError_

from .base import Source

SUFFIXES = (".zip",)
MAX_UNPACKED = 500 * 1024 * 1024
MAX_DEPTH = 2
_CHUNK = 1 << 20


@dataclass
class Budget:
    """Bytes an import may still unpack, shared by nested archives."""

    left: int = field(default_factory=lambda: MAX_UNPACKED)


def entries(
    source: Source, wanted: set[str], budget: Budget | None = None, depth: int = 0
) -> Iterator[Source | ImportError_]:
    """Each importable entry as a ``Source``, or the error that refused it; an archive with
    nothing to import says so rather than passing in silence."""
    offered = False
    for item in _entries(source, wanted, budget or Budget(), depth):
        offered = True
        yield item
    if not offered:
        yield ImportError_(f"{source.name}: the archive holds no files that can be imported")


# What zipfile raises on a damaged archive, besides BadZipFile: a bad offset (ValueError,
# "negative seek value"), a broken deflate stream (zlib.error), a short read (EOFError),
# a bad header (struct.error), an encrypted entry (RuntimeError), an unknown method.
_BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    ValueError,
    OSError,
    EOFError,
    OverflowError,
    KeyError,
    RuntimeError,
    NotImplementedError,
)


def _entries(
    source: Source, wanted: set[str], budget: Budget, depth: int
) -> Iterator[Source | ImportError_]:
    if depth >= MAX_DEPTH:
        yield ImportError_(f"{source.name}: archives nested too deep; unpack it first")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(source.data))
    except _BROKEN:
        yield ImportError_(f"{source.name}: not a zip archive, or a damaged one")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            name = f"{source.name}:{info.filename}"
            if info.is_dir() or _is_clutter(info.filename):
                continue
            if _escapes(info.filename):
                yield ImportError_(f"{name}: the entry's path leaves the archive; refused")
                continue
            suffix = PurePosixPath(info.filename).suffix.lower()
            if suffix not in wanted and suffix not in SUFFIXES:
                continue
            try:
                data = _read_bounded(archive, info, name, budget)
            except ImportError_ as exc:
                yield exc
                if budget.left <= 0:
                    return
                continue
            except _BROKEN as exc:
                yield ImportError_(f"{name}: cannot be unpacked ({exc})")
                continue
            entry = Source(name, data)
            if suffix in SUFFIXES:
                yield from entries(entry, wanted, budget, depth + 1)
            else:
                yield entry


def _escapes(filename: str) -> bool:
    path = filename.replace("\\", "/")
    return (
        path.startswith("/")
        or (len(path) > 1 and path[1] == ":")
        or ".." in PurePosixPath(path).parts
    )


def _is_clutter(filename: str) -> bool:
    parts = PurePosixPath(filename).parts
    # An empty name (zipfile cuts a name at a NUL) is no file of anyone's either.
    return not parts or parts[0] == "__MACOSX" or parts[-1].startswith(".")


def _read_bounded(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: Budget
) -> bytes:
    chunks = []
    with archive.open(info) as entry:
        while chunk := entry.read(_CHUNK):
            budget.left -= len(chunk)
            if budget.left < 0:
                raise ImportError_(
                    f"{name}: the archive unpacks to more than {MAX_UNPACKED // 2**20} MB "
                    "(a zip bomb?); the rest of it was not read"
                )
            chunks.append(chunk)
    return b"".join(chunks)
