"""Round five of the numbers check (issue 13): classes of false alarm on clean human pairs,
each with a clean rendering that must pass and a wrong one that must still be an error."""

from __future__ import annotations

from numbers_rounds import each_case
from numbers_rounds import errors as _errors

# (class, vi, lang, clean translation, the same with one number wrong)
CASES = [
    ("unanimous N/N", "Luật được 468/468 đại biểu tán thành.", "cs",
     "Zákon podpořilo všech 468 poslanců.", "Zákon podpořilo všech 486 poslanců."),
    ("unanimous N/N", "50/50 trường đã hoàn thành.", "en",
     "All 50 schools have finished.", "All 60 schools have finished."),
    ("full moon of a lunar month", "Rằm tháng Bảy, nhiều người đi lễ chùa.", "en",
     "On the full moon of the seventh lunar month, many people go to pagodas.",
     "On the full moon of the sixth lunar month, many people go to pagodas."),
    ("lunar new year's eve", "Siêu thị mở cửa đến hết ngày 30 Tết.", "en",
     "Supermarkets stay open until Lunar New Year's Eve.",
     "Supermarkets stay open until the 20th."),
    ("twelfth lunar month named by Tết", "Ngày 23 tháng Chạp, người dân tiễn ông Táo.", "cs",
     "Dvacátého třetího dne dvanáctého lunárního měsíce lidé vyprovázejí boha kuchyně.",
     "Dvacátého třetího dne jedenáctého lunárního měsíce lidé vyprovázejí boha kuchyně."),
    ("months of the year counted", "6 tháng năm 2024, doanh thu đạt 12 tỷ USD.", "en",
     "Revenue reached $12 billion in the first six months of 2024.",
     "Revenue reached $12 billion in the first five months of 2024."),
    ("month in Vietnamese words with day and year", "Ngày 30 tháng Tư năm 1975, chiến tranh "
     "kết thúc.", "cs", "Dne 30. dubna 1975 skončila válka.",
     "Dne 30. května 1975 skončila válka."),
    ("month range with a year", "Mùa mưa kéo dài đến tháng 10-11/2025.", "en",
     "The rainy season lasts until October-November 2025.",
     "The rainy season lasts until October-November 2026."),
    ("first phase in words", "Giai đoạn 1 của dự án dài 20 km.", "en",
     "The first phase of the project is 20 km long.",
     "The second phase of the project is 20 km long."),
    ("first phase in words", "Dự án cầu số 3 hoàn thành giai đoạn 1.", "cs",
     "Projekt mostu číslo 3 dokončil první etapu.", "Projekt mostu číslo 3 dokončil druhou etapu."),
    ("conversion after tedy / or", "Cuốn sách có giá 150.000 đồng.", "cs",
     "Kniha stojí 150 tisíc dongů, tedy zhruba 140 korun.",
     "Kniha stojí 160 tisíc dongů, tedy zhruba 140 korun."),
    ("conversion after tedy / or", "Vé xem phim giá 100.000 đồng.", "en",
     "A cinema ticket costs VND100,000, or about $4.",
     "A cinema ticket costs VND10,000, or about $4."),
    ("time given in two zones", "Trận đấu bắt đầu lúc 21h giờ Việt Nam.", "cs",
     "Zápas začíná ve 21 hodin vietnamského času, tedy v 15 hodin SEČ.",
     "Zápas začíná ve 21 hodin vietnamského času, tedy v 17 hodin SEČ."),
    ("Czech length of time after o/po/až", "Chuyến bay bị hoãn 4 tiếng.", "cs",
     "Let byl odložen o čtyři hodiny.", "Let byl odložen o pět hodin."),
    ("Czech length of time after o/po/až", "Sau 3 tiếng, đám cháy được dập tắt.", "cs",
     "Po třech hodinách byl požár uhašen.", "Po čtyřech hodinách byl požár uhašen."),
    ("čtvrť is a district", "Hà Nội có 12 quận nội thành.", "cs",
     "Hanoj má dvanáct městských čtvrtí.", "Hanoj má třináct městských čtvrtí."),
    ("digits and a half", "Cuộc họp kéo dài 3,5 giờ.", "cs",
     "Jednání trvalo 3 a půl hodiny.", "Jednání trvalo 4 a půl hodiny."),
    ("a scale word and a half", "Thành phố có 1,5 triệu dân.", "cs",
     "Město má milion a půl obyvatel.", "Město má dva miliony obyvatel."),
    ("Czech hundreds as nouns", "Trường lọt vào top 300 châu Á.", "cs",
     "Škola se dostala do asijské první trojstovky.",
     "Škola se dostala do asijské první čtyřstovky."),
    ("thirteenth-month salary", "Công ty trả lương tháng 13 vào tháng 1.", "cs",
     "Firma vyplácí třináctý plat v lednu.", "Firma vyplácí čtrnáctý plat v lednu."),
    ("doubled (nhân đôi)", "Số khách đã nhân đôi trong 2 năm.", "en",
     "The number of visitors doubled in two years.",
     "The number of visitors tripled in two years."),
    ("one unit said by the unit", "Mỗi người được khám sức khỏe 2 lần trong 1 năm.", "cs",
     "Každý má nárok na dvě prohlídky ročně.", "Každý má nárok na tři prohlídky ročně."),
    ("one unit said by the unit", "Hợp đồng được gia hạn thêm 1 năm.", "en",
     "The contract was extended by another year.",
     "The contract was extended by another two years."),
    ("one percent as procento", "Lạm phát tăng thêm 1%.", "cs",
     "Inflace vzrostla o další procento.", "Inflace vzrostla o další dvě procenta."),
    ("penalty spot", "Đội tuyển thắng 4-3 trong loạt sút luân lưu 11 m.", "en",
     "The team won the shootout 4-3.", "The team won the shootout 4-2."),
    ("rounded value before the exact one", "Dự án có vốn 23.450 tỷ đồng.", "cs",
     "Projekt má rozpočet přibližně 23 bilionů dongů (23 450 miliard).",
     "Projekt má rozpočet přibližně 23 bilionů dongů (32 450 miliard)."),
    ("this morning", "Lúc 9 giờ 15 phút sáng nay, phiên họp bắt đầu.", "en",
     "The session began at 9.15 this morning.", "The session began at 9.45 this morning."),
    # second wave
    ("group letter C is no Roman 100", "Thái Lan đứng đầu bảng C với 7 điểm.", "en",
     "Thailand top Group C with seven points.", "Thailand top Group C with eight points."),
    ("Roman term as an English ordinal", "Đại hội khóa XII bầu ra 180 ủy viên.", "en",
     "The 12th-term congress elected 180 members.", "The 11th-term congress elected 180 members."),
    ("zero percent said zero", "Lãi suất cho vay ưu đãi là 0%.", "en",
     "The preferential lending rate is zero.", "The preferential lending rate is 2%."),
    ("percentage points with hyphens", "Ngân hàng giảm 1% lãi suất.", "en",
     "The bank made a one-percentage-point rate cut.",
     "The bank made a two-percentage-point rate cut."),
    ("per mille per thousand", "Tỷ suất tử vong là 6,1‰.", "cs",
     "Úmrtnost je 6,1 na 1000 obyvatel.", "Úmrtnost je 6,7 na 1000 obyvatel."),
    ("infants", "Trẻ dưới 1 tuổi được tiêm miễn phí 8 loại vắc xin.", "en",
     "Infants get eight vaccines free of charge.", "Infants get nine vaccines free of charge."),
    ("converted range", "Vé có giá 50.000-70.000 đồng.", "en",
     "Tickets cost VND50,000-70,000, or about $2-2.80.",
     "Tickets cost VND50,000-90,000, or about $2-2.80."),
    ("a night into the next day", "Đêm 20 rạng sáng 21/10, bão đổ bộ.", "cs",
     "V noci z 20. na 21. října dorazil tajfun.", "V noci z 21. na 20. října dorazil tajfun."),
    ("a closing date after a range word", "Hội chợ mở từ ngày 20/11 đến 5/12.", "en",
     "The fair runs from November 20 to December 5.",
     "The fair runs from November 20 to December 15."),
    ("tenths of a second", "Cô về đích với thời gian 12 giây 4.", "en",
     "She finished in 12.4 seconds.", "She finished in 12.9 seconds."),
    ("Czech hours as ordinals in digits", "Từ 8 giờ đến 11 giờ sáng, điện bị cắt.", "cs",
     "Mezi 8. a 11. hodinou dopoledne nepůjde proud.",
     "Mezi 9. a 11. hodinou dopoledne nepůjde proud."),
    ("lunar day and months: ordinals carry no unit", "Hội Lim diễn ra từ mùng 12 tháng Giêng "
     "đến hết tháng Hai âm lịch.", "en", "The Lim festival runs from the 12th day of the first "
     "lunar month to the end of the second.", "The Lim festival runs from the 13th day of the "
     "first lunar month to the end of the second."),
    ("half a million is no million", "Khoảng nửa triệu người xem trận đấu.", "en",
     "About half a million people watched the match.",
     "About a million people watched the match."),
    ("multiplier words changed", "Doanh số năm nay gấp đôi năm ngoái.", "en",
     "Sales this year were double last year's.", "Sales this year were triple last year's."),
    ("a Roman region before an amount", "Vùng II có mức lương 4,41 triệu đồng.", "en",
     "Region II has a wage of VND4.41 million.", "Region II has a wage of VND4.14 million."),
]


