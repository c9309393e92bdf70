"""Weekdays the translation adds: `on Tuesday` where the source names no day of the week,
or names another one (`thứ Năm` → `on Friday`).

A translator may name the weekday of a date (`V pátek 27. listopadu`, `On Saturday, Dec. 5`)
or of a day the source says by a word (`hôm nay` ~ `on Tuesday`, agency style), and a
source may leave out a weekday its original had (NTREX: `Friday morning`), so only two
shapes are reported: a weekday on top of the day word said once more (`today ... on
Tuesday`), and a weekday put after a date as an aside (`April 26 this year, a Sunday`)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numchecks import part_name
from translate.review.qa.nummessages import missing_value
from translate.text.numbers import find_numbers

__all__ = ["date_or_none", "dated_weekday_issues", "names_weekday", "weekday_issues",
           "weekday_pattern", "weekday_number", "year_near"]

# or an hour (`ve středu v 15 hodin`)
_AFTER_WEDNESDAY = r"(?:(?:od|kolem|ráno|dopoledne|odpoledne|večer|v\s+noci)(?!\w)|ve?\s+\d)"
_WEEKDAY = {
    # `středu` only as `ve středu` with no noun after it (`ve středu bouře`: the centre); a
    # part of the day or `od`/`kolem` may follow (`ve středu od 19.30`, `ve středu kolem poledne`)
    # genitives after `od`/`do` (`od úterka`, `do soboty`); adjectives in any case (`sobotního`);
    # `středu`/`středy`/`čtvrtka` after a word of the week's order (`minulou středu`)
    "cs": re.compile(r"(?<!\w)(?:pondělí|pondělka|úterý|úterka|(?<=ve )středu(?!\s+(?!"
                     + _AFTER_WEDNESDAY + r")[^\W\d_])|čtvrtek"
                     r"|(?<=do |od )(?:středy|čtvrtka)|pátek|pátku|sobotu|sobota|soboty"
                     # a weekday said from this week's (`minulou středu`, `od minulého čtvrtka`)
                     r"|(?:(?<=minulou )|(?<=příští )|(?<=tuto ))středu"
                     r"|(?:(?<=minulé )|(?<=příští )|(?<=minulého )|(?<=příštího ))"
                     r"(?:středy|čtvrtka)"
                     r"|neděli|neděle"
                     r"|(?:pondělní|úterní|středeční|čtvrteční|páteční|sobotní|nedělní)"
                     r"(?:ho|mu|m|ch|mi)?)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\w)", re.IGNORECASE),
}
# beside the source's own weekdays a plural is a weekday too (`except on Mondays`)
_PLURAL = {"en": re.compile(r"(?<!\w)(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?!\w)",
                            re.IGNORECASE)}
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
# (a day of the month: `Saturday, 95%` and `sobota, 1,5 milionu` are no dates)
_DATE_AFTER = re.compile(r"[\s\u00a0,(]*(?:the\s+)?(?:(?:[12]\d|3[01]|0?[1-9])(?![\d%]|[.,]\d)"
                         r"|(?:jan|feb|mar|apr|may|jun|jul|aug"
                         r"|sep|oct|nov|dec)\w*\.?\s+\d)", re.IGNORECASE)


def names_weekday(target: str, target_lang: str, source: str = "") -> bool:
    """Whether the translation names a day of the week (`v sobotu`, `on Friday`)."""
    return bool(_weekdays(target, lang_of(target_lang), source))


# `ve středu` before a verb is the weekday where the source names Wednesday (`Thứ Tư (25/11)`
# → `ve středu evakuovala`); elsewhere it may be `in the centre` and counts only before a time
_WEDNESDAY = re.compile(r"(?<!\w)(?<=ve )středu(?!\w)", re.IGNORECASE)
_VI_WEDNESDAY = re.compile(r"(?<!\w)(?:[Tt]hứ\s+Tư|[Tt]hứ\s*4(?=\s*[(,])|T4)(?!\w)")


def _weekdays(target: str, lang: str, source: str) -> list[re.Match[str]]:
    """The weekdays of the translation in order, `ve středu` for the source's Wednesday too."""
    pattern = _WEEKDAY.get(lang)
    if pattern is None:
        return []
    found = list(pattern.finditer(target))
    if lang == "cs" and _VI_WEDNESDAY.search(source):
        found += [m for m in _WEDNESDAY.finditer(target)
                  if not any(f.start() == m.start() for f in found)]
    return sorted(found, key=lambda m: m.start())


