"""The year a Vietnamese source names by the sixty-year cycle (`Tết Bính Ngọ`, `năm Quý Mão`):
a translator may give it in digits (`lunární Nový rok 2026`, `the 2023 Lunar New Year`), and
that year is then the source's, not one added."""

from __future__ import annotations

import re

__all__ = ["cyclic_year_said"]

_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_OTHER_SPELLINGS = {"kỉ": "kỷ", "mẹo": "mão", "tị": "tỵ", "tí": "tý"}
_NAME = re.compile(r"(?<!\w)(" + "|".join((*_STEMS, "kỉ")) + r")\s+("
                   + "|".join((*_BRANCHES, "mẹo", "tị", "tí")) + r")(?!\w)")


def cyclic_year_said(src_lower: str, year: int) -> bool:
    """Whether `year` is the one a stem-and-branch name of the (lower-cased) source gives:
    1984 was Giáp Tý, the cycle's first year; 2026 is Bính Ngọ."""
    for m in _NAME.finditer(src_lower):
        stem = _STEMS.index(_OTHER_SPELLINGS.get(m[1], m[1]))
        branch = _BRANCHES.index(_OTHER_SPELLINGS.get(m[2], m[2]))
        if (year - 1984) % 10 == stem and (year - 1984) % 12 == branch:
            return True
    return False
