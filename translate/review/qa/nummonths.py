"""Months and spans of days the translation gets backwards or wrong by words: a month named for
the source's `tháng trước` (the month before: with `Tháng 11 ... so với tháng trước` named
once, a translator who names it, `oproti říjnu`, `compared with October`, must name that one),
and a span of days of one month turned around (`từ thứ Sáu (4/12) đến Chủ nhật (6/12)` →
`od neděle 6. do pátku 4. prosince`), and a month's part said as another (`giữa tháng 12` →
`late December`)."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numdates import month_of_word
from translate.review.qa.nummessages import shown

__all__ = ["month_part_issues", "previous_month_issues", "reversed_days_issues"]

_PREVIOUS = re.compile(r"(?<!\w)tháng\s+trước(?!\w)", re.IGNORECASE)
_MONTH = re.compile(r"(?<!\w)tháng\s+(\d{1,2})(?![\d/]|[.,]\d)", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}/\d{1,2}")
# a month the sentence is compared with (`Tháng trước ... so với tháng 9`) is not the month
# `tháng trước` is counted back from: that is the article's, which the sentence does not name
_COMPARED = re.compile(r"(?<!\w)(?:so\s+với|hơn|bằng)\s+$", re.IGNORECASE)
_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def previous_month_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`Tháng 11 ... so với tháng trước` → `oproti září`: a month of the translation that is
    neither the source's month nor the one before it. Judged only when the source names one
    month in digits, says `tháng trước` and gives no day-month date."""
    if lang_of(target_lang) not in ("cs", "en") or not _PREVIOUS.search(source) or (
            _DATE.search(source)):
        return []
    months = {int(m[1]) for m in _MONTH.finditer(source) if 1 <= int(m[1]) <= 12
              and not _COMPARED.search(source, 0, m.start())}
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


# a span of days of one month, the month said once at the close or twice alike, a weekday
# allowed before each day: `od neděle 6. do pátku 4. prosince`, `from Sunday, December 6, to
# Friday, December 4`, `from December 6 to 4`
_SPANS = {
    "cs": re.compile(r"(?<!\w)od\s+(?:[^\W\d_]+\s+)?(?P<a>\d{1,2})\.\s+(?:do|až\s+do|až)\s+"
                     r"(?:[^\W\d_]+\s+)?(?P<b>\d{1,2})\.\s+(?P<m>[^\W\d_]+)"
                     # without `od`: `12. až 8. prosince`, `12.–8. prosince`
                     r"|(?<![\w.])(?P<a2>\d{1,2})\.\s*(?:až|–|-)\s*(?P<b2>\d{1,2})\.\s+"
                     r"(?P<m3>[^\W\d_]+)"),
    "en": re.compile(r"\bfrom\s+(?:[A-Z][a-z]+day,?\s+)?(?P<m>[A-Z][a-z]+)\.?\s+(?P<a>\d{1,2})"
                     r"(?:st|nd|rd|th)?,?\s+(?:to|until|through)\s+(?:[A-Z][a-z]+day,?\s+)?"
                     r"(?:(?P<m2>[A-Z][a-z]+)\.?\s+)?(?P<b>\d{1,2})(?!\d)"
                     # without `from`: `December 12-8`, `12-8 December`
                     r"|\b(?P<m3>[A-Z][a-z]+)\.?\s+(?P<a2>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|\s(?:to|until|"
                     r"through)\s)\s*(?P<b2>\d{1,2})(?![\d,.])"
                     r"|(?<![\w.,])(?P<a3>\d{1,2})\s*[-–]\s*(?P<b3>\d{1,2})\s+(?P<m4>[A-Z][a-z]+)")}
_VI_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d]|/\d)")
# the source's own span whose first day borrows the last one's month: `từ ngày 8 đến 12/12`
_VI_SPAN = re.compile(r"(?<![\d/.,])(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?"
                      r"(\d{1,2})/(\d{1,2})(?![\d]|/\d)", re.IGNORECASE)


def _source_days(source: str) -> list[tuple[int, int]]:
    """The source's (day, month) pairs in their order, a span's first day included."""
    found = [(m.start(1), int(m[1]), int(m[2])) for m in _VI_DAY_MONTH.finditer(source)]
    found += [(m.start(1), int(m[1]), int(m[3])) for m in _VI_SPAN.finditer(source)]
    return [(day, month) for _, day, month in sorted(set(found))]


