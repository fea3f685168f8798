"""Times a GUI process from its launch to the first paint that shows a document's text.

``launch(mode, *args)`` starts ``python -m bench.paint_probe MODE ARGS`` in a fresh process and
returns what it measured, with the process's peak memory: ``VmHWM`` from /proc, the high-water
mark of the program itself. (``ru_maxrss``, from ``wait4`` or ``RUSAGE_CHILDREN``, also counts
the parent's memory at the moment of forking, which Linux carries across ``exec``: a child of
a 300 MB benchmark process would never report less than 300 MB.)

In the child, an event filter on the one widget whose paint counts, installed when the event
loop starts, watches ``Paint`` events. What counts as done:

- ``app PROJECT`` (``annotator gui PROJECT``, through the program's entry point): the first
  paint of the document view's viewport while it holds a text, so a toolbar painted before
  the project is open does not count;
- ``app`` with no project: the first paint of the main window (a frame paints the window
  before the widgets in it: the start page);
- ``bare PROJECT``: a QMainWindow with a QTextEdit, showing the text of the project's first
  document, read with plain sqlite3 in the timed process: bare Qt doing the same job;
- ``bare``: the same window showing a short Persian sample (the start page's baseline).

One turn of the event loop after that paint (the rest of the frame has painted) the child
writes ``{"first_paint": seconds since launch, "shown_chars": ..., "rows": ...}`` and exits
at once; ``shown_chars`` is the length of the text shown, so a caller can check that both
sides showed the same document. The app itself is not changed: the probe creates the
``QApplication`` first, which ``annotator``'s start-up then reuses. With ``PROBE_WAIT_ROWS=1``
the child waits after that paint until an item view shows rows (the document list filled)
before reporting, for the memory benchmark.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "به گزارش خبرنگار ما، نشست بعدی در ایروان برگزار می‌شود. " * 40


def clean_env(home: str, **extra: str) -> dict[str, str]:
    """The environment of a measured start: offscreen Qt and a clean profile in ``home`` (no
    remembered project, window state or recent files)."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": home,
        "XDG_CONFIG_HOME": home,
        "XDG_DATA_HOME": home,
        "XDG_CACHE_HOME": home,
        **extra,
    }


def launch(mode: str, *args: str, wait_rows: bool = False) -> dict:
    """Runs the probe in a fresh process; returns its report plus ``peak_rss`` in bytes."""
    with tempfile.TemporaryDirectory(prefix="probe-home-") as home:
        env = clean_env(home, PROBE_WAIT_ROWS="1" if wait_rows else "")
        env["PROBE_T0"] = repr(time.time())
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.paint_probe", mode, *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out = proc.stdout.read()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [line for line in out.decode().splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"probe {mode} {args} failed ({proc.returncode}): {err.decode()[-800:]}")
    report = json.loads(lines[-1])
    report.setdefault("peak_rss", usage.ru_maxrss * 1024)  # where /proc is missing
    return report


def peak_rss() -> int | None:
    """This process's own peak resident memory in bytes (Linux), or None."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return None


FIRST_DOCUMENT = "SELECT text FROM documents ORDER BY position LIMIT 1"


def _child(mode: str, args: list[str]) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTextEdit

    t0 = float(os.environ["PROBE_T0"])
    app = QApplication(sys.argv[:1])
    wait_rows = bool(os.environ.get("PROBE_WAIT_ROWS"))
    needs_text = bool(args)  # with a project, done means its document's text is painted

    def rows_shown() -> int:
        views = [w for w in app.allWidgets() if isinstance(w, QAbstractItemView)]
        counts = [v.model().rowCount() for v in views if v.isVisible() and v.model() is not None]
        return max(counts, default=0)

    def text_view(window: QMainWindow) -> QTextEdit | None:
        """The window's document view: annotator's ``view``, the bare window's editor."""
        view = getattr(window, "view", None) or window.centralWidget()
        return view if isinstance(view, QTextEdit) else None

    def report(painted: float, window: QMainWindow) -> None:
        if wait_rows and rows_shown() == 0 and time.time() - painted < 120:
            QTimer.singleShot(20, lambda: report(painted, window))
            return
        view = text_view(window)
        measured = {
            "first_paint": painted - t0,
            "shown_chars": len(view.toPlainText()) if view is not None else 0,
            "rows": rows_shown(),
            "peak_rss": peak_rss(),
        }
        line = json.dumps({k: v for k, v in measured.items() if v is not None})
        os.write(1, (line + "\n").encode())
        os._exit(0)  # skip teardown: what is measured ends at the first frame

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Paint:
                window = obj.window()
                view = text_view(window)
                if not needs_text or (view is not None and not view.document().isEmpty()):
                    self.done = True
                    painted = time.time()
                    QTimer.singleShot(0, lambda: report(painted, window))
            return False

    watcher = FirstPaint()

    def watch() -> None:
        """Puts the watcher on the one widget whose paint counts: the document view's viewport
        with a project, else the main window itself (a frame paints it first).

        Only there: a filter on the whole application is a Python call for every event of
        every widget, and PySide builds a Python type for each kind of widget it passes in,
        costs that grow with the window measured (about 10 ms on the app's window, a fraction
        of that on the bare one) and that the app itself never pays. Put in place on the
        first turn of the event loop, before anything can paint.
        """
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
        if not windows:
            QTimer.singleShot(0, watch)
            return
        view = text_view(windows[0])
        if needs_text and view is None:
            raise SystemExit("probe: the window has no document view")
        (view.viewport() if needs_text else windows[0]).installEventFilter(watcher)

    QTimer.singleShot(0, watch)
    QTimer.singleShot(120_000, lambda: os._exit(3))  # never painted: the caller reports it
    if mode == "bare":
        window = _bare_window(args)
        # As the app does on a first run: the whole screen, so both lay out as much text.
        window.resize(window.screen().availableGeometry().size())
        window.showMaximized()
        app.exec()
    elif mode == "app":
        from annotator.launch import main  # the ``annotator`` program's entry point

        main(["gui", *args])
    raise SystemExit(f"probe: the {mode} window never painted")


def _bare_window(args: list[str]):
    """A QMainWindow holding a QTextEdit with the project's first document (or the sample)."""
    from PySide6.QtWidgets import QMainWindow, QTextEdit

    text = SAMPLE
    if args:
        import sqlite3

        conn = sqlite3.connect(f"file:{args[0]}?mode=ro", uri=True)
        text = conn.execute(FIRST_DOCUMENT).fetchone()[0]
        conn.close()
    window = QMainWindow()
    editor = QTextEdit()
    editor.setReadOnly(True)
    editor.setPlainText(text)
    window.setCentralWidget(editor)
    return window


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2:])
