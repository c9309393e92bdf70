"""Codes and document numbers in text (`25-NQ/TW`, `15/2020/NĐ-CP`, `QH15`, `Covid-19`): any
run of letters, digits, `/`, `-` and `_` that holds both a letter and a digit, save ordinals,
numbers glued to a lower-case word or unit, and rates. `translate.text.numbers` reports no
number inside one; moved out of it (a pure move) to keep it under the size limit.
"""

from __future__ import annotations

import re

from translate.text.numscan import DIGITS as _DIGITS

__all__ = ["LETTER", "code_spans", "is_document_number_context"]

_DIGIT = "[0-9]"
# Letters of alphabetic scripts (Latin with Vietnamese, Greek, Cyrillic); CJK is deliberately
# absent so that `2023年8月` is not a code.
LETTER = "A-Za-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff"
_CODE_RE = re.compile(rf"[0-9{LETTER}/_\-]+")
_CODE_CHAR = re.compile(rf"[0-9{LETTER}/_\-]")
_HAS_LETTER = re.compile(rf"[{LETTER}]")
_HAS_DIGIT = re.compile(_DIGIT)
_ORDINAL = re.compile(r"[0-9]{1,2}(?:er|st|nd|rd|th)", re.IGNORECASE)  # 1er août, 25th
# a number glued to a lower-case word or unit is a number, not a code: cs `20letý`,
# `200krát`, `250kilogramový`, `30m`; codes have capitals or `-`/`/` (`QH15`, `25-NQ/TW`)
_HOUR_H = re.compile(r"(?:[01]?[0-9]|2[0-3])h[0-5][0-9]")  # Vietnamese 17h30
_NUMBER_WORD = re.compile(r"[0-9]+([^\W\d_]+)")
_RATE = re.compile(r"[^\W\d_A-ZĐ]+/\d+|\d+/[^\W\d_A-ZĐ]+")  # `ca/100`: no code
# `14,000-TEU ship`: a grouped number's last three digits hyphened to a unit (never `95-III`)
_HYPHEN_UNIT = re.compile(r"\d+-[a-z]+")
_GROUPED_UNIT = re.compile(r"\d{3}-[^\W\d_]+")
_GROUP_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}(?:[,.]\d{3})*[,.]$")


def code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of code-like runs (letters glued to digits, maybe via `/`, `-`, `_`).

    Not codes: ordinals (`25th`, `1er`), a number glued to a lower-case word (`20letý`), a rate
    (`trai/100`).
    """
    spans: list[tuple[int, int]] = []
    examined = 0  # end of the last chunk looked at
    for digits in _DIGITS.finditer(text):
        if digits.start() < examined:
            continue  # inside the chunk just examined
        start = digits.start()
        while start > 0 and _CODE_CHAR.match(text, start - 1):
            start -= 1
        m = _CODE_RE.match(text, start)
        examined = m.end()
        chunk = m.group()
        if _ORDINAL.fullmatch(chunk) or _HOUR_H.fullmatch(chunk):
            continue
        word = _NUMBER_WORD.fullmatch(chunk)
        if word and word.group(1).islower():
            continue
        if _RATE.fullmatch(chunk) and chunk.islower():
            continue  # `ca/100.000 dân`, `bé gái/100`: a rate, no code
        if _HYPHEN_UNIT.fullmatch(chunk):
            continue  # `550-km line`, `12-day`: a number hyphened to a lower-case unit or word
        if _GROUPED_UNIT.fullmatch(chunk) and _GROUP_BEFORE.search(text, 0, m.start()):
            continue  # `14,000-TEU`: the last group of a grouped number and its unit
        if _HAS_DIGIT.search(chunk) and _HAS_LETTER.search(chunk):
            spans.append((m.start(), m.end()))
    return spans


def is_document_number_context(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside a code such as `25-NQ/TW` or `15/2020/NĐ-CP`."""
    return any(s < end and start < e for s, e in code_spans(text))
