"""What every reader takes and gives: a named source of bytes in, ``Imported`` values out."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Any

from annotator.core.errors import ImportError_


@dataclass(frozen=True)
class Source:
    """One file's bytes and the name it is reported under (a path, or ``a.zip:b/c.txt``)."""

    name: str
    data: bytes
    path: PurePath | None = None  # on disk, when it is a file of its own

    @cached_property  # asked for several times per file
    def suffix(self) -> str:
        return PurePath(self.name).suffix.lower()

    @property
    def stem(self) -> str:
        return PurePath(self.name.rsplit(":", 1)[-1]).stem


@dataclass(frozen=True)
class ForeignSpan:
    """A span from another tool, already in code points on ``Imported.text``."""

    start: int
    end: int
    label: str
    annotator: str = ""


@dataclass
class ImportOptions:
    """What the user chose for one import."""

    text_column: str | None = None
    title_column: str | None = None
    outlet_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    normalize_persian: bool = False
    join_wrapped: bool = True
    label_map: dict[str, str] = field(default_factory=dict)


@dataclass
class Imported:
    """One document read from a file, before it is stored."""

    name: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    original: bytes | None = None
    encoding: str = "utf-8"
    cleaning: list[Any] = field(default_factory=list)
    language: str = ""
    spans: list[ForeignSpan] = field(default_factory=list)
    # False when offsets from another tool point into the text as given: cleaning would move it.
    clean: bool = True
    notes: list[str] = field(default_factory=list)


def json_object(raw: str, where: str) -> dict[str, Any]:
    """One line of JSON lines, which must hold an object; ``where`` names the file and line
    in the message when it does not (bad JSON, nesting too deep for Python, not an object)."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ImportError_(f"{where}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ImportError_(f"{where}: JSON nested too deeply") from None
    if not isinstance(obj, dict):
        raise ImportError_(f"{where}: expected a JSON object")
    return obj
