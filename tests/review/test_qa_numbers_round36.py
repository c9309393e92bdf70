"""Round thirty-six of the numbers check (issue-13a36): dates and days found in unseen35 and the
own batch b69. A bracketed date after a day word is left out only where the translation names
the same day (`hôm qua (28/11)` said `předevčírem` or `zítra` is another); yesterday said as
today; a weekday said from this week's in Czech (`minulou středu`, `od minulého čtvrtka`) and
the date of `thứ Năm tuần trước (26/11)` said so; `24 giờ mỗi ngày` said as `nepřetržitě`; a
level `âm 32 m` beside a depth word said `pod úrovní terénu`; `23 večerních` is no time; `by
half to 1.2` is no time; a national body numbered by a Roman numeral (`No. 3`); blood group O
written `0` in Czech; `dvousetá` (200th). The article is of Sunday, November 29, 2026.
Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

# 1. a dated day word: the translation must name the same day
STORM = "Lũ quét tràn qua huyện miền núi chiều hôm qua (28/11), cuốn trôi 4 cây cầu."


def test_a_dated_yesterday_said_as_yesterday_passes() -> None:
    assert not _errors(STORM, "Přívalová vlna se horským okresem přehnala včera odpoledne a "
                              "strhla čtyři mosty.")
    assert not _errors(STORM, "A flash flood swept through the mountain district yesterday "
                              "afternoon, washing away four bridges.", "en")


def test_a_dated_yesterday_said_as_another_day_is_an_error() -> None:
    assert _errors(STORM, "Přívalová vlna se horským okresem přehnala předevčírem odpoledne a "
                          "strhla čtyři mosty.")
    assert _errors(STORM, "Přívalová vlna se horským okresem přehnala zítra odpoledne a strhla "
                          "čtyři mosty.")
    assert _errors(STORM, "A flash flood swept through the mountain district the day before "
                          "yesterday, washing away four bridges.", "en")


def test_a_dated_night_may_be_told_by_the_day_it_ends_on() -> None:
    vi = "Đêm qua (28/11), 2 ngôi nhà bị cháy."
    assert not _errors(vi, "Dnes v noci vyhořely dva domy.")
    assert not _errors(vi, "Two houses burned down overnight.", "en")


# 2. yesterday said as today, with no date at all
PEPPER = "Giá cà phê tại Tây Nguyên hôm qua đứng ở mức 118.000 đồng/kg."


def test_yesterday_said_as_today_or_tomorrow_is_an_error() -> None:
    assert _errors(PEPPER, "Coffee in the Central Highlands stood at VND118,000 per kg today.",
                   "en")
    assert _errors(PEPPER, "Káva na Centrální vysočině dnes stála 118 000 dongů za kilogram.")
    assert not _errors(PEPPER, "Coffee in the Central Highlands stood at VND118,000 per kg "
                               "yesterday.", "en")


def test_yesterday_beside_today_in_the_source_is_not_judged() -> None:
    vi = "Giá cà phê hôm nay tăng 1.000 đồng so với hôm qua, lên 118.000 đồng/kg."
    assert not _errors(vi, "Coffee rose VND1,000 from yesterday to VND118,000 per kg today.",
                       "en")


# 3. Czech weekdays said from this week's
def test_a_weekday_of_last_week_in_czech_is_read_and_judged() -> None:
    vi = "Giá vàng giảm 300.000 đồng/lượng so với thứ Tư tuần trước."
    assert not _errors(vi, "Zlato zlevnilo o 300 000 dongů za tael oproti minulé středě.")
    assert not _errors(vi, "Zlato je o 300 000 dongů za tael levnější než minulou středu.")
    assert _errors("Giá vàng giảm 300.000 đồng/lượng so với thứ Sáu tuần trước.",
                   "Zlato je o 300 000 dongů za tael levnější než minulou středu.")


def test_a_dated_weekday_of_last_week_said_without_its_date() -> None:
    vi = "Lượng khách tăng 12% so với hôm thứ Tư tuần trước (25/11)."
    assert not _errors(vi, "Návštěvnost vzrostla od minulé středy o 12 procent.")
    assert not _errors(vi, "Visitor numbers rose 12% from last Wednesday.", "en")
    assert _errors(vi, "Visitor numbers rose 12% from last Thursday.", "en")
    assert _errors(vi, "Návštěvnost vzrostla o 12 procent.")  # the date left out, nothing said


def test_wednesday_alone_is_still_no_weekday() -> None:
    vi = "Ông đến thăm trung tâm thành phố vào chiều 2/12."
    assert _errors(vi, "Navštívil ve středu město.")  # the date itself is gone


# 4. round the clock
def test_all_day_every_day_said_without_numbers() -> None:
    vi = "Bệnh viện dã chiến hoạt động 24 giờ mỗi ngày trong suốt đợt dịch."
    assert not _errors(vi, "Polní nemocnice fungovala po celou epidemii nepřetržitě.")
    assert not _errors(vi, "The field hospital ran round the clock throughout the outbreak.",
                       "en")
    assert _errors(vi, "Polní nemocnice fungovala po celou epidemii 12 hodin denně.")
    assert _errors(vi, "Polní nemocnice fungovala po celou epidemii.")


# 5. a level below ground beside a depth word
def test_a_negative_level_beside_depth_said_below_ground() -> None:
    vi = "Tầng hầm sâu nhất của tòa nhà nằm ở cốt âm 21 m."
    assert not _errors(vi, "Nejhlubší podlaží budovy leží 21 metrů pod úrovní terénu.")
    assert _errors(vi, "Nejhlubší podlaží budovy leží 21 metrů nad úrovní terénu.")
    assert _errors(vi, "Nejhlubší podlaží budovy leží 12 metrů pod úrovní terénu.")


# 6. numbers that are no times
def test_evening_as_an_adjective_is_no_time() -> None:
    vi = "Nhà hát tổ chức 18 đêm diễn trong tháng 12."
    assert not _errors(vi, "Divadlo uvede v prosinci 18 večerních představení.")
    assert _errors(vi, "Divadlo uvede v prosinci 16 večerních představení.")
    assert not _errors("Cửa hàng mở cửa đến 9 giờ tối.", "Obchod má otevřeno do devíti večer.")
    assert _errors("Cửa hàng mở cửa đến 9 giờ tối.", "Obchod má otevřeno do 8 večer.")


def test_by_half_to_a_decimal_is_no_time() -> None:
    vi = "Doanh thu tăng gấp rưỡi, lên 4,5 tỷ USD."
    assert not _errors(vi, "Revenue rose by half to $4.5 billion.", "en")
    assert _errors(vi, "Revenue rose by half to $5.5 billion.", "en")
    assert not _errors("Phiên họp bắt đầu lúc 9 giờ 30.", "The session opened at half past nine.",
                       "en")
    assert not _errors("Phiên họp bắt đầu lúc 8 giờ 45.",
                       "The session opened at a quarter to nine.", "en")


# 7. labels
def test_a_national_body_numbered_by_a_roman_numeral() -> None:
    vi = "Trung tâm Lưu trữ quốc gia II đã tiếp nhận 40.000 hồ sơ."
    assert not _errors(vi, "National Archives Centre No. 2 has taken in 40,000 files.", "en")
    assert _errors(vi, "National Archives Centre No. 4 has taken in 40,000 files.", "en")


def test_blood_group_o_is_written_zero_in_czech() -> None:
    vi = "Bệnh viện đang thiếu máu nhóm máu O, chỉ còn 35 đơn vị."
    assert not _errors(vi, "Nemocnici chybí krev skupiny 0, zbývá jen 35 jednotek.")
    assert _errors(vi, "Nemocnici chybí krev skupiny 0, zbývá jen 53 jednotek.")
    # a zero elsewhere is still an added number
    assert _errors("Bệnh viện đang thiếu máu, chỉ còn 35 đơn vị.",
                   "Nemocnici chybí krev skupiny 0, zbývá jen 35 jednotek.")


# 8. a Czech ordinal hundred written with `-set-` (`dvousetá` beside `dvoustá`)
def test_an_ordinal_hundred_written_with_set() -> None:
    vi = "Cửa hàng thứ 300 của chuỗi khai trương hôm 25/11."
    assert not _errors(vi, "Třísetá prodejna řetězce se otevřela 25. listopadu.")
    assert not _errors(vi, "Třístá prodejna řetězce se otevřela 25. listopadu.")
    assert _errors(vi, "Dvousetá prodejna řetězce se otevřela 25. listopadu.")
    assert _errors("Chuỗi có 300 cửa hàng.", "Řetězec má dvousetou prodejnu.")
