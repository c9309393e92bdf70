"""A weekday written beside a date in the translation (`do čtvrtka 2. prosince`, `Sunday,
December 5`, `od úterý 7. do čtvrtka 10. prosince`) must be that date's weekday: the source
gives the date alone and the translator adds its day, so a wrong one is the translator's.
The year is the date's own, the source's for that day and month, else the article's (the next
or last one across the new year); without any of them nothing is judged. A source that names
weekdays itself is left to `weekdays.weekday_issues` (a slip in the source is not the
translator's)."""

from __future__ import annotations

import datetime
import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.weekdays import (
    date_or_none,
    weekday_number,
    weekday_pattern,
    year_near,
)
from translate.text.numbers import find_numbers

__all__ = ["weekday_date_issues"]

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the weekday right before its date: `pátek 27. listopadu`, `Sunday, December 5`, `(Friday) 4`;
# a part of the day between them, the date in brackets (`v sobotu odpoledne (28. listopadu)`,
# `Friday evening, December 4`)
_BESIDE = re.compile(r"[\s\u00a0,]*(?:(?:ráno|dopoledne|odpoledne|večer|v\s+noci|morning"
                     r"|afternoon|evening|night)[\s\u00a0,]*)?\(?(?:the\s+)?", re.IGNORECASE)
# the first day of a span whose month comes with its last: `úterý 7. do čtvrtka 10. prosince`
_SPAN_START = re.compile(r"[\s\u00a0,]*(\d{1,2})\.[\s\u00a0]*(?:do|až|a|-|–)[\s\u00a0]*"
                         r"(?:[^\W\d_]+[\s\u00a0]+)?")
# two weekdays for a span of dates: `Saturday and Sunday, December 5 and 6`, `Monday to Friday,
# December 7-11`: the first weekday is the first day's, the second the last day's
# (`v pátek a v sobotu 4. a 5. prosince`, `on Friday and on Saturday`: a preposition again)
_JOINED = re.compile(r"[\s\u00a0]*(?:and|to|through|till|until|a|až|do|-|–)[\s\u00a0]*"
                     r"(?:(?:v|ve|on)[\s\u00a0]+)?$", re.IGNORECASE)
_SPAN_END = re.compile(r"[\s\u00a0]*(?:and|to|through|till|until|a|až|do|-|–)[\s\u00a0]*"
                       r"(\d{1,2})(?!\d)", re.IGNORECASE)
_VI_WEEKDAY = re.compile(r"(?<!\w)(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|T[2-7]"
                         r"|CN)(?!\w)", re.IGNORECASE)


def weekday_date_issues(source: str, target: str, target_lang: str,
                        reference: datetime.date | None) -> list[Issue]:
    """An error for each weekday beside a date of the translation that falls on another day."""
    lang = lang_of(target_lang)
    pattern = weekday_pattern(lang)
    if pattern is None or _VI_WEEKDAY.search(source):
        return []
    found = list(pattern.finditer(target))  # before tokenising: most pairs name no weekday
    if not found:
        return []
    dates = [t for t in find_numbers(target, lang) if t.day and t.month]
    if not dates:
        return []
    years = {(t.day, t.month): t.year for t in find_numbers(source, "vi")
             if t.day and t.month and t.year}
    issues = []
    for k, m in enumerate(found):
        after = next((t for t in dates if t.start >= m.end()), None)
        if after is None:
            continue
        judged = _judged_day(target, lang, found, k, after)
        if judged is None:
            continue
        day, said = judged
        year = after.year or years.get((day, after.month))
        date = _dated(year, after.month, day, reference)
        if date is not None and date.isoweekday() != weekday_number(m.group()):
            issues.append(Issue("numbers", ERROR, f"'{said}': {date.isoformat()} is a "
                                f"{_NAMES[date.weekday()]}, a wrong weekday for the date"))
    return issues


def _judged_day(target: str, lang: str, found: list[re.Match[str]], k: int, after
                ) -> tuple[int, str] | None:
    """The day of the month the `k`-th weekday names and the words that say it, or None where
    it stands beside no date: right before it (`Sunday, December 5`, `pátek 27. listopadu`), as
    the first day of a span (`úterý 7. do čtvrtka 10. prosince`), or as one of two weekdays
    for a span (`Saturday and Sunday, December 5 and 6`, `od pondělí do pátku 7. až 11.`)."""
    m = found[k]
    nxt = found[k + 1] if k + 1 < len(found) else None
    if nxt is not None and nxt.end() <= after.start and _JOINED.fullmatch(
            target, m.end(), nxt.start()):  # the first of two weekdays: the span's first day
        first = _span_start(target[nxt.end() : after.start], lang)
        return None if first is None else (first or after.day, target[m.start() : after.end])
    gap = target[m.end() : after.start]
    if k and _JOINED.fullmatch(target, found[k - 1].end(), m.start()):  # the second: the last
        if _span_start(gap, lang):
            return after.day, target[m.start() : after.end]
        last = _SPAN_END.match(target, after.end) if _BESIDE.fullmatch(gap) else None
        return None if last is None else (int(last[1]), target[m.start() : last.end()])
    first = _span_start(gap, lang)
    if first is None:
        return None
    return (first, f"{m.group()} {first}.") if first else (after.day, target[m.start() :
                                                                             after.end])


def _span_start(gap: str, lang: str) -> int | None:
    """0 where a weekday's date follows right after `gap`, the first day where `gap` opens a
    Czech span whose month comes with its last day (`7. do`), None otherwise."""
    span = _SPAN_START.fullmatch(gap) if lang == "cs" else None
    if span:
        return int(span[1])
    return 0 if _BESIDE.fullmatch(gap) else None


def _dated(year: int | None, month: int, day: int,
           reference: datetime.date | None) -> datetime.date | None:
    """The date in its own year, else in the article's (`weekdays.year_near`)."""
    if not year and reference is None:
        return None
    return date_or_none(year or year_near(month, reference), month, day)
