"""QA checks on PO files: findings per entry, like translate-toolkit's `pofilter` and CheckMate.

Every finding names its file, line, source, check, severity and message; `--format json` prints
them one object per line, and outside tools rely on that shape:

    {"file": str, "line": int, "msgid": str, "check": str, "severity": "error"|"warning",
     "message": str}

One module per check family (`numbers`, `protected`, `vietnamese`, `surface`, `glossary`,
`consistency`) over a small base (`base`: `Finding`, `Issue`, settings); `runner` holds the
registry and runs the families over pairs, catalogs and files.
"""

from translate.review.qa.base import CHECKS, ERROR, WARNING, CheckSettings, Finding, Issue, Pair
from translate.review.qa.runner import (
    CHECK_FAMILIES,
    annotate_drafts,
    check_entries,
    check_files,
    check_pair,
    format_findings,
    has_errors,
    load_inputs,
    qa_line,
)

__all__ = [
    "CHECKS", "ERROR", "WARNING", "CheckSettings", "Finding", "Issue", "Pair", "CHECK_FAMILIES",
    "annotate_drafts", "check_entries", "check_files", "check_pair", "format_findings",
    "has_errors", "load_inputs", "qa_line",
]
