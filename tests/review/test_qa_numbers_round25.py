"""Round twenty-five of the numbers check (issue-13a25): classes found in unseen24, each with
its limits. False alarms: a depth below sea level said by words for `âm 250 m`, the middle of a
month (`do poloviny října`), `několika set milionů` as one amount, `an eighth` as a share, the
end of a range of lengths (`dvou až tří hodin`), a week word for a bracketed date (`cuối tuần
này (6/12)`), the eve a translator adds to name a night (`z 15. na 16. října`), the night of a
date said by the day it runs into (`v noci na neděli`) and a change told new value first (`90
days instead of 30`). Misses: a part of the day after a Czech date or with a lunar day, a
weekday with a part of the day before a bracketed date, a reversed date range with its year on
the end, the are (`arech`) and `na hektar` as a rate. Sentences written for these tests."""

from __future__ import annotations

import datetime

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# 1. `âm 120 m` said as a depth below sea level: the words carry the minus
def test_depth_below_sea_level_carries_the_minus() -> None:
    vi = "Đường hầm mới nằm ở độ sâu âm 120 m."
    assert _errors(vi, "Nový tunel vede 120 metrů pod úrovní moře.") == []
    assert _errors(vi, "The new tunnel runs 120 metres below sea level.", "en") == []
    assert _errors(vi, "Nový tunel vede 150 metrů pod úrovní moře.")


def test_below_sea_level_limits() -> None:
    """A positive source depth said `below sea level` gains a minus; `below the surface` is a
    plain depth and carries none (`sâu 120 m` is said that way too)."""
    assert _errors("Hầm mỏ xuống tới 120 m.", "Šachta sahá 120 metrů pod úrovní moře.")
    assert _errors("Giếng sâu 120 m.", "The well is 120 metres below the surface.", "en") == []
    assert _errors("Giếng ở mức âm 120 m.", "Vrt sahá 120 metrů pod povrchem.")


# 2. a part of the day after a Czech date, and with a lunar day (misses)
def test_part_of_day_after_a_czech_date() -> None:
    vi = "Lễ khánh thành cầu diễn ra sáng 12/3/2027."
    assert _errors(vi, "Most slavnostně otevřou 12. března 2027 ráno.") == []
    assert _errors(vi, "Most slavnostně otevřou 12. března 2027 dopoledne.") == []
    assert _errors(vi, "Most slavnostně otevřou 12. března 2027 večer.")
    assert _errors("Chợ đêm mở tối 4/12.", "Noční trh otevře 4. prosince večer.") == []


def test_part_of_day_of_a_lunar_day() -> None:
    vi = "Lễ rước kiệu diễn ra chiều mùng 10 tháng Giêng."
    assert _errors(vi, "The procession is held on the afternoon of the tenth day of the first "
                       "lunar month.", "en") == []
    assert _errors(vi, "The procession is held on the morning of the tenth day of the first "
                       "lunar month.", "en")


# 3. a weekday, a part of the day, then the date in brackets (a miss)
def test_weekday_before_a_part_of_day_and_a_bracketed_date() -> None:
    vi = "Chiều 28/11, hơn 500 vận động viên tham gia giải chạy."
    assert _errors(vi, "V sobotu odpoledne (28. listopadu) se běhu zúčastnilo přes 500 "
                       "závodníků.") == []
    assert _errors(vi, "V pátek odpoledne (28. listopadu) se běhu zúčastnilo přes 500 "
                       "závodníků.")
    assert _errors(vi, "On Sunday afternoon (November 28) more than 500 runners took part.",
                   "en")


# 4. the night of a date said by the day it runs into
def test_night_said_by_the_day_it_runs_into() -> None:
    vi = "Đêm 28/11, mưa lớn làm ngập 300 ngôi nhà."
    assert _errors(vi, "V noci na neděli zaplavil liják 300 domů.") == []
    assert _errors(vi, "Overnight into Sunday heavy rain flooded 300 homes.", "en") == []
    assert _errors(vi, "V noci na sobotu zaplavil liják 300 domů.")


def test_night_into_needs_a_night_in_the_source() -> None:
    """The limit: a morning in the source gives no next day."""
    assert _errors("Sáng 28/11, mưa lớn làm ngập 300 ngôi nhà.",
                   "V noci na neděli zaplavil liják 300 domů.")


# 5. `do poloviny října`: the middle of a month, no half
def test_middle_of_a_month_is_no_half() -> None:
    vi = "Hồ sơ phải nộp trước giữa tháng Ba."
    assert _errors(vi, "Žádosti je nutné podat do poloviny března.") == []
    assert _errors(vi, "Applications are due by mid-March.", "en") == []


def test_a_half_of_an_amount_still_counts() -> None:
    assert _errors("Giá giảm 30%.", "Cena klesla o polovinu.")


