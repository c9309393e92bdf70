"""Dates and years the translation says from the article's date (`CheckSettings.
reference_date`), where the source writes them out.

News copy writes the day of a story as a bare day/month in brackets after its day word
(`Tối qua (28/11)`, `Sáng mai (30/11)`) or after a word that introduces it (`phiên 27/11`,
`Từ 1/12`); the translator gives its weekday (`v sobotu večer`, `on Monday morning`).
`bare_dates` reads such a pair as one date, so that `weekdays.dated_weekday_issues` judges
the weekday (a wrong one stays an error). `reference_issues` then accepts what a translator
leaves out because the article's date says it: the year of a date in the article's year
(`27/8/2026` → `27. srpna`, `tháng 4/2026` → `in April`), a year said by its distance from it
(`năm 2025` → `loni`, `năm 2027` → `next year`), a date said as its day (`Tối 28/11` → `last
night`) and two as `this weekend`; and, with no date needed, the first of two days of one month
given with its month (`14 và 15/3` → `March 14-15`)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numamounts import amount_direction_issues
from translate.review.qa.numdirection import direction_issues
from translate.review.qa.numeach import each_said_as_total
from translate.review.qa.numearly import early_late_issues
from translate.review.qa.nummessages import missing_message, missing_value, shown
from translate.review.qa.nummonths import month_part_issues
from translate.review.qa.numread import month_of_word
from translate.review.qa.numshares import said_shares
from translate.review.qa.periods import added_quarter_issues
from translate.review.qa.weekdaydates import weekday_date_issues
from translate.review.qa.weekdays import date_or_none, names_weekday
from translate.text.numbers import NumberToken, find_numbers

__all__ = ["BareDate", "added_year_issues", "bare_dates", "reference_issues", "stated_reference"]


@dataclass(frozen=True)
class BareDate:
    """A day/month of the source that `find_numbers` reads as two numbers (`(28/11)`)."""

    text: str
    start: int
    day: int
    month: int
    year: int | None = None
    kind: str = "day_month"


# a bare day/month in brackets, or after a word that introduces a day; never part of a longer
# run of digits and slashes (`1/12/2026` is a date already, `3/4/5` no date)
_BARE = re.compile(r"(?:\(\s*|(?<!\w)(?:phiên|từ|đến|tới|hết|vào|tuần)\s+)"
                   r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])(?!\s*(?:số|dân|người|ca|hộ))",
                   re.IGNORECASE)


def _alone(number: str) -> re.Pattern[str]:
    """`number` as a whole number of a text (not in `15` or `1,5`)."""
    return re.compile(rf"(?<![\d,.]){number}(?!\d|[,.]\d)")


def bare_dates(source: str, target: str, target_lang: str, issues: list[Issue]
               ) -> tuple[list[Issue], list[BareDate]]:
    """`issues` with each bare day/month whose day and month are both reported missing as
    numbers said once as the date (`'28/11' is missing`), and those dates; only where the
    translation names a weekday or a day word (the ways the date is judged from them)."""
    issues = list(issues)
    found: list[BareDate] = []
    if not names_weekday(target, target_lang, source) and not _days_said(target, target_lang):
        return issues, found
    for m in _BARE.finditer(source):
        day, month = int(m["d"]), int(m["m"])
        if not (1 <= day <= 31 and 1 <= month <= 12) or m.start("d") and source[
                m.start("d") - 1] == "/":
            continue
        messages = [i.message for i in issues]
        text = f"{m['d']}/{m['m']}"
        if missing_message(text) in messages:  # read as one already (`Từ ngày 1/12 đến 3/12`)
            found.append(BareDate(text, m.start("d"), day, month))
            continue
        if any(len(_alone(n).findall(source)) > 1 and _alone(n).search(target)
               for n in (m["d"], m["m"])):
            continue  # `(30/11) ... 10-30 mm` → `10 až 30`: which 30 is lost is a guess
        lost_day, lost_month = missing_message(m["d"]), missing_message(m["m"])
        if lost_day not in messages or lost_month not in messages or (
                lost_day == lost_month and messages.count(lost_day) < 2):
            continue
        at = messages.index(lost_day)
        issues[at] = Issue(issues[at].check, issues[at].severity, missing_message(text))
        del issues[[i.message for i in issues].index(lost_month)]
        found.append(BareDate(text, m.start("d"), day, month))
    return issues, found


# a day word of the source dated in brackets (`Chiều nay (30/11)`, `Sáng mai (1/12)`): the
# article's own date, the day after it, the day before it
_STATED = re.compile(r"(?<!\w)(?:(?P<today>(?:hôm|sáng|trưa|chiều|tối|đêm)\s+nay)"
                     r"|(?P<tomorrow>(?:ngày|sáng|trưa|chiều|tối|đêm)\s+mai)"
                     r"|(?P<yesterday>(?:hôm|sáng|trưa|chiều|tối|đêm)\s+qua))"
                     r"\s*\(\s*(?:[^\W\d_]+\s*,?\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})"
                     r"(?:/(?P<y>\d{4}))?\s*\)", re.IGNORECASE)
_STATED_SHIFT = {"today": 0, "tomorrow": -1, "yesterday": 1}


def stated_reference(source: str, reference: datetime.date | None) -> datetime.date | None:
    """The article's date as the source states it (`Chiều nay (30/11)` is written on November
    30, `Sáng mai (1/12)` on November 30), else `reference`: the source knows its own day
    better than a date set for a whole batch; only where every such pair agrees, and only
    with a reference to take the year from (the year nearest to it)."""
    if reference is None:
        return None
    days = set()
    for m in _STATED.finditer(source):
        kind = next(k for k in _STATED_SHIFT if m[k])
        years = [int(m["y"])] if m["y"] else [reference.year - 1, reference.year,
                                                reference.year + 1]
        dates = [d for y in years if (d := date_or_none(y, int(m["m"]), int(m["d"])))]
        if not dates:
            return reference
        day = min(dates, key=lambda d: abs((d - reference).days))
        days.add(day + datetime.timedelta(days=_STATED_SHIFT[kind]))
    return days.pop() if len(days) == 1 else reference


# a day said from the article's date (its distance in days), and a weekend for two dates
_DAY_WORDS = {
    "cs": ((r"dnes|dnešn\w*", 0), (r"včera|včerejš\w*", -1), (r"zítra|zítřejš\w*", 1),
           (r"předevčírem", -2), (r"pozítří", 2),
           # the midnight ending the article's day starts the next (`0 giờ ngày mai`)
           (r"(?:dnes|dnešní)\s+(?:o\s+)?půlno\w+|(?:o|od)\s+dnešní\s+půlno\w+", 1)),
    "en": ((r"today|tonight|this\s+(?:morning|afternoon|evening)", 0),
           (r"midnight\s+tonight|tonight\s+at\s+midnight", 1),
           (r"(?<!before\s)yesterday|last\s+night", -1), (r"(?<!after\s)tomorrow", 1),
           (r"the\s+day\s+before\s+yesterday", -2), (r"the\s+day\s+after\s+tomorrow", 2)),
}
_WEEKEND = {"cs": r"(?<!\w)(?:o\s+)?(?:tomto\s+|tento\s+)?víkend\w*",
            "en": r"(?<!\w)(?:this|the)\s+weekend(?!\w)"}
# two days of one month: `28 và 29/11`, `28-29/11`
_TWO_DAYS = re.compile(r"(?<![\d/])(?P<d1>\d{1,2})\s*(?:và|,|-|–)\s*(?P<d2>\d{1,2})/"
                       r"(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?(?![\d/])")


def _days_said(target: str, target_lang: str) -> set[int]:
    """The distances from the article's date of the days the translation names by a word."""
    words = _DAY_WORDS.get(lang_of(target_lang), ())
    return {days for pattern, days in words
            if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", target, re.IGNORECASE)}


def _weekend(source: str, target: str, lang: str, issues: list[Issue],
             reference: datetime.date) -> list[Issue]:
    """`issues` less the two days of a weekend said as `this weekend`/`o tomto víkendu`
    (`28 và 29/11`) when they are the Saturday and Sunday of the article's week."""
    if lang not in _WEEKEND or not re.search(_WEEKEND[lang], target, re.IGNORECASE):
        return issues
    for m in _TWO_DAYS.finditer(source):
        if m["y"]:
            continue  # with its year the second day is a date token, not three numbers
        days = [date_or_none(reference.year, int(m["m"]), int(m[k])) for k in ("d1", "d2")]
        if None in days or [d.isoweekday() for d in days] != [6, 7] or abs(
                (days[0] - reference).days) > 6:
            continue
        lost = [missing_message(m[k]) for k in ("d1", "d2", "m")]
        messages = [i.message for i in issues]
        if all(messages.count(x) >= lost.count(x) for x in lost):
            for x in lost:
                del issues[[i.message for i in issues].index(x)]
    return issues


_CHANGED = re.compile(r"source has '([^']+)', translation has '([^']+)'")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# a year said by its distance from the article's: last year, this year, next year
_BY_DISTANCE = {
    "cs": {-1: r"(?:loni|loňsk)", 0: r"(?:letos|letošn)",
           1: r"(?:příští\w*\s+rok\w*|příštího\s+roku|napřesrok)"},
    "en": {-1: r"(?:last\s+year)", 0: r"(?:this\s+year)",
           1: r"(?:next\s+year|the\s+coming\s+year)"},
}
_WORD = re.compile(r"[^\W\d_]+")


def reference_issues(source: str, target: str, target_lang: str, issues: list[Issue],
                     reference: datetime.date | None, bare: Sequence[BareDate] = ()
                     ) -> list[Issue]:
    """`issues` less a date's year left out when it is the article's year, a month and year
    given as the month (`tháng 4/2026` → `v dubnu`), a year said as `loni`/`next year`, a
    date said as its day (`Tối 28/11` → `last night`; from the article's date or, for a
    translation published a day later, the next: `sáng 30/11` → `dnes ráno`, unless the source
    states its own day) and two as `this weekend`; a weekday the translation writes beside a
    date must be that date's (`weekdaydates`). The checks
    whose value agrees on both sides, so that the pairing cannot see them, add theirs: a
    change's direction (`numdirection`, `numamounts`; `numearly`: earlier or later by a
    length of time), a month's part (`nummonths`), a year
    said as a quarter (`periods`), an amount for each said as the total (`numeach`)."""
    issues = said_shares(source, target, target_lang, issues)  # `2/3, tức 66%` said once
    return _reference_issues(source, target, target_lang, issues, reference, bare) + (
        weekday_date_issues(source, target, target_lang, reference)) + (
        direction_issues(source, target, target_lang)) + (
        amount_direction_issues(source, target, target_lang)) + (  # `tăng 7 bậc` → `down 7`
        early_late_issues(source, target, target_lang)) + (  # `sớm hơn 1 tháng` → `behind`
        month_part_issues(source, target, target_lang)) + (  # `giữa tháng 12` → `late Dec.`
        added_quarter_issues(source, target, target_lang)) + (  # `năm 2026` → `Q1 2026`
        each_said_as_total(source, target, target_lang))  # `mỗi suất` → `in total`


def _reference_issues(source: str, target: str, target_lang: str, issues: list[Issue],
                      reference: datetime.date | None, bare: Sequence[BareDate]) -> list[Issue]:
    lang = lang_of(target_lang)
    issues = _month_shared(source, target, lang, _day_lists(source, target, lang, issues))
    if reference is None or lang not in _BY_DISTANCE or not issues:
        return issues
    sources = {t.text: t for t in find_numbers(source, "vi")}
    sources.update((d.text, d) for d in bare)
    said = _days_said(target, lang)
    if not _STATED.search(source):  # a translation may be dated a day after its source
        said |= {days + 1 for days in said}
    kept = []
    for issue in issues:
        changed, lost = _CHANGED.fullmatch(issue.message), missing_value(issue)
        token = sources.get(changed[1] if changed else lost) if changed or lost else None
        if token is None or not (_in_reference_year(token, target, lang, reference, changed)
                                 or lost and _said_as_day(token, said, reference)):
            kept.append(issue)
    return _weekend(source, target, lang, kept, reference)


# `5. a v neděli 6. prosince`: a day whose month is written once, after the next day's
_NEXT_DAY_MONTH = re.compile(r"\.[\s\u00a0]*(?:a|i)[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+){0,3}?"
                             r"\d{1,2}\.[\s\u00a0]+(?P<mon>[^\W\d_]+)")


def _month_shared(source: str, target: str, lang: str, issues: list[Issue]) -> list[Issue]:
    """`thứ Bảy (5/12) và Chủ nhật (6/12)` ~ `v sobotu 5. a v neděli 6. prosince`: the first
    date's day in Czech with the month written once after the second day; kept where the
    month named is another."""
    if lang != "cs":
        return issues
    dates = {t.text: t for t in find_numbers(source, "vi") if t.day and t.month}
    kept = []
    for issue in issues:
        changed = _CHANGED.fullmatch(issue.message)
        token = dates.get(changed[1]) if changed else None
        if token is None or changed[2] != str(token.day) or not any(
                (m := _NEXT_DAY_MONTH.match(target, t.end)) and month_of_word(
                    m["mon"], lang) == token.month
                for t in find_numbers(target, lang) if t.text == changed[2]):
            kept.append(issue)
    return kept


def _day_lists(source: str, target: str, lang: str, issues: list[Issue]) -> list[Issue]:
    """`issues` less the first day of two said with one month (`14 và 15/3`) when the
    translation has that day with the same month (`March 14-15`, `14. a 15. března`): it is
    read as a bare number in the source, as a date or an ordinal day in the translation."""
    if lang not in _BY_DISTANCE or not _TWO_DAYS.search(source):
        return issues
    kept = []
    theirs = find_numbers(target, lang)
    for issue in issues:
        changed = _CHANGED.fullmatch(issue.message)
        first = next((m for m in _TWO_DAYS.finditer(source) if changed and m["d1"] == changed[1]),
                     None)
        if first is None or not any(t.text == changed[2] and (
                t.day == int(first["d1"]) and t.month == int(first["m"]) or t.day is None
                and t.text == first["d1"] and re.match(
                    rf"\.?\s*(?:a|až|-|–)\s*{first['d2']}\.\s+\w+", target[t.end:])
                and _month_after(target[t.end:], lang) == int(first["m"])) for t in theirs):
            kept.append(issue)
    return kept


def _month_after(text: str, lang: str) -> int:
    """The month named by the first word after `. a 15. ` (`března`), 0 for none."""
    words = _WORD.findall(text)
    return month_of_word(words[1], lang) if len(words) > 1 else 0


def _said_as_day(token: NumberToken, said: set[int], reference: datetime.date) -> bool:
    """A day-month date the translation says as `včera`, `last night`, `tomorrow`: its
    distance from the article's date (in the article's year, or its own) is the word's."""
    if token.day is None or token.month is None or not said:
        return False
    day = date_or_none(token.year or reference.year, token.month, token.day)
    return day is not None and (day - reference).days in said


def _in_reference_year(token: NumberToken, target: str, lang: str, reference: datetime.date,
                       changed: re.Match[str] | None) -> bool:
    """Whether the translation says the source's date or year from the article's date."""
    if token.kind == "year" and changed is None and token.value is not None:
        distance = int(token.value) - reference.year
        said = _BY_DISTANCE[lang].get(distance)
        return said is not None and re.search(r"(?<!\w)" + said, target, re.IGNORECASE) is not None
    if token.day is not None and token.month is not None and token.year is not None and (
            changed is not None and token.year != reference.year):
        return _year_said_after(token, target, lang, reference, changed[2])
    if token.year != reference.year or token.month is None:
        return False
    if token.day is not None:  # `27/8/2026` → `27. srpna`: the same day and month, no year
        if changed is None:
            return False
        theirs = [t for t in find_numbers(target, lang) if t.text == changed[2]]
        return any(t.day == token.day and t.month == token.month and t.year is None
                   for t in theirs)
    if changed is not None:  # a month and year: the month named, no year after it
        return False
    for word in _WORD.finditer(target):
        if month_of_word(word.group(), lang) == token.month and not _YEAR.match(
                target[word.end():word.end() + 6].strip(" ,")):
            return True
    return False


def _year_said_after(token: NumberToken, target: str, lang: str, reference: datetime.date,
                     written: str) -> bool:
    """`1/7/2027` → `1. července příštího roku`, `July 1 next year` in an article of 2026: the
    same day and month, the year said by its distance right after them (not elsewhere in the
    sentence, and never for a year two or more away)."""
    said = _BY_DISTANCE[lang].get(token.year - reference.year)
    return said is not None and any(
        t.day == token.day and t.month == token.month and t.year is None and re.match(
            r"[\s\u00a0,]*" + said, target[t.end:], re.IGNORECASE) is not None
        for t in find_numbers(target, lang) if t.text == written)


# a date the source gives without its year lies within a year of the article's date
_NEAR_DAYS = 366


def added_year_issues(source: str, src: Sequence, tgt: Sequence,
                      reference: datetime.date | None) -> list[Issue]:
    """`ngày 20/3` → `March 20, 2025` in an article of November 2026: a year the translation
    adds to a day and month the source gives without one, when that day of that year is more
    than a year from the article's date (the next or last March 20 is meant) and the source
    names the year nowhere (`năm 2025`, another date's year)."""
    if reference is None:
        return []
    for s in src:
        if s.partner < 0 or not s.token.is_date or s.token.year is not None or not (
                s.token.day and s.token.month):
            continue
        t = tgt[s.partner]
        year = t.token.year if t.token.is_date else None
        if not year or str(year) in source:
            continue
        day = date_or_none(year, s.token.month, s.token.day)
        if day is not None and abs((day - reference).days) > _NEAR_DAYS:
            return [Issue("numbers", ERROR, f"{shown(t.token.text)} in the translation adds the "
                                            f"year {year} to {shown(s.token.text)}, more than a "
                                            "year from the article's date")]
    return []