@each_case(CASES)
def test_clean_rendering_passes(cls: str, vi: str, lang: str, clean: str, wrong: str) -> None:
    assert not _errors(vi, clean, lang), cls


@each_case(CASES)
def test_wrong_number_is_still_an_error(cls: str, vi: str, lang: str, clean: str,
                                        wrong: str) -> None:
    assert _errors(vi, wrong, lang), cls


def test_lower_case_month_word_before_a_count_is_no_month() -> None:
    """`hai tháng năm ngoái` is two months of last year, not February; a capital names it."""
    assert not _errors("Trong 2 tháng năm ngoái, giá tăng 5%.",
                       "In two months last year, prices rose 5%.", "en")
    assert _errors("Ngày 5 tháng Năm năm 2020, giá tăng.", "On June 5, 2020, prices rose.", "en")


def test_round_the_clock_still_reads() -> None:
    """A number after a slash is no hour (`13/12 giờ Việt Nam`), except `24/24 giờ`."""
    assert not _errors("Tổng đài hoạt động 24/24 giờ.", "The hotline runs around the clock.",
                       "en")
    assert not _errors("Lúc 1h sáng ngày 13/12 giờ Việt Nam, trận đấu bắt đầu.",
                       "The match began at 1 a.m. on December 13, Vietnam time.", "en")
