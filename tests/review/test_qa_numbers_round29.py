"""Round twenty-nine of the numbers check (issue-13a29): false alarms found in unseen28 (and
unseen27, unseen14), each with its limits. A half after a scale word (`4 triệu rưỡi` = 4.5
million); a day and month followed by `năm` and the year (`12/8 năm 2027`, `(2/9) năm 2027`)
read as one dated day; a date's year the translation writes apart from its day and month
(`12. srpna … v roce 2027`); `dăm` (about five) said as five (`dăm cây số`, `dăm nghìn`,
`dăm bảy chục triệu` = 50-70 million), never `dăm gỗ` (wood chips); a loss written negative
(`lỗ âm 45 tỷ`) said by a loss word. Sentences written for these tests."""

from __future__ import annotations

import datetime

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.text.numbers import find_numbers
from translate.text.words_vi import vietnamese_numbers

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# 1. a half after a scale word
def test_a_half_after_a_scale_word_is_half_of_that_scale() -> None:
    vi = "Mỗi căn hộ được bán với giá 4 triệu rưỡi USD."
    assert _errors(vi, "Each flat sells for $4.5 million.", "en") == []
    assert _errors(vi, "Každý byt stojí 4,5 milionu dolarů.") == []


def test_a_half_after_a_scale_word_is_no_other_value() -> None:
    """The limits: the half dropped, or another value, is still an error."""
    vi = "Mỗi căn hộ được bán với giá 4 triệu rưỡi USD."
    assert _errors(vi, "Each flat sells for $4 million.", "en")
    assert _errors(vi, "Each flat sells for $5.5 million.", "en")
    assert _errors(vi, "Každý byt stojí 4,5 miliardy dolarů.")


# 2. a day and month with `năm` and the year
def test_a_day_month_with_nam_and_a_year_is_one_date() -> None:
    found = find_numbers("Lễ kỷ niệm 12/8 năm 2027 có 300 khách.", "vi")
    assert [(t.kind, t.value) for t in found][0] == ("date", datetime.date(2027, 8, 12))
    found = find_numbers("Nhân Ngày Hiến chương (2/9) năm 2027, trường trao 40 suất học bổng.",
                         "vi")
    assert found[0].value == datetime.date(2027, 9, 2)
    vi = "Lễ kỷ niệm 12/8 năm 2027 có 300 khách mời."
    assert _errors(vi, "Oslavy 12. srpna 2027 se zúčastní 300 hostů.") == []
    assert _errors(vi, "The celebration on August 12, 2027, will have 300 guests.", "en") == []
    assert _errors(vi, "Oslavy 12. září 2027 se zúčastní 300 hostů.")
    assert _errors(vi, "The celebration on August 12, 2028, will have 300 guests.", "en")


def test_a_common_fraction_before_nam_stays_a_fraction() -> None:
    """The limit: `1/2 năm 2027` (half of the year) or `3/4` is no date without a day word."""
    for text in ("Trong 1/2 năm 2027 có 12 dự án.", "Khoảng 3/4 năm 2027 đã trôi qua."):
        assert not any(t.is_date for t in find_numbers(text, "vi"))  # nor a day and month


# 3. a date's year said apart
def test_a_dates_year_said_apart_in_the_translation() -> None:
    vi = "Lễ hội pháo hoa ngày 12/8/2027 sẽ kéo dài 3 ngày."
    assert _errors(vi, "Ohňostrojový festival 12. srpna potrvá v roce 2027 tři dny.") == []
    assert _errors(vi, "The fireworks festival on August 12 will last three days in 2027.",
                   "en") == []


def test_a_year_said_apart_must_be_the_dates_year() -> None:
    """The limit: another year beside the day and month is still an added number."""
    vi = "Lễ hội pháo hoa ngày 12/8/2027 sẽ kéo dài 3 ngày."
    assert _errors(vi, "Ohňostrojový festival 12. srpna potrvá v roce 2028 tři dny.")
    assert _errors(vi, "The fireworks festival on August 12 will last three days in 2028.", "en")


