"""Crash safety: an annotator killed at any moment loses nothing it said was done.

A child process annotates (add span, update attributes, add relation, delete span, add a long
document) and is SIGKILLed after a random 5-80 ms; a fresh child continues on the same file. After
every kill the project must open, pass ``check``, hold every action the child acknowledged, and
match what its history says happened.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main as cli
from annotator.store import rows
from annotator.store.project import Project
from tests.reliability.writers import start_worker


class Victims:
    """Talks to crash_worker.py: starts a child, kills it, collects what it acknowledged."""

    def __init__(self, project: Path) -> None:
        self.proc = start_worker(project)

    def kill_one(self, rng: random.Random) -> list[tuple[str, ...]]:
        self.proc.stdin.write(f"go {rng.randrange(2**32)}\n")
        self.proc.stdin.flush()
        pid = int(self._expect("child").split()[1])
        time.sleep(rng.uniform(0.005, 0.080))
        os.kill(pid, signal.SIGKILL)
        acks = []
        while not (line := self._expect("")).startswith("reaped"):
            if line.startswith("error"):
                pytest.fail(f"the annotating child failed on its own: {line}")
            acks.append(tuple(line.split()[1:]))
        return acks

    def _expect(self, prefix: str) -> str:
        line = self.proc.stdout.readline().strip()
        assert line.startswith(prefix), f"crash worker said {line!r}"
        return line

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def replay(history: list[dict]) -> tuple[dict, dict]:
    """The spans and relations the history says exist now, oldest entry first."""
    spans: dict[str, dict] = {}
    relations: dict[str, dict] = {}
    for entry in history:
        action, object_id = entry["action"], entry["object_id"]
        after = rows_json(entry["after"])
        if action in ("add_span", "update_span"):
            spans[object_id] = after
        elif action == "delete_span":
            spans.pop(object_id)
        elif action in ("add_relation", "update_relation"):
            relations[object_id] = after
        elif action == "delete_relation":
            relations.pop(object_id)
    return spans, relations


def rows_json(raw: str | None):
    return None if raw is None else json.loads(raw)


def missing_acknowledgements(history: list[dict], acks: list[tuple[str, ...]]) -> list[str]:
    logged = {(e["action"], e["object_id"]) for e in history}
    nonces = {
        rows_json(e["after"])["attributes"].get("normalized_claim")
        for e in history
        if e["action"] == "update_span"
    }
    lost = []
    for action, object_id, *nonce in acks:
        if (action, object_id) not in logged or (nonce and nonce[0] not in nonces):
            lost.append(" ".join((action, object_id, *nonce)))
    return lost


def verify(path: Path, acks: list[tuple[str, ...]]) -> list[str]:
    """Opens the project as a user would and returns the acknowledged actions it lacks."""
    with Project.open(path) as project:
        assert project.check() == []
        history = list(reversed(project.history(limit=10**9)))
        spans, relations = replay(history)
        assert {s.id: rows.span_json(s) for s in project.spans()} == spans
        assert {r.id: rows.relation_json(r) for r in project.relations()} == relations
        return missing_acknowledgements(history, acks)


def kill_repeatedly(path: Path, kills: int, figures, seed: int) -> None:
    rng = random.Random(seed)
    victims = Victims(path)
    acks: list[tuple[str, ...]] = []
    try:
        for _ in range(kills):
            acks += victims.kill_one(rng)
            lost = verify(path, acks)
            figures["kills"] += 1
            figures["lost"] += len(lost)
            assert lost == [], f"acknowledged but lost after a kill: {lost[:5]}"
    finally:
        victims.close()
        figures["acknowledged"] += len(acks)
    assert len(acks) > kills // 2, "the children hardly acknowledged anything: kills too early?"
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output


def test_kills_lose_no_acknowledged_action(news_project, figures):
    kill_repeatedly(news_project, kills=20, figures=figures, seed=20)


@pytest.mark.slow
def test_two_hundred_kills_lose_no_acknowledged_action(news_project, figures):
    kill_repeatedly(news_project, kills=220, figures=figures, seed=220)


def test_command_line_check_passes_straight_after_a_kill(news_project, figures):
    """`annotator check`, its own process, reads a file whose writer was just killed
    (write-ahead log not yet merged) before any writer has reopened it."""
    victims = Victims(news_project)
    annotator = Path(sys.executable).with_name("annotator")
    try:
        for seed in range(3):
            acks = victims.kill_one(random.Random(seed))
            done = subprocess.run(
                [str(annotator), "check", str(news_project)],
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert done.returncode == 0, done.stdout + done.stderr
            assert "ok (" in done.stdout
            assert verify(news_project, acks) == []
            figures["kills"] += 1
            figures["acknowledged"] += len(acks)
    finally:
        victims.close()
