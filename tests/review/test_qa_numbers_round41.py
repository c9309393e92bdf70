"""Round forty-one of the numbers check (issue-13a41): classes found in unseen40 and unseen41
and in the own batch b74. A part of the day said once for a later time (`tan học buổi chiều lúc
16h30`) leaves an earlier `7h15` in the morning; an English rank counted in a scale (`its two
millionth visitor`); `a quarter` after an amount with its scale word is the period of a rate;
the first half of the year said as the second and the other way round; a profit written
negative with up to eight words between (`lợi nhuận quý II của nhà máy thép âm 40 tỷ`) said as
a loss; `minus USD5`; a count of months said in quarters (`9 tháng` ~ `za tři čtvrtletí`); grams
said as milligrams or micrograms; the end of a named year (`cuối năm 2028`) said as its
start. The article is of Sunday, November 29, 2026. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

# 1. a part of the day said once belongs to the time after it
SCHOOL = "Thư viện mở cửa lúc 8h30, đóng cửa buổi chiều lúc 17h15."


def test_an_afternoon_said_for_the_later_time_leaves_the_earlier_one_morning() -> None:
    assert not _errors(SCHOOL, "Knihovna otevírá v 8:30 a odpoledne zavírá v 17:15.")
    assert not _errors(SCHOOL, "The library opens at 8:30 a.m. and closes at 5:15 p.m.", "en")


def test_the_earlier_time_said_in_the_afternoon_is_still_an_error() -> None:
    assert _errors(SCHOOL, "The library opens at 8:30 p.m. and closes at 5:15 p.m.", "en")


def test_a_part_of_the_day_said_before_the_time_still_applies() -> None:
    # `buổi chiều` before `lúc 3 giờ`: the afternoon is that time's
    source = "Buổi chiều, đội bóng tập lúc 3 giờ."
    assert not _errors(source, "The team trained at 3pm.", "en")
    assert _errors(source, "The team trained at 3am.", "en")


# 2. an English rank counted in a scale
SHOP = "Cửa hàng đón khách thứ 3 triệu trong năm."


def test_a_rank_in_millions_said_in_words() -> None:
    assert not _errors(SHOP, "The shop welcomed its three millionth customer of the year.", "en")
    assert not _errors(SHOP, "The shop welcomed its 3 millionth customer of the year.", "en")


def test_another_rank_in_millions_is_an_error() -> None:
    assert _errors(SHOP, "The shop welcomed its four millionth customer of the year.", "en")
    assert _errors(SHOP, "The shop welcomed its three thousandth customer of the year.", "en")


# 3. `a quarter` after an amount with its scale word: the period of a rate
SALES = "Doanh số online đạt khoảng 2,5 tỷ USD mỗi quý."


def test_a_quarter_after_a_scaled_amount_is_a_period() -> None:
    assert not _errors(SALES, "Online sales run at about USD2.5 billion a quarter.", "en")
    assert not _errors(SALES, "Online sales run at about $2.5bn a quarter.", "en")


def test_a_quarter_of_something_after_an_amount_is_still_a_share() -> None:
    assert _errors(SALES, "Online sales reached about $2.5bn, a quarter of it abroad.", "en")


# 4. the first half of the year said as the second, and the other way round
FIRST = "Trong 6 tháng đầu năm, lượng khách quốc tế tăng 14%."
LAST = "Trong 6 tháng cuối năm, lượng khách quốc tế tăng 14%."


def test_a_half_year_said_as_itself() -> None:
    assert not _errors(FIRST, "V prvním pololetí přibylo zahraničních turistů o 14 %.")
    assert not _errors(LAST, "Ve druhém pololetí přibylo zahraničních turistů o 14 %.")
    assert not _errors(LAST, "In the second half, foreign arrivals rose 14%.", "en")


def test_a_half_year_said_as_the_other_half_is_an_error() -> None:
    assert _errors(FIRST, "Ve druhém pololetí přibylo zahraničních turistů o 14 %.")
    assert _errors(LAST, "V prvním pololetí přibylo zahraničních turistů o 14 %.")
    assert _errors(LAST, "In the first half, foreign arrivals rose 14%.", "en")


def test_a_source_that_names_both_halves_is_not_judged_by_the_rule() -> None:
    source = "6 tháng cuối năm tăng 14%, cao hơn đầu năm."
    assert not any("pololetí" in e for e in _errors(
        source, "V prvním pololetí to bylo o 14 % víc, víc než na začátku roku."))


def test_a_half_year_said_as_h1_or_h2() -> None:
    assert not _errors(FIRST, "H1 foreign arrivals rose 14%.", "en")
    assert _errors(FIRST, "H2 foreign arrivals rose 14%.", "en")
    assert _errors(LAST, "H1 foreign arrivals rose 14%.", "en")


# 5. a profit written negative said as a loss, further from its word
STEEL = "Lợi nhuận quý II của nhà máy thép Hòa Phát âm 40 tỷ đồng."


def test_a_negative_profit_eight_words_on_said_as_a_loss() -> None:
    assert not _errors(STEEL, "Ocelárna vykázala ve druhém čtvrtletí ztrátu 40 miliard dongů.")
    assert not _errors(STEEL, "The steel mill posted a second-quarter loss of VND40 billion.",
                       "en")


def test_a_negative_profit_said_as_a_profit_is_still_an_error() -> None:
    assert _errors(STEEL, "The steel mill posted a second-quarter profit of VND40 billion.", "en")


# 6. a minus before a currency
GAS = "Giá khí đốt giao ngay có lúc giảm xuống âm 5 USD."


def test_minus_before_a_currency_keeps_the_sign() -> None:
    assert not _errors(GAS, "The spot gas price briefly fell to minus USD5.", "en")
    assert not _errors(GAS, "The spot gas price briefly fell to minus $5.", "en")


def test_the_sign_left_out_or_added_is_an_error() -> None:
    assert _errors(GAS, "The spot gas price briefly fell to USD5.", "en")
    assert _errors("Giá khí đốt giảm xuống 5 USD.", "The gas price fell to minus $5.", "en")


# 7. a count of months said in quarters
REVENUE = "Doanh thu 9 tháng của hãng đạt 700 tỷ đồng."


def test_nine_months_said_as_three_quarters() -> None:
    assert not _errors(REVENUE, "Tržby firmy za tři čtvrtletí dosáhly 700 miliard dongů.")


def test_nine_months_said_as_two_quarters_is_an_error() -> None:
    assert _errors(REVENUE, "Tržby firmy za dvě čtvrtletí dosáhly 700 miliard dongů.")


def test_a_date_is_no_count_of_months() -> None:
    # `ngày 9 tháng 10`: the ninth of October, no nine months
    assert _errors("Doanh thu ngày 9 tháng 10 đạt 700 tỷ đồng.",
                   "Tržby za tři čtvrtletí dosáhly 700 miliard dongů.")


def test_nine_months_said_as_one_quarter_is_an_error() -> None:
    assert _errors(REVENUE, "The firm's revenue was VND700 billion in the third quarter.", "en")
    assert _errors(REVENUE, "Tržby firmy dosáhly ve třetím čtvrtletí 700 miliard dongů.")


# 8. grams said as milligrams or micrograms
PILL = "Mỗi viên thuốc chứa 0,4 g hoạt chất, dư lượng 0,02 mg/kg."


def test_grams_said_as_milligrams_and_micrograms() -> None:
    assert not _errors(PILL, "Každá tableta obsahuje 400 mg účinné látky, rezidua 20 mikrogramů "
                             "na kilogram.")
    assert not _errors(PILL, "Each tablet holds 400 mg of the active substance, with residues "
                             "of 20 micrograms per kilogram.", "en")


def test_a_milligram_value_off_by_a_factor_is_still_an_error() -> None:
    assert _errors(PILL, "Každá tableta obsahuje 40 mg účinné látky, rezidua 20 mikrogramů na "
                         "kilogram.")
    assert _errors("Mẫu chứa 5 mg chất cấm.", "The sample held 5 micrograms of the drug.", "en")


# 9. the end of a named year said as its start
PLANT = "Nhà máy điện mặt trời dự kiến vận hành cuối năm 2028."


def test_the_end_of_a_named_year_said_as_its_start_is_an_error() -> None:
    assert not _errors(PLANT, "Solární elektrárna má být v provozu koncem roku 2028.")
    assert _errors(PLANT, "Solární elektrárna má být v provozu začátkem roku 2028.")


def test_the_end_of_this_year_is_still_not_judged_by_the_rule() -> None:
    # `cuối năm nay` keeps its old treatment: the rule reads only a named year or none
    assert not any("cuối năm" in e for e in _errors(
        "Nhà máy vận hành cuối năm nay.", "Továrna bude v provozu koncem letošního roku."))
