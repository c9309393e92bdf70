"""The numbers check: numbers, dates, times, percentages and amounts of the source must reach
the translation with the same values, read by each language's own conventions.

`19.340` in Vietnamese equals `19 340` in Czech; `2.000` against `2,000` is an error. The
usual honest translations are explained away: numbers written as words in any case
(`translate.text.numwords`), month numbers written as month names, `3 giờ chiều` as
`15 hodin`, converted measures (`translate.review.qa.measures`), `380.000` as `380 tisíc`,
`những năm 1930` as `30. léta 20. století`, `SS19` as `jaro/léto 2019`, fractions, records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, Pair, lang_of
from translate.review.qa.measures import (
    SPACES_RE,
    conversion_elsewhere,
    converted,
    quantity_words,
    unit_after,
)
from translate.review.qa.protected import protected_spans
from translate.text.numbers import NumberToken, code_spans, find_numbers, numeric_key
from translate.text.numwords import (
    CS_FRACTIONS,
    cs_word_table,
    has_number_word,
    has_ordinal,
    has_word,
    months_in,
    number_words,
    season_years,
)

__all__ = ["compare_numbers", "numbers_issues", "find_times", "ORDER_SEVERITY"]

_DIGIT_RUN = re.compile(r"\d+(?:[.,:\u00a0\u202f ]\d+)*")
# Scale words after a number: `380 tisíc` = 380.000, `19,3 triệu` = 19.300.000.
_SCALES = {
    "vi": {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9},
    "cs": {"tisíc": 3, "tis.": 3, "milion": 6, "mil.": 6, "miliard": 9, "mld.": 9, "bilion": 12},
    "en": {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
}

def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _unparsed_digit_runs(text: str, tokens: Sequence[NumberToken]) -> list[str]:
    """Digit strings the number reader left alone: `13letého`, `3.1` in Czech, `7.5` in vi."""
    runs = []
    for m in _DIGIT_RUN.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in tokens):
            continue
        runs.append(_digits(m.group()))
    return runs


def _scale_after(text: str, token: NumberToken, lang: str) -> int:
    words = _SCALES.get(lang_of(lang), {})
    rest = text[token.end :].lstrip(" \u00a0\u202f").lower()
    for word, power in words.items():
        if rest.startswith(word):
            return power
    return 0


def _word_after(text: str, token: NumberToken) -> str:
    m = re.match(r"[\s\u00a0]*(\w+)", text[token.end :])
    return m.group(1).lower() if m else ""


_NOT_AFTER_NUM = r"(?<![\d.,])"
# Times written with words, which the number reader leaves to us; clock times (`17:30`,
# `17h30`) are `time` tokens of `translate.text.numbers.find_numbers`.
_WORD_TIMES: dict[str, re.Pattern[str]] = {
    "vi": re.compile(rf"{_NOT_AFTER_NUM}(?P<h>\d{{1,2}})(?:[.:h](?P<m>\d{{2}}))?\s*giờ"
                     rf"(?:\s*(?P<m2>\d{{1,2}})\s*phút)?"),
    "cs": re.compile(rf"{_NOT_AFTER_NUM}(?P<h>\d{{1,2}})(?:[.:](?P<m>\d{{2}})|\.)?\s*hod"),
}


def find_times(
    text: str, lang: str, tokens: Sequence[NumberToken] = ()
) -> list[tuple[int, int, tuple[int, int], str]]:
    """Times of day as (start, end, (hour mod 12, minute), text): `3 giờ chiều` = `15 hodin`
    = `15:00`. Word forms are found here; clock forms come from the `time` tokens given."""
    found: list[tuple[int, int, tuple[int, int], str]] = []
    pattern = _WORD_TIMES.get(lang_of(lang))
    for m in pattern.finditer(text) if pattern is not None else ():
        hour = int(m.group("h"))
        minute = int(m.group("m") or (m.groupdict().get("m2") or 0))
        if hour <= 24 and minute <= 59:
            found.append((m.start(), m.end(), (hour % 12, minute), m.group().strip()))
    for tok in tokens:
        if tok.kind == "time" and not any(a < tok.end and tok.start < b for a, b, _, _ in found):
            found.append((tok.start, tok.end, (tok.value.hour % 12, tok.value.minute), tok.text))
    return sorted(found)


def _plain_value(token: NumberToken) -> Decimal | None:
    return token.value if isinstance(token.value, Decimal) else None


_PERCENT_WORD = re.compile(r"[\s\u00a0]*(?:phần trăm|procent|per ?cent)", re.IGNORECASE)


@dataclass
class _Num:
    token: NumberToken
    key: tuple
    scaled: Decimal | None
    alt: Decimal | None = None
    matched: bool = False
    partner: int = -1  # index of the matched number on the other side
    measure: Decimal | None = None  # `6 foot 6`: 6.5 (feet), the inches folded in

    def values(self) -> set[Decimal]:
        value = _plain_value(self.token)
        return {v for v in (value, self.scaled, self.alt) if v is not None}


def compare_numbers(
    source: str,
    target: str,
    source_lang: str = "vi",
    target_lang: str = "cs",
    skip_source: Sequence[tuple[int, int]] = (),
    skip_target: Sequence[tuple[int, int]] = (),
) -> list[Issue]:
    """Numbers and dates of the source that the target lost or changed, and the reverse."""
    src_times = find_times(source, source_lang)
    tgt_times = find_times(target, target_lang)
    src_tokens = find_numbers(source, source_lang,
                              list(skip_source) + [(a, b) for a, b, _, _ in src_times])
    tgt_tokens = find_numbers(target, target_lang,
                              list(skip_target) + [(a, b) for a, b, _, _ in tgt_times])
    src_times = find_times(source, source_lang, src_tokens)
    tgt_times = find_times(target, target_lang, tgt_tokens)
    src_tokens = [t for t in src_tokens if t.kind != "time"]
    tgt_tokens = [t for t in tgt_tokens if t.kind != "time"]
    quantities = quantity_words(source, source_lang)  # `nửa inch`
    if not (src_tokens or tgt_tokens or src_times or tgt_times or quantities):
        return []

    def wrap(tokens: list[NumberToken], text: str, lang: str, is_source: bool) -> list[_Num]:
        out = []
        for tok in tokens:
            value = _plain_value(tok)
            power = _scale_after(text, tok, lang) if value is not None else 0
            # `10,000` in a Vietnamese source is often English grouping (10000): accept that
            # reading; never the other way round (`2.015` stays 2015, not 2,015)
            alt = getattr(tok, "alternative", None) if is_source else None
            if alt is not None and value is not None and alt <= value:
                alt = None
            key = numeric_key(tok)
            if value is not None and tok.kind != "percent" and _PERCENT_WORD.match(
                text, tok.end
            ):
                key = ("percent", value.normalize())  # `40 phần trăm`, `16 procent`
            out.append(_Num(tok, key, value.scaleb(power) if power else None, alt))
        return out

    src = wrap(src_tokens, source, source_lang, True)
    src += [_Num(tok, numeric_key(tok), None) for tok in quantities]
    src.sort(key=lambda n: n.token.start)
    tgt = wrap(tgt_tokens, target, target_lang, False)

    def pair(accept) -> None:
        for s in src:
            if s.matched:
                continue
            for i, t in enumerate(tgt):
                if not t.matched and accept(s, t):
                    s.matched = t.matched = True
                    s.partner = i
                    break

    # same value, and a scale word on both sides or neither: `20 triệu` is no `20. letech`
    pair(lambda s, t: s.key == t.key and (s.scaled is None) == (t.scaled is None))
    # `40 phần trăm` ~ `40 %`; `380.000` ~ `380 tisíc`; `19.340 tỷ` ~ `19,34 bilionu`
    pair(lambda s, t: _loose_equal(s, t))
    # `3 giờ chiều` ~ `15 hodin`
    pair(lambda s, t: _is_hour(source, s) and _plain_value(t.token) == _plain_value(s.token) + 12)
    _join_feet_inches(source, src)  # `6 foot 6`: one measure
    # `10 inch` ~ `250 mm`; `80` (°F) ~ `27 °C`
    pair(lambda s, t: converted(source, target, s.token, s.measure or _plain_value(s.token),
                                t.token, _plain_value(t.token)))
    _pair_by_meaning(source, target, src, tgt, source_lang, target_lang)

    tgt_lower = target.lower()
    src_lower = source.lower()
    tgt_runs = _unparsed_digit_runs(target, tgt_tokens) + [
        _digits(target[a:b]) for a, b in code_spans(target)
    ]
    src_runs = _unparsed_digit_runs(source, src_tokens)
    tgt_months = months_in(target, target_lang)
    # `tháng 6 năm 2018` ~ `v červnu 2018`: the year as a number, the month as a word
    for s in src:
        if s.matched or s.token.kind != "month" or s.token.month not in tgt_months:
            continue
        year = next((t for t in tgt if not t.matched
                     and _plain_value(t.token) == s.token.year), None)
        if year is not None:
            s.matched = year.matched = True
    # First the strong explanations (digits glued to a word, month names); number words only
    # when nothing on the other side is left over, since `5-2` → `1-2` must not be excused by
    # `pátek` or `một`.
    missing = [s for s in src if not s.matched and not _explained_source(
        source, s, tgt_lower, tgt_runs, tgt_months, target_lang, words=False)]
    extra = [t for t in tgt if not t.matched and not _explained_target(
        t, src_lower, src_runs, source_lang, words=False, target=target)]
    if not (missing and extra):
        missing = [s for s in missing if not _explained_source(
            source, s, tgt_lower, tgt_runs, tgt_months, target_lang, words=True)]
        extra = [t for t in extra if not _explained_target(
            t, src_lower, src_runs, source_lang, words=True, target=target)]
    # the same digits grouped differently (`0800 555 111 24/7` ~ `555 111`, `247`); one token
    # against one token is never excused this way: `2.000` against `2,000` stays an error
    if missing and extra and len(missing) != len(extra) and "".join(
        _digits(s.token.text) for s in missing
    ) == "".join(_digits(t.token.text) for t in extra):
        missing, extra = [], []
    # an imperial measure: converted into a compound (`250kilogramový`), or in words
    # (`šestimetrové`), or a duplicate in brackets dropped (`300 km (190 dặm)`)
    imperial = [s for s in missing if unit_after(source, s.token)]
    missing = [s for s in missing if s not in imperial]
    issues = [
        Issue("numbers", ERROR, f"{s.token.text} {unit_after(source, s.token)} is missing "
                                "(no converted value either)")
        for s in imperial
        if not conversion_elsewhere(source, s.token, s.measure or _plain_value(s.token),
                                    _previous_matched(s, src), tgt_runs, tgt_lower, target_lang)
    ]
    issues += _number_issues(missing, extra)
    if not issues:  # with leftovers the pairing is a guess: the order says nothing more
        issues += _order_issues(source, target, src, tgt)
    if not issues:
        issues += _year_issues(target, target_lang, src, tgt)
    lost_times = Counter(k for *_, k, _ in src_times) - Counter(k for *_, k, _ in tgt_times)
    new_times = Counter(k for *_, k, _ in tgt_times) - Counter(k for *_, k, _ in src_times)
    tgt_digits = tgt_runs + [_digits(t.token.text) for t in tgt if not t.matched]
    for _, _, key, text in src_times:
        if lost_times[key] > 0 and _digits(text) not in tgt_digits:
            lost_times[key] -= 1
            issues.append(Issue("numbers", ERROR, f"time {text!r} is missing from the translation"))
    for _, _, key, text in tgt_times:
        if new_times[key] > 0 and _digits(text) not in src_runs:
            new_times[key] -= 1
            issues.append(Issue("numbers", ERROR, f"time {text!r} in the translation is not in "
                                                  "the source"))
    return issues


def _join_feet_inches(source: str, src: list[_Num]) -> None:
    """`6 foot 6` (six feet six inches) is one measure of 6.5 feet, converted as a whole
    (`1,98 m`, `dvoumetrový`); the inches are no number of their own."""
    for a, b in zip(src, src[1:], strict=False):
        feet, inches = _plain_value(a.token), _plain_value(b.token)
        if a.matched or b.matched or feet is None or inches is None or inches >= 12:
            continue
        between = source[a.token.end : b.token.start]
        if re.fullmatch(rf"{SPACES_RE}(?:foot|feet|ft){SPACES_RE}", between, re.IGNORECASE):
            a.measure = feet + inches / 12
            b.matched = True


def _previous_matched(s: _Num, src: list[_Num]) -> bool:
    """Was the number just before `s` in the source matched (`300 km (190 dặm)`)?"""
    previous = [o for o in src if o.token.end <= s.token.start and o is not s]
    return bool(previous) and previous[-1].matched


def _loose_equal(s: _Num, t: _Num) -> bool:
    sv, tv = _plain_value(s.token), _plain_value(t.token)
    if sv is None or tv is None:
        # `tháng 7, 2017` (month, then a year) ~ `v červenci 2017` (one date)
        if sv is not None and t.token.is_date and s.token.kind == "year":
            return t.token.year == int(sv)
        if tv is not None and s.token.is_date and t.token.kind == "year":
            return s.token.year == int(tv)
        # dates: a source date without a year matches the same day and month with one
        if s.token.is_date and t.token.is_date:
            if s.token.day is None and s.token.year != t.token.year:
                return False  # `tháng 7` + `2017` ~ `červenci 2017`: month names, years apart
            return (s.token.month, s.token.day) == (t.token.month, t.token.day) and (
                s.token.year is None or s.token.year == t.token.year
            )
        return False
    if (s.key[0] == "percent") != (t.key[0] == "percent"):
        return False
    if s.scaled is not None and t.scaled is not None:  # both scaled: `2,8 tỷ` ~ `2,8 mld.`
        return s.scaled == t.scaled
    if (s.scaled is None) != (t.scaled is None):  # `380.000` ~ `380 tisíc`, never `20 triệu` ~ `20`
        s_full = {s.scaled} if s.scaled is not None else s.values()
        t_full = {t.scaled} if t.scaled is not None else t.values()
        return bool(s_full & t_full)
    if s.values() & t.values():
        return True
    # `những năm 1980` ~ `80. letech` (decades)
    return bool(s.alt is None and sv >= 1900 and sv % 10 == 0 and tv == sv % 100
                and tv > 0)


def _is_hour(source: str, s: _Num) -> bool:
    value = _plain_value(s.token)
    return value is not None and 1 <= value <= 12 and _word_after(source, s.token) == "giờ"


_CENTURY = re.compile(rf"\.?{SPACES_RE}stol", re.IGNORECASE)  # `20. století`, `20. stol.`
_OUT_OF = re.compile(r"(?<!\w)(\w+)\s+ze?\s+(\w+)(?!\w)")  # `čtyři ze čtyř`, `3 z 5`


def _word_or_digits(word: str) -> int | None:
    return int(word) if word.isdigit() else cs_word_table().get(word.lower())


def _pair_by_meaning(
    source: str, target: str, src: list[_Num], tgt: list[_Num], source_lang: str,
    target_lang: str,
) -> None:
    """Numbers that say the same thing in another shape (matched in place):

    - a season code's year: `SS19` ~ `jaro/léto 2019`;
    - the century of a source year: `những năm 1930` ~ `30. letech 20. století` (the decade
      itself is paired by `_loose_equal`);
    - a fraction: `1/3` ~ `třetina`, `2/3` ~ `dvě třetiny`;
    - a record of wins and losses: `thắng 4:0` ~ `čtyři ze čtyř` (four out of four).
    """
    seasons = set(season_years(source).values())
    years = {int(s.token.value) for s in src if s.token.kind == "year"} | {
        s.token.year for s in src if s.token.is_date and s.token.year}
    centuries = {y // 100 + 1 for y in years} | {(y - 1) // 100 + 1 for y in years}
    for t in tgt:
        value = _plain_value(t.token)
        if t.matched or value is None or value != value.to_integral_value():
            continue
        if int(value) in seasons or (
            int(value) in centuries and _CENTURY.match(target, t.token.end)
        ):
            t.matched = True
    if lang_of(target_lang) != "cs":
        return
    tgt_lower = target.lower()
    for a, b in zip(src, src[1:], strict=False):
        av, bv = _plain_value(a.token), _plain_value(b.token)
        if b.matched or av is None or bv is None or av != int(av) or bv != int(bv):
            continue
        between = source[a.token.end : b.token.start]
        if between == "/" and not a.matched and 0 < av < bv and int(bv) in CS_FRACTIONS:
            if has_word(tgt_lower, CS_FRACTIONS[int(bv)]) and (
                av == 1 or has_number_word(tgt_lower, int(av), target_lang)
            ):
                a.matched = b.matched = True
        elif between in (":", "-", "–"):
            for m in _OUT_OF.finditer(target):
                if (_word_or_digits(m.group(1)), _word_or_digits(m.group(2))) == (av, av + bv):
                    a.matched = b.matched = True
                    for t in tgt:
                        if m.start() <= t.token.start < m.end():
                            t.matched = True
                    break


_DECADE_WORDS = ("những năm", "thập niên", "thập kỷ")


def _round_decade_explained(source: str, tok: NumberToken, tgt_lower: str) -> bool:
    """`những năm 2000` (the 2000s) ~ `na začátku tisíciletí`, `v nultých letech`; a round
    century's decade named by its century or millennium."""
    value = _plain_value(tok)
    if tok.kind != "year" or value is None or value % 100:
        return False
    if not source[: tok.start].rstrip().lower().endswith(_DECADE_WORDS):
        return False
    words = ("nult", "století") + (("tisíciletí",) if value % 1000 == 0 else ())
    return has_word(tgt_lower, words)


