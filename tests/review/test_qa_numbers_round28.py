"""Round twenty-eight of the numbers check (issue-13a28): misses found in unseen27 and in own
batch b61, each with its limits. A Czech decimal point before a scale word or a percent
(`12.4 miliardy`, `31.5 %`); a rate period (`a month`) the source names nowhere; a floor area
said as a length (`100 m2` → `100 metres`); hectolitres for litres; a part of the day before a
Czech date (`do odpoledne 29. listopadu`) and `bữa trưa` (lunch) being no part of the day;
relative years said as another (`năm ngoái` → `předloni`, `năm nay` → `next year`); a year
added to a date the source gives without one, far from the article's date. Sentences written
for these tests."""

from __future__ import annotations

import datetime

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# 1. a Czech decimal point before a scale word or a percent
def test_a_czech_decimal_point_before_a_scale_word_or_percent() -> None:
    vi = "Doanh thu du lịch đạt 7,3 tỷ USD, chiếm 4,6% GDP."
    assert _errors(vi, "Příjmy z cestovního ruchu dosáhly 7,3 miliardy USD, tedy 4,6 % HDP.") == []
    assert _errors(vi, "Příjmy z cestovního ruchu dosáhly 7.3 miliardy USD, tedy 4,6 % HDP.")
    assert _errors(vi, "Příjmy z cestovního ruchu dosáhly 7,3 miliardy USD, tedy 4.6 % HDP.")
    assert _errors(vi, "Příjmy dosáhly 7,3 miliardy USD, tedy 4.6 procenta HDP.")


def test_a_czech_dotted_time_or_date_is_no_decimal_point() -> None:
    """The limits: a time (`ve 14.35`), a date (`12.4.`) or English keep their dots."""
    assert _errors("Tàu rời ga lúc 14 giờ 35.", "Vlak odjel ve 14.35.") == []
    assert _errors("Doanh thu đạt 7,3 tỷ USD.", "Revenue reached $7.3 billion.", "en") == []
    assert _errors("Hội chợ khai mạc ngày 12/4 với 1,5 triệu lượt khách.",
                   "Veletrh začal 12.4. a navštívilo ho 1,5 milionu lidí.") == []


# 2. a rate period the source names nowhere
def test_a_period_the_source_never_names_is_added() -> None:
    vi = "Nhà máy xử lý khoảng 3,5 triệu m3 nước thải."
    assert _errors(vi, "The plant treats about 3.5 million cubic metres of waste water.",
                   "en") == []
    assert _errors(vi, "The plant treats about 3.5 million cubic metres of waste water a month.",
                   "en")
    assert _errors(vi, "The plant treats about 3.5 million cubic metres a day after the upgrade.",
                   "en")
    assert _errors(vi, "Čistírna zpracuje měsíčně asi 3,5 milionu metrů krychlových.")
    # the limit: a period the source makes by a count (`12 tháng` a year, `7 ngày` a week)
    assert _errors("Mỗi thang máy chở 1.000 lượt người và được kiểm định 12 tháng một lần.",
                   "Each lift carries 1,000 people and is checked once a year.", "en") == []
    assert _errors("Giá được điều chỉnh 7 ngày một lần.", "Ceny se mění jednou týdně.") == []


def test_a_period_the_source_names_somewhere_is_no_addition() -> None:
    """The limits: a source word for the period anywhere (`tháng 10`, `2 tuần`) lets the
    translation say it; `a month later` is a time, no rate."""
    assert _errors("Trong tháng 10, nhà máy xử lý khoảng 3,5 triệu m3 nước thải.",
                   "The plant treated about 3.5 million cubic metres of waste water a month "
                   "in October.", "en") == []
    assert _errors("Nhà máy xử lý 3,5 triệu m3 nước thải sau khi nâng cấp.",
                   "The plant treated 3.5 million cubic metres a year later, after its upgrade.",
                   "en") == []


# 3. units: an area said as a length, hectolitres
def test_a_floor_area_said_as_a_length() -> None:
    vi = "Mỗi căn hộ rộng 65 m2."
    assert _errors(vi, "Each flat has 65 square metres.", "en") == []
    assert _errors(vi, "Každý byt má 65 metrů čtverečních.") == []
    assert _errors(vi, "Each flat measures 65 metres.", "en")
    assert _errors("Khu đất rộng 3 km2.", "The site covers 3 kilometres.", "en")
    # the limit: the square said once in the sentence covers a second area said as metres
    assert _errors("Mỗi người có 0,5 m2 cây xanh, chuẩn là 7 m2.",
                   "Na obyvatele připadá 0,5 metru čtverečního zeleně, norma je sedm metrů.") == []
    # the limit: another size of the other dimension is no such slip (hectares, metres)
    assert not any("metres" in m for m in _errors("Khu đất rộng 3 ha.", "The site covers "
                                                  "3 hectares.", "en"))


def test_hectolitres_are_no_litres() -> None:
    vi = "Nhà máy sản xuất 40 triệu lít bia mỗi năm."
    assert _errors(vi, "Pivovar ročně vyrobí 40 milionů litrů piva.") == []
    assert _errors(vi, "Pivovar ročně vyrobí 40 milionů hektolitrů piva.")
    # the limit: hectolitres said as the same amount in litres are the same amount
    assert _errors("Nhà máy sản xuất 400 hl bia mỗi năm.",
                   "Pivovar ročně vyrobí 40 000 litrů piva.") == []


