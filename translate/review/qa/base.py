"""What every QA check shares: the finding a check reports, its settings, and the registry.

A check family is a function `(source, target, target_lang, context) -> list[Issue]` over one
translated sentence; `CHECK_FAMILIES` (in `translate.review.qa.runner`) lists them in the
order findings are reported, and `CHECKS` names every check a user can ask for with `--only`.
A family may report several checks (`surface` reports `endpunc`, `doublewords`, ...).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"

# Every check, in the order findings of one entry are listed. Entry-state checks
# (untranslated, fuzzy) and the cross-file one (consistency) are not pair checks.
CHECKS = (
    "untranslated",
    "fuzzy",
    "unchanged",
    "numbers",
    "protected",
    "glossary",
    "markup",
    "vietnamese",
    "consistency",
    "endpunc",
    "doublewords",
    "doublespaces",
    "length",
    "long",
)


@dataclass(frozen=True)
class Finding:
    """One QA problem of one PO entry (the JSON contract's fields, in its order)."""

    file: str
    line: int
    msgid: str
    check: str
    severity: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.check}: {self.message}"


@dataclass(frozen=True)
class CheckSettings:
    """What to check and against what. `checks=None` runs them all."""

    source_lang: str = "vi"
    glossary: object | None = None  # translate.terms.model.Glossary
    checks: frozenset[str] | None = None
    min_ratio: float = 0.4  # target/source characters, sentences of 30+ characters
    max_ratio: float = 2.5
    # the article's date: a day-month date the translation gives as its weekday (`Chiều 27/11`
    # → `v pátek odpoledne`) is judged in this date's year; None: no year, no judgement
    reference_date: datetime.date | None = None

    def wants(self, check: str) -> bool:
        return self.checks is None or check in self.checks


@dataclass
class Issue:
    """A problem found in one source/target pair, before it is tied to a file and line."""

    check: str
    severity: str
    message: str


@dataclass
class Pair:
    """One translated sentence as the pair checks see it: source, target, target language
    and the settings, plus what several families need (the glossary matcher, built once per
    file by the caller)."""

    source: str
    target: str
    target_lang: str
    settings: CheckSettings
    matcher: object | None = None  # translate.terms.matcher.TermMatcher
    context: object | None = None  # translate.terms.newscontext.NewsContext: the article's

    def wants(self, check: str) -> bool:
        return self.settings.wants(check)


def lang_of(code: str) -> str:
    """`cs_CZ`, `cs-CZ`, `CS` → `cs`."""
    return code.split("_")[0].split("-")[0].lower()
