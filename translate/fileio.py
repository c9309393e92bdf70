"""Writing files users own: atomically, with the permissions a plain `open()` would give.

A crash mid-write leaves the old file whole (temp file in the same folder, then rename), and
the result is not `mkstemp`'s owner-only 0600, so reviewers on other accounts can read it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def default_mode(path: Path) -> int:
    """The file's current mode, or what a new file gets under the process umask."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` in one step; parent folders are created."""
    atomic_write_bytes(path, text.encode(encoding))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = default_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        install(tmp, path, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def install(tmp: str | Path, path: Path, mode: int | None = None) -> None:
    """Move a finished temp file onto `path` with the right permissions."""
    os.chmod(tmp, default_mode(path) if mode is None else mode)
    os.replace(tmp, path)
