"""Round forty-five of the numbers check (issue-13a45): classes found in unseen46 and b78.
A change in percentage points keeps its direction (`cao hơn 0,4 điểm phần trăm` is no `0.4
percentage points lower`), also past the plan it beats (`vượt kế hoạch 2 điểm phần trăm`); a
change told new value first in the source (`lên 4,1%, từ mức 3,6%`) keeps its ends; a level a
percentage reaches (`xuống 3,95%`) is no change by it (`by 3.95%`, `o 3,95 %`), unless the
rate is itself a change (growth, inflation); a scale word taken into an energy unit's prefix
(`41,2 tỷ kWh` ~ `41.2 TWh`); a comparative inside a noun phrase before the value
(`higher-grade`, `vyšších`) is no direction of it; `tỷ` of `tỷ lệ` (a rate) is no billion.
The article is of Sunday, November 29, 2026.
Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. percentage points with a direction
def test_points_turned_round() -> None:
    source = "Tỷ lệ hộ nghèo năm nay thấp hơn 1,7 điểm phần trăm so với năm ngoái."
    assert _errors(source, "The poverty rate is 1.7 percentage points higher than last year.",
                   "en")
    assert _errors(source, "Chudoba je letos o 1,7 procentního bodu vyšší než loni.")
    assert not _errors(source, "The poverty rate is 1.7 percentage points lower than last "
                               "year.", "en")
    assert not _errors(source, "Chudoba je letos o 1,7 procentního bodu nižší než loni.")


def test_points_past_the_plan() -> None:
    source = "Tỷ lệ giải ngân vượt kế hoạch 2,5 điểm phần trăm."
    assert _errors(source, "Disbursement was 2.5 percentage points below plan.", "en")
    assert not _errors(source, "Disbursement was 2.5 percentage points above plan.", "en")


def test_points_without_a_direction_are_not_judged() -> None:
    # the same value twice in the source: which one is said where is unknown
    source = "Tỷ lệ A tăng 0,5 điểm phần trăm, tỷ lệ B giảm 0,5 điểm phần trăm."
    assert not _errors(source, "Rate A rose 0.5 percentage points and rate B fell 0.5 "
                               "percentage points.", "en")


# 2. a change told new value first in the source
def test_a_change_told_new_value_first_turned_round() -> None:
    source = "Giá cước tăng lên 12%, từ mức 9% năm trước."
    assert _errors(source, "Fees rose to 9%, from 12% a year earlier.", "en")
    assert _errors(source, "Fees rose from 12% to 9% a year earlier.", "en")
    assert _errors(source, "Poplatky vzrostly na 9 % z 12 % loni.")


def test_a_change_told_new_value_first_restated() -> None:
    source = "Giá cước tăng lên 12%, từ mức 9% năm trước."
    assert not _errors(source, "Fees rose to 12%, from 9% a year earlier.", "en")
    assert not _errors(source, "Fees rose from 9% a year earlier to 12%.", "en")
    assert not _errors(source, "Poplatky vzrostly z loňských 9 % na 12 %.")


# 3. a level reached said as a change by it
def test_a_level_said_as_a_change() -> None:
    source = "Tỷ lệ nợ xấu đã giảm xuống 1,8% vào cuối quý."
    assert _errors(source, "Bad debt fell by 1.8% by the end of the quarter.", "en")
    assert _errors(source, "Podíl špatných úvěrů klesl ke konci čtvrtletí o 1,8 %.")
    assert not _errors(source, "Bad debt fell to 1.8% by the end of the quarter.", "en")
    assert not _errors(source, "Podíl špatných úvěrů klesl ke konci čtvrtletí na 1,8 %.")


def test_a_growth_rate_reached_is_a_change() -> None:
    # a growth rate's level is itself a rise: `lên 6,5%` ~ `by 6.5%`
    source = "Quý IV tăng trưởng mạnh, đưa cả năm lên 6,5%."
    assert not _errors(source, "A strong fourth quarter will lift growth for the year by 6.5%.",
                       "en")


# 4. a scale word taken into an energy or power unit's prefix
def test_a_scale_word_taken_into_the_unit() -> None:
    source = "Điện tiêu thụ năm nay ước đạt 41,2 tỷ kWh."
    assert not _errors(source, "Spotřeba elektřiny letos dosáhne asi 41,2 TWh.")
    assert not _errors(source, "Power use this year is put at about 41.2 TWh.", "en")
    assert _errors(source, "Power use this year is put at about 41.2 GWh.", "en")
    assert _errors(source, "Power use this year is put at about 41.2 kWh.", "en")


def test_the_prefix_must_carry_the_whole_scale() -> None:
    # `nghìn MW` is `GW`; the same digits in `MW` have lost the thousand
    source = "Nhà máy công suất 1,5 nghìn MW."
    assert not _errors(source, "The plant has a capacity of 1.5 GW.", "en")
    assert _errors(source, "The plant has a capacity of 1.5 MW.", "en")


# 5. a comparative that grades a noun before the value is no direction of it
def test_a_comparative_inside_a_noun_phrase() -> None:
    source = "Trường đã giảm 25% số học sinh phải học lại."
    assert not _errors(source, "The school cut the share sent to higher-grade repeat classes by "
                               "25%.", "en")
    assert not _errors(source, "Škola snížila počet žáků ve vyšších ročnících o 25 %.")
    # a comparative of the value itself still counts
    assert _errors(source, "The school saw 25% more pupils repeat a year.", "en")
    assert _errors(source, "Žáků opakujících ročník bylo o 25 % více.")


# 6. `tỷ` of a rate noun is no billion
def test_ty_of_a_rate_is_no_scale() -> None:
    source = "Thành phố đặt mục tiêu giảm 15% tỷ lệ hộ dùng nước giếng."
    assert not _errors(source, "The city aims to cut the share of households on well water by "
                               "15%.", "en")
    assert not _errors(source, "Město chce snížit podíl domácností na studniční vodě o 15 %.")
    # a real billion right after a value still needs its scale
    assert _errors("Dự án vốn 15 tỷ đồng.", "The project costs 15 dong.", "en")
