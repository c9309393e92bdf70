"""A span of the year said by its name: whole months by their dates or two quarters
(`từ 1/1 đến 30/6`, `quý I và quý II` ~ `the first half`), months counted in quarters (`9 tháng`
~ `první tři čtvrtletí`) and the first quarter said by its months. Kept apart from
`numimplicit` (numbers said without one) so that each stays small; the pairing calls it."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import lang_of
from translate.review.qa.numimplicit import last_day
from translate.review.qa.numread import Num, plain_value
from translate.review.qa.periods import two_quarters
from translate.text.wordnumbers import ORDINAL, find_word_numbers

__all__ = ["pair_parts_of_year"]


# a span of dates that is a named part of the year: `từ 1/1 đến 30/6` ~ `the first half`
_DATE_SPAN = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?"
                        r"(\d{1,2})/(\d{1,2})(?![\d/])")
_PARTS_OF_YEAR = {
    (1, 6): {"cs": r"první\w* pololetí|první\w* polovin\w* roku|prvních šest měsíc",
             "en": r"first half|\bh1\b|first six months"},
    (7, 12): {"cs": r"druh\w* pololetí|druh\w* polovin\w* roku|posledních šest měsíc",
              "en": r"second half|\bh2\b|last six months"},
    (1, 3): {"cs": r"první\w* čtvrtletí", "en": r"first quarter|\bq1\b"},
    (4, 6): {"cs": r"druh\w* čtvrtletí", "en": r"second quarter|\bq2\b"},
    (7, 9): {"cs": r"třetí\w* čtvrtletí", "en": r"third quarter|\bq3\b"},
    (10, 12): {"cs": r"čtvrt\w* čtvrtletí|poslední\w* čtvrtletí",
               "en": r"fourth quarter|final quarter|\bq4\b"},
}


# two quarters that make a half: `quý I và quý II` ~ `the first half`, `quý III, IV` ~ `druhé
# pololetí` (the two numbers are the half's, not missing)
_QUARTER_PAIR = re.compile(two_quarters("I|III|1|3", "II|IV|2|4"), re.IGNORECASE)
_QUARTER_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _spans_of_year(source: str) -> list[tuple[int, int, int, int]]:
    """(start, end, first month, last month) of the source's spans that are a part of the
    year: whole months by their dates (`từ 1/1 đến 30/6`), two quarters (`quý I và quý II`)."""
    spans = []
    for m in _DATE_SPAN.finditer(source):
        d1, m1, d2, m2 = (int(g) for g in m.groups())
        if d1 == 1 and 1 <= m2 <= 12 and d2 == last_day(m2, None):
            spans.append((m.start(), m.end(), m1, m2))
    for m in _QUARTER_PAIR.finditer(source):
        q1, q2 = (_QUARTER_NUMBER[g.lower()] for g in m.groups())
        if q2 == q1 + 1:
            spans.append((m.start(), m.end(), 3 * q1 - 2, 3 * q2))
    return spans


def pair_parts_of_year(source: str, target: str, src: list[Num], tgt: list[Num],
                       lang: str) -> None:
    """`từ 1/1 đến 30/6` ~ `in the first half of the year`, `v prvním pololetí`; `1/10-31/12`
    ~ `the fourth quarter`; `quý I và quý II` ~ `the first half`: a span of whole months said
    by the part of the year it is."""
    for start, end, m1, m2 in _spans_of_year(source):
        name = _PARTS_OF_YEAR.get((m1, m2), {}).get(lang_of(lang))
        said = re.search(name, target, re.IGNORECASE) if name else None
        if said:
            for n in src:
                if start <= n.token.start < end:
                    n.matched = True
            for n in tgt:  # `the fourth quarter`: its ordinal is the name's
                if said.start() <= n.token.start < said.end():
                    n.matched = True
    _pair_quarters_as_months(source, target, src, tgt, lang_of(lang))


# months counted in quarters (`9 tháng` ~ `první tři čtvrtletí`, `the first three quarters`;
# never an ordinal: `the third quarter` is another span), and the first quarter said by its
# months (`quý đầu năm` ~ `v prvních třech měsících`)
_MONTHS_VI = re.compile(r"\s+tháng(?!\w)", re.IGNORECASE)
_IN_QUARTERS = re.compile(r"[\s\u00a0]+(?:čtvrtlet\w*|quarters)(?!\w)", re.IGNORECASE)
_FIRST_QUARTER_VI = re.compile(r"(?<!\w)quý\s+(?:I|1|đầu\s+(?:tiên|năm))(?![\w/])",
                               re.IGNORECASE)
_FIRST_MONTHS = {"cs": re.compile(r"(?<!\w)prvních\s+(?:třech|tří|tři)\s+měsíc\w*",
                                  re.IGNORECASE),
                 "en": re.compile(r"(?<!\w)first\s+three\s+months(?!\w)", re.IGNORECASE)}


def _pair_quarters_as_months(source: str, target: str, src: list[Num], tgt: list[Num],
                             lang: str) -> None:
    """`9 tháng` ~ `tři čtvrtletí`; `quý đầu năm` ~ `the first three months`."""
    for s in src:
        months = plain_value(s.token)
        if s.matched or months is None or months % 3 or not _MONTHS_VI.match(source,
                                                                              s.token.end):
            continue
        t = next((t for t in tgt if not t.matched and t.word_kind != ORDINAL
                  and _quarters(target, t) == months / 3), None)
        if t is not None:
            s.matched = t.matched = True
    first = _FIRST_QUARTER_VI.search(source)
    said = _FIRST_MONTHS[lang].search(target) if first and lang in _FIRST_MONTHS else None
    if first and said:
        for n in tgt:
            if said.start() <= n.token.start < said.end():
                n.matched = True
        for n in src:
            if first.start() <= n.token.start < first.end():
                n.matched = True


def _quarters(target: str, t: Num) -> Decimal | None:
    """How many quarters `t` counts: a number before `čtvrtletí`/`quarters`, or the English
    words read as a fraction (`three quarters`)."""
    if _IN_QUARTERS.match(target, t.token.end):
        return plain_value(t.token)
    words = re.fullmatch(r"(\S+)[\s\u00a0]+quarters", t.token.text, re.IGNORECASE)
    said = find_word_numbers(words[1], "en") if words else []
    return said[0].value if said else None
