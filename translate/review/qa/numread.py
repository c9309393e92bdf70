"""What the numbers check reads in one side of a pair, beyond the shared number reader
(`translate.text.numbers`): numbers in words (`translate.text.wordnumbers`), times of day
(`translate.review.qa.times`), amounts glued to a currency (`VND2.5m`, `$7.5bn`), dates as
each language writes them (`translate.review.qa.numdates`: `Nov. 6`, `prvního června`,
`tháng Ba`, lunar dates), Roman numerals (`thế kỷ XVIII`, `XIV. sjezd`, `Q3`), signs, scale
words and percent signs shared by a range (`z 5,8 na 4,2 %`, `4-6 triệu`, `pět až sedm set
milionů`), a scale word by a list of two (`125 và 120 tỷ`).

Every value becomes a `Num`, the one shape the pairing in `translate.review.qa.numbers` works on.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from translate.review.qa.base import lang_of
from translate.review.qa.measures import quantity_words
from translate.review.qa.numdates import (
    date_tokens,
    month_of_word,
    months_named,
    range_days,
    unlunar,
)
from translate.review.qa.periods import period_code, quarter_tokens, roman_tokens
from translate.review.qa.times import TimeOfDay, find_race_times, find_times, with_clock_tokens
from translate.text.localize import non_overlapping
from translate.text.numbers import NumberToken, find_numbers, numeric_key
from translate.text.wordnumbers import (
    FRACTION,
    VAGUE,
    WordNumber,
    find_word_numbers,
)

__all__ = ["Num", "read_side", "plain_value", "SCALE_WORDS", "month_of_word", "RANGE_WORDS",
           "is_fraction", "months_named", "HALF_AFTER",
           "AND_A_HALF"]


def plain_value(token: NumberToken) -> Decimal | None:
    return token.value if isinstance(token.value, Decimal) else None


@dataclass
class Num:
    """One value of one side. `scaled`: the value with its scale word (`2,5 triệu`:
    2 500 000); `alt`: another reading of the digits (`10,000` in Vietnamese); `words`:
    further values of a number in words (`third`: 1/3); `strong`: surely a number (every
    digit is; `one`, `first` and all Vietnamese number words are not); `time`: a time of day;
    `negative`: written with a minus sign."""

    token: NumberToken
    key: tuple
    scaled: Decimal | None = None
    alt: Decimal | None = None
    matched: bool = False
    partner: int = -1
    measure: Decimal | None = None  # `6 foot 6`: 6.5 (feet)
    words: frozenset[Decimal] = frozenset()
    strong: bool = True
    word_kind: str = ""  # a WordNumber kind when written in words
    time: TimeOfDay | None = None
    negative: bool = False
    scale_text: str = ""  # the scale word as written (`triệu`, `mld.`)
    scale_end: int = 0  # where the scale word ends
    points: bool = False  # percentage points: equal to the same number as a percentage or not
    sign: str = ""  # the minus as written (`-`, `âm `)

    def values(self) -> set[Decimal]:
        value = plain_value(self.token)
        return {v for v in (value, self.scaled, self.alt) if v is not None} | set(self.words)

    @property
    def is_word(self) -> bool:
        return bool(self.word_kind)


# Scale words after a number: `380 tisíc` = 380.000, `19,3 triệu` = 19.300.000, `$7.5bn`.
SCALE_WORDS = {
    "vi": {"chục": 1, "nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9},
    "cs": {"tisíc": 3, "tis.": 3, "milion": 6, "milión": 6, "mil.": 6, "miliard": 9, "mld": 9,
           "bilion": 12, "bil.": 12, "biliard": 15},
    "en": {"thousand": 3, "million": 6, "mln": 6, "billion": 9, "bln": 9, "trillion": 12,
           "quadrillion": 15,
           "m": 6, "mn": 6, "bn": 9, "tn": 12, "k": 3},
}
_ABBREVIATED = {"tis.", "mil.", "mld", "bil.", "mln", "bln", "m", "mn", "bn", "tn", "k"}
_PERCENT_WORD = re.compile(r"[\s\u00a0]*(?:phần trăm|procent(?:o|a|ech|ům|y)?|per ?cent"
                           r"|percent|pc)(?!\w)", re.IGNORECASE)  # `5pc`: British papers
_POINTS = re.compile(r"[\s\u00a0-]*(?:điểm phần trăm|điểm %|procentní\w*\s+bod\w*"
                     r"|percentage[\s-]+points?|p\.b\.|p\. b\.)", re.IGNORECASE)
RANGE_WORDS = ("-", "–", "—", "đến", "tới", "đến hết", "xuống", "xuống còn", "lên", "lên tới",
               "còn", "hoặc", "hay", "và", "až", "do", "na", "a", "nebo", "či", "to", "and",
               "or", "through")
_RANGE_GAP = re.compile(r"[\s\u00a0]*(?:" + "|".join(
    re.escape(w) for w in sorted(RANGE_WORDS, key=len, reverse=True)) + r")?[\s\u00a0]*",
    re.IGNORECASE)


# ISO codes glued before an amount as agencies write them (`CZK420,000`, `EUR1.2bn`)
_CODES = (r"VND|USD|CZK|EUR|GBP|JPY|CNY|KRW|THB|SGD|AUD|TWD|HKD|INR|IDR|MYR|PHP|LAK|KHR|MMK"
          r"|RUB|CHF|CAD|NZD|SEK|NOK|DKK|PLN|HUF|AED|SAR|BRL|MXN|ZAR")
# a currency written before an amount: a code or a sign (`USD`, `US$`, `€`, `Rp`)
_MONEY = rf"(?:{_CODES}|US\$|S\$|A\$|HK\$|\$|€|£|¥|Rp|RM)"
_MONEY_BEFORE = re.compile(rf"{_MONEY}\s?(?:\d[\d.,]*\s*[-–]\s*)?$")


def _scale_after(text: str, start: int, end: int, lang: str) -> tuple[int, int, str]:
    """The power of ten of the scale words after a number, where they end, and the words:
    `2,5 mld.` (9), `19,3 triệu` (6), `2 nghìn tỷ` (12); glued English abbreviations only
    after a currency (`$7.5bn`, `VND2.5m`; `10m` is ten metres)."""
    power, stop = _one_scale(text, start, end, lang)
    while power:
        more, after = _one_scale(text, start, stop, lang)
        if not more or more <= 3 and power > 3:
            break
        power, stop = power + more, after  # `nghìn tỷ`, `triệu tỷ`, `thousand billion`
    return power, stop, text[end:stop]


# the second syllable of a word that starts with `tỷ`/`tỉ` and is no billion: `tỷ lệ` (a
# rate), `tỷ suất`, `tỷ giá`, `tỷ trọng`
_RATE_NOUN = re.compile(r"[\s\u00a0]+(?:lệ|suất|giá|trọng)(?!\w)", re.IGNORECASE)


def _one_scale(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    m = re.match(r"[\s\u00a0]*([^\W\d_]+)(\.?)", text[end:])
    if not m and lang == "en":  # `the 3-million-tonne mark`: a compound adjective's scale
        # (the empty second group stands for the abbreviation's dot the reading above takes)
        m = re.match(r"-(thousand|million|billion|trillion)(?=-[^\W\d_])()", text[end:])
    if not m:
        return 0, end
    word = m.group(1).lower()
    if lang == "vi" and _RATE_NOUN.match(text, end + m.end(1)) and word in ("tỷ", "tỉ"):
        return 0, end  # `giảm 10% tỷ lệ …`: `tỷ lệ` (a rate), `tỷ giá`, `tỷ suất`, no billion
    for stem, power in SCALE_WORDS.get(lang, {}).items():
        if stem in _ABBREVIATED:
            if word != stem.rstrip(".") or stem.endswith(".") and not m.group(2):
                continue  # `mil.` is a million, `45 mil` 45 miles
            if lang == "en" and (m.start(1) != 0 or word in ("m", "k") and not (
                    _MONEY_BEFORE.search(text[max(0, start - 60) : start]))):
                continue  # `1.2bn` always; `VND2.5m`, but `1.75m` may be metres
            dot = m.group(2) if lang == "cs" else ""  # `2,5 mld.`; `$7.5bn.` ends a sentence
            return power, end + m.end(1) + len(dot)
        if word == stem or lang != "vi" and word.startswith(stem):  # `tỉnh` is no `tỉ`
            return power, end + m.end(1)
    return 0, end


# -- tokens the shared reader does not give -------------------------------------------------

_CURRENCY = re.compile(
    rf"(?<![\w$€£]){_MONEY}\s?"
    r"(?P<num>\d[\d,.]*\d|\d)(?:(?:bn|m|k|tn)?\s*[-–]\s*(?P<num2>\d[\d,.]*\d|\d))?"
    # `35C`; `2,400MW`, `600GWh`, `146.6Mbps`: no codes; `VND3m-4.5m`: a range of amounts
    r"|(?<![\w.,])(?P<deg>\d+(?:[.,]\d+)?)(?=[CF](?!\w))"
    r"|(?<![\w.,])(?P<pow>\d[\d,.]*\d|\d)(?=(?:[kMGT]Wh?|[kMG]VA|[kMGT](?:bps|Hz|B))(?!\w))"
    # `40,000-seater`, `1.8-fold`, `68-year-old`, `magnitude-4.0`: a number in a compound
    r"|(?<![\w.,/-])(?P<adj>\d[\d,.]*\d|\d)(?=-[a-z]{2,})"
    r"|(?<=[a-z]-)(?P<dec>\d+[.,]\d+)(?![\w.,])"
    # `100-200mm`, `35-37C`: a range glued to its unit
    r"|(?<![\w.,/-])(?P<u1>\d[\d,.]*\d|\d)[-–](?P<u2>\d[\d,.]*\d|\d)"
    r"(?=(?:mm|cm|km|m|kg|g|t|ha|m2|m²|km2|C|F|°C|mph)(?!\w))")


def _glued_tokens(text: str, lang: str) -> list[NumberToken]:
    """Amounts glued to a currency or unit letter (`VND2.5m`, `-0.5C`) and quarters (`Q3`):
    numbers, although they look like codes."""
    out: list[NumberToken] = []
    for m in _CURRENCY.finditer(text):
        for group in ("num", "num2", "deg", "pow", "adj", "dec", "u1", "u2"):
            if m[group]:
                offset = m.start(group)
                for tok in find_numbers(m[group], lang):
                    if tok.start == 0 and tok.end == len(m[group]):
                        out.append(_shift(tok, offset, text))
    if lang == "vi":  # `56 giây 2`: 56.2 seconds, as a race result is said
        out += [NumberToken(m.start(), m.end(), m.group(), "decimal",
                            Decimal(f"{m[1]}.{m[2]}"), lang, decimals=len(m[2]))
                for m in _VI_TENTHS.finditer(text)]
    return out + quarter_tokens(text, lang)


_VI_TENTHS = re.compile(r"(?<![\d.,])(\d{1,2})\s*giây\s*(\d{1,2})(?=\s*(?:[,.;)]|$))")


def _shift(tok: NumberToken, offset: int, text: str) -> NumberToken:
    return NumberToken(tok.start + offset, tok.end + offset, tok.text, tok.kind, tok.value,
                       tok.lang, tok.decimals, tok.grouped, tok.form, tok.day, tok.month,
                       tok.year, tok.convention, tok.alternative)


# -- one side, read --------------------------------------------------------------------------


def _overlaps(a: int, b: int, spans) -> bool:
    return any(s < b and a < e for s, e in spans)


class _Taken:
    """Character positions already read, for quick overlap tests on long texts."""

    def __init__(self, size: int, spans) -> None:
        self.marks = bytearray(size + 1)
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        self.marks[a:b] = b"\x01" * max(0, b - a)

    def overlaps(self, a: int, b: int) -> bool:
        return any(self.marks[a:b])


# (a currency code or sign may stand between: `minus USD37`, `minus $37`)
_SIGN = re.compile(r"(?:(?<=^)|(?<=[\s(]))[-−]$|(?:(?<=^)|(?<=\s))(?:âm|minus)\s+"
                   rf"(?:{_MONEY}\s?)?$", re.IGNORECASE)


def _sign(text: str, start: int) -> str:
    """The minus sign written before a number (`-0.5`, `−3`, `âm 3`, `minus 3`, `minus USD3`),
    or ''."""
    m = _SIGN.search(text[max(0, start - 14) : start])
    return m.group() if m else ""


def _month_code(chunk: str, lang: str) -> bool:
    """`30-May` (from `April 30-May 1`): a day and a month name, no code."""
    words = re.findall(r"[^\W\d_]+", chunk)
    return len(words) == 1 and words[0][0].isupper() and bool(month_of_word(words[0], lang))


def read_side(text: str, lang: str, skip: list[tuple[int, int]], is_source: bool) -> list[Num]:
    """Every value of one side of a pair, left to right."""
    lang = lang_of(lang)
    glued = _glued_tokens(text, lang)  # `VND55`, `0.5C`, `Q3` are no codes here
    skip = [(a, b) for a, b in skip if not _overlaps(a, b, [(t.start, t.end) for t in glued])
            and not period_code(text[a:b])  # `quý I/2024`: a quarter and a year
            and not _month_code(text[a:b], lang)]  # `April 30-May 1`: two dates
    special = [t for t in glued + roman_tokens(text, lang) + date_tokens(text, lang)
               if not _overlaps(t.start, t.end, skip)]
    special = non_overlapping(special)
    races = find_race_times(text, lang)
    race_spans = [(a, b) for a, b, _, _ in races]
    own_times = find_times(text, lang)
    times = [t for t in own_times if not _overlaps(t.start, t.end, race_spans)]
    blocked = [(t.start, t.end) for t in times] + race_spans
    time_marks = _Taken(len(text), blocked)
    special = [t for t in special if not time_marks.overlaps(t.start, t.end)]
    spans = list(skip) + blocked + [(t.start, t.end) for t in special]
    tokens = find_numbers(text, lang, spans)
    times = [t for t in with_clock_tokens(text, lang, own_times, tokens)  # own times not
             if not _overlaps(t.start, t.end, race_spans)]  # read again
    tokens = unlunar(text, [t for t in tokens if t.kind != "time"] + special)
    tokens = range_days(text, sorted(tokens, key=lambda t: t.start))
    nums = [_wrap(text, tok, lang, is_source) for tok in tokens]
    if is_source:
        nums += [Num(tok, numeric_key(tok)) for tok in quantity_words(text, lang)]
    for t in times:
        tok = NumberToken(t.start, t.end, t.text, "time",
                          datetime.time(t.hour % 24, t.minute), lang)
        nums.append(Num(tok, ("time", t.key), time=t))
    for a, b, key, written in races:
        tok = NumberToken(a, b, written, "race", None, lang)
        nums.append(Num(tok, ("race", *key)))
    # `12 and a half hours`, `23 a půl dne`: the half belongs to the number before it
    halves = [(n.token.end, m.end()) for n in nums if n.alt is not None and not n.is_word
              for m in [AND_A_HALF.match(text, n.token.end)] if m]
    taken = _Taken(len(text), [(n.token.start, max(n.token.end, n.scale_end)) for n in nums]
                   + list(skip) + halves)
    for w in find_word_numbers(text, lang):
        if not taken.overlaps(w.start, w.end):
            nums.append(_wrap_word(text, w, lang))
    nums.sort(key=lambda n: n.token.start)
    nums = _below_zero(text, nums)
    _share_across_ranges(text, nums)
    _share_clock(text, nums)
    return _combine_scales(text, nums)


_BELOW_ZERO = re.compile(r"(?:[\s\u00a0]*(?:°\s?C?|degrees?(?:\s+Celsius)?|stup\w*(?:\s+Celsia)?"
                         r"|C\b))?[\s\u00a0]+(?:below\s+(?:zero|freezing)|pod\s+nulou)(?!\w)",
                         re.IGNORECASE)


# a depth below sea level said by words, the Vietnamese `âm 250 m` (`250 metrů pod hladinou
# moře`, `300 metres below sea level`); only after a length unit, and never `pod povrchem`/`below
# the surface` (`sâu 120 m`, a positive depth, is said that way too)
_BELOW_LEVEL = re.compile(r"[\s\u00a0]*(?:m|metr\w*|metres?|meters?|ft|feet)[\s\u00a0]+"
                          r"(?:pod[\s\u00a0]+(?:hladinou|úrovní)[\s\u00a0]+moře"
                          r"|below[\s\u00a0]+sea[\s\u00a0]+level)(?!\w)", re.IGNORECASE)
# golf: `čtyři rány pod par`, `jedenáct pod parem`, `four-under`, `11 under par`, `11 under for
# the tournament` (never `built in 1049 under King ...`, `under-18`)
_UNDER_PAR = re.compile(r"(?:[\s\u00a0]+(?:r[áa]n[ay]?[\s\u00a0]+)?pod[\s\u00a0]+par(?:em|u)?"
                        r"|-under|[\s\u00a0]+under[\s\u00a0]+(?:par|for[\s\u00a0]+the))(?![\w-])",
                        re.IGNORECASE)


def _below_zero(text: str, nums: list[Num]) -> list[Num]:
    """`two below zero`, `dva stupně pod nulou`: a negative number; the zero says the sign;
    a golf score under par is one too (`-4` ~ `four under`), and a depth below sea level
    (`âm 250 m` ~ `250 metrů pod hladinou moře`)."""
    out: list[Num] = []
    end = -1
    for n in nums:
        if n.token.start < end:
            continue  # the `zero` of `below zero`
        m = _BELOW_ZERO.match(text, n.token.end)
        if m and plain_value(n.token) is not None and not n.negative:
            n.negative, n.sign, end = True, "minus ", m.end()
        elif (_UNDER_PAR.match(text, n.token.end) or _BELOW_LEVEL.match(text, n.token.end)) and (
                plain_value(n.token) is not None):
            n.negative, n.sign = True, "minus "
        out.append(n)
    return out


_MONEY_AFTER = re.compile(r"[\s\u00a0]*(?:USD|đô|\$|euro|EUR|bảng|yên|đồng|VND|nhân dân tệ)",
                          re.IGNORECASE)
_FOREIGN_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")  # `1.5 tỷ`, `4.49%`


_YEAR_BEFORE = re.compile(r"(?<!\w)(?:roku|roce|rok|year|năm)[\s\u00a0]+$", re.IGNORECASE)
# `2 tiếng rưỡi`, `1 thế kỷ rưỡi`: a half after the unit
HALF_AFTER = re.compile(r"\s+(?:thế\s+k[ỷỉ]|thập\s+(?:k[ỷỉ]|niên)|\w+)\s+rưỡi(?!\w)")
_HALF_SCALE = re.compile(r"[\s\u00a0]+rưỡi(?!\w)")  # `3 triệu rưỡi`: half of the scale word
AND_A_HALF = re.compile(r"[\s\u00a0]+(?:a|and\s+a)\s+(?:půl|half)(?!\w)", re.IGNORECASE)


_DOZEN_AFTER = re.compile(r"[\s\u00a0]+tá(?!\w)", re.IGNORECASE)


def _wrap(text: str, tok: NumberToken, lang: str, is_source: bool) -> Num:
    value = plain_value(tok)
    power, scale_end, _ = (_scale_after(text, tok.start, tok.end, lang)
                           if value is not None else (0, tok.end, ""))
    if power and _YEAR_BEFORE.search(text, max(0, tok.start - 8), tok.start) and (
            re.fullmatch(r"(?:18|19|20|21)\d\d", tok.text)):
        power, scale_end = 0, tok.end  # `do roku 2030 milion bytů`: a year takes no scale
    maybe: frozenset[Decimal] = frozenset()
    if value is not None and lang == "en" and re.match(r"(?:m|k)(?![^\W\d_])", text[tok.end:]):
        maybe = frozenset({value * (10**6 if text[tok.end] == "m" else 1000)})  # `1.2m people`
    # `10,000` in a Vietnamese source is often English grouping (10000): accept that reading;
    # never the other way round (`2.015` stays 2015, not 2,015)
    alt = tok.alternative if is_source else None
    if alt is not None and value is not None and alt <= value:
        alt = None
    if alt is not None and not (tok.text.endswith("00") or _FOREIGN_DECIMAL.search(text)
                                or _MONEY_AFTER.match(text, tok.end)):
        alt = None  # `42,195 km` is a decimal; `10,000 USD`, `26,750 đô la` grouping
    if alt is not None and re.search(r",000$", tok.text):  # `10,000 USD`: nobody writes ten
        tok = replace(tok, value=alt, alternative=None, kind="integer", decimals=0)
        value, alt = alt, None
    if value is not None and tok.kind == "integer" and len(tok.text) == 2:
        # `2022/23`, `2021-25`
        year = re.search(r"(\d{4})[/–-]$", text[max(0, tok.start - 60) : tok.start])
        if year and int(year.group(1)) % 100 < value:
            alt = Decimal(int(year.group(1)) // 100 * 100) + value
    if value is not None and alt is None and HALF_AFTER.match(text, tok.end):
        alt = value + Decimal("0.5")  # `2 tiếng rưỡi`: two and a half hours
    scaled = value.scaleb(power) if power else None
    if scaled is not None and _HALF_SCALE.match(text, scale_end):
        scaled = (value + Decimal("0.5")).scaleb(power)  # `3 triệu rưỡi`: 3.5 million
    if value is not None and alt is None and is_source and _DOZEN_AFTER.match(text, tok.end):
        alt = value * 12  # `2 tá` (two dozen) ~ `čtyřiadvaceti`, `two dozen`
    if value is not None and alt is None and AND_A_HALF.match(text, tok.end):
        alt = value + Decimal("0.5")  # `23 a půl dne`, `2 and a half hours`
    key = numeric_key(tok)
    if value is not None and tok.kind != "percent" and _PERCENT_WORD.match(text, tok.end):
        key = ("percent", value.normalize())  # `40 phần trăm`, `16 procent`
    digits_end = tok.start + re.match(r"\D*[\d.,\s\u00a0]*\d|", tok.text).end()
    points = value is not None and _POINTS.match(text, digits_end) is not None  # `1 procentní bod`
    if points:  # `0,5 procentního bodu`: percentage points, said either way
        key = ("percent", value.normalize())
    if not is_source and lang == "en" and tok.convention == "foreign" and value is not None:
        # `48,83`, `12,45`, `1.245,6` are no English numbers (a comma groups three digits):
        # malformed, equal to nothing; a reader sees the digits (4883)
        value = Decimal(re.sub(r"\D", "", tok.text))
        tok = NumberToken(tok.start, tok.end, tok.text, "malformed", value, lang)
        key = ("malformed", tok.text)
    return Num(tok, key, scaled, alt, words=maybe,
               negative=value is not None and bool(_sign(text, tok.start)),
               sign=_sign(text, tok.start) if value is not None else "",
               scale_text=text[tok.end : scale_end] if power else "", scale_end=scale_end,
               points=points)


def _wrap_word(text: str, w: WordNumber, lang: str) -> Num:
    tok = NumberToken(w.start, w.end, w.text, "words", w.value, lang)
    key = ("vague", w.value) if w.kind == VAGUE else ("number", w.value.normalize())
    after = re.match(r"[\s\u00a0]+an?(?=\s)", text[w.end:]) if w.kind == FRACTION else None
    at = w.end + (after.end() if after else 0)  # `half a percent`, `half a percentage point`
    points = w.kind != VAGUE and _POINTS.match(text, at) is not None
    if w.kind != VAGUE and (_PERCENT_WORD.match(text, at) or "procent" in w.text.lower()
                            or points):
        # `Ninety-two per cent`, `pětiprocentní`, `dva procentní body`
        key = ("percent", w.value.normalize())
    others = frozenset(w.others)
    sign = _sign(text, w.start)  # `minus pět stupňů`
    return Num(tok, key, w.value if w.scaled else None, words=others, strong=w.strong,
               word_kind=w.kind, points=points, negative=bool(sign), sign=sign)


# two shares listed with the percent sign written once, after the last (`o 5,3, respektive
# 7,1 %`, `by 5.3 and 7.1 per cent`)
_PERCENT_LIST = re.compile(r"\s*,?\s*(?:respektive|resp\.|respectively|and|a)\s+",
                           re.IGNORECASE)
_COMMA = re.compile(r",\s+")
# two amounts of a list that share the scale word written after the second
_LIST_GAP = re.compile(r"[\s\u00a0]+(?:và|hoặc|a|nebo|and|or)[\s\u00a0]+", re.IGNORECASE)


# a scale said with its hundreds in words (`sedm set milionů`, `seven hundred million`)
_HUNDREDS = re.compile(r"(?<!\w)(?:set|sta|stě|hundred)[\s\u00a0]+\w", re.IGNORECASE)


def _share_across_ranges(text: str, nums: list[Num]) -> None:
    """`z 5,8 na 4,2 %`, `4-6 triệu`, `VND1.5-3.5 million`: the first number of a range takes
    the percent sign or scale word written once after the second."""
    listed: set[int] = set()
    for a, b in zip(nums[::-1][1:], nums[::-1], strict=False):
        va, vb = plain_value(a.token), plain_value(b.token)
        gap = text[a.token.end : b.token.start]
        if va is not None and b.is_word and not a.is_word and b.key[0] == "percent" != a.key[0] \
                and a.token.kind != "year" and gap.strip() and _RANGE_GAP.fullmatch(gap):
            a.key = ("percent", va.normalize())  # `z 6,5 na šest procent`
            continue
        if va is None or vb is None or a.token.kind == "year" or a.is_word != b.is_word or (
                not any(c.isdigit() for c in a.token.text) and b.token.text[0].isdigit()):
            continue  # `vùng I lên 4,96 triệu`: a Roman label, no range with the amount
        gap = text[a.token.end : b.token.start]
        if b.key[0] == "percent" != a.key[0] and not a.is_word and (
                _PERCENT_LIST.fullmatch(gap) or id(b) in listed and _COMMA.fullmatch(gap)):
            a.key, a.points = ("percent", va.normalize()), b.points  # `5,3, respektive 7,1 %`
            listed.add(id(a))  # `70, 60, 50 a 40 %`: the commas before the `a` share it too
            continue
        if _LIST_GAP.fullmatch(gap) and not a.is_word and a.scaled is None and va < 1000 and (
                b.scaled is not None and b.scaled >= 1000 * vb and a.key[0] == b.key[0]):
            a.scaled = va * (b.scaled / vb)  # `125 và 120 tỷ đồng`: two amounts, one scale
            a.scale_text = b.scale_text
            continue
        if not gap.strip() or _RANGE_GAP.fullmatch(gap) is None or (
                a.key[0] == "percent" != b.key[0]):  # `o 12,5 % na 28,6 miliardy`: no range
            continue
        if b.key[0] == "percent" and a.key[0] != "percent":
            a.key = ("percent", va.normalize())
            a.points = b.points  # `0,5-1 điểm phần trăm`
        if b.is_word and b.scaled is not None and a.scaled is None:  # `tři až čtyři tisíce`
            power = max(p for p in (0, 3, 6, 9, 12) if vb >= Decimal(10) ** p)
            if va < 10 and _HUNDREDS.search(b.token.text) and vb / Decimal(10) ** power % 100 == 0:
                power += 2  # `pět až sedm set milionů`: the hundreds are shared too
            if va < 1000 and vb / Decimal(10) ** power > va:
                a.scaled = va * Decimal(10) ** power
        elif b.scaled is not None and a.scaled is None and va <= vb:
            a.scaled = va * (b.scaled / vb)
            a.scale_text = b.scale_text


def _share_clock(text: str, nums: list[Num]) -> None:
    """`từ 8 đến 17 giờ`, `od 8 do 17 hodin`, `from 8 to 11 a.m.`: the number that opens a
    range of times is a time; it shares the half of the day written for a 12-hour close."""
    for a, b in zip(nums, nums[1:], strict=False):
        value = plain_value(a.token)
        if b.time is None or a.time is not None or a.is_word or a.token.kind != "integer" or (
                value is None or not 0 <= value <= 24):
            continue
        gap = text[a.token.end : b.token.start]
        if not gap.strip() or _RANGE_GAP.fullmatch(gap) is None:
            continue
        hour = int(value)
        pm = b.time.pm if b.time.hour <= 12 and hour <= b.time.hour else (
            True if hour >= 13 else None)
        a.time = TimeOfDay(a.token.start, a.token.end, a.token.text, hour, 0, pm, b.time.plain)
        a.key = ("time", a.time.key)


def _combine_scales(text: str, nums: list[Num]) -> list[Num]:
    """`5 triệu 200 nghìn` is one amount, 5 200 000."""
    out: list[Num] = []
    for n in nums:
        prev = out[-1] if out else None
        if (prev is not None and prev.scaled is not None and n.scaled is not None
                and n.scaled < prev.scaled and not n.is_word and not prev.is_word
                and re.fullmatch(r"\s*[^\W\d_]+\.?\s+", text[prev.token.end : n.token.start])
                and not _LIST_GAP.fullmatch(text, prev.token.end, n.token.start)):
            tok = prev.token
            joined = NumberToken(tok.start, n.token.end, text[tok.start : n.token.end],
                                 tok.kind, tok.value, tok.lang, tok.decimals)
            out[-1] = Num(joined, prev.key, prev.scaled + n.scaled, scale_text=prev.scale_text)
            continue
        out.append(n)
    return out


def is_fraction(n: Num) -> bool:
    return n.word_kind == FRACTION
