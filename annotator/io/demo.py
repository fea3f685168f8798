"""Builds the demo projects from the texts and annotations under ``projects/demo``.

The repository holds text, not a database: ``annotations.json`` names each span by its quote
(and which occurrence of it), so the sources stay readable and editable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.language import detect_language
from annotator.core.model import Document, Relation, Span
from annotator.store.project import Project

PROJECTS = Path(__file__).resolve().parents[2] / "projects"
SOURCES = PROJECTS / "demo"


def _sources_stamp(sources: Path) -> float:
    return max(p.stat().st_mtime for p in sources.rglob("*") if p.is_file())


def build_demo(target: Path | None = None, annotated: bool = True, sources: Path = SOURCES) -> Path:
    """The demo project file, built (or rebuilt when its sources changed) and returned."""
    name = "demo.annotator" if annotated else "demo-blank.annotator"
    target = target or PROJECTS / name
    if target.exists() and (
        target.stat().st_mtime >= _sources_stamp(sources) or _has_user_work(target)
    ):
        return target
    tmp = target.with_name(target.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    with Project.create(tmp) as project:
        project.annotator = "demo"
        populate(project, sources, annotated)
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(tmp, target)
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return target


def _has_user_work(path: Path) -> bool:
    """True once someone has annotated the demo: newer sources must not wipe their work."""
    try:
        with Project.open(path, readonly=True) as project:
            return project._count("SELECT count(*) FROM history WHERE annotator != 'demo'") > 0
    except AnnotatorError:
        return False


def populate(project: Project, sources: Path, annotated: bool) -> None:
    spec = json.loads((sources / "annotations.json").read_text(encoding="utf-8"))
    meta = spec.get("documents", {})
    docs: dict[str, Document] = {}
    for path in sorted((sources / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = meta.get(path.name, {})
        docs[path.name] = Document(
            name=path.stem,
            text=text,
            language=m.get("language") or detect_language(text),
            title=m.get("title") or text.split("\n", 1)[0],
            outlet=m.get("outlet", ""),
            url=m.get("url", ""),
            published=m.get("published", ""),
            source_path=f"projects/demo/articles/{path.name}",
            attributes=m.get("attributes", {}) if annotated else {},
        )
    project.add_documents((d, d.text.encode("utf-8"), "utf-8", []) for d in docs.values())
    if not annotated:
        return
    spans: dict[str, Span] = {}
    for entry in spec.get("spans", []):
        doc = docs[entry["file"]]
        start = _find(doc.text, entry["quote"], entry.get("occurrence", 1), entry["file"])
        spans[entry["key"]] = Span.on(
            doc.text,
            doc.id,
            start,
            start + len(entry["quote"]),
            entry["label"],
            attributes=entry.get("attributes", {}),
            note=entry.get("note", ""),
            annotator="demo",
        )
    relations = [
        Relation(
            type=r["type"],
            roles={role: tuple(spans[k].id for k in keys) for role, keys in r["roles"].items()},
            annotator="demo",
        )
        for r in spec.get("relations", [])
    ]
    project.add_annotations(_resolve_span_refs(spans), relations)


def _resolve_span_refs(spans: dict[str, Span]) -> list[Span]:
    """Span attributes may name another span by its key ("@s8"): swap in the real id."""
    out = []
    for span in spans.values():
        attrs: dict[str, Any] = {
            k: spans[v[1:]].id if isinstance(v, str) and v.startswith("@") and v[1:] in spans else v
            for k, v in span.attributes.items()
        }
        out.append(span.with_changes(attributes=attrs, updated=span.updated))
    # A span referenced by another must be stored first.
    referenced = {v for s in out for v in s.attributes.values() if isinstance(v, str)}
    return sorted(out, key=lambda s: s.id not in referenced)


def _find(text: str, quote: str, occurrence: int, file: str) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            raise AnnotatorError(
                f"projects/demo/{file}: quote {quote!r} (occurrence "
                f"{occurrence}) is not in the text"
            )
    return pos
