"""Annotated texts from doccano (JSONL) and Label Studio (JSON export).

Both count offsets in UTF-16 units (doccano #2484, Label Studio #1347); we store code points,
so every offset goes through ``Utf16Map``, and an offset that falls inside an emoji's
surrogate pair is refused rather than moved. The texts are kept exactly as given (no
cleaning): the offsets point into them. Labels are mapped onto the schema by the importer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from annotator.core.errors import ImportError_
from annotator.core.offsets import Utf16Map

from .base import ForeignSpan, Imported, ImportOptions, Source, json_object

DOCCANO_SUFFIXES = (".jsonl",)
LABEL_STUDIO_SUFFIXES = (".json",)
_META_KEYS = {
    "title": "title",
    "outlet": "outlet",
    "source": "outlet",
    "url": "url",
    "date": "published",
    "published": "published",
}


# -- doccano ---------------------------------------------------------------------------------


def read_doccano(source: Source, options: ImportOptions) -> list[Imported]:
    items = []
    for number, record in _json_lines(source):
        where = f"{source.name}, line {number}"
        text = record.get("text", record.get("data"))
        if not isinstance(text, str) or not text.strip():
            raise ImportError_(f'{where}: a record needs a "text"')
        spans = [
            _utf16_span(text, s, e, label, where) for s, e, label in _doccano_spans(record, where)
        ]
        notes = []
        if record.get("relations"):
            notes.append(f"{where}: {len(record['relations'])} relation(s) not imported")
        items.append(
            Imported(
                name=str(record.get("id", f"{source.stem}-{number}")),
                text=text,
                metadata=_metadata(record) | _metadata(record.get("meta") or {}),
                original=None,
                encoding="utf-8",
                cleaning=[{"step": "doccano", "message": f"line {number} of {source.name}"}],
                spans=spans,
                clean=False,
                notes=notes,
            )
        )
    if not items:
        raise ImportError_(f"{source.name}: no records")
    items[0].original = source.data
    return items


def _json_lines(source: Source) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = source.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{source.name}: not UTF-8 (byte {exc.start})") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        yield number, json_object(line, f"{source.name}, line {number}")


def _doccano_spans(record: dict[str, Any], where: str) -> Iterator[tuple[Any, Any, Any]]:
    for entry in record.get("label", record.get("labels", [])) or []:
        if not isinstance(entry, list | tuple) or len(entry) != 3:
            raise ImportError_(f'{where}: a label must be [start, end, "Label"], got {entry!r}')
        yield entry[0], entry[1], entry[2]
    for entity in record.get("entities", []) or []:
        if not isinstance(entity, dict):
            raise ImportError_(f"{where}: an entity must be an object, got {entity!r}")
        yield entity.get("start_offset"), entity.get("end_offset"), entity.get("label")


def _metadata(record: dict[str, Any]) -> dict[str, str]:
    return {
        ours: str(record[key])
        for key, ours in _META_KEYS.items()
        if isinstance(record.get(key), str | int) and str(record[key]).strip()
    }


def _utf16_span(
    text: str,
    start: Any,
    end: Any,
    label: Any,
    where: str,
    annotator: str = "",
    quote: str | None = None,
    units: Utf16Map | None = None,
) -> ForeignSpan:
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
        raise ImportError_(
            f"{where}: span {start!r}-{end!r} {label!r} is not (number, number, text)"
        )
    units = units or Utf16Map(text)
    for unit in (start, end):
        if not 0 <= unit <= units.length_utf16:
            raise ImportError_(
                f"{where}: {label} span offset {unit} is outside the text "
                f"(0..{units.length_utf16} UTF-16 units)"
            )
        if units.is_inside_pair(unit):
            raise ImportError_(f"{where}: {label} span offset {unit} splits an emoji in two")
    cp_start, cp_end = units.from_utf16(start), units.from_utf16(end)
    if cp_end <= cp_start:
        raise ImportError_(f"{where}: {label} span {start}-{end} is empty or reversed")
    if quote is not None and text[cp_start:cp_end] != quote:
        raise ImportError_(
            f"{where}: {label} span {start}-{end} should quote {quote!r} but the text has "
            f"{text[cp_start:cp_end]!r} there"
        )
    return ForeignSpan(cp_start, cp_end, label, annotator)


# -- Label Studio ----------------------------------------------------------------------------


def read_label_studio(source: Source, options: ImportOptions) -> list[Imported]:
    try:
        tasks = json.loads(source.data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{source.name}: not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ImportError_(
            f"{source.name}: not valid JSON ({exc.msg}, line {exc.lineno})"
        ) from None
    except RecursionError:
        raise ImportError_(f"{source.name}: JSON nested too deeply") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list) or not tasks or not all(isinstance(t, dict) for t in tasks):
        raise ImportError_(f"{source.name}: not a Label Studio export (a list of tasks)")
    items = [_task(source, n, task) for n, task in enumerate(tasks, 1)]
    items[0].original = source.data
    return items


def _task(source: Source, number: int, task: dict[str, Any]) -> Imported:
    where = f"{source.name}, task {task.get('id', number)}"
    data = task.get("data")
    if not isinstance(data, dict):
        raise ImportError_(f'{where}: a task needs "data"')
    text = data.get("text")
    if not isinstance(text, str):
        strings = [v for v in data.values() if isinstance(v, str) and len(v) > 0]
        text = max(strings, key=len, default=None)
    if not text or not text.strip():
        raise ImportError_(f'{where}: the task has no text in "data"')
    units = Utf16Map(text)
    spans, skipped = [], 0
    for annotation in task.get("annotations", []) or []:
        annotator = _annotator(annotation.get("completed_by"))
        for result in annotation.get("result", []) or []:
            if result.get("type") != "labels":
                skipped += 1
                continue
            value = result.get("value") or {}
            for label in value.get("labels", []):
                spans.append(
                    _utf16_span(
                        text,
                        value.get("start"),
                        value.get("end"),
                        label,
                        where,
                        annotator,
                        value.get("text"),
                        units,
                    )
                )
    notes = (
        [f"{where}: {skipped} result(s) that are not text labels not imported"] if skipped else []
    )
    return Imported(
        name=str(data.get("title") or task.get("id") or f"{source.stem}-{number}"),
        text=text,
        metadata=_metadata(data),
        original=None,
        encoding="utf-8",
        cleaning=[{"step": "label-studio", "message": f"task {task.get('id', number)}"}],
        spans=spans,
        clean=False,
        notes=notes,
    )


def _annotator(completed_by: Any) -> str:
    if isinstance(completed_by, dict):
        return str(completed_by.get("email") or completed_by.get("id") or "")
    return "" if completed_by is None else f"label-studio-{completed_by}"
