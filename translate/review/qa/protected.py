"""Protected tokens, markup and placeholders: what must come through byte for byte.

Vietnamese document numbers must survive letter for letter (`657-QD/TU` for `657-QĐ/TU` is an
error); inline markup must be kept; no `QZn` placeholder may be left over.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from translate.draft.protect import find_tokens
from translate.review.qa.base import ERROR, Issue, Pair
from translate.review.qa.periods import period_code
from translate.text.normalize import strip_marks
from translate.text.numwords import season_years

__all__ = ["protected_spans", "compare_protected", "compare_markup", "added_markup",
           "protected_issues", "markup_issues"]

_VERBATIM = ("docref", "docnum", "url", "email", "code", "dnt")
_LEFTOVER_PLACEHOLDER = re.compile(r"(?<![A-Za-z])Q\s?Z\s?\d{1,3}(?!\d)")


def _fold(text: str) -> str:
    """ASCII skeleton for spotting altered tokens: `657-QĐ/TU` → `657-qd/tu`."""
    return strip_marks(text).lower()


def _tokens(text: str, glossary=None, lang: str = "vi"):
    return find_tokens(text, glossary, lang=lang, numbers=False)


def protected_spans(text: str, glossary=None, lang: str = "vi") -> list[tuple[int, int]]:
    """Spans of the protected tokens (`translate.draft.protect`): document numbers, codes..."""
    return [(t.start, t.end) for t in _tokens(text, glossary, lang)]


def compare_protected(source: str, target: str, glossary=None, source_lang: str = "vi") -> list[
    Issue
]:
    """Every protected token of the source must appear verbatim (NFC) in the target.

    A document reference (`Nghị quyết số 25-NQ/TW`) is rendered in words, so only its code
    (`25-NQ/TW`) is required.
    """
    issues = []
    tgt_nfc = unicodedata.normalize("NFC", target)
    tgt_words = [w.strip(".:;,!?") for w in re.findall(r"[^\s,;()\[\]„“\"']+", tgt_nfc)]
    for token in _tokens(source, glossary, source_lang):
        if token.kind not in _VERBATIM:
            continue
        value = unicodedata.normalize("NFC", token.value)
        if value in tgt_nfc or token.kind == "code" and period_code(value):
            continue  # `quý I/2024` is a quarter and a year (`Q1 2024`): the numbers check's
        season = season_years(value)  # `SS19` ~ `jaro/léto 2019`
        if season and all(str(year) in tgt_nfc for year in season.values()):
            continue
        folded = _fold(value)
        altered = next((w for w in tgt_words if w != value and _fold(w) == folded), None)
        if altered:
            issues.append(Issue("protected", ERROR, f"{value!r} was altered to {altered!r}"))
        else:
            issues.append(Issue("protected", ERROR, f"{value!r} is missing from the translation"))
    return issues


def _markup(text: str, lang: str) -> Counter:
    return Counter(t.source.strip() for t in _tokens(text, lang=lang) if t.kind == "markup")


def added_markup(source: str, target: str, target_lang: str = "cs") -> list[str]:
    """HTML tags and links in the translation that the source does not have: what a reviewer
    typed (`<script>`, `<img onerror=...>`, `[x](javascript:...)`) and a built page would run.
    Emphasis (`**x**`) is not counted."""
    added = _markup(target, target_lang) - _markup(source, "vi")
    return [m for m in added.elements() if m.startswith("<") or "](" in m]


def compare_markup(source: str, target: str, target_lang: str = "cs") -> list[Issue]:
    """Inline markup (md emphasis, links, html tags) kept, and no `QZn` placeholder left over."""
    issues = []
    leftovers = _LEFTOVER_PLACEHOLDER.findall(target)
    if leftovers and not _LEFTOVER_PLACEHOLDER.search(source):
        issues.append(Issue("markup", ERROR, "placeholder left in the translation: "
                                             + ", ".join(leftovers)))

    src, tgt = _markup(source, "vi"), _markup(target, target_lang)
    if src != tgt:
        parts = []
        if src - tgt:
            parts.append("missing " + " ".join((src - tgt).elements()))
        if tgt - src:
            parts.append("added " + " ".join((tgt - src).elements()))
        issues.append(Issue("markup", ERROR, "markup differs: " + "; ".join(parts)))
    return issues


def protected_issues(pair: Pair) -> list[Issue]:
    return compare_protected(pair.source, pair.target, pair.settings.glossary,
                             pair.settings.source_lang)


def markup_issues(pair: Pair) -> list[Issue]:
    return compare_markup(pair.source, pair.target, pair.target_lang)
