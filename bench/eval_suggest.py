"""``python -m bench.eval_suggest``: precision and recall of each suggestion rule.

Runs every rule over the evaluation articles in ``tests/suggest/eval`` (written for it, with
planted slips and hand-marked cues, sources, outlets, contents and numerical claims in
``gold.json``), as a corpus in a temporary project, and compares with the gold spans:
*exact* means the same offsets, *overlap* that the spans share at least one character.
Exits 1 when a target is missed or a planted slip class goes unfound.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from annotator.core.model import Document
from annotator.core.words import WORD_RE
from annotator.store.project import Project
from annotator.suggest.engine import Suggestion, suggest_corpus

EVAL = Path(__file__).resolve().parents[1] / "tests" / "suggest" / "eval"
SLIP_RULE = {
    "entity_swap": "places",
    "month_mismatch": "calendars",
    "weekday_mismatch": "calendars",
    "name_variant": "variants",
}
# (rule, row name, gold labels, suggested labels, how the gold is picked)
ROWS = [
    ("attribution", "Cue", {"Cue"}, {"Cue"}, None),
    ("attribution", "Source", {"Source"}, {"Source"}, None),
    ("attribution", "Outlet", {"Outlet"}, {"Outlet"}, None),
    ("attribution", "Source or Outlet", {"Source", "Outlet"}, {"Source", "Outlet"}, None),
    ("attribution", "Content", {"Content"}, {"Content"}, None),
    ("numbers", "Claim", {"Claim"}, {"Claim"}, None),
    ("places", "Contested_fact", {"Contested_fact"}, {"Contested_fact"}, {"entity_swap"}),
    (
        "calendars",
        "Contested_fact",
        {"Contested_fact"},
        {"Contested_fact"},
        {"month_mismatch", "weekday_mismatch"},
    ),
    ("variants", "Contested_fact", {"Contested_fact"}, {"Contested_fact"}, {"name_variant"}),
]
TARGETS = {  # row -> (match, min precision, min recall): cues exact, speakers by overlap
    "Cue": ("exact", 0.7, 0.8),
    "Source or Outlet": ("overlap", 0.7, 0.8),
}


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    label: str
    slip: str


def _bounded(text: str, phrase: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Starts of ``phrase`` in ``text[lo:hi]`` as whole words."""
    hi = len(text) if hi is None else hi
    out = []
    for m in re.finditer(re.escape(phrase), text[lo:hi]):
        s, e = lo + m.start(), lo + m.end()
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        if not WORD_RE.fullmatch(before) and not WORD_RE.fullmatch(after):
            out.append(s)
    return out


def resolve(text: str, spec: dict, where: str) -> tuple[int, int]:
    lo, hi = 0, len(text)
    if "in" in spec:
        found = [m.start() for m in re.finditer(re.escape(spec["in"]), text)]
        if len(found) != 1:
            raise ValueError(f"{where}: 'in' phrase found {len(found)} times: {spec['in']!r}")
        lo, hi = found[0], found[0] + len(spec["in"])
    first = spec.get("quote") or spec["from"]
    starts = _bounded(text, first, lo, hi)
    nth = spec.get("nth")
    if not starts or (nth is None and len(starts) > 1) or (nth and nth > len(starts)):
        raise ValueError(f"{where}: {first!r} found {len(starts)} times; say which with nth/in")
    start = starts[(nth or 1) - 1]
    if "quote" in spec:
        return start, start + len(spec["quote"])
    ends = [s + len(spec["to"]) for s in _bounded(text, spec["to"], start, None)]
    if not ends:
        raise ValueError(f"{where}: 'to' phrase {spec['to']!r} not found after {first!r}")
    return start, ends[0]


def load_gold() -> tuple[dict[str, dict], list[Gold]]:
    data = json.loads((EVAL / "gold.json").read_text(encoding="utf-8"))
    docs, gold = {}, []
    for name, entry in data.items():
        if name.startswith("_"):
            continue
        text = (EVAL / name).read_text(encoding="utf-8")
        docs[name] = {**entry, "text": text}
        for n, spec in enumerate(entry["spans"]):
            start, end = resolve(text, spec, f"{name} span {n}")
            gold.append(Gold(name, start, end, spec["label"], spec.get("slip", "")))
    return docs, gold


def run_rules(docs: dict[str, dict]) -> list[tuple[str, Suggestion]]:
    with tempfile.TemporaryDirectory() as tmp, Project.create(Path(tmp) / "eval.annotator") as p:
        ids = {}
        for name, entry in docs.items():
            doc = Document(
                name=name,
                text=entry["text"],
                language=entry["language"],
                published=entry.get("published", ""),
            )
            ids[p.add_document(doc).id] = name
        found = suggest_corpus(p)
    return [(ids[doc_id], s) for doc_id, items in found.items() for s in items]


def _match(a: tuple[int, int], b: tuple[int, int], how: str) -> bool:
    return a == b if how == "exact" else a[0] < b[1] and b[0] < a[1]


def score(found, gold, rule, gold_labels, labels, slips, how) -> tuple[int, int, float, float]:
    preds = [(d, (s.start, s.end)) for d, s in found if s.rule == rule and s.label in labels]
    golds = [
        (g.doc, (g.start, g.end))
        for g in gold
        if g.label in gold_labels and (slips is None or g.slip in slips)
    ]
    hit_p = sum(any(d == gd and _match(r, gr, how) for gd, gr in golds) for d, r in preds)
    hit_g = sum(any(d == pd and _match(r, pr, how) for pd, pr in preds) for d, r in golds)
    precision = hit_p / len(preds) if preds else 0.0
    recall = hit_g / len(golds) if golds else 0.0
    return len(preds), len(golds), precision, recall


def main() -> int:
    docs, gold = load_gold()
    found = run_rules(docs)
    ok = True
    header = (
        f"{'rule':<12}{'label':<18}{'found':>6}{'gold':>6}   exact P/R      overlap P/R   target"
    )
    print(header)
    print("-" * len(header))
    for rule, row, gold_labels, labels, slips in ROWS:
        n, g, pe, re_ = score(found, gold, rule, gold_labels, labels, slips, "exact")
        _, _, po, ro = score(found, gold, rule, gold_labels, labels, slips, "overlap")
        verdict = ""
        if row in TARGETS and rule == "attribution":
            how, min_p, min_r = TARGETS[row]
            p, r = (pe, re_) if how == "exact" else (po, ro)
            passed = p >= min_p and r >= min_r
            ok &= passed
            verdict = f"{how} P>={min_p} R>={min_r}: {'pass' if passed else 'FAIL'}"
        scores = f"{pe:.2f} / {re_:.2f}    {po:.2f} / {ro:.2f}"
        print(f"{rule:<12}{row:<18}{n:>6}{g:>6}   {scores}   {verdict}")
    print()
    for slip, rule in SLIP_RULE.items():
        planted = [x for x in gold if x.slip == slip]
        caught = [
            x
            for x in planted
            if any(
                d == x.doc
                and s.rule == rule
                and _match((s.start, s.end), (x.start, x.end), "overlap")
                for d, s in found
            )
        ]
        ok &= bool(caught) and len(caught) == len(planted)
        print(f"planted {slip:<17} found {len(caught)} of {len(planted)} (rule {rule})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
