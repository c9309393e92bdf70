"""Reading only regular files without blocking; atomic writes that survive full disks, kills
and planted links."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from translate import fileio
from translate.errors import InputError
from translate.fileio import (
    atomic_copy,
    atomic_write_text,
    database_errors,
    read_bytes,
    read_text,
    regular_file,
)

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("kind,says", [
    ("fifo", "FIFO"), ("folder", "folder"), ("dangling", "broken symbolic link"),
    ("loop", "cannot read"), ("device", "character device"), ("missing", "not found"),
])
def test_what_is_not_a_regular_file_is_refused_without_opening_it(tmp_path, kind, says):
    path = tmp_path / "x.md"
    if kind == "fifo":
        os.mkfifo(path)  # opening it for reading would block forever
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling":
        path.symlink_to(tmp_path / "nowhere")
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")  # reading it would never end
    with pytest.raises(InputError) as err:
        read_bytes(path, "article")
    assert says in str(err.value) and str(path) in str(err.value)


def test_size_limit_and_encoding_are_one_line_errors(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match=r"too large \(2 kB; the limit is 1 kB\)"):
        read_bytes(big, "article", limit=1024)
    latin = tmp_path / "l.tsv"
    latin.write_bytes("a\tb\nč\td\n".encode("cp1250"))
    with pytest.raises(InputError) as err:
        read_text(latin, "glossary")
    assert err.value.line == 2 and "save the glossary as UTF-8" in str(err.value)
    assert regular_file(big) == big


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_names_the_file_and_space_and_keeps_the_previous_one(tmp_path, monkeypatch):
    target = tmp_path / "a.po"
    target.write_text("reviewed work\n", encoding="utf-8")
    monkeypatch.setattr(fileio.os, "fsync", _enospc)
    with pytest.raises(InputError) as err:
        atomic_write_text(target, "x" * 5000)
    message = str(err.value)
    assert str(target) in message and "no space left" in message
    assert "needs 5 kB" in message and "free" in message and "intact" in message
    assert target.read_text(encoding="utf-8") == "reviewed work\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.po"]  # no temp file left


def test_backup_copy_is_atomic_and_replaces_a_planted_link(tmp_path, monkeypatch):
    po, bak = tmp_path / "a.po", tmp_path / "a.po.bak"
    po.write_text("new\n", encoding="utf-8")
    bak.write_text("previous backup\n", encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(fileio.os, "fsync", _enospc)
        with pytest.raises(InputError, match="no space left"):
            atomic_copy(po, bak)
    assert bak.read_text(encoding="utf-8") == "previous backup\n"  # not truncated

    precious = tmp_path / "precious.txt"
    precious.write_text("do not touch\n", encoding="utf-8")
    bak.unlink()
    bak.symlink_to(precious)
    atomic_copy(po, bak)
    assert not bak.is_symlink() and bak.read_text(encoding="utf-8") == "new\n"
    assert precious.read_text(encoding="utf-8") == "do not touch\n"


def test_temp_files_of_a_killed_writer_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "a.po"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".a.po.{dead}.abc123.tmp"  # what `kill -9` mid-write leaves
    stale.write_text("half a file", encoding="utf-8")
    alive = tmp_path / f".a.po.{os.getppid()}.def456.tmp"  # another process still writing
    alive.write_text("in progress", encoding="utf-8")
    atomic_write_text(target, "whole\n")
    assert not stale.exists() and alive.exists()
    assert target.read_text(encoding="utf-8") == "whole\n"


def test_a_terminated_write_leaves_no_temp_file(tmp_path):
    """`kill` (SIGTERM) of the CLI becomes an interrupt, so the temp file is removed."""
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(REPO)!r})
        from translate import fileio
        from translate.cli import _terminated
        signal.signal(signal.SIGTERM, _terminated)
        def slow_fsync(fd):
            os.kill(os.getpid(), signal.SIGTERM)
        fileio.os.fsync = slow_fsync
        try:
            fileio.atomic_write_text({str(tmp_path / "a.po")!r}, "x" * 100)
        except KeyboardInterrupt:
            print("interrupted")
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip() == "interrupted", out.stderr
    assert list(tmp_path.iterdir()) == []


def test_real_full_disk_on_a_tmpfs(tmp_path):
    """The kernel's own ENOSPC on a 64 kB tmpfs in a private mount namespace."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from translate.errors import InputError
        from translate.fileio import atomic_copy, atomic_write_text
        mnt = Path({str(mnt)!r})
        atomic_write_text(mnt / "a.po", "old\\n")
        atomic_copy(mnt / "a.po", mnt / "a.po.bak")
        try:
            with open(mnt / "filler", "wb") as f:
                f.write(b"x" * 10_000_000)
        except OSError:
            pass
        for step in (lambda: atomic_write_text(mnt / "a.po", "new" * 20000),
                     lambda: atomic_copy(mnt / "a.po", mnt / "a.po.bak")):
            try:
                step()
                print("written")
            except InputError as exc:
                print("refused:", exc)
        print(sorted(p.name for p in mnt.iterdir()))
        print((mnt / "a.po").read_text(), (mnt / "a.po.bak").read_text())
    """)
    proc = subprocess.run(["unshare", "-rm", "sh", "-c",
                           f"mount -t tmpfs -o size=64k tmpfs {mnt} && exec \"$0\" -c \"$1\"",
                           sys.executable, script], capture_output=True, text=True, timeout=60)
    if proc.returncode != 0 and "mount" in proc.stderr + proc.stdout:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()[:100]}")
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("refused:") and "no space left" in lines[0], proc.stdout
    assert lines[2] == "['a.po', 'a.po.bak', 'filler']"  # no temp file left
    assert lines[3] == "old" and "old" in lines[4]


def test_database_errors_name_the_file(tmp_path):
    db = tmp_path / "cache.sqlite"
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError) as err, database_errors(db, "the cache", "delete it"):
        sqlite3.connect(str(db)).execute("PRAGMA journal_mode=WAL")
    assert str(db) in str(err.value) and "corrupt" in str(err.value)
    assert "delete it" in str(err.value)
    with pytest.raises(InputError, match="no space left"), database_errors(db):
        raise sqlite3.OperationalError("database or disk is full")


def test_temp_files_carry_the_writer_so_a_killed_ones_can_be_recognised(tmp_path):
    from translate.fileio import new_temp

    tmp = new_temp(tmp_path / "sub" / ".memory.sqlite")
    assert tmp.parent == tmp_path / "sub" and tmp.exists()
    assert tmp.name.startswith(f"..memory.sqlite.{os.getpid()}.") and tmp.suffix == ".tmp"
