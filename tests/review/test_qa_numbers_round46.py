"""Round forty-six of the numbers check (issue-13a46): classes found in unseen47, unseen48 and
b79. A change of a count or an amount keeps its direction (`tăng 5 bậc` is no `down five
places`, `giảm 40 ca` no `o 40 případů více`), but a bound (`more than 145,000`) is no
direction and a range (`tăng 10–12`) no single change; `gấp 4 lần` is no `four times less`;
`giảm từ 30% xuống 25%` is no `rose from 30%`; `half as many as the previous year` is a
fraction of a base; a balance written negative (`cân đối … âm 80 tỷ`) is a deficit; a month's
part (`giữa tháng 3`) is no other part (`late March`), a half of it (`nửa đầu tháng 3`) no
part; months counted in quarters (`6 tháng` ~ `dvě čtvrtletí`) and the first quarter said by
its months (`quý I` ~ `the first three months`) agree.
The article is of Sunday, November 29, 2026. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


# 1. a count's or an amount's change keeps its direction
def test_places_turned_round() -> None:
    source = "Đội tuyển tăng 5 bậc trên bảng xếp hạng, lên thứ 94."
    assert _errors(source, "The team dropped five places in the ranking to 94th.", "en")
    assert _errors(source, "The team went down 5 places in the ranking to 94th.", "en")
    assert not _errors(source, "The team climbed five places in the ranking to 94th.", "en")
    assert not _errors(source, "Tým si v žebříčku polepšil o pět míst na 94. příčku.")


def test_amount_said_with_its_noun_then_the_comparative() -> None:
    source = "Năm nay, số ca sốt xuất huyết giảm 40 ca so với năm ngoái."
    assert _errors(source, "Letos je případů horečky dengue o 40 případů více než loni.")
    assert _errors(source, "There were 40 cases more of dengue fever this year than last.",
                   "en")
    assert not _errors(source, "Letos je případů horečky dengue o 40 případů méně než loni.")
    assert not _errors(source, "There were 40 fewer cases of dengue fever this year than last.",
                       "en")


def test_money_change_with_thousands() -> None:
    source = "Giá thịt lợn hơi hôm nay tăng 2.000 đồng, lên 61.000 đồng/kg."
    assert _errors(source, "Live hog prices fell VND2,000 today to VND61,000 per kilogram.",
                   "en")
    assert not _errors(source, "Live hog prices rose VND2,000 today to VND61,000 per kilogram.",
                       "en")
    assert not _errors(source, "Výkupní ceny prasat dnes stouply o 2000 dongů na 61 000 dongů "
                               "za kilogram.")


def test_a_bound_and_a_range_are_no_direction() -> None:
    # `more than` bounds the value; the cut itself is said by the verb
    assert not _errors("Sau sắp xếp, tỉnh đã giảm hơn 3.400 biên chế.",
                       "After the merger the province has cut more than 3,400 staff posts.",
                       "en")
    # a range of changes is left alone (`lower` before it belongs to another value)
    assert not _errors("Sản lượng tăng 10–12 tấn mỗi tháng nhờ giống mới.",
                       "Thanks to the new variety, output is 10 to 12 tonnes higher a month.",
                       "en")


def test_two_changes_each_with_its_own_word() -> None:
    source = "Doanh thu giảm 8% nhưng số đơn hàng tăng 9 đơn so với cùng kỳ."
    assert not _errors(source, "Tržby jsou o 8 % nižší, ale objednávek je o devět objednávek "
                               "víc než loni.")
    assert _errors(source, "Tržby jsou o 8 % nižší a objednávek je o devět objednávek méně "
                           "než loni.")


def test_the_same_value_twice_is_not_judged() -> None:
    source = "Nhóm A tăng 3 bậc, nhóm B giảm 3 bậc."
    assert not _errors(source, "Group A rose three places and group B fell three places.",
                       "en")


# 2. a multiple is no fraction
def test_times_less_for_a_multiple() -> None:
    source = "Giá phân bón hiện cao gấp 4 lần năm 2020."
    assert _errors(source, "Fertiliser now costs four times less than in 2020.", "en")
    assert _errors(source, "Hnojiva jsou dnes čtyřikrát levnější než v roce 2020.")
    assert not _errors(source, "Fertiliser now costs four times more than in 2020.", "en")
    assert not _errors(source, "Hnojiva jsou dnes čtyřikrát dražší než v roce 2020.")
    # a source that says the smaller side itself is left alone
    assert not _errors("Giá năm 2020 chỉ bằng một phần tư, tức thấp hơn gấp 4 lần hiện nay.",
                       "Prices in 2020 were four times lower than now.", "en")


def test_half_as_many_as_the_previous_year() -> None:
    source = "Số lượt tàu cập cảng năm nay gấp đôi năm trước."
    assert _errors(source, "Ship calls this year were half as many as the previous year.",
                   "en")
    assert not _errors(source, "Ship calls this year were twice as many as the previous year.",
                       "en")


# 3. a percentage's fall said from its start
def test_fall_from_said_as_a_rise() -> None:
    source = "Tỷ lệ hộ dùng nước giếng giảm từ 30% năm 2020 xuống 25% năm 2025."
    assert _errors(source, "The share of households on well water rose from 30% in 2020 to "
                           "25% in 2025.", "en")
    assert not _errors(source, "The share of households on well water fell from 30% in 2020 "
                               "to 25% in 2025.", "en")
    assert not _errors(source, "The share of households on well water was 25% in 2025, down "
                               "from 30% in 2020.", "en")


# 4. a balance written negative
def test_negative_balance_said_as_a_deficit() -> None:
    source = "Sau 6 tháng, cân đối thu chi của quỹ âm 80 tỷ đồng."
    assert not _errors(source, "After six months the fund shows a deficit of VND80 billion.",
                       "en")
    assert not _errors(source, "Po šesti měsících vykazuje fond schodek 80 miliard dongů.")
    # still a number: another amount is an error
    assert _errors(source, "After six months the fund shows a deficit of VND90 billion.", "en")


# 5. a month's part
def test_month_part_changed() -> None:
    source = "Cuộc thi sẽ khép lại vào cuối tháng 3."
    assert _errors(source, "The contest will close in mid-March.", "en")
    assert _errors(source, "Soutěž skončí začátkem března.")
    assert not _errors(source, "The contest will close in late March.", "en")
    assert not _errors(source, "The contest will close at the end of March.", "en")
    assert not _errors(source, "Soutěž skončí koncem března.")


def test_half_of_a_month_is_no_part() -> None:
    source = "Lô hàng sẽ được giao trong nửa đầu tháng 3."
    assert not _errors(source, "Zásilka bude dodána v první polovině března.")
    # a month with two parts named in the source is not judged
    assert not _errors("Khóa học kéo dài từ đầu tháng 3 đến cuối tháng 3.",
                       "The course runs through March, from early to mid-March.", "en")


# 6. quarters and months
def test_months_counted_in_quarters() -> None:
    source = "6 tháng đầu năm, doanh số tăng 7%."
    assert not _errors(source, "V prvních dvou čtvrtletích vzrostly tržby o 7 %.")
    assert not _errors(source, "In the first two quarters, sales rose 7%.", "en")
    assert _errors(source, "V prvních třech čtvrtletích vzrostly tržby o 7 %.")
    # an ordinal names one quarter, not two
    assert _errors(source, "In the second quarter, sales rose 7%.", "en")


def test_first_quarter_said_by_its_months() -> None:
    source = "Trong quý I, nhà máy xuất xưởng 900 ô tô."
    assert not _errors(source, "In the first three months the plant turned out 900 cars.",
                       "en")
    assert not _errors(source, "Během prvních tří měsíců závod vyrobil 900 aut.")
    assert _errors(source, "Během prvních čtyř měsíců závod vyrobil 900 aut.")


# 7. a data rate said with another prefix
def test_data_rate_prefix() -> None:
    source = "Trung tâm dữ liệu mới có băng thông 1,6 Tbps."
    assert not _errors(source, "The new data centre has 1,600 Gbps of bandwidth.", "en")
    assert not _errors(source, "Nové datové centrum má propustnost 1600 Gb/s.")
    assert _errors(source, "The new data centre has 160 Gbps of bandwidth.", "en")
    # another unit is no conversion: watts are no bits
    assert _errors(source, "The new data centre draws 1,600 GW.", "en")
