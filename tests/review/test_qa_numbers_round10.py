"""Round ten of the numbers check (issue 13): the alignment that judges an unpaired source
number by what stands in its place in the translation (sentences written for the test, not
taken from any set)."""

from __future__ import annotations

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.numalign import equivalent, place_of, said_beside
from translate.review.qa.numread import read_side

NUMBERS = CheckSettings(checks=frozenset({"numbers"}))


def _errors(vi: str, target: str, lang: str) -> list[str]:
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


_CAMPUS = "Tỉnh khởi công 2 trường học cơ sở 2 của Đại học Y và Đại học Dược trong năm 2026."


def test_a_value_the_source_writes_twice_side_by_side_is_said_once() -> None:
    """`2 trường học cơ sở 2` (two schools' campus 2) ~ `the second campuses`: the twin beside
    the paired `2` is written the same way, so the one mention fills both places."""
    assert not _errors(_CAMPUS, "The province broke ground on the second campuses of the "
                       "University of Medicine and the University of Pharmacy in 2026.", "en")
    assert not _errors(_CAMPUS, "Provincie zahájila stavbu druhých areálů Lékařské a "
                       "Farmaceutické univerzity v roce 2026.", "cs")


@pytest.mark.parametrize(("vi", "lang", "wrong"), [
    (_CAMPUS, "en", "The province broke ground on the third campuses of the University of "
                    "Medicine and the University of Pharmacy in 2026."),
    (_CAMPUS, "cs", "Provincie zahájila stavbu areálů Lékařské a Farmaceutické univerzity v "
                    "roce 2026."),
    # a twin that is not beside it (`2` stands between): the dropped `3` stays an error
    ("Đội A thắng 3 trận, đội B thắng 2 trận và hòa 3 trận.", "en",
     "Team A won 3 games, team B won 2 and drew."),
    # a neighbour of the same value written another way is no twin (`3%` beside `quý III`)
    ("Giá căn hộ tăng 3% trong quý III.", "en", "Apartment prices rose 3% in the second quarter."),
    # a scale word is part of the value: `1 tỷ` is no `1` of `1/10`, nor a `milion`
    ("Chi phí khoảng 1 tỷ đồng, bằng 1/10 so với ở nước ngoài.", "cs",
     "Stojí asi milion dongů, desetinu toho, co v cizině."),
    ("Dự luật được 452/452 đại biểu có mặt tán thành.", "en",
     "All 425 deputies present voted for the bill."),
    # equal shares in two clauses are two things: the second one dropped stays an error
    ("Có 64 phần trăm nam đạt yêu cầu, bên cạnh đó là 64 phần trăm nữ và 51 phần trăm trẻ em.",
     "cs", "Požadavky splnilo 64 procent mužů, procent žen a 51 procent dětí."),
    ("Dự luật được 452/452 đại biểu có mặt tán thành.", "cs",
     "Pro zákon hlasovalo všech přítomných poslanců."),
])
def test_a_dropped_or_changed_number_still_raises(vi: str, lang: str, wrong: str) -> None:
    assert _errors(vi, wrong, lang)


def test_the_clean_renderings_of_the_raising_cases_pass() -> None:
    assert not _errors("Giá căn hộ tăng 3% trong quý III.",
                       "Apartment prices rose 3% in the third quarter.", "en")
    assert not _errors("Chi phí khoảng 1 tỷ đồng, bằng 1/10 so với ở nước ngoài.",
                       "Stojí asi miliardu dongů, desetinu toho, co v cizině.", "cs")
    assert not _errors("Dự luật được 452/452 đại biểu có mặt tán thành.",
                       "All 452 deputies present voted for the bill.", "en")


def _side(text: str, lang: str, is_source: bool):
    return read_side(text, lang, [], is_source=is_source)


def test_an_equivalent_is_the_same_value_or_the_hour_on_the_12_hour_clock() -> None:
    thirteen = _side("lúc 13 giờ", "vi", True)[0]
    one, two = _side("at one or two", "en", False)
    assert equivalent(thirteen, one) and not equivalent(thirteen, two)
    points = _side("giảm 0,5 điểm phần trăm", "vi", True)[0]
    half = _side("o 0,5 procenta", "cs", False)[0]
    assert points.points and not equivalent(points, half)  # points are no per cent
    billion = _side("1 tỷ đồng", "vi", True)[0]
    assert not equivalent(billion, _side("milion", "cs", False)[0])
    assert equivalent(billion, _side("miliardu", "cs", False)[0])


def test_the_place_lies_between_the_partners_of_the_paired_neighbours() -> None:
    src = _side("Từ 5 đến 7 rồi 9 người.", "vi", True)
    target = "From 5 to 9 people."
    tgt = _side(target, "en", False)
    src[0].matched = tgt[0].matched = True
    src[0].partner = 0
    src[2].matched = tgt[1].matched = True
    src[2].partner = 1
    start, stop = place_of(src[1], src, tgt, len(target))
    assert target[start:stop] == " to "
    src[0].partner, src[2].partner = 1, 0  # crossed anchors: the order changed, no place
    assert place_of(src[1], src, tgt, len(target)) is None
    assert not said_beside("Từ 5 đến 7 rồi 9 người.", src[1], src)
