"""Round fifteen of the numbers check (issue 13): dates and years the translation says from the
article's date (`CheckSettings.reference_date`): a bare day/month (`Tối qua (28/11)`) given as
its weekday, a date's year left out when it is the article's, a year said as `loni`/`next
year`, a date said as `yesterday`/`zítra`, two dates as `this weekend`, Czech weekdays in the
genitive and as adjectives; and the next set (`unseen61` since round fifty-six) held out."""

from __future__ import annotations

import datetime
import runpy
import sys
from pathlib import Path

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)  # a Sunday: 28/11/2026 a Saturday, 1/12/2026 a Tuesday


def _errors(vi: str, target: str, lang: str,
            reference: datetime.date | None = ARTICLE) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=reference)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# Sentences written for these tests (not taken from any evaluation set): (source, language,
# a right rendering, a wrong one)
@pytest.mark.parametrize(("vi", "lang", "right", "wrong"), [
    # a bare day/month in brackets after its day word, given as its weekday
    ("Tối qua (28/11), nhà hát tổ chức buổi diễn thứ 100.", "cs",
     "Divadlo v sobotu večer uvedlo sté představení.",
     "Divadlo v pátek večer uvedlo sté představení."),
    ("Tối qua (28/11), nhà hát tổ chức buổi diễn thứ 100.", "en",
     "The theatre staged its 100th performance on Saturday night.",
     "The theatre staged its 100th performance on Friday night."),
    # after a word that introduces the day; a Czech weekday in the genitive
    ("Từ 1/12, giá điện tăng 4,8%.", "cs", "Od úterka zdraží elektřina o 4,8 %.",
     "Od pátku zdraží elektřina o 4,8 %."),
    # a Czech weekday as an adjective, in any case
    ("Chiều 28/11, hàng nghìn người xuống phố.", "cs",
     "Během sobotního odpoledne vyšly do ulic tisíce lidí.",
     "Během nedělního odpoledne vyšly do ulic tisíce lidí."),
    # a date said by its distance from the article's day
    ("Tối 28/11, bão số 14 đổ bộ vào Khánh Hòa.", "en",
     "Storm No. 14 made landfall in Khanh Hoa last night.",
     "Storm No. 14 made landfall in Khanh Hoa tomorrow night."),
    ("Sáng 30/11, trường học đóng cửa.", "cs", "Školy budou zítra dopoledne zavřené.",
     "Školy byly včera dopoledne zavřené."),
    # two dates said as this weekend: the Saturday and Sunday of the article's week
    ("Hai ngày 28 và 29/11, chợ phiên mở cửa tại 12 quận.", "en",
     "The market is open in 12 districts this weekend.",
     "The market is open in 11 districts this weekend."),
    # a date's year left out when it is the article's year
    ("Lễ khai mạc diễn ra ngày 15/8/2026.", "cs", "Slavnostní zahájení se konalo 15. srpna.",
     "Slavnostní zahájení se konalo 16. srpna."),
    ("Nhà máy bắt đầu hoạt động từ tháng 3/2026.", "en", "The plant started operating in March.",
     "The plant started operating in May."),
    # a year said by its distance from the article's: last year, next year
    ("Xuất khẩu gạo tăng 12% so với năm 2025.", "cs", "Vývoz rýže vzrostl o 12 % proti loňsku.",
     "Vývoz rýže vzrostl o 12 % proti předloňsku."),
    ("Dự án hoàn thành vào năm 2027.", "en", "The project will be finished next year.",
     "The project was finished last year."),
])
def test_dates_said_from_the_articles_date(vi: str, lang: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_a_wrong_weekday_for_a_bare_date_is_named() -> None:
    assert _errors("Sáng mai (30/11), phiên họp bắt đầu.", "Zasedání začne v úterý ráno.",
                   "cs") == ["'30/11' is given as 'úterý' in the translation, but 2026-11-30 "
                             "is a Monday: a wrong weekday for the date"]


def test_without_the_articles_date_nothing_is_assumed() -> None:
    """No reference date: a left-out year, `loni` and a bare date stay errors."""
    assert _errors("Lễ khai mạc diễn ra ngày 15/8/2026.", "Zahájení se konalo 15. srpna.",
                   "cs", None)
    assert _errors("Xuất khẩu tăng 12% so với năm 2025.", "Vývoz vzrostl o 12 % proti loňsku.",
                   "cs", None)
    assert _errors("Tối qua (28/11), đội thắng 2-0.", "Tým v sobotu večer vyhrál 2:0.", "cs",
                   None)


def test_limits_of_the_readings() -> None:
    """A year not the article's is not left out; a weekend that is not Saturday and Sunday;
    a bare date with no weekday or day word keeps its two numbers (no date is guessed); a bare
    date whose number is also elsewhere in both texts is not read (the pairing's guess)."""
    assert _errors("Lễ khai mạc diễn ra ngày 15/8/2024.", "Zahájení se konalo 15. srpna.", "cs")
    assert _errors("Hai ngày 27 và 28/11, chợ phiên mở cửa.", "The market is open this weekend.",
                   "en")
    assert _errors("Phiên 27/11, giá vàng tăng.", "Cena zlata stoupla.", "cs") == [
        "'27' is missing from the translation", "'11' is missing from the translation"]
    assert _errors("Tối qua (28/11), mưa 10-28 mm.", "V sobotu večer napršelo 10 až 28 mm.",
                   "cs")


def test_a_unit_after_a_bare_date_is_still_checked() -> None:
    """The date accepted by its weekday does not hide a changed unit in the same sentence."""
    vi = "Tối qua (28/11), Huế có mưa 150 mm."
    assert _errors(vi, "V sobotu večer napršelo v Hue 150 mm.", "cs") == []
    assert _errors(vi, "V sobotu večer napršelo v Hue 150 cm.", "cs")


def test_the_next_set_is_held_out(tmp_path) -> None:
    """While its files are missing the bench says so in one line naming them, exit 1."""
    script = str(Path(__file__).resolve().parents[2] / "bench" / "qa_numbers_unseen.py")
    argv = sys.argv
    try:
        sys.argv = ["qa_numbers_unseen.py", "--split", "unseen61", "--data", str(tmp_path)]
        with pytest.raises(SystemExit) as stop:
            runpy.run_path(script, run_name="__main__")
    finally:
        sys.argv = argv
    message = str(stop.value)
    assert message.startswith("error: ") and "\n" not in message
    assert "numbers_clean_unseen61.jsonl" in message and "unseen61 is held out" in message


def test_wednesday_before_a_time_or_part_of_the_day() -> None:
    """`ve středu` followed by `od`, `kolem` or a part of the day is the weekday (2/12/2026 is
    a Wednesday); followed by a noun it stays the centre and judges nothing."""
    vi = "Trận đấu diễn ra lúc 18h ngày 2/12."
    assert _errors(vi, "Zápas se hraje ve středu od 18.00.", "cs") == []
    assert _errors(vi, "Zápas se hraje ve čtvrtek od 18.00.", "cs")
    assert _errors("Chiều 2/12, mưa lớn.", "Ve středu odpoledne hodně pršelo.", "cs") == []
    assert _errors("Chiều 2/12, mưa lớn.", "Ve středu města hodně pršelo.", "cs")


@pytest.mark.parametrize(("lang", "right", "wrong"), [
    ("cs", "Veletrh se bude konat 14. a 15. března 2027 v Da Nangu.",
     "Veletrh se bude konat 13. a 15. března 2027 v Da Nangu."),
    ("en", "The fair will be held in Da Nang on March 14-15, 2027.",
     "The fair will be held in Da Nang on March 13-15, 2027."),
    ("en", "The fair will be held in Da Nang on March 14 and 15, 2027.",
     "The fair will be held in Da Nang on April 14 and 15, 2027."),
])
def test_two_days_of_one_month(lang: str, right: str, wrong: str) -> None:
    """`14 và 15/3/2027`: the first day, a bare number in the source, is the translation's
    day of the same month (`March 14-15`, `14. a 15. března`); no reference date needed."""
    vi = "Hội chợ diễn ra trong hai ngày 14 và 15/3/2027 tại Đà Nẵng."
    assert _errors(vi, right, lang, None) == []
    assert _errors(vi, wrong, lang, None)
