"""Round fifty-one of the numbers check (issue-13a51): a fraction in the source's words (`một
phần ba`, a third) explains no `3%` or `three times` in the translation; a percentage a fall
leaves (`giảm còn 4,2%`) said as a fall by it (`fell by 4.2%`) is an error; a percentage the
source says is equal to a share of any level (`bằng 70% mức bình quân`) said as an excess over
it (`70% above the average`) is an error. The article is of Sunday, November 29, 2026.
Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors

_THIRD = "Tháng 11, xuất khẩu tăng 14%, trong đó hàng dệt chiếm khoảng một phần ba."


def test_a_fraction_in_words_is_no_denominator() -> None:
    assert _errors(_THIRD, "In November exports rose 14%, with textiles making up about 3%.",
                   "en")
    assert _errors("Đàn bò giảm từ 200 con xuống còn 150 con, tức giảm gần một phần tư.",
                   "The herd fell from 200 to 150 head, a drop of almost four times.", "en")


def test_a_fraction_said_as_a_fraction_stays_right() -> None:
    """The limit: `a third`, `one in three`, `třetina` say the same share."""
    for target, lang in (
            ("In November exports rose 14%, with textiles making up about a third.", "en"),
            ("In November exports rose 14%, with textiles making up about one in three.", "en"),
            ("V listopadu vývoz vzrostl o 14 %, zhruba třetinu tvořily textilie.", "cs")):
        assert not _errors(_THIRD, target, lang)


_LEVEL = "Năm nay, tỷ lệ hộ nghèo giảm còn 4,2%, thấp hơn 1,1 điểm phần trăm so với năm trước."


def test_a_level_a_fall_leaves_said_as_a_fall_by_it() -> None:
    assert _errors(_LEVEL, "This year the poverty rate fell by 4.2%, 1.1 percentage points "
                           "lower than a year earlier.", "en")
    assert not _errors(_LEVEL, "This year the poverty rate fell to 4.2%, 1.1 percentage "
                               "points lower than a year earlier.", "en")


def test_a_plain_fall_by_stays_a_change() -> None:
    """The limit: `giảm 4,2%` without `còn` is a fall by the value."""
    assert not _errors("Giá vàng giảm 4,2% trong tuần.", "Gold fell by 4.2% in the week.", "en")


_EQUAL = "Lương bình quân ở huyện đạt 6 triệu đồng/tháng, bằng khoảng 70% mức bình quân cả nước."


def test_a_share_of_a_level_said_as_an_excess() -> None:
    assert _errors(_EQUAL, "The average wage in the district is VND6 million a month, about "
                           "70% above the national average.", "en")
    assert not _errors(_EQUAL, "The average wage in the district is VND6 million a month, "
                               "about 70% of the national average.", "en")


def test_a_share_over_the_whole_said_as_its_excess_stays_right() -> None:
    """The limit: `bằng 112% cùng kỳ` said `12% more` restates the same amount."""
    assert not _errors("Doanh thu quý III bằng 112% cùng kỳ năm trước.",
                       "Third-quarter revenue was 12% more than a year earlier.", "en")
