"""The writer lock: one program at a time may change a project; readers never wait.

An advisory lock on ``<project>.lock`` beside the project file, held for as long as the project
is open for writing. The lock file carries who holds it (user, host, pid, since) so a refused
second writer can say whose work it would collide with. The operating system drops the lock
when its holder exits or is killed, so a crash never leaves a project locked.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import ProjectError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks are mandatory: lock a byte far past the JSON so others can still read it.
    _LOCKED_OFFSET = 1 << 30

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(_LOCKED_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


class WriterLock:
    """Held while a project is open for writing; ``release`` (or exit, or a kill) frees it."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def acquire(cls, project_path: Path) -> WriterLock:
        """Takes the lock or raises ``ProjectError`` naming who holds it."""
        # Resolved: a project reached through a symlink or another spelling has one lock.
        path = lock_path(project_path.resolve())
        # A holder that is closing unlinks the file; whoever locked that old file retries.
        for _ in range(20):
            handle = _open(path, project_path)
            if not _try_lock(handle):
                holder = _read_holder(handle)
                handle.close()
                raise ProjectError(_refusal(project_path, holder))
            if _same_file(handle, path):
                _write_holder(handle)
                return cls(path, handle)
            handle.close()
        raise ProjectError(f"{project_path}: could not take the writer lock {path}")

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        # Unlink before unlocking, so nobody can lock a file that is about to disappear.
        # A lock file we cannot remove is harmless: the next writer overwrites it.
        with suppress(OSError):
            if _same_file(self._handle, self.path):
                self.path.unlink()
        self._handle.close()
        self._handle = None


def holder_info() -> dict[str, Any]:
    return {
        "user": login_name("unknown user"),
        "host": _host(),
        "pid": os.getpid(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _open(path: Path, project_path: Path) -> IO[bytes]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise ProjectError(
            f"{project_path}: cannot be opened for writing: the lock file {path.name} cannot "
            f"be created in {path.parent} ({exc.strerror}); open it read-only?"
        ) from None
    return os.fdopen(fd, "r+b")


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        on_disk = path.stat()
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _write_holder(handle: IO[bytes]) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(holder_info(), ensure_ascii=False).encode())
    handle.flush()


def _read_holder(handle: IO[bytes]) -> dict[str, Any]:
    handle.seek(0)
    try:
        info = json.loads(handle.read(4096))
    except (ValueError, OSError):
        info = None
    # The holder may be between taking the lock and writing its name.
    return info if isinstance(info, dict) else {}


def _refusal(project_path: Path, holder: dict[str, Any]) -> str:
    who = holder.get("user") or "another program"
    host = holder.get("host") or "this computer"
    pid = holder.get("pid", "?")
    since = _readable_time(holder.get("since"))
    return f"{project_path}: opened by {who} on {host} (pid {pid}) since {since}; open read-only?"


def _readable_time(stamp: Any) -> str:
    """ "2026-11-22 00:40" in the holder's own clock, from the ISO stamp the file keeps."""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return "a moment ago"


def _host() -> str:
    if hasattr(os, "uname"):  # what gethostname() reads, without loading the socket module
        return os.uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()  # pragma: no cover


def login_name(unknown: str) -> str:
    """The login name, found as ``getpass.getuser`` finds it (that module also loads the
    terminal's, which opening a project does not need); ``unknown`` when there is none."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(name):
            return user
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):  # no pwd (Windows), or no such user
        return unknown
