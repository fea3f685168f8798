"""Runs the suggestion rules in a separate process and reports back on the interface thread.

See ``annotator.suggest.background`` for why a process and not a thread. The process starts
with "spawn": forking a program that runs Qt is unsafe.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import suppress

from PySide6.QtCore import QObject, Signal

from annotator.suggest import background


class SuggestionRunner(QObject):
    """``load()`` and ``compute()`` return at once; the signals come later, queued to the
    thread this object lives in (they are emitted from the pool's own thread)."""

    loaded = Signal()
    found = Signal(int, str, list)  # generation, doc_id, suggestions
    failed = Signal(int, str)  # generation, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ProcessPoolExecutor | None = None
        self._pending: Future | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=background.watch_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    def load(self) -> None:
        self._executor().submit(background.load).add_done_callback(self._after_load)

    def compute(self, generation: int, path: str, doc_id: str) -> None:
        if self._pending is not None:
            self._pending.cancel()  # a document left before its turn came needs no rules
        future = self._executor().submit(background.compute, path, doc_id)
        future.add_done_callback(lambda f: self._after_compute(generation, doc_id, f))
        self._pending = future

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _after_load(self, future: Future) -> None:
        if future.cancelled():
            return
        error = future.exception()
        # The window may be gone by the time the process answers.
        with suppress(RuntimeError):
            if error is None:
                self.loaded.emit()
            else:
                self.failed.emit(-1, f"{type(error).__name__}: {error}")

    def _after_compute(self, generation: int, doc_id: str, future: Future) -> None:
        if future.cancelled():
            return
        error = future.exception()
        with suppress(RuntimeError):
            if error is None:
                self.found.emit(generation, doc_id, future.result())
            else:
                self.failed.emit(generation, f"{type(error).__name__}: {error}")
