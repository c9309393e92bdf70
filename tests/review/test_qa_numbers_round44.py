"""Round forty-four of the numbers check (issue-13a44): classes found in unseen45.
A from–to change whose first end is a weak number word (`from one week to four`); a span of
years or a band of percentages written with a dash and turned round (`2031–2026`, `12–10 %`);
a fraction (`1/3`) whose digits come back joined as a percentage (`13%`); a surplus said as a
deficit (and the other way round); a Czech part of the day before a date without a
preposition (`dopoledne 3. prosince`); `půldruhakrát` (one and a half times); a share over
100 % of a whole said as a multiple in words (`300% lương` ~ `trojnásobek mzdy`); a level
written negative said below a datum; a quarter compared with the same quarter a year before
said `year on year`; a whole year said as one of its quarters (`năm 2027` → `Q2 2027`);
an amount for each said as the total (`mỗi suất` → `in total`). The article is of Sunday,
November 29, 2026. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. a weak number word starting a from–to change
def test_a_change_turned_round_with_a_weak_word_first() -> None:
    source = "Thời gian chờ được rút từ 4 tuần xuống còn 1 tuần."
    assert _errors(source, "The wait was cut from one week to four.", "en")
    assert not _errors(source, "The wait was cut from four weeks to one.", "en")
    assert not _errors(source, "The wait was cut to one week from four.", "en")


def test_a_weak_word_elsewhere_is_no_range() -> None:
    # `one` outside a from–to frame stays weak: a reorder there says nothing
    source = "Có 3 đội tham gia, 1 đội bị loại."
    assert not _errors(source, "One team was knocked out of the three taking part.", "en")


# 2. a dashed span of years or band of percentages turned round
def test_a_span_of_years_turned_round() -> None:
    source = "Đại hội nhiệm kỳ 2027–2032 diễn ra trong 3 ngày."
    assert _errors(source, "The congress for the 2032–2027 term lasts three days.", "en")
    assert _errors(source, "Sjezd pro období 2032–2027 potrvá tři dny.")
    assert not _errors(source, "The congress for the 2027–2032 term lasts three days.", "en")


def test_a_band_of_percentages_turned_round() -> None:
    source = "Lãi suất dự kiến tăng 6-8%."
    assert _errors(source, "Úroky mají vzrůst o 8–6 %.")
    assert _errors(source, "Rates are expected to rise by 8-6%.", "en")
    assert not _errors(source, "Rates are expected to rise by 6-8%.", "en")


def test_a_score_with_a_dash_is_no_range() -> None:
    # a score may be told from the winner's side: the dash alone ties no range
    source = "Đội khách thua 1-2 trên sân nhà đối thủ."
    assert not _errors(source, "The hosts won 2-1.", "en")


# 3. a fraction's digits joined into a percentage
def test_a_fraction_said_as_its_digits_in_percent() -> None:
    source = "Khoảng 1/4 số trường thiếu giáo viên."
    assert _errors(source, "About 14% of schools lack teachers.", "en")
    assert not _errors(source, "About a quarter of schools lack teachers.", "en")


def test_digits_regrouped_without_a_percent_stay_excused() -> None:
    source = "Gọi tổng đài 1900 1234 để được hỗ trợ."
    assert not _errors(source, "Call 19001234 for help.", "en")


# 4. surplus and deficit
def test_a_surplus_said_as_a_deficit() -> None:
    source = "Cán cân thương mại xuất siêu 3,2 tỷ USD."
    assert _errors(source, "The trade deficit was $3.2 billion.", "en")
    assert _errors(source, "Obchodní bilance skončila schodkem 3,2 miliardy dolarů.")
    assert not _errors(source, "The trade surplus was $3.2 billion.", "en")
    assert not _errors(source, "Obchodní bilance skončila přebytkem 3,2 miliardy dolarů.")


def test_a_deficit_said_as_a_surplus() -> None:
    source = "Bội chi ngân sách năm nay ước 3,8% GDP."
    assert _errors(source, "This year's budget surplus is put at 3.8% of GDP.", "en")
    assert not _errors(source, "This year's budget deficit is put at 3.8% of GDP.", "en")


def test_both_words_in_the_source_judge_nothing() -> None:
    source = "Năm ngoái thâm hụt 2 tỷ USD, năm nay xuất siêu 1 tỷ USD."
    assert not _errors(source, "After a $2 billion deficit last year, this year's surplus is "
                               "$1 billion.", "en")


# 5. a Czech part of the day before a date
def test_a_part_of_the_day_before_a_date_changed() -> None:
    source = "Sáng 3/12, đoàn kiểm tra làm việc tại 4 xã."
    assert _errors(source, "Odpoledne 3. prosince pracovala kontrola ve čtyřech obcích.")
    assert _errors(source, "Večer 3. prosince pracovala kontrola ve čtyřech obcích.")
    assert not _errors(source, "Dopoledne 3. prosince pracovala kontrola ve čtyřech obcích.")
    assert not _errors(source, "Ráno 3. prosince pracovala kontrola ve čtyřech obcích.")


# 6. one and a half times
def test_puldruhakrat_is_one_and_a_half() -> None:
    source = "Doanh thu gấp 1,5 lần năm ngoái."
    assert not _errors(source, "Tržby jsou půldruhakrát vyšší než loni.")
    assert _errors(source, "Tržby jsou dvakrát vyšší než loni.")


# 7. a share over 100 % of a whole said as a multiple in words
def test_a_share_of_a_whole_said_as_a_multiple() -> None:
    source = "Người làm ca đêm được trả 300% lương."
    assert not _errors(source, "Noční směna dostane trojnásobek mzdy.")
    assert not _errors(source, "Night-shift staff are paid triple wages.", "en")
    assert _errors(source, "Noční směna dostane dvojnásobek mzdy.")


def test_a_rise_said_as_the_share_is_still_wrong() -> None:
    # after a word of rise, 200 % more is three times as much: `doubled` is the error
    source = "Giá thuê tăng 200%."
    assert _errors(source, "Rents doubled.", "en")
    assert not _errors(source, "Rents tripled.", "en")


# 8. a level written negative said below a datum
def test_a_negative_level_below_datum() -> None:
    source = "Đáy kênh ở cao độ âm 6 m."
    assert not _errors(source, "The canal bed lies 6 metres below datum.", "en")
    assert not _errors(source, "The canal bed lies 6 m below chart datum.", "en")
    assert _errors(source, "The canal bed lies 6 metres above datum.", "en")


# 9. the same quarter a year before said year on year
def test_the_same_quarter_a_year_before_said_year_on_year() -> None:
    source = "GDP quý II/2027 dự báo tăng 7% so với quý II/2026."
    assert not _errors(source, "Second-quarter 2027 GDP is forecast to grow 7% year on year.",
                       "en")
    assert not _errors(source, "HDP ve druhém čtvrtletí 2027 má meziročně vzrůst o 7 %.")


def test_another_quarter_said_year_on_year_stays_an_error() -> None:
    source = "GDP quý II/2027 dự báo tăng 7% so với quý I/2027."
    assert _errors(source, "Second-quarter 2027 GDP is forecast to grow 7% year on year.", "en")


# 10. a whole year said as one of its quarters
def test_a_year_said_as_one_of_its_quarters() -> None:
    source = "Sản lượng điện năm 2027 ước đạt 320 tỷ kWh."
    assert _errors(source, "Výroba elektřiny ve třetím čtvrtletí 2027 má dosáhnout 320 miliard "
                           "kWh.")
    assert _errors(source, "Power output in the second quarter of 2027 is put at 320 billion "
                           "kWh.", "en")
    assert not _errors(source, "Power output in 2027 is put at 320 billion kWh.", "en")


def test_a_quarter_the_source_names_by_months_is_no_added_quarter() -> None:
    # `3 tháng đầu năm 2027` is the first quarter: the source names a part of the year
    source = "Sản lượng điện 3 tháng đầu năm 2027 ước đạt 80 tỷ kWh."
    assert not _errors(source, "Power output in the first quarter of 2027 is put at 80 billion "
                               "kWh.", "en")


# 11. an amount for each said as the total
def test_an_amount_for_each_said_as_the_total() -> None:
    source = "Trường trao 40 suất quà, mỗi suất 500.000 đồng."
    assert _errors(source, "The school handed out 40 gifts worth VND500,000 in total.", "en")
    assert _errors(source, "Škola rozdala 40 dárků za 500 000 dongů celkem.")
    assert not _errors(source, "The school handed out 40 gifts worth VND500,000 each.", "en")
    assert not _errors(source, "Škola rozdala 40 dárků, každý za 500 000 dongů.")


def test_a_source_that_names_the_total_is_not_judged() -> None:
    source = "Trường trao 40 suất quà, mỗi suất 500.000 đồng, tổng trị giá 20 triệu đồng."
    assert not _errors(source, "The school handed out 40 gifts of VND500,000, VND20 million "
                               "in total.", "en")
