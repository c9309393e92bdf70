"""Round thirty-nine of the numbers check (issue-13a39): classes found in unseen38 and in the
own batch b72. `năm` right after digits is a year, never the word five (`kỷ niệm 20 năm` does
not explain an added `five`); a count written with a group separator in the source (`từ 700
lên 1.900`) is no year when the translation writes it as one would (`z 1900 na 700`), so its
range turned round is an error; a school term (`học kỳ`, `semester`) is a rate's period; a
Roman numeral (`quý II`) takes an ordinal word before a `two` elsewhere; `100%` said as
`výhradně`/`exclusively`; a date's year said as `next year` right after it; `0 giờ ngày mai`
said as `midnight tonight`; a Czech time range in words (`od deseti večer do pěti ráno`)
turned round. The article is of Sunday, November 29, 2026. Sentences written for these
tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

# 1. `năm` after digits is a year, not five
CLUB = "Câu lạc bộ ký hợp đồng tài trợ mới nhân dịp 20 năm thành lập."


def test_an_added_five_is_not_explained_by_a_year_after_digits() -> None:
    assert _errors(CLUB, "The club signed a new five-year sponsorship deal on its 20th "
                         "anniversary.", "en")
    assert _errors(CLUB, "Klub podepsal u příležitosti 20. výročí založení novou sponzorskou "
                         "smlouvu na pět let.")


def test_the_same_sentence_without_the_added_number_passes() -> None:
    assert not _errors(CLUB, "The club signed a new sponsorship deal on its 20th anniversary.",
                       "en")
    assert not _errors(CLUB, "Klub podepsal u příležitosti 20. výročí založení novou "
                             "sponzorskou smlouvu.")


def test_five_said_as_a_word_in_the_source_is_still_five() -> None:
    assert not _errors("Năm cầu thủ bị treo giò.", "Five players were suspended.", "en")
    assert not _errors("Đội có 11 năm kinh nghiệm và năm huấn luyện viên.",
                       "The team has 11 years of experience and five coaches.", "en")


# 2. a grouped count is no year in a reversed range
SHOPS = "Số cửa hàng tiện lợi tăng từ 700 lên khoảng 1.900 trong bốn năm."


def test_a_grouped_count_written_as_a_year_keeps_its_range() -> None:
    assert _errors(SHOPS, "Počet večerek za čtyři roky vzrostl z 1900 na zhruba 700.")
    assert not _errors(SHOPS, "Počet večerek za čtyři roky vzrostl ze 700 na zhruba 1900.")


def test_a_year_still_moves_freely() -> None:
    assert not _errors("Năm 2019, công ty có 700 nhân viên.",
                       "Firma měla 700 zaměstnanců v roce 2019.")


def test_grouped_counts_apart_from_a_range_only_warn() -> None:
    assert not _errors("Có 700 cửa hàng và 1.900 nhân viên.",
                       "Pracuje tam 1900 lidí v 700 obchodech.")


# 3. a school term is a rate's period
FEE = "Học phí chương trình chất lượng cao là 45 triệu đồng/năm."


def test_a_yearly_fee_said_per_semester_is_another_unit() -> None:
    assert _errors(FEE, "Fees for the high-quality programme are VND45 million a semester.",
                   "en")
    assert _errors(FEE, "Školné v programu vyšší kvality činí 45 milionů dongů za semestr.")


def test_a_fee_per_semester_said_per_semester_passes() -> None:
    term = FEE.replace("/năm", "/học kỳ")
    assert not _errors(term, "Fees for the high-quality programme are VND45 million a "
                             "semester.", "en")
    assert not _errors(term, "Školné v programu vyšší kvality činí 45 milionů dongů za "
                             "semestr.")
    assert not _errors(FEE, "Školné v programu vyšší kvality činí 45 milionů dongů ročně.")


# 4. a Roman numeral is an ordinal: it takes an ordinal word before a `two` elsewhere
TALKS = "Hai bên nhất trí nâng kim ngạch lên 3 tỷ USD và mở văn phòng đại diện vào quý II/2027."


def test_a_roman_quarter_takes_the_ordinal_not_the_two_sides() -> None:
    assert not _errors(TALKS, "The two sides agreed to lift two-way trade to $3bn and to open "
                              "a representative office in the second quarter of 2027.", "en")


def test_a_roman_quarter_said_as_another_ordinal_is_still_an_error() -> None:
    assert _errors(TALKS, "The two sides agreed to lift two-way trade to $3bn and to open a "
                          "representative office in the third quarter of 2027.", "en")
    assert _errors(TALKS, "Obě strany se dohodly zvýšit obchod na 3 miliardy dolarů a otevřít "
                          "zastoupení ve třetím čtvrtletí 2027.")


# 5. `100%` said as `exclusively`
BUSES = "Thành phố sẽ dùng 100% xe buýt điện trên các tuyến nội đô."


def test_a_hundred_percent_said_as_exclusively() -> None:
    assert not _errors(BUSES, "Na vnitroměstských linkách bude město nasazovat výhradně "
                              "elektrobusy.")
    assert not _errors(BUSES, "The city will run exclusively electric buses on its inner "
                              "routes.", "en")


def test_a_hundred_percent_said_as_a_smaller_share_is_still_an_error() -> None:
    assert _errors(BUSES, "Na vnitroměstských linkách bude město nasazovat z 80 % elektrobusy.")
    assert _errors(BUSES, "The city will run 80% electric buses on its inner routes.", "en")


# 6. a date's year said as `next year` / `last year` right after it
RULE = "Quy định mới về nhãn hàng hóa áp dụng từ ngày 15/3/2027."


def test_a_dates_year_said_as_next_year() -> None:
    assert not _errors(RULE, "The new labelling rule applies from March 15 next year.", "en")
    assert not _errors(RULE, "Nové předpisy o označování zboží platí od 15. března příštího "
                             "roku.")


def test_a_year_said_by_distance_must_be_the_right_one_and_next_to_the_date() -> None:
    assert _errors(RULE, "Nové předpisy o označování zboží platí od 15. března letošního roku.")
    assert _errors(RULE, "The new labelling rule applies from March 15, a step planned for "
                         "next year.", "en")
    assert _errors(RULE.replace("2027", "2028"), "The new labelling rule applies from March 15 "
                                                 "next year.", "en")
    assert _errors(RULE, "The new labelling rule applies from March 16 next year.", "en")


# 7. midnight at the start of tomorrow said as `midnight tonight`
TOLL = "Từ 0 giờ ngày mai (30/11), trạm thu phí tăng giá vé thêm 5.000 đồng."


def test_midnight_tonight_is_the_start_of_tomorrow() -> None:
    assert not _errors(TOLL, "From midnight tonight, the toll station raises its fare by "
                             "VND5,000.", "en")
    assert not _errors(TOLL, "Od dnešní půlnoci zdraží mýtná stanice jízdné o 5000 dongů.")


def test_midnight_tonight_is_no_later_day() -> None:
    later = TOLL.replace("ngày mai (30/11)", "ngày 2/12")
    assert _errors(later, "From midnight tonight, the toll station raises its fare by "
                          "VND5,000.", "en")
    assert _errors(later, "Od dnešní půlnoci zdraží mýtná stanice jízdné o 5000 dongů.")


# 8. a Czech time range in words turned round
CURFEW = "Khu phố cổ cấm xe máy từ 19 giờ tối nay đến 6 giờ sáng mai."


def test_a_reversed_range_of_times_in_words_is_an_error() -> None:
    assert _errors(CURFEW, "Ve Starém městě platí dnes zákaz motorek od šesti ráno do sedmi "
                           "večer.")
    assert not _errors(CURFEW, "Ve Starém městě platí dnes zákaz motorek od sedmi večer do "
                               "šesti ráno.")


def test_two_times_in_words_apart_from_a_range_may_trade_places() -> None:
    assert not _errors("Chợ mở cửa lúc 6 giờ sáng và đóng cửa lúc 19 giờ.",
                       "Trh zavírá v sedm večer a otevírá v šest ráno.")
