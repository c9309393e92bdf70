"""Round fifty-two of the numbers check (issue-13a52): a named bound of a percentage (`ít nhất
60%`, `tối đa 15%`, `lên tới 40%`) keeps its side (`at most` for `ít nhất` is an error); a
value below or above a threshold (`dưới 20 m2`, `trên 30 triệu`) said on the other side (`more
than 20`, `méně než 30`) is an error; a level compared with its base (`giảm so với mức 45%`,
`cao hơn mức 50%`) said the other way (`up from 45%`, `méně než 50 %`) is an error; a
half-year (`nửa đầu năm`, `6 tháng cuối năm`) said as a quarter is an error where the source
names no quarter. The article is of Sunday, November 29, 2026. Sentences written for these
tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

_FLOOR = "Ít nhất 60% trường học sẽ có phòng máy tính mới."
_CEILING = "Giá vé tàu có thể tăng tối đa 15% trong dịp lễ."


def test_a_named_bound_of_a_percentage_keeps_its_side() -> None:
    assert _errors(_FLOOR, "At most 60% of schools will get a new computer room.", "en")
    assert _errors(_FLOOR, "Novou počítačovou učebnu dostane nejvýše 60 % škol.", "cs")
    assert _errors(_CEILING, "Train fares could rise by at least 15% over the holiday.", "en")
    assert _errors(_CEILING, "Jízdné může o svátcích stoupnout nejméně o 15 %.", "cs")
    assert _errors("Các cửa hàng giảm giá lên tới 40%.", "Shops cut prices by at least 40%.",
                   "en")


def test_the_same_bound_or_none_stays_right() -> None:
    """The limits: the same side said another way, or no bound word at all."""
    for source, target, lang in (
            (_FLOOR, "At least 60% of schools will get a new computer room.", "en"),
            (_FLOOR, "Novou počítačovou učebnu dostane alespoň 60 % škol.", "cs"),
            (_CEILING, "Train fares could rise by up to 15% over the holiday.", "en"),
            (_CEILING, "Jízdné může o svátcích stoupnout nejvýše o 15 %.", "cs"),
            (_CEILING, "Train fares could rise 15% over the holiday.", "en"),
            ("Các cửa hàng giảm giá lên tới 40%.", "Obchody zlevnily až o 40 %.", "cs")):
        assert not _errors(source, target, lang), target


def test_a_range_end_is_no_bound() -> None:
    """`tăng 5% đến 7%`: `đến` before a percentage ends a range; a hedge on it is no floor."""
    assert not _errors("Lương dự kiến tăng 5% đến 7%.",
                       "Wages are expected to rise by at least 5 to 7 percent.", "en")


_BELOW = "Gần 30% sinh viên thuê phòng dưới 20 m2."
_ABOVE = "Chỉ 6% hộ kinh doanh có doanh thu trên 30 triệu đồng mỗi tháng."


def test_a_threshold_said_on_the_other_side() -> None:
    assert _errors(_BELOW, "Nearly 30% of students rent rooms of more than 20 square metres.",
                   "en")
    assert _errors(_BELOW, "Téměř 30 % studentů si pronajímá pokoje větší než 20 m2.", "cs")
    assert _errors(_ABOVE, "Only 6% of household businesses take in less than VND30 million a "
                           "month.", "en")
    assert _errors(_ABOVE, "Jen 6 % živností má tržby méně než 30 milionů dongů měsíčně.", "cs")


def test_a_threshold_on_its_side_stays_right() -> None:
    for source, target, lang in (
            (_BELOW, "Nearly 30% of students rent rooms of under 20 square metres.", "en"),
            (_BELOW, "Téměř 30 % studentů si pronajímá pokoje menší než 20 m2.", "cs"),
            (_ABOVE, "Only 6% of household businesses take in over VND30 million a month.", "en"),
            (_ABOVE, "Jen 6 % živností má tržby přes 30 milionů dongů měsíčně.", "cs"),
            (_ABOVE, "Only 6% of household businesses take in VND30 million a month.", "en")):
        assert not _errors(source, target, lang), target


def test_a_difference_after_a_comparative_is_no_threshold() -> None:
    """`cao hơn 5%` is higher by 5 %, not above 5 %: `hơn` after a comparative is left alone."""
    assert not _errors("Giá gạo tháng này cao hơn 5% so với tháng trước.",
                       "Rice costs more than 5% more than last month.", "en")


_DOWN = "Tỷ lệ nợ xấu còn 2,1%, giảm so với mức 45% của năm 2020."
_UP = "Tỷ lệ lấp đầy đạt 88%, cao hơn mức 50% của năm ngoái."


def test_a_level_compared_with_its_base_keeps_the_direction() -> None:
    assert _errors(_DOWN, "Bad debt stood at 2.1%, up from 45% in 2020.", "en")
    assert _errors(_UP, "Occupancy reached 88%, down from 50% last year.", "en")
    assert _errors(_UP, "Obsazenost dosáhla 88 %, méně než 50 % loni.", "cs")
    assert not _errors(_DOWN, "Bad debt stood at 2.1%, down from 45% in 2020.", "en")
    assert not _errors(_UP, "Occupancy reached 88%, up from 50% last year.", "en")
    assert not _errors(_UP, "Obsazenost dosáhla 88 %, víc než loňských 50 %.", "cs")


def test_a_bare_comparative_names_no_base() -> None:
    """The limit: without `so với` or `mức` the value after `cao hơn` may be the difference."""
    assert not _errors("Lãi suất cao hơn 2% so với năm ngoái.",
                       "Interest rates are 2% higher than last year, down from a peak.", "en")


_HALF = "Trong nửa đầu năm, xuất khẩu gỗ đạt 8 tỷ USD."
_LAST_SIX = "Sáu tháng cuối năm, tỉnh đón thêm 4 dự án điện gió."


def test_a_half_year_said_as_a_quarter() -> None:
    assert _errors(_HALF, "V prvním čtvrtletí vyvezla země dřevo za 8 miliard USD.", "cs")
    assert _errors(_HALF, "In the April-June quarter, timber exports reached $8 billion.", "en")
    assert _errors(_LAST_SIX, "Ve čtvrtém čtvrtletí přibudou v provincii čtyři větrné "
                              "elektrárny.", "cs")


def test_a_half_year_said_as_a_half_or_with_a_quarter_named_stays_right() -> None:
    """The limits: a half said as a half or six months; a quarter the source names too; `a
    quarter of` a share, not a period."""
    for source, target, lang in (
            (_HALF, "V prvním pololetí vyvezla země dřevo za 8 miliard USD.", "cs"),
            (_HALF, "In the first half of the year, timber exports reached $8 billion.", "en"),
            (_LAST_SIX, "V posledních šesti měsících roku přibudou v provincii čtyři větrné "
                        "elektrárny.", "cs"),
            ("Trong 6 tháng đầu năm, xuất khẩu gỗ đạt 8 tỷ USD.",
             "V prvních dvou čtvrtletích vyvezla země dřevo za 8 miliard USD.", "cs"),
            ("Trong nửa đầu năm, xuất khẩu gỗ đạt 8 tỷ USD, riêng quý II đạt 5 tỷ USD.",
             "In the first half timber exports reached $8 billion, $5 billion of it in the second "
             "quarter.", "en"),
            ("Trong nửa đầu năm, gỗ chiếm 25% kim ngạch xuất khẩu.",
             "In the first half, timber made up a quarter of exports.", "en")):
        assert not _errors(source, target, lang), target


_WAGE = "Lương bình quân năm 2025 đạt 8,5 triệu đồng/người/tháng."


def test_a_rate_period_before_the_year_it_held() -> None:
    """`a year in 2025` is still a rate per year; `in` before a year number no longer hides it."""
    assert _errors(_WAGE, "The average wage was VND8.5 million per person a year in 2025.", "en")
    assert not _errors(_WAGE, "The average wage was VND8.5 million per person a month in 2025.",
                       "en")
    assert not _errors("Anh ấy làm việc ở đó một năm.", "He worked there for a year in Hanoi.",
                       "en")


def test_a_data_size_per_month_keeps_its_unit() -> None:
    """`12 GB/tháng` is a size a month (read with its unit); `MB/s` stays a speed."""
    source = "Mỗi hộ dùng trung bình 12 GB/tháng."
    assert _errors(source, "Each household uses 12 MB a month on average.", "en")
    assert not _errors(source, "Each household uses 12 GB a month on average.", "en")
    assert not _errors(source, "Každá domácnost spotřebuje v průměru 12 GB měsíčně.", "cs")


def test_years_said_as_quarters() -> None:
    """`3 năm` is no `tři čtvrtletí`, `2 quý` no `two months`; the same unit stays right."""
    assert _errors("Nhà máy được xây trong 3 năm.", "Továrna se stavěla tři čtvrtletí.", "cs")
    assert _errors("Dự án chậm 2 quý.", "The project is two months late.", "en")
    assert not _errors("Nhà máy được xây trong 3 năm.", "Továrna se stavěla tři roky.", "cs")
    assert not _errors("Dự án chậm 2 quý.", "Projekt má zpoždění dvě čtvrtletí.", "cs")
    # a quarter's label (`quý III`) after a number is no unit of it
    assert not _errors("Tỷ lệ thất nghiệp nhóm 20–29 quý II là 5,1%.",
                       "Unemployment among those aged 20–29 was 5.1% in the second quarter.",
                       "en")
    assert not _errors("Khoảng 3/4 số hộ có nước sạch sau 2 năm.",
                       "About three quarters of households have clean water after two years.",
                       "en")
