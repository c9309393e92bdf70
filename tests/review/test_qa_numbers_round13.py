"""Round thirteen of the numbers check (issue 13): the target-side readers of number forms the
round adds (its held-out test moved to round fourteen, when `unseen13` became development
data)."""

from __future__ import annotations

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.text.numbers import find_numbers

NUMBERS = CheckSettings(checks=frozenset({"numbers"}))


def _errors(vi: str, target: str, lang: str) -> list[str]:
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


# Sentences written for these tests (not taken from any evaluation set): each mechanism with a
# rendering that must pass and a changed value that must stay an error.
@pytest.mark.parametrize(("vi", "lang", "right", "wrong"), [
    # a measure converted into another unit system, rounded at the written digit
    ("Đảo Cồn Cỏ cách đất liền khoảng 30 km.", "en", "Con Co island lies about 19 miles off "
     "the mainland.", "Con Co island lies about 30 miles off the mainland."),
    ("Đảo Cồn Cỏ cách đất liền khoảng 30 km.", "en", "Con Co island lies about 19 miles off "
     "the mainland.", "Con Co island lies about 29 miles off the mainland."),
    ("Tàu bị nạn cách bờ khoảng 20 hải lý.", "cs", "Loď měla nehodu asi 37 kilometrů od "
     "pobřeží.", "Loď měla nehodu asi 20 kilometrů od pobřeží."),
    ("Con tàu dài 120 m.", "en", "The ship is 394ft long.", "The ship is 120ft long."),
    # Celsius said in Fahrenheit; a temperature moved to the other scale with the number kept
    ("Nhiệt độ tại Hà Nội trưa nay lên tới 35 độ C.", "en", "Hanoi reached 95F at noon today.",
     "Hanoi reached 35F at noon today."),
    ("Nhiệt độ có nơi xuống dưới 8 độ C.", "cs", "Teplota místy klesne pod osm stupňů Celsia.",
     "Teplota místy klesne pod osm stupňů Fahrenheita."),
    ("Nhiệt độ có nơi xuống dưới 8 độ C.", "en", "Temperatures will fall below 8C in places.",
     "Temperatures will fall below 8°F in places."),
    # a rate's per-unit after a percentage, in a Czech adverb, the tael, gallons
    ("Lãi suất tiết kiệm phổ biến 5,5%/năm.", "en", "Savings rates are mostly 5.5 per cent a "
     "year.", "Savings rates are mostly 5.5 per cent a month."),
    ("Người lao động làm thêm không quá 200 giờ/năm.", "cs", "Přesčasy smějí činit nejvýš "
     "dvě stě hodin ročně.", "Přesčasy smějí činit nejvýš dvě stě hodin měsíčně."),
    ("Giá vàng lên 90 triệu đồng/lượng.", "en", "Gold rose to VND90 million a tael.",
     "Gold rose to VND90 million an ounce."),
    ("Giá dầu diesel giảm 250 đồng/lít.", "en", "Diesel fell by VND250 a litre.",
     "Diesel fell by VND250 a gallon."),
    # a month day is never cut out of a longer number
    ("Đến hết tháng 9, có 18,4 triệu người tham gia bảo hiểm.", "en", "By the end of "
     "September 18.4 million people were insured.", "By the end of September 18.4 thousand "
     "people were insured."),
    # Czech centuries in every case
    ("Ngôi chùa được xây dựng cách đây hơn 700 năm.", "cs", "Pagoda vznikla před více než "
     "sedmi staletími.", "Pagoda vznikla před více než osmi staletími."),
    # whole months of thirty days
    ("Thời hạn giải quyết hồ sơ giảm từ 90 ngày xuống còn 60 ngày.", "cs", "Lhůta pro vyřízení "
     "se zkrátila ze tří měsíců na dva.", "Lhůta pro vyřízení se zkrátila ze tří měsíců na "
     "jeden."),
    ("Thẻ tạm trú có giá trị 30 ngày.", "en", "The residence card is valid for a month.",
     "The residence card is valid for two months."),
    # a lunar month named by its place in the year
    ("Chợ hoa mở từ 23 tháng Chạp đến mùng 3 tháng Giêng.", "en", "The flower market runs from "
     "the 23rd day of the last lunar month to the third day of the new year.", "The flower "
     "market runs from the 23rd day of the last lunar month to the fourth day of the new year."),
    ("Chợ hoa mở từ 23 tháng Chạp đến mùng 3 tháng Giêng.", "cs", "Květinový trh je otevřen od "
     "23. dne posledního lunárního měsíce do třetího dne nového roku.", "Květinový trh je "
     "otevřen od 24. dne posledního lunárního měsíce do třetího dne nového roku."),
    # Czech hours listed, the half of the day said once after the last
    ("Lễ hội bắn pháo hoa lúc 19 giờ, 21 giờ và 23 giờ.", "cs", "Ohňostroje budou v sedm, "
     "v devět a v jedenáct večer.", "Ohňostroje budou v sedm, v deset a v jedenáct večer."),
])
def test_round_thirteen_readers(vi: str, lang: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


@pytest.mark.parametrize(("vi", "lang", "target"), [
    # within one system a rescaled measure must be exact: `1,5 km` is no `1600 m`
    ("Cây cầu dài 1,5 km.", "cs", "Most je dlouhý 1600 metrů."),
    # a month is no number of days unless the days are whole months of thirty
    ("Thời hạn là 45 ngày.", "cs", "Lhůta je jeden měsíc."),
    ("Thời hạn là 30 ngày.", "en", "The deadline is two months."),
    # two lengths side by side are no sum: `místo měsíce dva měsíce` is not three months
    ("Thị thực được nâng từ 30 ngày lên 90 ngày.", "cs",
     "Vízum nyní platí místo měsíce dva měsíce."),
    # the letters C and F alone are a scale only in capitals: `8 f` is nothing
    ("Nhiệt độ lên 35 độ C.", "en", "Temperatures reached 35F."),
])
def test_round_thirteen_kept_errors(vi: str, lang: str, target: str) -> None:
    assert _errors(vi, target, lang)


def test_listed_czech_hours_take_the_half_of_the_day_said_after_the_last() -> None:
    vi = "Lễ hội bắn pháo hoa lúc 19 giờ, 21 giờ và 23 giờ."
    assert _errors(vi, "Ohňostroje budou v sedm, v devět a v jedenáct ráno.", "cs")


def test_a_czech_preposition_after_a_number_is_no_volt() -> None:
    """`V` counts as volts only in capitals: Czech `v` after a number is a preposition."""
    assert _errors("Có 110 người ở Praha.", "Bylo 110 lidí v Praze.", "cs") == []
    assert _errors("Đường dây 110 kV được bảo dưỡng.", "Vedení 110 kV je v údržbě.", "cs") == []


def test_a_month_day_is_not_cut_from_a_decimal() -> None:
    found = find_numbers("By the end of October 20.1 million people were insured.", "en")
    assert not any(t.kind == "day_month" for t in found)
    found = find_numbers("The meeting is on October 20.", "en")
    assert any(t.kind == "day_month" and t.day == 20 for t in found)
