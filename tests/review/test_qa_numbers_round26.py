"""Round twenty-six of the numbers check (issue-13a26): classes found in unseen25, each with
its limits. False alarms: a count of months before an amount with thousands (`9 tháng 11.200
tỷ`) read as the date 9 November, and a short amount after a year word in the translation
(`od začátku roku 173 stížností`, `lunárního roku 30 až 35 %`, a sentence-initial `In 13
years`) taken for a misplaced year. Sentences written for these tests."""

from __future__ import annotations

import datetime

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.text.numbers import find_numbers

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# 1. `6 tháng 12.500 tỷ`: six months, then an amount, no date
def test_months_before_an_amount_with_thousands_are_no_date() -> None:
    vi = "Tập đoàn báo doanh thu 6 tháng 12.500 tỷ đồng, tăng 8%."
    assert _errors(vi, "Skupina za šest měsíců vykázala tržby 12,5 bilionu dongů, o 8 % víc.") == []
    assert _errors(vi, "The group reported six-month revenue of VND12.5 trillion, up 8%.",
                   "en") == []
    assert _errors(vi, "Skupina za šest měsíců vykázala tržby 12,5 miliardy dongů, o 8 % víc.")
    assert _errors(vi, "The group reported seven-month revenue of VND12.5 trillion, up 8%.", "en")


def test_months_before_a_decimal_amount_are_no_date() -> None:
    vi = "Công ty trả 3 tháng 1,5 triệu đồng."
    assert _errors(vi, "Firma platí za tři měsíce 1,5 milionu dongů.") == []
    assert _errors(vi, "Firma platí za čtyři měsíce 1,5 milionu dongů.")


def test_a_day_and_month_stay_a_date() -> None:
    """The limits: a date with its year after a comma, or ending a sentence, is still a date,
    and a changed month is still caught."""
    assert _errors("Hội nghị diễn ra ngày 9 tháng 11, 2026.",
                   "Konference se konala 9. listopadu 2026.") == []
    assert _errors("Hội nghị diễn ra ngày 9 tháng 11.", "Konference se konala 9. listopadu.") == []
    assert _errors("Hội nghị diễn ra ngày 9 tháng 11.", "Konference se konala 9. října.")
    kinds = [n.kind for n in find_numbers("ngày 9 tháng 11.", "vi")]
    assert kinds and kinds[0] != "number"


# 2. a short amount after a year word: no misplaced year
def test_a_count_after_the_start_of_the_year_is_no_year() -> None:
    vi = "Từ đầu năm, cơ quan nhận 214 đơn khiếu nại."
    assert _errors(vi, "Úřad přijal od začátku roku 214 stížností.") == []
    assert _errors(vi, "Úřad přijal od začátku roku 241 stížností.")


def test_a_percent_range_after_a_year_word_is_no_year() -> None:
    vi = "Các hãng thường bán 20–25% sản lượng trong quý IV và tháng Giêng âm lịch."
    assert _errors(vi, "Firmy prodají ve čtvrtém čtvrtletí a prvním měsíci lunárního roku 20 až "
                       "25 % produkce.") == []


def test_a_sentence_opening_in_with_years_is_no_year() -> None:
    vi = "Sau 12 năm hoạt động, nhà máy đã sản xuất 5 triệu tấn."
    assert _errors(vi, "In 12 years of operation the plant has made 5 million tonnes.",
                   "en") == []
    assert _errors(vi, "In 15 years of operation the plant has made 5 million tonnes.", "en")


def test_a_year_traded_with_a_count_is_still_caught() -> None:
    """The limit: where the source's year stands elsewhere in the translation, a short number
    after the year word is still a misplaced year, whatever follows it."""
    vi = "Năm 2019, nhà máy có 63 công nhân."
    assert any("follows" in m for m in _errors(vi, "Roku 63 měla továrna 2019 zaměstnanců."))
    assert any("follows" in m for m in _errors(vi, "V roce 63 měla továrna 2019 zaměstnanců."))
