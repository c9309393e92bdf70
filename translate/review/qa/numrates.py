"""How often a rate is: `mỗi ngày`, `hằng tháng`, `đồng/tháng` ~ `denně`, `a day`,
`monthly`. A rate said per another period than any the source names (`mỗi ngày` → `týdně`),
or one the translation adds where the source names none, is an error; a night and an hour
(`mỗi đêm` → `za týden`, `mỗi giờ` → `a day`) are periods too. Moved out of
`numchecks` (which keeps the other findings after the pairing) to let the table grow."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown

__all__ = ["period_issues"]

# how often: `mỗi ngày`, `hằng tháng`, `đồng/tháng` ~ `denně`, `měsíčně`, `a day`, `monthly`
# `42% một năm`, `3 triệu đồng một tháng`, `2 lần một tuần`: `một` after a value is `per`
_VI_EVERY = re.compile(r"(?:(?<!\w)(?:mỗi|hằng|hàng)\s+|/\s*|(?:(?<=[\d%])|(?<=đồng)|(?<=lần)"
                       r"|(?<=USD))\s+một\s+)(ngày|tuần|tháng|quý|năm)(?!\w)", re.IGNORECASE)
# a night and an hour only after `mỗi`/`hằng` (`km/giờ` is a speed, `2 giờ` a length); a
# night counts as a day (`ngủ 7 tiếng mỗi đêm` ~ `spí sedm hodin denně`): `za týden` is not
_VI_EVERY_SHORT = re.compile(r"(?<!\w)(?:mỗi|hằng|hàng)\s+(đêm|giờ|tiếng)(?!\w)", re.IGNORECASE)
_PER_HOUR = re.compile(r"/\s*(?:giờ|h)(?!\w)", re.IGNORECASE)
_ALL_DAY = re.compile(r"(?<![\d.,])24\s*/\s*24(?:\s*giờ)?(?![\d.,])", re.IGNORECASE)
_EVERY_UNITS = {"ngày": "day", "tuần": "week", "tháng": "month", "năm": "year",
                "den": "day", "dne": "day", "týden": "week", "měsíc": "month", "rok": "year",
                "quý": "quarter", "čtvrtletí": "quarter", "đêm": "day", "noc": "day",
                "giờ": "hour", "tiếng": "hour", "hodinu": "hour"}  # `hằng quý` ~ `čtvrtletně`
_CS_EVERY = re.compile(r"(?<!\w)(?:(denně|týdně|měsíčně|čtvrtletně|ročně|každoročně)"
                       r"|(?:každý|každého|za|na|/)\s*(den|dne|týden|měsíc|rok|noc|hodinu)"
                       r"(?=\s*[,.;:)]|$)"
                       r"|(?:každý|každé)\s+(den|týden|měsíc|čtvrtletí|rok)"
                       # `na osobu a rok` (`/người/năm`): per head and per period
                       r"|(?:na|za)\s+[^\W\d_]+\s+a\s+(den|týden|měsíc|rok)(?=\s*[,.;:)]|$))"
                       r"(?!\w)", re.IGNORECASE)
_CS_ADVERBS = {"denně": "day", "týdně": "week", "měsíčně": "month", "ročně": "year",
               "každoročně": "year", "čtvrtletně": "quarter"}
_EN_EVERY = re.compile(r"(?<!\w)(?:(daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly)"
                       # (`a quarter`, `-and-a-quarter` a share: `per quarter` a period;
                       # a hyphen inside a compound too: `a 300-tonne-a-week plant`)
                       r"|(?:a|per|each|every)[\s-]+(day|week|month|(?<!\ba\W)quarter|year"
                       r"|night|(?<!\ba\W)hour)(?![\w-])"
                       # (`a month in 2026`: the year the rate held, still per month)
                       # (`a week and a half` a length; `24 trips a week and a fare` a rate)
                       r"(?![\s-]*(?:ago|earlier|later|before|after|on|of|or|from|into"
                       r"|and(?=[\s-]+(?:an?[\s-]+)?(?:half|quarter|day|week|month|year|night"
                       r"|hour)s?\b)"
                       r"|in(?![\s-]+(?:19|20)\d\d\b)|to|old|long|for"
                       # `a year at university`; never `a month at an average price of`
                       r"|at(?![\s-]+(?:an?[\s-]+)?(?:average|price|cost|rate)))\b))",
                       re.IGNORECASE)
_EN_NIGHT = {"night": "day"}  # `a night` is a day's rate, as `mỗi đêm` is
_EN_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
               "yearly": "year", "quarterly": "quarter", "nightly": "day", "hourly": "hour"}


def _periods(text: str, lang: str) -> list[tuple[str, str]]:
    """(unit, words) of each `how often` the text says."""
    if lang == "vi":  # (`24/24 giờ`: every hour of a day, said `24 hours a day`)
        found = [(_EVERY_UNITS[m[1].lower()], m.group().strip()) for m in _VI_EVERY.finditer(
            text)] + [("day", m.group()) for m in _ALL_DAY.finditer(text)] + [
            (_EVERY_UNITS[m[1].lower()], m.group()) for m in _VI_EVERY_SHORT.finditer(text)]
        # beside another period, `18 chuyến/giờ` is a rate per hour too (alone, a speed)
        return found + [("hour", m.group()) for m in _PER_HOUR.finditer(text)] if found else []
    if lang == "cs":
        return [(_CS_ADVERBS[m[1].lower()] if m[1] else
                 _EVERY_UNITS[(m[2] or m[3] or m[4]).lower()], m.group())
                for m in _CS_EVERY.finditer(text)]
    if lang == "en":
        return [(_EN_ADVERBS[m[1].lower()] if m[1] else _EN_NIGHT.get(m[2].lower(), m[2].lower()),
                 m.group())
                for m in _EN_EVERY.finditer(text)]
    return []


def period_issues(source: str, target: str, lang: str) -> list[Issue]:
    """`hơn 100 người mỗi ngày` → `víc než sto týdně`, `1 lần mỗi tháng` → `once a week`: a
    rate said per another period than any the source names; where the source names none, a
    rate period the translation adds (`khoảng 14 triệu m3` → `14 million m3 a month`)."""
    ours = _periods(source, "vi")
    theirs = _periods(target, lang_of(lang))
    units = {u for u, _ in ours}
    other = next((words for u, words in theirs if u not in units), None)
    if ours and other is not None:  # the source's period the translation does not say
        said = {u for u, _ in theirs}
        lost = next((words for u, words in ours if u not in said), ours[0][1])
        return [Issue("numbers", ERROR, f"source has {shown(lost)}, translation has "
                                        f"{shown(other)}")]
    if not ours:  # `khoảng 14 triệu m3` → `14 million cubic metres a month`: a rate added
        added = next((words for u, words in _added_periods(target, lang)
                      if not re.search(_VI_PERIOD_WORD[u], source, re.IGNORECASE)), None)
        if added is not None:
            return [Issue("numbers", ERROR, f"{shown(added)} in the translation: the source "
                                            "names no such period")]
    return []


# `a month` before any word but one of time (`a month later`, `a year old`): in a source that
# names no month at all, `VND860 billion a month into the budget` adds a rate (never `daily`:
# as often an adjective, `for daily use`)
_EN_ADDED = re.compile(r"(?<!\w)(?:a|per|each|every)\s+(day|week|month|year)(?![\w-])"
                       r"(?![\s-]*(?:ago|earlier|later|before|old|long|or|and|to|from)\b)",
                       re.IGNORECASE)
# an amount at most six words before the period, in its clause (`14 million cubic metres a
# month`, `3.5 million tonnes of rice a year`): `lasts a week`, `for a month` say how long
_AMOUNT_BEFORE = re.compile(r"\d[\d.,]*(?:[\s\u00a0]+[^\s;:,]+){0,6}[\s\u00a0]+$")
# Czech: the adverbs and `každý měsíc` only (`za měsíc` is as often `in a month`)
_CS_ADDED = re.compile(r"(?<!\w)(?:(denně|týdně|měsíčně|ročně|každoročně)|(?:každý|každého"
                       r"|každém)\s+(den|dne|týden|měsíc|rok))(?!\w)", re.IGNORECASE)
# any word of a period in the source (`tháng 10`, `3 tháng`, `năm 2026`) may be what a
# translation's `a month`/`ročně` says, and so may a count that makes one (`12 tháng` a year,
# `7 ngày` a week, `24/7`), or a part of the day or a trading session for a day
# (hours from one time of day to another, `mở cửa từ 9h đến 21h`: each day's, `denně`)
_VI_PERIOD_WORD = {"day": r"(?<!\w)(?:ngày|hôm|đêm|bữa|sáng|trưa|chiều|tối|phiên|24/7"
                          r"|24\s*(?:h|giờ)"  # `mở cửa 24h` ~ `24 hours a day`
                          r"|\d{1,2}(?:h|:)\d{0,2}\s*(?:-|–|đến|tới)\s*\d{1,2}(?:h|:)\d{0,2})(?!\w)",
                   "week": r"(?<!\w)(?:tuần|7\s+ngày|24/7)(?!\w)",
                   "month": r"(?<!\w)(?:tháng|30\s+ngày|4\s+tuần)(?!\w)",
                   "year": r"(?<!\w)(?:năm|niên|12\s+tháng|365\s+ngày)(?!\w)",
                   "quarter": r"(?<!\w)(?:quý|3\s+tháng)(?!\w)"}


def _added_periods(target: str, lang: str) -> list[tuple[str, str]]:
    """(unit, words) of each rate period the translation may add (`a month` after an amount,
    `měsíčně`): read more narrowly than `_periods`, since no source period vouches for it."""
    if lang_of(lang) == "cs":
        return [(_CS_ADVERBS[m[1].lower()] if m[1] else _EVERY_UNITS[m[2].lower()], m.group())
                for m in _CS_ADDED.finditer(target)]
    return [(m[1].lower(), m.group())
            for m in _EN_ADDED.finditer(target) if _AMOUNT_BEFORE.search(target, 0, m.start())]
