"""Round fifty of the numbers check (issue-13a50): a bare share in the source (`đạt 45% tổng
số`, `82% hộ`: a percentage with no word of change or comparison in its clause) said as an
excess or a shortfall (`45% more than`, `82% more households`) is an error; the same
percentage said as a share (`45% of`) is not, and a comparison anywhere in the clause (`tăng`,
`so với`, `lên`, `gấp`, a range) leaves the value to the other checks. The article is of
Sunday, November 29, 2026. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


def test_a_share_reached_said_as_an_excess() -> None:
    source = "Đến nay huyện đã thu được 3,2 tỷ đồng, đạt 45% tổng số tiền cần thu."
    assert _errors(source, "The district has so far collected VND3.2 billion, 45% more than "
                           "the total it must collect.", "en")
    assert not _errors(source, "The district has so far collected VND3.2 billion, 45% of the "
                               "total it must collect.", "en")


def test_a_share_of_households_said_as_more_or_fewer_households() -> None:
    source = "Trong xã, 82% hộ dân đã có nước sạch."
    assert _errors(source, "In the commune, 82% more households now have clean water.", "en")
    assert _errors(source, "In the commune, 82% fewer households now have clean water.", "en")
    assert not _errors(source, "In the commune, 82% of households now have clean water.", "en")


def test_a_change_or_comparison_in_the_clause_is_left_alone() -> None:
    """`tăng 12%` said `12% more`, `12% so với` said `12% higher` are changes already."""
    assert not _errors("Doanh thu tăng 12% trong quý.", "Revenue was 12% higher in the quarter.",
                       "en")
    assert not _errors("Giá thép năm nay cao 12% so với năm ngoái.",
                       "Steel costs 12% more this year than last year.", "en")
    assert not _errors("Lượng khách lên 12% trong tháng.", "Visitors were 12% more in the month.",
                       "en")


def test_a_comparison_word_further_on_is_no_excess() -> None:
    """Only the word right after the value is read: `45% of the total, more than` is a share."""
    source = "Tỉnh đã giải ngân 1.200 tỷ đồng, đạt 45% kế hoạch vốn."
    assert not _errors(source, "The province has disbursed VND1,200 billion, 45% of its plan, "
                               "more than any other province.", "en")
