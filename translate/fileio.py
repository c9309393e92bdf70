"""Reading and writing users' files safely.

Reading: only regular files, opened without blocking (a FIFO or a device given by mistake is
refused instead of hanging the command), with a size limit where one makes sense, and one-line
errors naming the file.

Writing: atomically, with the permissions a plain `open()` would give. A crash mid-write leaves
the old file whole (temp file in the same folder, then rename); a full disk is one error that
names the file and the space it needed, with the previous file intact; the result is not
`mkstemp`'s owner-only 0600, so reviewers on other accounts can read it. Temp files carry the
writer's process id, so one left by a killed process is removed by the next write beside it.
A symbolic link planted where the tool writes is replaced, never followed.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from translate.errors import InputError

__all__ = [
    "regular_file", "existing", "open_binary", "read_bytes", "read_text", "size_text",
    "atomic_write_text", "atomic_write_bytes", "atomic_copy", "atomic_output", "install",
    "write_error", "ensure_dir", "default_mode", "database_errors", "new_temp",
]

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def size_text(size: int) -> str:
    """`1.5 MB`, `12 kB`, `300 bytes`."""
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.0f} kB"
    return f"{size} bytes"


def regular_file(path: str | Path, what: str = "file") -> Path:
    """`path` if it is a regular file (links followed); otherwise an `InputError` saying what
    it is. Nothing is opened, so a FIFO cannot block."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{what} is a broken symbolic link (to {os.readlink(path)})",
                             path=path) from None
        raise InputError(f"{what} not found", path=path) from None
    except OSError as exc:  # a link loop, a parent without permission, a name too long
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=path) from None
    _require_regular(info.st_mode, path, what)
    return path


def existing(path: str | Path, what: str = "file") -> bool:
    """Whether `path` exists; a symbolic link that leads nowhere (or in a loop) is an error,
    not "missing": writing a new file there would silently replace the user's link."""
    path = Path(path)
    if path.exists():
        return True
    if path.is_symlink():
        raise InputError(f"{what} is a broken symbolic link (or a link loop)", path=path,
                         hint="restore what it points to, or remove the link")
    return False


def _require_regular(mode: int, path: Path, what: str) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(f"is a folder, not a {what}", path=path)
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise InputError(f"is {kind}, not a {what}", path=path,
                         hint="give a file saved on disk; pipes and devices are not read")


@contextmanager
def open_binary(path: str | Path, what: str = "file", limit: int | None = None
                ) -> Iterator[BinaryIO]:
    """A regular file opened for reading without blocking, checked again once open (so a
    file swapped for a FIFO in between is still refused), and at most `limit` bytes long."""
    path = regular_file(path, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=path) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        _require_regular(info.st_mode, path, what)
        if limit is not None and info.st_size > limit:
            raise InputError(f"{what} is too large ({size_text(info.st_size)}; the limit is "
                             f"{size_text(limit)})", path=path,
                             hint="split it into smaller files")
        try:
            os.set_blocking(fd, True)
        except OSError:
            pass
        yield handle


def read_bytes(path: str | Path, what: str = "file", limit: int | None = None) -> bytes:
    with open_binary(path, what, limit) as handle:
        try:
            return handle.read()
        except OSError as exc:  # EIO, EISDIR on odd file systems
            raise InputError(f"cannot read {what}: {exc.strerror or exc}", path=path) from None


def read_text(path: str | Path, what: str = "file", limit: int | None = None) -> str:
    """A UTF-8 text file (a BOM is dropped), with one-line errors for the usual problems."""
    data = read_bytes(path, what, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 ({exc.reason} at byte {exc.start})", path=path,
                         line=data.count(b"\n", 0, exc.start) + 1,
                         hint=f"save the {what} as UTF-8") from None


# -- writing ---------------------------------------------------------------------------------

