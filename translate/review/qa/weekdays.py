"""Weekdays the translation adds: `on Tuesday` where the source names no day of the week.

A translator may name the weekday of a date (`V pátek 27. listopadu`, `On Saturday, Dec. 5`)
or of a day the source says by a word (`hôm nay` ~ `on Tuesday`, agency style); a weekday
beside neither, or beside the day word said once more (`today ... on Tuesday`), is a day the
source does not give, so an error of the numbers family (a date changed)."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of

__all__ = ["weekday_issues"]

_WEEKDAY = {
    # `středu` only as `ve středu` with no noun after it (`ve středu bouře`: the centre)
    "cs": re.compile(r"(?<!\w)(?:pondělí|úterý|(?<=ve )středu(?!\s+[^\W\d_])|čtvrtek|pátek"
                     r"|sobotu|sobota|neděli|neděle|pondělní|úterní|středeční|čtvrteční|páteční|sobotní|nedělní)(?!\w)",
                     re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\w)", re.IGNORECASE),
}
_VI_WEEKDAY = re.compile(r"(?<!\w)(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|T[2-7]|CN)"
                         r"(?!\w)", re.IGNORECASE)
# days said by a word: today, yesterday, tomorrow, this morning, last night
_VI_DAY_WORD = re.compile(r"(?<!\w)(?:hôm\s+(?:nay|qua|kia)|ngày\s+(?:mai|mốt|hôm qua)"
                          r"|(?:sáng|trưa|chiều|tối|đêm|rạng sáng)\s+(?:nay|qua|mai))(?!\w)",
                          re.IGNORECASE)
_DAY_WORD = {"cs": re.compile(r"(?<!\w)(?:dnes|dnešn\w*|včera|včerejš\w*|zítra|zítřejš\w*"
                              r"|předevčírem|pozítří)(?!\w)", re.IGNORECASE),
             "en": re.compile(r"(?<!\w)(?:today|tonight|yesterday|tomorrow|this (?:morning"
                              r"|afternoon|evening)|last night)(?!\w)", re.IGNORECASE)}
# a date right after the weekday: `pátek 27. listopadu`, `Friday, Nov. 27`, `Friday (4/12)`
_DATE_AFTER = re.compile(r"[\s\u00a0,(]*(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug"
                         r"|sep|oct|nov|dec)\w*\.?\s+\d)", re.IGNORECASE)


def weekday_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """A weekday in the translation that neither the source nor a date beside it gives."""
    lang = lang_of(target_lang)
    pattern = _WEEKDAY.get(lang)
    if pattern is None or _VI_WEEKDAY.search(source):
        return []
    free = [m for m in pattern.finditer(target) if not _DATE_AFTER.match(target, m.end())]
    if not free:
        return []
    said = len(_VI_DAY_WORD.findall(source)) - len(_DAY_WORD[lang].findall(target))
    if len(free) <= said:
        return []  # `hôm nay` ~ `on Tuesday`: the day the source names by a word
    return [Issue("numbers", ERROR, f"'{free[0].group()}' in the translation is a weekday the "
                                    "source does not give")]
