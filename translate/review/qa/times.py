"""Times of day as each language writes them, for the numbers check: `8 giờ tối` = `20:00`
= `ve 20 hodin` = `v osm večer` = `8 p.m.`; `12 giờ trưa` = `v poledne` = `noon`;
`6 giờ rưỡi` = `v půl sedmé` = `6.30` = `6:30`; `2 giờ 35 phút sáng` = `2:35 a.m.`.

A time is an hour on the 12-hour clock, minutes, and the half of the day when the text says
it (`tối`, `odpoledne`, `p.m.`, or a 24-hour `20:00`); two times agree when hour and minutes
do and no half of the day contradicts the other. Race times (`4 phút 18 giây 28` =
`4:18,28`) are read here too, as they look like clock times.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.review.qa.base import lang_of
from translate.text.numbers import NumberToken
from translate.text.numwords import cs_word_table
from translate.text.wordnumbers import cs_ordinal_value
from translate.text.words_cs import CS_HALF_OF_NTH_NOUNS

__all__ = ["TimeOfDay", "find_times", "find_race_times", "with_clock_tokens"]


@dataclass(frozen=True)
class TimeOfDay:
    """`hour` as written (0-23), `pm`: True afternoon/evening, False morning, None unknown.
    `plain`: an hour with nothing else (`24 giờ`), which may be a duration (`24 hodin`)."""

    start: int
    end: int
    text: str
    hour: int
    minute: int
    pm: bool | None = None
    plain: bool = False

    @property
    def key(self) -> tuple[int, int]:
        return (self.hour % 12, self.minute)

    def agrees(self, other: TimeOfDay) -> bool:
        return self.key == other.key and (
            self.pm is None or other.pm is None or self.pm == other.pm)


def _half_of_day(hour: int, period: str) -> bool | None:
    """Which half of the day a period word puts an hour in: `9 giờ tối` pm, `2 giờ đêm` am."""
    period = period.lower()
    if period in ("sáng", "ráno", "dopoledne", "a.m.", "am", "a.m", "ranní", "dopolední"):
        return None if hour == 12 else False
    if period in ("chiều", "tối", "odpoledne", "večer", "p.m.", "pm", "p.m", "odpolední",
                  "večerní"):
        return True
    if period in ("trưa", "poledne"):
        return {11: False, 12: True, 1: True, 2: True}.get(hour)
    if period in ("đêm", "khuya", "v noci", "noci"):
        return 6 <= hour <= 11 or (False if hour == 12 or hour < 6 else None)
    return None


def _clock_half(hour: int, written: str) -> bool | None:
    """A 24-hour time says its half of the day from 13:00 on (and `00:30`, `08:00`)."""
    if hour == 24:  # `24h`: midnight
        return False
    if hour >= 13:
        return True
    if hour == 0 or written[:1] == "0":
        return False
    return None


_VI_PERIOD = r"(?:\s*,?\s*(?P<p>sáng|trưa|chiều|tối|đêm|khuya))?"
# what may follow the bare minutes of `14 giờ 30`: an end, a period word, the other end of a
# span (`từ 14 giờ 30 đến 14 giờ 45`, `hoãn từ 14 giờ 05 sang 16 giờ 40`) or a function word
# that opens a clause (`16 giờ 40 do thời tiết xấu`), a weekday, never a noun the number counts
_VI_MIN_END = r"(?=\s*(?:[,.;:)!?]|$|và\b|rồi\b|thì\b|sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm" \
              r"|tại\b|ở\b|theo\b|giờ\b|\(|(?:đến|tới|sang)\s+\d|[-–]\s*\d{1,2}\s*(?:giờ|h)" \
              r"|(?:do|vì|bởi|để|khi|nhưng|với|so|cho|trước|sau|mới|mỗi|hằng)\s" \
              r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)(?!\w)|chủ\s+nhật))"
_VI = re.compile(
    r"(?<![\d.,:])(?:(?<!\d/)|(?<=24/))(?P<h>\d{1,2})(?:(?:[.:](?P<hm2>[0-5]\d))?"
    r"\s*giờ(?:\s*(?P<m>\d{1,2})\s*phút|\s*(?P<m2>\d{1,2})" + _VI_MIN_END
    + r"|\s*(?P<half>rưỡi)|\s*kém\s*(?P<k>\d{1,2})(?:\s*phút)?)?"
    r"|h(?P<hm>[0-5]\d)?(?![\w]))" + _VI_PERIOD, re.IGNORECASE)
_VI_DAY = re.compile(r"(?<!\w)(?:(sáng|trưa|chiều|tối|đêm)\s+(?:hôm\s+)?(?:nay|qua|mai"
                     r"|ngày\s+\d|\d{1,2}/\d{1,2}|thứ\s+\w+|chủ\s+nhật)"
                     r"|(?:buổi|mỗi|hằng|hàng)\s+(sáng|trưa|chiều|tối))", re.IGNORECASE)
# the half of the day said right before the hour: `Trưa 12 giờ`, `tối lúc 7 giờ`
_VI_PERIOD_BEFORE = re.compile(r"(?<!\w)(sáng|trưa|chiều|tối|đêm)(?:\s+(?:hôm\s+)?(?:nay|mai|qua))?"
                               r"\s*,?\s+(?:lúc\s+|vào\s+)?$", re.IGNORECASE)  # `Sáng mai, 9 giờ`
# a word for a part of the day anywhere in the sentence: without one, `9 giờ 48` is morning
_VI_ANY_PERIOD = re.compile(r"(?<!\w)(?:sáng|trưa|chiều|tối|đêm|khuya|nửa\s+đêm)(?!\w)",
                            re.IGNORECASE)
_VI_AT = re.compile(r"(?:lúc|vào|từ|đến|tới|khoảng|trước|sau)\s*$", re.IGNORECASE)
_CS_PERIOD = r"(?:\s+(?P<p>ráno|dopoledne|odpoledne|večer|v\s+noci|ranní|dopolední|odpolední" \
             r"|večerní))?"  # `5. hodinou ranní`
_CS_CONTEXT = r"(?:(?<=\bv\s)|(?<=\bve\s)|(?<=\bod\s)|(?<=\bdo\s)|(?<=\bpo\s)|(?<=\bo\s)" \
              r"|(?<=\baž\s)|(?<=\bkolem\s)|(?<=\bpřed\s)|(?<=\bmezi\s)|(?<=\bzhruba\s)" \
              r"|(?<=\basi\s)|(?<=\bin\s))"
_CS_DIGITS = re.compile(
    r"(?<![\d.,:])(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[.:])(?P<m>[0-5]\d)(?!\d|[.,]\d)"
    r"(?:\s*(?:hod(?:in|\.)?\w*|h\b))?|\.?\s*(?:hodin\w*|hod\.)|(?=\s+(?:ráno|dopoledne|"
    r"odpoledne|večer|v\s+noci)(?!\w)))" + _CS_PERIOD, re.IGNORECASE)  # (`23 večerních` counts)
_EN_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
_EN_NAMED = {"noon": 12, "midday": 12, "midnight": 12}
_EN_HOURS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_EN = re.compile(
    r"(?<![\d.,:])(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?|(?P<w>"
    + "|".join(_EN_HOURS) + r")(?:\s+o'clock)?)\s*(?P<p>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)"
    r"|(?P<noon>\bnoon\b|\bmidday\b)|(?P<midnight>\bmidnight\b)"
    # `half past seven`, `a quarter to five in the afternoon`, `twenty past six`
    # (never `half to`, and never an hour with decimals: `by half to 1.2 million`)
    r"|\b(?!half\s+to\b)(?:(?P<half>half)|(?:a\s+)?(?P<qq>quarter)|(?P<qm>five|ten|twenty|twenty-five)"
    r"(?:\s+minutes)?)\s+(?P<qd>past|to)\s+(?P<hp>\d{1,2}|noon|midday|midnight|"
    + "|".join(_EN_HOURS) + r")\b(?![.,]\d)"  # `five to six years`: a range of a counted noun
    r"(?![\s-]*(?:%|(?:years?|months?|weeks?|days?|hours?|minutes?|times|per\s*cent)\b))"
    r"(?:\s+(?:in\s+the|this)\s+(?P<qp>morning|afternoon|evening)|\s+(?P<qn>at\s+night)"
    r"|\s*(?P<qap>[ap]\.\s?m\.|[ap]m\b))?"
    r"|(?<![\d.,:])(?P<dh>\d{1,2}|" + "|".join(_EN_HOURS) + r")(?:[:.](?P<dm>[0-5]\d)|\s+o'clock)?"
    r"\s+(?:(?:in\s+the|this|the\s+next|the\s+following|tomorrow)\s+"  # `four the next morning`
    r"(?P<dp>morning|afternoon|evening)|(?P<night>at\s+night)|(?P<tonight>tonight|this\s+"
    r"evening|this\s+afternoon))"
    r"|(?<![\d.,:])(?P<oh>\d{1,2}|" + "|".join(_EN_HOURS) + r")\s+o'clock", re.IGNORECASE)
_CS_MINUTES = cs_word_table()
_CS_WORD_HOURS = {**{w: n for w, n in cs_word_table().items() if n <= 12},
                  "jedna": 1, "jednu": 1, "jedné": 1, "jednou": 1, "deset": 10, "deseti": 10}
_CS_WORDS = re.compile(
    r"(?P<noon>\b(?:v\s+)?poled(?:ne|nem)\b)|(?P<midnight>\b(?:o\s+)?půlnoc\w*)"
    # the half of the day first: `ráno v sedm`, `večer v 8`
    r"|\b(?P<pre>ráno|dopoledne|odpoledne|večer|v\s+noci)\s+(?:v|ve|o|kolem|asi|zhruba)\s+"
    r"(?P<pw>\d{1,2}|\w+)\b(?!\s*(?:hodin|[:.]\d|čtvrt|minut|set\b|sta\b|stovk|tisíc|milion))"
    # `půl druhé` (1:30), but `půl druhého roku` is a year and a half
    r"|\bpůl\s+(?!hodiny\s+(?:před|po)\s)(?P<half>\w+)(?!\s+(?:" + CS_HALF_OF_NTH_NOUNS + r")\b)"
    r"(?:\s+(?P<hp>ráno|dopoledne|odpoledne|večer|v\s+noci))?"
    # `deset minut před třetí` (2:50), `pět minut po sedmé`
    # `čtvrt hodiny po půlnoci` (0:15), `půl hodiny po půlnoci` (0:30), `pět minut před půlnocí`
    r"|\b(?:(?:v|ve|asi|kolem|zhruba|přibližně|přesně)\s+)*(?:(?P<bm>\d{1,2}|\w+)\s+minut\w*"
    r"|(?P<bq>čtvrt|půl)\s+hodiny)\s+(?P<bd>před|po)\s+(?P<bh>\w+)"
    r"(?:\s+(?P<bp>ráno|dopoledne|odpoledne|večer|v\s+noci))?"
    r"|\b(?P<q>tři\s+čtvrtě|čtvrt)\s+na\s+(?P<qh>\w+)"
    r"(?:\s+(?P<qp>ráno|dopoledne|odpoledne|večer|v\s+noci))?"
    r"|\b(?:(?:v|ve|od|do|kolem|po|před|až|o|zhruba|asi|a|na|mezi)\s+)+"  # `až kolem osmé večer`
    r"(?!půl\b|poledne|půlnoc|tři\s+čtvrtě|čtvrt\s+na)(?P<w>\w+)"
    r"(?:\s+(?P<hod>hodin\w*))?" + _CS_PERIOD, re.IGNORECASE)


# `at about ten to three`: `ten to three` is a time only after `at` (`ten to six people`)
_AT_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after)\s+(?:(?:about|around|roughly"
                        r"|approximately|just)\s+)?$", re.IGNORECASE)


def _cs_hour(word: str, hour_noun: bool = False) -> int:
    """The hour a Czech word names (`osm`, `osmé`); `čtvrtou` only before its noun or the
    half of the day (`mezi půlnocí a čtvrtou hodinou ranní`, `před devátou večer`), since
    alone it is often another ordinal."""
    word = word.lower()
    return _CS_WORD_HOURS.get(word) or (cs_ordinal_value(word) if word.endswith(
        ("é", "í", "ou") if hour_noun else ("é", "í")) else 0)


def _day_word_for_a_later_time(end: int, day_words: list[re.Match], time_starts: list[int]
                               ) -> bool:
    """The part of the day said once belongs to a later time, not to the one ending at `end`:
    every day word comes after that time and some time comes after a day word (`vào lớp lúc
    7h15, tan học buổi chiều lúc 16h30`: the afternoon is 16h30's, and 7h15 stays morning)."""
    return all(d.start() >= end for d in day_words) and any(
        start > d.start() for d in day_words for start in time_starts)


def find_times(text: str, lang: str, tokens: Sequence[NumberToken] = ()) -> list[TimeOfDay]:
    """Times of day in `text`: this module's forms and the clock `time` tokens given (the
    number reader's `17:30`), the first found winning where they overlap."""
    lang = lang_of(lang)
    found: list[TimeOfDay] = []
    if lang == "vi":
        # `Sáng 3/6, lúc 9 giờ`: the half of the day said once for the day, before its date
        day_words = list(_VI_DAY.finditer(text))
        days = {(d[1] or d[2]).lower() for d in day_words}
        day = days.pop() if len(days) == 1 else ""
        clock = list(_VI.finditer(text))
        time_starts = [m.start() for m in clock]
        for m in clock:
            hour = int(m["h"])
            minute = int(m["m"] or m["m2"] or m["hm"] or m["hm2"] or 0) + (
                30 if m["half"] else 0)
            if m["k"]:
                hour, minute = hour - 1, 60 - int(m["k"])
            if hour > 24 or minute > 59:
                continue
            period = m["p"] or ""
            pm = _half_of_day(hour, period) if period else None
            if pm is None:  # `22 giờ đêm`, `22h đêm`: the 24-hour clock says it already
                pm = _clock_half(hour, m["h"])
            lead = _VI_PERIOD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if pm is None and lead and hour <= 12:  # `Trưa 12 giờ`, `tối lúc 7 giờ`
                pm = _half_of_day(hour, lead[1])
            plain = not (m["m"] or m["m2"] or m["hm"] or m["hm2"] or m["half"] or m["k"]
                         or period)
            if pm is None and day and hour <= 12 and _VI_AT.search(text[max(0, m.start() - 12)
                                                                        : m.start()]) \
                    and not _day_word_for_a_later_time(m.end(), day_words, time_starts):
                pm = _half_of_day(hour, day)
            if pm is None and hour < 12 and (re.match(r"\d{1,2}h", m.group()) or (
                    m["m"] or m["m2"] or m["hm2"]) and not _VI_ANY_PERIOD.search(text)):
                pm = False  # `9h15`, `9 giờ 48 phút` are the 24-hour clock (`21h15` is evening;
                # `8 giờ kém 15`, `6 giờ rưỡi`, said as people speak, may be either)
            found.append(TimeOfDay(m.start(), m.end(), m.group().strip(), hour, minute, pm,
                                   plain))
    elif lang == "cs":
        for m in _CS_DIGITS.finditer(text):
            hour, minute = int(m["h"]), int(m["m"] or 0)
            context = re.search(_CS_CONTEXT + r"$", text[max(0, m.start() - 60) : m.start()],
                                re.IGNORECASE)
            if m["sep"] == "." and not (context or m["p"] or "hod" in m.group()):
                continue  # `14.30` alone may be a decimal
            period = re.sub(r"\s+", " ", m["p"] or "")
            pm = _half_of_day(hour, period) if period else _clock_half(hour, m["h"])
            if pm is None and (m["m"] or "hod" in m.group().lower()) and hour <= 12:
                pm = hour == 12  # Czech writes the 24-hour clock: `8:00`, `v 8 hodin` is
                # morning, `ve 12:30` half past noon
            found.append(TimeOfDay(m.start(), m.end(), m.group().strip(), hour, minute, pm,
                                   plain=not (m["m"] or period)))
        found += _cs_word_times(text, found)
        found += _cs_range_starts(text, found)
        found += _cs_listed_hours(text, found)
    elif lang == "en":
        for m in _EN.finditer(text):
            if m["noon"] or m["midnight"]:
                found.append(TimeOfDay(m.start(), m.end(), m.group(), 12 if m["noon"] else 0,
                                       0, bool(m["noon"])))
                continue
            if m["oh"]:  # `eight o'clock`: the half of the day unsaid
                hour = int(m["oh"]) if m["oh"].isdigit() else _EN_HOURS[m["oh"].lower()]
                if 1 <= hour <= 12:
                    found.append(TimeOfDay(m.start(), m.end(), m.group(), hour, 0))
                continue
            if m["dh"]:  # `nine in the morning`, `8 tonight`, `7.30 in the evening`
                hour = int(m["dh"]) if m["dh"].isdigit() else _EN_HOURS[m["dh"].lower()]
                pm = m["dp"] is None or m["dp"].lower() != "morning"
                if 1 <= hour <= 12 and not (m["dm"] and not m["dh"].isdigit()):
                    found.append(TimeOfDay(m.start(), m.end(), m.group(), hour,
                                           int(m["dm"] or 0),
                                           pm if not m["night"] or hour >= 6 else False))
                continue
            if m["hp"]:
                named = _EN_NAMED.get(m["hp"].lower())  # `a quarter to midnight`: 23:45
                hour = int(m["hp"]) if m["hp"].isdigit() else named or _EN_HOURS.get(
                    m["hp"].lower(), 12)
                minute = 30 if m["half"] else 15 if m["qq"] else _EN_MINUTES[m["qm"].lower()]
                if m["qd"].lower() == "to":
                    hour, minute = hour - 1, 60 - minute
                period = (m["qp"] or m["qap"] or "").lower() or (
                    ("pm" if (m["hp"].lower() == "midnight") == (m["qd"].lower() == "to")
                     else "am") if named else "")
                if m["qm"] and not (period or m["qn"] or _AT_BEFORE.search(
                        text, max(0, m.start() - 30), m.start())):
                    continue  # `ten to six people`: a range; `at ten to six`: a time
                pm = (period in ("afternoon", "evening") or period.startswith("p")) if period else (
                    False if m["qn"] and hour < 6 else None)
                if 0 <= hour <= 12 and 0 < minute < 60:
                    found.append(TimeOfDay(m.start(), m.end(), m.group(), hour, minute, pm))
                continue
            hour = int(m["h"]) if m["h"] else _EN_HOURS[m["w"].lower()]
            pm = m["p"].lower().startswith("p")
            if 1 <= hour <= 12:
                found.append(TimeOfDay(m.start(), m.end(), m.group(), hour, int(m["m"] or 0),
                                       pm))
        found += _en_range_starts(text, found)
    return with_clock_tokens(text, lang, found, tokens)


# `from 9.30 to 11.30am`, `between 7.30 and 11am`, `are 9.30 to 11.30am`: the start of a
# span of hours written with its minutes, the half of the day said once at the close (shared
# when the start comes first); `from`/`between` may be left out, never after a currency sign
_EN_RANGE = re.compile(r"(?:\b(?:from|between)\s+|(?<![\d.,$£€\w]))"
                       r"(?P<a>\d{1,2})[.:](?P<am>[0-5]\d)\s*"
                       r"(?:to|and|-|–)\s*(?P<b>\d{1,2})(?:[.:][0-5]\d)?\s*"
                       r"(?P<p>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)", re.IGNORECASE)


def _en_range_starts(text: str, found: list[TimeOfDay]) -> list[TimeOfDay]:
    out = []
    for m in _EN_RANGE.finditer(text):
        first, last = int(m["a"]), int(m["b"])
        if not (1 <= first <= 12 and 1 <= last <= 12) or any(
                o.start < m.end("am") and m.start("a") < o.end for o in found):
            continue
        pm = m["p"].lower().startswith("p") if first % 12 <= last % 12 else None
        out.append(TimeOfDay(m.start("a"), m.end("am"), text[m.start("a"):m.end("am")], first,
                             int(m["am"]), pm))
    return out


def with_clock_tokens(text: str, lang: str, found: Sequence[TimeOfDay],
                      tokens: Sequence[NumberToken]) -> list[TimeOfDay]:
    """`found` (times of `lang`'s own forms in `text`, as `find_times` gives them without
    tokens) and the clock `time` tokens that none of them overlaps, sorted: the second half of
    `find_times`, for a caller that has the first half already."""
    lang = lang_of(lang)
    found = list(found)
    for tok in tokens:
        if tok.kind == "time" and not any(t.start < tok.end and tok.start < t.end
                                          for t in found):
            pm = _clock_half(tok.value.hour, tok.text)
            if pm is None and lang == "cs" and tok.value.hour <= 12:
                pm = tok.value.hour == 12  # Czech writes the 24-hour clock: `8:00` is morning
            if lang == "en" and re.match(r"\s*[ap]\.?\s?m\b", text[tok.end:], re.IGNORECASE):
                continue
            found.append(TimeOfDay(tok.start, tok.end, tok.text, tok.value.hour,
                                   tok.value.minute, pm))
    return sorted(found, key=lambda t: t.start)


def _cs_word_times(text: str, found: list[TimeOfDay]) -> list[TimeOfDay]:
    out = []
    for m in _CS_WORDS.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        period = re.sub(r"\s+", " ", m["p"] or "")
        if m["noon"] and out and re.fullmatch(r"[\s\u00a0]+", text[out[-1].end : m.start()]):
            continue  # `v půl dvanácté v poledne`: `v poledne` names the time's part of day
        if m["noon"]:
            out.append(TimeOfDay(m.start(), m.end(), m.group(), 12, 0, True))
        elif m["pre"]:
            hour = int(m["pw"]) if m["pw"].isdigit() else _cs_hour(m["pw"])
            if 1 <= hour <= 12:
                pre = re.sub(r"\s+", " ", m["pre"])
                out.append(TimeOfDay(m.start(), m.end(), m.group(), hour, 0,
                                     _half_of_day(hour, pre)))
        elif m["midnight"]:
            out.append(TimeOfDay(m.start(), m.end(), m.group(), 0, 0, False))
        elif m["half"]:  # `v půl šesté`: half past five
            word = m["half"].lower()  # `v půl jedné`: half past twelve
            hour = cs_ordinal_value(word) or (1 if word == "jedné" else 0)
            if hour:
                out.append(TimeOfDay(m.start(), m.end(), m.group(), hour - 1, 30,
                                     _half_of_day(hour - 1, m["hp"] or "")))
        elif m["bm"] or m["bq"]:  # `deset minut před třetí`: 2:50
            midnight = m["bh"].lower().startswith("půlnoc")  # `po půlnoci`: hour 0
            hour = 24 if midnight else cs_ordinal_value(m["bh"].lower())  # `před sedmou`
            if m["bq"]:  # `čtvrt hodiny`, `půl hodiny`
                minute = 30 if m["bq"].lower() == "půl" else 15
            else:
                minute = int(m["bm"]) if m["bm"].isdigit() else _CS_MINUTES.get(
                    m["bm"].lower(), 0)
            if midnight and m["bd"].lower() == "po" and 0 < minute < 60:
                out.append(TimeOfDay(m.start(), m.end(), m.group(), 0, minute, False))
                continue
            if hour and 0 < minute < 60:
                if m["bd"].lower() == "před":
                    hour, minute = hour - 1, 60 - minute
                out.append(TimeOfDay(m.start(), m.end(), m.group(), hour, minute,
                                     _half_of_day(hour, m["bp"] or "")))
        elif m["q"]:  # `tři čtvrtě na osm`: 7:45
            hour = _cs_hour(m["qh"])
            if hour:
                minute = 45 if m["q"].lower().startswith("tři") else 15
                out.append(TimeOfDay(m.start(), m.end(), m.group(), hour - 1, minute,
                                     _half_of_day(hour - 1, m["qp"] or "")))
        elif m["w"] and _MEZI_A.fullmatch(m.group()[: m.start("w") - m.start()]) and not (
                _MEZI.search(text, max(0, m.start() - 40), m.start())):
            continue  # `a třetí hodinou ranní` is a time only as the end of `mezi ... a ...`
        elif m["w"] and (period or m["hod"] and not re.fullmatch(  # `zhruba dvě hodiny`:
                r"(?:(?:zhruba|asi)\s+)+", m.group()[: m.start("w") - m.start()],  # a length
                re.IGNORECASE) and not _cs_length(m)):  # `ve dvě hodiny odpoledne`
            hour = _cs_hour(m["w"], bool(m["hod"] or period))  # `před devátou večer`
            if m["w"].lower() == "nula" and m["hod"]:  # `v nula hodin`: midnight, 0:00
                out.append(TimeOfDay(m.start(), m.end(), m.group(), 0, 0, False))
            elif 1 <= hour <= 12:
                pm = _half_of_day(hour, period) if period else None
                out.append(TimeOfDay(m.start(), m.end(), m.group(), hour, 0, pm))
    return out


_MEZI_A = re.compile(r"a\s+", re.IGNORECASE)
_MEZI = re.compile(r"\bmezi\s", re.IGNORECASE)
_LENGTH_BEFORE = re.compile(r"(?:^|\s)(?:o|po|až|za|na)\s+$", re.IGNORECASE)


def _cs_length(m: re.Match[str]) -> bool:
    """`zpozdil se o dvě hodiny`, `po pěti hodinách`, `dvě až tři hodiny`, `za dvě hodiny`:
    a cardinal after these is a length of time; a clock hour after them is an ordinal
    (`po páté hodině`) or comes with the half of the day."""
    lead = m.group()[: m.start("w") - m.start()]
    if m["w"].lower() in _CS_WORD_HOURS and re.fullmatch(r"až\s+", lead, re.IGNORECASE) and (
            _RANGE_START.search(m.string, 0, m.start())):
        return True  # `místo dvou až tří hodin`: the end of a range of lengths, no clock hour
    return m["w"].lower() in _CS_WORD_HOURS and not m["w"].lower().endswith(("é", "í")) and (
        _LENGTH_BEFORE.search(" " + lead) is not None)


# a cardinal in words or digits right before `až`: the start of a range (`dvou až tří hodin`)
_RANGE_START = re.compile(r"(?:^|\s)(?:\d{1,2}|jedn\w*|dv\w*|tř\w*|čtyř\w*|pět\w*|šest\w*|sedm\w*"
                          r"|osm\w*|devět\w*|devíti|deset\w*|deseti)\s+$", re.IGNORECASE)


_CS_WORD_RANGE = re.compile(r"\b(?:mezi|od)\s+(?P<a>\w+)\s+(?:a|do|až)\s+(?P<b>\w+)"
                            r"(?:\s+hodin\w*)?\s+(?P<p>ráno|dopoledne|odpoledne|večer|v\s+noci)"
                            r"(?!\w)", re.IGNORECASE)


# `mezi 15. a 18. hodinou`: hours as ordinals in digits, the noun said once at the close
_CS_DIGIT_RANGE = re.compile(r"\b(?:mezi|od)\s+(?P<a>[01]?\d|2[0-4])\.\s+(?:a|do|až)\s+"
                             r"(?P<b>[01]?\d|2[0-4])\.\s+hodin\w*", re.IGNORECASE)


# `v šest, v osm a v deset večer`: hours listed, the half of the day said once after the last
_CS_WORD_LIST = re.compile(r"\b(?:ve?\s+[^\W\d_]+(?:,\s+|\s+a\s+)){1,4}ve?\s+[^\W\d_]+"
                           r"\s+(?P<p>ráno|dopoledne|odpoledne|večer|v\s+noci)(?!\w)",
                           re.IGNORECASE)
_CS_LISTED = re.compile(r"\bve?\s+([^\W\d_]+)", re.IGNORECASE)


def _cs_listed_hours(text: str, found: list[TimeOfDay]) -> list[TimeOfDay]:
    out: list[TimeOfDay] = []
    for m in _CS_WORD_LIST.finditer(text):
        items = list(_CS_LISTED.finditer(text, m.start(), m.start("p")))
        hours = [_cs_hour(i[1]) for i in items]
        if not all(1 <= h <= 12 for h in hours):
            continue
        period = re.sub(r"\s+", " ", m["p"])
        for item, hour in zip(items, hours, strict=True):
            start, end = item.start(1), item.end(1)
            if not any(o.start < end and start < o.end for o in found + out):
                out.append(TimeOfDay(start, end, text[start:end], hour, 0,
                                     _half_of_day(hour, period)))
    return out


def _cs_range_starts(text: str, found: list[TimeOfDay]) -> list[TimeOfDay]:
    """`mezi pátou a sedmou odpoledne`, `od osmi do deseti večer`: two hours in words around
    `a`/`do` are times; the half of the day said once at the close is shared."""
    out = []
    for m in _CS_DIGIT_RANGE.finditer(text):
        for g in ("a", "b"):
            hour, start, end = int(m[g]), m.start(g), m.end(g) + 1
            if not any(o.start < end and start < o.end for o in found + out):
                out.append(TimeOfDay(start, end, text[start:end], hour, 0,
                                     _clock_half(hour, m[g])))
    for m in _CS_WORD_RANGE.finditer(text):
        first, last = (_cs_hour(w) or (cs_ordinal_value(w.lower()) if w.lower().endswith("ou")
                                       else 0) for w in (m["a"], m["b"]))  # `pátou`: 5
        if not (1 <= first <= 12 and 1 <= last <= 12):
            continue
        pm = _half_of_day(last, re.sub(r"\s+", " ", m["p"]))
        for hour, start, end, half in ((first, m.start("a"), m.end("a"),
                                        pm if first <= last else None),
                                       (last, m.start("b"), m.end(), pm)):
            if not any(o.start < end and start < o.end for o in found + out):
                out.append(TimeOfDay(start, end, text[start:end], hour, 0, half))
    return out


_RACE = {"vi": re.compile(r"(?<![\d.,])(?:(?P<h>\d{1,2})\s*giờ\s*)?(?P<m>\d{1,2})\s*phút\s*"
                          r"(?P<s>\d{1,2})\s*giây(?:\s*(?P<f>\d{1,2})(?!\s*\w))?"),
         "other": re.compile(r"(?<![\d.,:])(?:(?P<h>\d{1,2}):(?=\d\d:[0-5]\d))?(?P<m>\d{1,2}):"
                             r"(?P<s>[0-5]\d)(?:[.,](?P<f>\d{1,3}))?(?![\d]|[.,:]\d)")}


# a race time with its units in the translation: `2hr 28min 41sec`, `15 minutes 1.63 seconds`,
# `15 minut a 1,63 sekundy` (minutes and seconds both, so no length of time is taken)
_RACE_UNITS = re.compile(
    r"(?<![\d.,])(?:(?P<h>\d{1,2})[\s\u00a0]*(?:hrs?|hours?|h|hod(?:in[ay]?)?)\.?,?[\s\u00a0]*"
    r"(?:and[\s\u00a0]+|a[\s\u00a0]+)?)?(?P<m>\d{1,2})[\s\u00a0]*(?:mins?|minutes?|minut[ay]?)"
    r"\.?,?[\s\u00a0]*(?:and[\s\u00a0]+|a[\s\u00a0]+)?(?P<s>\d{1,2})(?:[.,](?P<f>\d{1,3}))?"
    r"[\s\u00a0]*(?:secs?|seconds?|s|sekund[ay]?|vteřin[ay]?)(?!\w)", re.IGNORECASE)


def find_race_times(text: str, lang: str) -> list[tuple[int, int, tuple[int, ...], str]]:
    """Race times as (start, end, (hours, minutes, seconds, hundredths), text): `2 giờ 28
    phút 34 giây` = `2:28:34` = `2hr 28min 34sec`, `4 phút 18 giây 28` = `4:18,28`."""
    vi = lang_of(lang) == "vi"
    found = list(_RACE["vi"].finditer(text)) if vi else sorted(
        [*_RACE["other"].finditer(text), *_RACE_UNITS.finditer(text)], key=lambda m: m.start())
    out = []
    for m in found:
        if not (m["h"] or m["f"]) and m.re is _RACE["other"]:
            continue  # `15:30` is a time of day; `2:28:34` and `4:18,28` are race times
        if out and m.start() < out[-1][1]:
            continue
        frac = (m["f"] or "0").ljust(2, "0")[:2]
        out.append((m.start(), m.end(), (int(m["h"] or 0), int(m["m"]), int(m["s"]),
                                         int(frac)), m.group()))
    return out