# 4. a part of the day before a Czech date; a lunch is no part of the day
def test_a_part_of_the_day_before_a_czech_date() -> None:
    vi = "Đến chiều 18/12, 40 người đã xuất viện."
    assert _errors(vi, "Do odpoledne 18. prosince bylo propuštěno 40 lidí.") == []
    assert _errors(vi, "Do rána 18. prosince bylo propuštěno 40 lidí.")
    assert _errors(vi, "Do večera 18. prosince bylo propuštěno 40 lidí.")


def test_a_lunch_is_no_part_of_the_day() -> None:
    """`bữa trưa 15/12` (lunch on December 15) names no noon that would excuse a morning."""
    vi = "Sau bữa trưa 15/12, đến chiều 18/12 có 40 người đã xuất viện."
    assert _errors(vi, "Po obědě 15. prosince bylo do odpoledne 18. prosince propuštěno "
                       "40 lidí.") == []
    assert _errors(vi, "Po obědě 15. prosince bylo do rána 18. prosince propuštěno 40 lidí.")
    # the limit: `trưa 15/12` alone is noon, which goes with the morning
    assert _errors("Đến trưa 18/12, 40 người đã xuất viện.",
                   "Do rána 18. prosince bylo propuštěno 40 lidí.") == []


# 5. relative years said as another
def test_relative_years_said_as_another() -> None:
    vi = "Năm ngoái huyện trồng 120 ha rừng, năm nay dự kiến 150 ha."
    assert _errors(vi, "Loni okres osázel 120 hektarů lesa, letos jich má být 150.") == []
    assert _errors(vi, "Last year the district planted 120 hectares of forest; 150 are planned "
                       "this year.", "en") == []
    assert _errors(vi, "Předloni okres osázel 120 hektarů lesa, letos jich má být 150.")
    assert _errors(vi, "Last year the district planted 120 hectares of forest; 150 are planned "
                       "next year.", "en")
    assert _errors(vi, "The year before last the district planted 120 hectares of forest; 150 "
                       "are planned this year.", "en")


def test_relative_years_beside_a_year_number_or_a_count_are_not_judged() -> None:
    """The limits: with a year number, `cùng kỳ` or a count of years in the source the
    translation's relative words may stand for any of them."""
    assert _errors("Năm nay huyện trồng 150 ha rừng, tăng 30 ha so với cùng kỳ.",
                   "This year the district planted 150 hectares, 30 more than the year before "
                   "last.", "en") == []
    assert _errors("Năm qua huyện trồng 150 ha rừng.",
                   "This year the district planted 150 hectares of forest.", "en") == []
    # this year and last year are what a change implies: a translator may add either
    assert _errors("Năm nay huyện dự kiến trồng 150 ha rừng, tăng 20%.",
                   "Letos má okres osázet 150 hektarů lesa, o 20 % víc než loni.") == []


# 6. a year added to a date the source gives without one
def test_a_year_far_from_the_article_added_to_a_date() -> None:
    vi = "Cây cầu sẽ thông xe ngày 15/5."
    assert _errors(vi, "The bridge will open on May 15.", "en") == []
    assert _errors(vi, "The bridge will open on May 15, 2027.", "en") == []
    assert _errors(vi, "Most bude otevřen 15. května 2026.") == []
    assert _errors(vi, "The bridge will open on May 15, 2025.", "en")
    assert _errors(vi, "Most bude otevřen 15. května 2029.")


def test_a_year_the_source_names_elsewhere_may_be_added() -> None:
    """The limit: the year written anywhere in the source (`năm 2024`) is the source's."""
    assert _errors("Năm 2024, cây cầu thông xe ngày 15/5 sau 3 năm xây dựng.",
                   "In 2024 the bridge opened on May 15, 2024, after three years of work.",
                   "en") == []


# 7. a Czech dotted time that ends the sentence (`ve 14.35.`)
def test_a_dotted_time_at_a_sentence_end_is_read() -> None:
    from translate.text.numbers import find_numbers

    assert [t.text for t in find_numbers("Trajekt odplul ve 14.35.", "cs")] == ["14.35"]
    assert [t.text for t in find_numbers("Trajekt odplul ve 14.35 a vrátil se.", "cs")] == [
        "14.35"]
    # the limits: a valid day and month stays a date; an English text is untouched
    assert [t.kind for t in find_numbers("Stalo se to 14.3.", "cs")] == ["day_month"]
    assert [t.text for t in find_numbers("It left at 2.35.", "en")] == ["2.35"]


def test_a_dotted_time_at_a_sentence_end_is_checked() -> None:
    vi = "Chuyến tàu cuối rời ga lúc 22 giờ 40."
    assert _errors(vi, "Poslední vlak odjel ve 22.40.") == []
    assert _errors(vi, "Poslední vlak odjel ve 22.50.")
    assert _errors(vi, "Poslední vlak odjel ve 21.40.")
