"""Exporting a large corpus to native JSONL against a bare ``json.dumps`` of the same records.

The corpus: 100,000 spans (10,000 with ``--quick``) over 100 Persian documents with emoji,
attributes on every third span. The baseline serializes the very records the exporter writes,
already in memory, with the same JSON settings: what any exporter must pay at the least.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from annotator.core.model import Document, Span
from annotator.io import native
from annotator.io.formats import EXPORTERS, ExportFilter
from annotator.store.project import Project
from bench.common import Result, ratio_result, timed

PARAGRAPH = "وزیر خارجه گفت که نشست بعدی در ایروان 😀 برگزار می‌شود و قیمت‌ها ۲۰ درصد بالا رفت. "
DOCUMENTS = 100


def build(path: Path, n_spans: int) -> Project:
    project = Project.create(path)
    per_doc = n_spans // DOCUMENTS
    docs = [
        Document(name=f"doc-{d:03}", text=f"{d} " + PARAGRAPH * 60, language="fa")
        for d in range(DOCUMENTS)
    ]
    project.add_documents((doc, None, "utf-8", []) for doc in docs)
    spans = []
    for doc in docs:
        for i in range(per_doc):
            start = (i * 7) % (len(doc.text) - 20)
            attrs = {"verdict": "false", "normalized_claim": "ادعا"} if i % 3 == 0 else {}
            spans.append(
                Span.on(doc.text, doc.id, start, start + 12, "Claim", attributes=attrs, note="")
            )
    # Bulk insert through SQL: building the corpus is not what is measured.
    from annotator.store import rows

    with project._tx():
        project.conn.executemany(
            f"INSERT INTO spans ({rows.SPAN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [rows.span_row(s) for s in spans],
        )
    return project


def run(quick: bool) -> list[Result]:
    n = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        project = build(Path(tmp) / "bench.annotator", n)
        records = [json.loads(line) for line in native.export_lines(project)]

        def ours() -> None:
            native.export_file(project, io.StringIO())

        def baseline() -> None:
            out = io.StringIO()
            for record in records:
                out.write(native._line(record))

        def to_file() -> None:
            EXPORTERS["jsonl"].write(project, Path(tmp) / "out.jsonl", ExportFilter())

        repeat = 5 if quick else 3
        t_base = timed(baseline, repeat=repeat)
        t_ours = timed(ours, repeat=repeat)
        t_file = timed(to_file, repeat=repeat)
        project.close()
    return [
        ratio_result(
            f"export {n:,} spans to native JSONL", t_ours, t_base, 2.0, "json.dumps same records"
        ),
        ratio_result(
            f"export {n:,} spans to a .jsonl file", t_file, t_base, 2.5, "json.dumps same records"
        ),
    ]
