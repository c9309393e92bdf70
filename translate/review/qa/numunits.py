"""The units of two paired numbers (moved out of `translate.review.qa.measures`, which reads
metric units and conversions): units of time (`4 năm` is no `four months`), the per-unit of a
rate (`per kWh` → `per MWh`), currencies (`16 USD` → `16 eur`), and a unit changed with the
number kept (`5 km` → `5 m`, `100 m2` → `100 metres`, `12 tấn sữa` → `12 litres of milk`)."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.measures import metric_unit_at, scale_at
from translate.text.numbers import NumberToken

__all__ = ["unit_at", "rate_unit_at", "rate_changed", "unit_changed"]


# Units of time: `4-5 năm` is no `four to five months`, `30 phút` no `30 seconds`.
_TIME_UNITS: dict[str, Decimal] = {  # in minutes
    r"năm|tuổi|years?|year-old|rok\w*|roce|let|letech|léta|lety|letům|letý\w*": Decimal(525600),
    r"tháng|months?|month-long|měsíc\w*": Decimal(43200),
    # a school term, a quarter: `đồng/năm` no fee `a semester`, `3 năm` no `tři čtvrtletí`
    r"học kỳ|học kì|semesters?|semestr\w*": Decimal(259200),
    r"quý(?!\s+(?:[IVX]+|\d)\b)|quarters?(?![\s-]+of\b)|čtvrtlet\w*": Decimal(129600),
    r"tuần|weeks?|týd\w*": Decimal(10080),
    r"ngày|days?|den|dny|dní|dnů|dnech": Decimal(1440),
    r"thập kỷ|thập kỉ|thập niên|decades?|desetiletí": Decimal(5256000),
    r"giờ|tiếng|hours?|hodin\w*": Decimal(60),
    r"phút|minutes?|minut\w*": Decimal(1),
    r"giây|seconds?|sekund\w*|vteřin\w*": Decimal(1) / 60,
}
_TIME_UNIT = re.compile(r"[\s\u00a0-]*(" + "|".join(_TIME_UNITS) + r")(?![^\W\d_])",
                        re.IGNORECASE)


def unit_at(text: str, end: int) -> tuple[str, str, Decimal] | None:
    """(word, dimension, size) of the unit right after a number (`km`, `giờ`), if any."""
    metric = metric_unit_at(text, end)
    if metric is not None:
        return metric
    m = _TIME_UNIT.match(text, end)
    if m is None:
        return None
    size = next(v for k, v in _TIME_UNITS.items() if re.fullmatch(k, m.group(1), re.IGNORECASE))
    return m.group(1), "time", size


# the counted noun may stand between: `25 triệu khách/năm`, `25 million passengers a year`
# (a unit may stand there too, and two words in Czech: `6.000 m3/s`, `6000 metrů krychlových
# za sekundu`; `6,2 tuny z hektaru`)
_PER = re.compile(r"[\s\u00a0]*(?:đồng|dong\w*|VND|USD|dolar\w*|dollars?|Kč|korun\w*|eur\w*"
                  r"|%|[\s\u00a0]*per[\s\u00a0]?cent)?"  # `4,7%/năm`, `4.7 per cent a year`
                  # the nearest separator: `za tunu a solaři` is per tonne, not per `solaři`
                  r"(?:(?:[\s\u00a0]+(?:[^\W\d_]{2,}|m[23²³])){0,2}?[\s\u00a0]*"
                  r"(?:/|per\b|za\b|a\b|an\b|mỗi\b|z\b|na\b|to\s+the\b)"  # `6,2 tuny na
                  # hektar`, `8-10 to the kilo`
                  # `18 tonnes of fresh weed per acre`, `12 tấn búp tươi/ha`: an explicit
                  # `per` or slash after longer nouns
                  r"|(?:[\s\u00a0]+[^\W\d_]{2,}){3,4}(?:[\s\u00a0]+per\b|[\s\u00a0]*/))",
                  re.IGNORECASE)
_PER_CLOCK = re.compile(r"(s|h)(?![^\W\d_])")  # `m3/s`, `km/h` after the slash


# a Czech rate said by an adverb: `tři sta hodin ročně`, `40 tisíc dongů měsíčně`
_PER_ADVERB = re.compile(r"[\s\u00a0]*(?:[^\W\d_]{2,}[\s\u00a0]+){0,2}(ročně|měsíčně|týdně|denně)"
                         r"(?![^\W\d_])", re.IGNORECASE)
_ADVERB_SIZE = {"ročně": Decimal(525600), "měsíčně": Decimal(43200), "týdně": Decimal(10080),
                "denně": Decimal(1440)}


def rate_unit_at(text: str, end: int) -> tuple[str, str, Decimal] | None:
    """The unit a rate is per (`2.103 đồng/kWh`, `VND2,103 per kWh`, `2103 dongů za kWh`,
    `4,7%/năm`, `hodin ročně`)."""
    if adverb := _PER_ADVERB.match(text, end):
        word = adverb.group(1)
        return word, "time", _ADVERB_SIZE[word.lower()]
    m = _PER.match(text, end)
    if m and m.group().endswith("/") and (clock := _PER_CLOCK.match(text, m.end())):
        return clock.group(1), "time", Decimal(60) if clock.group(1) == "h" else Decimal(1) / 60
    return unit_at(text, m.end()) if m else None


def rate_changed(ours: tuple[str, str, Decimal] | None,
                 theirs: tuple[str, str, Decimal] | None) -> bool:
    """Two per-units of one dimension in different sizes (`per kWh` → `per MWh`); across
    dimensions nothing is said (`đồng/m2` ~ `za metr`: Czech says the square metre so)."""
    return ours is not None and theirs is not None and ours[1] == theirs[1] and (
        ours[2] != theirs[2])


_SQUARE = re.compile(r"(?<!\w)(?:čtverečn\w*|square)(?!\w)|m²|m2(?!\w)", re.IGNORECASE)
# the power that turns a unit's size into an area's: m² is m squared
_AREA_POWER = {"area": 1, "length": 2}


def _area_said_as_length(a: tuple[str, str, Decimal], b: tuple[str, str, Decimal],
                         target: str) -> bool:
    """`100 m2` → `100 metres`: a floor said as a length of the same unit, one side an area and
    the other its side's unit; not where the translation names a square anywhere (`0,55 metru
    čtverečního … sedm metrů`: the square said once, the length is another value)."""
    return {a[1], b[1]} == {"area", "length"} and (
        a[2] ** _AREA_POWER[a[1]] == b[2] ** _AREA_POWER[b[1]]) and not _SQUARE.search(target)


# currencies after a number, maybe after its scale word (`8,4 tỷ USD`, `8,4 miliardy dolarů`):
# no rate converts one into another in a news text, so only the same number is judged
_CURRENCIES = {"USD": r"USD|US\$|dollars?|dolar\w*|đô(?:\s+la)?",
               "EUR": r"EUR|euros?|eur(?:a|u|o|ech|y)?",
               "VND": r"VND|đồng|dong\w*", "CZK": r"CZK|Kč|korun\w*|crowns?",
               "JPY": r"JPY|yên|yen|jen\w*", "CNY": r"CNY|nhân\s+dân\s+tệ|yuan|jüan\w*",
               "GBP": r"GBP|bảng\s+Anh|pounds?\s+sterling|libr\w*\s+šterlink\w*"}
# the source's and the reader's own money: amounts may be localised (`2,5 triệu đồng` ~ `2,5
# mil. Kč` in a test of scale words), so only two foreign currencies are judged
_LOCAL = {"VND", "CZK"}
_SCALE_WORD = (r"(?:tỷ|tỉ|triệu|nghìn|ngàn|miliard\w*|milion\w*|tisíc\w*|bilion\w*|billion|million"
               r"|thousand|trillion|bn|mil\.|mld\.)")
