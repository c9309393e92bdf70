"""Round thirty-five of the numbers check (issue-13a35): false alarms and misses found in
unseen34 and the own batch b68. `hàng tá` (dozens) as an order of magnitude; ISO currency codes
glued before an amount (`TWD30,000`); two quarters that make a half (`quý I và quý II` ~ `the
first half`) and the wrong half; a month the sentence is compared with is no anchor for
`tháng trước`; the week before said as a month before beside another week; `hằng năm` said as
quarterly (a quarter as a rate period); `hồi đầu năm` said as mid-year; tonnes said as barrels;
the first nine months said as one later quarter; a depth below the chart's zero said after the
value; a change told `to NEW from OLD` (and turned round). Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. `hàng tá`: dozens, an order of magnitude like `hàng chục`
def test_dozens_in_vietnamese_are_tens() -> None:
    vi = "Hàng tá xe tải phải chờ qua phà."
    assert not _errors(vi, "Desítky kamionů musely čekat na trajekt.")
    assert not _errors(vi, "Dozens of lorries had to wait for the ferry.", "en")


def test_dozens_are_no_hundreds_and_a_counted_dozen_stays_twelve() -> None:
    assert _errors("Hàng tá xe tải phải chờ qua phà.", "Stovky kamionů musely čekat na trajekt.")
    assert _errors("Hàng tá xe tải phải chờ qua phà.",
                   "Hundreds of lorries had to wait for the ferry.", "en")
    assert not _errors("Đàn gà có hai tá con.", "Hejno má dva tucty slepic.")


# 2. ISO currency codes glued before the amount
def test_a_currency_code_glued_before_the_amount() -> None:
    vi = "Người lao động nhận lương 30.000 Đài tệ/tháng, tương đương khoảng 24 triệu đồng."
    assert not _errors(vi, "The worker earns TWD30,000 a month, equivalent to about VND24 "
                           "million.", "en")
    assert _errors(vi, "The worker earns TWD3,000 a month, equivalent to about VND24 million.",
                   "en")
    assert not _errors("Khách sạn thu 2.500 rupee mỗi đêm.", "The hotel charges INR2,500 a "
                                                           "night.", "en")


def test_three_capitals_that_are_no_currency_keep_their_number() -> None:
    assert not _errors("Hội nghị COP28 diễn ra tại Dubai.", "The COP28 conference was held in "
                                                           "Dubai.", "en")


# 3. two quarters that make a half
def test_the_first_two_quarters_said_as_the_first_half() -> None:
    vi = "Trong quý I và quý II năm 2027, nhà máy sẽ bảo dưỡng trong 40 ngày."
    assert not _errors(vi, "V první polovině roku 2027 projde továrna čtyřicetidenní údržbou.")
    assert not _errors(vi, "In the first half of 2027 the plant will undergo a 40-day overhaul.",
                       "en")
    assert not _errors("Quý III và IV, xuất khẩu tăng 5%.",
                       "Ve druhém pololetí vzrostl vývoz o 5 procent.")


def test_two_quarters_said_as_the_other_half_or_a_lone_quarter_as_a_half() -> None:
    vi = "Trong quý I và quý II năm 2027, nhà máy sẽ bảo dưỡng trong 40 ngày."
    assert _errors(vi, "V druhé polovině roku 2027 projde továrna čtyřicetidenní údržbou.")
    assert _errors(vi, "In the second half of 2027 the plant will undergo a 40-day overhaul.",
                   "en")
    assert _errors("Quý III và IV, xuất khẩu tăng 5%.", "In the first half, exports rose 5%.",
                   "en")
    # quarters II and III make no half, nor does one quarter
    assert _errors("Quý II và quý III, xuất khẩu tăng 5%.",
                   "V prvním pololetí vzrostl vývoz o 5 procent.")
    assert _errors("Quý II, xuất khẩu tăng 5%.", "V prvním pololetí vzrostl vývoz o 5 procent.")


# 4. `tháng trước` and the month compared with
def test_a_compared_month_is_no_anchor_for_the_month_before() -> None:
    vi = "Tháng trước, doanh số bán ô tô tăng 8% so với tháng 7."
    assert not _errors(vi, "V srpnu se prodej aut oproti červenci zvýšil o 8 procent.")
    assert not _errors(vi, "In August, car sales rose 8% from July.", "en")


def test_the_named_month_still_anchors_the_month_before() -> None:
    vi = "Tháng 11, doanh số bán ô tô tăng 8% so với tháng trước."
    assert _errors(vi, "V listopadu se prodej aut oproti září zvýšil o 8 procent.")
    assert not _errors(vi, "In November, car sales rose 8% from October.", "en")


# 5. the week before said as a month before, beside a week named otherwise
def test_the_week_before_said_as_the_month_before() -> None:
    vi = ("Trong tuần từ 2 đến 8/3, cảnh sát xử lý 540 vụ vi phạm, giảm 9% so với tuần "
          "trước.")
    assert _errors(vi, "V týdnu od 2. do 8. března policie řešila 540 přestupků, o 9 procent "
                       "méně než předchozí měsíc.")
    assert _errors(vi, "In the week of March 2-8, police handled 540 violations, 9% fewer than "
                       "the previous month.", "en")
    assert not _errors(vi, "V týdnu od 2. do 8. března policie řešila 540 přestupků, o 9 procent "
                           "méně než předchozí týden.")
    assert not _errors(vi, "In the week of March 2-8, police handled 540 violations, 9% fewer "
                           "than a week earlier.", "en")


# 6. a quarter as a rate period
def test_yearly_said_as_quarterly() -> None:
    vi = "Doanh nghiệp phải nộp báo cáo hằng năm trước ngày 31/3."
    assert _errors(vi, "Firmy musejí podávat zprávu čtvrtletně, a to do 31. března.")
    assert _errors(vi, "Companies must file a report quarterly by March 31.", "en")
    assert not _errors(vi, "Firmy musejí podávat výroční zprávu každoročně do 31. března.")
    assert not _errors(vi, "Companies must file a report every year by March 31.", "en")


def test_quarterly_kept_and_changed() -> None:
    vi = "Công ty trả cổ tức 2.000 đồng/cổ phiếu hằng quý."
    assert not _errors(vi, "Firma vyplácí čtvrtletně dividendu 2000 dongů na akcii.")
    assert not _errors(vi, "The company pays a quarterly dividend of VND2,000 a share.", "en")
    assert not _errors(vi, "Firma vyplácí dividendu 2000 dongů na akcii každé čtvrtletí.")
    assert _errors(vi, "Firma vyplácí dividendu 2000 dongů na akcii ročně.")
    assert _errors(vi, "The company pays a dividend of VND2,000 a share every month.", "en")


# 7. the start of the year said as mid-year
def test_the_start_of_the_year_said_as_mid_year() -> None:
    vi = "Giá thuê kho hiện khoảng 5 USD/m2, tăng gấp rưỡi hồi đầu năm."
    assert _errors(vi, "Warehouse rents are now about $5 per square metre, half as much again "
                       "as at mid-year.", "en")
    assert _errors(vi, "Pronájem skladu teď stojí asi 5 dolarů za metr čtvereční, o polovinu "
                       "víc než v polovině roku.")
    assert not _errors(vi, "Warehouse rents are now about $5 per square metre, half as much "
                           "again as at the start of the year.", "en")


# 8. tonnes said as barrels
def test_tonnes_of_oil_said_as_barrels() -> None:
    assert _errors("Sản lượng dầu đạt 8,5 triệu tấn.", "Těžba ropy dosáhla 8,5 milionu barelů.")
    assert _errors("Sản lượng dầu đạt 8,5 triệu tấn.", "Oil output reached 8.5 million barrels.",
                   "en")
    assert not _errors("Sản lượng dầu đạt 8,5 triệu thùng dầu.",
                       "Oil output reached 8.5 million barrels.", "en")
    assert not _errors("Sản lượng dầu đạt 8,5 triệu tấn, tương đương 62 triệu thùng.",
                       "Těžba ropy dosáhla 8,5 milionu tun, tedy 62 milionů barelů.")


# 9. the first months of the year said as one later quarter
def test_nine_months_said_as_the_third_quarter() -> None:
    vi = "Doanh thu 9 tháng đầu năm ước đạt 12.300 tỷ đồng."
    assert _errors(vi, "Tržby za třetí čtvrtletí dosáhly odhadem 12,3 bilionu dongů.")
    assert _errors(vi, "Revenue in the third quarter is estimated at VND12.3 trillion.", "en")
    assert not _errors(vi, "Tržby za první tři čtvrtletí dosáhly odhadem 12,3 bilionu dongů.")
    assert not _errors(vi, "Revenue in the first three quarters is estimated at VND12.3 "
                           "trillion.", "en")


def test_six_months_said_as_a_quarter_or_as_the_half() -> None:
    vi = "Doanh thu 6 tháng đầu năm ước đạt 12.300 tỷ đồng."
    assert _errors(vi, "Revenue in the second quarter is estimated at VND12.3 trillion.", "en")
    assert not _errors(vi, "Revenue in the first half is estimated at VND12.3 trillion.", "en")


# 10. a depth below the chart's zero said after the value
def test_a_depth_said_after_the_value() -> None:
    vi = "Luồng sông chỉ sâu âm 4,2 m."
    assert not _errors(vi, "The channel is only 4.2 m deep below chart datum.", "en")
    assert not _errors(vi, "The channel is only 4.2 metres deep.", "en")
    assert not _errors(vi, "Plavební dráha je jen 4,2 metru hluboká.")


def test_a_depth_without_its_words_or_with_another_value() -> None:
    vi = "Luồng sông chỉ sâu âm 4,2 m."
    assert _errors(vi, "The channel is only 4.2 m.", "en")
    assert _errors(vi, "Plavební dráha má jen 4,2 metru.")
    assert _errors(vi, "The channel is only 2.4 m deep below chart datum.", "en")


# 11. a change told new value first
def test_a_change_told_to_new_from_old() -> None:
    vi = "Giá cà phê giảm từ 128.000 xuống 121.000 đồng/kg."
    assert not _errors(vi, "Coffee prices fell to VND121,000 per kg from VND128,000.", "en")
    assert not _errors(vi, "Káva zlevnila na 121 000 dongů za kilogram ze 128 000.")
    assert not _errors(vi, "Coffee prices fell from VND128,000 to VND121,000 per kg.", "en")


def test_a_change_told_to_old_from_new_is_turned_round() -> None:
    vi = "Giá cà phê giảm từ 128.000 xuống 121.000 đồng/kg."
    assert _errors(vi, "Coffee prices fell to VND128,000 per kg from VND121,000.", "en")
    assert _errors(vi, "Káva zlevnila na 128 000 dongů za kilogram ze 121 000.")
    assert _errors("Lượng mưa giảm từ 310 mm xuống còn 120 mm.", "Rainfall fell to 310mm from "
                                                                  "120mm.", "en")
    # a source told new value first says nothing of the order here
    assert not _errors("Giá tăng lên 152 triệu đồng, từ mức 148 triệu đồng.",
                       "The price rose to VND152 million from VND148 million.", "en")


# 12. round 13a34's leftovers: `cứ năm` (every five) and a range in words with its unit once
def test_every_five_is_five_not_a_year() -> None:
    vi = "Cứ năm hộ có một hộ nuôi lợn."
    assert not _errors(vi, "One in five households keeps pigs.", "en")
    assert not _errors(vi, "Prase chová každá pátá domácnost.")
    assert _errors(vi, "One in three households keeps pigs.", "en")
    assert _errors("Cứ năm năm, thành phố điều chỉnh quy hoạch một lần.",
                   "The city revises its plan every four years.", "en")


def test_a_year_after_every_stays_a_year() -> None:
    assert not _errors("Cứ năm học mới, trường tuyển 200 học sinh.",
                       "Every new school year the school admits 200 pupils.", "en")


def test_a_range_in_words_with_its_unit_once() -> None:
    for vi in ("Thương lái thu mua đôi ba tạ mực mỗi ngày.",
               "Thương lái thu mua hai đến ba tạ mực mỗi ngày."):
        assert not _errors(vi, "Překupníci denně vykoupí 200 až 300 kg olihní.")
        assert not _errors(vi, "Traders buy 200-300kg of squid a day.", "en")
    vi = "Thương lái thu mua hai đến ba tạ mực mỗi ngày."
    assert _errors(vi, "Překupníci denně vykoupí 400 až 300 kg olihní.")
    assert _errors(vi, "Traders buy 200-500kg of squid a day.", "en")


# 13. counts under letter labels traded
def test_counts_traded_between_letter_labels() -> None:
    vi = "Hội đồng đã trao 4 giải A, 9 giải B và 15 giải C."
    assert _errors(vi, "Porota udělila 9 cen A, 4 ceny B a 15 cen C.")
    assert _errors(vi, "The jury gave 9 A prizes, 4 B prizes and 15 C prizes.", "en")
    assert not _errors(vi, "Porota udělila 4 ceny A, 9 cen B a 15 cen C.")
    assert not _errors(vi, "The jury gave 4 A prizes, 9 B prizes and 15 C prizes.", "en")


def test_labels_listed_in_another_order_keep_their_counts() -> None:
    vi = "Hội đồng đã trao 4 giải A, 9 giải B và 15 giải C."
    assert not _errors(vi, "Porota udělila 15 cen C, 4 ceny A a 9 cen B.")
    assert not _errors("Bảng A có 4 đội, bảng B có 5 đội.",
                       "Group A has 4 teams and Group B 5 teams.", "en")


# 14. hour zero of a date said as the start of that day
def test_hour_zero_said_as_the_start_of_the_day() -> None:
    vi = "Từ 0h ngày 3/12 đến 24h ngày 5/12, hồ chứa sẽ xả nước."
    assert not _errors(vi, "The reservoir will release water from the start of December 3 to "
                           "midnight on December 5.", "en")
    assert not _errors(vi, "Od začátku 3. prosince do půlnoci 5. prosince bude nádrž vypouštět "
                           "vodu.")


def test_the_start_of_the_day_excuses_no_other_time_or_day() -> None:
    vi = "Từ 0h ngày 3/12 đến 24h ngày 5/12, hồ chứa sẽ xả nước."
    assert _errors(vi, "The reservoir will release water from the start of December 3 to 10pm "
                       "on December 5.", "en")
    assert _errors(vi, "The reservoir will release water from the start of December 4 to "
                       "midnight on December 5.", "en")
    assert _errors("Từ 0h ngày 3/12, hồ chứa sẽ xả nước.",
                   "From 8am on December 3, the reservoir will release water.", "en")


def test_a_quarter_is_a_share_not_a_rate_period() -> None:
    assert not _errors("Lương dự kiến tăng khoảng 1,5 triệu đồng mỗi tháng, tức khoảng 25%.",
                       "Salaries are expected to rise by about VND1.5 million a month, or "
                       "around a quarter.", "en")
    assert not _errors("Mỗi ngày thành phố phát sinh khoảng 10.000 tấn rác, nhưng chỉ chưa đầy "
                       "1/4 được tái chế.", "The city generates about 10,000 tonnes of waste a "
                                            "day, but less than a quarter is recycled.", "en")
