"""A month the translation names for the source's `tháng trước` (the month before): with the
month of the report named once (`Tháng 11 ... so với tháng trước`), the month before is known,
and a translator who names it (`oproti říjnu`, `compared with October`) must name that one."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numdates import month_of_word

__all__ = ["previous_month_issues"]

_PREVIOUS = re.compile(r"(?<!\w)tháng\s+trước(?!\w)", re.IGNORECASE)
_MONTH = re.compile(r"(?<!\w)tháng\s+(\d{1,2})(?![\d/]|[.,]\d)", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}/\d{1,2}")
_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def previous_month_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`Tháng 11 ... so với tháng trước` → `oproti září`: a month of the translation that is
    neither the source's month nor the one before it. Judged only when the source names one
    month in digits, says `tháng trước` and gives no day-month date."""
    if lang_of(target_lang) not in ("cs", "en") or not _PREVIOUS.search(source) or (
            _DATE.search(source)):
        return []
    months = {int(m[1]) for m in _MONTH.finditer(source) if 1 <= int(m[1]) <= 12}
    if len(months) != 1:
        return []
    month = months.pop()
    before = 12 if month == 1 else month - 1
    lang = lang_of(target_lang)
    for word in re.findall(r"[^\W\d_]+", target):
        named = month_of_word(word, lang) if lang == "cs" or word[0].isupper() else 0
        if named and named not in (month, before):  # English names capitalised: `may`
            return [Issue("numbers", ERROR, f"'{word}' in the translation is not the month "
                                            f"before {_NAMES[month - 1]} (`tháng trước`: "
                                            f"{_NAMES[before - 1]})")]
    return []