_CURRENCY = re.compile(rf"[\s\u00a0]*(?:{_SCALE_WORD}[\s\u00a0]+)?(?P<c>"
                       + "|".join(f"(?P<{k}>{v})" for k, v in _CURRENCIES.items())
                       + r")(?![^\W\d_])", re.IGNORECASE)


def _currency(text: str, end: int) -> tuple[str, str] | None:
    """(word, code) of the currency right after a number (`16 USD`, `16 dolarů`), if any."""
    m = _CURRENCY.match(text, end)
    return (m["c"], next(k for k in _CURRENCIES if m[k])) if m else None


def unit_changed(source: str, s_token: NumberToken, sv: Decimal, target: str,
                 t_token: NumberToken, t_values: set[Decimal]) -> tuple[str, str] | None:
    """The units of two paired numbers when they measure different amounts (`5 km` → `5 m`,
    `4 năm` → `four months`; not `20 năm` → `two decades`; `41,2 độ C` → `41.2F`)."""
    scales = scale_at(source, s_token.end), scale_at(target, t_token.end)
    if all(scales) and scales[0] != scales[1]:
        return f"°{scales[0]}", f"°{scales[1]}"
    money = _currency(source, s_token.end), _currency(target, t_token.end)
    if all(money) and money[0][1] != money[1][1] and sv in t_values and not (
            {money[0][1], money[1][1]} & _LOCAL):  # `16 USD` → `16 eur`
        return money[0][0], money[1][0]
    a, b = unit_at(source, s_token.end), unit_at(target, t_token.end)
    if a is not None and b is not None and _area_said_as_length(a, b, target):
        return a[0], b[0]
    if a is not None and b is not None and _kind_changed(a, b) and sv in t_values:
        return a[0], b[0]  # `86,4 m3 gỗ` → `86.4 tonnes of timber`
    if a is None or b is None or a[1] != b[1] or any(sv * a[2] == v * b[2] for v in t_values):
        return None
    return a[0], b[0]


# amounts of goods one could be said in another of: a weight, a volume, an area; the same number
# in two of them is a changed unit (`12 tấn sữa` → `12 litres of milk`: a tonne of milk is a
# thousand litres), while converted values differ (`86,4 m3` ~ `about 60 tonnes`)
_GOODS = {"mass", "volume", "area"}


def _kind_changed(a: tuple[str, str, Decimal], b: tuple[str, str, Decimal]) -> bool:
    """Two units of different kinds of amount (weight and volume, weight and area)."""
    return a[1] != b[1] and {a[1], b[1]} <= _GOODS