def weekday_pattern(lang: str) -> re.Pattern[str] | None:
    """The weekdays of the translation's language (`cs`, `en`), None for another."""
    return _WEEKDAY.get(lang)


def weekday_number(word: str) -> int:
    """The ISO weekday (Monday 1) of a weekday `weekday_pattern` found."""
    return next(n[-1] - 1 for n in _TARGET_DAYS if word.lower() in n[:-1])


def weekday_issues(source: str, target: str, target_lang: str,
                   reference: datetime.date | None = None) -> list[Issue]:
    """A weekday in the translation on top of the day the source names by a word (`hôm nay`
    → `today ... on Tuesday`), or put after a date as an aside (`April 26, a Sunday`), or,
    with the article's date known, another day than the word's (`chiều qua` → `v neděli`
    in an article of Sunday)."""
    lang = lang_of(target_lang)
    pattern = _WEEKDAY.get(lang)
    if pattern is None:
        return []
    if _VI_WEEKDAY.search(source):
        return _weekday_changed(source, target, _PLURAL.get(lang, pattern))
    lowered = source.lower()
    free = [m for m in pattern.finditer(target) if not _DATE_AFTER.match(target, m.end())
            and m.group().lower() not in lowered]  # `The Sunday Telegraph`
    aside = [m for m in free if _ASIDE_BEFORE.search(target, max(0, m.start() - 30), m.start())]
    said = len(_VI_DAY_WORD.findall(source))
    unsaid = max(0, said - len(_DAY_WORD[lang].findall(target)))
    if aside or said and len(free) > unsaid:
        return [Issue("numbers", ERROR, f"'{(aside or free)[0].group()}' in the translation is a "
                                        "weekday the source does not give")]
    return _relative_day_changed(source, free, reference)


# how many days from the article's a day word is: `chiều qua` yesterday, `sáng mai` tomorrow;
# a night runs into the next day (`đêm qua` ~ `v noci na neděli` in an article of Sunday)
_VI_OFFSET = re.compile(r"(?<!\w)(?:hôm\s+(?P<today>nay)|(?:hôm|ngày)\s+(?P<yesterday>qua)"
                        r"|ngày\s+(?P<tomorrow>mai)|(?P<part>sáng|trưa|chiều|tối|đêm|rạng\s+sáng)"
                        r"\s+(?:(?P<t2>nay)|(?P<y2>qua)|(?P<m2>mai)))(?!\w)", re.IGNORECASE)


def _relative_day_changed(source: str, free: list[re.Match[str]],
                          reference: datetime.date | None) -> list[Issue]:
    """`Chiều qua` (yesterday afternoon) → `on Friday` where the article is of Sunday: the
    weekday the translation gives must be a day word's, when the source gives no date but
    today's (`hôm nay (29/11) ... so với hôm qua`: that date is the reference; a dated source
    is judged by its date otherwise)."""
    dates = re.findall(r"\d{1,2}/\d{1,2}", source)
    if dates and reference is not None:
        today = _TODAY_DATED.search(source)
        if today is None or set(dates) != {today.group(1)}:
            return []
        day, month = (int(x) for x in today.group(1).split("/"))
        reference = date_or_none(year_near(month, reference), month, day)
    if reference is None or not free:
        return []
    allowed: set[int] = set()
    for m in _VI_OFFSET.finditer(source):
        offset = -1 if m["yesterday"] or m["y2"] else 1 if m["tomorrow"] or m["m2"] else 0
        night = (m["part"] or "").lower() == "đêm"
        allowed.update((offset, offset + 1) if night else (offset,))
    if not allowed:
        return []
    days = sorted((reference + datetime.timedelta(days=d)).isoweekday() + 1 for d in allowed)
    for m in free:
        if weekday_number(m.group()) + 1 not in days:
            return [Issue("numbers", ERROR, f"'{m.group()}' in the translation is not the "
                                            f"weekday the source's day word gives "
                                            f"({'/'.join(_NAMES[d - 2] for d in days)})")]
    return []  # `hôm nay` ~ `on Tuesday`; a weekday the source left out (`Friday morning`)


