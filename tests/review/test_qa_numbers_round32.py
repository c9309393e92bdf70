"""Round thirty-two of the numbers check (issue-13a32): false alarms and misses found in
unseen31 and own batch b65. A span of days turned round without `od`/`from` (`12. až 8.
prosince`, `December 12 to 8`, `12-8 December`); a `lần lượt` list said in the other order with
its unit repeated, or side by side; the counted thing changed between people and bodies of
people (`11 tập thể` → `11 individuals`); a channel's depth written `âm 14 m` said as a depth;
`Tam phủ` said as three realms; a slashed date whose month value another number took (`tuần
tới (7/12) ... thứ 12`); lunar months said as ordinals; the article's month said as `this
month`; `8% a quarter` (a period, no share); `trong vòng 30 ngày` (within, no round number);
`tonnes of fish a month at an average of`; `quarter on quarter` for `cùng kỳ`; `half the usual`
for `gấp đôi`. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors
from numbers_rounds import dated_warnings as _warnings


# 1. a span of days turned round, with or without `od`/`from`
def test_a_span_of_days_turned_round_without_od_or_from() -> None:
    vi = "Hội chợ sách mở cửa từ ngày 3 đến 9/12 tại Huế."
    assert _errors(vi, "Knižní veletrh bude v Hue otevřen 9. až 3. prosince.")
    assert _errors(vi, "Knižní veletrh bude v Hue otevřen od 9. do 3. prosince.")
    assert _errors(vi, "The book fair in Hue is open December 9 to 3.", "en")
    assert _errors(vi, "The book fair in Hue is open 9-3 December.", "en")
    assert not _errors(vi, "Knižní veletrh bude v Hue otevřen 3. až 9. prosince.")
    assert not _errors(vi, "The book fair in Hue is open December 3 to 9.", "en")
    assert not _errors(vi, "The book fair in Hue is open 3-9 December.", "en")


def test_a_span_of_days_is_judged_only_against_the_source_span() -> None:
    # the source goes from the 9th back to the 3rd itself: the translation follows it
    vi = "Hội chợ sách mở cửa ngày 9/12, sau đợt thử ngày 3/12."
    assert not _errors(vi, "Knižní veletrh otevře 9. prosince, po zkoušce 3. prosince.")


# 2. a `lần lượt` list: its order is its meaning
def test_a_respectively_list_with_its_unit_repeated_turned_round() -> None:
    vi = "Sản lượng cá tại hai hồ lần lượt đạt 42 tấn và 47 tấn."
    assert _errors(vi, "Fish catches at the two lakes reached 47 and 42 tonnes respectively.",
                   "en")
    assert _errors(vi, "Úlovky ryb na obou jezerech dosáhly 47 a 42 tun.")
    assert not _errors(vi, "Úlovky ryb na obou jezerech dosáhly 42 a 47 tun.")


def test_two_values_without_lan_luot_stay_a_warning() -> None:
    vi = "Sản lượng cá tại hai hồ đạt 42 tấn và 47 tấn."
    target = "Úlovky ryb na obou jezerech dosáhly 47 a 42 tun."
    assert not _errors(vi, target) and _warnings(vi, target)


def test_a_respectively_list_apart_in_the_translation_stays_a_warning() -> None:
    # each value said with its own lake, in the other order: no list to read an order from
    vi = "Sản lượng cá tại hồ Tây và hồ Núi Cốc lần lượt đạt 42 tấn và 47 tấn."
    target = "Jezero Núi Cốc dalo 47 tun ryb, zatímco Západní jezero 42 tun."
    assert not _errors(vi, target)


# 3. people and bodies of people are different things counted
def test_bodies_and_individuals_trade_numbers() -> None:
    vi = "Thanh tra đề nghị kỷ luật 4 tổ chức và 17 cá nhân."
    assert _errors(vi, "The inspectors proposed disciplining 17 organisations and 4 "
                       "individuals.", "en")
    assert _errors(vi, "Inspekce navrhla potrestat 4 jednotlivce a 17 organizací.")
    assert not _errors(vi, "The inspectors proposed disciplining 4 organisations and 17 "
                           "individuals.", "en")
    # both reordered together: each number keeps its noun
    assert not _errors(vi, "Inspekce navrhla potrestat 17 jednotlivců a 4 organizace.")


def test_a_noun_outside_the_table_is_not_judged() -> None:
    vi = "Thanh tra đề nghị kỷ luật 4 tổ chức."
    assert not _errors(vi, "The inspectors proposed disciplining 4 employers.", "en")


# 4. a depth written negative
def test_a_channel_depth_written_negative_said_as_a_depth() -> None:
    vi = "Luồng vào cảng được nạo vét đến độ sâu âm 11 m."
    assert not _errors(vi, "The port channel was dredged to a depth of 11 metres.", "en")
    assert not _errors(vi, "Přístavní kanál byl prohlouben na 11 metrů.")
    assert _errors(vi, "The port channel was dredged to a depth of 12 metres.", "en")


def test_a_level_written_negative_without_depth_keeps_its_sign() -> None:
    vi = "Mực nước ngầm xuống mức âm 11 m."
    assert _errors(vi, "The groundwater level fell to 11 metres deep.", "en")


# 5. a count in a fixed Sino-Vietnamese name
def test_tam_phu_said_as_three_realms() -> None:
    vi = "Lễ hội thờ Mẫu Tam phủ diễn ra vào mùa xuân, thu hút 5.000 người."
    assert not _errors(vi, "The spring festival of the Mother Goddesses of the Three Realms "
                           "draws 5,000 people.", "en")
    # a three the source says in digits is that one's: `Tam phủ` excuses no other three
    vi = "Lễ hội thờ Mẫu Tam phủ kéo dài 3 ngày."
    assert _errors(vi, "The festival of the Mother Goddesses of the Three Realms lasts four "
                       "days.", "en")


def test_a_numeral_in_a_place_name_excuses_nothing() -> None:
    vi = "Cầu Tứ Liên dự kiến hoàn thành sau 36 tháng."
    assert _errors(vi, "The Tu Lien bridge should be finished in four years.", "en")
    assert not _errors(vi, "The Tu Lien bridge should be finished in three years.", "en")


# 6. a slashed date whose month another number of that value took first
def test_a_slashed_date_whose_month_a_session_number_took() -> None:
    vi = "Thứ Ba tuần tới (8/12), Hội đồng sẽ họp phiên thứ 12."
    assert not _errors(vi, "The council will hold its 12th session next Tuesday, December 8.",
                       "en")
    assert not _errors(vi, "Rada se sejde na svém 12. zasedání příští úterý 8. prosince.")
    assert _errors(vi, "The council will hold its 12th session next Tuesday, December 9.", "en")
    assert _errors(vi, "The council will hold its 11th session next Tuesday, December 8.", "en")


# 7. lunar months said as ordinals of `lunar month`
def test_lunar_months_said_as_ordinals() -> None:
    vi = "Mùa lễ hội kéo dài từ tháng 10 đến tháng Chạp âm lịch."
    assert not _errors(vi, "The festival season lasts from the 10th to the 12th lunar month.",
                       "en")
    assert not _errors(vi, "Sezóna slavností trvá od desátého do dvanáctého lunárního měsíce.")
    assert _errors(vi, "The festival season lasts from the 9th to the 12th lunar month.", "en")


def test_a_solar_month_is_no_ordinal() -> None:
    vi = "Mùa lễ hội kéo dài từ tháng 10 đến tháng 12."
    assert _errors(vi, "The festival season lasts from the 10th to the 12th month.", "en")


# 8. the article's month said as `this month`
def test_the_articles_month_said_as_this_month() -> None:
    vi = "Đây là vụ cháy rừng thứ 4 trong tháng 11."  # the article is of November 29
    assert not _errors(vi, "It is the fourth forest fire this month.", "en")
    assert not _errors(vi, "Je to čtvrtý lesní požár tento měsíc.")


def test_another_month_said_as_this_month_is_an_error() -> None:
    vi = "Đây là vụ cháy rừng thứ 4 trong tháng 10."
    assert _errors(vi, "It is the fourth forest fire this month.", "en")


# 9. `a quarter` after a rate is its period
def test_a_quarter_after_a_rate_is_a_period() -> None:
    vi = "Lợi nhuận bình quân mỗi quý tăng 5%."
    assert not _errors(vi, "Profit grew by 5% a quarter on average.", "en")
    vi = "Giá tăng 5%."
    assert _errors(vi, "Prices rose 5%, a quarter of the increase.", "en")


# 10. `trong vòng` is `within`, no round
def test_within_days_changed_to_months() -> None:
    vi = "Công ty phải nộp phạt trong vòng 15 ngày."
    assert _errors(vi, "Firma musí pokutu zaplatit do 15 měsíců.")
    assert not _errors(vi, "Firma musí pokutu zaplatit do 15 dnů.")
    vi = "Đội bóng bị loại ở vòng 2."  # a round stays a label
    assert _errors(vi, "Tým vypadl ve 3. kole.")


# 11. a rate's period after the counted thing and before `at an average`
def test_a_period_after_the_counted_thing_and_before_an_average() -> None:
    vi = "Trang trại bán khoảng 60 tấn mỗi tháng, giá bình quân 90.000 đồng/kg."
    assert _errors(vi, "The farm sells about 60 tonnes of fruit a year at an average of "
                       "VND90,000 per kg.", "en")
    assert not _errors(vi, "The farm sells about 60 tonnes of fruit a month at an average of "
                           "VND90,000 per kg.", "en")


# 12. a comparison base said as the quarter before
def test_same_period_said_as_quarter_on_quarter() -> None:
    vi = "Doanh thu tăng 7% so với cùng kỳ."
    assert _errors(vi, "Revenue rose 7% quarter on quarter.", "en")
    assert _errors(vi, "Tržby mezičtvrtletně vzrostly o 7 %.")
    assert not _errors(vi, "Revenue rose 7% year on year.", "en")
    vi = "Doanh thu tăng 7% so với quý trước."
    assert not _errors(vi, "Revenue rose 7% quarter on quarter.", "en")


# 13. a multiplier said as a fraction of the base
def test_twice_said_as_half_the_usual() -> None:
    vi = "Lượng khách đạt 8.000 người mỗi ngày, gấp đôi ngày thường."
    assert _errors(vi, "Visitors reached 8,000 a day, half the usual number.", "en")
    assert not _errors(vi, "Visitors reached 8,000 a day, twice the usual number.", "en")
    assert not _errors(vi, "Visitors reached 8,000 a day, double the usual number.", "en")


# 14. tomorrow said as the day after tomorrow
def test_tomorrow_said_as_the_day_after() -> None:
    vi = "Ngày mai, bến xe sẽ tăng thêm 30 chuyến."
    assert _errors(vi, "Od pozítří autobusové nádraží přidá 30 spojů.")
    assert _errors(vi, "From the day after tomorrow the bus station will add 30 trips.", "en")
    assert not _errors(vi, "Od zítřka autobusové nádraží přidá 30 spojů.")
    assert not _errors(vi, "From tomorrow the bus station will add 30 trips.", "en")
