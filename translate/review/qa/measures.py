"""Measures in other units: imperial values a translator converted (`10 inch` ~ `250 mm`,
`80` °F ~ `27 °C`), rounded at the written digit, and quantities in Vietnamese words
(`nửa inch`); metric units by dimension and size (`1.500 m` ~ `1,5 km`), read here for
`translate.review.qa.numunits`, which judges a unit changed between two paired numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from translate.text.numbers import NumberToken
from translate.text.numwords import VI_WORDS, has_word, number_words

__all__ = ["IMPERIAL_UNITS", "SPACES_RE", "rounds_to", "conversions", "converted", "unit_after",
           "conversion_elsewhere", "quantity_words", "metric_rescaled", "metric_unit_at",
           "scale_at", "same_measure"]

# Imperial units in Vietnamese (and English) sources that translators convert for Czech readers.
IMPERIAL_UNITS: dict[str, tuple[str, ...]] = {
    "inch": ("25.4", "2.54", "0.0254"),
    "inches": ("25.4", "2.54", "0.0254"),
    "foot": ("0.3048", "30.48"),
    "feet": ("0.3048", "30.48"),
    "dặm": ("1.609344",),
    "mile": ("1.609344",),
    "miles": ("1.609344",),
    "mph": ("1.609344",),
    "pound": ("0.45359237",),
    "pounds": ("0.45359237",),
    "cân": ("0.45359237",),
    "ounce": ("28.35",),
    "gallon": ("3.785",),
    "yard": ("0.9144",),
    "yards": ("0.9144",),
    "acre": ("0.4047", "4047"),
    "độ": ("F",),  # Fahrenheit in US stories: (n - 32) * 5/9, or a difference n * 5/9
}

_COARSE = Decimal("0.05")  # rounding coarser than a whole number may move a value this much


def rounds_to(exact: Decimal, written: Decimal, decimals: int = 0,
              coarse: Decimal = _COARSE) -> bool:
    """`written` is `exact` rounded at its own last digit: 12.7 → `13`, 4.83 → `5`, 1.98 → `2`,
    254 → `250`, 76.2 → `75` (to fives); not 11.1 → `12`. Rounding coarser than a whole
    number is believed within 5 % only: 26.7 → `30` and 12.7 → `15` are other values.
    Converted measures are rounded by the translator, never changed: the earlier fixed
    tolerance (5 % + 0.5) let `12` pass for 11.1."""
    if decimals:
        step = Decimal(1).scaleb(-decimals)
        if written.scaleb(decimals) % 10 == 5:  # `10.5 miles` for 17 km: rounded to halves
            step *= 5
        return abs(exact - written) <= step / 2
    digits = str(int(written))
    significant = digits.rstrip("0") or "0"
    unit = Decimal(1).scaleb(len(digits) - len(significant))
    if significant.endswith("5"):  # `75 mm` for 3 inch: rounded to fives
        unit *= 5
    tolerance = max(Decimal("0.5"), min(unit / 2, abs(exact) * coarse))
    return abs(exact - written) <= tolerance


def conversions(value: Decimal, factors: Sequence[str]) -> list[Decimal]:
    """Metric values of an imperial `value`; `F`: a Fahrenheit temperature or difference."""
    out: list[Decimal] = []
    for factor in factors:
        if factor == "F":
            out += [(value - 32) * 5 / 9, value * 5 / 9]
        else:
            out.append(value * Decimal(factor))
    return out


# A metric unit after a converted value, or after the range it closes (`50 až 75 mm`).
_METRIC = (r"(?:mm|cm|dm|m|km|kg|g|t|l|ha|°|℃|metr|kilometr|centimetr|milimetr|kilogram|gram"
           r"|tun|litr|hektar|stup)")
_METRIC_AFTER = re.compile(
    rf"[\s\u00a0]*(?:(?:až|do|a|-|–)[\s\u00a0]*[\d.,\u00a0 ]+)?[\s\u00a0]*{_METRIC}",
    re.IGNORECASE)
_METRIC_BEFORE = re.compile(r"(?<!\w)(?:mm|cm|m|km|kg|mét|ki-lô-mét|km/h|cân|tấn)\s*$",
                            re.IGNORECASE)
_DEGREES = re.compile(r"(?:°|℃|stup)\w*$", re.IGNORECASE)
_CELSIUS = re.compile(r"[\s\u00a0]*(?:°\s?C|℃|C(?!\w)|stup\w*\s+Celsi|degrees?\s+Celsius)",
                      re.IGNORECASE)
_SOURCE_CELSIUS = re.compile(r"°\s?C|℃|độ\s+C\b|Celsius|độ\s+bách", re.IGNORECASE)


_SCALE_NAMED = re.compile(r"°|℃|celsi|fahrenheit")  # in a lower-cased translation


def converted(source: str, target: str, s_token: NumberToken, sv: Decimal | None,
              t_token: NumberToken, tv: Decimal | None) -> bool:
    """`10 inch` ~ `250 mm`; a US temperature (`khoảng 80`, no unit written) ~ `27 °C` when
    the translation says Celsius and the source does not. `sv`/`tv`: the two values (a
    source measure may fold feet and inches into one)."""
    if sv is None or tv is None or not sv:
        return False
    factors: Sequence[str] = IMPERIAL_UNITS.get(unit_after(source, s_token), ())
    if factors == ("F",) and not _SCALE_NAMED.search(target.lower()):
        return False  # `dưới 5 độ` → `pod tři stupně`: a Fahrenheit conversion names Celsius
    if not factors and _CELSIUS.match(target, t_token.end) and not _SOURCE_CELSIUS.search(source):
        factors = ("F",)
    unit = _METRIC_AFTER.match(target, t_token.end)
    if not factors or not unit:  # `64` alone, `1967 km`
        return False
    if (factors == ("F",)) != bool(_DEGREES.search(unit.group())):
        return False  # `20 feet` is no `6 stupňů`, `80` °F no `27 m`
    return any(c and rounds_to(c, tv, t_token.decimals) for c in conversions(sv, factors))


_RANGE = re.compile(r"[\s\u00a0]*(?:đến|tới|-|–|và|hoặc|hay|to|or|and)[\s\u00a0]*[\d.,]+")


def unit_after(source: str, token: NumberToken) -> str:
    """The imperial unit after a number or after the range it opens (`1 đến 4 inch`), or ''."""
    rest = source[token.end :]
    m = _RANGE.match(rest)
    if m:
        rest = rest[m.end() :]
    m = re.match(r"[\s\u00a0]*(\w+)", rest)
    word = m.group(1).lower() if m else ""
    if word == "độ" and re.match(r"[\s\u00a0]*(?:C\b|bách phân|Celsius)", rest[m.end():]):
        return ""  # `3 độ C` is Celsius already
    return word if word in IMPERIAL_UNITS else ""


def conversion_elsewhere(
    source: str, token: NumberToken, value: Decimal | None, previous_matched: bool,
    tgt_runs: list[str], tgt_lower: str, lang: str,
) -> bool:
    """An imperial measure whose conversion is in the target in another shape: glued into a
    compound (`250kilogramový`), in words (`šestimetrové`), or a duplicate in brackets that
    was dropped (`300 km (190 dặm)`, when the number before the bracket was matched)."""
    before = source[max(0, token.start - 60) : token.start].rstrip()
    if before.endswith("("):
        if previous_matched:
            return True
        if _METRIC_BEFORE.search(before[:-1]):  # `sáu mét (18 feet)`: a duplicate, dropped
            return True
    unit = unit_after(source, token)
    factors = IMPERIAL_UNITS.get(unit, ())
    if value is None or unit == "độ" and not _SCALE_NAMED.search(tgt_lower):
        return False  # `dưới 5 độ` → `pod tři stupně`: no Fahrenheit unless a scale is named
    for c in conversions(value, factors):
        for run in tgt_runs:  # `250kilogramový`
            if run and rounds_to(c, Decimal(run)):
                return True
        for n in range(max(int(c) - 1, 1), int(c) + 2):  # `dvoumetrový`, `šestimetrové`
            if n < 100 and rounds_to(c, Decimal(n)) and has_word(
                tgt_lower, number_words(n, lang)
            ):
                return True
    return False


SPACES_RE = "[\\s\u00a0]*"
# Vietnamese quantities in words before an imperial unit (`nửa inch`, `hai dặm`); `một` is
# left out (also `a`), so are `độ` and `cân` (also `about`/`degree`, `to weigh`).
_VI_QUANTITIES = {"nửa": Decimal("0.5")} | {
    w: Decimal(n) for n, ws in VI_WORDS.items() if 2 <= n <= 10 for w in ws
}
_WORD_UNITS = "|".join(sorted((u for u in IMPERIAL_UNITS if u not in ("độ", "cân")), key=len,
                              reverse=True))
_VI_QUANTITY = re.compile(rf"(?<!\w)({'|'.join(_VI_QUANTITIES)})\s+(?=(?:{_WORD_UNITS})(?!\w))",
                          re.IGNORECASE)


def quantity_words(source: str, lang: str) -> list[NumberToken]:
    """`nửa inch` (half an inch) as a number token of 0.5: it must reach the translation,
    converted (`13 mm`) or not, like a measure written in digits."""
    if lang.split("_")[0] != "vi":
        return []
    return [NumberToken(m.start(1), m.end(1), m.group(1), "decimal",
                        _VI_QUANTITIES[m.group(1).lower()], lang)
            for m in _VI_QUANTITY.finditer(source)]


# Metric units by dimension and size, in the three languages: `1.500 m` ~ `1,5 km`,
# `60,2 tạ/ha` ~ `6,02 t/ha`, `1.300 kg` ~ `1,3 tuny`.
_METRIC_UNITS: dict[str, tuple[str, Decimal]] = {}
for _dim, _pairs in {
    "length": [("mm|milimet\\w*|millimet\\w*", "0.001"), ("cm|xentimét|centimet\\w*", "0.01"),
               ("m|mét|metr\\w*|met(?:er|re)s?", "1"),
               ("km|ki-lô-mét|kilomet\\w*|kilometr\\w*", "1000"),
               # imperial, said with the number unchanged: `400 m` is no `400 feet`
               # `3cm (1.2in)`: `in` glued to its number only
               ("inch(?:es)?|(?:(?<=\\d)|^)in|palc\\w*", "0.0254"),
               ("feet|foot|ft|stop[ay]?", "0.3048"),
               ("yards?|yard\\w*", "0.9144"), ("miles?|mil[ie]?|míl\\w*|dặm", "1609.344"),
               # the sea mile: `45 hải lý` is no `45 kilometres`
               ("hải lý|nautical miles?|námořní\\w* mil\\w*|nmi", "1852")],
    "mass": [("µg|μg|mcg|micrôgam|mikrogram\\w*|microgram\\w*", "0.000000001"),
             ("mg|miligam|miligram\\w*|milligram\\w*", "0.000001"), ("g|gam|gram\\w*", "0.001"),
             ("kg|ki-lô-gam|kilogram\\w*|kilos?|ký|kí", "1"),
             ("yến", "10"), ("tạ", "100"), ("t|tấn|tun\\w*|tonnes?|tons?", "1000"),
             ("pounds?|lbs?|libr\\w*|liber", "0.45359237"),
             ("ounces?|oz|(?:trojsk\\w* )?unc\\w*", "0.0311034768"),
             ("lượng|taels?|tael\\w*", "0.0375")],  # the gold tael (`đồng/lượng`)
    "area": [("m²|m2|mét vuông|čtverečn\\w* metr\\w*|metr\\w* čtverečn\\w*|square met(?:er|re)s?",
              "1"),
             ("ha|héc-ta|hektar\\w*|hectares?", "10000"), ("acres?|akr\\w*", "4046.8564224"),
             ("km²|km2|ki-lô-mét vuông|square kilomet(?:er|re)s?|sq\\.? ?km"
              "|čtverečn\\w* kilometr\\w*|kilometr\\w* čtverečn\\w*", "1000000"),
             ("ar|ary|arů|aru|arech|arem|arům", "100"),
             ("square f(?:ee|oo)t|sq ft|čtverečn\\w* stop\\w*", "0.09290304"),
             ("square miles?|sq\\.? ?mi(?:les?)?|čtverečn\\w* mil\\w*|mil\\w* čtverečn\\w*",
              "2589988.110336")],
    "share": [("‰|phần nghìn|promile|per\\s?mil(?:le)?|parts? per thousand", "0.001"),
              ("ppm|parts? per million", "0.000001"), ("parts? per hundred", "0.01")],
    "speed": [("km/h|km/giờ|kph|kmh|kilomet\\w* (?:za|per|an|a|mỗi) (?:hodinu|hour|giờ)", "1"),
              ("mph|miles per hour|mil(?:í|e)? za hodinu|dặm/giờ", "1.609344")],
    # `MWp`, `GWp`: the peak output of solar panels (`9.300 MWp` ~ `9,3 gigawattu špičkového`)
    "power": [("Wp?|watt\\w*", "1"), ("kWp?|kilowatt\\w*", "1000"),
              ("MWp?|megawatt\\w*", "1000000"), ("GWp?|gigawatt\\w*", "1000000000")],
    "energy": [("Wh", "1"), ("kWh", "1000"), ("MWh", "1000000"), ("GWh", "1000000000"),
               ("TWh", "1000000000000")],
    # data rates: `152,3 Mbps` is no `152.3 kbps`
    "rate": [("bps|b/s|bit/s", "1"), ("kbps|kb/s|kbit/s", "1000"), ("mbps|mb/s|mbit/s", "1000000"),
             ("gbps|gb/s|gbit/s", "1000000000")],
    "volume": [("ml|mililít|mililitr\\w*|millilit(?:er|re)s?", "0.001"),
               ("l|lít|litr\\w*|lit(?:er|re)s?", "1"),
               ("hl|hectolit(?:er|re)s?|hektolitr\\w*|héc-tô-lít", "100"),
               ("m³|m3|mét khối|krychlov\\w* metr\\w*|cubic met(?:er|re)s?", "1000"),
               ("gallons?|galon\\w*|ga-lông", "3.785411784"),
               # oil: `8,7 triệu tấn` is no `8.7 million barrels` (a barrel is 159 litres)
               ("barrels?|barel\\w*|thùng dầu", "158.987294928"),
               ("cubic f(?:ee|oo)t|cu\\.? ?ft|krychlov\\w* stop\\w*", "28.316846592")],
    # data sizes in capitals (`4 GB`, `2TB`, `14 GB/tháng` a month's; never `MB/s`, a speed)
    "data": [("(?-i:kB|KB)(?!/s\\b)|kilobyt\\w*", "1000"), ("(?-i:MB)(?!/s\\b)|megabyt\\w*", "1e6"),
             ("(?-i:GB)(?!/s\\b)|gigabyt\\w*", "1e9"), ("(?-i:TB)(?!/s\\b)|terabyt\\w*", "1e12"),
             ("(?-i:PB)(?!/s\\b)|petabyt\\w*", "1e15")],
    # `110 kV` is no `110 V` (the letters in capitals only: Czech `v` is a preposition)
    "voltage": [("(?-i:V)|volt\\w*|vôn", "1"), ("(?-i:kV)|kilovolt\\w*", "1000")],
}.items():
    for _alt, _factor in _pairs:
        _METRIC_UNITS[_alt] = (_dim, Decimal(_factor))
_METRIC_UNIT = re.compile(r"(?:[\s\u00a0]*|-)(" + "|".join(f"(?:{a})" for a in sorted(
    _METRIC_UNITS, key=len, reverse=True)) + r")(?![^\W\d_])", re.IGNORECASE)


def _metric_unit(text: str, end: int) -> tuple[str, Decimal] | None:
    """The metric unit right after a number (`5 km`, `600-metre`), as (dimension, factor)."""
    m = _METRIC_UNIT.match(text, end)
    if not m:
        return None
    word = m.group(1)
    return next(unit for alt, unit in _METRIC_UNITS.items()
                if re.fullmatch(alt, word, re.IGNORECASE))


# a Czech compound that says its measure: `osmisetmetrový` (800 m), `dvoukilometrový`
_GLUED_UNIT = re.compile(r"(kilometr|centimetr|milimetr|metr|kilogram|gram|tun|kilowatt|megawatt"
                         r"|gigawatt|watt|litr|hektar)\w*$", re.IGNORECASE)


def metric_unit_at(text: str, end: int) -> tuple[str, str, Decimal] | None:
    """(word, dimension, size) of the metric unit right after a number (`km`, `tạ`), if any."""
    metric = _metric_unit(text, end)
    return None if metric is None else (_METRIC_UNIT.match(text, end).group(1), *metric)


def _glued_unit(word: str) -> tuple[str, Decimal] | None:
    m = _GLUED_UNIT.search(word, 3) if " " not in word else None
    if m is None:
        return None
    return next((unit for alt, unit in _METRIC_UNITS.items()
                 if re.fullmatch(alt, m.group(1) + "y", re.IGNORECASE)), None)


# (in words too: `hai đến ba tạ`, `đôi ba tạ`, two or three hundredweight)
_RANGE_ON = re.compile(r"[\s\u00a0]*(?:(?:đến|tới|-|–|až|do|to)[\s\u00a0]*[\d.,]*\d"
                       r"|(?:(?:đến|tới|hoặc)[\s\u00a0]+)?(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
                       r"(?!\w))", re.IGNORECASE)


def _range_unit(text: str, end: int) -> tuple[str, Decimal] | None:
    """The metric unit after a number or after the range it opens (`0,6-0,8 m`, `60 až 80
    centimetrů`): both ends are measured in it."""
    unit = _metric_unit(text, end)
    m = _RANGE_ON.match(text, end) if unit is None else None
    return unit if m is None else _metric_unit(text, m.end())


# the temperature scale after a number or the range it closes: `30 độ C`, `12-14C`, `86F`,
# `pět stupňů Celsia`, `five degrees Fahrenheit` (the letters alone only in capitals)
_SCALE_AT = re.compile(r"(?:[\s\u00a0]*(?:đến|-|–|až|to)[\s\u00a0]*[\d.,]*\d)?[\s\u00a0]*"
                       r"(?:°[\s\u00a0]?(?P<deg>[CF])|(?-i:(?P<bare>[CF]))(?![^\W\d_])"
                       r"|(?:độ|stup\w*|degrees?)[\s\u00a0]+(?P<word>C(?![^\W\d_])|Celsi\w*"
                       r"|bách phân|Fahrenheit\w*|F(?![^\W\d_])))", re.IGNORECASE)


def scale_at(text: str, end: int) -> str:
    """`C`, `F` or '' for the temperature scale written after a number."""
    m = _SCALE_AT.match(text, end)
    if m is None:
        return ""
    said = (m.group("deg") or m.group("bare") or m.group("word")).upper()
    return "F" if said.startswith("F") else "C"


def metric_rescaled(source: str, s_token: NumberToken, sv: Decimal | None, target: str,
                    t_token: NumberToken, tv: Decimal | None) -> bool:
    """The same measure in another metric unit of its dimension (`1.500 m` ~ `1,5 km`), or
    converted into another system and rounded at the written digit (`110 km` ~ `68 miles`,
    `50 hải lý` ~ `93 kilometrů`, `90 m` ~ `295ft`); within one system only exact."""
    if sv is None or tv is None:
        return False
    if scale_at(source, s_token.end) == "C" and scale_at(target, t_token.end) == "F":
        # `30 độ C` ~ `86F`; below zero too: `-1 độ C` ~ `30F`, `-10 độ C` ~ `14F`
        fahrenheit = _signed(source, s_token, sv) * 9 / 5 + 32
        return bool(sv) and rounds_to(fahrenheit, _signed(target, t_token, tv), t_token.decimals)
    a = _range_unit(source, s_token.end)
    b = _range_unit(target, t_token.end) or _glued_unit(t_token.text)
    if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
        return False
    if sv * a[1] == tv * b[1]:
        return True
    ratio = a[1] / b[1]
    decimal_step = ratio == Decimal(1).scaleb(ratio.adjusted())  # km ~ m: a power of ten
    if decimal_step or sv <= 0:
        return False
    exact = sv * ratio
    return rounds_to(exact, tv, t_token.decimals) or bool(
        _MORE_THAN.search(target, max(0, t_token.start - 14), t_token.start)) and (
        _cut_to(exact, tv, t_token.decimals))


# `more than 9,200 square miles` for `hơn 24.000 km2` (9,266): cut, not rounded, after `more`
_MORE_THAN = re.compile(r"(?<!\w)(?:more than|over|upwards of|přes|víc než|více než|nad)"
                        r"[\s\u00a0]+$", re.IGNORECASE)


def _cut_to(exact: Decimal, written: Decimal, decimals: int) -> bool:
    """`written` is `exact` cut at its own last digit (9,266 → `9,200`), a step no coarser than
    the 5 % rounding allows (`more than 6,000` for 6,178 is another figure)."""
    step = Decimal(1).scaleb(-decimals) if decimals else Decimal(1).scaleb(
        len(str(int(written))) - len(str(int(written)).rstrip("0") or "0"))
    return step <= max(Decimal(1), exact * _COARSE) and written <= exact < written + step


_MINUS_BEFORE = re.compile(r"(?:^|[\s(])(?:[-−]|âm\s|minus\s)$", re.IGNORECASE)


def _signed(text: str, token: NumberToken, value: Decimal) -> Decimal:
    """A temperature's value with the minus written before it (`-1`, `âm 5`, `minus 3`)."""
    minus = token.text.startswith(("-", "−")) or _MINUS_BEFORE.search(text, 0, token.start)
    return -abs(value) if minus else value


