"""Years the source names by their distance from the article's (`năm ngoái`, `năm nay`,
`năm sau`) said as another year (`předloni`, `next year`). Kept apart from `numrelative`'s
table of relations (days, months, quarters) so that each stays small; `relative_issues` calls
it last."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown

__all__ = ["relative_year_issues"]

_VI = re.IGNORECASE
_TARGET = re.IGNORECASE


# years said by their distance from the article's (-2 the year before last ... +1 next year);
# `năm qua` (the past year) may be last year or this one
_VI_YEARS = [(re.compile(r"(?<!\w)năm\s+ngoái(?!\w)", _VI), {-1}),
             (re.compile(r"(?<!\w)năm\s+nay(?!\w)", _VI), {0}),
             (re.compile(r"(?<![\d\w]\s)(?<!\w)năm\s+qua(?!\w)", _VI), {-1, 0}),
             (re.compile(r"(?<!\w)(?:năm\s+(?:sau|tới)|sang\s+năm)(?!\w)", _VI), {1})]
# a year number, the same period a year before, `năm trước`/`năm kia` (the year before another
# one), a count of years: the translation's words may stand for any of them
_VI_OTHER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:cùng\s+kỳ|năm\s+(?:trước|kia"
                            r"|rồi|đó|ấy)|\d+\s+năm|một\s+năm|trước\s+đó)(?!\w)", _VI)
_YEARS = {"cs": [(re.compile(r"(?<!\w)(?:předloni|předloňsk\w*)(?!\w)", _TARGET), -2),
                 (re.compile(r"(?<!\w)(?:loni|loňsk\w*)(?!\w)", _TARGET), -1),
                 (re.compile(r"(?<!\w)(?:letos|letošn\w*)(?!\w)", _TARGET), 0),
                 (re.compile(r"(?<!\w)(?:příští\w*\s+rok\w*|napřesrok)(?!\w)", _TARGET), 1)],
          "en": [(re.compile(r"(?<!\w)(?:the\s+year\s+before\s+last|two\s+years\s+ago)(?!\w)",
                             _TARGET), -2),
                 (re.compile(r"(?<!\w)last\s+year(?!\w)", _TARGET), -1),
                 (re.compile(r"(?<!\w)this\s+year(?!\w)", _TARGET), 0),
                 (re.compile(r"(?<!\w)next\s+year(?!\w)", _TARGET), 1)]}


# this year and last year are what a change or `của năm` implies (`năm nay … tăng 15%` ~ `o 15 %
# víc než loni`, `đầu tiên của năm` ~ `letošní`): translators add them; the year before last or
# next year are never implied
_IMPLIED = {-1, 0}


def relative_year_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`Năm ngoái …, năm nay …` → `Předloni …, letos …`, `… next year`: a year the translation
    names by its distance from the article's that none of the source's relative years is, where
    the source names years only so (no year number, no `cùng kỳ`, no count of years); this
    year and last year are never judged (a change or `của năm` implies them)."""
    lang = lang_of(target_lang)
    if lang not in _YEARS or _VI_OTHER_YEAR.search(source):
        return []
    ours = [(m.group(), years) for pattern, years in _VI_YEARS for m in pattern.finditer(source)]
    if not ours:
        return []
    allowed = set().union(*(years for _, years in ours))
    for pattern, year in _YEARS[lang]:
        theirs = pattern.search(target)
        if theirs is not None and year not in allowed | _IMPLIED:
            return [Issue("numbers", ERROR, f"source has {shown(ours[0][0])}, translation has "
                                            f"{shown(theirs.group())}")]
    return []
