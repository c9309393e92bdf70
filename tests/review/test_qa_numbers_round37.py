"""Round thirty-seven of the numbers check (issue-13a37): classes found in unseen36. `up to 70%`
before a value is a ceiling, no rise; a `month year` match followed by a currency or a unit of
weight is an amount (`v listopadu 1812 USD`), not a year; the start of the month or year said as
the start of the week; a year's estimate or a count over the year said as a quarter's; `so với
đầu năm` said as the start of the quarter where the source names a quarter elsewhere; English
`tripling`/`quadrupling` as multipliers. The article is of Sunday, November 29, 2026.
Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

from translate.text.numbers import MONTH, find_numbers

# 1. `up to` before a percentage: at most that much
SALE = "Siêu thị giảm giá 20–40%, riêng đồ điện tử giảm tới 60%."


def test_up_to_a_percentage_is_no_rise() -> None:
    assert not _errors(SALE, "The supermarket is cutting prices by 20–40%, with electronics "
                             "discounted by up to 60%.", "en")


def test_a_rise_said_for_a_fall_is_still_an_error() -> None:
    assert _errors("Giá vàng giảm 3%.", "The gold price went up 3%.", "en")
    assert _errors("Giá vàng giảm 3%.", "The gold price rose by up to 3%.", "en")


# 2. `month year` followed by a currency: an amount
PEPPER = "Giá tiêu xuất khẩu bình quân tháng 10 đạt 6.450 USD/tấn."


def test_a_month_then_a_price_is_no_year() -> None:
    assert not _errors(PEPPER, "Průměrná vývozní cena pepře dosáhla v říjnu 6450 USD za tunu.")
    tokens = find_numbers("v říjnu 2025 stála tuna pepře 6450 USD", "cs")
    assert tokens[0].kind == MONTH and tokens[0].year == 2025  # a real year stays a date


def test_the_amount_and_the_month_are_still_checked() -> None:
    assert _errors(PEPPER, "Průměrná vývozní cena pepře dosáhla v říjnu 6540 USD za tunu.")
    assert _errors(PEPPER, "Průměrná vývozní cena pepře dosáhla v září 6450 USD za tunu.")


# 3. the start of the month or the year said as the start of the week
RICE = "Giá lúa hiện ở mức 7.200 đồng/kg, tăng 300 đồng so với đầu tháng."


def test_the_start_of_the_month_said_as_the_start_of_the_week() -> None:
    assert _errors(RICE, "Paddy now sells at VND7,200 a kilo, VND300 more than at the start "
                         "of the week.", "en")
    assert _errors(RICE, "Rýže teď stojí 7200 dongů za kilo, o 300 víc než na začátku týdne.")
    assert not _errors(RICE, "Paddy now sells at VND7,200 a kilo, VND300 more than at the "
                             "start of the month.", "en")


def test_a_week_in_the_source_excuses_the_week() -> None:
    vi = "Giá lúa tăng 300 đồng so với đầu tháng và 100 đồng so với đầu tuần."
    assert not _errors(vi, "The price is up VND300 on the start of the month and VND100 on the "
                           "start of the week.", "en")


# 4. a year's estimate, or a count over the year, said as a quarter's
BUDGET = "Thu ngân sách tỉnh đạt 12.400 tỷ đồng, bằng 96% dự toán năm."


def test_a_years_estimate_said_as_a_quarters() -> None:
    assert _errors(BUDGET, "Příjmy provincie dosáhly 12 400 miliard dongů, 96 % čtvrtletního "
                           "odhadu.")
    assert _errors(BUDGET, "Provincial revenue reached VND12.4 trillion, 96% of the quarterly "
                           "estimate.", "en")
    assert not _errors(BUDGET, "Příjmy provincie dosáhly 12 400 miliard dongů, 96 % ročního "
                               "odhadu.")


def test_a_quarter_in_the_source_excuses_the_quarter() -> None:
    vi = "Trong quý IV, nhà máy sản xuất 3.000 tấn, trong năm là 11.000 tấn."
    assert not _errors(vi, "The plant produced 3,000 tonnes in the fourth quarter and 11,000 "
                           "tonnes over the year.", "en")


def test_during_the_year_said_as_during_the_quarter() -> None:
    vi = "Trong năm, cảng đón 1.200 chuyến tàu."
    assert _errors(vi, "During the quarter the port handled 1,200 ships.", "en")
    assert not _errors(vi, "The port handled 1,200 ships during the year.", "en")


# 5. since the start of the year, a quarter named elsewhere
FUND = "Dư nợ tín dụng đến cuối quý III đạt 9.800 tỷ đồng, tăng 6% so với đầu năm."


def test_since_the_start_of_the_year_said_as_the_quarters_start() -> None:
    assert _errors(FUND, "Outstanding loans reached VND9.8 trillion at the end of the third "
                         "quarter, up 6% from the start of the quarter.", "en")
    assert not _errors(FUND, "Outstanding loans reached VND9.8 trillion at the end of the third "
                             "quarter, up 6% from the start of the year.", "en")


# 6. multipliers as -ing verbs
FISH = "Giá cá tăng gấp đôi, có nơi gấp 3–4 lần."


def test_tripling_and_quadrupling_are_three_and_four() -> None:
    assert not _errors(FISH, "Fish prices have doubled, in places tripling or quadrupling.",
                       "en")
    assert _errors(FISH, "Fish prices have doubled, in places tripling or even more.", "en")
