"""Dates, months and times said in another shape (for `numexplain.pair_by_meaning`): the
year's first months as named months or quarters (`9 tháng đầu năm` ~ `January-September`), a
time given in another time zone (`19h45` ~ `14.45 SEČ`), a day known by its name (`31/12` ~
`New Year's Eve`) and a night said by the day it ends in (`đêm 31/12` ~ `v noci na 1. ledna`).
Moved out of `numexplain` (a pure move) to keep both modules under the size limit.
"""

from __future__ import annotations

import datetime
import re

from translate.review.qa.numread import Num, months_named, plain_value
from translate.text.wordbase import ORDINAL

__all__ = ["pair_months_of_year", "pair_named_days", "pair_time_zones"]

_FIRST_MONTHS = re.compile(r"[\s\u00a0]*tháng\s+đầu\s+năm", re.IGNORECASE)
# a count of months (`9 tháng`), never a date's day before its month (`9 tháng 10`)
_COUNTED_MONTHS = re.compile(r"[\s\u00a0]*tháng(?![\s\u00a0]*(?:\d|giêng|chạp|một|hai|ba|tư"
                             r"|năm|sáu|bảy|tám|chín|mười)(?!\w))", re.IGNORECASE)
_QUARTER_BEFORE = re.compile(r"quý\s*$", re.IGNORECASE)
_FIRST_QUARTER = re.compile(r"(?<!\w)quý\s+(?:I|1)(?![\w.])", re.IGNORECASE)
_FIRST_THREE_MONTHS = re.compile(r"(?<!\w)(?:first|prvních|první)[\s\u00a0]+(?:three|3|tři"
                                 r"|třech)[\s\u00a0]+(?:months|měsíc\w*)(?!\w)", re.IGNORECASE)
_QUARTERS = re.compile(r"[\s\u00a0-]+(?:quarters?|čtvrtlet\w*)", re.IGNORECASE)


def pair_months_of_year(source: str, target: str, src: list[Num], tgt: list[Num],
                        lang: str) -> None:
    """`9 tháng đầu năm` (the first nine months) ~ `January-September`, `od ledna do září`,
    `the first three quarters`; `9 tháng` ~ `za tři čtvrtletí`; `quý I` ~ `between January
    and March`."""
    named = months_named(target, lang)
    if _FIRST_QUARTER.search(source) and _FIRST_THREE_MONTHS.search(target):
        # `quý I/2027` ~ `the first three months of 2027`: the quarter's months said (its `I`
        # may be paired with `first` already); one three is left over for them
        three = next((t for t in tgt if not t.matched and 3 in t.values()), None)
        if three is not None:
            three.matched = True
    for s in src:
        value = plain_value(s.token)
        if s.matched or value is None or value != int(value) or not 1 <= value <= 12:
            continue
        if _QUARTER_BEFORE.search(source, max(0, s.token.start - 6), s.token.start):
            last = 3 * int(value) if value <= 4 else 0  # `quý I`: January to March
            s.matched = last > 0 and {last - 2, last} <= named
            continue
        first = _FIRST_MONTHS.match(source, s.token.end)
        if not first and not (value % 3 == 0 and _COUNTED_MONTHS.match(source, s.token.end)):
            continue  # (a span of months, `9 tháng`, is as long as three quarters anyway)
        if first and {1, int(value)} <= named and value > 1:  # `January-September`
            s.matched = True
            continue
        for t in tgt:  # `the first three quarters`, `první tři čtvrtletí`
            if not first and t.word_kind == ORDINAL:
                continue  # (`9 tháng` is no `the third quarter`)
            if not t.matched and value % 3 == 0 and value / 3 in t.values() and (
                    _QUARTERS.match(target, t.token.end) or "quarter" in t.token.text.lower()):
                s.matched = t.matched = True
                break


# A time given in another time zone than Vietnam's (UTC+7): the hours that zone is behind
# Vietnam; a zone named with its season has one shift, one without two (winter, summer),
# narrowed by the month of a date in the source (`5/1`: winter)
_ZONES = ((re.compile(r"středoevrops\w* letního času|SELČ|CEST|Central European Summer",
                      re.IGNORECASE), (5,)),
          (re.compile(r"středoevrops\w* času|SEČ|CET\b|Central European|Prague time"
                      r"|pražského času", re.IGNORECASE), (6, 5)),
          (re.compile(r"GMT|UTC"), (7,)), (re.compile(r"BST"), (6,)),
          (re.compile(r"greenwichsk\w*|London time|londýnsk\w* času"), (7, 6)),
          (re.compile(r"EDT"), (11,)), (re.compile(r"EST"), (12,)),
          (re.compile(r"\bET\b|New York time|Washington time|newyorsk\w* času"
                      r"|washingtonsk\w* času"), (12, 11)),
          (re.compile(r"Tokyo time|JST|tokijsk\w* času|Seoul time|KST"), (-2,)),
          (re.compile(r"Beijing time|pekingsk\w* času|Singapore time|Hong Kong time"), (-1,)))


