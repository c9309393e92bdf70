"""Round thirty-eight of the numbers check (issue-13a38): classes found in unseen37 and in the
own batch b71. A Vietnamese ordinal of two or three words (`thứ mười một`, `thứ hai mươi
mốt`); a profit written negative and rescaled (`âm 1.250 tỷ` ~ `a loss of VND1.25 trillion`);
Czech hour spans closed by an hour noun (`od devíti do jedenácti hodin`) or by `do rána`
(`do dvou do rána`); `từ đầu năm` said as the start of a quarter or month; two quarters named
at a sentence's end (`quý I và quý II.`) said as a half; a weekday before a percentage
(`On Saturday, 95%`) read as no date; `định kỳ 25 ngày` (periodic) no numbered term; the last
day of a month said as its end (`31/3/2027` ~ `do konce března 2027`); Czech ordinals of
hundreds above a thousand (`patnáctistý`); the quarter before said as the month before. The
article is of Sunday, November 29, 2026. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

from translate.text.words_cs import cs_ordinal_value

# 1. ordinals of two or three words
CHOIR = "Dàn hợp xướng biểu diễn lần thứ mười một tại nhà hát."


def test_an_ordinal_of_two_words_is_read_whole() -> None:
    assert not _errors(CHOIR, "The choir performed at the theatre for the eleventh time.", "en")
    assert not _errors(CHOIR, "Sbor vystoupil v divadle pojedenácté.")
    assert not _errors("Đây là mùa giải thứ hai mươi mốt của đội.",
                       "It is the team's twenty-first season.", "en")


def test_a_wrong_ordinal_of_two_words_is_still_an_error() -> None:
    assert _errors(CHOIR, "The choir performed at the theatre for the tenth time.", "en")
    assert _errors(CHOIR, "The choir performed at the theatre for the twelfth time.", "en")
    assert _errors("Đây là mùa giải thứ hai mươi mốt của đội.",
                   "It is the team's twentieth season.", "en")


def test_ten_years_after_an_ordinal_ten_are_not_added() -> None:
    assert not _errors("Công ty kỷ niệm lần thứ mười, sau mười năm hoạt động.",
                       "The company marked its tenth anniversary after ten years in business.",
                       "en")


# 2. a negative profit rescaled and said as a loss
STEEL = "Lợi nhuận quý III của hãng thép âm 2.400 tỷ đồng."


def test_a_negative_profit_rescaled_is_a_loss() -> None:
    assert not _errors(STEEL, "The steelmaker made a third-quarter loss of VND2.4 trillion.",
                       "en")
    assert not _errors(STEEL, "Ocelárna ve třetím čtvrtletí vykázala ztrátu 2,4 bilionu dongů.")


def test_a_rescaled_loss_of_another_size_or_a_profit_is_an_error() -> None:
    assert _errors(STEEL, "The steelmaker made a third-quarter loss of VND2.4 billion.", "en")
    assert _errors(STEEL, "The steelmaker made a third-quarter loss of VND4.2 trillion.", "en")
    assert _errors(STEEL, "The steelmaker made a third-quarter profit of VND2.4 trillion.", "en")


# 3. Czech hour spans: an hour noun or `do rána` after the close
BAKERY = "Tiệm bánh làm việc từ 22h đến 3h sáng."


def test_a_czech_span_ending_in_do_rana_or_an_hour_noun() -> None:
    assert not _errors(BAKERY, "Pekárna pracuje od deseti večer do tří do rána.")
    assert not _errors("Cầu đóng cửa từ 20h đến 22h tối nay.",
                       "Most bude dnes večer uzavřen od osmi do deseti hodin.")


def test_a_wrong_hour_or_half_of_the_day_in_such_a_span() -> None:
    assert _errors(BAKERY, "Pekárna pracuje od deseti večer do čtyř do rána.")
    assert _errors("Tiệm bánh làm việc từ 22h đến 3h chiều.",
                   "Pekárna pracuje od deseti večer do tří do rána.")
    assert _errors("Cầu đóng cửa từ 20h đến 22h tối nay.",
                   "Most bude dnes večer uzavřen od sedmi do deseti hodin.")


# 4. since the start of the year said as since the start of a quarter or month
FUNDS = "Các quỹ đã rút ròng 3.200 tỷ đồng từ đầu năm."


def test_since_the_start_of_the_year_said_as_a_quarter_or_month() -> None:
    assert _errors(FUNDS, "Funds have seen net outflows of VND3.2 trillion since the start of "
                          "the quarter.", "en")
    assert _errors(FUNDS, "Z fondů od začátku měsíce odteklo čistých 3,2 bilionu dongů.")
    assert not _errors(FUNDS, "Funds have seen net outflows of VND3.2 trillion since the start "
                              "of the year.", "en")
    assert not _errors(FUNDS, "Z fondů od začátku roku odteklo čistých 3,2 bilionu dongů.")


def test_a_start_of_the_quarter_in_the_source_excuses_it() -> None:
    vi = "Các quỹ đã rút ròng 3.200 tỷ đồng từ đầu năm, riêng từ đầu quý là 900 tỷ đồng."
    assert not _errors(vi, "Funds have seen net outflows of VND3.2 trillion since the start of "
                           "the year, VND900 billion of it since the start of the quarter.", "en")


# 5. two quarters at a sentence's end said as a half
def test_two_quarters_before_a_full_stop_are_a_half() -> None:
    vi = "Mùa mưa ở đây kéo dài trọn quý III và quý IV."
    assert not _errors(vi, "The rainy season here lasts the whole second half of the year.",
                       "en")
    assert not _errors(vi, "Období dešťů tu trvá celé druhé pololetí.")
    assert _errors(vi, "The rainy season here lasts the whole first half of the year.", "en")


def test_a_quarter_followed_by_a_year_is_no_sentence_end() -> None:
    assert _errors("Doanh thu quý I và quý II.2026 đạt 80 tỷ đồng.",
                   "Revenue in the first half reached VND80 billion.", "en")


# 6. a weekday before a percentage or a large number: no date after it
POLL = "Hôm qua (28/11), 60% cử tri đã đi bầu."


def test_a_weekday_before_a_percentage_stands_for_the_date() -> None:
    assert not _errors(POLL, "On Saturday, 60% of voters had cast their ballots.", "en")
    assert _errors(POLL, "On Friday, 60% of voters had cast their ballots.", "en")


# 7. `định kỳ`: periodic, no numbered term
def test_a_periodic_stop_keeps_its_unit_of_time() -> None:
    vi = "Nhà máy nước sẽ ngừng bảo dưỡng định kỳ 12 ngày."
    assert _errors(vi, "The waterworks will close for 12 weeks of routine maintenance.", "en")
    assert not _errors(vi, "The waterworks will close for 12 days of routine maintenance.",
                       "en")
    assert not _errors("Đây là kỳ 12 của hội chợ.", "This is the 12th edition of the fair.",
                       "en")


# 8. the last day of a month said as its end
ORDER = "Hợp đồng phải hoàn tất trước 30/6/2027."


def test_the_last_day_of_a_month_said_as_its_end() -> None:
    assert not _errors(ORDER, "Smlouva musí být splněna do konce června 2027.")
    assert not _errors(ORDER, "The contract must be completed by the end of June 2027.", "en")


def test_another_day_month_or_year_said_as_the_end_is_an_error() -> None:
    assert _errors("Hợp đồng phải hoàn tất trước 29/6/2027.",
                   "Smlouva musí být splněna do konce června 2027.")
    assert _errors(ORDER, "The contract must be completed by the end of July 2027.", "en")
    assert _errors(ORDER, "The contract must be completed by the end of June 2028.", "en")
    assert _errors(ORDER, "The contract must be completed in June 2027.", "en")


# 9. Czech ordinals of hundreds above a thousand
def test_czech_hundreds_above_a_thousand_as_an_ordinal() -> None:
    assert cs_ordinal_value("patnáctistý") == 1500
    assert cs_ordinal_value("dvanáctistého") == 1200
    assert cs_ordinal_value("pětistý") == 500
    assert not _errors("Cô ấy là du khách thứ 1.300 trong ngày.",
                       "Byla třináctistou návštěvnicí toho dne.")
    assert _errors("Cô ấy là du khách thứ 1.300 trong ngày.",
                   "Byla čtrnáctistou návštěvnicí toho dne.")


# 10. the quarter before said as the month before
TIMBER = "Giá gỗ tăng 80.000 đồng so với quý trước."


def test_the_quarter_before_said_as_the_month_before() -> None:
    assert _errors(TIMBER, "Dřevo zdražilo o 80 000 dongů proti předchozímu měsíci.")
    assert _errors(TIMBER, "Timber rose VND80,000 month on month.", "en")
    assert not _errors(TIMBER, "Dřevo zdražilo o 80 000 dongů proti minulému čtvrtletí.")
    assert not _errors(TIMBER, "Timber rose VND80,000 quarter on quarter.", "en")


def test_a_month_before_in_the_source_excuses_the_month() -> None:
    vi = "Giá gỗ tăng 80.000 đồng so với quý trước và 30.000 đồng so với tháng trước."
    assert not _errors(vi, "Timber rose VND80,000 on the previous quarter and VND30,000 on the "
                           "previous month.", "en")
