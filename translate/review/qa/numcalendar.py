"""Calendar facts a Vietnamese source says in words and a translator may give in digits: the
year named by the sixty-year cycle (`Tết Bính Ngọ` ~ `lunární Nový rok 2026`, `năm Quý Mão`
~ `2023`), and the start of the year (`từ đầu năm` ~ `since January 1`, `od 1. ledna`)."""

from __future__ import annotations

import re

__all__ = ["cyclic_year_said", "year_start_said"]

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


_YEAR_START = re.compile(r"(?<!\w)(?:từ|kể từ|tính từ)\s+đầu\s+năm(?!\s+(?:học|tài))")


def year_start_said(src_lower: str, day: int | None, month: int | None) -> bool:
    """Whether a date (`January 1`) is the start of the year the source says by words: `từ
    đầu năm` (since the start of the year; not `đầu năm học`, the school year's)."""
    return (day, month) == (1, 1) and _YEAR_START.search(src_lower) is not None
