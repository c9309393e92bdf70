"""Round sixteen of the numbers check (issue 13): conversions the translator adds in brackets
(checked against the measure before them), a dollar price after `, about`, temperatures below
zero in Fahrenheit, a weekday written beside a date (`weekdaydates`), `1/1` in a story of late
November read in the next year, a Czech range sharing its percent word, a share the source
says twice (`2/3, tức 66%`) and `100%` said as all or none (`numshares`)."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)  # a Sunday: 2/12/2026 a Wednesday, 1/1/2027 a Friday


def _errors(vi: str, target: str, lang: str,
            reference: datetime.date | None = ARTICLE) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=reference)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# Sentences written for these tests (not taken from any evaluation set): (source, language,
# a right rendering, a wrong one)
@pytest.mark.parametrize(("vi", "lang", "right", "wrong"), [
    # a conversion in brackets after the measure it converts, each end of a range
    ("Gió giật 100-120 km/giờ.", "en", "Gusts of 100-120km/h (62-75mph).",
     "Gusts of 100-120km/h (52-65mph)."),
    ("Nhiệt độ lên tới 35 độ C.", "en", "Temperatures reached 35C (95F).",
     "Temperatures reached 35C (105F)."),
    ("Hồ chứa 2 triệu lít nước.", "en", "The tank holds 2 million litres (528,000 gallons).",
     "The tank holds 2 million litres (828,000 gallons)."),
    ("Tòa nhà cao 30 m.", "en", "The building is 30 metres (98 feet) tall.",
     "The building is 30 metres (130 feet) tall."),
    # a value in brackets in the measure's own unit converts nothing
    ("Gió giật 100-120 km/giờ.", "en", "Gusts of 100-120km/h (62-75mph).",
     "Gusts of 100-120km/h (62-75km/h)."),
    # below zero in Fahrenheit
    ("Nhiệt độ xuống -5 độ C.", "en", "The temperature fell to 23F.",
     "The temperature fell to 41F."),
    # a weekday beside a date must be the date's (2/12/2026 is a Wednesday)
    ("Từ nay đến hết ngày 2/12, trời rét.", "cs", "Do středy 2. prosince bude zima.",
     "Do čtvrtka 2. prosince bude zima."),
    ("Hội nghị diễn ra từ ngày 7 đến 9/12.", "cs",
     "Konference se koná od pondělí 7. do středy 9. prosince.",
     "Konference se koná od neděle 7. do středy 9. prosince."),
    ("Trận đấu diễn ra tối 6/12.", "en", "The match is on the evening of Sunday, December 6.",
     "The match is on the evening of Saturday, December 6."),
    # a share said twice in the source, once in the translation
    ("Khoảng 3/4 số hộ có điện, tức khoảng 75%.", "cs",
     "Elektřinu má zhruba tři čtvrtiny domácností.",
     "Elektřinu má zhruba dvě třetiny domácností."),
    ("Nữ giới chiếm 20%, hay 1/5 lực lượng.", "en", "Women make up a fifth of the force.",
     "Women make up a quarter of the force."),
    # 100% said as all or none
    ("100% học sinh được tiêm vắc xin.", "en", "All pupils were vaccinated.",
     "Some 90% of pupils were vaccinated."),
    ("100% số ca tử vong chưa tiêm phòng.", "cs", "Nikdo ze zemřelých nebyl očkován.",
     "Polovina zemřelých nebyla očkována."),
])
def test_right_and_wrong(vi: str, lang: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_a_dollar_price_after_about() -> None:
    """`, about $1,200` after a price in dong is a conversion; `, about 1,200 people` is not."""
    vi = "Giá vé là 30 triệu đồng."
    assert _errors(vi, "Tickets cost VND30 million, about $1,200.", "en") == []
    assert _errors(vi, "Tickets cost VND30 million, about 1,200 people.", "en")


def test_new_year_day_in_late_november_is_next_years() -> None:
    """In a story of 29 November 2026, `1/1` is 1 January 2027, a Friday."""
    vi = "Kỳ nghỉ Tết Dương lịch bắt đầu từ 1/1."
    assert _errors(vi, "The New Year holiday starts on Friday.", "en") == []
    assert _errors(vi, "The New Year holiday starts on Thursday.", "en")


def test_weekday_beside_a_date_limits() -> None:
    """Nothing is judged without a year or an article date; a date's own year wins; a source
    that names weekdays itself is left to the weekday check."""
    vi = "Trận đấu diễn ra tối 6/12."
    wrong = "The match is on the evening of Saturday, December 6."
    assert _errors(vi, wrong, "en", reference=None) == []
    assert _errors("Trận đấu diễn ra tối 6/12/2025.",
                   "The match is on the evening of Saturday, December 6, 2025.", "en") == []
    assert _errors("Trận đấu diễn ra tối thứ Bảy (6/12).",
                   "The match is on the evening of Saturday, December 6.", "en") == []


def test_czech_range_shares_its_percent_word() -> None:
    """`z 6,5 na šest procent`: the first end takes the percent word; a year does not."""
    vi = "Lãi suất giảm từ 6,5% xuống 6%."
    assert _errors(vi, "Úrok klesl z 6,5 na šest procent.", "cs") == []
    assert _errors(vi, "Úrok klesl z 7,5 na šest procent.", "cs")
    assert _errors("Mục tiêu là 2% vào năm 2030.", "Cílem jsou do roku 2030 dvě procenta.",
                   "cs") == []


def test_a_restated_share_must_agree() -> None:
    """`2/3` and `40%` are two values, not one said twice: the missing one is reported."""
    vi = "Khoảng 2/3 số hộ có điện, tức khoảng 40%."
    assert _errors(vi, "Elektřinu mají zhruba dvě třetiny domácností.", "cs")


def test_a_conversion_cut_after_more_than() -> None:
    """`hơn 16.000 km2` (6,178 square miles) may be `more than 6,100 square miles`: cut at the
    written digit after `more than`; not without it, and not cut further."""
    vi = "Vùng này rộng hơn 16.000 km2."
    assert _errors(vi, "The region covers more than 6,100 square miles.", "en") == []
    assert _errors(vi, "The region covers more than 5,900 square miles.", "en")
    assert _errors(vi, "The region covers 6,100 square miles.", "en")


def test_a_date_range_given_as_two_weekdays() -> None:
    """`Từ ngày 1/12 đến 3/12` (a Tuesday and a Thursday): the second date, read bare, is
    judged by its weekday too."""
    vi = "Từ ngày 1/12 đến 3/12, trời mưa."
    assert _errors(vi, "From Tuesday to Thursday it will rain.", "en") == []
    assert _errors(vi, "Od úterý do čtvrtka bude pršet.", "cs") == []
    assert _errors(vi, "From Tuesday to Friday it will rain.", "en")