# Periods of a game named by number in the source and by a noun in the target: `hiệp 1`
# (the first half) ends at `poločas` (half-time).
_PERIODS = {("hiệp", "cs"): ("poloč",)}


def _period_explained(before: str, n: int, tgt_lower: str, lang: str) -> bool:
    if n not in (1, 2):
        return False
    word = before.split()[-1] if before.split() else ""
    return has_word(tgt_lower, _PERIODS.get((word, lang_of(lang)), ()))


_TURN = re.compile(rf"{SPACES_RE}(?:°|stup)")


def _turn_idiom(target: str, tok: NumberToken) -> bool:
    """`otočit o 180°` (a U-turn): an idiom the source may say without a number. Only in the
    weak pass, when the source has no number left over that this could be."""
    return (_plain_value(tok) in (180, 360) and bool(_TURN.match(target, tok.end))
            and target[: tok.start].rstrip().lower().endswith(" o"))


def _explained_source(
    source: str, s: _Num, tgt_lower: str, tgt_runs: list[str], months: set[int], lang: str,
    words: bool = True,
) -> bool:
    """A source number the target writes another way: in words, as a month, glued to a word."""
    tok = s.token
    if _digits(tok.text) in tgt_runs:
        return True
    if tok.is_date and tok.year is None and tok.day is None:  # `tháng 6` ~ `v červnu`
        return tok.month in months
    if _round_decade_explained(source, tok, tgt_lower):  # `những năm 2000` ~ `tisíciletí`
        return True
    for value in s.values():
        if value != value.to_integral_value():
            continue
        n = int(value)
        before = source[: tok.start].rstrip().lower()
        if 1 <= n <= 12 and (before.endswith("tháng") or _word_after(source, tok) == "tháng"):
            return n in months
        if has_number_word(tgt_lower, n, lang):  # `8 điểm` ~ `osm bodů`, `hạng 3` ~ `trojka`
            return True
        if words and (has_word(tgt_lower, number_words(n, lang))
                      or has_ordinal(tgt_lower, n, lang)
                      or _period_explained(before, n, tgt_lower, lang)):
            return True
    return False