def test_a_year_said_apart_is_no_count_of_years() -> None:
    """The limit (issue-13ntrex): the date's year followed by `years`, `lety` counts years; a
    year and a count of years swapped (`April 15, 114, 1912 years ago`) is still an error."""
    vi = "Ngày 15/4/1912, cách đây 114 năm, con tàu chìm ở Bắc Đại Tây Dương."
    assert _errors(vi, "On April 15, 1912, 114 years ago, the ship sank in the North Atlantic.",
                   "en") == []
    assert _errors(vi, "On April 15, the ship sank in the North Atlantic in 1912, 114 years ago.",
                   "en") == []
    assert _errors(vi, "Loď se 15. dubna potopila v severním Atlantiku v roce 1912, před 114 lety."
                   ) == []
    assert _errors(vi, "On April 15, 114, 1912 years ago, the ship sank in the North Atlantic.",
                   "en")
    assert _errors(vi, "Loď se 15. dubna 114 potopila v severním Atlantiku, před 1912 lety.")


# 4. `dăm`: about five
def test_dam_is_about_five_with_its_scale() -> None:
    assert [(w.text, w.value) for w in vietnamese_numbers("chạy dăm cây số mỗi sáng")] == [
        ("dăm", 5)]
    assert [(w.text, w.value) for w in vietnamese_numbers("có dăm nghìn người xem")] == [
        ("dăm nghìn", 5000)]
    assert [w.value for w in vietnamese_numbers("giá dăm bảy chục triệu đồng")] == [
        50_000_000, 70_000_000]
    assert _errors("Bà cụ vẫn đi bộ dăm cây số mỗi sáng.",
                   "The old woman still walks about five kilometres every morning.", "en") == []
    assert _errors("Mỗi chậu lan có giá dăm bảy chục triệu đồng.",
                   "Každá orchidej stojí padesát až sedmdesát milionů dongů.") == []
    assert _errors("Trận đấu thu hút dăm nghìn khán giả.",
                   "Zápas přilákal asi pět tisíc diváků.") == []


def test_dam_limits() -> None:
    """The limits: `dăm gỗ` (wood chips), `đá dăm` (crushed stone) are no numbers; `dăm` is
    never missed (a translator may say `a few`), and another value is still an error."""
    assert vietnamese_numbers("xuất khẩu 30.000 tấn dăm gỗ") == []
    assert vietnamese_numbers("rải đá dăm trên mặt đường") == []
    assert _errors("Bà cụ vẫn đi bộ dăm cây số mỗi sáng.",
                   "The old woman still walks a few kilometres every morning.", "en") == []
    assert _errors("Mỗi chậu lan có giá dăm bảy chục triệu đồng.",
                   "Každá orchidej stojí padesát až devadesát milionů dongů.")


# 5. a loss written negative, said by a loss word
def test_a_negative_loss_said_by_a_loss_word() -> None:
    vi = "Hợp tác xã báo lỗ âm 45 tỷ đồng trong năm."
    assert _errors(vi, "Družstvo za rok vykázalo ztrátu 45 miliard dongů.") == []
    assert _errors(vi, "The cooperative posted a loss of VND45 billion for the year.", "en") == []


def test_a_negative_loss_limits() -> None:
    """The limits: a profit word, another value, or `âm` with no loss word before it."""
    vi = "Hợp tác xã báo lỗ âm 45 tỷ đồng trong năm."
    assert _errors(vi, "Družstvo za rok vykázalo zisk 45 miliard dongů.")
    assert _errors(vi, "The cooperative posted a profit of VND45 billion for the year.", "en")
    assert _errors(vi, "The cooperative posted a loss of VND54 billion for the year.", "en")
    assert _errors("Nhiệt độ xuống âm 4 độ C, hợp tác xã thua lỗ.",
                   "The temperature fell to 4C and the cooperative made a loss.", "en")
