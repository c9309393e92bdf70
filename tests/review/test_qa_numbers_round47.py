"""Round forty-seven of the numbers check (issue-13a47): classes found in unseen49 and b80.
A difference to a base (`cao hơn … 350 tấn`, `thấp hơn cùng kỳ 1,2 m`) keeps its direction
like a change does (`o 350 tun méně`, `1.2 m higher` are errors), a bound (`more than`) is
no direction; an amount for each (`mỗi gói 300.000 đồng`) said with a total word before it
(`totalling`, `v celkové výši`) is an error, never where the translation says `each`/`po`;
a rate per night or per hour (`mỗi đêm`, `mỗi giờ`) said per another period is an error (a
night counts as a day: `denně` keeps it), but a speed (`km/giờ`) is no rate period; a zero
said `not a single`/`ani jeden` agrees. The article is of Sunday, November 29, 2026. Sentences
written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. a difference to a base keeps its direction
def test_higher_than_a_base_said_lower() -> None:
    source = "Sản lượng lúa vụ này đạt 5.600 tấn, cao hơn vụ trước khoảng 350 tấn."
    assert _errors(source, "Letošní sklizeň rýže dosáhla 5600 tun, asi o 350 tun méně než "
                           "minule.")
    assert not _errors(source, "Letošní sklizeň rýže dosáhla 5600 tun, asi o 350 tun více "
                               "než minule.")
    assert _errors(source, "This season's rice harvest reached 5,600 tonnes, some 350 tonnes "
                           "lower than the last one.", "en")
    assert not _errors(source, "This season's rice harvest reached 5,600 tonnes, some 350 "
                               "tonnes higher than the last one.", "en")


def test_lower_than_a_base_said_higher() -> None:
    source = "Mực nước hồ sáng nay là 12,4 m, thấp hơn cùng kỳ năm ngoái 1,2 m."
    assert _errors(source, "The lake stood at 12.4 m this morning, 1.2 m higher than a year "
                           "ago.", "en")
    assert not _errors(source, "The lake stood at 12.4 m this morning, 1.2 m lower than a "
                               "year ago.", "en")
    assert not _errors(source, "Hladina jezera byla dnes ráno 12,4 m, o 1,2 m níž než loni.")


def test_fewer_than_a_base_said_more() -> None:
    source = "Năm nay trường tuyển ít hơn năm ngoái 120 học sinh."
    assert not _errors(source, "This year the school took on 120 fewer pupils than last "
                               "year.", "en")
    assert _errors(source, "This year the school took on 120 pupils more than last year.",
                   "en")


def test_a_bound_is_no_direction() -> None:
    """`no less than 1,500` hedges the value: its `less` says nothing of the direction."""
    source = "Lượng khách tuần qua cao hơn cùng kỳ 1.500 lượt."
    assert not _errors(source, "Last week's visitors numbered no less than 1,500 above the "
                               "same week a year ago.", "en")


# 2. an amount for each said as the total, with the total word before it
def test_each_said_totalling() -> None:
    source = "Tỉnh trao 850 phần quà, mỗi phần 300.000 đồng, cho hộ nghèo."
    assert _errors(source, "The province handed out 850 gift packages totalling VND300,000 "
                           "to poor households.", "en")
    assert _errors(source, "Provincie rozdala chudým domácnostem 850 balíčků v celkové výši "
                           "300 000 dongů.")
    assert not _errors(source, "The province handed out 850 gift packages worth VND300,000 "
                               "each to poor households.", "en")
    assert not _errors(source, "Provincie rozdala chudým domácnostem 850 balíčků po 300 000 "
                               "dongů.")


def test_a_source_total_is_no_each() -> None:
    source = "Tỉnh trao tổng cộng 850 phần quà, mỗi phần 300.000 đồng, trị giá 255 triệu đồng."
    assert not _errors(source, "The province handed out 850 gift packages of VND300,000, "
                               "totalling VND255 million.", "en")


# 3. a rate per night or per hour
def test_per_night_said_per_week() -> None:
    source = "Giá phòng tại khu nghỉ dưỡng là 1,5 triệu đồng mỗi đêm."
    assert _errors(source, "Pokoj v letovisku stojí 1,5 milionu dongů za týden.")
    assert _errors(source, "A room at the resort costs VND1.5 million a week.", "en")
    assert not _errors(source, "Pokoj v letovisku stojí 1,5 milionu dongů za noc.")
    assert not _errors(source, "A room at the resort costs VND1.5 million a night.", "en")


def test_per_hour_said_per_day() -> None:
    source = "Máy bơm hút được 400 m3 nước mỗi giờ."
    assert _errors(source, "The pump draws 400 cubic metres of water a day.", "en")
    assert not _errors(source, "The pump draws 400 cubic metres of water per hour.", "en")
    assert not _errors(source, "Čerpadlo odčerpá 400 metrů krychlových vody za hodinu.")


def test_a_speed_is_no_rate_period() -> None:
    """`km/giờ` is a speed: it names no hour the translation must keep."""
    source = "Đoàn tàu mới chạy 120 km/giờ và phục vụ 9.000 khách mỗi ngày."
    assert not _errors(source, "The new train runs at 120 km/h and carries 9,000 passengers "
                               "a day.", "en")
    assert not _errors(source, "Nový vlak jezdí rychlostí 120 km/h a denně přepraví 9000 "
                               "cestujících.")


# 4. a zero said as `not a single` / `ani jeden`
def test_zero_said_as_not_a_single() -> None:
    source = "Số tàu cá vi phạm vùng biển nước ngoài trong quý này là 0."
    assert not _errors(source, "Not a single fishing boat strayed into foreign waters this "
                               "quarter.", "en")
    assert not _errors(source, "Do cizích vod tento kvartál nevplula ani jedna rybářská loď.")
    assert _errors(source, "One fishing boat strayed into foreign waters this quarter.", "en")


def test_a_night_is_a_days_rate() -> None:
    """`mỗi đêm` said `denně`/`a day` keeps the rate; only another period is an error."""
    source = "Nhiều công nhân chỉ ngủ khoảng 5 tiếng mỗi đêm."
    assert not _errors(source, "Mnoho dělníků spí jen asi pět hodin denně.")
    assert not _errors(source, "Many workers sleep only about five hours a day.", "en")
    assert _errors(source, "Many workers sleep only about five hours a week.", "en")


def test_a_slash_hour_beside_a_daily_rate() -> None:
    """`12 chuyến/giờ` beside `hằng ngày` is a rate per hour: `za hodinu` keeps it."""
    source = "Hằng ngày từ 6h đến 22h, tuyến tàu chạy 12 chuyến/giờ vào giờ cao điểm."
    assert not _errors(source, "Vlaky jezdí denně od šesti do 22 hodin, ve špičce dvanáct "
                               "spojů za hodinu.")
