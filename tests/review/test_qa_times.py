"""Times of day as each language writes them (the numbers check's clock)."""

from __future__ import annotations

import pytest

from translate.review.qa.times import find_race_times, find_times, with_clock_tokens
from translate.text.numbers import find_numbers


def times(text: str, lang: str) -> list[tuple[str, int, int, bool | None]]:
    return [(t.text, t.hour % 12, t.minute, t.pm)
            for t in find_times(text, lang, find_numbers(text, lang))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("vi", "lúc 8 giờ tối", ("8 giờ tối", 8, 0, True)),
        ("vi", "lúc 6 giờ rưỡi sáng", ("6 giờ rưỡi sáng", 6, 30, False)),
        # digits for the minutes and no part of the day in the sentence: the 24-hour clock
        ("vi", "lúc 8 giờ 45.", ("8 giờ 45", 8, 45, False)),
        ("vi", "lúc 2 giờ 35 phút sáng", ("2 giờ 35 phút sáng", 2, 35, False)),
        ("vi", "lúc 8 giờ kém 15", ("8 giờ kém 15", 7, 45, None)),
        ("vi", "lúc 16h đạt", ("16h", 4, 0, True)),
        ("vi", "lúc 12 giờ trưa", ("12 giờ trưa", 0, 0, True)),
        ("vi", "khoảng 7.55 giờ sáng", ("7.55 giờ sáng", 7, 55, False)),
        ("cs", "ve 20:00", ("20:00", 8, 0, True)),
        ("cs", "Ve 14.30 dne", ("14.30", 2, 30, True)),
        ("cs", "v 8:00", ("8:00", 8, 0, False)),
        ("cs", "ve dvě hodiny odpoledne", ("ve dvě hodiny odpoledne", 2, 0, True)),
        ("cs", "v poledne", ("v poledne", 0, 0, True)),
        ("cs", "o půlnoci", ("o půlnoci", 0, 0, False)),
        ("cs", "v půl šesté ráno", ("půl šesté ráno", 5, 30, False)),
        ("cs", "tři čtvrtě na osm večer", ("tři čtvrtě na osm večer", 7, 45, True)),
        ("cs", "kolem desáté hodiny", ("kolem desáté hodiny", 10, 0, None)),
        ("en", "at 2:30 p.m. on", ("2:30 p.m.", 2, 30, True)),
        ("en", "at 7.55am with", ("7.55am", 7, 55, False)),
        ("en", "from noon", ("noon", 0, 0, True)),
        ("en", "at nine in the morning", ("nine in the morning", 9, 0, False)),
        ("en", "at a quarter to five in the afternoon",
         ("a quarter to five in the afternoon", 4, 45, True)),
        ("en", "at a quarter past six", ("a quarter past six", 6, 15, None)),
        ("en", "at eight o'clock", ("eight o'clock", 8, 0, None)),
        ("en", "at 8 tonight", ("8 tonight", 8, 0, True)),
        ("cs", "ráno v sedm", ("ráno v sedm", 7, 0, False)),
        ("cs", "před polednem", ("polednem", 0, 0, True)),
        ("cs", "v půl jedné", ("půl jedné", 0, 30, None)),
        ("vi", "Sáng 3/6, lúc 9 giờ", ("9 giờ", 9, 0, False)),
    ],
)
def test_times_of_day(lang: str, text: str, expected: tuple) -> None:
    assert times(text, lang) == [expected]


def test_what_is_no_time_of_day() -> None:
    assert times("Inflace 3.5 procenta", "cs") == []  # a decimal written the English way
    assert times("Růst 14.30 bodu", "cs") == []
    assert times("they won 2:1 in 24 hours", "en") == []  # a score, a duration
    assert times("children aged 12 to six", "en") == []  # a range, no `ten to six`


def test_times_agree_by_half_of_day() -> None:
    [evening] = find_times("8 giờ tối", "vi")
    [morning] = find_times("8 a.m.", "en")
    [clock] = find_times("ve 20:00", "cs", find_numbers("ve 20:00", "cs"))
    assert evening.agrees(clock) and not evening.agrees(morning)


def test_race_times() -> None:
    [(_, _, vi, _)] = find_race_times("thời gian 4 phút 18 giây 28", "vi")
    [(_, _, cs, _)] = find_race_times("časem 4:18,28", "cs")
    assert vi == cs == (0, 4, 18, 28)
    [(_, _, vi, _)] = find_race_times("về đích sau 2 giờ 28 phút 34 giây", "vi")
    [(_, _, en, _)] = find_race_times("finished in 2:28:34.", "en")
    assert vi == en == (2, 28, 34, 0)
    assert find_race_times("v 15:30 hodin", "cs") == []  # a time of day


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Sáng 3/6, lúc 9 giờ, rồi 17:30 và 21h15"),
        ("cs", "v 8:00, ve dvě hodiny odpoledne, od osmi do deseti večer a v 17.30 hodin"),
        ("en", "at 8:15, at ten to six, 7.30 in the evening, 3pm and 17:45"),
    ],
)
def test_clock_tokens_added_to_own_times_equal_find_times(lang: str, text: str) -> None:
    # `read_side` reads a side's own times once, then adds the clock tokens to them
    tokens = find_numbers(text, lang)
    assert with_clock_tokens(text, lang, find_times(text, lang), tokens) == find_times(
        text, lang, tokens)
