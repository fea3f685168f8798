"""The suggestion worker process ends when the app that started it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

APP = """
import multiprocessing, os, time
from concurrent.futures import ProcessPoolExecutor
from annotator.suggest import background

if __name__ == "__main__":
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=background.watch_parent,
        initargs=(os.getpid(),),
    )
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(120)
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's reaping is left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states in /proc")
def test_worker_ends_when_the_app_is_killed(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP, encoding="utf-8")
    app = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    worker = int(app.stdout.readline())
    assert _running(worker)
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=30)
    deadline = time.monotonic() + 15
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(worker), "the suggestion worker outlived the app"
