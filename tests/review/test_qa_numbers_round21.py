"""Round twenty-one of the numbers check (issue-13a21), false alarms as classes: an English
`may` (the verb) after a number is no month, `five to six years` is a range of a counted noun and
no clock time (`five to six` = 5:55), and `hằng tháng 1,2 triệu` (1.2 million a month) is an
amount, not January. Each with its limit: the readings they narrow still work. Sentences written
for these tests (the article's day is Sunday 29 November 2026)."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.times import find_times
from translate.text.numbers import find_numbers

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # `may` after a number is a verb: the numbers stay numbers and are compared
    ("Người từ 16 đến 21 tuổi có thể đăng ký tham gia chương trình.",
     "People aged 16 to 21 may apply to join the programme.",
     "People aged 16 to 24 may apply to join the programme.", "en"),
    # a range of years said in words is a count, not a quarter to the hour
    ("Mỗi cây cao su sau 6-7 năm mới cho mủ.",
     "A rubber tree gives latex only after six to seven years.",
     "A rubber tree gives latex only after five to seven years.", "en"),
    # an amount after `hằng tháng` is no month
    ("Người cao tuổi được hỗ trợ hằng tháng 1,5 triệu đồng.",
     "Elderly people receive VND1.5 million a month in support.",
     "Elderly people receive VND2.5 million a month in support.", "en"),
    ("Người cao tuổi được hỗ trợ hằng tháng 1,5 triệu đồng.",
     "Senioři dostávají měsíční příspěvek 1,5 milionu dongů.",
     "Senioři dostávají měsíční příspěvek 1,8 milionu dongů.", "cs"),
])
def test_right_passes_wrong_is_caught(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_may_the_month_is_still_a_date() -> None:
    """Limit: a capitalised `May` after a day stays a date, and a changed one is caught."""
    tokens = find_numbers("The fair opens on 27 May in Hanoi.", "en")
    assert [(t.text, t.kind) for t in tokens] == [("27 May", "day_month")]
    assert _errors("Hội chợ khai mạc ngày 27/5 tại Hà Nội.",
                   "The fair opens on 27 June in Hanoi.", "en")


def test_clock_words_to_the_hour_still_read() -> None:
    """Limit: `ten to six in the morning` and `a quarter to five` stay clock times; only a
    counted noun or a percentage after the hour word makes a range of it."""
    assert [(t.hour, t.minute) for t in find_times("at ten to six in the morning", "en")] == [
        (5, 50)]
    assert [(t.hour, t.minute) for t in find_times("at a quarter to five", "en")] == [(4, 45)]
    assert find_times("a rise of five to six per cent", "en") == []
    assert find_times("for five to six months", "en") == []


def test_a_month_by_its_number_still_reads() -> None:
    """Limit: `tháng 6,` (June, then a comma and a space) and `tháng 8/2026` stay months."""
    assert [t.kind for t in find_numbers("Trong tháng 6, giá tăng mạnh.", "vi")] == [
        "month_only"]
    assert [t.kind for t in find_numbers("hằng tháng 1,2 triệu đồng", "vi")] == ["decimal"]
    assert _errors("Giá xăng tăng trong tháng 6.", "Petrol prices rose in July.", "en")


@pytest.mark.parametrize("target, errors", [
    ("He finished 2nd in the race.", 0),  # a rank after the digits
    ("He finished as No. 2 in the race.", 0),  # a rank before them
    ("He finished 2 in the race.", 1),  # a bare 2 is no rank
])
def test_rank_in_words_said_by_a_rank_in_digits(target, errors):
    assert len(_errors("Anh ấy về thứ nhì trong cuộc đua.", target, "en")) == errors
