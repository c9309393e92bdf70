"""Values the source says twice and a translation says once, for the numbers check: a year
written alone and again inside a date (`Tết 2027 ... ngày 6/2/2027` ~ `February 6, 2027`), a
value restated after `tức` (`1.000 MW, tức 1 GW` ~ `one gigawatt`), the month written once
for a list of days (`các ngày 8, 9 và 10/12` ~ `December 8, 9 and 10`), and the second of two
years said by its distance from the first (`năm 1070 ... năm 1076` ~ `o šest let později`,
`six years later`), an amount said as a share of another (`1 triệu USD ... 500.000 USD` ~
`milion dolarů ... polovinu`), an age's bound said inclusively (`từ 16 đến dưới 18 tuổi` ~
`aged 16 and 17`), a number word the translation restates in digits in brackets
(`pětikilowattovou … (5 kWp)`); and the reverse, a date's year the translation writes apart
from its day and month (`31/5 năm 2027` ~ `31. května … v roce 2027`, `May 31, … in 2027`)."""

from __future__ import annotations

import re

from translate.review.qa.numread import Num, plain_value
from translate.text.wordnumbers import FRACTION

__all__ = ["pair_said_once"]

# `A, tức B`, `A, tức là B`, `A (tức B)`: the same quantity said again
_RESTATED = re.compile(r"\s*[,(]?\s*tức(?:\s+là)?\s*", re.IGNORECASE)


def _year_again(src: list[Num]) -> None:
    """A year alone beside a date of the same year that the translation kept."""
    years = {s.token.year for s in src if s.matched and s.token.is_date and s.token.year}
    for s in src:
        value = plain_value(s.token)
        if not s.matched and not s.is_word and s.scaled is None and s.key[0] != "percent" and (
                value is not None and 1900 <= value <= 2100 and int(value) in years
                and s.token.text.isdigit()):
            s.matched = True


def _restated(source: str, src: list[Num]) -> None:
    """`1.000 MW, tức 1 GW`: one of the two said is enough."""
    for a, b in zip(src, src[1:], strict=False):
        if a.matched == b.matched:
            continue
        gap = source[a.token.end : b.token.start]
        # the unit between them (`MW`, `tấn/ha`) is a short word; the restating word must be
        unit = re.match(r"\s*[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?(?=[\s,(])", gap)  # there
        rest = gap[unit.end():] if unit else gap
        if _RESTATED.fullmatch(rest):
            a.matched = b.matched = True


def _days_of_month(source: str, src: list[Num], tgt: list[Num]) -> None:
    """`các ngày 8, 9 và 10/12` ~ `December 8, 9 and 10`: the first day takes the month that
    the source writes once after the last."""
    for t in tgt:
        if t.matched or not t.token.is_date or t.token.day is None or t.token.month is None:
            continue
        month = next((s for s in src if not s.matched and not s.is_word and plain_value(
            s.token) == t.token.month and source[: s.token.start].endswith("/")), None)
        if month is None:
            continue
        day = next((s for s in src if not s.matched and not s.is_word and s is not month
                    and s.token.start < month.token.start
                    and plain_value(s.token) == t.token.day
                    and re.fullmatch(r"[\d\s,/và-]*", source[s.token.end : month.token.start])),
                   None)
        if day is not None:
            day.matched = month.matched = t.matched = True


_YEARS_LATER = re.compile(r"[\s\u00a0]+(?P<unit>let|roků|roky|years?)[\s\u00a0]+(?P<dir>později"
                          r"|poté|nato|dříve|předtím|later|after|on|earlier|before)(?!\w)",
                          re.IGNORECASE)
_EARLIER = {"dříve", "předtím", "earlier", "before"}


