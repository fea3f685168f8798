"""The annotator that the crash-safety test kills, over and over.

Run as ``python crash_worker.py PROJECT``. It imports annotator once, then for every line
``go SEED`` on its standard input forks a fresh child that opens PROJECT and annotates until it
is killed: forking spares each of the hundreds of victims Python's start-up. The child writes
``done ACTION ID [NONCE]`` only after the Project method has returned, so every such line is a
promise that the action is on disk. The worker reports ``child PID`` and ``reaped PID``.
"""

from __future__ import annotations

import os
import random
import sys

from annotator.core.model import Document
from annotator.core.words import words
from annotator.store.project import Project

LABELS = ("Claim", "Source", "Cue", "Content")
WORTHINESS = ("check_worthy", "unimportant_factual", "not_factual")


def say(line: str) -> None:
    # One write per line: lines from the worker and its child never interleave in the pipe.
    os.write(1, (line + "\n").encode())


def add_span(project: Project, rng: random.Random, doc_id: str) -> str:
    bounds = list(words(project.text(doc_id)))
    first = rng.randrange(len(bounds))
    last = min(len(bounds) - 1, first + rng.randrange(6))
    span = project.new_span(doc_id, bounds[first][0], bounds[last][1], rng.choice(LABELS))
    return f"add_span {span.id}"


def update_claim(project: Project, rng: random.Random, doc_id: str) -> str | None:
    claims = project.spans(doc_id, "Claim")
    if not claims:
        return None
    nonce = f"n{os.getpid()}-{rng.randrange(10**9)}"
    attributes = {"normalized_claim": nonce, "check_worthiness": rng.choice(WORTHINESS)}
    span = project.update_span(rng.choice(claims).id, attributes=attributes)
    return f"update_span {span.id} {nonce}"


def add_attribution(project: Project, rng: random.Random, doc_id: str) -> str | None:
    by_label = {label: project.spans(doc_id, label) for label in ("Source", "Cue", "Content")}
    if not all(by_label.values()):
        return None
    roles = {
        role: [rng.choice(by_label[label]).id]
        for role, label in (("source", "Source"), ("cue", "Cue"), ("content", "Content"))
    }
    relation = project.new_relation("attribution", roles)
    return f"add_relation {relation.id}"


def delete_span(project: Project, rng: random.Random, doc_id: str) -> str | None:
    spans = project.spans(doc_id)
    if not spans:
        return None
    span, _ = project.delete_span(rng.choice(spans).id)
    return f"delete_span {span.id}"


def add_document(project: Project, rng: random.Random, doc_id: str) -> str:
    # Long enough to take several pages: a kill may land in the middle of writing them.
    base = project.text(doc_id)
    text = f"{base}\n{rng.randrange(10**12)}\n" + "\n".join([base] * rng.randrange(5, 40))
    doc = project.add_document(Document(name=f"copy-{os.getpid()}", text=text))
    return f"add_document {doc.id}"


ACTIONS = (
    (add_span, 40),
    (update_claim, 20),
    (add_attribution, 20),
    (delete_span, 15),
    (add_document, 5),
)


def annotate(path: str, seed: int) -> None:
    rng = random.Random(seed)
    actions, weights = zip(*ACTIONS, strict=True)
    with Project.open(path) as project:
        doc_ids = project.document_ids()[:3]
        while True:
            action = rng.choices(actions, weights)[0]
            done = action(project, rng, rng.choice(doc_ids))
            if done:
                say(f"done {done}")


def main() -> None:
    path = sys.argv[1]
    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                annotate(path, seed)
            except BaseException as exc:  # reported, so the test fails with a reason
                say(f"error {type(exc).__name__}: {exc}")
            os._exit(1)
        say(f"child {pid}")
        os.waitpid(pid, 0)
        say(f"reaped {pid}")


if __name__ == "__main__":
    main()
