"""An inter-process lock around writes to a user's file (PO files, the translation memory).

Two `translate run`/`update` processes on the same PO file would otherwise both read it, both
merge, and the second rename would silently drop the first one's work. The lock is an OS
advisory lock (`fcntl` through `filelock`) on a hidden sibling file, so a crashed process never
leaves a stale lock behind: the kernel releases it with the process.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from translate.errors import InputError
from translate.fileio import ensure_dir

DEFAULT_TIMEOUT = 30.0  # seconds; TRANSLATE_LOCK_TIMEOUT overrides it for the CLI


def _timeout(timeout: float | None) -> float:
    if timeout is not None:
        return timeout
    return float(os.environ.get("TRANSLATE_LOCK_TIMEOUT", DEFAULT_TIMEOUT))


def lock_path_for(path: str | Path) -> Path:
    """The lock file guarding `path`: `.name.lock` in the same folder (hidden, gitignorable)."""
    path = Path(path).resolve()  # one lock (and one in-process singleton) per real file
    return path.with_name(f".{path.name}.lock")


def _check_lock_file(lock_file: Path) -> None:
    """The lock file is the tool's own: a symbolic link, folder or FIFO in its place is not
    followed or opened (it could point at any file), but refused."""
    ensure_dir(lock_file.parent)
    if lock_file.is_symlink() or (lock_file.exists() and not lock_file.is_file()):
        kind = "a symbolic link" if lock_file.is_symlink() else "not a regular file"
        raise InputError(f"the lock file is {kind}; the tool makes it itself", path=lock_file,
                         hint="delete it and run the command again")


@contextmanager
def locked(path: str | Path, timeout: float | None = None) -> Iterator[Path]:
    """Hold the lock for `path` while the block runs; re-entrant within one process.

    Raises InputError (naming the file) when another process holds it for `timeout` seconds.
    """
    path = Path(path)
    timeout = _timeout(timeout)
    lock_file = lock_path_for(path)
    _check_lock_file(lock_file)
    lock = FileLock(str(lock_file), is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise InputError(
            f"another translate process is writing this file (waited {timeout:g} s)",
            path=path,
            hint="wait for the other run/update to finish, then try again",
        ) from None
    except OSError as exc:
        raise InputError(f"cannot create the lock file: {exc.strerror or exc}", path=lock_file,
                         hint="check the permissions of the folder") from None
    try:
        yield path
    finally:
        lock.release()


@contextmanager
def locked_all(paths: Iterable[str | Path], timeout: float | None = None) -> Iterator[None]:
    """Hold the locks of several files, taken in sorted order so two batches cannot deadlock."""
    with ExitStack() as stack:
        for path in sorted({Path(p).resolve() for p in paths}):
            stack.enter_context(locked(path, timeout))
        yield
