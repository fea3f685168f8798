"""Runs the suggestion rules in a separate process and reports back on the interface thread.

See ``annotator.suggest.background`` for why a process and not a thread. The process starts
with "spawn": forking a program that runs Qt is unsafe.

Results come back on the pool's own thread. Touching a Qt object there races with its
deletion on the interface thread (a segfault, seen once when a window closed as a result
arrived), so that thread only puts results in a queue, which a timer on the interface
thread empties.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from concurrent.futures import Future, ProcessPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.suggest import background

POLL_MS = 30  # while work is out: well under a frame, and nothing at all when idle


class SuggestionRunner(QObject):
    """``load()`` and ``compute()`` return at once; the signals come later, on this object's
    thread."""

    loaded = Signal()
    found = Signal(int, str, list)  # generation, doc_id, suggestions
    failed = Signal(int, str)  # generation, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ProcessPoolExecutor | None = None
        self._pending: Future | None = None
        self._out = 0  # futures whose results have not been delivered
        self._results: queue.SimpleQueue = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=background.watch_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    def load(self) -> None:
        self._submit(self._executor().submit(background.load), "load", -1, "")

    def compute(self, generation: int, path: str, doc_id: str) -> None:
        if self._pending is not None:
            self._pending.cancel()  # a document left before its turn came needs no rules
        future = self._executor().submit(background.compute, path, doc_id)
        self._submit(future, "compute", generation, doc_id)
        self._pending = future

    def shutdown(self) -> None:
        self._poll.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _submit(self, future: Future, kind: str, generation: int, doc_id: str) -> None:
        results = self._results  # the callback touches only this queue, never a Qt object
        future.add_done_callback(lambda f: results.put((kind, generation, doc_id, f)))
        self._out += 1
        self._poll.start()

    def _deliver(self) -> None:
        while True:
            try:
                kind, generation, doc_id, future = self._results.get_nowait()
            except queue.Empty:
                break
            self._out -= 1
            if future.cancelled():
                continue
            error = future.exception()
            if error is not None:
                self.failed.emit(generation, f"{type(error).__name__}: {error}")
            elif kind == "load":
                self.loaded.emit()
            else:
                self.found.emit(generation, doc_id, future.result())
        if self._out <= 0:
            self._poll.stop()
