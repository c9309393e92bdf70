"""Round nineteen of the numbers check (issue-13a19): English time spans that say the half of
the day once, shares said as `cứ 10 ... thì có khoảng 4` and `9 trên 10`, the league named
`giải hạng Nhất`, an English decimal point in Czech, `tháng trước`, weekdays for day words,
minutes after midnight in Czech, `7 ngày một lần`, a part of a group in words, cyclic years,
weekdays listed after one `thứ`, `đầu bảng`, `another thousand`, `under-fives`, `čtvrtrok`,
`từ đầu năm`, a span of days turned around and `one for every ten`. Sentences written for
these tests (the article's day is Sunday 29 November 2026)."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.numcalendar import cyclic_year_said, year_start_said

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str, today: datetime.date | None = ARTICLE) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=today)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # an English span of hours: the start shares the close's half of the day
    ("Bảo tàng mở cửa từ 8h30 đến 11h30 sáng Chủ nhật.",
     "The museum opens from 8.30 to 11.30am on Sunday.",
     "The museum opens from 8.30 to 11.30pm on Sunday.", "en"),
    ("Đường cấm xe từ 16h30 đến 19h.",
     "The road is closed to traffic from 4.30 to 7pm.",
     "The road is closed to traffic from 5.30 to 7pm.", "en"),
    # a share said as a count out of ten, with `khoảng` before the count
    ("Cứ 10 lít nước dùng trong thành phố thì có khoảng 3 lít bị thất thoát.",
     "About 30% of the city's water is lost.",
     "About 40% of the city's water is lost.", "en"),
    ("Cứ 10 lít nước dùng trong thành phố thì có khoảng 3 lít bị thất thoát.",
     "Zhruba tři desetiny vody ve městě se ztrácejí.",
     "Zhruba čtyři desetiny vody ve městě se ztrácejí.", "cs"),
    ("Khảo sát cho thấy 8 trên 10 hộ gia đình có internet.",
     "Eight out of ten households are online, the survey found.",
     "Seven out of ten households are online, the survey found.", "en"),
    # `giải hạng Nhất` is the league's name: the second tier
    ("Đội bóng xuống chơi ở giải hạng Nhất mùa tới.",
     "Tým bude příští sezonu hrát druhou ligu.",
     "Tým bude příští sezonu hrát třetí ligu.", "cs"),
    ("Đội bóng xuống chơi ở giải hạng Nhất mùa tới.",
     "The club will play in the second tier next season.",
     "The club will play in the third tier next season.", "en"),
    # `tháng trước` is the month before the one the source names
    ("Tháng 10, giá thịt lợn tăng 4% so với tháng trước.",
     "V říjnu zdražilo vepřové o 4 % proti září.",
     "V říjnu zdražilo vepřové o 4 % proti srpnu.", "cs"),
    ("Tháng 10, giá thịt lợn tăng 4% so với tháng trước.",
     "Pork prices rose 4% in October from September.",
     "Pork prices rose 4% in October from August.", "en"),
    # a day word and the weekday the translation gives for it (the article is of Sunday)
    ("Sáng qua, 2 xe tải va chạm trên cao tốc.",
     "V sobotu ráno se na dálnici srazily dva kamiony.",
     "V pátek ráno se na dálnici srazily dva kamiony.", "cs"),
    ("Chiều mai, trời có mưa rào tại 5 tỉnh.",
     "Showers are forecast in five provinces on Monday afternoon.",
     "Showers are forecast in five provinces on Tuesday afternoon.", "en"),
    # Czech minutes after midnight
    ("Tàu rời ga lúc 0h10.", "Vlak odjel deset minut po půlnoci.",
     "Vlak odjel dvacet minut po půlnoci.", "cs"),
    ("Tàu rời ga lúc 0h15.", "Vlak odjel čtvrt hodiny po půlnoci.",
     "Vlak odjel deset minut po půlnoci.", "cs"),
    # a frequency said by its period
    ("Xe rác đến 7 ngày một lần.", "The bin lorry comes once a week.",
     "The bin lorry comes once a month.", "en"),
    ("Hội đồng họp 3 tháng một lần.", "Rada zasedá jednou za čtvrtletí.",
     "Rada zasedá jednou za měsíc.", "cs"),
    # a cyclic year said in digits
    ("Chợ hoa Tết Đinh Mùi mở từ 23 tháng Chạp.",
     "The flower market for the 2027 Lunar New Year opens on the 23rd of the 12th lunar month.",
     "The flower market for the 2028 Lunar New Year opens on the 23rd of the 12th lunar month.",
     "en"),
    # weekdays listed after one `thứ`
    ("Phòng khám mở cửa 3 buổi/tuần vào thứ Ba, Năm và Bảy.",
     "Ordinace má otevřeno třikrát týdně, v úterý, ve čtvrtek a v sobotu.",
     "Ordinace má otevřeno třikrát týdně, v úterý, v pátek a v sobotu.", "cs"),
    # `đầu bảng` (the leaders) before a count; `số 1` as the top
    ("Đội khách đứng thứ 4, kém đội đầu bảng 1 điểm.",
     "The visitors are fourth, a point behind the leaders.",
     "The visitors are fourth, three points behind the leaders.", "en"),
    ("Cô giữ vị trí số 1 thế giới suốt 20 tuần.",
     "Dvacet týdnů zůstává v čele světového žebříčku.",
     "Dvacet týdnů zůstává na třetím místě světového žebříčku.", "cs"),
    # `another thousand`; an age group in words
    ("Thành phố trồng thêm 1.000 cây xanh.", "The city is planting another thousand trees.",
     "The city is planting another million trees.", "en"),
    ("Trẻ dưới 6 tuổi được miễn vé.", "Under-sixes travel free.", "Under-fives travel free.",
     "en"),
    # a quarter and a half of a year as lengths in Czech
    ("Giá điện tăng 2 lần trong 6 tháng qua.", "Elektřina za poslední půlrok dvakrát zdražila.",
     "Elektřina za poslední čtvrtrok dvakrát zdražila.", "cs"),
    # the start of the year
    ("Từ đầu năm, cảng đón 1,2 triệu container.",
     "The port has handled 1.2 million containers since January 1.",
     "The port has handled 1.2 million containers since January 10.", "en"),
    # a share said as one for every N
    ("Khoảng 20% người dân có thẻ thư viện.",
     "Roughly one for every five people has a library card.",
     "Roughly one for every four people has a library card.", "en"),
])
def test_round_nineteen_classes(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


@pytest.mark.parametrize(("vi", "wrong", "lang"), [
    # an English decimal point in Czech, where the source writes a decimal comma
    ("Chỉ số đóng cửa ở mức 1.456,78 điểm.", "Index uzavřel na 1456.78 bodu.", "cs"),
    ("Hồ chứa có dung tích 2.310,5 triệu m3.", "Nádrž pojme 2310.5 milionu m3.", "cs"),
    # a part of a group counted in words the source lacks
    ("Có 9 người được đưa đi cấp cứu.", "Nine people, two of them children, were taken to "
     "hospital.", "en"),
    ("Có 9 người được đưa đi cấp cứu.", "Do nemocnice převezli devět lidí, z toho dvě děti.",
     "cs"),
    # a span of days turned around
    ("Hội chợ diễn ra từ thứ Năm (10/12) đến Chủ nhật (13/12).",
     "Veletrh se koná od neděle 13. do čtvrtka 10. prosince.", "cs"),
    ("Hội chợ diễn ra từ thứ Năm (10/12) đến Chủ nhật (13/12).",
     "The fair runs from Sunday, December 13, to Thursday, December 10.", "en"),
])
def test_round_nineteen_errors(vi: str, wrong: str, lang: str) -> None:
    assert _errors(vi, wrong, lang)


def test_czech_decimal_comma_and_times_are_not_decimal_points() -> None:
    """The right Czech, a time with a point (`v 16.40`) and a date (`27.11.`) stay quiet."""
    assert _errors("Chỉ số đóng cửa ở mức 1.456,78 điểm.", "Index uzavřel na 1456,78 bodu.",
                   "cs") == []
    assert _errors("Máy bay cất cánh lúc 16h40 ngày 27/11.", "Letadlo odstartovalo "
                   "27.11. v 16.40.", "cs") == []


def test_day_words_limits() -> None:
    """A night runs into the next day (`đêm qua` ~ `v noci na neděli`); with no article date,
    or with a date in the source, the day word judges nothing; `Mai` the name is no day."""
    assert _errors("Đêm qua, 3 ngôi nhà bị cháy.", "V noci na neděli shořely tři domy.",
                   "cs") == []
    assert _errors("Đêm qua, 3 ngôi nhà bị cháy.", "V noci na sobotu shořely tři domy.",
                   "cs") == []
    assert _errors("Chiều qua, 2 xe tải va chạm.", "Two lorries collided on Friday afternoon.",
                   "en", today=None) == []
    assert _errors("Chị Mai nhận 2 giải thưởng.", "Mai won two awards on Friday.", "en") == []


def test_league_and_order_names_limits() -> None:
    """`hạng Nhất` of an order (`Huân chương Lao động hạng Nhất`) is the first class."""
    assert _errors("Ông được tặng Huân chương Lao động hạng Nhất.",
                   "He was awarded the Labour Order, first class.", "en") == []
    assert _errors("Ông được tặng Huân chương Lao động hạng Nhất.",
                   "He was awarded the Labour Order, second class.", "en")


def test_a_previous_month_is_judged_only_with_one_month_and_no_date() -> None:
    """Two months in the source, or a day-month date, leave `tháng trước` unjudged."""
    assert _errors("Tháng 10 và tháng 11, giá tăng 2% so với tháng trước.",
                   "In October and November prices rose 2% from August.", "en") == []


def test_a_time_span_across_noon_shares_nothing() -> None:
    """`from 11.30 to 1pm`: the start's half of the day is not the close's."""
    assert _errors("Nghỉ trưa từ 11h30 đến 13h.", "The lunch break runs from 11.30 to 1pm.",
                   "en") == []


def test_calendar_helpers() -> None:
    assert cyclic_year_said("tết bính ngọ", 2026) and cyclic_year_said("năm giáp tý", 1984)
    assert not cyclic_year_said("tết bính ngọ", 2025)
    assert cyclic_year_said("năm quý mẹo", 2023)  # the other spelling of Mão
    assert year_start_said("từ đầu năm, giá tăng", 1, 1)
    assert not year_start_said("từ đầu năm học, giá tăng", 1, 1)
    assert not year_start_said("từ đầu năm, giá tăng", 2, 1)


def test_a_part_of_a_group_said_by_the_source_is_not_added() -> None:
    assert _errors("Có 9 người, trong đó 2 trẻ em, được đưa đi cấp cứu.",
                   "Nine people, two of them children, were taken to hospital.", "en") == []


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # a fall said as the share left, before what it is a share of
    ("Giá vé giảm 75% so với năm ngoái.", "A ticket now costs a quarter of what it did last year.",
     "A ticket now costs a third of what it did last year.", "en"),
    ("Giá vé giảm 75% so với năm ngoái.", "Lístek stojí čtvrtinu toho, co loni.",
     "Lístek stojí třetinu toho, co loni.", "cs"),
    # a value the source restates after `tức`, a unit per another between them
    ("Giá đạt 7,5 triệu/tấn, tức bảy triệu rưỡi mỗi tấn.",
     "The price reached 7.5 million a tonne.", "The price reached 8.5 million a tonne.", "en"),
    # a span of lengths with the unit said once at the close
    ("Dự án kéo dài 24-36 tháng.", "The project will take two to three years.",
     "The project will take three to four years.", "en"),
    ("Dự án kéo dài 24-36 tháng.", "Projekt potrvá dva až tři roky.",
     "Projekt potrvá tři až čtyři roky.", "cs"),
])
def test_round_nineteen_second_wave(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_a_fall_by_a_fraction_is_the_fall_itself() -> None:
    """`giảm 75%` → `fell by a quarter`: the share fallen, not the one left; an error."""
    assert _errors("Giá vé giảm 75% so với năm ngoái.",
                   "Ticket prices fell by a quarter of what they were last year.", "en")
