"""`check --fix`, round thirty-four (issue 12bh): a member's standing (`řadový`, `řádný`,
`čestný`) said before a present member's title where the source does not say it is cut; a
forbidden rendering of a title said twice is left alone where a lower-case adjective goes on
from it (a campaign's or a festival's `ambasadorka`, not a diplomat). Sentences written for
these tests (none from a bench set)."""

from __future__ import annotations

from translate.review.added import added_words
from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


# -- a member's standing added before a present title --------------------------------------------

def test_an_ordinary_members_standing_the_source_lacks_is_cut(glossary, matcher):
    vi = "Chi bộ đã tặng quà cho năm đảng viên cao tuổi."
    cs = "Základní organizace strany darovala dárky pěti starším řadovým členům strany."
    assert _fixed(vi, cs, glossary, matcher) == \
        "Základní organizace strany darovala dárky pěti starším členům strany."


def test_an_honorary_standing_before_a_committee_member_is_cut(glossary, matcher):
    vi = "Tỉnh ủy đã mời các Tỉnh ủy viên dự hội nghị."
    cs = "Provinční výbor strany pozval na konferenci čestné členy provinčního výboru strany."
    assert _fixed(vi, cs, glossary, matcher) == \
        "Provinční výbor strany pozval na konferenci členy provinčního výboru strany."


def test_a_standing_the_source_says_stays(glossary, matcher):
    vi = "Chi bộ đã kết nạp hai đảng viên chính thức."
    cs = "Základní organizace strany přijala dva řádné členy strany."
    assert _fixed(vi, cs, glossary, matcher) == cs
    vi = "Ông được trao danh hiệu đảng viên danh dự."
    cs = "Obdržel titul čestného člena strany."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_a_standing_word_elsewhere_is_not_cut(glossary, matcher):
    vi = "Chi bộ có 40 đảng viên, phần lớn là công nhân."
    cs = "Základní organizace strany má 40 členů strany, většinou řadových dělníků."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_the_standings_are_among_the_prefixes(glossary):
    prefixes = dict(added_words(glossary).prefixes)
    assert prefixes["čestný"] == ("danh dự",) and "chính thức" in prefixes["řádný"]


# -- a title said twice: a campaign's ambassador beside the diplomat ----------------------------

def test_a_campaigns_ambassador_with_an_adjective_stays(glossary, matcher):
    vi = "Đại sứ Pháp đã gặp Đại sứ văn hóa đọc của thành phố."
    cs = "Francouzský velvyslanec se setkal s ambasadorem čtenářské kultury města."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_the_second_mention_without_an_adjective_is_still_fixed(glossary, matcher):
    vi = "Sau khi gặp một nữ Đại sứ, sinh viên hỏi: “Thưa bà Đại sứ, bà ở đây lâu chưa?”"
    cs = "Po setkání s velvyslankyní se student zeptal: „Paní ambasadorko, jste tu dlouho?“"
    assert _fixed(vi, cs, glossary, matcher) == \
        "Po setkání s velvyslankyní se student zeptal: „Paní velvyslankyně, jste tu dlouho?“"
