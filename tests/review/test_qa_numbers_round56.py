"""Round fifty-six of the numbers check (issue-13a56): Roman numerals glued to a numbering
word by a hyphen (`grade-II`), a scale word inside an English compound adjective
(`5-million-dose`), a count of years before a number (`za deset let 20 mostů`) and a grouped
source amount after a year word are no years, an implausible year after a day and month is a
count, Czech clock words (`mezi devátou večer`, `v nula hodin`, `v půl jedenácté v poledne`),
a rate of change (`tốc độ tăng … đạt`), a map's scale (`tỷ lệ 1/500`) and a bound turned round
(`gần 40%` → `přes 40 %`). Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


def test_a_roman_numeral_glued_to_a_numbering_word() -> None:
    source = "Tỉnh có 3 bệnh viện hạng II và 1 bệnh viện hạng I."
    assert not _errors(source, "The province has three grade-II hospitals and one grade-I "
                               "hospital.", "en")
    assert _errors(source, "The province has three grade-III hospitals and one grade-I "
                           "hospital.", "en")


def test_a_hyphen_after_any_word_is_no_numeral() -> None:
    # `anti-V` glues a letter to a word that numbers nothing: no numeral, nothing missing
    assert not _errors("Chiến dịch thu hút 200 người.", "The anti-V campaign drew 200 people.",
                       "en")


def test_a_scale_word_in_a_compound_adjective() -> None:
    source = "Tỉnh đã đạt mốc 5 triệu liều vắc xin."
    assert not _errors(source, "The province passed the 5-million-dose mark.", "en")
    assert _errors(source, "The province passed the 6-million-dose mark.", "en")
    assert _errors(source, "The province passed the 5-dose mark.", "en")


def test_a_count_of_years_and_a_grouped_amount_are_no_year() -> None:
    assert not _errors("Tỉnh xây 20 cây cầu trong 10 năm qua.",
                       "Provincie za posledních deset let postavila 20 mostů.", "cs")
    assert not _errors("Nhà hát bán 2.600 vé dịp Tết Dương lịch.",
                       "Divadlo prodalo kolem Nového roku 2600 vstupenek.", "cs")


def test_limits_a_year_word_still_labels_a_year() -> None:
    # the source's year stands elsewhere: the numbers traded places
    assert _errors("Năm 2019 có 72 ca.", "V roce 72 bylo 2019 případů.", "cs")
    assert _errors("Năm 2023 bán 3.500 vé.", "V roce 3500 se prodalo 2023 vstupenek.", "cs")
    # a count of years whose number itself changed is still an error
    assert _errors("Tỉnh xây 20 cây cầu trong 10 năm qua.",
                   "Provincie za posledních osm let postavila 20 mostů.", "cs")


def test_an_implausible_year_after_a_day_and_month_is_a_count() -> None:
    source = "Ngày 27/11, đội kiểm tra thu giữ 2.500 chai rượu giả."
    assert not _errors(source, "Kontrolní tým zabavil 27. listopadu 2500 lahví padělaného "
                               "alkoholu.", "cs")
    assert _errors(source, "Kontrolní tým zabavil 27. listopadu 2800 lahví padělaného "
                           "alkoholu.", "cs")
    # a real year after a day and month stays a year
    assert _errors("Ngày 27/11/2025, đội kiểm tra thu giữ 400 chai.",
                   "Kontrolní tým zabavil 27. listopadu 2026 400 lahví.", "cs")


def test_czech_clock_words() -> None:
    source = "Từ 21h đến 4h sáng, đường bị cấm."
    assert not _errors(source, "Silnice byla uzavřena mezi devátou večer a čtvrtou ranní.",
                       "cs")
    assert _errors(source, "Silnice byla uzavřena mezi osmou večer a čtvrtou ranní.", "cs")
    assert not _errors("Lễ hội bắt đầu lúc 0h ngày 1/1.",
                       "Slavnost začne 1. ledna v nula hodin.", "cs")
    assert _errors("Lễ hội bắt đầu lúc 1h ngày 1/1.", "Slavnost začne 1. ledna v nula hodin.",
                   "cs")
    assert not _errors("Cuộc họp diễn ra lúc 10h30 trưa.",
                       "Schůze proběhla v půl jedenácté v poledne.", "cs")
    assert _errors("Cuộc họp diễn ra lúc 10h30 trưa.",
                   "Schůze proběhla v půl desáté v poledne.", "cs")
    # `v poledne` after a comma is its own time, noon, which the source does not have
    assert _errors("Cuộc họp diễn ra lúc 10h30.", "Schůze proběhla v půl jedenácté, "
                                                  "oběd v poledne.", "cs")


def test_a_rate_of_change_reaching_a_value() -> None:
    source = "Tốc độ tăng doanh thu của tỉnh năm nay đạt 7,4%."
    assert not _errors(source, "Tržby provincie letos vzrostly o 7,4 %.", "cs")
    # `mức tăng` before an amount says nothing of the percent: a change said as a level stays
    assert _errors("Học phí dự kiến tăng 6,5%, tương đương mức tăng khoảng 90.000 đồng.",
                   "Tuition is expected to rise to 6.5%, about VND90,000 more.", "en")
    # a level reached is still no change by it
    assert _errors("Tỷ lệ thất nghiệp giảm xuống 2,4%.", "Nezaměstnanost klesla o 2,4 %.",
                   "cs")


def test_a_map_scale_is_no_month() -> None:
    source = "Tỉnh duyệt quy hoạch tỷ lệ 1/500 khu dân cư rộng 40 ha."
    assert not _errors(source, "Provincie schválila plán obytné čtvrti v měřítku 1 : 500 o "
                               "rozloze 40 hektarů.", "cs")
    assert not _errors(source, "The province approved a 1:500 plan for a 40-hectare "
                               "residential area.", "en")
    assert _errors(source, "Provincie schválila plán obytné čtvrti v měřítku 1 : 2000 o "
                           "rozloze 40 hektarů.", "cs")
    # without a scale word, `tháng`-less month and year stays a date (`(12/1986)`)
    assert _errors("Đại hội VI (12/1986) mở đầu đổi mới.", "The Sixth Congress (November "
                   "1986) launched the reforms.", "en")


def test_a_bound_turned_round() -> None:
    source = "Gần 40% hộ dân dùng nước sạch."
    assert _errors(source, "Přes 40 % domácností používá čistou vodu.", "cs")
    assert _errors(source, "More than 40% of households use clean water.", "en")
    assert not _errors(source, "Téměř 40 % domácností používá čistou vodu.", "cs")
    assert not _errors(source, "Nearly 40% of households use clean water.", "en")
    source = "Tỉnh thu hút hơn 600 dự án."
    assert _errors(source, "The province has attracted almost 600 projects.", "en")
    assert _errors(source, "Provincie přilákala necelých 600 projektů.", "cs")
    assert not _errors(source, "Provincie přilákala přes 600 projektů.", "cs")
    source = "Mỗi lớp có từ 30 học sinh trở lên."
    assert _errors(source, "Každá třída má nejvýše 30 žáků.", "cs")
    assert not _errors(source, "Každá třída má nejméně 30 žáků.", "cs")


def test_limits_of_the_bound() -> None:
    # a hedge left out, or one that says no side, is not judged here
    assert not _errors("Gần 40% hộ dân dùng nước sạch.",
                       "40 % domácností používá čistou vodu.", "cs")
    assert not _errors("Khoảng 40% hộ dân dùng nước sạch.",
                       "More than 40% of households use clean water.", "en")
    # `cao hơn 5%` is a comparison, no bound
    assert not _errors("Giá điện cao hơn 5% so với năm trước.",
                       "Electricity prices are almost 5% higher than a year ago.", "en")
    # `không quá` (at most) is left out, and a negated side word says the other side
    assert not _errors("Mỗi xe chở không quá 45 khách.", "No bus may carry more than 45 "
                                                       "passengers.", "en")
    assert not _errors("Mỗi xe chở không quá 45 khách.", "Autobus nesmí vézt víc než 45 "
                                                       "cestujících.", "cs")
