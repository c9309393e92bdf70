"""Numbers written as words, read into values: `dvě stě` 200, `sixty-four` 64, `ba trăm tỷ`
300 000 000 000, `čtvrt milionu` 250 000, `three-quarters` 0.75, `třetí` 3, `twice` 2,
`desítky tisíc` (tens of thousands).

The QA numbers check compares these with the digits on the other side: a translator writes
`200` as `dvě stě` or `two hundred`, and a wrong word (`sedm` for 8) is a wrong number.
Words that are often no number (`one`, `jeden`, `first`, `druhý` "other", every Vietnamese
word: `một` is also "a", `năm` "year") are read but marked weak: they may explain a number
on the other side, and are never reported when nothing explains them.
"""

from __future__ import annotations

from translate.text.wordbase import (
    CARDINAL,
    FRACTION,
    MULTIPLIER,
    ORDINAL,
    VAGUE,
    WordNumber,
)
from translate.text.words_cs import cs_ordinal_value, czech_numbers
from translate.text.words_en import en_ordinal_value, english_numbers
from translate.text.words_vi import vietnamese_numbers

__all__ = ["WordNumber", "find_word_numbers", "cs_ordinal_value", "en_ordinal_value", "ORDINAL",
           "CARDINAL", "FRACTION", "MULTIPLIER", "VAGUE"]


def find_word_numbers(text: str, lang: str) -> list[WordNumber]:
    """Numbers written as words in `text` (cs, en or vi), left to right."""
    lang = lang.split("_")[0].split("-")[0].lower()
    if lang == "en":
        return english_numbers(text)
    if lang == "cs":
        return czech_numbers(text)
    if lang == "vi":
        return vietnamese_numbers(text)
    return []


