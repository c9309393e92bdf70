"""The numbers check on free human renderings (issue 13, round four), on pairs written for
these tests: values rounded and said so (`téměř dvou miliard` for `1,98 tỷ`), zeros said in
words (`goalless`, `pod bod mrazu`), regulation time, times of day in words after two
prepositions (`až kolem osmé večer`) and English times around noon and midnight. Each rule
has planted errors next to its clean pairs, so that a rule that merely silences fails here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.numround import rounds_from
from translate.review.qa.times import find_times

NUMBERS = CheckSettings(checks=frozenset({"numbers"}))


def errors(vi: str, target: str, lang: str) -> list[str]:
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


@pytest.mark.parametrize(("exact", "rounded", "expected"), [
    ("1.98", "2", True), ("9.3", "9", True), ("48", "50", True), ("1980000000", "2E+9", True),
    ("1200", "1000", False),  # 17 % off
    ("9.3", "9.8", False),  # not rounder
    ("47", "45", False),  # 45 is not 47 to the nearest five... nor to the nearest unit
    ("2", "2", False), ("2.04", "2.1", False), ("65", "60", False),  # half-way rounds up
])
def test_rounds_from(exact: str, rounded: str, expected: bool) -> None:
    assert rounds_from(Decimal(exact), Decimal(rounded)) is expected


CLEAN = [
    ("Doanh thu đạt 1,98 tỷ USD.", "cs", "Tržby dosáhly téměř dvou miliard dolarů."),
    ("Doanh thu đạt 1,98 tỷ USD.", "en", "Revenue reached almost $2 billion."),
    ("Dân số khoảng 9,3 triệu người.", "en", "The population is some 9 million."),
    ("Có 48 người bị thương.", "cs", "Zraněno bylo skoro 50 lidí."),
    ("Có 48 người bị thương.", "en", "Nearly 50 people were injured."),
    ("Nhiệt độ có thể xuống dưới 0 độ C.", "cs", "Teplota může klesnout pod bod mrazu."),
    ("Nhiệt độ có thể xuống dưới 0 độ C.", "en", "The temperature may drop below freezing."),
    ("Hai đội hòa 0-0.", "en", "The match ended goalless."),
    ("Hai đội hòa nhau 0-0 sau 90 phút.", "cs", "Po základní hrací době zůstalo bez branek."),
    ("Hai đội hòa nhau 0-0 sau 90 phút.", "en", "It was scoreless after regulation time."),
    ("Đội chủ nhà bị dẫn 0-2 rồi gỡ hòa 2-2.", "en",
     "The hosts came back from two goals down to draw 2-2."),
    ("Khoảng 8 giờ tối, đám cháy được khống chế.", "cs",
     "Požár byl zvládnut až kolem osmé večer."),
    ("Chuyến bay cất cánh lúc 23 giờ 45 phút.", "en",
     "The plane took off at a quarter to midnight."),
    ("Cuộc họp kết thúc lúc 0 giờ 15.", "en", "The meeting ended at a quarter past midnight."),
    ("Lễ bắt đầu lúc 11 giờ 45 trưa.", "en", "The ceremony began at a quarter to noon."),
    # a share rounded to a fraction and said so; a range of days with the halves of the day
    ("Số khách tăng gần 30%.", "cs", "Návštěvníků přibylo téměř o třetinu."),
    ("Số khách tăng gần 30%.", "en", "Visitor numbers rose by almost a third."),
    ("Khoảng 70% số hộ có điện.", "en", "Roughly two-thirds of households have power."),
    ("Mưa kéo dài từ đêm 10 đến sáng 12/10.", "cs",
     "Pršelo od noci na 10. října do rána 12. října."),
    ("Mưa kéo dài từ đêm 10 đến sáng 12/10.", "en",
     "It rained from the night of October 10 until the morning of the 12th."),
    ("Hội chợ diễn ra từ 3/5 đến 7/5.", "en", "The fair runs from May 3 to the 7th."),
    # percentage points said as points in any shape; a loose source percent read as points
    ("Lãi suất giảm 0,5-1 điểm phần trăm.", "cs", "Úroky klesnou o 0,5 až 1 procentní bod."),
    ("Tỷ lệ giảm 0,2 điểm phần trăm.", "en", "The rate fell 0.2 percentage points."),
    ("Tỷ lệ giảm 0,2 điểm phần trăm.", "cs", "Podíl klesl o 0,2 p. b."),
    ("Lãi suất tăng 2%.", "cs", "Sazba vzrostla o 2 procentní body."),
    # counts of hundreds, extra time, `the past day`, ranges of shares, `každý desátý`
    ("Đưa được 300 người ra khỏi vùng lũ.", "cs", "Ze zaplavené oblasti dostali tři stovky lidí."),
    ("Sau 120 phút hòa 1-1.", "cs", "Po prodloužení bylo 1:1."),
    ("Sau 120 phút hòa 1-1.", "en", "It was 1-1 after extra time."),
    ("Trong 24 giờ qua có 15 ca mắc mới.", "en", "There were 15 new cases over the past day."),
    ("Giá vé tăng 20-30%.", "cs", "Letenky podražily o pětinu až třetinu."),
    ("Chỉ có 1/10 số ca phải nhập viện.", "cs", "Do nemocnice musel jen každý desátý nakažený."),
    ("Chỉ có 1/10 số ca phải nhập viện.", "en", "Only every tenth case needed hospital care."),
    # rounding either way, said by the approximation's side; noon and a brace said in words
    ("Khoảng 3,8 triệu học sinh đi học.", "en", "Nearly 4 million pupils are at school."),
    ("Dự án có tổng vốn 2,03 tỷ USD.", "cs", "Projekt přijde na více než dvě miliardy dolarů."),
    ("Trận đấu diễn ra trưa 12/6.", "cs", "Zápas se hraje 12. června v poledne."),
    ("Trận đấu diễn ra trưa 12/6.", "en", "The match is at noon on June 12."),
    ("Tiền đạo này lập cú đúp trong trận thắng 3-0.", "en",
     "The striker scored twice in the 3-0 win."),
    ("Buổi hòa nhạc bắt đầu lúc 19 giờ 30.", "en", "The concert begins at 7.30 in the evening."),
    # below zero in words, dozens counted, `gấp 1,5 lần` as a share added, a defeat in English
    ("Nhiệt độ xuống âm 2 độ C.", "en", "The temperature dropped to two below zero."),
    ("Nhiệt độ xuống âm 2 độ C.", "cs", "Teplota klesla na dva stupně pod nulou."),
    ("Nhiệt độ xuống -5 độ C.", "en", "It was 5 degrees below zero."),
    ("Hai nước ký 24 văn kiện.", "cs", "Obě země podepsaly dva tucty dokumentů."),
    ("Lương tăng gấp 1,5 lần so với năm 2020.", "cs", "Mzda je o polovinu vyšší než v roce 2020."),
    ("Lương tăng gấp 1,5 lần so với năm 2020.", "en", "Pay is half as much again as in 2020."),
    # codes that trade places, `a single day`, anniversaries by name, Czech hours in a range
    ("Gói 5G giá gấp đôi gói 4G.", "en", "The 4G plan costs half as much as the 5G one."),
    ("Mưa 300 mm trong 24 giờ.", "en", "300mm of rain fell in a single day."),
    ("Kỷ niệm 1.000 năm Thăng Long.", "en", "Thang Long's millennium celebrations."),
    ("Kỷ niệm 100 năm thành lập trường.", "cs", "Oslavy stoletého výročí školy."),
    ("Giờ cao điểm từ 17h đến 19h.", "cs", "Špička je mezi pátou a sedmou odpoledne."),
    ("Cửa hàng mở từ 8 giờ đến 10 giờ tối.", "cs", "Obchod má otevřeno od osmi do deseti večer."),
    # a family counted by its members
    ("2 vợ chồng bị thương nặng.", "cs", "Manželé byli těžce zraněni."),
    ("2 mẹ con được cứu thoát.", "en", "The mother and her son were rescued."),
    ("Ba mẹ con bị kẹt trong thang máy suốt 2 tiếng.", "cs",
     "Matka se dvěma dětmi uvízla na dvě hodiny ve výtahu."),
    ("4 cha con bị bắt.", "en", "A father and his three sons were arrested."),
    # a half and its score, hundreds as ordinals, one and a half in words
    ("Hiệp 1 kết thúc với tỷ số 1-0.", "cs", "Poločas skončil 1:0."),
    ("Hiệp 1 kết thúc với tỷ số 1-0.", "en", "It was 1-0 at half-time."),
    ("Đây là trận thắng thứ 200 của ông.", "cs", "Je to jeho dvoustá výhra."),
    ("Cầu dài 1,5 km.", "cs", "Most je půldruhého kilometru dlouhý."),
    ("Cầu dài 1,5 km.", "en", "The bridge is a kilometre and a half long."),
    # periods of the year said by months or quarters, the year's end, British per cent
    ("9 tháng đầu năm, xuất khẩu tăng 15%.", "en", "Exports rose 15% in January-September."),
    ("9 tháng đầu năm, xuất khẩu tăng 15%.", "cs", "Vývoz od ledna do září vzrostl o 15 %."),
    ("9 tháng đầu năm, xuất khẩu tăng 15%.", "en", "Exports rose 15% in the first three quarters."),
    ("9 tháng đầu năm, xuất khẩu tăng 15%.", "cs", "Za první tři čtvrtletí vzrostl vývoz o 15 %."),
    ("Trong quý I, có 6 triệu lượt khách.", "en", "Six million came in January-March."),
    ("Phải hoàn thành trước ngày 31/12 năm nay.", "cs", "Musí být hotovo do konce roku."),
    ("Giá nhà tăng 5% trong năm qua.", "en", "House prices rose 5pc over the past year."),
    # a share said as a count out of a whole
    ("Chỉ 1% số mẫu dương tính.", "cs", "Pozitivní byl jen jeden vzorek ze sta."),
    ("Chỉ 1% số mẫu dương tính.", "en", "Only one sample in a hundred tested positive."),
    ("Khoảng 67% người được hỏi đồng ý.", "en", "Two in three of those asked agree."),
    # British numeric dates, a date said twice in the source, `do poloviny roku` (mid-year)
    ("Ngày 05/03/2024, hội nghị khai mạc.", "en", "The conference opened on 5/3/2024."),
    ("Ngày 05/03/2024, hội nghị khai mạc.", "en", "The conference opened on 3/5/2024."),
    ("Kỳ nghỉ lễ 2/9 kéo dài 4 ngày, từ 30/8 đến 2/9.", "cs",
     "Volno potrvá čtyři dny, od 30. srpna do 2. září."),
    ("Đến giữa năm 2026, tuyến đường sẽ thông xe.", "cs",
     "Silnice má být zprovozněna do poloviny roku 2026."),
    # idioms: a quarter century, half-yearly, a month's end, single digits, a trio, trebled
    ("Ông lãnh đạo công ty suốt 25 năm.", "cs", "Firmu vedl celé čtvrtstoletí."),
    ("Lợi nhuận 6 tháng đầu năm tăng 5%.", "cs", "Pololetní zisk vzrostl o 5 %."),
    ("Giảm giá đến hết ngày 30/11.", "cs", "Sleva platí do konce listopadu."),
    ("Giảm giá đến hết ngày 30/11.", "en", "The sale runs until the end of November."),
    ("Lạm phát ở mức dưới 10%.", "en", "Inflation is in single digits."),
    ("3 cầu thủ Việt Nam được chọn.", "en", "A trio of Vietnamese players was picked."),
    ("Thất nghiệp tăng gấp 3 lần.", "en", "Unemployment has trebled."),
    ("Dự án hoàn thành được 50%.", "en", "The project is halfway done."),
    # frequencies (`6 tháng 1 lần` is no date), a range in one decade of life, `or so`
    ("Xe rác đến 2 ngày 1 lần.", "cs", "Popeláři jezdí každý druhý den."),
    ("Xe rác đến 2 ngày 1 lần.", "en", "The bin lorry comes every other day."),
    ("Hội đồng họp 6 tháng 1 lần.", "cs", "Rada zasedá jednou za půl roku."),
    ("Nghi phạm khoảng 40-45 tuổi.", "en", "The suspect is in his early forties."),
    ("Khoảng hơn chục người bị ngộ độc.", "en", "A dozen or so people were poisoned."),
    # a length of hours and minutes in words (`zhruba dvě hodiny` is no time of day), `lớp 10`
    ("Chuyến bay mất khoảng 2 giờ 10 phút.", "cs", "Let trvá zhruba dvě hodiny a deset minut."),
    ("Chuyến bay mất khoảng 2 giờ 10 phút.", "en",
     "The flight takes about two hours and ten minutes."),
    ("Trường tuyển 450 học sinh lớp 10.", "cs",
     "Škola přijme 450 žáků do prvního ročníku střední školy."),
    # power glued to its unit is no code; a percentage before a level shares no scale word
    ("Nhà máy có công suất 2.400 MW.", "en", "The plant has a capacity of 2,400MW."),
    ("Sản lượng tăng 12,5%, đạt 28,6 tỷ kWh.", "cs",
     "Výroba vzrostla o 12,5 % na 28,6 miliardy kWh."),
]

PLANTED = [
    ("Doanh thu đạt 1,98 tỷ USD.", "cs", "Tržby dosáhly téměř tří miliard dolarů."),
    ("Doanh thu đạt 1,98 tỷ USD.", "en", "Revenue reached $2 billion."),  # no approximation
    ("Dân số khoảng 9,3 triệu người.", "en", "The population is some 9.8 million."),
    ("Khoảng 1.200 người tham gia.", "en", "About 1,000 people took part."),
    ("Có 48 người bị thương.", "en", "Nearly 60 people were injured."),
    ("Hai đội hòa 1-1 sau 90 phút.", "en", "It was 1-1 after extra time."),
    ("Hai đội hòa 0-0.", "en", "The match ended 1-1."),
    ("Khoảng 8 giờ tối, đám cháy được khống chế.", "cs",
     "Požár byl zvládnut až kolem deváté večer."),
    ("Khoảng 8 giờ tối, đám cháy được khống chế.", "cs",
     "Požár byl zvládnut až kolem osmé ráno."),
    ("Chuyến bay cất cánh lúc 23 giờ 45 phút.", "en",
     "The plane took off at a quarter past midnight."),
    ("Chuyến bay cất cánh lúc 23 giờ 45 phút.", "en", "The plane took off at a quarter to noon."),
    ("Số khách tăng gần 30%.", "en", "Visitor numbers rose by almost a quarter."),
    ("Hơn 90% cử tri đi bỏ phiếu.", "en", "More than eight in ten voters cast ballots."),
    ("Số khách tăng 30%.", "en", "Visitor numbers rose by a third."),  # no approximation
    ("Mưa kéo dài từ đêm 10 đến sáng 12/10.", "en",
     "It rained from the night of October 10 until the morning of the 13th."),
    ("Tỷ lệ giảm 0,2 điểm phần trăm.", "en", "The rate fell 0.2%."),
    ("Tỷ lệ giảm 0,2 điểm phần trăm.", "cs", "Podíl klesl o 0,2 procenta."),
    ("Lãi suất giảm 0,5-1 điểm phần trăm.", "cs", "Úroky klesnou o 0,5 až 1 %."),
    ("Đưa được 300 người ra khỏi vùng lũ.", "cs", "Ze zaplavené oblasti dostali dvě stovky lidí."),
    ("Sau 120 phút hòa 1-1.", "en", "It was 1-1 after regulation time."),
    ("Trong 24 giờ qua có 15 ca mắc mới.", "en", "There were 15 new cases over the past week."),
    ("Giá vé tăng 20-30%.", "cs", "Letenky podražily o pětinu až polovinu."),
    ("Chỉ có 1/10 số ca phải nhập viện.", "cs", "Do nemocnice musel jen každý pátý nakažený."),
    ("Khoảng 4,2 triệu học sinh đi học.", "en", "Nearly 4 million pupils are at school."),
    ("Dự án có tổng vốn 1,97 tỷ USD.", "cs", "Projekt přijde na více než dvě miliardy dolarů."),
    ("Trận đấu diễn ra lúc 11 giờ trưa 12/6.", "en", "The match is at noon on June 12."),
    ("Tiền đạo này lập cú đúp trong trận thắng 3-0.", "en",
     "The striker scored three times in the 3-0 win."),
    ("Buổi hòa nhạc bắt đầu lúc 19 giờ 30.", "en", "The concert begins at 7.30 in the morning."),
    ("Hàng chục nghìn người đổ ra đường.", "cs", "Do ulic vyšly tisíce lidí."),
    ("Hàng chục nghìn người đổ ra đường.", "en", "Thousands of people took to the streets."),
    ("Nhiệt độ xuống âm 2 độ C.", "en", "The temperature dropped to three below zero."),
    ("Nhiệt độ xuống âm 2 độ C.", "en", "The temperature dropped to two degrees."),
    ("Hai nước ký 12 văn kiện.", "cs", "Obě země podepsaly dva tucty dokumentů."),
    ("Lương tăng gấp 1,5 lần so với năm 2020.", "cs", "Mzda je o třetinu vyšší než v roce 2020."),
    ("Việt Nam thắng Nhật Bản 3-1.", "en", "Vietnam beat Japan 1-3."),
    ("Gói 5G giá gấp đôi gói 4G.", "en", "The 4G plan costs twice as much as the 4G one."),
    ("Gói 5G giá gấp đôi gói 4G.", "en", "The 5G plan costs twice as much as the 3G one."),
    ("Mưa 300 mm trong 48 giờ.", "en", "300mm of rain fell in a single day."),
    ("Kỷ niệm 100 năm Thăng Long.", "en", "Thang Long's millennium celebrations."),
    ("Giờ cao điểm từ 17h đến 19h.", "cs", "Špička je mezi čtvrtou a sedmou odpoledne."),
    ("Giờ cao điểm từ 17h đến 19h.", "cs", "Špička je mezi pátou a sedmou ráno."),
    ("Ba mẹ con bị kẹt trong thang máy suốt 2 tiếng.", "cs",
     "Matka se dvěma dětmi uvízla na tři hodiny ve výtahu."),
    ("4 cha con bị bắt.", "en", "A father and his two sons were arrested."),
    ("2 người bị thương nặng.", "cs", "Lidé byli těžce zraněni."),
    ("Hiệp 1 kết thúc với tỷ số 1-0.", "cs", "Poločas skončil 2:0."),
    ("Hiệp 1 kết thúc với tỷ số 1-0.", "en", "It was 1-0 at full-time in the second half."),
    ("Đây là trận thắng thứ 200 của ông.", "cs", "Je to jeho třístá výhra."),
    ("Cầu dài 2,5 km.", "en", "The bridge is a kilometre and a half long."),
    ("9 tháng đầu năm, xuất khẩu tăng 15%.", "en", "Exports rose 15% in January-August."),
    ("9 tháng đầu năm, xuất khẩu tăng 15%.", "en", "Exports rose 15% in the first two quarters."),
    ("Trong quý II, có 6 triệu lượt khách.", "en", "Six million came in January-March."),
    ("Phải hoàn thành trước ngày 30/12 năm nay.", "cs", "Musí být hotovo do konce roku."),
    ("Giá nhà tăng 5% trong năm qua.", "en", "House prices rose 6pc over the past year."),
    ("Chỉ 1% số mẫu dương tính.", "cs", "Pozitivní byl jen jeden vzorek z deseti."),
    ("Chỉ 2% số mẫu dương tính.", "en", "Only one sample in a hundred tested positive."),
    ("Ngày 05/03/2024, hội nghị khai mạc.", "en", "The conference opened on 5/4/2024."),
    ("Ngày 15/03/2024, hội nghị khai mạc.", "en", "The conference opened on 3/5/2024."),
    ("Kỳ nghỉ lễ 2/9 kéo dài 4 ngày, từ 30/8 đến 3/9.", "cs",
     "Volno potrvá čtyři dny, od 30. srpna do 2. září."),
    ("Đội bóng thắng 2/3 trận.", "cs", "Tým vyhrál polovinu zápasů."),
    ("Ông lãnh đạo công ty suốt 20 năm.", "cs", "Firmu vedl celé čtvrtstoletí."),
    ("Giảm giá đến hết ngày 29/11.", "en", "The sale runs until the end of November."),
    ("Giảm giá đến hết ngày 30/11.", "en", "The sale runs until the end of October."),
    ("Lạm phát ở mức dưới 20%.", "en", "Inflation is in single digits."),
    ("4 cầu thủ Việt Nam được chọn.", "en", "A trio of Vietnamese players was picked."),
    ("Thất nghiệp tăng gấp 2 lần.", "en", "Unemployment has trebled."),
    ("Xe rác đến 3 ngày 1 lần.", "en", "The bin lorry comes every other day."),
    ("Hội đồng họp 6 tháng 1 lần.", "cs", "Rada zasedá jednou za rok."),
    ("Nghi phạm khoảng 40-45 tuổi.", "en", "The suspect is in his early fifties."),
    ("Nghi phạm khoảng 45-55 tuổi.", "en", "The suspect is in his forties."),
    ("Chuyến bay mất khoảng 2 giờ 10 phút.", "cs", "Let trvá zhruba dvě hodiny a dvacet minut."),
    ("Chuyến bay mất khoảng 2 giờ 10 phút.", "en",
     "The flight takes about three hours and ten minutes."),
    ("Trường tuyển 450 học sinh lớp 10.", "cs", "Škola přijme 450 žáků do 11. třídy."),
    ("Nhà máy có công suất 2.400 MW.", "en", "The plant has a capacity of 4,200MW."),
    ("Sản lượng tăng 12,5%, đạt 28,6 tỷ kWh.", "cs",
     "Výroba vzrostla o 12,5 % na 28,6 milionu kWh."),
    ("Ông đã làm việc ở đây 30 năm.", "cs", "Pracuje tu dvě desetiletí."),  # never 20 + 10
]


@pytest.mark.parametrize(("vi", "lang", "target"), CLEAN)
def test_free_renderings_raise_no_error(vi: str, lang: str, target: str) -> None:
    assert not errors(vi, target, lang)


@pytest.mark.parametrize(("vi", "lang", "target"), PLANTED)
def test_errors_next_to_free_renderings_are_caught(vi: str, lang: str, target: str) -> None:
    assert errors(vi, target, lang)


@pytest.mark.parametrize(("text", "hour", "minute", "pm"), [
    ("a quarter to midnight", 11, 45, True), ("a quarter past midnight", 12, 15, False),
    ("half past noon", 12, 30, True), ("ten to noon", 11, 50, False),
])
def test_english_times_around_noon_and_midnight(text: str, hour: int, minute: int,
                                                pm: bool) -> None:
    (time,) = find_times(f"at {text}", "en")
    assert (time.hour, time.minute, time.pm) == (hour, minute, pm)


def test_czech_hour_in_words_after_two_prepositions() -> None:
    (time,) = find_times("dostali ho pod kontrolu až kolem osmé večer", "cs")
    assert (time.hour, time.pm) == (8, True)


def test_a_defeat_told_winner_first_in_english_is_a_warning() -> None:
    found = check_pair("Việt Nam thua Nhật Bản 1-3.", "Vietnam lost 3-1 to Japan.", "en",
                       NUMBERS)
    assert found and all(i.severity != ERROR for i in found)
    assert errors("Việt Nam thua Nhật Bản 1-3.", "Vietnam prohrál s Japonskem 3:1.", "cs")
