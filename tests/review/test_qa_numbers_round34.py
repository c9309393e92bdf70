"""Round thirty-four of the numbers check (issue-13a34): false alarms and misses found in
unseen33. A percentage change said as points (`procentního bodu` never half read as percent;
a tax named far from the change no longer excuses points); `so với quý trước` said as year on
year; `hôm nay` said as yesterday beside `tuần trước`; `so với đầu năm` said as mid-year; two
counts of different things traded (stalls and firms, candidates and posts, groups and
ministers); `đôi ba` (two or three); a range sharing its hundreds and scale (`pět až sedm set
milionů`); a list sharing one scale word (`125 và 120 tỷ`); `quý I` said as the first three
months; `cứ ba người thì có hai người` as `two in three`; `once a quarter` no share; the
chart's zero (`số 0 hải đồ`) said as chart datum; a number word restated in digits in
brackets; `24/24 giờ` as every hour of a day for the rate period. Sentences written for
these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. a percentage change said as percentage points
def test_czech_points_are_never_half_read_as_percent() -> None:
    vi = "Sản lượng thép tăng 6,3%, xi măng tăng 2,7%."
    assert _errors(vi, "Výroba oceli vzrostla o 6,3 %, cementu o 2,7 procentního bodu.")
    assert not _errors(vi, "Výroba oceli vzrostla o 6,3 %, cementu o 2,7 procenta.")


def test_a_tax_far_from_the_change_excuses_no_points() -> None:
    vi = "Giá nước sinh hoạt tăng 5,2% từ ngày 1/1, chưa bao gồm thuế giá trị gia tăng."
    assert _errors(vi, "Tap water will cost 5.2 percentage points more from January 1, "
                       "before VAT.", "en")
    assert not _errors(vi, "Tap water will cost 5.2% more from January 1, before VAT.", "en")


def test_points_stay_right_where_the_source_says_points() -> None:
    vi = "Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm, còn 3,1%."
    assert not _errors(vi, "The poverty rate fell 1.5 percentage points to 3.1%.", "en")


# 2. relative periods
def test_the_quarter_before_said_as_year_on_year() -> None:
    vi = "Quý III, doanh thu du lịch đạt 9.800 tỷ đồng, tăng 7,4% so với quý trước."
    assert _errors(vi, "Tourism revenue reached VND9.8 trillion in the third quarter, up 7.4% "
                       "year on year.", "en")
    assert _errors(vi, "Tržby z cestovního ruchu ve třetím čtvrtletí dosáhly 9,8 bilionu dongů, "
                       "meziročně o 7,4 % víc.")
    assert not _errors(vi, "Tourism revenue reached VND9.8 trillion in the third quarter, up "
                           "7.4% quarter on quarter.", "en")


def test_year_on_year_stays_right_where_the_source_names_the_year_before() -> None:
    vi = ("Quý III, doanh thu du lịch đạt 9.800 tỷ đồng, tăng 7,4% so với quý trước và 12% so "
          "với cùng kỳ.")
    assert not _errors(vi, "Tourism revenue reached VND9.8 trillion in the third quarter, up "
                           "7.4% on the previous quarter and 12% year on year.", "en")


def test_today_said_as_yesterday_beside_last_week() -> None:
    vi = "Giá lúa hôm nay ở mức 7.600 đồng/kg, cao hơn tuần trước 200 đồng."
    assert _errors(vi, "Paddy sold for VND7,600 a kilo yesterday, VND200 more than last week.",
                   "en")
    assert not _errors(vi, "Paddy sells for VND7,600 a kilo today, VND200 more than last week.",
                       "en")


def test_yesterday_stays_excused_by_a_day_before() -> None:
    vi = "Giá lúa hôm nay ở mức 7.600 đồng/kg, cao hơn hôm trước 200 đồng."
    assert not _errors(vi, "Paddy sells for VND7,600 a kilo today, VND200 more than yesterday.",
                       "en")


def test_since_the_start_of_the_year_said_as_mid_year() -> None:
    vi = "Dư nợ tín dụng tăng 9,1% so với đầu năm."
    assert _errors(vi, "Outstanding loans are up 9.1% on mid-year.", "en")
    assert _errors(vi, "Objem úvěrů je o 9,1 % vyšší než v polovině roku.")
    assert not _errors(vi, "Outstanding loans are up 9.1% since the start of the year.", "en")
    assert not _errors("Dư nợ tín dụng tăng 9,1% so với đầu năm và 4% so với giữa năm.",
                       "Outstanding loans are up 9.1% since the start of the year and 4% on "
                       "mid-year.", "en")


# 3. two counts of different things traded
def test_stalls_and_firms_traded() -> None:
    vi = "Chợ phiên có 180 gian hàng của 75 doanh nghiệp."
    assert _errors(vi, "Trhu se účastní 180 firem se 75 stánky.")
    assert _errors(vi, "The fair has 75 stalls from 180 companies.", "en")
    assert not _errors(vi, "Trhu se účastní 75 firem se 180 stánky.")
    assert not _errors(vi, "The fair has 180 stalls from 75 companies.", "en")


def test_candidates_and_posts_traded_but_people_are_candidates() -> None:
    vi = "Trường nhận 2.400 thí sinh cho 600 chỉ tiêu."
    assert _errors(vi, "The school took 600 applicants for 2,400 places.", "en")
    assert not _errors(vi, "The school took 2,400 applicants for 600 places.", "en")
    assert not _errors("Có 2.400 người dự thi cho 600 chỉ tiêu.",
                       "Some 2,400 candidates sat the exam for 600 places.", "en")


def test_groups_and_ministers_traded_but_a_body_may_be_a_group() -> None:
    vi = "Hội nghị chia thành 5 nhóm, do 3 bộ trưởng chủ trì."
    assert _errors(vi, "The conference split into three groups chaired by five ministers.", "en")
    assert not _errors(vi, "The conference split into five groups chaired by three ministers.",
                       "en")
    assert not _errors("Tỉnh khen thưởng 90 tập thể và cá nhân.",
                       "The province honoured 90 groups and individuals.", "en")


def test_a_czech_compound_of_members_counts_no_group() -> None:
    assert not _errors("Đội cứu hộ gồm 3 nhóm 8 người.",
                       "Záchranný tým tvoří tři osmičlenné skupiny.")


# 4. `đôi ba`: two or three
def test_doi_ba_is_two_or_three() -> None:
    vi = "Cây cầu đã được sửa chữa đôi ba lần."
    assert not _errors(vi, "Most byl dvakrát až třikrát opraven.")
    assert not _errors(vi, "The bridge has been repaired two or three times.", "en")
    assert _errors(vi, "Most byl pětkrát opraven.")


def test_doi_alone_is_a_pair_and_gap_doi_still_doubles() -> None:
    assert not _errors("Đôi giày có giá 2 triệu đồng.", "The pair of shoes costs VND2 million.",
                       "en")
    assert _errors("Doanh thu tăng gấp đôi.", "Revenue tripled.", "en")


# 5. scale words shared across a range and a list
def test_a_range_shares_its_hundreds_and_its_scale() -> None:
    vi = "Mỗi ha cho lãi dăm bảy trăm triệu đồng."
    assert not _errors(vi, "Hektar vynese zisk pět až sedm set milionů dongů.")
    assert not _errors(vi, "A hectare brings a profit of five to seven hundred million dong.",
                       "en")
    assert _errors(vi, "Hektar vynese zisk pět až sedm milionů dongů.")


def test_a_list_shares_the_scale_written_once() -> None:
    vi = "Hai huyện nhận lần lượt 45 và 60 tỷ đồng."
    assert not _errors(vi, "The two districts get VND45 billion and VND60 billion.", "en")
    assert not _errors(vi, "Oba okresy dostanou 45 a 60 miliard dongů.")
    assert _errors(vi, "The two districts get VND45 million and VND60 billion.", "en")


def test_a_translation_list_shares_its_scale_in_either_order() -> None:
    vi = "Tỉnh có 60 nghìn hộ ở thành thị và 45 nghìn hộ ở nông thôn."
    assert not _errors(vi, "Kraj má 45 a 60 tisíc domácností na venkově a ve městech.")
    assert _errors(vi, "Kraj má 45 a 70 tisíc domácností na venkově a ve městech.")


def test_amounts_written_with_their_own_scales_stay_one_amount() -> None:
    assert not _errors("Giá là 5 triệu 200 nghìn đồng.", "It costs VND5.2 million.", "en")


# 6. said by meaning
def test_the_first_quarter_as_its_three_months() -> None:
    vi = "Trong quý I/2027, thành phố sẽ mở 4 tuyến buýt mới."
    assert not _errors(vi, "In the first three months of 2027 the city will open four new bus "
                           "routes.", "en")
    assert not _errors(vi, "V prvních třech měsících roku 2027 město otevře čtyři nové linky.")
    assert _errors("Trong quý II/2027, thành phố sẽ mở 4 tuyến buýt mới.",
                   "In the first three months of 2027 the city will open four new bus routes.",
                   "en")


def test_every_n_has_m_as_a_share() -> None:
    vi = "Cứ bốn học sinh thì có ba học sinh đi học bằng xe đạp."
    assert not _errors(vi, "Three in four pupils cycle to school.", "en")
    assert _errors(vi, "Two in four pupils cycle to school.", "en")


def test_once_a_quarter_is_no_share() -> None:
    vi = "Ban kiểm tra họp mỗi quý một lần."
    assert not _errors(vi, "The inspection board meets once a quarter.", "en")
    assert not _errors(vi, "The inspection board meets every quarter.", "en")
    assert _errors("Ban kiểm tra có 12 thành viên.", "A quarter of the inspection board's "
                   "members are new.", "en")


def test_every_quarter_of_an_hour_is_still_fifteen_minutes() -> None:
    assert not _errors("Tàu chạy 15 phút một chuyến.", "Trains run every quarter of an hour.",
                       "en")


def test_the_charts_zero_said_as_chart_datum() -> None:
    vi = "Cảng được nạo vét đến âm 11 m so với số 0 hải đồ."
    assert not _errors(vi, "The port has been dredged to 11 metres below chart datum.", "en")
    assert _errors(vi, "The port has been dredged to 11 metres.", "en")
    assert _errors(vi, "The port has been dredged to 12 metres below chart datum.", "en")


def test_a_number_word_restated_in_brackets() -> None:
    vi = ("Mỗi trang trại lắp điện mặt trời mái nhà 8 kWp có thể tiết kiệm khoảng 2,5 triệu "
          "đồng tiền điện mỗi tháng.")
    assert not _errors(vi, "Farma s osmikilowattovou střešní solární elektrárnou (8 kWp) může "
                           "ušetřit zhruba 2,5 milionu dongů měsíčně za elektřinu.")
    assert _errors(vi, "Farma s devítikilowattovou střešní solární elektrárnou (8 kWp) může "
                       "ušetřit zhruba 2,5 milionu dongů měsíčně za elektřinu.")


# 7. round the clock: `24/24 giờ` is every hour of a day
def test_round_the_clock_is_a_day_for_the_rate_period() -> None:
    vi = "Bệnh viện trực cấp cứu 24/24 giờ, 7 ngày/tuần."
    assert not _errors(vi, "The hospital's emergency ward is staffed 24 hours a day, seven days a "
                           "week.", "en")
    assert _errors(vi, "The hospital's emergency ward is staffed 24 hours a day, seven days a "
                       "month.", "en")
    assert _errors("Bệnh viện trực cấp cứu 24/24 giờ.", "The hospital's emergency ward is "
                   "staffed 24 hours a week.", "en")
