"""Source numbers the paired ones imply: an omission that loses nothing.

A translator drops a figure that follows from figures the translation keeps: the end year of an
anniversary (`115 năm thành lập (1911-2026)` ~ `115 let od otevření v roce 1911`), the count of
a span (`trong 2 năm 2021-2022` ~ `in 2021 and 2022`), the middle of consecutive years
(`2024, 2025 và 2026` ~ `from 2024 to 2026`), the night before a paired morning (`Đêm 27 rạng
sáng 28/11` ~ `overnight into November 28`), a percentage change of two paired amounts (`từ 1
triệu lên 2 triệu đồng, tức tăng 100%` ~ `doubling from VND1m to VND2m`), or a date in
brackets that only restates a day the translation names by a word (`Ngày mai (30/11), trời
chuyển rét` ~ `It will turn cold tomorrow`). The mirror case is a number only the translation
says that its paired amounts give (`tăng từ 20.000 tỷ lên 40.000 tỷ` ~ `doubled from VND20
trillion to VND40 trillion`). A planted drop
removes information; these omissions do not, since the reader can compute the value from what
the translation says. Only paired source numbers count as operands, and each relation names
the unit that makes it arithmetic rather than a coincidence of small numbers (`N năm` for a
span of years, `N ngày` for a span of days). Measured on the first runs of the fresh sets
(bench/RESULTS.md, round eleven).
"""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import lang_of
from translate.review.qa.numread import Num

__all__ = ["implied", "restated_day", "added_ratio", "added_night_before"]

_YEARS_AFTER = re.compile(r"[\s\u00a0]*năm(?!\w)", re.IGNORECASE)  # `115 năm`: a count of years
_DAYS_AFTER = re.compile(r"[\s\u00a0]*ngày(?!\w)", re.IGNORECASE)
# `Đêm 27 rạng sáng 28/11` is one night; `27-28/11`, `27 và 28/11`, `27, 28/11` are two days
_TWO_DAYS = re.compile(r"[-–,;]|(?<!\w)(?:đến|tới|và|hoặc|hay)(?!\w)", re.IGNORECASE)
_HALF_POINT = Decimal("0.5")


def _year(n: Num) -> Decimal | None:
    if n.key[0] == "date":
        return Decimal(n.key[1]) if n.key[1] else None
    return n.key[1] if n.token.kind == "year" else None


def _day(n: Num) -> tuple[int, int] | None:
    """(month, day) of a date that names both."""
    if n.key[0] == "date" and len(n.key) > 3 and n.key[2] and n.key[3]:
        return n.key[2], n.key[3]
    return None


def _count(source: str, n: Num, unit: re.Pattern) -> Decimal | None:
    """A plain whole count followed by its unit (`35 năm`, `3 ngày`)."""
    value = n.key[1] if n.key[0] == "number" and n.token.kind in ("integer", "words") else None
    if value is None or n.scaled is not None or value != int(value) or not 0 < value < 1000:
        return None
    return value if unit.match(source, n.token.end) else None


def _amount(n: Num) -> Decimal | None:
    """An amount (`_value`) that is no percentage."""
    return _value(n) if n.key[0] == "number" else None


def _span(source: str, s: Num, paired: list[Num]) -> bool:
    """`trong 2 năm 2021-2022`, `3 ngày (20-22/11)`: a count of years or days that two paired
    years or days of one month span (counted with or without both ends)."""
    years = _count(source, s, _YEARS_AFTER)
    ends = [y for y in map(_year, paired) if y is not None]
    if years is not None and any(b > a and years in (b - a, b - a + 1) for a in ends for b in ends):
        return True
    days = _count(source, s, _DAYS_AFTER)
    dates = [d for d in map(_day, paired) if d is not None]
    return days is not None and any(
        a[0] == b[0] and b[1] > a[1] and days in (b[1] - a[1], b[1] - a[1] + 1)
        for a in dates for b in dates)


def _anniversary(source: str, s: Num, paired: list[Num]) -> bool:
    """`115 năm (1911-2026)`: a year that a paired year and a paired count of years give (a
    full date only when its day and month are paired too: `19/12/1946 - 19/12/2026` ~ `19.
    prosince … z 19. prosince 1946`)."""
    year = _year(s)
    if year is None or _day(s) is not None and _day(s) not in map(_day, paired):
        return False
    years = [y for y in map(_year, paired) if y is not None]
    counts = [c for c in (_count(source, n, _YEARS_AFTER) for n in paired) if c is not None]
    return (any(year in (y + c, y - c) for y in years for c in counts)
            or year - 1 in years and year + 1 in years)  # `2024, 2025 và 2026` ~ `2024 to 2026`


