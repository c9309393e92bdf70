"""Surface checks: unchanged text, end punctuation, doubled words and spaces, length ratio."""

from __future__ import annotations

import re

from translate.review.qa.base import WARNING, Issue, Pair, lang_of

__all__ = ["unchanged_issues", "surface_issues"]


def unchanged_issues(pair: Pair) -> list[Issue]:
    """A translation identical to a source that has words (not just numbers or names)."""
    if pair.target.strip() == pair.source.strip() and re.search(r"[^\W\d_]{2}", pair.source):
        return [Issue("unchanged", WARNING, "translation is identical to the source")]
    return []


_END_MARKS = ".!?…:;"
_TRAILERS = "\"'”“„»«)]*_ \u00a0"


def _end_punct(text: str) -> str:
    """The sentence's final mark, looking through closing quotes and brackets either side
    (`… vstupem“.` and `… vstupem.“` both end with '.')."""
    tail = []
    for ch in reversed(text.rstrip()):
        if ch not in _END_MARKS and ch not in _TRAILERS:
            break
        tail.append(ch)
    marks = [c for c in tail if c in _END_MARKS]  # reversed: the last mark first
    if not marks:
        return ""
    return "." if marks[0] == "…" else marks[0]


def surface_issues(pair: Pair) -> list[Issue]:
    """End punctuation, doubled words and spaces, length ratio."""
    source, target, settings, target_lang = (pair.source, pair.target, pair.settings,
                                             pair.target_lang)
    issues = []
    if settings.wants("endpunc"):
        s_end, t_end = _end_punct(source), _end_punct(target)
        if s_end != t_end:
            issues.append(Issue("endpunc", WARNING,
                                f"source ends with {s_end or 'no punctuation'!r}, translation "
                                f"with {t_end or 'no punctuation'!r}"))
    if settings.wants("doublewords"):
        src_doubles = {m.group(1).lower() for m in _DOUBLE.finditer(source)}
        legit = _LEGIT_DOUBLES.get(lang_of(target_lang), ())
        doubled = dict.fromkeys(m.group(1).lower() for m in _DOUBLE.finditer(target)
                                if m.group(1).lower() not in src_doubles
                                and m.group(1).lower() not in legit)
        if doubled:
            issues.append(Issue("doublewords", WARNING, "word repeated: " + ", ".join(doubled)))
    if settings.wants("doublespaces"):
        if "  " in target.strip() and "  " not in source.strip():
            issues.append(Issue("doublespaces", WARNING, "double space in the translation"))
        if target != target.strip() and source == source.strip():
            issues.append(Issue("doublespaces", WARNING,
                                "leading or trailing space in the translation"))
    if settings.wants("length") and len(source) >= 30:
        ratio = len(target) / len(source)
        if not settings.min_ratio <= ratio <= settings.max_ratio:
            issues.append(Issue("length", WARNING,
                                f"translation is {ratio:.1f}× the source's length"))
    return issues


_LEGIT_DOUBLES = {"cs": ("se",)}  # `setkal se se zástupci`: reflexive + preposition


_DOUBLE = re.compile(r"(?<!\w)([^\W\d_]+)\s+\1(?!\w)", re.IGNORECASE)
