"""The PO write lock, exercised by real separate processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from translate.errors import InputError
from translate.lock import lock_path_for, locked

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from translate.lock import locked
    target = Path(sys.argv[1])
    with locked(target):
        Path(sys.argv[2]).write_text("held")
        time.sleep(float(sys.argv[3]))
    """
)

COUNTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from translate.lock import locked
    target = Path(sys.argv[1])
    for _ in range(int(sys.argv[2])):
        with locked(target):
            n = int(target.read_text())
            time.sleep(0.001)  # widen the read-modify-write window
            target.write_text(str(n + 1))
    """
)


def _spawn(code: str, *args: str) -> subprocess.Popen:
    root = Path(__file__).resolve().parents[1]
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=root)


def test_second_process_gets_clear_error(tmp_path: Path) -> None:
    po = tmp_path / "a.po"
    po.write_text("")
    flag = tmp_path / "flag"
    holder = _spawn(HOLDER, str(po), str(flag), "5")
    try:
        deadline = time.monotonic() + 30
        while not flag.exists():
            assert time.monotonic() < deadline, "holder process never took the lock"
            time.sleep(0.05)
        with pytest.raises(InputError) as info:
            with locked(po, timeout=0.2):
                pass
        assert str(po) in str(info.value)
        assert "another translate process" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    # the kernel released the lock with the killed process: no stale lock
    with locked(po, timeout=2):
        pass


def test_two_processes_do_not_lose_updates(tmp_path: Path) -> None:
    counter = tmp_path / "count.po"
    counter.write_text("0")
    procs = [_spawn(COUNTER, str(counter), "40") for _ in range(2)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    assert counter.read_text() == "80"


def test_reentrant_in_one_process(tmp_path: Path) -> None:
    po = tmp_path / "b.po"
    with locked(po, timeout=0.5):
        with locked(po, timeout=0.5):
            pass
    assert lock_path_for(po).name == ".b.po.lock"


def test_lock_folder_is_created_and_a_file_in_its_place_is_refused(tmp_path: Path) -> None:
    with locked(tmp_path / "new" / "c.po", timeout=0.5):
        assert (tmp_path / "new" / ".c.po.lock").exists()
    (tmp_path / "taken").write_text("x")
    with pytest.raises(InputError, match="is a file, expected a folder") as err:
        with locked(tmp_path / "taken" / "c.po", timeout=0.5):
            pass
    assert err.value.path == str(tmp_path / "taken")