def _explained_target(
    t: _Num, src_lower: str, src_runs: list[str], lang: str, words: bool = True,
    target: str = "",
) -> bool:
    tok = t.token
    if _digits(tok.text) in src_runs:
        return True
    value = _plain_value(tok)
    if not words or value is None or value != value.to_integral_value():
        return False
    return has_word(src_lower, number_words(int(value), lang)) or _turn_idiom(target, tok)


_YEAR_WORDS = {"cs": ("roce", "roku", "rok", "r.", "let", "letech", "léta"),
               "en": ("in", "year", "since"), "vi": ("năm",)}


def _year_issues(target: str, lang: str, src: list[_Num], tgt: list[_Num]) -> list[Issue]:
    """`v roce 63` where the source's 63 is not a year: two numbers traded places."""
    words = _YEAR_WORDS.get(lang_of(lang), ())
    for s in src:
        if s.partner < 0 or s.token.kind == "year" or s.token.is_date:
            continue
        t = tgt[s.partner]
        before = target[: t.token.start].rstrip().lower()
        if any(before.endswith(" " + w) or before == w for w in words):
            return [Issue("numbers", ERROR, f"{t.token.text!r} follows {before.split()[-1]!r} "
                                            "in the translation but is no year in the source")]
    return []


def _bracketed(text: str, token: NumberToken) -> bool:
    return text[: token.start].rstrip().endswith("(")