def _years_apart(target: str, src: list[Num], tgt: list[Num]) -> None:
    """`năm 1070 ... năm 1076` ~ `v roce 1070 ... o šest let později`: a year said as its
    distance from a year of the translation."""
    years = [s for s in src if s.token.kind == "year" or not s.is_word and s.scaled is None
             and s.token.text.isdigit() and len(s.token.text) == 4]
    for t in tgt:
        m = None if t.matched else _YEARS_LATER.match(target, t.token.end)
        n = plain_value(t.token)
        if m is None or n is None:
            continue
        sign = -1 if m["dir"].lower() in _EARLIER else 1
        for s in years:
            if s.matched:
                continue
            base = next((b for b in years if b.matched and b is not s and plain_value(
                b.token) is not None and plain_value(s.token) == plain_value(b.token)
                + sign * n), None)
            if base is not None:
                s.matched = t.matched = True
                break


_FRACTION_PART = re.compile(r"\d/(?=\d)|(?<=\d)/\d")


def _share_of_another(source: str, src: list[Num], tgt: list[Num]) -> None:
    """`1 triệu USD ... 500.000 USD` ~ `milion dolarů ... polovinu`: an amount said as a share
    (a fraction word) of another amount the translation kept. Never a part of a fraction the
    source writes in digits: the `3` of `giảm 1/3` is no quarter of `12 lít`."""
    amounts = [None if _FRACTION_PART.match(source, s.token.end - 1)
               or _FRACTION_PART.match(source, max(0, s.token.start - 1)) else
               s.scaled if s.scaled is not None else plain_value(s.token) for s in src]
    for t in tgt:
        if t.matched or not t.is_word or t.word_kind != FRACTION:
            continue
        share = plain_value(t.token)
        for s, amount in zip(src, amounts, strict=True):
            if s.matched or amount is None or share is None or s.key[0] == "percent":
                continue
            if any(b.matched and b is not s and b.key[0] != "percent" and whole is not None
                   and amount == share * whole for b, whole in zip(src, amounts, strict=True)):
                s.matched = t.matched = True
                break


_UNDER = re.compile(r"(?:đến|tới)\s+(?:dưới|chưa\s+đủ)\s+$", re.IGNORECASE)
_LAST_OF_SPAN = re.compile(r"(?:and|to|through|až|do|a|-|–)[\s\u00a0]*$", re.IGNORECASE)


