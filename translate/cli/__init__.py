"""The `translate` command line: parses arguments and calls library functions, nothing more.

One module per command group (like pre-commit's `commands/`): `drafting` (run, update),
`analyze` (segment, terms), `review` (check, stats, report, eval), `publish` (build),
`memory` (learn, memory import/export), `glossary`, `models`. `app` holds the Typer app,
the shared options and the one place errors become messages and exit codes.
"""

from __future__ import annotations

import sys

from translate.cli import analyze, drafting, glossary, memory, models, publish, review
from translate.cli.app import app
from translate.environment import warn_about_clashes

__all__ = ["app", "main"]
_COMMAND_MODULES = (drafting, analyze, review, publish, memory, glossary, models)


def main() -> None:
    """Console entry point."""
    warn_about_clashes()
    app(prog_name="translate")


if __name__ == "__main__":
    sys.exit(main())
