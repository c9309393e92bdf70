"""Round forty of the numbers check (issue-13a40): classes found in unseen39 and in the own
batch b73. A four-digit count after a Czech month name and before a counted scale (`v září
2350 milionů`) is no year; the whole day `từ 0h đến 24h` said as `round the clock`; a grade
named with its scale's size (`hạng 2/4`, `bậc 3/7`) said without the size; yesterday (`so với
hôm qua`) said as last week, month or year; a share over 100 % said as its excess (`bằng 120%`
~ `o pětinu víc`, `20% more`). The article is of Sunday, November 29, 2026. Sentences written
for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

from translate.text.numbers import find_numbers

# 1. a count after a month name, before a counted scale, is no year
EXPORT = "Kim ngạch xuất khẩu tháng 9 đạt 2.350 triệu USD."


def test_a_count_after_a_month_before_a_scale_is_no_year() -> None:
    kinds = [(t.kind, t.text) for t in find_numbers("Vývoz dosáhl v září 2350 milionů dolarů.",
                                                    "cs")]
    assert ("month", "září 2350") not in kinds
    assert not _errors(EXPORT, "Vývoz dosáhl v září 2350 milionů dolarů.")


def test_the_count_changed_after_the_month_is_still_an_error() -> None:
    assert _errors(EXPORT, "Vývoz dosáhl v září 2530 milionů dolarů.")


def test_a_year_after_a_month_before_a_plural_of_the_scale_stays_a_year() -> None:
    # `miliony lidí` (millions of people) is no count of the four digits before it
    kinds = [t.kind for t in find_numbers("V září 2025 miliony lidí volily.", "cs")]
    assert "month" in kinds


# 2. the whole day said without its hours
PUMP = "Nhà máy nước chạy 2 dây chuyền liên tục từ 0h đến 24h."


def test_midnight_to_midnight_said_as_round_the_clock() -> None:
    assert not _errors(PUMP, "The waterworks runs two lines round the clock.", "en")
    assert not _errors(PUMP, "Vodárna provozuje dvě linky nepřetržitě.")
    assert not _errors("Quầy mở từ 0 giờ đến 24 giờ.", "The counter is open non-stop.", "en")


def test_hours_other_than_the_whole_day_are_not_round_the_clock() -> None:
    assert _errors("Quầy mở từ 0 giờ đến 20 giờ.", "The counter is open non-stop.", "en")
    assert _errors(PUMP, "The waterworks runs two lines from 6am to midnight.", "en")


def test_round_the_clock_does_not_excuse_another_count() -> None:
    assert _errors(PUMP, "The waterworks runs three lines round the clock.", "en")


# 3. a grade on a scale named with its size
GRADE = "Người lao động bậc 3/7 được tăng lương 8%."


def test_a_grade_said_without_its_scale_size() -> None:
    assert not _errors(GRADE, "Workers on skill grade 3 get an 8% pay rise.", "en")
    assert not _errors(GRADE, "Pracovníci třetího stupně dostanou přidáno 8 %.")
    assert not _errors(GRADE, "Workers on grade 3 of 7 get an 8% pay rise.", "en")


def test_the_grade_itself_changed_is_still_an_error() -> None:
    assert _errors(GRADE, "Workers on skill grade 7 get an 8% pay rise.", "en")
    assert _errors(GRADE, "Workers on grade 3 of 9 get an 8% pay rise.", "en")


def test_a_share_with_a_slash_is_no_grade() -> None:
    assert _errors("Đội thắng 3/7 trận.", "The team won three matches.", "en")


# 4. yesterday said as another span
PRICE = "Giá thép hôm nay tăng 200.000 đồng/tấn so với hôm qua."


def test_yesterday_said_as_last_week_or_month() -> None:
    assert _errors(PRICE, "Steel rose by VND200,000 a tonne today from last week.", "en")
    assert _errors(PRICE, "Ocel dnes zdražila o 200 000 dongů za tunu oproti minulému měsíci.")


def test_yesterday_said_as_yesterday_passes() -> None:
    assert not _errors(PRICE, "Steel rose by VND200,000 a tonne today from yesterday.", "en")
    assert not _errors(PRICE, "Ocel dnes zdražila o 200 000 dongů za tunu oproti včerejšku.")


def test_a_week_the_source_names_excuses_last_week() -> None:
    source = "Giá vàng chiều qua tăng 2 triệu đồng so với tuần trước."
    assert not _errors(source, "Gold rose by VND2 million on Saturday afternoon from last "
                               "week.", "en")


# 5. a share over 100 % said as its excess
VISITORS = "Quý này, khu du lịch đón 2 triệu khách, bằng 120% cùng kỳ năm ngoái."


def test_a_share_said_as_what_it_exceeds_the_whole_by() -> None:
    assert not _errors(VISITORS, "V tomto čtvrtletí přijely 2 miliony návštěvníků, o pětinu "
                                 "víc než loni.")
    assert not _errors(VISITORS, "This quarter the resort had 2 million visitors, 20% more "
                                 "than a year earlier.", "en")


def test_another_excess_is_an_error() -> None:
    assert _errors(VISITORS, "V tomto čtvrtletí přijely 2 miliony návštěvníků, o čtvrtinu "
                             "víc než loni.")
    assert _errors(VISITORS, "This quarter the resort had 2 million visitors, 12% more than "
                             "a year earlier.", "en")


def test_a_rise_by_the_share_is_no_excess() -> None:
    # `tăng 120%` is more than double: `a fifth more` says something else
    assert _errors("Doanh thu tăng 120%.", "Revenue rose by a fifth more.", "en")