def _night_before(source: str, s: Num, paired: list[Num]) -> bool:
    """`Đêm 27 rạng sáng 28/11`: the day before a paired day of the same month, not joined to
    it as two days."""
    day = _day(s)
    if day is None:
        return False
    return any(d is not None and d[0] == day[0] and d[1] == day[1] + 1
               and n.token.start > s.token.end
               and not _TWO_DAYS.search(source, s.token.end, n.token.start)
               for n in paired for d in [_day(n)])


def _change(s: Num, paired: list[Num]) -> bool:
    """`từ 1 triệu lên 2 triệu đồng, tức tăng 100%`: the percentage change of two paired
    amounts of one scale."""
    if s.key[0] != "percent" or s.points:
        return False
    share = s.key[1]
    amounts = [(n.scale_text, a) for n in paired if (a := _amount(n)) is not None]
    return any(sa == sb and a > 0 and b != a and abs(abs(b - a) / a * 100 - share) < _HALF_POINT
               for sa, a in amounts for sb, b in amounts)


def implied(source: str, s: Num, src: list[Num]) -> bool:
    """The unpaired source number `s` follows from source numbers the translation paired."""
    paired = [n for n in src if n.matched and n is not s]
    return (_span(source, s, paired) or _anniversary(source, s, paired)
            or _night_before(source, s, paired) or _change(s, paired))


# a Vietnamese day word: a part of the day and its distance from the story's own date
# (`hôm qua`, `ngày kia`, `đêm nay`), read alone and before a bracketed date alike
_VI_DAY_WORD = r"(?P<part>hôm|ngày|đêm|tối|sáng|chiều|trưa)\s+(?P<rel>nay|qua|kia|mai)"
# `ngày mai (30/11)`: a bracketed date after a day named relative to the story's own date
_DEICTIC_BEFORE = re.compile(
    r"(?<!\w)(?:" + _VI_DAY_WORD +
    # `thứ Năm tuần trước (26/11)`: a weekday of the week before, this one or the next
    r"|(?P<wd>(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s+tuần\s+(?:này|sau|tới|trước|qua))"
    # `cuối tuần này (6/12)`: this weekend, the week's end said by its date
    r"|(?P<week>(?:cuối\s+|đầu\s+)?tuần\s+(?:này|sau|tới|trước)))\s*\(\s*[\d/.\s-]*$",
    re.IGNORECASE)
_DEICTIC = {"cs": re.compile(r"(?<!\w)(?:dnes\w*|zítr\w*|zítř\w*|včer\w*|předevčír\w*"
                             r"|pozítří)(?!\w)", re.IGNORECASE),
            "en": re.compile(r"(?<!\w)(?:today|tonight|tomorrow|yesterday|overnight"
                             r"|this\s+(?:morning|afternoon|evening))(?!\w)", re.IGNORECASE)}
# the week said by a word where the source dates its end (`cuối tuần này (6/12)` ~ `do konce
# tohoto týdne`, `by the end of this week`, `this weekend`)
_WEEK_WORD = {"cs": re.compile(r"(?<!\w)(?:tohoto|tento|příští\w*|minul\w*)\s+týd\w*",
                               re.IGNORECASE),
              "en": re.compile(r"(?<!\w)(?:this|next|last)\s+week(?:end)?(?!\w)", re.IGNORECASE)}


# how far from the article's date a day word is: the source's (`hôm qua` -1, `ngày kia` +2)
# and the translation's (`předevčírem` -2); a night may be named by the day it ends on
_VI_DISTANCE = {"nay": 0, "qua": -1, "mai": 1}
_DISTANCE = {"cs": ((r"předevčír", -2), (r"pozítří", 2), (r"dnes|dnešn", 0), (r"včer", -1),
                    (r"zítr|zítř", 1)),
             "en": ((r"the\s+day\s+before\s+yesterday", -2),
                    (r"the\s+day\s+after\s+tomorrow", 2),
                    (r"today|tonight|this\s+(?:morning|afternoon|evening)", 0),
                    (r"yesterday", -1), (r"tomorrow", 1))}


# a weekday said from this week's where the source dates it (`thứ Năm tuần trước (26/11)` ~
# `od minulého čtvrtka`, `last Thursday`); which weekday is `weekdays`' to judge
_WEEKDAY_WORD = {"cs": re.compile(r"(?<!\w)(?:minul|příští|předminul|tent|tut|toh)\w*\s+"
                                  r"(?:pondělí|úter|střed|čtvrt|pát|sobot|neděl)\w*",
                                  re.IGNORECASE),
                 "en": re.compile(r"(?<!\w)(?:last|next|this|previous)\s+(?:mon|tues|wednes"
                                  r"|thurs|fri|satur|sun)day(?!\w)", re.IGNORECASE)}


