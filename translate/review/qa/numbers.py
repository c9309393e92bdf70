"""The numbers check: numbers, dates, times, percentages and amounts of the source must reach
the translation with the same values, read by each language's own conventions.

`19.340` in Vietnamese equals `19 340` in Czech and `19,340` in English; `2.000` against
`2,000` is an error. Each side is read into values (`translate.review.qa.numread`: digits,
number words in any case, times of day, dates, scale words; Roman numerals and quarters in
`translate.review.qa.periods`), the values are paired (a date or a fraction written with a
slash, a ratio: `translate.review.qa.numslashes`), and the usual honest renderings
explain the rest (`translate.review.qa.numexplain`, `translate.review.qa.measures`, durations
in another unit in `translate.review.qa.durations`). What stays unpaired is reported
(`translate.review.qa.nummessages`), in words a reader understands: `'2,5 triệu' (2 500 000)
is written '2,5' in the translation: the scale word is missing`. Digits inside codes are
compared by `translate.review.qa.codes`, telephone numbers by `translate.review.qa.phones`,
the order of numbers by `translate.review.qa.numorder`; units, shares, ranks and years of
the pairs are judged by `translate.review.qa.numchecks`.

Order: numbers that trade places are an error only where the places mean something (a
range or a change, `từ 50 đến 75` → `ze 75 na 50`, or a score, `3-1` → `1-3`, unless told
from the loser's side); otherwise translations reorder sentences freely and the order is at
most a warning.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, Pair
from translate.review.qa.codes import code_issues, with_tails
from translate.review.qa.durations import duration_changed, pair_durations
from translate.review.qa.measures import (
    IMPERIAL_UNITS,
    conversion_elsewhere,
    conversions,
    converted,
    metric_rescaled,
    rounds_to,
    unit_after,
)
from translate.review.qa.numadded import (
    converts_before,
    glossed,
    misconverted,
    never_the_translators,
)
from translate.review.qa.numalign import filled_places
from translate.review.qa.numapprox import range_said_roughly
from translate.review.qa.numchecks import (
    decimal_point_issues,
    fraction_issues,
    label_rank_issues,
    multiplier_issues,
    part_of_day_issues,
    rank_issues,
    unit_issues,
    year_issues,
)
from translate.review.qa.numclock import pair_clock_words, pair_spoken_hours
from translate.review.qa.numderived import added_night_before, added_ratio
from translate.review.qa.numequal import fits, loose_equal, ordinal_fits, same_value, year_said
from translate.review.qa.numexplain import (
    digits,
    explained_source,
    explained_target,
    join_feet_inches,
    pair_by_meaning,
    pair_kin,
    previous_matched,
    word_after,
)
from translate.review.qa.numhedges import hedge_issues
from translate.review.qa.numimplicit import (
    implicit_explained,
    pair_game_quarters,
    pair_restated,
    pair_short_years,
    pair_stoppage,
)
from translate.review.qa.nummedals import medal_issues
from translate.review.qa.nummessages import number_issues, shown, unpaired
from translate.review.qa.nummonths import previous_month_issues, reversed_days_issues
from translate.review.qa.numnouns import noun_issues
from translate.review.qa.numonce import pair_said_once
from translate.review.qa.numorder import (
    ORDER_SEVERITY,
    label_issues,
    order_issues,
    pair_scores,
    reversed_range_issues,
    score_issues,
)
from translate.review.qa.numrates import period_issues
from translate.review.qa.numread import (
    Num,
    months_named,
    plain_value,
    read_side,
)
from translate.review.qa.numreference import (
    added_year_issues,
    bare_dates,
    reference_issues,
    stated_reference,
)
from translate.review.qa.numrelative import relative_issues
from translate.review.qa.numsaid import pair_said_otherwise
from translate.review.qa.numslashes import pair_slashes
from translate.review.qa.numyearparts import pair_parts_of_year
from translate.review.qa.phones import phone_issues
from translate.review.qa.protected import protected_spans
from translate.review.qa.times import TimeOfDay, find_times
from translate.review.qa.weekdays import dated_weekday_issues, weekday_issues
from translate.text.numbers import code_spans
from translate.text.wordnumbers import CARDINAL, FRACTION, ORDINAL

__all__ = ["compare_numbers", "numbers_issues", "find_times", "TimeOfDay", "ORDER_SEVERITY",
           "shown"]

_DIGIT_RUN = re.compile(r"\d+(?:[.,:\u00a0\u202f ]\d+)*")


_EXPONENT_BEFORE = re.compile(r"(?<![^\W\d_])(?:k|c|d|m)?m$")


def _unparsed_digit_runs(text: str, nums: Sequence[Num]) -> list[str]:
    """Digit strings the readers left alone: `13letého`, `3.1` in Czech, `7.5` in vi."""
    read = bytearray(len(text) + 1)
    for n in nums:
        read[n.token.start : n.token.end] = b"\x01" * (n.token.end - n.token.start)
    runs = []
    for m in _DIGIT_RUN.finditer(text):
        if any(read[m.start() : m.end()]):
            continue
        if re.search(r"\d[.,]\d", m.group()):
            continue  # `1.245,3` in English: a number no reader can read explains nothing
        if m.group() in ("2", "3") and _EXPONENT_BEFORE.search(text, max(0, m.start() - 3),
                                                                m.start()):
            continue  # `m3/s`: the unit's exponent explains no `3am`
        runs.append(digits(m.group()))
    return runs


def compare_numbers(
    source: str,
    target: str,
    source_lang: str = "vi",
    target_lang: str = "cs",
    skip_source: Sequence[tuple[int, int]] = (),
    skip_target: Sequence[tuple[int, int]] = (),
    reference_date: datetime.date | None = None,
) -> list[Issue]:
    """Numbers and dates of the source that the target lost or changed, and the reverse.

    The values are paired greedily, left to right; where that leaves an error, the pairing is
    tried once more taking the translation's candidates right to left, and a pair that one of
    the two alignments explains entirely raises nothing (`trên 10 năm` took the `deseti` of
    `sedm z deseti`, which said `70%`, before the `deseti let` after it). Only where every
    error is a value left unpaired and there are several. A source that dates its own day
    (`Chiều nay (30/11)`) is judged from that day (`stated_reference`)."""
    reference_date = stated_reference(source, reference_date)
    issues = _compare(source, target, source_lang, target_lang, skip_source, skip_target,
                      reference_date=reference_date)
    # only values left unpaired on both sides: a value changed in place, a unit or a score
    # judged on the pairs, is never re-explained by another alignment
    errors = [i for i in issues if i.severity == ERROR]
    if errors and all(unpaired(i) for i in errors) and len(errors) > 1:
        again = _compare(source, target, source_lang, target_lang, skip_source, skip_target,
                         backwards=True, reference_date=reference_date)
        if not any(i.severity == ERROR for i in again):
            return again
    return issues


def _compare(source: str, target: str, source_lang: str, target_lang: str,
             skip_source: Sequence[tuple[int, int]], skip_target: Sequence[tuple[int, int]],
             backwards: bool = False, reference_date: datetime.date | None = None
             ) -> list[Issue]:
    src_phones, tgt_phones, phoned = phone_issues(source, target)  # `1900.9095` ~ `1900 9095`
    source_codes = with_tails(source, skip_source)  # `51B-123.45`: one code
    target_codes = with_tails(target, sorted({*skip_target, *code_spans(target)}))  # once each
    src = read_side(source, source_lang, source_codes + src_phones, is_source=True)
    tgt = read_side(target, target_lang, with_tails(target, skip_target) + tgt_phones,
                    is_source=False)
    if not any(n.strong for n in src + tgt):  # `giải nhất` → `druhé místo`: ranks only
        return phoned + (rank_issues(src, tgt) or multiplier_issues(src, tgt, target)
                         or code_issues(source, target, source_codes, target_codes)
                         or weekday_issues(source, target, target_lang, reference_date)
                         or duration_changed(source, target, src, tgt, source_lang,
                                             target_lang))

    def pair(accept) -> None:
        for s in sorted(src, key=lambda n: not n.strong):  # digits before `hai`, `một`
            if s.matched:
                continue
            for i, t in reversed(list(enumerate(tgt))) if backwards else enumerate(tgt):
                if not t.matched and accept(s, t) and fits(source, target, s, t):
                    s.matched = t.matched = True
                    s.partner = i
                    break

    pair_kin(source, src, tgt)  # `Ba mẹ con` ~ `a mother and her two children`
    pair_scores(source, target, src, tgt)  # `hiệp 1 ... 1-0` ~ `poločas ... 1:0`
    pair_stoppage(source, src, tgt)  # `phút 90+5` ~ `v 95. minutě`
    pair_short_years(src, tgt)  # `2025-2026` ~ `2025-26`, before `26 vòng` takes the 26
    pair_game_quarters(source, src, tgt)  # `sau 3 hiệp` ~ `po třech čtvrtinách`
    # same value, and a scale word on both sides or neither: `20 triệu` is no `20. letech`;
    # a Roman numeral (`quý II`, `khóa XV`) is an ordinal: an ordinal word first (`the second
    # quarter`), not the `two` of `the two sides` before it
    pair(lambda s, t: _ROMAN.fullmatch(s.token.text) is not None and t.word_kind == ORDINAL
         and s.key == t.key and s.scaled is None and t.scaled is None)
    pair(same_value)
    pair_said_otherwise(source, target, src, tgt, target_lang)  # `âm 8,7%` ~ `fell 8.7%`
    # `40 phần trăm` ~ `40 %`; `380.000` ~ `380 tisíc`; `19.340 tỷ` ~ `19,34 bilionu`;
    # digits with digits first, so that `dva míčky` does not take the 2 of `2&1`
    pair(lambda s, t: not (s.is_word or t.is_word) and loose_equal(s, t)
         and year_said(s, t, target))
    pair_slashes(source, target, src, tgt)  # `3/6` ~ `3. června`, `3/4` ~ `tři čtvrtiny`
    pair(lambda s, t: loose_equal(s, t) and ordinal_fits(source, target, s, t)
         and year_said(s, t, target))
    join_feet_inches(source, src)  # `6 foot 6`: one measure
    # `10 inch` ~ `250 mm`; `80` (°F) ~ `27 °C`
    pair(lambda s, t: converted(source, target, s.token, s.measure or plain_value(s.token),
                                t.token, plain_value(t.token)))
    # `1.500 m` ~ `1,5 km`, `60,2 tạ/ha` ~ `6,02 t/ha`
    pair(lambda s, t: metric_rescaled(source, s.token, plain_value(s.token), target, t.token,
                                      plain_value(t.token)))
    pair_by_meaning(source, target, src, tgt, source_lang, target_lang)
    # `6 tháng` ~ `půl roku`, `7 ngày` ~ `a week`, `90 phút` ~ `an hour and a half`
    pair_durations(source, target, src, tgt, source_lang, target_lang)

    pair_restated(source, src)  # a date in brackets again; a match score told by its games
    pair_parts_of_year(source, target, src, tgt, target_lang)  # `từ 1/1 đến 30/6` ~ `first half`
    pair_said_once(source, target, src, tgt)  # `2027 ... 6/2/2027`, `1.000 MW, tức 1 GW`
    pair_clock_words(target, target_lang, src, tgt)  # `23 giờ đêm` ~ `jedenácti dnes večer`
    pair_spoken_hours(target, target_lang, src, tgt)  # `từ 18h đến 22h` ~ `od šesti do deseti`
    # a word already paired explains nothing more: `Ba mẹ con`; in the translation only a
    # fraction of several words (`tři čtvrtiny` for `3/4` is no `tři` for a lost `quý III`;
    # `deset`, `half`, `dva a půl` may say two source values)
    src_lower = _unpaired_text(source, src, tgt)
    tgt_lower = _unpaired_text(target, [t for t in tgt if t.word_kind == FRACTION and len(
        t.token.text.split()) > 1])
    tgt_runs = _unparsed_digit_runs(target, tgt) + [
        digits(target[a:b]) for a, b in target_codes
        if not any(n.token.start < b and a < n.token.end for n in tgt)]
    src_runs = _unparsed_digit_runs(source, src)
    tgt_months = months_named(target, target_lang)
    # `tháng 6 năm 2018` ~ `v červnu 2018`: the year as a number, the month as a word
    for s in src:
        if s.matched or s.token.kind != "month" or s.token.month not in tgt_months:
            continue
        year = next((t for t in tgt if not t.matched
                     and plain_value(t.token) == s.token.year), None)
        if year is not None:
            s.matched = year.matched = True
    # `hết tháng 10` (to the end of October) ~ `the first ten months`, `za deset měsíců`
    for s in src:
        count = next((t for t in tgt if not s.matched and s.token.kind == "month_only"
                      and not t.matched and plain_value(t.token) == s.token.month
                      and _MONTHS_AFTER.match(target, t.token.end)), None)
        if count is not None:
            s.matched = count.matched = True
    # First the strong explanations (digits glued to a word, month names); weak ones (number
    # stems, implicit numbers) only when nothing on the other side is left over, since
    # `5-2` → `1-2` must not be excused by `pátek` or `một`.
    missing = [s for s in src if not s.matched and s.strong and not explained_source(
        source, s, tgt_lower, tgt_runs, tgt_months, target_lang, words=False)]
    # `dva`, `two` said in the translation alone are often the translator's (`hai` left
    # unsaid, `dvě dodávky` for `xe`): reported only where the source has a number left over
    leftover = any(not s.matched and (s.strong or plain_value(s.token) != 1
                                      or word_after(source, s.token) in _COUNTED) for s in src)
    extra = [t for t in tgt if not t.matched and t.strong and not _game_period(target, t)
             and not converts_before(target, t, tgt)  # `13-15C (55-59F)`: a conversion
             and not explained_target(t, src_lower, src_runs, source_lang, words=False,
                                      target=target)
             and (leftover or t.word_kind != CARDINAL or plain_value(t.token) != 2
             or never_the_translators(target, t))]  # `každé dva roky`, `two died`
    if not (missing and extra):
        missing = [s for s in missing if not explained_source(
            source, s, tgt_lower, tgt_runs, tgt_months, target_lang, words=True)
            and not implicit_explained(source, s, tgt_lower, target_lang,
                                       reference_date and reference_date.year,
                                       reference_date and reference_date.month)]
        extra = [t for t in extra if not explained_target(
            t, src_lower, src_runs, source_lang, words=True, target=target)
            and not glossed(target, t, tgt) and not added_ratio(t, tgt)
            and not added_night_before(target, t, tgt)]
    # `dao động 59.000-61.000` ~ `zhruba 60 tisíc`: a narrow band said by its middle
    missing, extra = range_said_roughly(source, target, target_lang, src, tgt, missing, extra)
    # the same digits grouped differently (`0800 555 111 24/7` ~ `555 111`, `247`); one token
    # against one token is never excused this way: `2.000` against `2,000` stays an error
    if missing and extra and len(missing) != len(extra) and all(  # no scale: `4,5 triệu`
            digits(n.token.text) and n.scaled is None for n in missing + extra) and "".join(
        digits(s.token.text) for s in missing) == "".join(digits(t.token.text) for t in extra
    ) and not any(t.key[0] == "percent" for t in extra):  # `1/3` → `13%` is a share changed
        missing, extra = [], []
    # an imperial measure: converted into a compound (`250kilogramový`), or in words
    # (`šestimetrové`), or a duplicate in brackets dropped (`300 km (190 dặm)`)
    imperial = [s for s in missing if s.time is None and unit_after(source, s.token)
                and not any(t.values() & s.values() for t in extra)]
    missing = [s for s in missing if s not in imperial]
    issues = list(phoned)
    for s in imperial:
        value = s.measure or plain_value(s.token)
        if conversion_elsewhere(source, s.token, value, previous_matched(s, src), tgt_runs,
                                tgt_lower, target_lang):
            # the words that say the converted value (`dvoumetrový`) are no extra number
            factors = IMPERIAL_UNITS.get(unit_after(source, s.token), ())
            extra = [t for t in extra if not (t.is_word and value is not None and any(
                rounds_to(c, plain_value(t.token)) for c in conversions(value, factors)))]
        else:
            issues.append(Issue("numbers", ERROR, shown(f"{s.token.text} "
                                                         f"{unit_after(source, s.token)}")
                                + " is missing (no converted value either)"))
    if missing and not extra:  # an omission whose place holds the value said another way
        missing = filled_places(source, target, missing, src, tgt, target_lang)
    lost, bare = bare_dates(source, target, target_lang, number_issues(  # `(28/11)`
        missing, extra, source_lang))
    issues += reference_issues(source, target, target_lang, dated_weekday_issues(  # `v pátek`
        source, target, target_lang, lost, reference_date, bare), reference_date, bare)
    if not issues:  # `nửa đầu năm` → `first quarter`: a share changed, in words on both sides
        issues += (fraction_issues(src, tgt) or rank_issues(src, tgt)
                   or label_rank_issues(source, src, tgt)  # `vùng I` → `druhé oblasti`
                   or multiplier_issues(src, tgt, target) or duration_changed(  # `a century`
                       source, target, src, tgt, source_lang, target_lang))
    if not issues:  # with leftovers the pairing is a guess: the order says nothing more
        issues += score_issues(source, target, src, tgt, source_lang, target_lang) or (
            reversed_range_issues(source, target, target_lang)) or (
            order_issues(source, target, src, tgt, source_lang, target_lang)) or (
            score_issues(source, target, src, tgt, source_lang, target_lang, regroup=True))
    if not any(i.severity == ERROR for i in issues):
        issues += year_issues(target, target_lang, src, tgt, source) or added_year_issues(
            source, src, tgt, reference_date)  # `ngày 20/3` → `March 20, 2025`
    if not any(i.severity == ERROR for i in issues):
        issues += unit_issues(source, target, src, tgt) or period_issues(
            source, target, target_lang) or part_of_day_issues(source, target, target_lang)
    if not any(i.severity == ERROR for i in issues):  # `235 km2 (235 sq miles)`
        issues += _misconverted(target, tgt)
    if not any(i.severity == ERROR for i in issues):  # `100/2019/NĐ-CP` → `100/2009/ND-CP`
        issues += code_issues(source, target, source_codes, target_codes)
    if not any(i.severity == ERROR for i in issues):  # `1.288,45` → `1288.45` in Czech
        issues += decimal_point_issues(source, target, target_lang)
    if not any(i.severity == ERROR for i in issues):  # `so với tháng trước` → `oproti září`
        issues += previous_month_issues(source, target, target_lang) or reversed_days_issues(
            source, target, target_lang) or label_issues(  # `od neděle 6. do pátku 4. prosince`
            source, target)  # `6 giải A, 12 giải B` → `12 cen A, 6 cen B`
    if not any(i.severity == ERROR for i in issues):  # `so với cùng kỳ` → `month on month`
        issues += relative_issues(source, target, target_lang) or medal_issues(
            source, target, target_lang) or noun_issues(  # `2 huy chương vàng` → `dvě bronzové`
            source, target, src, tgt, target_lang)  # `48.000 liều` → `48,000 animals`
    if not any(i.severity == ERROR for i in issues):  # `today` → `today ... on Tuesday`
        issues += weekday_issues(source, target, target_lang, reference_date)
    if not any(i.severity == ERROR for i in issues):  # `gần 30%` → `přes 30 %`
        issues += hedge_issues(source, target, src, tgt, target_lang)
    return issues


def _unpaired_text(text: str, nums: list[Num], said: list[Num] | None = None) -> str:
    """Lower case, paired number words blanked; with `said`, fractions in words it lacks too."""
    lower = text.lower()
    for n in nums:  # `một phần ba` explains no `3%`, `three times`
        if (n.matched or said is not None and n.word_kind == FRACTION and " " in n.token.text
                and not any(t.values() & n.values() for t in said)) and n.is_word:
            lower = lower[: n.token.start] + " " * len(n.token.text) + lower[n.token.end :]
    return lower


def _misconverted(target: str, tgt: list[Num]) -> list[Issue]:
    wrong = misconverted(target, tgt)
    return [] if wrong is None else [Issue(
        "numbers", ERROR, f"{shown(wrong.token.text)} in the translation repeats the "
                          "value before it in another unit: a conversion changes the number")]


_MONTHS_AFTER = re.compile(r"[\s\u00a0-]*(?:months?|měsíc\w*)(?!\w)", re.IGNORECASE)


# `một` before these is the number one (`một tuần`: a week), not the article `a`
_COUNTED = {"tuần", "năm", "tháng", "ngày", "giờ", "tiếng", "phút", "giây", "lần", "thế", "thập",
            "mét", "tấn", "lít", "km", "kg", "ha"}


def _game_period(target: str, t: Num) -> bool:
    """`ve třetí čtvrtině` (basketball's third quarter, `hiệp ba`): a period of the game after
    its ordinal, no fraction; the ordinal is compared on its own."""
    return t.is_word and plain_value(t.token) == Decimal("0.25") and _PERIOD_ORDINAL.search(
        target, max(0, t.token.start - 16), t.token.start) is not None and (
        _GAME_QUARTER.match(t.token.text) is not None)


_ROMAN = re.compile(r"[IVXLC]+")
_PERIOD_ORDINAL = re.compile(r"(?:prvn|druh|třet|čtvrt|posledn|závěrečn)\w*\s+$", re.IGNORECASE)
_GAME_QUARTER = re.compile(r"čtvrtin[ěu]\b", re.IGNORECASE)


def numbers_issues(pair: Pair) -> list[Issue]:
    """The numbers family: protected tokens (document numbers, codes) are not numbers."""
    return compare_numbers(
        pair.source, pair.target, pair.settings.source_lang, pair.target_lang,
        skip_source=protected_spans(pair.source, pair.settings.glossary),
        skip_target=protected_spans(pair.target, lang=pair.target_lang),
        reference_date=pair.settings.reference_date,
    )