def _span(m: re.Match) -> tuple[int, int, str]:
    """First day, last day and month word of a matched span, whichever shape matched."""
    for a, b, month in (("a", "b", "m"), ("a2", "b2", "m3"), ("a3", "b3", "m4")):
        if m.groupdict().get(a):
            return int(m[a]), int(m[b]), m[month]
    return 0, 0, ""


def reversed_days_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """A span of days of one month whose first day comes after its last in the translation,
    where the source gives the same two days the other way round (`4/12 ... 6/12`)."""
    lang = lang_of(target_lang)
    pattern = _SPANS.get(lang)
    if pattern is None:
        return []
    days = _source_days(source)
    for m in pattern.finditer(target):
        first, last, word = _span(m)
        month = month_of_word(word, lang)
        if not month or lang == "en" and m["m2"] and month_of_word(m["m2"], lang) != month:
            continue
        if first > last and (last, month) in days and (first, month) in days and (
                days.index((last, month)) < days.index((first, month))):
            return [Issue("numbers", ERROR, f"the span of days {shown(m.group())} runs "
                                            f"backwards: the source goes from {last} to {first}")]
    return []


# a part of a month: its start, middle or end (`đầu/giữa/cuối tháng 12` = `early/mid/late
# December`, `začátkem/v polovině/koncem prosince`)
_EARLY, _MID, _LATE = "start", "middle", "end"
_VI_PART = {"đầu": _EARLY, "giữa": _MID, "cuối": _LATE}
# (never a half: `nửa đầu tháng 3` = `v první polovině března`)
_VI_MONTH_PART = re.compile(r"(?<!\w)(?<!nửa\s)(đầu|giữa|cuối)\s+tháng\s+(\d{1,2})(?![\d/]|[.,]\d)",
                            re.IGNORECASE)
_HALF_BEFORE = re.compile(r"(?<!\w)(?:prvn|druh)\w*[\s\u00a0]+$", re.IGNORECASE)
_PART_SAID = {
    "en": re.compile(r"(?<!\w)(?:(?P<p>early|mid|late)[\s-]+|(?:the\s+)?(?P<q>beginning|start"
                     r"|middle|end)\s+of\s+)(?P<m>[A-Z][a-z]+)(?!\w)", re.IGNORECASE),
    "cs": re.compile(r"(?<!\w)(?P<q>začát\w*|počát\w*|polovin\w*|půlk\w*|půlc\w*|uprostřed"
                     r"|prostřed\w*|konc\w*|konec|závěr\w*)\s+(?P<m>[^\W\d_]+)", re.IGNORECASE)}
_PART_WORDS = ((r"early|beginning|start|začát|počát", _EARLY),
               (r"mid|middle|polovin|půlk|půlc|uprostřed|prostřed", _MID),
               (r"late|end|konc|konec|závěr", _LATE))


def month_part_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`giữa tháng 12` said `late December` (`koncem prosince`): the month agrees, the part of
    it does not. Judged only for a month the source names with one part."""
    lang = lang_of(target_lang)
    pattern = _PART_SAID.get(lang)
    if pattern is None:
        return []
    parts: dict[int, set[str]] = {}
    for m in _VI_MONTH_PART.finditer(source):
        parts.setdefault(int(m[2]), set()).add(_VI_PART[m[1].lower()])
    if not parts:
        return []
    for m in pattern.finditer(target):
        if (lang == "en" and not m["m"][0].isupper()) or _HALF_BEFORE.search(
                target, max(0, m.start() - 12), m.start()):
            continue  # an English month has a capital; `v první polovině března`: a half
        month = month_of_word(m["m"], lang)
        said = _part_of((m.groupdict().get("p") or m["q"]).lower())
        mine = parts.get(month, set())
        if len(mine) == 1 and said and said not in mine:
            return [Issue("numbers", ERROR, f"{shown(m.group())} in the translation is not the "
                                            f"{mine.pop()} of {_NAMES[month - 1]} the source "
                                            "names")]
    return []


def _part_of(word: str) -> str:
    """The part of a month a translation's word names (start, middle, end), "" if none."""
    for pattern, part in _PART_WORDS:
        if re.match(pattern, word):
            return part
    return ""