# a day word anywhere in the source (`Đêm nay và sáng mai (30/11)`: `tonight` is the first's)
_VI_DAY = re.compile(r"(?<!\w)" + _VI_DAY_WORD + r"(?!\w)", re.IGNORECASE)


def _source_days(source: str) -> set[int]:
    """The distances the source's day words may be said by (`hôm qua` -1, `ngày kia` +2; a
    night or an evening also by the day it runs into)."""
    days: set[int] = set()
    for m in _VI_DAY.finditer(source):
        rel, part = m["rel"].lower(), m["part"].lower()
        if rel == "kia":  # `hôm kia` the day before yesterday, `ngày kia` the day after tomorrow
            days.add(-2 if part == "hôm" else 2)
            continue
        days.add(_VI_DISTANCE[rel])
        if part in ("đêm", "tối"):
            days.add(_VI_DISTANCE[rel] + 1)
    return days


def _target_days(target: str, lang: str) -> set[int | None]:
    """The distances of the translation's day words, the longest reading first (`the day
    before yesterday` is no `yesterday`); None for `overnight`, which any night may be."""
    found: set[int | None] = set()
    for m in _DEICTIC[lang].finditer(target):
        near = target[max(0, m.start() - 16):m.end()]
        found.add(next((d for pattern, d in _DISTANCE[lang]
                        if re.search(rf"(?<!\w)(?:{pattern})\w*$", near, re.IGNORECASE)), None))
    return found


def restated_day(source: str, target: str, lang: str, s: Num,
                 place: tuple[int, int] | None) -> bool:
    """`Ngày mai (30/11)` ~ `zítra`: `s` is in a bracketed date after a relative day word, the
    translation names a relative day the source names too (`hôm qua (28/11)` said
    `předevčírem` or `zítra` is another day), and the place of `s` holds no digit (the
    apposition was left out whole, not rewritten: `zítřka, 31. listopadu` stays an error)."""
    before = _DEICTIC_BEFORE.search(source[:s.token.start]) if lang else None
    if before is None or place is None:
        return False
    lang = lang_of(lang)
    rules = _WEEKDAY_WORD if before["wd"] else _WEEK_WORD if before["week"] else _DEICTIC
    rule = rules.get(lang)
    if rule is None or rule.search(target) is None or re.search(r"\d", target[place[0]:place[1]]):
        return False
    if before["week"] or before["wd"]:
        return True  # a week or a weekday word: no distance in days to compare
    said = _target_days(target, lang)
    return None in said or bool(said & _source_days(source))


_RATIO_KINDS = ("multiplier", "fraction")


def _value(n: Num) -> Decimal | None:
    """An amount to compare: with its scale word, never a year, a date or a time."""
    if n.key[0] not in ("number", "percent") or n.token.kind == "year" or n.time is not None:
        return None
    return n.scaled if n.scaled is not None else n.key[1]


def added_ratio(t: Num, tgt: list[Num]) -> bool:
    """`se zdvojnásobil z 20 na 40 bilionů`, `up 50%, from 20,000 to 30,000`: a multiplier the
    translation adds that is exactly the ratio of two of its paired amounts, or a fraction or a
    percentage that is exactly their change as a share of the first."""
    if t.key[0] == "percent" and not t.points:
        multiplier, share = False, t.key[1] / 100
    elif t.word_kind in _RATIO_KINDS:
        multiplier, share = t.word_kind == "multiplier", t.key[1]
    else:
        return False
    amounts = [v for n in tgt if n.matched and n is not t and (v := _value(n)) is not None]
    # exact only: `od 58 000 do 61 000 …, o 5 procent více` is a range and a share of its own
    return any((b / a if multiplier else abs(b - a) / a) == share
               for a in amounts if a > 0 for b in amounts if b != a)


# `0h ngày 16/10` ~ `o půlnoci z 15. na 16. října`, `overnight from October 15 to 16`: the
# night named by both its days, the first the day before the paired date
_NIGHT_WORD = re.compile(r"(?<!\w)(?:noc\w*|půlnoc\w*|night|overnight|midnight)(?!\w)",
                         re.IGNORECASE)
_NIGHT_TIE = re.compile(r"[.\s\u00a0]*(?:na|to|into|-|–)[\s\u00a0]*", re.IGNORECASE)


def added_night_before(target: str, t: Num, tgt: list[Num]) -> bool:
    """A day the translation adds that is the eve of the paired date right after it, joined by
    `na`/`to` after a word of the night (`v noci z 15. na 16. října`)."""
    day = _day(t)
    if day is None or not _NIGHT_WORD.search(target, max(0, t.token.start - 40), t.token.start):
        return False
    return any(n.matched and n is not t and _day(n) == (day[0], day[1] + 1)
               and _NIGHT_TIE.fullmatch(target, t.token.end, n.token.start) is not None
               for n in tgt)
