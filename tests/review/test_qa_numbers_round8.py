"""Round eight of the numbers check (issue 13): the classes of false alarm and of miss found on
the seventh independent set and in the developer's batch b40, each with a clean rendering that
must pass and a wrong one that must be an error (sentences written for the test, not taken from
any set)."""

from __future__ import annotations

from numbers_rounds import each_case
from numbers_rounds import errors as _errors

# (class, vi, lang, clean translation, the same with one number wrong)
CASES: list[tuple[str, str, str, str, str]] = [
    # false alarms: honest renderings
    ("Czech tens with one first (`jednadvacet`, `jedenačtyřicet`)", "Phiên họp kéo dài 1 giờ 51 "
     "phút.", "cs", "Zasedání trvalo hodinu a jednapadesát minut.",
     "Zasedání trvalo hodinu a dvaapadesát minut."),
    ("Czech tens with one first (`jednadvacet`, `jedenačtyřicet`)", "Quán mở cửa đến 21 giờ.",
     "cs", "Podnik má otevřeno do jedenadvaceti hodin.",
     "Podnik má otevřeno do dvaadvaceti hodin."),
    ("minutes and seconds said as a length of time", "Cô về đích sau 3 phút 12 giây.", "cs",
     "Do cíle doběhla po třech minutách a dvanácti sekundách.",
     "Do cíle doběhla po třech minutách a třinácti sekundách."),
    ("minutes and seconds said as a length of time", "Cô về đích sau 3 phút 12 giây.", "en",
     "She crossed the line three minutes 12 seconds later.",
     "She crossed the line three minutes 21 seconds later."),
    ("minutes and seconds said as a length of time", "Anh chỉ cần 1 phút 5 giây để hạ đối thủ.",
     "en", "He needed just a minute and five seconds to floor his opponent.",
     "He needed just a minute and six seconds to floor his opponent."),
    ("a rank in words is no cardinal", "Đội đứng thứ nhì, kém đội đầu bảng 2 phút 30 giây.", "cs",
     "Tým je druhý, na vedoucí tým ztrácí dvě minuty a třicet sekund.",
     "Tým je druhý, na vedoucí tým ztrácí dvě minuty a čtyřicet sekund."),
    ("an age said by a word: birth", "Chương trình tiêm chủng dành cho trẻ từ 0 đến 5 tuổi.",
     "cs", "Očkovací program je určen dětem od narození do pěti let.",
     "Očkovací program je určen dětem od narození do šesti let."),
    ("an age said by a word: birth", "Chương trình tiêm chủng dành cho trẻ từ 0 đến 5 tuổi.",
     "en", "The vaccination scheme covers children from birth to five.",
     "The vaccination scheme covers children from birth to six."),
    ("an age said by a word: the age of majority", "Người dưới 18 tuổi không được mua rượu.",
     "en", "Minors may not buy alcohol.", "Those under 16 may not buy alcohol."),
    ("an age said by a word: the age of majority", "Người chưa đủ 18 tuổi không được mua rượu.",
     "cs", "Nezletilí si alkohol koupit nesmějí.",
     "Mladší šestnácti let si alkohol koupit nesmějí."),
    ("a hundred per cent as wholly", "Công ty do Nhà nước nắm giữ 100% vốn.", "en",
     "The company is wholly owned by the state.", "The company is 90% owned by the state."),
    ("the half marathon is 21 km", "Hơn 3.000 người đăng ký cự ly 21 km.", "en",
     "More than 3,000 people signed up for the half marathon.",
     "More than 3,000 people signed up for the marathon."),
    ("the half marathon is 21 km", "Hơn 3.000 người đăng ký cự ly 21 km.", "cs",
     "Na půlmaraton se přihlásilo přes 3000 lidí.", "Na maraton se přihlásilo přes 3000 lidí."),
    ("a year said alone and again in a date", "Lễ hội 2027 khai mạc thứ Sáu, ngày 5/3/2027.",
     "en", "The 2027 festival opens on Friday, March 5.", "The 2027 festival opens on Friday, "
     "March 6."),
    ("a year said alone and again in a date", "Lễ hội 2027 khai mạc thứ Sáu, ngày 5/3/2027.",
     "cs", "Festival začne v pátek 5. března 2027.", "Festival začne v pátek 5. března 2028."),
    ("a value restated after `tức`", "Nhà máy có công suất 1.200 MW, tức 1,2 GW.", "en",
     "The plant has a capacity of 1.2 gigawatts.", "The plant has a capacity of 2.1 gigawatts."),
    ("a value restated after `tức`", "Nhà máy có công suất 1.200 MW, tức 1,2 GW.", "cs",
     "Elektrárna má výkon 1200 MW.", "Elektrárna má výkon 1100 MW."),
    ("the month written once for a list of days", "Đường đóng cửa các ngày 3, 4 và 5/6.",
     "en", "The road will be closed on June 3, 4 and 5.",
     "The road will be closed on July 3, 4 and 5."),
    ("half of a compound scale (`nửa triệu tỷ`)", "Tổng vốn đạt nửa triệu tỷ đồng.", "en",
     "Total capital reached VND500 trillion.", "Total capital reached VND500 billion."),
    ("half of a compound scale (`nửa triệu tỷ`)", "Tổng vốn đạt nửa triệu tỷ đồng.", "cs",
     "Celkový kapitál dosáhl půl biliardy dongů.", "Celkový kapitál dosáhl půl bilionu dongů."),
    ("the percent sign written once for a list", "Xuất khẩu và nhập khẩu tăng lần lượt 4,2% và "
     "6,8%.", "cs", "Vývoz a dovoz vzrostly o 4,2, respektive 6,8 %.",
     "Vývoz a dovoz vzrostly o 6,8, respektive 4,2 %."),
    ("the percent sign written once for a list", "Xuất khẩu và nhập khẩu tăng lần lượt 4,2% và "
     "6,8%.", "en", "Exports and imports rose by 4.2 and 6.8 per cent respectively.",
     "Exports and imports rose by 4.2 and 8.6 per cent respectively."),
    ("a range of amounts with a scale letter at both ends", "Vé có giá 2-3,5 triệu đồng.", "en",
     "Tickets cost VND2m-3.5m.", "Tickets cost VND2m-3.5bn."),
    ("a decimal glued to a data rate", "Tốc độ tải xuống đạt 95,4 Mbps.", "en",
     "Download speeds reached 95.4Mbps.", "Download speeds reached 59.4Mbps."),
    ("a clock time's minutes before a weekday", "Trận đấu bắt đầu lúc 20 giờ 45 thứ Bảy.", "en",
     "The match kicks off at 8.45pm on Saturday.", "The match kicks off at 8.15pm on Saturday."),
    ("a clock time's minutes before a weekday", "Trận đấu bắt đầu lúc 20 giờ 45 Chủ nhật.", "cs",
     "Zápas začíná v neděli ve 20:45.", "Zápas začíná v neděli ve 20:15."),
    ("a range of measures in another metric unit", "Mưa lớn làm nước dâng 1,2-1,5 m.", "cs",
     "Po lijácích stoupla voda o 120 až 150 centimetrů.",
     "Po lijácích stoupla voda o 120 až 180 centimetrů."),
    ("a range of measures in another metric unit", "Mưa lớn làm nước dâng 1,2-1,5 m.", "en",
     "Heavy rain lifted the water by 120-150cm.", "Heavy rain lifted the water by 100-150cm."),
    ("a year takes no scale word after it", "Thành phố muốn trồng 2 triệu cây đến năm 2035.",
     "cs", "Město chce do roku 2035 vysadit dva miliony stromů.",
     "Město chce do roku 2035 vysadit tři miliony stromů."),
    ("a year takes no scale word after it", "Tỉnh đặt mục tiêu 1 triệu khách đến năm 2030.",
     "cs", "Kraj chce do roku 2030 milion turistů.", "Kraj chce do roku 2030 miliardu turistů."),
    ("an amount after `celý rok` is no year", "Doanh thu cả năm đạt 12.400 tỷ đồng.", "cs",
     "Tržby za celý rok dosáhly 12,4 bilionu dongů.",
     "Tržby za celý rok dosáhly 12,4 miliardy dongů."),
    ("a Czech compound says the measure in another metric unit", "Đoạn đường dài 0,5 km sẽ được "
     "mở rộng.", "cs", "Pětisetmetrový úsek silnice bude rozšířen.",
     "Třísetmetrový úsek silnice bude rozšířen."),
    ("a Czech compound says the measure in another metric unit", "Nhà máy có công suất 2.000 MW.",
     "cs", "Jde o dvougigawattovou elektrárnu.", "Jde o trojgigawattovou elektrárnu."),
    ("a night said by the day it ends in", "Mưa lớn kéo dài từ đêm 9/10.", "cs",
     "Silný déšť trvá od noci na 10. října.", "Silný déšť trvá od noci na 12. října."),
    ("a year said by its distance from another", "Cầu khởi công năm 2019 và thông xe năm 2023.",
     "cs", "Most se začal stavět v roce 2019 a otevřen byl o čtyři roky později.",
     "Most se začal stavět v roce 2019 a otevřen byl o tři roky později."),
    ("a year said by its distance from another", "Cầu khởi công năm 2019 và thông xe năm 2023.",
     "en", "Work on the bridge began in 2019 and it opened four years later.",
     "Work on the bridge began in 2019 and it opened five years later."),
    ("a ratio said by `každý N-tý` beside a share", "Khoảng 25% dân số, tức cứ 4 người có 1 "
     "người, sống ở thành phố.", "cs", "Ve městech žije zhruba čtvrtina obyvatel, tedy každý "
     "čtvrtý.", "Ve městech žije zhruba čtvrtina obyvatel, tedy každý pátý."),
    ("a share before `more`/`less` (`a tenth more`)", "Doanh số vượt 20% kế hoạch.", "en",
     "Sales were a fifth more than planned.", "Sales were a quarter more than planned."),
    ("a decade of life for an age range", "Nhóm khách chủ yếu ở độ tuổi 30-40.", "en",
     "Most of the visitors are in their thirties.", "Most of the visitors are in their forties."),
    ("a decade of life for an age range", "Nhóm khách chủ yếu ở độ tuổi 30-40.", "cs",
     "Návštěvníci jsou většinou třicátníci.", "Návštěvníci jsou většinou čtyřicátníci."),
    # misses: wrong numbers that passed
    ("a Vietnamese time with minutes and no part of the day is the 24-hour clock", "Hội nghị "
     "khai mạc lúc 8 giờ 15 phút ngày 3/4.", "en", "The conference opened at 8.15am on April 3.",
     "The conference opened at 8.15pm on April 3."),
    ("a Czech 12:30 is half past noon", "Xe xuất phát lúc 0 giờ 30 sáng.", "cs",
     "Autobus vyjíždí ve 0:30.", "Autobus vyjíždí ve 12:30."),
    ("a Czech 12:30 is half past noon", "Xe xuất phát lúc 12 giờ 30 trưa.", "cs",
     "Autobus vyjíždí ve 12:30.", "Autobus vyjíždí ve 0:30."),
    ("`độ` is read as Fahrenheit only where the translation names Celsius", "Vùng núi cao có "
     "thể xuống dưới 4 độ.", "cs", "Na horách může teplota klesnout pod čtyři stupně.",
     "Na horách může teplota klesnout pod dva stupně."),
    ("`độ` is read as Fahrenheit only where the translation names Celsius", "Nhiệt độ ở Texas "
     "lên tới 100 độ.", "cs", "Teploty v Texasu vystoupily na 38 °C.",
     "Teploty v Texasu vystoupily na 3 stupně."),
    ("a rate per another period", "Mỗi tháng có khoảng 300 ca mắc mới, tức 10 ca mỗi ngày.",
     "cs", "Měsíčně přibývá asi 300 nových případů, tedy deset denně.",
     "Měsíčně přibývá asi 300 nových případů, tedy deset týdně."),
    ("a rate per another period", "Xe buýt chạy 4 chuyến mỗi ngày.", "en",
     "The bus runs four times a day.", "The bus runs four times a week."),
    ("a rate per another period", "Giá thuê 5 triệu đồng/tháng.", "en",
     "The rent is VND5 million a month.", "The rent is VND5 million a year."),
    ("a part of the day said in words changed", "Chiều nay, chứng khoán giảm 12 điểm.", "en",
     "Shares fell 12 points this afternoon.", "Shares fell 12 points this morning."),
    ("a part of the day said in words changed", "Tối qua, cảnh sát bắt giữ 3 người.", "cs",
     "Včera večer policie zadržela tři lidi.", "Včera ráno policie zadržela tři lidi."),
    ("a range of amounts reversed with a scale letter at both ends", "Mức phạt từ 4 đến 6 triệu "
     "đồng.", "en", "The fine is VND4m-6m.", "The fine is VND6m-4m."),
    ("a year beside `năm nay` said as last year", "Năm 2025 tỉnh đón 3 triệu khách, năm nay dự "
     "kiến 4 triệu.", "en", "The province welcomed three million visitors last year and expects "
     "four million this year.", "The province welcomed three million visitors in 2024 and "
     "expects four million this year."),
    ("a list of set scores where one reads as a clock time", "Cô thắng 3-1, các ván 11-5, 9-11, "
     "11-8, 11-7.", "cs", "Vyhrála 3:1 na sety, 11:5, 9:11, 11:8, 11:7.",
     "Vyhrála 3:1 na sety, 11:5, 11:9, 11:8, 11:7."),
    ("a length of time in another unit beside an age is no trade of units", "Bị cáo 19 tuổi "
     "nhận án 18 tháng tù.", "cs", "Devatenáctiletý obžalovaný dostal rok a půl vězení.",
     "Devatenáctiletý obžalovaný dostal dva a půl roku vězení."),
    ("an amount said as a share of another", "Đội nhất nhận 200 triệu đồng, đội nhì nhận 100 "
     "triệu đồng.", "cs", "Vítězové dostanou 200 milionů dongů, druzí polovinu.",
     "Vítězové dostanou 200 milionů dongů, druzí čtvrtinu."),
    ("an amount said as a share of another", "Đội nhất nhận 200 triệu đồng, đội nhì nhận 100 "
     "triệu đồng.", "en", "The winners get VND200 million and the runners-up half that.",
     "The winners get VND200 million and the runners-up a quarter of that."),
    ("Czech number nouns of 21-99 (`třiadvacítka`)", "U23 Việt Nam thắng U23 Lào 3-0.", "cs",
     "Vietnamská třiadvacítka porazila Laos 3:0.", "Vietnamská jednadvacítka porazila Laos 3:0."),
    ("Czech ordinals of a hundred and more (`stopadesáté`)", "Thành phố kỷ niệm 120 năm thành "
     "lập.", "cs", "Město slaví stodvacáté výročí založení.",
     "Město slaví stopadesáté výročí založení."),
    ("a race time's unit is inside its token (`11 giây 37`)", "Anh chạy 100 m trong 10 giây 45, "
     "chậm hơn kỷ lục 0,05 giây.", "cs", "Stovku zaběhl za 10,45 sekundy, o pět setin pomaleji "
     "než rekord.", "Stovku zaběhl za 10,45 sekundy, o šest setin pomaleji než rekord."),
    ("an age's bound said as the last whole year", "Trẻ từ 6 tuổi đến dưới 15 tuổi được miễn vé.",
     "en", "Children aged 6 to 14 travel free.", "Children aged 6 to 13 travel free."),
    ("an age's bound said as the last whole year", "Trẻ từ 6 tuổi đến dưới 15 tuổi được miễn vé.",
     "cs", "Děti od 6 do 14 let cestují zdarma.", "Děti od 6 do 16 let cestují zdarma."),
    ("the sea mile is its own unit", "Tàu gặp nạn cách đảo 30 hải lý.", "en",
     "The ship got into trouble 30 nautical miles from the island.",
     "The ship got into trouble 30 kilometres from the island."),
    ("one way (`1 chiều`)", "Cầu sẽ chỉ cho xe lưu thông 1 chiều trong 2 tuần.", "en",
     "The bridge will be open to one-way traffic only for two weeks.",
     "The bridge will be open to one-way traffic only for three weeks."),
]


@each_case(CASES)
def test_round8_clean_rendering_passes(cls: str, vi: str, lang: str, clean: str,
                                       wrong: str) -> None:
    assert not _errors(vi, clean, lang), cls


@each_case(CASES)
def test_round8_wrong_number_is_an_error(cls: str, vi: str, lang: str, clean: str,
                                         wrong: str) -> None:
    assert _errors(vi, wrong, lang), cls

