"""Round seventeen of the numbers check (issue-13a17): a conversion in brackets checked at its
rate is the translator's even where the pair lacks another number (a date said as a weekday),
and pounds (`lb`) are a unit a conversion is written in. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


@pytest.mark.parametrize(("vi", "right", "wrong"), [
    # pounds after kilograms
    ("Con lợn nặng 250 kg.", "The pig weighed 250 kg (550 lb).",
     "The pig weighed 250 kg (950 lb)."),
    # a conversion beside a date the translation says as a weekday (2/12/2026 a Wednesday)
    ("Sáng thứ Tư (2/12), nhiệt độ có thể xuống 10-12°C.",
     "On Wednesday morning temperatures may drop to 10-12C (50-54F).",
     "On Wednesday morning temperatures may drop to 10-12C (40-54F)."),
    ("Chiều thứ Tư (2/12), con cá nặng 30 kg được đưa vào bờ.",
     "On Wednesday afternoon a 30 kg (66 lb) fish was landed.",
     "On Wednesday afternoon a 30 kg (30 lb) fish was landed."),
])
def test_a_conversion_at_its_rate(vi: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, "en") == []
    assert _errors(vi, wrong, "en")


def test_limits_of_the_conversion() -> None:
    """A number in brackets without a unit, or a price whose rate is unknown, is not excused
    before the weaker explanations; a changed measure before the brackets is still caught."""
    vi = "Sáng thứ Tư (2/12), 40 gia đình nhận quà."
    assert _errors(vi, "On Wednesday morning 40 families (120 people) received gifts.", "en")
    assert _errors("Sáng thứ Tư (2/12), con cá nặng 30 kg.",
                   "On Wednesday morning a 35 kg (77 lb) fish was landed.", "en")


@pytest.mark.parametrize(("vi", "lang", "right", "wrong"), [
    # a fall said as a rise, before or after the value
    ("Số vụ tai nạn là 312, giảm 6,4% so với năm trước.", "en",
     "There were 312 accidents, down 6.4% on the year before.",
     "There were 312 accidents, up 6.4% on the year before."),
    ("Giá thuê vẫn thấp hơn khoảng 12% so với năm 2019.", "en",
     "Rents are still about 12% below 2019 levels.",
     "Rents are still about 12% above 2019 levels."),
    ("Sản lượng điện giảm 7%.", "cs", "Výroba elektřiny klesla o 7 %.",
     "Výroba elektřiny byla o 7 % vyšší."),
    # a percentage said as percentage points
    ("Doanh thu du lịch tăng 11,2%.", "en", "Tourism revenue rose 11.2%.",
     "Tourism revenue rose 11.2 percentage points."),
])
def test_a_percentage_change_keeps_its_direction(vi: str, lang: str, right: str,
                                                 wrong: str) -> None:
    assert _errors(vi, right, lang) == []
    assert any("rise" in e or "fall" in e or "percentage in the source" in e
               for e in _errors(vi, wrong, lang))


def test_limits_of_the_direction() -> None:
    """A comparative after a comma compares with something else; a word later in the clause
    (`in less than a month`) is not the change's; a rate's change may be said in points."""
    vi = "Lạm phát 10 tháng tăng 3,4%, thấp hơn mục tiêu 4,5%."
    assert _errors(vi, "Inflation over ten months was 3.4%, below the 4.5% target.", "en") == []
    assert _errors("Chỉ sau 2 tuần, giá thép đã tăng 15%.",
                   "Steel prices have risen 15% in less than two weeks.", "en") == []
    assert _errors("Ngân hàng giảm 1% lãi suất cho vay.",
                   "The bank cut its lending rate by 1 percentage point.", "en") == []
