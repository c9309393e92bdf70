"""translate-toolkit installs a package under the same import name: the CLI says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from translate.environment import clash_message, clashing_distributions, warn_about_clashes

REPO = Path(__file__).resolve().parent.parent


def _fake_site(folder: Path, name: str = "translate_toolkit", version: str = "3.13.5") -> Path:
    """A site folder holding only the metadata of an installed distribution."""
    dist = folder / f"{name}-{version}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\n"
                                   f"Version: {version}\n", encoding="utf-8")
    (dist / "top_level.txt").write_text("translate\n", encoding="utf-8")
    return folder


def test_no_clash_in_a_clean_environment():
    assert "translate-toolkit" not in " ".join(clashing_distributions())


def test_clash_found_and_explained(tmp_path, monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(_fake_site(tmp_path)))
    assert clashing_distributions() == ["translate-toolkit 3.13.5"]
    warn_about_clashes()
    err = capsys.readouterr().err
    assert "translate-toolkit 3.13.5" in err and "same import name" in err
    assert "pipx install" in err and "venv" in err
    assert clash_message(["translate-toolkit 3.13.5"]).startswith("warning: ")


def test_the_console_entry_point_warns(tmp_path):
    site = _fake_site(tmp_path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(REPO)])}
    result = subprocess.run([sys.executable, "-m", "translate", "--version"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0
    assert "translate-toolkit 3.13.5 is installed" in result.stderr
    clean = subprocess.run([sys.executable, "-m", "translate", "--version"],
                           capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert "translate-toolkit" not in clean.stderr