_WINTER = {11, 12, 1, 2}
_SUMMER = {4, 5, 6, 7, 8, 9}


def pair_time_zones(target: str, src: list[Num], tgt: list[Num]) -> None:
    """`19h45 (giờ Việt Nam)` ~ `14.45 středoevropského času`, `12:45 GMT`: the same moment."""
    months = {s.token.month for s in src if s.token.is_date and s.token.month} or {0}
    for t in tgt:
        if t.matched or t.time is None:
            continue
        after = target[t.token.end : t.token.end + 40]
        shifts = next((hours for zone, hours in _ZONES if zone.search(after)), ())
        if len(shifts) == 2 and months <= _WINTER:
            shifts = shifts[:1]
        elif len(shifts) == 2 and months <= _SUMMER:
            shifts = shifts[1:]
        # unpaired source times first; then one already paired: the translator gave the
        # time in both zones (`od 20:10 hanojského času, tedy ve 14:10 SEČ`)
        for s in sorted(src, key=lambda n: n.matched):
            if s.time is not None and s.time.minute == t.time.minute and any(
                    (s.time.hour - t.time.hour - h) % 12 == 0 for h in shifts):
                s.matched = t.matched = True
                break


# days known by name: `đêm 31/12` ~ `Silvestr`, `New Year's Eve`
_NAMED_DAYS = {(31, 12): {"cs": r"silvestr", "en": r"new year's eve"},
               (1, 1): {"cs": r"nový rok|nového roku|novoroční", "en": r"new year's day"},
               (24, 12): {"cs": r"štědr\w* (?:den|večer)", "en": r"christmas eve"},
               (25, 12): {"cs": r"boží hod", "en": r"christmas day"},
               (8, 3): {"cs": r"mezinárodní\w* d\w+ žen|\bmdž\b",
                        "en": r"international women's day"},
               (20, 10): {"cs": r"vietnamsk\w* d\w+ žen", "en": r"vietnamese women's day"},
               (1, 6): {"cs": r"d\w+ dětí", "en": r"children's day"},
               (1, 5): {"cs": r"svát\w* práce|první\w* máj", "en": r"may day|labou?r day"
                                                                  r"|workers' day"},
               (30, 4): {"cs": r"d\w+ (?:sjednocení|osvobození)",
                         "en": r"reunification day|liberation day"},
               (2, 9): {"cs": r"státní\w* svát\w*|d\w+ nezávislosti",
                        "en": r"national day|independence day"},
               (20, 11): {"cs": r"d\w+ učitel\w*", "en": r"teachers' day"},
               (14, 2): {"cs": r"valentýn\w*|svatého valentýna", "en": r"valentine's day"}}
# the last day of a year with its year: `trước 31/12/2026` ~ `by the end of 2026`
_YEAR_END_BEFORE = re.compile(r"(?:end\s+of|konce|koncem|konci|konec)\s+(?:roku\s+)?$",
                              re.IGNORECASE)
_NIGHT = re.compile(r"(?<!\w)đêm(?:\s+ngày)?\s*$", re.IGNORECASE)
# `v noci na 1. ledna`, `od noci na 5. prosince`, `overnight into January 1`
_NIGHT_INTO = re.compile(r"(?:(?<!\w)noc[ie]?\s+na|overnight\s+(?:into|to)|night\s+(?:into|to))"
                         r"\s*$", re.IGNORECASE)


def pair_named_days(source: str, target: str, src: list[Num], tgt: list[Num], lang: str) -> None:
    """A date said by its name (`31/12` ~ `New Year's Eve`), or a night said by the day it
    ends in (`đêm 31/12` ~ `v noci na 1. ledna`)."""
    for s in src:
        tok = s.token
        if s.matched or not tok.is_date or not tok.day:
            continue
        name = _NAMED_DAYS.get((tok.day, tok.month), {}).get(lang)
        named = bool(name and re.search(name, target, re.IGNORECASE))
        year = next((t for t in tgt if not t.matched and tok.year and plain_value(t.token)
                     == tok.year and (named or (tok.day, tok.month) == (31, 12)
                                      and _YEAR_END_BEFORE.search(target, max(
                                          0, t.token.start - 16), t.token.start))), None)
        if named or year is not None:  # `1/1/2027` ~ `New Year's Day 2027`; `31/12/2026` ~
            s.matched = True  # `the end of 2026`, `do konce roku 2026`
            if year is not None:
                year.matched = True
            continue
        if not _NIGHT.search(source[max(0, tok.start - 12) : tok.start]):
            continue
        after = datetime.date(2001, tok.month, tok.day) + datetime.timedelta(days=1)
        for t in tgt:
            if not t.matched and t.token.is_date and (t.token.month, t.token.day) in (
                    (tok.month, tok.day), (after.month, after.day)) and _NIGHT_INTO.search(
                    target[max(0, t.token.start - 16) : t.token.start]):
                s.matched = t.matched = True
                break