# 6. `několika set milionů`: several hundred million, one vague amount
def test_several_hundred_million_in_czech() -> None:
    vi = "Một bức tranh quý có thể bán được vài trăm triệu đồng."
    assert _errors(vi, "Vzácný obraz se může prodat za několik set milionů dongů.") == []
    assert _errors(vi, "Vzácný obraz se může prodat i za několika set milionů dongů.") == []
    assert _errors(vi, "Vzácný obraz se může prodat i za několika set tisíc dongů.")


# 7. `an eighth` is a share like `a fifth`
def test_an_eighth_is_a_share() -> None:
    vi = "Doanh thu quý III tăng 12,5% so với quý II."
    assert _errors(vi, "Third-quarter revenue rose by an eighth on the second quarter.",
                   "en") == []
    assert _errors(vi, "Third-quarter revenue rose by a fifth on the second quarter.", "en")


# 8. `dvou až tří hodin`: a range of lengths, no clock hour
def test_end_of_a_range_of_lengths_is_no_clock_hour() -> None:
    vi = "Chuyến bay bị hoãn 2–3 tiếng vì sương mù."
    assert _errors(vi, "Let se kvůli mlze zpozdil o dvě až tři hodiny.") == []
    vi2 = "Thủ tục nay chỉ mất 20 phút thay vì 2–3 tiếng."
    assert _errors(vi2, "Vyřízení teď trvá dvacet minut místo dvou až tří hodin.") == []
    assert _errors(vi2, "Vyřízení teď trvá dvacet minut místo dvou až pěti hodin.")


def test_until_a_clock_hour_stays_a_time() -> None:
    assert _errors("Quầy mở đến 3 giờ chiều.", "Přepážka je otevřená až do tří hodin "
                                                "odpoledne.") == []
    assert _errors("Quầy mở đến 3 giờ chiều.", "Přepážka je otevřená až do pěti hodin "
                                                "odpoledne.")


# 9. a week word for a bracketed date
def test_week_word_for_a_bracketed_date() -> None:
    vi = "Đến cuối tuần này (6/12), cầu phao sẽ được tháo dỡ."
    assert _errors(vi, "Pontonový most rozeberou do konce tohoto týdne.") == []
    assert _errors(vi, "The pontoon bridge will be dismantled by the end of this week.",
                   "en") == []
    assert _errors(vi, "Pontonový most rozeberou do konce měsíce.")
    assert _errors(vi, "Pontonový most rozeberou do 8. prosince.")


# 10. the eve a translator adds to name a night
def test_eve_added_to_name_a_night() -> None:
    vi = "Hệ thống cũ ngừng hoạt động lúc 0h ngày 21/11/2026."
    assert _errors(vi, "Starý systém se vypnul o půlnoci z 20. na 21. listopadu 2026.") == []
    assert _errors(vi, "The old system shut down at midnight on the night of November 20 to "
                       "21, 2026.", "en") == []
    assert _errors(vi, "Starý systém se vypnul o půlnoci z 19. na 21. listopadu 2026.")


# 11. a change told new value first
def test_change_told_new_value_first() -> None:
    vi = "Thời gian xử lý hồ sơ được rút từ 15 ngày xuống 5 ngày."
    assert _errors(vi, "Applications now take 5 days instead of 15.", "en") == []
    assert _errors(vi, "Žádosti se teď vyřizují pět dní místo patnácti.") == []
    assert _errors(vi, "Applications now take 15 days instead of 5.", "en")
    assert _errors(vi, "Žádosti se teď vyřizují patnáct dní místo pěti.")
    assert _errors(vi, "Applications now take 5 days, down from 15.", "en") == []


# 12. a reversed date range with its year on the end (a miss)
def test_reversed_date_range_with_year_on_the_end() -> None:
    vi = "Cảng sẽ đóng cửa 40 ngày, từ 20/2 đến 1/4/2027."
    assert _errors(vi, "Přístav se na 40 dní uzavře, od 20. února do 1. dubna 2027.") == []
    assert _errors(vi, "Přístav se na 40 dní uzavře, od 1. dubna do 20. února 2027.")
    assert _errors(vi, "The port will close for 40 days, from April 1 to February 20, 2027.",
                   "en")


# 13. the are and a rate per hectare in Czech (misses)
def test_the_are_and_a_rate_na_hektar() -> None:
    vi = "Vùng trồng cam rộng 1.800 ha, năng suất 25 tấn/ha."
    ok = "Pomeranče rostou na 1800 hektarech a dávají 25 tun na hektar."
    assert _errors(vi, ok) == []
    assert _errors(vi, ok.replace("1800 hektarech", "1800 arech"))
    assert _errors(vi, ok.replace("tun na hektar", "tun na ar"))


