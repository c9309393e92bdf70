"""Roman numerals and quarters, read as numbers by the numbers check: `thế kỷ XVIII`,
`khóa XIII`, `quý I/2024`, `thế kỷ thứ X`, `XIV. sjezd`, `V. ročník`, `World War II`,
`Phase I`, `Q3`. `added_quarter_issues`: a whole year of the source (`năm 2026`) said as
one of its quarters (`Q1 2026`), which the pairing cannot see (the year agrees).

A lone capital letter is rarely a numeral (`I` is a pronoun, `V` a Czech preposition, `C`
a grade), so one letter counts only after a word that numbers things (`quý`, `khóa`,
`century`, `phase`) or, in Czech, as an ordinal with its dot before a noun (`V. ročník`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.text.numbers import NumberToken

__all__ = ["added_quarter_issues", "roman_value", "roman_tokens", "quarter_tokens",
           "period_code", "two_quarters"]

# a hyphen glues a numeral to a word (`X-quang`, `C-130`) but not to another numeral or a
# year (`thế kỷ XI-XII`, `quý I-2024`)
# (`grade-I`, `type-II` glue a numbering word to its numeral: read only after such a word)
_ROMAN = re.compile(r"(?:(?<![\w-])|(?<=[IVXLC][-–])|(?P<glued>(?<=[a-z][-–])))"
                    r"(?P<r>[IVXLC]{1,7})(?P<dot>\.)?"
                    r"(?![\w])(?![-–](?![IVXLC]+\b|\d))")
# words after which a numeral numbers something; `thứ` may follow (`thế kỷ thứ X`); `quốc
# gia` numbers national bodies (`Trung tâm Lưu trữ quốc gia III` ~ `National Archives No. 3`)
_ROMAN_CONTEXT = re.compile(
    r"(?:thế kỷ|thế kỉ|khóa|khoá|quý|đại hội|lần|kỳ|kì|nhiệm kỳ|phần|chương|hạng|cấp|vòng"
    r"|đợt|giai đoạn|mục|quân khu|hội nghị|trung ương|tập|thế chiến|chiến tranh thế giới"
    r"|vùng|loại|nhóm|bậc|quốc gia|region|zone|grade|class|type|category|level|group"
    r"|century|congress|world war|phase|part|chapter|stage|volume|tier|round|plenum|session"
    r"|sjezd\w*|století|fáze|etap\w*|díl\w*|kapitol\w*)(?:\s+(?:lần\s+)?thứ)?[\s-]*$",
    re.IGNORECASE)
_QUARTER = re.compile(r"(?<![\w])Q(?P<q>[1-4])(?![\w])")
# `quý I/2024`, `khóa XIII/2021`: a period and its year, which the code reader takes as one code
_PERIOD_CODE = re.compile(r"[IVXLC]{1,7}[/-](?:\d{4}|\d{2})")


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral written the canonical way (`XIV` 14), else 0 (`IIV`)."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=False):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    canonical = ""
    n = total
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                 (5, "V"), (4, "IV"), (1, "I")):
        canonical += s * (n // v)
        n %= v
    return total if canonical == numeral else 0


def period_code(text: str) -> bool:
    """Is this code span a numbered period and its year (`I/2024`), two numbers?"""
    return _PERIOD_CODE.fullmatch(text) is not None


def roman_tokens(text: str, lang: str) -> list[NumberToken]:
    """Roman numerals up to 100 that number something (see the module's docstring)."""
    out: list[NumberToken] = []
    for m in _ROMAN.finditer(text):
        value = roman_value(m["r"])
        before = text[max(0, m.start() - 60) : m.start()]
        if not value or value > 100 or before.endswith("°") or m["r"] in ("C", "L"):
            continue  # `Group C`, `size L`: letters
        after = text[m.end() : m.end() + 1]
        czech_ordinal = lang == "cs" and m["dot"] and re.match(r"[\s\u00a0]+[^\W\d_]",
                                                               text[m.end():]) and (
            not text[m.end():].lstrip()[:1].isupper())
        if m["glued"] is not None and not _ROMAN_CONTEXT.search(before):
            continue  # `anti-V`: a hyphen glues a letter to a word that numbers nothing
        if _ROMAN_CONTEXT.search(before) or czech_ordinal or (
                len(m["r"]) >= 2 and not after.isalpha()):
            out.append(NumberToken(m.start(), m.start() + len(m["r"]), m["r"], "integer",
                                   Decimal(value), lang))
    return out


_ORDINAL_RANGE = re.compile(r"(?<![\w.,])(\d{1,3})(?:st|nd|rd|th)[-–](\d{1,3})(?:st|nd|rd|th)"
                            r"(?!\w)")


def quarter_tokens(text: str, lang: str) -> list[NumberToken]:
    """`Q3`, `Q1/2024`: the quarter's number; `11th-12th`: two ordinals (both look like
    codes)."""
    out = [NumberToken(m.start(), m.end(), m.group(), "integer", Decimal(m["q"]), lang)
           for m in _QUARTER.finditer(text)]
    for m in _ORDINAL_RANGE.finditer(text):
        out += [NumberToken(m.start(g), m.end(g), m[g], "integer", Decimal(m[g]), lang)
                for g in (1, 2)]
    return out


def two_quarters(first: str, second: str) -> str:
    """A pattern of two quarters named together (`quý I và quý II`, `quý III, IV`, `quý 1-2`):
    `first` and `second` are alternations of their numerals, each read as a group. One
    pattern for the pairing (`numyearparts`) and the relations (`numrelative`) alike."""
    return (rf"(?<!\w)quý\s+({first})\s*(?:và|,|-|–|đến)\s*(?:quý\s+)?({second})"
            r"(?![\w/]|\.\w)")  # (a full stop may end the sentence: `quý II.`)


# a whole year the source names (`năm 2026`) said in the translation as one of its quarters
# (`v prvním čtvrtletí 2026`, `in the first quarter of 2026`, `Q1 2026`): the period narrowed;
# judged only where the source names no part of a year at all (a quarter, a month, a season,
# a half, its start or end, a game's period)
_WHOLE_YEAR = re.compile(r"(?<!\w)năm[\s\u00a0]+(\d{4})(?!\d)", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"(?<!\w)(?:quý|tháng|hiệp|Q\d|mùa|vụ|học\s+kỳ|nửa|tuần|đầu|cuối"
                           r"|giữa|niên\s+vụ)(?!\w)", re.IGNORECASE)
_QUARTER_OF_YEAR = {
    "cs": re.compile(r"(?<!\w)(?:prvn|druh|třet|čtvrt|posledn)\w*[\s\u00a0]+čtvrtlet\w*"
                     r"[\s\u00a0]+(?:(?:roku|r\.)[\s\u00a0]+)?(\d{4})(?!\d)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:(?:first|second|third|fourth|final|last)[\s\u00a0-]+quarter"
                     r"(?:[\s\u00a0]+of)?|Q[1-4])[\s\u00a0,]+(\d{4})(?!\d)", re.IGNORECASE),
}


def added_quarter_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`năm 2026` → `v prvním čtvrtletí 2026`: a year said as one of its quarters."""
    pattern = _QUARTER_OF_YEAR.get(lang_of(target_lang))
    if pattern is None or _PART_OF_YEAR.search(source):
        return []
    years = set(_WHOLE_YEAR.findall(source))
    for m in pattern.finditer(target):
        if m[1] in years:
            return [Issue("numbers", ERROR, f"the source has the whole year {m[1]}, the "
                                            f"translation '{m.group()}'")]
    return []