_TODAY_DATED = re.compile(r"(?<!\w)hôm\s+nay\s*\(\s*(\d{1,2}/\d{1,2})\s*\)", re.IGNORECASE)


# a weekday put after a date as an aside: `April 26 this year, a Sunday`, `26. dubna, v neděli`
_ASIDE_BEFORE = re.compile(r"\d[^,;.()]{0,20},\s+(?:(?:a|an|tedy|což je)\s+)?(?:v|ve\s+)?$",
                           re.IGNORECASE)


# the days of the week by number, Monday 2 to Sunday 8, as Vietnamese counts them; a source
# weekday is a day word written with its capital (`thứ Năm`; `lần thứ năm` is the fifth time),
# `chủ nhật`, or a numbered day before its date (`thứ 5 (4/12)`, `T5`)
_VI_DAYS = {"Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7}
_VI_NAMED_DAY = re.compile(r"(?<!\w)(?:[Tt]hứ\s+(?P<w>Hai|Ba|Tư|Năm|Sáu|Bảy)(?!\w)|[Tt]hứ\s*"
                           r"(?P<d>[2-7])(?=\s*(?:\(|,\s*(?:ngày\s+)?\d|ngày\s+\d|\d{1,2}/))"
                           r"|(?P<t>T[2-7])(?!\w)|(?P<cn>[Cc]hủ\s+[Nn]hật|CN)(?!\w))")
# more days listed after `thứ Hai` with `thứ` said once: `thứ Hai, Tư, Sáu và Chủ nhật`
_VI_LISTED_DAY = re.compile(r"(?:,\s*|\s+và\s+)(Hai|Ba|Tư|Năm|Sáu|Bảy)(?!\w)")
_ADJECTIVE = ("", "ho", "mu", "m", "ch", "mi")  # the endings of `sobotní`: `sobotního` ...
_TARGET_DAYS = tuple((*names, *(adj + e for e in _ADJECTIVE), day) for *names, adj, day in (
    ("pondělí", "pondělka", "monday", "pondělní", 2), ("úterý", "úterka", "tuesday", "úterní", 3),
    ("středa", "středu", "středy", "wednesday", "středeční", 4),
    ("čtvrtek", "čtvrtka", "thursday", "čtvrteční", 5),
    ("pátek", "pátku", "friday", "páteční", 6),
    ("sobota", "sobotu", "soboty", "saturday", "sobotní", 7),
    ("neděle", "neděli", "sunday", "nedělní", 8)))


def _weekday_changed(source: str, target: str, pattern: re.Pattern[str]) -> list[Issue]:
    """A weekday of the translation the source gives as another day (`từ thứ Năm` → `on
    Friday`); a weekday the source names may be left out or said once for a range."""
    ours = set()
    for m in _VI_NAMED_DAY.finditer(source):
        ours.add(_VI_DAYS[m["w"]] if m["w"] else int((m["d"] or m["t"] or "T8")[-1])
                 if not m["cn"] else 8)
        end = m.end()
        while m["w"] and (more := _VI_LISTED_DAY.match(source, end)):  # `thứ Hai, Tư, Sáu`
            ours.add(_VI_DAYS[more[1]])
            end = more.end()
    if not ours:
        return []
    for m in pattern.finditer(target):
        word = m.group().lower()
        word = word[:-1] if word.endswith("days") else word  # `Tuesdays`
        day = next((names[-1] for names in _TARGET_DAYS if word in names[:-1]), None)
        if day is not None and day not in ours:
            return [Issue("numbers", ERROR, f"'{m.group()}' in the translation is a weekday "
                                            "the source does not give")]
    return []


# a part of the day said with the date (`Chiều 27/11`), and the translation's next to the weekday
_VI_PART_BEFORE = re.compile(r"(sáng|trưa|chiều|tối|đêm|khuya)(?:\s+(?:nay|mai|qua))?\s*\(?\s*"
                             r"(?:ngày\s+)?$", re.IGNORECASE)
_PART_NEAR = re.compile(r"(?<!\w)(ráno|dopoledne|poledne|odpoledne|večer|v\s+noci|morning"
                        r"|afternoon|evening|night)(?!\w)", re.IGNORECASE)
# an hour said with the date (`23h ngày 24/11`); its empty first group: no part-of-day word
_TIME_BEFORE = re.compile(r"(?<!\d)()(?P<h>\d{1,2})\s*(?:giờ|h)(?:\s*\d+)?(?:\s+\w+)?\s+"
                          r"(?:ngày\s+)?$", re.IGNORECASE)
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the night of a date said by the day it runs into: `Đêm 28/11` (a Saturday) ~ `v noci na
# neděli`, `overnight into Sunday`, `on the night to Sunday`
_NIGHT_INTO = re.compile(r"(?:v\s+noci|noc)\s+na\s+$|(?:overnight|night)\s+(?:in)?to\s+$",
                         re.IGNORECASE)


def dated_weekday_issues(source: str, target: str, target_lang: str, issues: list[Issue],
                         reference: datetime.date | None, extra: Sequence = ()) -> list[Issue]:
    """`issues` with a lost day-month date that the translation gives as its weekday (news
    style: `Chiều 27/11` → `v pátek odpoledne`) accepted when that date falls on that weekday
    in its own year, else in the article's (`reference`) year, and reported when it does not.
    Lost dates and free weekdays (no date after them) are paired in order; `extra`: dates
    the source writes bare (`(28/11)`, `numreference.bare_dates`)."""
    lang = lang_of(target_lang)
    pattern = _WEEKDAY.get(lang)
    if pattern is None or not any(missing_value(i) for i in issues):
        return issues
    dates = {t.text: t for t in find_numbers(source, "vi") if t.day and t.month}
    dates.update((d.text, d) for d in extra)
    free = [m for m in _weekdays(target, lang, source) if not _DATE_AFTER.match(target, m.end())]
    kept = []
    for issue in issues:
        lost = missing_value(issue)
        token = dates.get(lost) if lost else None
        years = _years(token, reference) if token is not None else []
        if not years or not free:
            kept.append(issue)
            continue
        found = free.pop(0)
        word = found.group()
        # the source's part of the day (`Sáng 28/11`) or its hour's (`7 giờ ngày 28/11`)
        ours = _VI_PART_BEFORE.search(source, 0, token.start) or _TIME_BEFORE.search(
            source, 0, token.start)
        part = ours and (part_name(ours[1]) if ours[1] else _hour_part(int(ours["h"])))
        theirs = _PART_NEAR.search(target, found.end(), found.end() + 30) or _PART_NEAR.search(
            target, max(0, found.start() - 20), found.start())
        if part and theirs and {part, part_name(theirs[1])} - {"noon"} and (
                part != part_name(theirs[1])):  # `Sáng 28/11` → `v sobotu večer`
            kept.append(Issue("numbers", ERROR, f"source has '{ours.group().strip()} "
                              f"{lost}', translation has '{word} {theirs[1]}'"))
            continue
        weekday = weekday_number(word)
        days = [d for d in (date_or_none(y, token.month, token.day) for y in years) if d]
        if part == "late" and _NIGHT_INTO.search(target[max(0, found.start() - 20):found.start()]):
            days = [d + datetime.timedelta(days=1) for d in days]
        if days and not any(d.isoweekday() == weekday for d in days):
            kept.append(Issue("numbers", ERROR, f"'{lost}' is given as '{word}' in the "
                              f"translation, but {days[0].isoformat()} is a "
                              f"{_NAMES[days[0].weekday()]}: a wrong weekday for the date"))
        elif not days:
            kept.append(issue)
    return kept


def _hour_part(hour: int) -> str:
    """The part of the day an hour falls in, as `part_name` names them."""
    return ("late" if hour < 5 or hour >= 18 else "morning" if hour < 12 else "noon"
            if hour == 12 else "afternoon")


def _years(token, reference: datetime.date | None) -> list[int]:
    """The year a date is in: its own, else `year_near`'s."""
    if token.year:
        return [token.year]
    return [] if reference is None else [year_near(token.month, reference)]


def year_near(month: int, reference: datetime.date) -> int:
    """The year of a day-month date without one: the reference's, or across the new year when
    both are within two months of it (`30/12` in an article of 2 January is last year's, `1/1`
    in one of 29 November next year's)."""
    if reference.month <= 2 and month >= 11:
        return reference.year - 1
    if reference.month >= 11 and month <= 2:
        return reference.year + 1
    return reference.year


def date_or_none(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:  # 29/2 outside a leap year
        return None
