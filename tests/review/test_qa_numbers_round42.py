"""Round forty-two of the numbers check (issue-13a42): classes found in unseen42 and in the
leftovers of unseen40/41. A quarter said as the month of the same rank (`quý III` → `the
third month`); a year plan of capital (`kế hoạch vốn năm`) said as a quarterly one; a rate's
period inside an English compound adjective (`a 300-tonne-a-week plant`); a range of two counts
said the other way round whatever its numbers were paired with; a bound (`dưới 30%`) said as a
fraction that is no bound of its own (`below a third`); a negative growth restated after a fall
(`fell by 240, or 8%`); `năm ngày` (five days); `per million`; a count its list of names says
(`3 tỉnh A, B và C`); `dvě hodiny a čtvrt`; a Czech number in the instrumental (`s tisícem
dvěma sty`); an early quarter said as the last of the year; a zero rate said as free of
interest (`bezúročně`, `interest-free`). The article is of Sunday, November 29, 2026. Sentences
written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

from translate.review.qa.numorder import reversed_range_issues
from translate.review.qa.numrelative import relative_issues
from translate.text.words_en import english_numbers

# 1. a quarter said as the month of the same rank
SALES = "Doanh thu quý II của chuỗi siêu thị tăng 6%."


def test_a_quarter_said_as_a_month_is_an_error() -> None:
    assert _errors(SALES, "The supermarket chain's revenue rose 6% in the second month.", "en")
    assert _errors(SALES, "Tržby řetězce supermarketů ve druhém měsíci vzrostly o 6 %.")


def test_the_quarter_said_is_no_error() -> None:
    assert not _errors(SALES, "The supermarket chain's revenue rose 6% in the second quarter.",
                       "en")
    assert not _errors(SALES, "Tržby řetězce supermarketů ve druhém čtvrtletí vzrostly o 6 %.")


def test_a_month_the_source_names_may_be_said_by_its_rank() -> None:
    # the source names a month: the rule stays silent, whatever the translation's ordinal
    source = "Trong quý II, riêng tháng 5 doanh thu tăng 6%."
    assert not _errors(source, "In the second quarter, revenue rose 6% in May alone.", "en")


# 2. a year's capital plan said as a quarter's
ROAD = "Dự án đường ven biển đã giải ngân 90 tỷ đồng, đạt 45% kế hoạch vốn năm."


def test_a_year_capital_plan_said_as_quarterly_is_an_error() -> None:
    assert _errors(ROAD, "The coastal road project has disbursed VND90 billion, or 45% of its "
                         "quarterly capital plan.", "en")


def test_a_year_capital_plan_said_as_annual_is_no_error() -> None:
    assert not _errors(ROAD, "The coastal road project has disbursed VND90 billion, or 45% of "
                             "its annual capital plan.", "en")
    assert not _errors(ROAD, "The coastal road project has disbursed VND90 billion, or 45% of "
                             "this year's plan.", "en")


def test_a_quarter_plan_in_the_source_may_be_said_quarterly() -> None:
    source = "Dự án đã giải ngân 90 tỷ đồng, đạt 45% kế hoạch vốn quý."
    assert not _errors(source, "The project has disbursed VND90 billion, or 45% of its "
                               "quarterly capital plan.", "en")


# 3. a rate's period inside an English compound adjective
PLANT = "Nhà máy nước công suất 20.000 m3/ngày sẽ hoạt động từ năm sau."


def test_a_compound_rate_said_per_another_period_is_an_error() -> None:
    assert _errors(PLANT, "A 20,000-cubic-metre-a-week water plant will start operating next "
                          "year.", "en")


def test_a_compound_rate_of_the_same_period_is_no_error() -> None:
    assert not _errors(PLANT, "A 20,000-cubic-metre-a-day water plant will start operating "
                              "next year.", "en")
    assert not _errors(PLANT, "A water plant with a capacity of 20,000 cubic metres a day will "
                              "start operating next year.", "en")


# 4. a range of two counts said the other way round
TEAM = "Mỗi câu lạc bộ được đăng ký từ 3 đến 5 cầu thủ ngoại tại mùa giải thứ 3."


def test_a_range_reversed_is_an_error_even_beside_an_equal_ordinal() -> None:
    assert _errors(TEAM, "Každý klub může ve 3. sezoně přihlásit 5 až 3 zahraniční hráče.")
    assert _errors(TEAM, "In the 3rd season each club may register 5 to 3 foreign players.",
                   "en")


def test_the_range_the_right_way_round_is_no_error() -> None:
    assert not _errors(TEAM, "Každý klub může ve 3. sezoně přihlásit 3 až 5 zahraničních "
                             "hráčů.")
    assert not _errors(TEAM, "In the 3rd season each club may register between 3 and 5 foreign "
                             "players.", "en")


def test_a_range_of_days_is_left_to_the_date_checks() -> None:
    # `từ 3 đến 5/12`: a date range (the slash), not a count's
    source = "Hội chợ diễn ra từ 3 đến 5/12."
    assert not _errors(source, "The fair runs from December 3 to 5.", "en")


def test_a_range_before_a_word_in_h_is_read_but_a_range_of_hours_is_not() -> None:
    # `từ 4 đến 6 huy chương`: a count before `huy`; `từ 8 đến 10h`: hours, left to `times`
    source = "Đội đặt mục tiêu giành từ 4 đến 6 huy chương tại giải lần thứ 4."
    assert _errors(source, "Tým chce na 4. ročníku získat 6 až 4 medaile.")
    assert not _errors(source, "Tým chce na 4. ročníku získat 4 až 6 medailí.")
    assert not reversed_range_issues("Cửa hàng mở cửa từ 8 đến 10h sáng.",
                                     "Obchod má otevřeno 10 až 8 h ráno.", "cs")


# 5. a bound said as a fraction
POOR = "Tỷ lệ hộ nghèo của huyện giảm xuống dưới 20%."


def test_a_bound_said_as_another_fraction_is_an_error() -> None:
    assert _errors(POOR, "The district's poverty rate fell below a quarter.", "en")
    assert _errors("Tỷ lệ hộ nghèo giảm xuống dưới 30%.", "Míra chudoby klesla pod třetinu.")


def test_a_bound_said_as_its_own_fraction_is_no_error() -> None:
    assert not _errors(POOR, "The district's poverty rate fell below a fifth.", "en")
    assert not _errors("Tỷ lệ hộ nghèo giảm xuống dưới 33%.", "Míra chudoby klesla pod třetinu.")


def test_an_approximation_keeps_its_four_points() -> None:
    assert not _errors("Gần 30% người dân đi xe buýt.", "Almost a third of residents use buses.",
                       "en")


# 6. a negative growth restated after a fall
CASES = "Số ca sốt xuất huyết giảm 240 ca, tương ứng tăng trưởng âm 8%."


def test_a_negative_growth_restated_after_a_fall_is_no_error() -> None:
    assert not _errors(CASES, "Dengue cases fell by 240, or 8%.", "en")
    assert not _errors(CASES, "Počet případů horečky dengue klesl o 240, tedy o 8 %.")


def test_a_negative_growth_restated_after_a_rise_is_an_error() -> None:
    assert _errors(CASES, "Dengue cases rose by 240, or 8%.", "en")


# 7. `năm` before a count of days or weeks is five
TRIP = "Đoàn công tác sẽ làm việc tại Nhật Bản năm ngày."


def test_five_days_said_in_words() -> None:
    assert not _errors(TRIP, "The delegation will spend five days working in Japan.", "en")
    assert not _errors(TRIP, "Delegace bude v Japonsku pracovat pět dní.")


def test_five_days_said_as_another_count_is_an_error() -> None:
    assert _errors(TRIP, "The delegation will spend six days working in Japan.", "en")


def test_a_year_before_its_days_stays_a_year() -> None:
    # `mỗi năm ngày càng`: each year, increasingly; no five
    source = "Lượng khách mỗi năm ngày càng tăng."
    assert not _errors(source, "Visitor numbers are rising year after year.", "en")


# 8. `per million`
DOCTORS = "Tỉnh có 25 bác sĩ trên 1 triệu dân."


def test_per_million_says_one_million() -> None:
    assert not _errors(DOCTORS, "The province has 25 doctors per million inhabitants.", "en")
    assert _errors(DOCTORS, "The province has 25 doctors per billion inhabitants.", "en")


def test_parts_per_million_stays_a_unit() -> None:
    assert not english_numbers("Ozone reached 5 parts per million.")  # no one million
    assert not _errors("Nồng độ ozone đạt 5 ppm.", "Ozone reached 5 parts per million.", "en")


# 9. a count its list of names says
AID = "Bộ đã hỗ trợ 3 tỉnh Hà Giang, Cao Bằng và Lào Cai khắc phục hậu quả bão."


def test_a_count_said_by_its_list_of_names() -> None:
    assert not _errors(AID, "The ministry helped Ha Giang, Cao Bang and Lao Cai provinces "
                            "recover from the storm.", "en")
    assert not _errors(AID, "Ministerstvo pomohlo provinciím Ha Giang, Cao Bang a Lao Cai.")


def test_a_list_of_another_length_says_no_count() -> None:
    source = "Bộ đã hỗ trợ 4 tỉnh Hà Giang, Cao Bằng và Lào Cai."
    assert _errors(source, "The ministry helped Ha Giang, Cao Bang and Lao Cai provinces.", "en")


def test_a_count_changed_beside_its_list_is_an_error() -> None:
    assert _errors(AID, "The ministry helped four provinces, Ha Giang, Cao Bang and Lao Cai, "
                        "recover from the storm.", "en")


# 10. an hour and a quarter in Czech
MATCH = "Buổi hòa nhạc kéo dài 2 giờ 15 phút."


def test_hours_and_a_quarter_in_words() -> None:
    assert not _errors(MATCH, "Koncert trval dvě hodiny a čtvrt.")
    assert not _errors("Buổi hòa nhạc kéo dài 2 giờ 45 phút.",
                       "Koncert trval dvě hodiny a tři čtvrtě.")


def test_hours_and_another_fraction_is_an_error() -> None:
    assert _errors(MATCH, "Koncert trval tři hodiny a čtvrt.")
    assert _errors(MATCH, "Koncert trval dvě hodiny a půl.")


# 11. a Czech number in the instrumental
SCHOOL = "Trường mới có 1.500 học sinh."


def test_a_thousand_and_hundreds_in_the_instrumental() -> None:
    assert not _errors(SCHOOL, "Nová škola s tisícem pěti sty žáky.")
    assert _errors(SCHOOL, "Nová škola s tisícem šesti sty žáky.")


# 12. a quarter other than the fourth said as the year's last
HOUSING = "Khu nhà ở công nhân sẽ được bàn giao trong quý I/2028."


def test_an_early_quarter_said_as_the_last_of_the_year_is_an_error() -> None:
    last_cs = "Dělnické byty budou předány v posledním čtvrtletí roku 2028."
    last_en = "The workers' housing will be handed over in the final quarter of 2028."
    assert _errors(HOUSING, last_cs)
    assert _errors(HOUSING, last_en, "en")
    # (in the whole check the unpaired `I` speaks first: the rule itself names the relation)
    assert relative_issues(HOUSING, last_cs, "cs")[0].message == (
        "source has 'quý I', translation has 'posledním čtvrtletí roku'")
    assert relative_issues(HOUSING, last_en, "en")[0].message == (
        "source has 'quý I', translation has 'final quarter'")
    assert not relative_issues(HOUSING, last_cs.replace("posledním", "prvním"), "cs")


def test_the_fourth_quarter_may_be_said_as_the_last() -> None:
    source = "Khu nhà ở công nhân sẽ được bàn giao trong quý IV/2028."
    assert not _errors(source, "Dělnické byty budou předány v posledním čtvrtletí roku 2028.")


# 13. a zero rate said as free of interest
LOAN = "Ngân hàng cho hộ nghèo vay với lãi suất 0% trong 3 năm."


def test_a_zero_rate_said_as_interest_free() -> None:
    assert not _errors(LOAN, "Banka půjčuje chudým domácnostem bezúročně na tři roky.")
    assert not _errors(LOAN, "The bank lends to poor households interest-free for three years.",
                       "en")


def test_a_zero_rate_left_out_is_still_an_error() -> None:
    assert _errors(LOAN, "The bank lends to poor households for three years.", "en")
