"""Round thirty-nine of the numbers check (issue-13a39): classes found in unseen38. `năm`
right after digits is a year, never the word five (`kỷ niệm 20 năm` does not explain an added
`five`); a count written with a group separator in the source (`từ 700 lên 1.900`) is no
year when the translation writes it as one would (`z 1900 na 700`), so its range turned round
is an error; a school term (`học kỳ`, `semester`, `semestr`) is a rate's period, so a yearly
fee said per semester is another unit. The article is of Sunday, November 29, 2026.
Sentences written for these tests."""

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