def default_mode(path: Path) -> int:
    """The file's current mode, or what a new file gets under the process umask."""
    if path.exists() and not path.is_symlink():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_error(exc: OSError, path: str | Path, needed: int | None = None) -> InputError:
    """An `OSError` met while writing `path`, as one line: for a full disk, with the space
    the write needed and what is free."""
    path = Path(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        free = _free_space(path.parent)
        need = f"; it needs {size_text(needed)}" if needed is not None else ""
        have = f", {size_text(free)} free" if free is not None else ""
        return InputError(f"cannot write: no space left on the device{need}{have}", path=path,
                          hint="free some space and run the command again; the previous file "
                          "is intact")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return InputError(f"cannot write: {exc.strerror}", path=path,
                          hint="check the permissions of the file and its folder")
    return InputError(f"cannot write: {exc.strerror or exc}", path=path)


_NEARLY_FULL = 1 << 20  # free bytes below which a database I/O error means a full disk


@contextmanager
def database_errors(path: str | Path, what: str = "database", hint: str | None = None
                    ) -> Iterator[None]:
    """SQLite errors inside the block as one line naming the database file: a full disk with
    the space free, a corrupt or unreadable file with `hint` (what to do about it)."""
    import sqlite3

    path = Path(path)
    try:
        yield
    except sqlite3.Error as exc:
        text = str(exc)
        free = _free_space(path.parent)
        # SQLite says "disk I/O error" when the disk fills while it writes its journal
        if "full" in text or ("I/O" in text and free is not None and free < _NEARLY_FULL):
            raise write_error(OSError(errno.ENOSPC, text), path) from None
        if "not a database" in text or "malformed" in text:
            raise InputError(f"{what} is corrupt ({text})", path=path, hint=hint) from None
        raise InputError(f"cannot use {what}: {text}", path=path, hint=hint) from None


def _free_space(folder: Path) -> int | None:
    try:
        info = os.statvfs(folder)
    except OSError:
        return None
    return info.f_bavail * info.f_frsize


def ensure_dir(folder: str | Path) -> Path:
    """Create `folder` (and parents) for writing; a file in its place is a clear error."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError("is a file, expected a folder to write into", path=folder) from None
    except OSError as exc:
        raise write_error(exc, folder) from None
    return folder


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def _remove_stale_temps(path: Path) -> None:
    """Temp files of `path` left by a process that was killed (`kill -9`, a power cut)."""
    try:
        names = [p for p in path.parent.glob(f".{path.name}.*.tmp")]
    except OSError:
        return
    for tmp in names:
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        try:
            tmp.unlink()
        except OSError:
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def new_temp(path: str | Path) -> Path:
    """An empty temp file beside `path`, named for this process (`.<name>.<pid>.<random>.tmp`)
    so that the next writer removes it if this process is killed; stale ones go first."""
    path = Path(path)
    ensure_dir(path.parent)
    _remove_stale_temps(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_error(exc, path) from None
    os.close(fd)
    return Path(tmp)


@contextmanager
def atomic_output(path: str | Path, size_hint: int | None = None) -> Iterator[BinaryIO]:
    """Write `path` through a temp file beside it: on success the temp file replaces it in one
    step; on any failure (a full disk included) it is removed and the old file is untouched."""
    path = Path(path)
    mode = default_mode(path)
    tmp = new_temp(path)
    try:
        with open(tmp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        install(tmp, path, mode)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise write_error(exc, path, size_hint) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` in one step; parent folders are created."""
    atomic_write_bytes(path, text.encode(encoding))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_output(path, len(data)) as handle:
        handle.write(data)


def atomic_copy(source: str | Path, target: str | Path) -> None:
    """Copy `source` onto `target` atomically (a backup): a full disk leaves the previous
    `target` whole, and a symbolic link planted at `target` is replaced, not written through."""
    source = Path(source)
    with open_binary(source, "file") as src, atomic_output(
            target, source.stat().st_size) as out:
        shutil.copyfileobj(src, out)
    try:
        shutil.copystat(source, target)
    except OSError:
        pass


def install(tmp: str | Path, path: Path, mode: int | None = None) -> None:
    """Move a finished temp file onto `path` with the right permissions (a link at `path` is
    replaced by the file, never followed)."""
    os.chmod(tmp, default_mode(path) if mode is None else mode)
    os.replace(tmp, path)
