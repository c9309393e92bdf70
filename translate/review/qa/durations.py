"""Durations said in another unit: `7 ngày` = `a week` = `týden`, `90 phút` = `an hour and a
half` = `hodinu a půl`, `6 tháng` = `half a year` = `půl roku`, `72 giờ` = `three days`,
`100 năm` = `a century`, `nửa tiếng` = `30 minutes`, `7 năm 6 tháng` = `sedmi a půl letům`.

Every duration is measured on one of two ladders: the clock (seconds: minute, hour, day, week,
fortnight) and the calendar (months: year, decade, century). A month is no fixed number of
days, so `30 ngày` is never `a month`. A duration is a number followed by its unit (`dva
týdny`, `five-year`, `24 giờ`), a unit glued into a Czech word (`třídenní`, `pětiletý`), a
unit inside the words of a number (`a year and a half`, `rok a půl`), or a unit alone, which
is one of it (`a week`, `týden`, `an hour`, `století`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown
from translate.review.qa.numread import AND_A_HALF, Num, plain_value
from translate.text.wordnumbers import CARDINAL, FRACTION
from translate.text.words_cs import CS_PERIOD_NOUNS

__all__ = ["Duration", "find_durations", "pair_durations", "duration_changed"]

CLOCK, CALENDAR = "clock", "calendar"
_UNITS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "vi": ((r"giây", CLOCK, 1), (r"phút", CLOCK, 60),
           (r"(?:giờ|tiếng)(?:\s+đồng\s+hồ)?", CLOCK, 3600),
           (r"ngày", CLOCK, 86400), (r"tuần", CLOCK, 604800), (r"tháng", CALENDAR, 1),
           (r"năm", CALENDAR, 12), (r"thập\s+(?:kỷ|kỉ|niên)", CALENDAR, 120),
           (r"thế\s+(?:kỷ|kỉ)", CALENDAR, 1200), (r"thiên\s+niên\s+(?:kỷ|kỉ)", CALENDAR, 12000)),
    "en": ((r"seconds?", CLOCK, 1), (r"minutes?", CLOCK, 60), (r"hours?", CLOCK, 3600),
           (r"days?", CLOCK, 86400), (r"weeks?", CLOCK, 604800),
           (r"fortnights?", CLOCK, 1209600),
           (r"months?", CALENDAR, 1), (r"years?", CALENDAR, 12), (r"decades?", CALENDAR, 120),
           (r"century|centuries", CALENDAR, 1200), (r"millenni(?:um|a)", CALENDAR, 12000),
           (r"(?:(?:st|nd|rd|th)\s+)?anniversar(?:y|ies)", CALENDAR, 12)),  # 50 years since
    "cs": ((r"sekund\w*|vteřin\w*", CLOCK, 1), (r"minut\w*", CLOCK, 60),
           (r"hodin\w*|hodinov\w*", CLOCK, 3600),
           (r"čtvrthodin\w*", CLOCK, 900), (r"půlhodin\w*", CLOCK, 1800),
           (r"den|dne|dni|dnu|dny|dní|dnů|dnech|dnům|dnem|dnům", CLOCK, 86400),
           (r"týden|týdn\w*|týdenní\w*", CLOCK, 604800), (r"měsíc\w*|měsíční\w*", CALENDAR, 1),
           (r"čtvrtrok\w*", CALENDAR, 3), (r"půlrok\w*", CALENDAR, 6),  # a quarter, a half
           (r"rok|roku|roce|roky|roků|rokem|rokům|rocích|let|léta|letech|letům|lety|roční\w*",
            CALENDAR, 12),
           (r"desetiletí\w*", CALENDAR, 120), (r"(?:sto|sta)letí\w*", CALENDAR, 1200),
           (r"tisíciletí\w*", CALENDAR, 12000), (r"(?:\.\s*)?výročí\w*", CALENDAR, 12)),
}
# a unit said alone is one of it: `a week`, `the past day`, `týden`, `hodinu`, `století`
_ONE = {"en": r"(?<![\w-])(?:an?|another|the\s+(?:past|last|previous|next|coming|following))"
              r"\s+(?:(?:single|whole|full|entire|further|additional|extra)\s+)?",
        # `za jedinou hodinu`, `za celý rok`: one of it, whatever follows
        "cs": r"(?<![\w-])(?:(?P<single>jedin\w+|celou|celý|celé|celého|celém)\s+)?"
              r"(?=(?:týden|týdne|týdnu|týdnem|hodinu|hodina|hodiny|hodině|hodinou"
              r"|rok|roku|roce|rokem|den|dne|dni|dnem|měsíc|měsíce|měsíci|měsícem|minutu|minuty"
              r"|minutě|minutou|století|desetiletí|roční\w*|měsíční\w*|týdenní\w*|hodinov\w*"
              r"|čtvrthodin\w*|půlhodin\w*|čtvrtrok\w*|půlrok\w*)"
              r"(?!\w)"
              r"(?(single)|(?![\s\u00a0]*\d)))"}  # `roční trest`: a one-year sentence
# Czech compounds: `třídenní`, `pětiletý`, `dvouhodinový`, `čtyřměsíční`, `týdenní` is weekly
_GLUED = ((r"let|roč", CALENDAR, 12), (r"měsíč", CALENDAR, 1), (r"denn|den", CLOCK, 86400),
          (r"týden|týdn", CLOCK, 604800), (r"hodin", CLOCK, 3600), (r"minut", CLOCK, 60),
          (r"sekund", CLOCK, 1))
_SEP = r"[\s\u00a0-]*(?:of\s+)?(?:an?\s+)?"  # `five-year`, `half an hour`, `a quarter of an hour`
# `four full days`, `tři celé dny`, `five straight years`: a word that stresses the length
_SEP += (r"(?:(?:full|whole|entire|straight|consecutive|long|celé|celých|celou|celý|dlouhé"
         r"|dlouhých)[\s\u00a0]+)?")


@dataclass(frozen=True)
class Duration:
    """A length of time: `ladder` (clock or calendar) and its `amounts` in seconds or months
    (several where the number has several readings: `2 tiếng rưỡi`); `nums`: the indexes of
    the numbers that say it (none for `a week`)."""

    start: int
    end: int
    ladder: str
    amounts: frozenset[Decimal]
    nums: tuple[int, ...]


@lru_cache(maxsize=8)
def _unit_regexes(lang: str) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """The unit patterns of `lang`, compiled once (`_unit_at` runs per number)."""
    return tuple((re.compile(_SEP + rf"(?:{pattern})(?!\w)", re.IGNORECASE), ladder, size)
                 for pattern, ladder, size in _UNITS.get(lang, ()))


def _unit_at(text: str, pos: int, lang: str) -> tuple[str, int, int] | None:
    for regex, ladder, size in _unit_regexes(lang):
        m = regex.match(text, pos)
        if m:
            return ladder, size, m.end()
    return None


def _unit_inside(word: str, lang: str) -> tuple[str, int] | None:
    """The unit inside the words of a number: `a year and a half`, `pětiletý`."""
    if lang == "cs" and " " not in word:
        for noun, years in CS_PERIOD_NOUNS.items():
            if word.lower().startswith(noun):  # `desetiletí`: one decade
                return CALENDAR, 12 * years
        for pattern, ladder, size in _GLUED:
            if re.search(pattern, word[3:], re.IGNORECASE):
                return ladder, size
        return None
    for pattern, ladder, size in _UNITS.get(lang, ()):
        if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", word, re.IGNORECASE):
            return ladder, size
    return None


_PERIOD_WORD = re.compile(r"sáng|trưa|chiều|tối|đêm|khuya", re.IGNORECASE)
_HOURS_MINUTES = re.compile(r"(?:giờ|tiếng)\s*\d+\s*phút", re.IGNORECASE)


def _values(n: Num) -> set[Decimal]:
    if n.time is not None:  # `24 giờ`: an hour with nothing else may be a duration
        if n.time.plain:  # in seconds
            return {Decimal(n.time.hour * 3600)}
        if (not n.time.pm or n.time.hour >= 13) and _HOURS_MINUTES.search(n.time.text) and (
                not _PERIOD_WORD.search(n.time.text)):  # `5 giờ 30 phút` (read as a morning
            # time where nothing says), `13 giờ 5 phút` (the 24-hour clock, or 13 hours)
            return {Decimal(n.time.hour * 3600 + n.time.minute * 60)}
        return set()
    if n.token.kind == "race" and n.key[-1] == 0:  # `2 phút 14 giây` ~ `dvě minuty a čtrnáct`
        return {Decimal(n.key[1] * 3600 + n.key[2] * 60 + n.key[3])}
    if n.token.kind not in ("integer", "decimal", "words", "number"):
        return set()
    value = plain_value(n.token)
    if n.alt is not None and n.token.kind == "integer" and n.alt - value == Decimal("0.5"):
        return {n.alt}  # `5 tiếng rưỡi`, `5 and a half hours`: the half is no other reading
    return {v for v in (value, n.alt) if v is not None}


# between a length of time and a bare number that shares its unit: the other end of a change
_SHARED = re.compile(r"[\s\u00a0]+(?:to|na|až|xuống\s+còn|lên|còn)[\s\u00a0]+", re.IGNORECASE)
# the same said the other way: the unit after the second end (`từ 48 xuống 24 giờ`, `z 10 na 12
# hodin`), and the first end a bare number right before it
_SHARED_BACK = re.compile(r"[\s\u00a0]+(?:to|na|až|xuống(?:\s+còn)?|lên|còn|đến|tới)[\s\u00a0]+"
                          r"|[\s\u00a0]*[-–][\s\u00a0]*", re.IGNORECASE)  # `12-24 tháng`


def find_durations(text: str, nums: list[Num], lang: str) -> list[Duration]:
    """The durations of one side, with the numbers they are made of."""
    lang = lang_of(lang)
    out: list[Duration] = []
    covered: list[tuple[int, int]] = []
    shared = 0  # the unit of the last number's duration
    for i, n in enumerate(nums):
        values = _values(n)
        if not values:
            continue
        if n.time is not None:
            unit: tuple | None = (CLOCK, 1, n.token.end)  # in seconds already
        elif n.token.kind == "race":  # `1 phút 47 giây`: a length of time in seconds
            unit = (CLOCK, 1, n.token.end)
        else:
            inside = _unit_inside(n.token.text, lang) if n.is_word else None
            unit = (*inside, n.token.end) if inside else _unit_at(text, n.token.end, lang)
            # `29 a půl hodiny`, `29 and a half hours`: the unit after the half
            half = AND_A_HALF.match(text, n.token.end) if n.alt is not None else None
            if unit is None and half:
                unit = _unit_at(text, half.end(), lang)
        if unit is None and out and out[-1].nums == (i - 1,) and _SHARED.fullmatch(
                text, out[-1].end, n.token.start):
            # `from four hours to two and a half`, `ze čtyř hodin na dvě a půl`: one unit said
            # for both ends of a change
            unit = (out[-1].ladder, shared, n.token.end)
        if unit is None:
            continue
        ladder, size, end = unit
        shared = 3600 if n.time is not None else size  # a time: its hours
        first = nums[i - 1] if i else None
        if first is not None and (n.time is None or n.time.plain) and (
                not out or out[-1].nums[-1] != i - 1) and first.time is None and _values(
                first) and _SHARED_BACK.fullmatch(text, first.token.end, n.token.start):
            own = _unit_at(text, first.token.start, lang) if first.is_word else None
            if own is not None and own[2] == first.token.end:  # `měsíc až pět týdnů`: a month
                month_in_days = own[:2] == (CALENDAR, 1) and ladder == CLOCK  # 30 or 31 days
                out.append(Duration(first.token.start, first.token.end,
                                    ladder if month_in_days else own[0],
                                    frozenset({Decimal(86400 * d) for d in (30, 31)})
                                    if month_in_days else frozenset({Decimal(own[1])}), (i - 1,)))
            else:
                out.append(Duration(first.token.start, first.token.end, ladder,
                                    frozenset(v * shared for v in _values(first)), (i - 1,)))
        out.append(_and_a_fraction(text, nums, Duration(  # (`dvě hodiny a čtvrt`)
            n.token.start, end, ladder, frozenset(v * size for v in values), (i,)), size))
        covered.append((n.token.start, end))
    one = _ONE.get(lang)
    if one:
        for m in re.finditer(one, text, re.IGNORECASE):
            unit = _unit_at(text, m.end(), lang)
            if unit is None or any(a <= m.start() < b for a, b in covered) or any(
                    m.start() <= n.token.start < unit[2] for n in nums):
                continue
            ladder, size, end = unit
            out.append(_and_a_fraction(text, nums, Duration(m.start(), end, ladder,
                                                            frozenset({Decimal(size)}), ())))
    return sorted(out, key=lambda d: d.start)


_AND = re.compile(r"[\s\u00a0]+(?:a|and)[\s\u00a0]+", re.IGNORECASE)


def _and_a_fraction(text: str, nums: list[Num], d: Duration, size: Decimal | int = 0
                    ) -> Duration:
    """`hodinu a tři čtvrtě`, `an hour and three-quarters`, `dvě hodiny a čtvrt`: a length
    and a fraction of its unit, whose `size` is given (`dvě hodiny`: an hour) or, for one unit
    said alone (`hodinu`), the length itself."""
    gap = _AND.match(text, d.end)
    if gap is None:  # most units: no `a`/`and` after them, no number to read
        return d
    for i, n in enumerate(nums):
        value = plain_value(n.token)
        if n.token.start == gap.end() and n.word_kind == FRACTION and value is not None \
                and 0 < value < 1 and _unit_at(text, n.token.end, "en") is None and (
                _unit_at(text, n.token.end, "cs") is None):
            size = size or min(d.amounts)
            return Duration(d.start, n.token.end, d.ladder,
                            frozenset(a + size * value for a in d.amounts), (*d.nums, i))
    return d


def _joined(text: str, a: Duration, b: Duration) -> Duration | None:
    """`7 năm 6 tháng`, `2 giờ 30 phút`: two units that make one duration."""
    if a.ladder != b.ladder or a.end > b.start or set(a.nums) & set(b.nums) or not re.fullmatch(
            r"[\s,]*(?:(?:và|a|and)\s+)?", text[a.end : b.start]):  # overlapping: no sum
        return None
    if a.amounts and b.amounts and max(b.amounts) >= min(a.amounts):
        return None  # `místo měsíce dva měsíce`: two lengths side by side, no compound
    amounts = frozenset(x + y for x in a.amounts for y in b.amounts)
    return Duration(a.start, b.end, a.ladder, amounts, a.nums + b.nums)


def _half_month(a: Duration, b: Duration) -> bool:
    """`nửa tháng` (half a month) ~ `two weeks`, `a fortnight`, `15 days`, and whole months of
    thirty days (`60 ngày` ~ `dva měsíce`): the lengths of a month that translators say on the
    other ladder (a month is otherwise no number of days)."""
    half, days = (a, b) if a.ladder == CALENDAR else (b, a)
    if half.ladder != CALENDAR or days.ladder != CLOCK:
        return False
    if Decimal("0.5") in half.amounts and (
            days.amounts & {Decimal(14 * 86400), Decimal(15 * 86400)}):
        return True
    # a deadline of 30, 60, 90 days said in months (`từ 60 ngày xuống còn 30 ngày` ~ `ze dvou
    # měsíců na měsíc`): whole months of thirty days, up to a year
    return bool(days.amounts & {m * 30 * 86400 for m in half.amounts if m == int(m) and
                                1 <= m <= 12})


def _days_named(source: str, src: list[Num], d: Duration) -> bool:
    """A count of days followed by the days it counts (`trong 2 ngày 5-6/10`, `3 ngày
    12-14/5`): translators name the days and leave the count unsaid."""
    i = d.nums[-1]
    if len(d.nums) != 1 or d.ladder != CLOCK or i + 2 >= len(src):
        return False
    first, last = src[i + 1].token, src[i + 2].token
    a, b = first.day or plain_value(first), last.day or plain_value(last)
    gap = re.fullmatch(r"\s*(?:(?P<range>[-–]|đến|tới)|và|,)\s*", source[first.end : last.start])
    if a is None or b is None or first.start - d.end > 4 or not gap:
        return False
    if last.day is None and not source[last.end : last.end + 1] == "/":
        return False  # `5-6/10`: days of a month
    days = int(b) - int(a) + 1 if gap["range"] else 2  # `5-7/9`; `14 và 15/8`
    return Decimal(days * 86400) in d.amounts


def pair_durations(source: str, target: str, src: list[Num], tgt: list[Num], source_lang: str,
                   target_lang: str) -> None:
    """Pair the numbers of a source duration with a target duration of the same length
    (matched in place), where the values alone did not pair them."""
    found = find_durations(target, tgt, target_lang)
    theirs = [d for d in found if not any(tgt[i].matched for i in d.nums)]
    theirs += [j for a, b in zip(theirs, theirs[1:], strict=False)  # `dvě hodiny a deset minut`
               if (j := _joined(target, a, b)) is not None]
    ours = find_durations(source, src, source_lang)
    ours += [j for a, b in zip(ours, ours[1:], strict=False)
             if (j := _joined(source, a, b)) is not None]
    every = found + [j for a, b in zip(found, found[1:], strict=False)
                     if (j := _joined(target, a, b)) is not None]
    for d in sorted(ours, key=lambda d: -len(d.nums)):
        if _rest_of_a_paired_length(d, src, tgt, every):
            continue
        if not d.nums or any(src[i].matched for i in d.nums):
            continue
        theirs += _regain_half(d, src, tgt, found, theirs)
        if _days_named(source, src, d):  # `trong 2 ngày 5-6/10` ~ `on Oct. 5-6`
            src[d.nums[0]].matched = True
            continue
        for t in theirs:
            if (t.ladder == d.ladder and t.amounts & d.amounts or _half_month(d, t)) and not any(
                    tgt[i].matched for i in t.nums):
                for i in d.nums:
                    src[i].matched = True
                    if len(d.nums) == len(t.nums) == 1:  # its order can be checked
                        src[i].partner = t.nums[0]
                for i in t.nums:
                    tgt[i].matched = True
                theirs.remove(t)
                break


def _regain_half(d: Duration, src: list[Num], tgt: list[Num], found: list[Duration],
                 theirs: list[Duration]) -> list[Duration]:
    """`Sau 6 tháng ... giảm hơn một nửa` ~ `Za půl roku ... o víc než polovinu`: the half of
    the target's duration was paired with the source's half by value, which leaves the
    duration and the other half apart. The source half takes the other target half of its
    value, and the freed duration is returned to pair with `d`."""
    for t in found:
        if t in theirs or len(t.nums) != 1 or t.ladder != d.ladder or not t.amounts & d.amounts:
            continue
        k = t.nums[0]
        owner = next((s for s in src if s.matched and s.partner == k), None)
        value = plain_value(tgt[k].token)
        other = next((j for j, n in enumerate(tgt) if not n.matched and j != k
                      and plain_value(n.token) == value and not n.points), None)
        if owner is None or other is None or value != Decimal("0.5"):
            continue
        owner.partner, tgt[other].matched, tgt[k].matched = other, True, False
        return [t]
    return []


def _rest_of_a_paired_length(d: Duration, src: list[Num], tgt: list[Num],
                             theirs: list[Duration]) -> bool:
    """`29 giờ 30 phút` ~ `29 a půl hodiny`, `29 and a half hours`: the hours paired by value
    with a target number whose length (with its half) is the whole source length; the minutes
    are no omission. Pairs the rest of `d` when so."""
    if len(d.nums) < 2 or all(src[i].matched for i in d.nums) or not any(
            src[i].matched for i in d.nums):
        return False
    for t in theirs:
        if t.ladder == d.ladder and t.amounts & d.amounts and all(tgt[i].matched for i in t.nums):
            for i in d.nums:
                src[i].matched = True
            return True
    return False


def duration_changed(source: str, target: str, src: list[Num], tgt: list[Num],
                     source_lang: str, target_lang: str) -> list[Issue]:
    """A length of time said in words on both sides and changed (`nửa thế kỷ` → `a century`,
    `một phần tư thế kỷ` → `půl století`): the source's words are weak (`nửa`, `một`), so
    nothing else reports them; on the same ladder, with nothing of the same length left."""
    ours = [d for d in find_durations(source, src, source_lang) if len(d.nums) == 1 and (
        n := src[d.nums[0]]) and not (n.matched or n.strong) and n.word_kind in (
        CARDINAL, FRACTION) and plain_value(n.token) != 1 and not _PERCENT_BEFORE.search(
        source, 0, n.token.start)]
    # a Czech unit noun alone (`lunárního měsíce`) is often a label, no length
    theirs = [d for d in find_durations(target, tgt, target_lang)
              if not any(tgt[i].matched for i in d.nums) and (d.nums or lang_of(target_lang)
                                                              == "en")]
    for d in ours:
        same = [t for t in theirs if t.ladder == d.ladder]
        if same and not any(t.amounts & d.amounts for t in same):
            return [_changed(source, target, d, same[0])]
    return _paired_unit_changed(source, target, src, tgt, source_lang, target_lang)


def _paired_unit_changed(source: str, target: str, src: list[Num], tgt: list[Num],
                         source_lang: str, target_lang: str) -> list[Issue]:
    """`1,5 giờ` → `a day and a half`: the value paired, but the unit said inside the words
    of the number is another of its ladder (a length of one number on each side only; a
    Czech compound, `třítýdenní`, is left to the unit reader)."""
    # the translation's lengths by their one number, said in words of a phrase (no compound)
    theirs = {t.nums[0]: t for t in find_durations(target, tgt, target_lang)
              if len(t.nums) == 1 and tgt[t.nums[0]].is_word
              and " " in tgt[t.nums[0]].token.text}
    for d in find_durations(source, src, source_lang):
        if len(d.nums) != 1 or not src[d.nums[0]].matched:
            continue
        t = theirs.get(src[d.nums[0]].partner)
        if t is not None and t.ladder == d.ladder and not t.amounts & d.amounts and (
                _unit_inside(tgt[t.nums[0]].token.text, lang_of(target_lang))):
            return [_changed(source, target, d, t)]
    return []


def _changed(source: str, target: str, ours: Duration, theirs: Duration) -> Issue:
    """The error for a length of time the translation says as another."""
    return Issue("numbers", ERROR, f"source has {shown(source[ours.start:ours.end])}, "
                                   f"translation has {shown(target[theirs.start:theirs.end])}")


_PERCENT_BEFORE = re.compile(r"phần\s+$", re.IGNORECASE)  # `phần trăm`: per cent
