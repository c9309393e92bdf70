"""First contact: the install the README shows works with the torch a user already has."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parent.parent


def _dependencies() -> list[str]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"]


def test_torch_is_a_range_not_a_pin():
    [torch] = [d for d in _dependencies() if re.match(r"torch\b", d)]
    assert "==" not in torch and ">=" in torch
    from packaging.specifiers import SpecifierSet

    assert "2.13.0" in SpecifierSet(torch[len("torch"):])  # what .ci/run installs first


def test_ci_installs_the_cpu_torch_before_the_project():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    torch_at = script.index("pip install -q torch==2.13.0")
    assert torch_at < script.index("pip install -q -e \".[test")


def test_readme_starts_with_an_isolated_cpu_install():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands[0].startswith("python3 -m venv")  # its own environment first
    assert "--index-url https://download.pytorch.org/whl/cpu" in commands[1]
    assert "translate-toolkit" in readme and "pipx" in readme


def test_readme_builds_every_model_its_examples_use():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"--model (/tmp/[\w-]+)", readme))
    built = {m.group(1) for m in re.finditer(r"python tests/tiny_models\.py (/tmp/[\w-]+)",
                                             readme)}
    assert used and used <= built, used - built
    assert "python tests/tiny_models.py /tmp/tiny-m2m100 m2m100" in readme


def test_the_tiny_m2m100_of_the_readme_builds_from_the_command_line(tmp_path):
    import json
    import subprocess
    import sys

    out = tmp_path / "tiny-m2m100"
    proc = subprocess.run([sys.executable, str(REPO / "tests" / "tiny_models.py"), str(out),
                           "m2m100"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-500:]
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["model_type"] == "m2m_100" and (out / "sentencepiece.bpe.model").exists()