def same_measure(text: str, a: NumberToken, av: Decimal | None, b: NumberToken,
                 bv: Decimal | None) -> bool | None:
    """Whether `b` is `a` converted (`118 km/h (73 mph)`, `38C (100F)`) when both measure one
    dimension in different units of one text; None when they are not two such measures
    (a price and its conversion into dollars: no rate to check)."""
    scales = scale_at(text, a.end), scale_at(text, b.end)
    ua, ub = _range_unit(text, a.end), _range_unit(text, b.end) or _glued_unit(b.text)
    if ua and ub and ua == ub and av is not None and bv is not None:
        return av == bv  # `118-133km/h (73-83km/h)`: no conversion, another value
    if ub == _INCH and _FEET_BEFORE.search(text, max(0, b.start - 8), b.start):
        return None  # `(5ft 2in)`: the inches of a height in feet, no measure of their own
    if not (scales == ("C", "F") or ua and ub and ua[0] == ub[0] and ua[1] != ub[1]):
        return None
    if scales == ("C", "F") and av is not None and bv is not None and _BY_BEFORE.search(
            text, max(0, a.start - 12), a.start) and rounds_to(av * 9 / 5, bv, b.decimals):
        return True  # `rose by 1.5C (2.7F)`: a difference converts without the 32
    return metric_rescaled(text, a, av, text, b, bv)


_INCH = ("length", Decimal("0.0254"))
_FEET_BEFORE = re.compile(r"(?:ft|feet|foot)[\s\u00a0]*$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"(?<!\w)(?:by|o)[\s\u00a0]+$", re.IGNORECASE)