def test_na_before_a_number_is_no_rate() -> None:
    assert _errors("Sản lượng giảm từ 8 tấn xuống 6 tấn.", "Produkce klesla z 8 tun na "
                                                           "6 tun.") == []


# 14. `ngày 30 Tết` said as the lunar New Year's Eve, `Silvestr` first
def test_lunar_new_years_eve_silvestr_first() -> None:
    vi = "Bến xe hoạt động đến 18h ngày 30 Tết."
    assert _errors(vi, "Autobusové nádraží je na Silvestra lunárního roku otevřené do šesti "
                       "večer.") == []
    assert _errors(vi, "Autobusové nádraží je na Silvestra otevřené do šesti večer.")


# 15. a duration said with a half while a half is said too: each half keeps its own
def test_half_year_beside_a_half() -> None:
    vi = "Sau 6 tháng áp dụng quy định mới, số vụ vi phạm giảm một nửa."
    assert _errors(vi, "Za půl roku od zavedení nových pravidel klesl počet přestupků na "
                       "polovinu.") == []
    assert _errors(vi, "Za rok od zavedení nových pravidel klesl počet přestupků na polovinu.")
    assert _errors(vi, "Za půl roku od zavedení nových pravidel klesl počet přestupků o "
                       "třetinu.")


# 16. a day range whose last date has its year after `năm`: the first day is a date too
def test_day_range_with_the_year_after_nam() -> None:
    vi = "Hội chợ diễn ra từ ngày 8 đến 12/3 năm 2027."
    assert _errors(vi, "Veletrh se koná od 8. do 12. března 2027.") == []
    assert _errors(vi, "The fair runs from March 8 to 12, 2027.", "en") == []
    assert _errors(vi, "Veletrh se koná od 9. do 12. března 2027.")
    assert _errors(vi, "Veletrh se koná od 8. do 12. března 2028.")


# 17. a count per unit said `to the kilo` (a miss)
def test_count_to_the_kilo() -> None:
    vi = "Tôm loại 30 con/kg được thu mua với giá 180.000 đồng/kg."
    ok = "Prawns at 30 to the kilo fetch VND180,000 a kilo."
    assert _errors(vi, ok, "en") == []
    assert _errors(vi, ok.replace("to the kilo", "to the pound"), "en")
    assert _errors("Giá tăng 5% lên mức cao nhất.", "Prices rose 5% to the highest level.",
                   "en") == []


# 18. `tuần này` said as this month or year; `đầu tháng` and `đầu năm` traded (misses)
def test_this_week_said_as_this_month() -> None:
    vi = "Giá tiêu tuần này giảm 4.000 đồng/kg; 11 tháng xuất khẩu đạt 230.000 tấn."
    assert _errors(vi, "Pepper fell by VND4,000 a kilo this week; exports reached 230,000 "
                       "tonnes in eleven months.", "en") == []
    assert _errors(vi, "Pepper fell by VND4,000 a kilo this month; exports reached 230,000 "
                       "tonnes in eleven months.", "en")
    assert _errors("Giá tiêu tuần này giảm 4.000 đồng/kg.",
                   "Pepř letos zlevnil o 4000 dongů za kilo.")
    # the limit: a source that names this year too explains it
    assert _errors("Giá tiêu tuần này giảm 4.000 đồng/kg, thấp nhất năm nay.",
                   "Pepper fell by VND4,000 a kilo, the lowest this year.", "en") == []


def test_start_of_the_month_and_of_the_year() -> None:
    vi = "Giá gạo tăng 300 đồng/kg so với đầu tháng."
    assert _errors(vi, "Rýže podražila o 300 dongů za kilo proti začátku měsíce.") == []
    assert _errors(vi, "Rýže podražila o 300 dongů za kilo proti začátku roku.")
    assert _errors("Giá gạo tăng 300 đồng/kg so với đầu năm.",
                   "Rice rose by VND300 a kilo from the start of the month.", "en")
    # `đầu tháng 4`, `đầu tháng Mười`: early in a named month, not judged here
    assert not any("đầu tháng" in e for e in _errors(
        "Đầu tháng Mười, giá gạo tăng 300 đồng/kg.",
        "At the start of the year rice rose by VND300 a kilo.", "en"))


# 19. a range whose first end is a unit noun itself (`měsíc až pět týdnů` for `30–35 ngày`)
def test_range_opened_by_a_unit_noun() -> None:
    vi = "Bao phân bón loại 50 kg dùng được khoảng 30–35 ngày."
    assert _errors(vi, "Padesátikilový pytel hnojiva vystačí zhruba na měsíc až pět týdnů.") == []
    assert _errors(vi, "Padesátikilový pytel hnojiva vystačí zhruba na rok až pět týdnů.")
    assert _errors(vi, "Padesátikilový pytel hnojiva vystačí zhruba na měsíc až šest týdnů.")
