"""Round forty-nine of `check --fix` (issue 12co), under both loadings: where the source marks a
woman (`nữ` before the title, `bà`, a `Thị` name) and the translation keeps the man's title, the
woman's title in the man's case and number (`ladytitle._marked`); a `Thị` name after the name of
the department the title heads marks a woman too (`source._thi_after`). Own sentences."""

from __future__ import annotations

import pytest

from translate.draft.enforce import RequiredTerm
from translate.draft.source import _thi_after
from translate.review.ladytitle import _gender_pairs, _marked


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    # accusative plural after a numeral
    ("Chi bộ thôn đã kết nạp bốn nữ đảng viên.",
     "Základní organizace strany ve vesnici přijala čtyři členy strany.",
     "Základní organizace strany ve vesnici přijala čtyři členky strany."),
    # dative plural of a one-word title
    ("Hội nghị đã tặng hoa cho 30 nữ cán bộ của huyện.",
     "Konference předala květiny 30 funkcionářům okresu.",
     "Konference předala květiny 30 funkcionářkám okresu."),
    # an adjective and its noun, both in the woman's form (dative plural)
    ("Sở Nội vụ đã tặng giấy khen cho 12 nữ công chức.",
     "Odbor vnitra udělil pochvalu 12 státním úředníkům.",
     "Odbor vnitra udělil pochvalu 12 státním úřednicím."),
    # a Thị name after the title: the subject in the nominative
    ("Chủ tịch UBND tỉnh Lê Thị Hoa đã chủ trì cuộc họp.",
     "Předseda provinčního lidového výboru Lê Thị Hoa vedla schůzi.",
     "Předsedkyně provinčního lidového výboru Lê Thị Hoa vedla schůzi."),
])
def test_a_mans_title_for_a_woman_the_source_names_takes_her_form(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("vi", "cs"), [
    # the woman's form already there
    ("Chi bộ thôn đã kết nạp hai nữ đảng viên trẻ.",
     "Základní organizace vesnice přijala dvě mladé členky strany."),
    # the source says nothing of a woman
    ("Chi bộ thôn đã kết nạp hai đảng viên trẻ.",
     "Základní organizace vesnice přijala dva mladé členy strany."),
    # `Văn`: a man's name after the title
    ("Chủ tịch UBND tỉnh Lê Văn Hòa đã chủ trì cuộc họp.",
     "Předseda provinčního lidového výboru Lê Văn Hòa vedl schůzi."),
    # women counted among the group the man's plural names
    ("Tỷ lệ cán bộ nữ trong Hội đồng nhân dân huyện đạt 30%.",
     "Podíl žen mezi funkcionáři okresní lidové rady dosáhl 30 %."),
    # the title's own verb in a man's past form: the source's woman is another person
    ("Chủ tịch nước đã tiếp Tổng Lãnh sự Trần Thị Hoa.",
     "Prezident přijal generální konzulku Trần Thị Hoa."),
    # the woman's noun elsewhere in the sentence: the man's plural counts everyone
    ("Các nữ đảng viên chiếm một nửa số đảng viên của chi bộ.",
     "Členky strany tvoří polovinu všech členů strany v základní organizaci."),
])
def test_no_womans_form_where_the_source_or_the_translation_says_otherwise(vi, cs, fix_loaded):
    assert fix_loaded(vi, cs) == cs


def test_pairs_are_a_mans_title_and_the_womans_listed_after_it():
    assert _gender_pairs(("státní úředník", "státní úřednice")) == [
        ("státní úředník", "státní úřednice")]
    assert _gender_pairs(("veřejný zaměstnanec", "veřejná zaměstnankyně")) == [
        ("veřejný zaměstnanec", "veřejná zaměstnankyně")]
    # no woman's form listed, or a different number of words: no pair
    assert _gender_pairs(("ministerstvo", "resort")) == []
    assert _gender_pairs(("poslanec", "členka parlamentu")) == []


def test_an_ambiguous_mans_form_is_left_and_only_a_marked_woman_counts():
    term = RequiredTerm("c", "đại biểu", ("delegát", "delegátka"), female=True, plural=True)
    # `delegáti` is the nominative plural only: the woman's nominative plural
    assert _marked("Delegáti schválili usnesení.", term, "cs").replacement == "Delegátky"
    unmarked = RequiredTerm("c", "đại biểu", ("delegát", "delegátka"), plural=True)
    assert _marked("Delegáti schválili usnesení.", unmarked, "cs") is None


@pytest.mark.parametrize(("rest", "woman"), [
    (" Tài chính Nguyễn Thị Lan cho biết", True),
    (" Văn hóa, Thể thao và Du lịch tỉnh Hà Giang Trần Thị Mai phát biểu", True),
    (" Nguyễn Thị Lan", True),
    # a verb between the department and the name: another person
    (" Tài chính gặp bà Nguyễn Thị Lan", False),
    # a man named first, a woman after him
    (" Tài chính Nguyễn Văn Nam và Phó Giám đốc Nguyễn Thị Lan", False),
    # a comma before a lower-case word ends the title
    (" Tài chính, người đã gặp Nguyễn Thị Lan", False),
])
def test_a_thi_name_after_the_departments_name(rest, woman):
    assert _thi_after(rest) is woman
