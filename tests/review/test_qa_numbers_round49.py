"""Round forty-nine of the numbers check (issue-13a49): classes found in unseen51 and b82. A
change by a percentage (`tăng 6,5%`) said as the level a rise reaches (`rose to 6.5%`,
`vzrostla na 6,5 %`) is an error, and a level (`đạt 70%`) said as a change by it (`by 70%`);
never `up to` (a ceiling) nor a rate of change. A share with decimals after `let` (`mladší
40 let 18,2 %`) and an amount after `během roku` are no years. `půl hodiny po půlnoci` is
0:30; `ráno kolem tří set` is a count, no time. A rounded amount after a hedge and a currency
code (`nearly USD5 billion`) is the exact one. The article is of Sunday, November 29, 2026.
Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. a change said as a level, and a level said as a change
def test_a_change_by_a_percentage_said_as_the_level_it_reaches() -> None:
    source = "Giá gas bán lẻ tháng 12 tăng 6,5% so với tháng trước."
    assert _errors(source, "Retail gas prices rose to 6.5% in December.", "en")
    assert _errors(source, "Maloobchodní ceny plynu v prosinci vzrostly na 6,5 procenta.")
    assert not _errors(source, "Retail gas prices rose by 6.5% in December.", "en")
    assert not _errors(source, "Retail gas prices rose 6.5% in December from November.", "en")
    assert not _errors(source, "Maloobchodní ceny plynu v prosinci vzrostly o 6,5 procenta.")


def test_a_fall_said_as_a_level_with_an_adverb_between() -> None:
    source = "Lượng khách quốc tế giảm 12% trong tháng 11."
    assert _errors(source, "International arrivals dropped sharply to 12% in November.", "en")
    assert not _errors(source, "International arrivals dropped sharply, by 12%, in November.",
                       "en")


def test_to_is_no_level_without_a_direction_word_or_as_a_ceiling() -> None:
    """`up to` is a ceiling; `equal to` names no rise or fall; a source `lên` is a level."""
    assert not _errors("Giá vé giảm 30% cho học sinh.",
                       "Students get discounts of up to 30% on tickets.", "en")
    assert not _errors("Sản lượng tăng 8%, tương đương 2.000 tấn.",
                       "Output was up, equal to 8% or 2,000 tonnes.", "en")
    assert not _errors("Tỷ lệ hộ nghèo giảm xuống 3,1%.", "The poverty rate fell to 3.1%.",
                       "en")


def test_a_rate_of_change_is_never_judged_by_to() -> None:
    """`lạm phát tăng 3,4%` is itself the rate: `inflation rose to 3.4%` may be meant."""
    assert not _errors("Lạm phát tháng 11 tăng 3,4% so với cùng kỳ.",
                       "Inflation rose to 3.4% year on year in November.", "en")


def test_a_level_reached_said_as_a_change() -> None:
    source = "Tỉnh phấn đấu đến năm 2030 tỷ lệ hộ dùng nước sạch đạt 70%."
    assert _errors(source, "The province aims to raise clean-water use by 70% by 2030.", "en")
    assert not _errors(source, "The province aims to raise clean-water use to 70% by 2030.",
                       "en")


# 2. no years
def test_a_share_with_decimals_after_let_is_no_year() -> None:
    source = ("Trong giai đoạn 2021–2025, công nhân dưới 40 tuổi chiếm 18,2% số lao động của "
              "nhà máy.")
    assert not _errors(source, "V letech 2021–2025 tvořili dělníci mladší 40 let 18,2 % "
                               "zaměstnanců továrny.")
    assert _errors("Năm 2024 có 63 người bị thương.", "V roce 63 bylo zraněno 2024 lidí.")


def test_an_amount_after_during_the_year_is_no_year() -> None:
    source = "Trung tâm đã tiếp nhận 318 hồ sơ trong năm."
    assert not _errors(source, "Centrum během roku přijalo 318 žádostí.")


# 3. times of day said in words
def test_half_an_hour_after_midnight() -> None:
    source = "Vụ cháy bùng phát lúc 0h30 ngày 27/11."
    assert not _errors(source, "Požár vypukl 27. listopadu půl hodiny po půlnoci.")
    assert _errors(source, "Požár vypukl 27. listopadu čtvrt hodiny po půlnoci.")


def test_a_count_after_a_part_of_the_day_is_no_hour() -> None:
    source = "Mỗi sáng có khoảng 300 xe tải ra vào cảng, đông nhất từ 6h đến 8h."
    assert not _errors(source, "Do přístavu každé ráno kolem tří set nákladních aut přijede; "
                               "nejvíc jich je mezi šestou a osmou hodinou ranní.")


# 4. a rounded amount after a hedge and a currency code
def test_nearly_and_a_currency_code() -> None:
    source = "Xuất khẩu gạo năm nay ước đạt 4,96 tỷ USD."
    assert not _errors(source, "Rice exports this year are put at nearly USD5 billion.", "en")
    assert _errors(source, "Rice exports this year are put at more than USD5 billion.", "en")


# 5. a difference to a base of five words, and an excess over a plan said as its share
def test_a_difference_to_a_base_of_five_words_keeps_its_direction() -> None:
    source = ("Mức thưởng Tết bình quân ở doanh nghiệp nhà nước cao hơn nhóm công nhân thời vụ "
              "0,6 tháng.")
    assert _errors(source, "Zaměstnanci státních podniků dostanou k Tết o 0,6 měsíce méně "
                           "než v soukromém sektoru.")
    assert not _errors(source, "Zaměstnanci státních podniků dostanou k Tết o 0,6 měsíce více "
                               "než v soukromém sektoru.")


def test_an_excess_over_the_plan_said_as_the_share_reached() -> None:
    source = "Năm nay tỉnh thu ngân sách vượt 8,4% dự toán."
    assert not _errors(source, "Provincie letos vybrala do rozpočtu 108,4 % plánu.")
    assert not _errors(source, "This year the province collected 108.4% of its budget "
                               "target.", "en")
    assert _errors(source, "Provincie letos vybrala do rozpočtu 118,4 % plánu.")
    # no plan named beside the value: the excess is no share
    assert _errors("Doanh thu năm nay vượt 8,4% so với năm ngoái.",
                   "Tržby letos dosáhly 108,4 % loňských.")


# 6. a bound on an amount keeps its side
def test_a_ceiling_said_as_a_floor() -> None:
    source = "Chủ xe vi phạm có thể bị phạt đến 30 triệu đồng."
    assert _errors(source, "Offending owners face fines of VND30 million or more.", "en")
    assert _errors(source, "Provinilým majitelům hrozí pokuta nejméně 30 milionů dongů.")
    assert not _errors(source, "Offending owners face fines of up to VND30 million.", "en")
    assert not _errors(source, "Provinilým majitelům hrozí pokuta až 30 milionů dongů.")


def test_a_floor_said_as_a_ceiling() -> None:
    source = "Mỗi lớp phải có ít nhất 25 học sinh."
    assert _errors(source, "Each class must have at most 25 pupils.", "en")
    assert not _errors(source, "Each class must have at least 25 pupils.", "en")


def test_to_in_a_range_or_before_a_day_is_no_ceiling() -> None:
    assert not _errors("Giá bán từ 15 đến 20 triệu đồng mỗi chiếc.",
                       "They sell for VND15 million to 20 million or more each.", "en")
    assert not _errors("Chương trình kéo dài đến 10 giờ sáng.",
                       "The programme runs until 10 a.m. or later.", "en")


# 7. a base named after `mức`
def test_a_base_after_muc_is_judged_only_after_above_or_below() -> None:
    source = "Tỷ lệ hộ nghèo năm nay là 1,9%, thấp hơn mức 2,4% của năm trước."
    assert _errors(source, "The poverty rate is 1.9% this year, above last year's 2.4%.", "en")
    assert not _errors(source, "The poverty rate is 1.9% this year, below last year's 2.4%.",
                       "en")
    # the base's own rise in words is no direction of the comparison
    assert not _errors(source, "Chudoba letos klesla na 1,9 %, loni přitom vzrostla na "
                               "2,4 %.")
