"""What the number-word readers share: the `WordNumber` they return and a few helpers.

The readers are `translate.text.words_en`, `words_cs` and `words_vi`; callers use
`translate.text.wordnumbers.find_word_numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["WordNumber", "CARDINAL", "ORDINAL", "FRACTION", "MULTIPLIER", "VAGUE", "dec", "frac",
           "can_add", "gap_ok", "words_of", "drop_nested"]

CARDINAL, ORDINAL, FRACTION, MULTIPLIER, VAGUE = (
    "cardinal", "ordinal", "fraction", "multiplier", "vague")


@dataclass(frozen=True)
class WordNumber:
    """A number written in words. `value`: what it says (`tři sta milionů`: 300 000 000;
    `třetí`: 3; `desítky tisíc`: 10 000, the order of magnitude); `others`: further readings
    (`third` is also 1/3, `two decades` also 20 years); `scaled`: it has a scale word
    (`milion`, `billion`, `tỷ`) like `2,5 mld.`; `strong`: it is surely a number."""

    start: int
    end: int
    text: str
    kind: str
    value: Decimal
    others: tuple[Decimal, ...] = ()
    scaled: bool = False
    strong: bool = True

    def values(self) -> frozenset[Decimal]:
        return frozenset((self.value, *self.others))


def dec(n: int | str) -> Decimal:
    """`Decimal`, short."""
    return Decimal(n)


def frac(a: int, b: int) -> Decimal:
    return Decimal(a) / Decimal(b)


_WORD = re.compile(r"[^\W\d_]+\.?")


def words_of(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def can_add(current: Decimal, n: int) -> bool:
    """`twenty` + `four`, `sto` + `dvacet`, `dvě stě` + `padesát`; never `five` + `six`."""
    if not current:
        return True
    if current % 100 == 0:
        return n < 100
    return current % 10 == 0 and n < 10


def gap_ok(text: str, a: int, b: int, joiners: tuple[str, ...]) -> bool:
    gap = text[a:b].strip(" \u00a0-–").lower()
    return gap == "" or gap in joiners


def drop_nested(found: list[WordNumber]) -> list[WordNumber]:
    out: list[WordNumber] = []
    for nw in sorted(found, key=lambda n: (n.start, -n.end)):
        if out and nw.start < out[-1].end:
            continue
        out.append(nw)
    return out


