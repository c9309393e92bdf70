"""When a source value and a translation value are the same number for the numbers check:
equal values (`same_value`), values equal by the languages' conventions (`loose_equal`: `40
phần trăm` ~ `40 %`, `380.000` ~ `380 tisíc`, `50%` ~ `polovina`, `tháng 7, 2017` ~ `v červenci
2017`), and what equal values must also share (`fits`, `ordinal_fits`, `year_said`).
`translate.review.qa.numbers` pairs the values with these tests."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.numchecks import ORDINAL_CONTEXT, points_may_be_meant
from translate.review.qa.numread import HALF_AFTER, Num, is_fraction, plain_value
from translate.text.wordnumbers import CARDINAL, MULTIPLIER, ORDINAL

__all__ = ["fits", "loose_equal", "ordinal_fits", "same_value", "year_said"]


def same_value(s: Num, t: Num) -> bool:
    """The same value in the same form: a scale word on both sides or neither, the same sign."""
    if s.time is not None or t.time is not None:
        return s.time is not None and t.time is not None and s.time.agrees(t.time)
    return s.strong and (s.key == t.key and s.scaled == t.scaled and s.negative == t.negative
            and s.is_word == t.is_word) and not _points_lost(s, t)


def fits(source: str, target: str, s: Num, t: Num) -> bool:
    """What equal values must also share: a half said in the source (`5 tiếng rưỡi`) is no
    `five hours`; a percentage is percentage points (`tăng 2%` ~ `o dva procentní body`)
    only for a small change or a margin, never for a level (`chiếm 18,3%`, `lạm phát 3,2%`)."""
    if HALF_AFTER.match(source, s.token.end) and s.alt is not None and s.alt not in t.values():
        return False
    if t.points and not s.points and s.key[0] == "percent":
        return points_may_be_meant(source, s)
    return True


def _points_lost(s: Num, t: Num) -> bool:
    """`0,2 điểm phần trăm` → `0.2%`: points the source says are no percentage (the reverse,
    `tăng 2%` → `o 2 procentní body`, is the translator reading a loose source right)."""
    return s.points and not t.points and t.key[0] == "percent"


def ordinal_fits(source: str, target: str, s: Num, t: Num) -> bool:
    """`first`, `druhý` (often no number: `druhý den`, `the first win`) stand for a source
    number only where that is a rank or a label (`hiệp 1`, `thứ hai`, `quý 1`); a rank in
    Vietnamese words (`dẫn đầu`, `thứ nhì`) only for a rank (`first`, `No. 1`, `1.`)."""
    if s.word_kind == ORDINAL and not s.strong and not t.is_word:
        return bool(_RANK_BEFORE.search(target, max(0, t.token.start - 12), t.token.start)
                    or _RANK_AFTER.match(target, t.token.end))
    if s.word_kind == ORDINAL and not s.strong and t.word_kind == CARDINAL:
        return False  # `người thứ nhì` is no `dvě minuty`: a rank in words is said by a rank
    if t.word_kind != ORDINAL or t.strong or s.word_kind == ORDINAL:
        return True
    return ORDINAL_CONTEXT.search(source[max(0, s.token.start - 60) : s.token.start]) is not None


_RANK_BEFORE = re.compile(r"(?:No\.?|number|#|top|č\.|číslo)\s*$", re.IGNORECASE)
_RANK_AFTER = re.compile(r"(?:\.|st|nd|rd|th)(?!\d)")


def year_said(s: Num, t: Num, target: str) -> bool:
    """A date without its year in the translation (`od 1. března do 31. května 2024`) stands
    for a dated one only where the year is written elsewhere in the translation."""
    if s.token.is_date and s.token.year and t.token.is_date and t.token.year is None:
        return str(s.token.year) in target
    return True


def _time_equal(s: Num, t: Num) -> bool:
    """Times agree; an hour with nothing else (`24 giờ qua`) may be a duration (`24 hours`)."""
    if s.time is not None and t.time is not None:
        return s.time.agrees(t.time)
    time, other = (s.time, t) if s.time is not None else (t.time, s)
    return bool(time.plain) and other.key[0] == "number" and other.scaled is None and (
        Decimal(time.hour) in other.values())


def loose_equal(s: Num, t: Num) -> bool:
    """Equal by the languages' conventions: a scale said or written out, a share as a
    fraction, a percentage as a multiplier, a decade, a date with or without its year."""
    if s.time is not None or t.time is not None:
        return _time_equal(s, t)
    if s.negative != t.negative or "race" in (s.key[0], t.key[0]) or "malformed" in (
            s.key[0], t.key[0]) or _points_lost(s, t):
        return False
    if "vague" in (s.key[0], t.key[0]):  # `hàng nghìn` ~ `tisíce`; `1.000` ~ `tisícovky`
        if s.key[0] == t.key[0]:
            return s.key == t.key
        vague, other = (s, t) if s.key[0] == "vague" else (t, s)
        return vague.key[1] in other.values()
    sv, tv = plain_value(s.token), plain_value(t.token)
    if sv is None or tv is None:
        return _dates_equal(s, t, sv, tv)
    if (s.key[0] == "percent") != (t.key[0] == "percent") and (s.points or t.points):
        return sv == tv  # `40%` ~ `40 procentních bodů`
    if (s.key[0] == "percent") != (t.key[0] == "percent"):
        # `50%` ~ `polovina`, `80%` ~ `čtyři pětiny`: a share as a fraction
        share, other = (s, t) if s.key[0] == "percent" else (t, s)
        if plain_value(share.token) == 0:  # `0%` ~ `zero`, `nulové`
            return 0 in other.values()
        if other.word_kind == MULTIPLIER:  # `tăng 100%` ~ `doubled`, `tăng 200%` ~ `tripled`
            return plain_value(share.token) / 100 + 1 == plain_value(other.token)
        # a whole percentage rounds a fraction: `33%` ~ `třetina`, `67%` ~ `two-thirds`
        return is_fraction(other) and abs(plain_value(share.token) - 100 * plain_value(
            other.token)) < 1
    if s.scaled is not None and t.scaled is not None:  # both scaled: `2,8 tỷ` ~ `2,8 mld.`
        return s.scaled == t.scaled or bool({s.scaled} & t.values()) or _finely_rounded(
            s.scaled, t.scaled)
    if (s.scaled is None) != (t.scaled is None):  # `380.000` ~ `380 tisíc`, never `20 triệu` ~ `20`
        s_full = {s.scaled} if s.scaled is not None else s.values()
        t_full = {t.scaled} if t.scaled is not None else t.values()
        return bool(s_full & t_full)
    if s.values() & t.values():
        return True
    # `những năm 1980` ~ `80. letech`, `thập niên 90` ~ `the 1990s` (decades)
    return _decade(s, sv, tv) or _decade(t, tv, sv)


def _finely_rounded(exact: Decimal, written: Decimal) -> bool:
    """`44.691 tỷ` ~ `VND44.69 trillion`: a scale converted and the digits rounded at the
    last place written, keeping three significant digits or more."""
    place = written.normalize().as_tuple()
    return exact > 0 and written > 0 and len(place.digits) >= 3 and (
        exact.normalize().as_tuple().exponent < place.exponent) and (
        abs(exact - written) * 2 <= Decimal(1).scaleb(place.exponent))


def _decade(full: Num, value: Decimal, short: Decimal) -> bool:
    return bool(full.alt is None and not full.is_word and value >= 1900 and value % 10 == 0
                and short == value % 100 and short > 0)


def _dates_equal(s: Num, t: Num, sv: Decimal | None, tv: Decimal | None) -> bool:
    # `tháng 7, 2017` (month, then a year) ~ `v červenci 2017` (one date)
    if sv is not None and t.token.is_date and s.token.kind == "year":
        return t.token.year == int(sv)
    if tv is not None and s.token.is_date and t.token.kind == "year":
        return s.token.day is None and s.token.year == int(tv)  # a day is no year alone
    # dates: a source date without a year matches the same day and month with one; a target
    # date without a year (`od 1. března do 31. května 2024`) one with the year elsewhere
    if s.token.is_date and t.token.is_date:
        if s.token.day is None and s.token.year != t.token.year:
            return False  # `tháng 7` + `2017` ~ `červenci 2017`: month names, years apart
        days = {(t.token.month, t.token.day)}
        if t.token.form == "numeric" and t.token.lang == "en" and (t.token.day or 13) <= 12:
            days.add((t.token.day, t.token.month))  # `5/3/2024`: British papers write 5 March
        return (s.token.month, s.token.day) in days and (
            s.token.year is None or s.token.year == t.token.year or t.token.year is None)
    return False
