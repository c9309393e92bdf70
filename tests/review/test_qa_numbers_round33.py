"""Round thirty-three of the numbers check (issue-13a33): false alarms and misses found in
unseen32. Noon said for `trưa` while another value is still unpaired (`trưa nay (29/11)` ~
`dnes v poledne`); a groundwater level written `âm 8 m` said as below the surface; an amount
the source groups with a thousands separator after `od začátku roku`, and a Buddhist-era year
(`Phật lịch 2570`), no false year; `half as many as the year before` against `gấp đôi` (never
`half as many again`, which is `gấp rưỡi`); `so với tháng trước` said as quarter on
quarter; `in every hundred` read as 100. Sentences written for these tests."""

from __future__ import annotations

import datetime

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# 1. noon said for `trưa`, also while a dated day word is still being paired
def test_noon_for_trua_beside_a_dated_day_word() -> None:
    vi = "Trưa nay (29/11), đội cứu hộ đã tìm thấy 2 người mất tích."
    assert not _errors(vi, "Dnes v poledne našli záchranáři dva pohřešované.")
    assert not _errors(vi, "Rescuers found the two missing people at noon today.", "en")


def test_noon_does_not_stand_for_another_hour() -> None:
    vi = "Lúc 11 giờ trưa nay (29/11), đội cứu hộ đã tìm thấy 2 người mất tích."
    assert _errors(vi, "Dnes v poledne našli záchranáři dva pohřešované.")
    assert _errors("Sáng nay (29/11), đội cứu hộ đã tìm thấy 2 người mất tích.",
                   "Dnes v poledne našli záchranáři dva pohřešované.")


# 2. a groundwater level written negative, said as below the surface
def test_groundwater_below_the_surface() -> None:
    vi = "Mực nước ngầm ở khu vực này đã xuống âm 9 m."
    assert not _errors(vi, "Hladina podzemní vody zde klesla na 9 metrů pod povrch.")
    assert not _errors(vi, "The groundwater level here has fallen to 9 metres below the surface.",
                       "en")


def test_below_the_surface_only_for_groundwater_and_the_value_kept() -> None:
    assert _errors("Mực nước hồ đã xuống âm 9 m.", "The lake level fell to 9 metres below the "
                   "surface.", "en")  # a lake's level has another zero
    vi = "Mực nước ngầm ở khu vực này đã xuống âm 9 m."
    assert _errors(vi, "The groundwater level here has fallen to 9 metres.", "en")
    assert _errors(vi, "Hladina podzemní vody zde klesla na 6 metrů pod povrch.")


# 3. no false year: a grouped amount after `od začátku roku`, a Buddhist-era year
def test_grouped_amount_after_the_start_of_the_year_is_no_year() -> None:
    vi = "Từ đầu năm đến nay, trạm y tế đã khám cho 3.180 lượt người."
    assert not _errors(vi, "Zdravotní stanice ošetřila od začátku roku 3180 pacientů.")
    assert _errors(vi, "Zdravotní stanice ošetřila od začátku roku 3810 pacientů.")


def test_a_year_elsewhere_in_the_source_still_traded() -> None:
    vi = "Năm 2025 trạm y tế đã khám cho 3.180 lượt người."
    assert _errors(vi, "Zdravotní stanice ošetřila od začátku roku 3180 celkem 2025 pacientů.")


def test_a_buddhist_era_year() -> None:
    vi = "Đại lễ Vu Lan năm 2026 (Phật lịch 2570) có khoảng 6.000 người tham dự."
    assert not _errors(vi, "Slavnosti Vu Lan roku 2026 (buddhistického roku 2570) se "
                           "zúčastnilo asi 6000 lidí.")
    assert _errors(vi, "Slavnosti Vu Lan roku 2026 (buddhistického roku 2750) se "
                       "zúčastnilo asi 6000 lidí.")


# 4. `half as many as` against a multiplier
def test_half_as_many_against_double() -> None:
    vi = "Số ca mắc năm nay nhiều gấp đôi năm trước."
    assert _errors(vi, "Cases this year were half as many as the year before.", "en")
    assert not _errors(vi, "Cases this year were twice as many as the year before.", "en")


def test_half_as_much_as_another_thing_may_turn_the_comparison_round() -> None:
    vi = "Vé hạng thương gia giá gấp đôi vé phổ thông."
    assert not _errors(vi, "An economy ticket costs half as much as a business one.", "en")


def test_half_as_many_again_is_one_and_a_half() -> None:
    vi = "Số khách năm nay tăng gấp rưỡi."
    assert not _errors(vi, "This year there were half as many visitors again.", "en")


# 5. the month before said as the quarter before
def test_month_before_said_as_quarter_on_quarter() -> None:
    vi = "Chỉ số giá tiêu dùng tháng 11 tăng 0,4% so với tháng trước."
    assert _errors(vi, "Consumer prices rose 0.4% quarter on quarter in November.", "en")
    assert _errors(vi, "Spotřebitelské ceny v listopadu mezičtvrtletně stouply o 0,4 %.")
    assert not _errors(vi, "Consumer prices rose 0.4% month on month in November.", "en")


def test_quarter_on_quarter_kept_where_the_source_names_a_quarter() -> None:
    vi = "GDP quý III tăng 0,9% so với quý trước, riêng tháng 9 tăng 0,4% so với tháng trước."
    assert not _errors(vi, "Third-quarter GDP grew 0.9% quarter on quarter; September alone "
                           "rose 0.4% month on month.", "en")


# 6. `in every hundred`
def test_in_every_hundred() -> None:
    vi = "Cứ 100 học sinh thì có 4 em bị cận thị."
    assert not _errors(vi, "Four in every hundred pupils are short-sighted.", "en")
    assert _errors(vi, "Four in every thousand pupils are short-sighted.", "en")