def _order_issues(source: str, target: str, src: list[_Num], tgt: list[_Num]) -> list[Issue]:
    """Two numbers that trade places (`từ 50 đến 75` → `75 až 50`): same values, new meaning.

    Years and dates move freely around a sentence, and so does a measure and its conversion
    (`45 dặm (72 km)` → `72 km (45 mil)`).
    """
    # a value written twice in the source (`hạng 1 ... 2&1`) may have been paired with the wrong
    # one of its twins (the other written in words): such pairs say nothing about order
    keys = Counter(s.key for s in src)
    linked = [(s, tgt[s.partner]) for s in src if s.partner >= 0 and keys[s.key] == 1]
    for (s1, t1), (s2, t2) in zip(linked, linked[1:], strict=False):
        if any(_bracketed(source, s.token) for s in (s1, s2)) or any(
            _bracketed(target, t.token) for t in (t1, t2)
        ):
            continue
        # years and dates move freely around a sentence; so do values of different kinds
        if {s1.token.kind, s2.token.kind} & _FREE_KINDS or (s1.key[0] == "percent") != (
            s2.key[0] == "percent"
        ):
            continue
        if s1.key != s2.key and t1.token.start > t2.token.start:
            return [Issue("numbers", ORDER_SEVERITY,
                          f"{s1.token.text!r} and {s2.token.text!r} appear in the opposite order "
                          f"in the translation ({t2.token.text!r} before {t1.token.text!r})")]
    return []


ORDER_SEVERITY = ERROR
_FREE_KINDS = {"year", "date", "month", "month_only", "day_month"}


def _number_issues(missing: list[_Num], extra: list[_Num]) -> list[Issue]:
    if not missing and not extra:
        return []
    if len(missing) == 1 and len(extra) == 1:
        return [Issue("numbers", ERROR, f"source has {missing[0].token.text!r}, translation has "
                                        f"{extra[0].token.text!r}")]
    issues = [Issue("numbers", ERROR, f"{m.token.text!r} is missing from the translation")
              for m in missing]
    issues += [Issue("numbers", ERROR, f"{e.token.text!r} in the translation is not in the "
                                       "source") for e in extra]
    return issues


def numbers_issues(pair: Pair) -> list[Issue]:
    """The numbers family: protected tokens (document numbers, codes) are not numbers."""
    return compare_numbers(
        pair.source, pair.target, pair.settings.source_lang, pair.target_lang,
        skip_source=protected_spans(pair.source, pair.settings.glossary),
        skip_target=protected_spans(pair.target, lang=pair.target_lang),
    )
