"""Round twenty of the numbers check (issue-13a20), on the recall side: a conversion that keeps
the value before it in another unit, a part of the day beside a weekday or a date, relative
days, months and years said as another relation (`cùng kỳ` as month on month, `năm nay` as
last year, `cùng ngày` as the next day, `chiều mai` as today) and a range turned around after
a free reorder earlier in the sentence. Sentences written for these tests (the article's day is
Sunday 29 November 2026)."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # a conversion keeps the number and changes the unit
    ("Vườn quốc gia rộng 412 km2, trong đó 90 km2 là rừng nguyên sinh.",
     "The national park covers 412 square kilometres (159 sq miles), 90 sq km of it old forest.",
     "The national park covers 412 square kilometres (412 sq miles), 90 sq km of it old forest.",
     "en"),
    ("Khu công nghiệp mới rộng 75 ha.",
     "The new industrial park covers 75 hectares (185 acres).",
     "The new industrial park covers 75 hectares (75 acres).", "en"),
    ("Gió giật tới 90-100 km/h.",
     "Gusts reached 90-100 km/h, or 56-62 mph.",
     "Gusts reached 90-100 km/h, or 90-100 mph.", "en"),
    # a part of the day beside a weekday or a date
    ("Chuyến bay hạ cánh sáng thứ Bảy với 214 hành khách.",
     "The flight landed with 214 passengers on Saturday morning.",
     "The flight landed with 214 passengers on Saturday evening.", "en"),
    ("Chuyến bay hạ cánh sáng thứ Bảy với 214 hành khách.",
     "Letadlo s 214 cestujícími přistálo v sobotu ráno.",
     "Letadlo s 214 cestujícími přistálo v sobotu večer.", "cs"),
    ("Đêm nhạc tối 12/12 thu hút 5.000 khán giả.",
     "The concert on the evening of December 12 drew 5,000 people.",
     "The concert on the morning of December 12 drew 5,000 people.", "en"),
    # relative days, months and years
    ("Doanh thu bán lẻ tháng 11 tăng 7,4% so với cùng kỳ.",
     "Retail sales rose 7.4% year on year in November.",
     "Retail sales rose 7.4% month on month in November.", "en"),
    ("Doanh thu bán lẻ tháng 11 tăng 7,4% so với cùng kỳ.",
     "Maloobchodní tržby v listopadu meziročně vzrostly o 7,4 %.",
     "Maloobchodní tržby v listopadu meziměsíčně vzrostly o 7,4 %.", "cs"),
    ("Năm nay tỉnh trồng mới 1.200 ha rừng.",
     "The province planted 1,200 hectares of new forest this year.",
     "The province planted 1,200 hectares of new forest last year.", "en"),
    ("Năm nay tỉnh trồng mới 1.200 ha rừng.",
     "Provincie letos vysadila 1200 hektarů nového lesa.",
     "Provincie loni vysadila 1200 hektarů nového lesa.", "cs"),
    ("Xe khách rời bến lúc 7h, đến Huế lúc 22h cùng ngày.",
     "The coach leaves at 7am and reaches Hue at 10pm the same day.",
     "The coach leaves at 7am and reaches Hue at 10pm the next day.", "en"),
    ("Hội nghị khai mạc sáng mai (30/11) với 400 đại biểu.",
     "Konference se 400 delegáty začne zítra (30. listopadu) dopoledne.",
     "Konference se 400 delegáty začne dnes (30. listopadu) dopoledne.", "cs"),
    # a range turned around after a free reorder earlier in the sentence
    ("Trong 10 tháng có 1.540 vụ tai nạn; số người bị thương giảm từ 88 xuống 65.",
     "There were 1,540 accidents in the 10 months, and injuries fell from 88 to 65.",
     "There were 1,540 accidents in the 10 months, and injuries fell from 65 to 88.", "en"),
    # a unit's exponent (`m3/s`) explains no hour
    ("Nhà máy xả 4 cửa lúc 14h với lưu lượng 2.500 m3/s.",
     "The plant opened four gates at 2pm, releasing 2,500 cubic metres per second.",
     "The plant opened four gates at 3am, releasing 2,500 cubic metres per second.", "en"),
    # weekdays the source names, in the plural
    ("Thư viện mở cửa từ 8h đến 20h, trừ thứ Hai và Chủ nhật, phục vụ 900 bạn đọc mỗi ngày.",
     "The library opens from 8am to 8pm except on Mondays and Sundays, serving 900 readers "
     "a day.",
     "The library opens from 8am to 8pm except on Tuesdays and Sundays, serving 900 readers "
     "a day.", "en"),
    # today's date stated (`hôm nay (29/11)`): yesterday is Saturday
    ("Giá cà phê hôm nay (29/11) là 118.000 đồng/kg, giảm 800 đồng so với hôm qua.",
     "Káva se dnes (29. listopadu) prodává za 118 000 dongů za kilogram, o 800 dongů levněji "
     "než v sobotu.",
     "Káva se dnes (29. listopadu) prodává za 118 000 dongů za kilogram, o 800 dongů levněji "
     "než ve čtvrtek.", "cs"),
    # a numbered label said by an ordinal word of another value (`druhý` is also "other")
    ("Từ 1/7, phụ cấp vùng I tăng 6%, lên 1,2 triệu đồng.",
     "Od 1. července se příplatek v první oblasti zvýší o 6 % na 1,2 milionu dongů.",
     "Od 1. července se příplatek ve druhé oblasti zvýší o 6 % na 1,2 milionu dongů.", "cs"),
    # `tá`: a dozen
    ("Cửa hàng bán được 3 tá áo trong buổi sáng.",
     "Obchod dopoledne prodal šestatřicet triček.",
     "Obchod dopoledne prodal třicet triček.", "cs"),
    ("Cửa hàng bán được 3 tá áo trong buổi sáng.",
     "The shop sold three dozen shirts in the morning.",
     "The shop sold four dozen shirts in the morning.", "en"),
])
def test_right_passes_wrong_is_an_error(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


@pytest.mark.parametrize(("vi", "target", "lang"), [
    # a rough conversion is the translator's, not judged
    ("Khu công nghiệp mới rộng 75 ha.", "The new industrial park covers 75 hectares "
                                        "(about 190 acres).", "en"),
    # a night beside a weekday is late, like the evening
    ("Buổi hòa nhạc diễn ra tối thứ Sáu với 3.000 khán giả.",
     "The concert on Friday night drew 3,000 people.", "en"),
    # `chiều tối`: afternoon and evening both
    ("Mưa lớn chiều tối thứ Hai làm ngập 12 tuyến phố.",
     "Heavy rain on Monday afternoon flooded 12 streets.", "en"),
    # `năm nay` beside a year the source names: last year may be said
    ("Năm nay xuất khẩu đạt 40 tỷ USD, cao hơn năm 2025.",
     "Exports reached $40bn this year, more than last year.", "en"),
    ("Năm nay xuất khẩu đạt 40 tỷ USD, cao hơn năm 2025.",
     "Exports reached $40bn, more than last year.", "en"),
    # `cùng kỳ` with the month before named too
    ("Giá tăng 2% so với tháng trước và 5% so với cùng kỳ.",
     "Prices rose 2% month on month and 5% year on year.", "en"),
    # `Mai` the name is no tomorrow
    ("Chị Mai cho biết hôm nay có 30 khách.", "Mai said there were 30 guests today.", "en"),
    # the next day where the source says it (`hôm sau`)
    ("Tàu rời ga lúc 19h, đến nơi lúc 5h sáng hôm sau, cùng ngày với đoàn khách 40 người.",
     "The train leaves at 7pm and arrives at 5am the next day, along with a group of 40.",
     "en"),
])
def test_limits_raise_nothing(vi: str, target: str, lang: str) -> None:
    assert _errors(vi, target, lang) == []


def test_a_dated_source_other_than_today_is_judged_by_its_date() -> None:
    """With another date in the source the day words give no reference (`so với hôm qua`
    beside `ngày 25/11`): nothing is judged by them."""
    vi = "Giá cà phê ngày 25/11 là 118.000 đồng/kg, giảm 800 đồng so với hôm qua."
    assert _errors(vi, "Káva 25. listopadu stála 118 000 dongů za kilogram, o 800 dongů "
                       "méně než v úterý.", "cs") == []


def test_above_a_threshold_is_no_range() -> None:
    """`trên ngưỡng 50` (above the 50 mark) after a count: the two numbers are no range, so
    their order is at most a warning."""
    vi = "Tỷ lệ lấp đầy tháng 9 đạt 62%, tháng thứ 3 liên tiếp trên ngưỡng 60%."
    target = "Occupancy was 62% in September, above 60% for a third month in a row."
    assert _errors(vi, target, "en") == []


def test_a_free_reorder_alone_stays_a_warning() -> None:
    vi = "Trong 10 tháng có 1.540 vụ tai nạn; số người bị thương giảm từ 88 xuống 65."
    target = "There were 1,540 accidents in the 10 months, and injuries fell from 88 to 65."
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    issues = check_pair(vi, target, "en", settings)
    assert all(i.severity != ERROR for i in issues)