def _under_as_last(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`từ đủ 16 tuổi đến dưới 18 tuổi` ~ `aged 16 and 17`, `od 16 do 17 let`: the span's
    end below a bound, said as the last whole year inside it."""
    for s in src:
        value = plain_value(s.token)
        if s.matched or value is None or not _UNDER.search(source, 0, s.token.start) or not (
                re.match(r"\s*tuổi", source[s.token.end:])):
            continue
        t = next((t for t in tgt if not t.matched and plain_value(t.token) == value - 1
                  and _LAST_OF_SPAN.search(target, max(0, t.token.start - 6), t.token.start)),
                 None)
        if t is not None:
            s.matched = t.matched = True


def _value_again(src: list[Num], tgt: list[Num]) -> None:
    """Any value the source writes twice, in the same shape, and the translation once
    (`gia nhập ASEAN (1995)` after `(1995)` ~ `both in 1995`): round nine's general form of the
    shapes above, for years and dates (a count or a share said twice is often two things:
    `72 % … 72 %`). Only where the translation has no number left over, so that a changed
    repeat (`2015 ... 2015` → `2015 ... 2016`) is still reported."""
    if any(not t.matched and t.strong for t in tgt):
        return
    said = {(s.key, s.token.text) for s in src if s.matched and not s.is_word}
    for s in src:  # counts and shares repeat as different things (`72 % … 72 %`, `3-2 … 0-2`)
        value = plain_value(s.token)
        if not s.matched and not s.is_word and (s.key, s.token.text) in said and (
                s.token.is_date or s.token.text.isdigit() and value is not None
                and 1000 <= value <= 2100):
            s.matched = True


# between two amounts that share the second's scale word: `z pěti na víc než deset bilionů`
_SHARED_SCALE_GAP = re.compile(r"[\s\u00a0]*(?:-|–|na|do|až|a|to|and|or|nebo)[\s\u00a0]+"
                               r"(?:(?:víc|více|méně|přes|skoro|téměř|zhruba|asi|nearly|almost"
                               r"|about|over|more|less|than|než)[\s\u00a0]+){0,3}$",
                               re.IGNORECASE)


def _scale_once(target: str, src: list[Num], tgt: list[Num]) -> None:
    """`từ 5.000 tỷ lên hơn 10.000 tỷ` ~ `z pěti na víc než deset bilionů`, `from 5 to over 10
    trillion`: the translation writes the scale word once, after the second amount, which is
    paired already and in the source's order."""
    for t in tgt:
        if t.matched or t.scaled is not None or plain_value(t.token) is None:
            continue
        nxt = next((n for n in tgt if n.token.start > t.token.end), None)
        if nxt is None or nxt.scaled is None or not (
                _SHARED_SCALE_GAP.match(target[t.token.end : nxt.token.start])):
            continue
        # the scale the second amount is said in (`deset bilionů`: 10 × 10^12)
        values = {plain_value(t.token) * 10 ** k for k in (3, 6, 9, 12)
                  if 1 <= nxt.scaled / 10 ** k < 1000}
        s = next((s for s in src if not s.matched and s.scaled in values), None)
        # the second amount's own partner comes after: `z 2,34 na 1,8 milionu` for `từ 1,8
        # triệu lên 2,34 triệu` stays a reversed change
        second = next((x for x in src if x.matched and x.partner >= 0
                       and tgt[x.partner] is nxt), None)
        if s is not None and second is not None and s.token.start < second.token.start:
            s.matched = t.matched = True


# `1882 years ago`, `před 1882 lety`: a count of years, no year of a date
_COUNT_OF_YEARS = re.compile(r"[\s\u00a0]+(?:let|lety|roků|roky|years?)(?!\w)", re.IGNORECASE)


def _year_apart(target: str, src: list[Num], tgt: list[Num]) -> None:
    """A source date paired with a day and month written without a year: the translation's
    lone year of that date is the same year said apart (a different year stays unpaired, and
    so does the number of a count of years: `April 15, 114, 1912 years ago`)."""
    for s in src:
        if not (s.matched and s.partner >= 0 and s.token.is_date and s.token.year and s.token.day
                ) or re.search(r"\d{4}", tgt[s.partner].token.text):
            continue
        year = next((t for t in tgt if not t.matched and not t.is_word and t.token.text.isdigit()
                     and plain_value(t.token) == s.token.year
                     and not _COUNT_OF_YEARS.match(target, t.token.end)), None)
        if year is not None:
            year.matched = True


def _word_restated_in_brackets(target: str, tgt: list[Num]) -> None:
    """`pětikilowattovou elektrárnou (5 kWp)`: a number word the translation restates in
    digits in brackets soon after, the digits paired with the source's one value."""
    for t in tgt:
        value = plain_value(t.token)
        if t.matched or not t.is_word or value is None:
            continue
        again = next((n for n in tgt if n.matched and not n.is_word and n.token.start > t.token.end
                      and n.token.start - t.token.end < 80 and plain_value(n.token) == value),
                     None)
        if again is not None and re.fullmatch(r"[^\d()]*\([\s\u00a0]*",
                                              target[t.token.end : again.token.start]):
            t.matched = True


def pair_said_once(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """Pair (or excuse) what the source says twice and the translation once."""
    _under_as_last(source, target, src, tgt)
    _share_of_another(source, src, tgt)
    _years_apart(target, src, tgt)
    _days_of_month(source, src, tgt)
    _year_again(src)
    _year_apart(target, src, tgt)
    _restated(source, src)
    _value_again(src, tgt)
    _scale_once(target, src, tgt)
    _word_restated_in_brackets(target, tgt)
