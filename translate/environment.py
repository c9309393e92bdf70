"""The environment the tool runs in: clashes with translate-toolkit, which installs a package
under the same import name `translate`.

Installed into one environment the two overwrite each other's `translate/__init__.py` and
break (`ImportError: cannot import name 'GENERATOR'`). The README recommends an isolated
install (pipx, or a venv of its own); the CLI says so when it finds the other package.
"""

from __future__ import annotations

import sys
from importlib import metadata

CLASHING_DISTRIBUTIONS = ("translate-toolkit",)


def clashing_distributions() -> list[str]:
    """Installed distributions that also provide the top-level package `translate`."""
    found = []
    for name in CLASHING_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found.append(f"{name} {dist.version}")
    return found


def clash_message(found: list[str]) -> str:
    return (f"warning: {', '.join(found)} is installed in this Python environment and uses the "
            "same import name `translate`; the two packages overwrite each other. Install "
            "vi-translate in an environment of its own: `pipx install .` or "
            "`python -m venv .venv && .venv/bin/pip install -e .`")


def warn_about_clashes() -> None:
    found = clashing_distributions()
    if found:
        print(clash_message(found), file=sys.stderr)
