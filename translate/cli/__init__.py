"""The `translate` command line: parses arguments and calls library functions, nothing more.

One module per command group (like pre-commit's `commands/`): `drafting` (run, update),
`analyze` (segment, terms), `review` (check, stats, report, eval), `publish` (build),
`memory` (learn, memory import/export), `glossary`, `models`. `app` holds the Typer app,
the shared options and the one place errors become messages and exit codes.
"""

from __future__ import annotations

import signal
import sys

from translate.cli import analyze, drafting, glossary, memory, models, publish, review
from translate.cli.app import app
from translate.environment import warn_about_clashes

__all__ = ["app", "main"]
_COMMAND_MODULES = (drafting, analyze, review, publish, memory, glossary, models)


def main() -> None:
    """Console entry point."""
    warn_about_clashes()
    signal.signal(signal.SIGTERM, _terminated)  # `kill`: clean up temp files like Ctrl-C
    app(prog_name="translate")


def _terminated(signum, frame) -> None:  # noqa: ANN001 - the signal module's signature
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
