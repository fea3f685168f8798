"""Another process writing to a project: the annotator next door."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

WORKER = Path(__file__).with_name("crash_worker.py")


def start_worker(project: Path) -> subprocess.Popen:
    """crash_worker.py on ``project``, spoken to line by line through its pipes."""
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


class BusyWriter:
    """Another process that holds the project open for writing and annotates non-stop."""

    def __init__(self, project: Path) -> None:
        self.proc = start_worker(project)
        self.proc.stdin.write(f"go {random.randrange(2**32)}\n")
        self.proc.stdin.flush()
        self.pid = int(self.proc.stdout.readline().split()[1])
        self.acks = 0
        self._first = threading.Event()
        # Keep the pipe drained, or the writer would block on it and stop writing.
        self._drain = threading.Thread(target=self._read, daemon=True)
        self._drain.start()
        assert self._first.wait(30), "the writer never acknowledged an action"

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("done"):
                self.acks += 1
                self._first.set()

    def stop(self) -> None:
        if self.proc.stdin.closed:
            return
        os.kill(self.pid, signal.SIGKILL)
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self._drain.join(timeout=30)
