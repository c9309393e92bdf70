"""Round forty-four of `check --fix` (issue 12cd), with what the product loads: a composed
title's role no listed concept covers is written where it is the only wrong part; the listed
glossary judges in the target language only (a source's `FDI` left in is no English
abbreviation the Czech text may keep); a place's Vietnamese name kept is not plainly wrong."""

from __future__ import annotations

import pytest

from translate.draft.enforce import RequiredTerm
from translate.review.fix import fix_text
from translate.review.listed import core_matcher, wrongly_there

_WHO = "Bà Hoa, Trưởng đại diện Tổ chức Y tế Thế giới (WHO), đã thăm bệnh viện tỉnh."
_FAO = ("Ông Minh, Trưởng đại diện Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO), "
        "phát biểu tại hội nghị.")


def _fix(vi, cs, loaded):
    glossary, matcher = loaded
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.mark.parametrize(("vi", "cs", "expected"), [
    # the body's name right, the role not the grammar's: the whole title is written
    (_FAO, "Pan Minh, šéf zastoupení Organizace OSN pro výživu a zemědělství (FAO), vystoupil "
     "na konferenci.", "Pan Minh, vedoucí zastoupení Organizace OSN pro výživu a zemědělství "
     "(FAO), vystoupil na konferenci."),
    (_WHO, "Paní Hoa, ředitelka zastoupení Světové zdravotnické organizace (WHO), navštívila "
     "provinční nemocnici.", "Paní Hoa, vedoucí zastoupení Světové zdravotnické organizace "
     "(WHO), navštívila provinční nemocnici."),
])
def test_a_composed_titles_role_is_written_where_only_the_role_is_wrong(product, vi, cs,
                                                                        expected):
    assert _fix(vi, cs, product) == expected


@pytest.mark.parametrize(("vi", "cs"), [
    # the whole title right: nothing to do
    (_WHO, "Paní Hoa, vedoucí zastoupení Světové zdravotnické organizace (WHO), navštívila "
     "provinční nemocnici."),
    # the body named by its acronym alone: whether its name is right is not known, the role
    # is not rewritten over it (no `Světové zdravotnické organizace zdraví`)
    (_FAO, "Pan Minh, šéf zastoupení FAO, vystoupil na konferenci."),
    (_WHO, "Paní Hoa, ředitelka zastoupení Organizace zdraví (WHO), navštívila provinční "
     "nemocnici."),
])
def test_a_composed_title_is_not_written_over_a_body_that_is_not_there(product, vi, cs):
    assert _fix(vi, cs, product) == cs


def test_a_listed_role_is_enforced_by_itself_not_by_the_composed_title(product):
    # `Giám đốc` is listed: a right `Ředitel` stays, the place the grammar would add is not
    # written in (`odboru zdravotnictví Hanoje`)
    vi = "Giám đốc Sở Y tế Hà Nội đã kiểm tra bệnh viện trung tâm."
    out = _fix(vi, "Ředitel odboru zdravotnictví Hanoje zkontroloval centrální nemocnici.",
               product)
    assert out == "Ředitel odboru zdravotnictví Hanoje zkontroloval centrální nemocnici."


@pytest.mark.parametrize(("vi", "cs", "expected"), [
    ("Năm nay vốn FDI vào Bình Dương đạt 2 tỷ USD.",
     "Letos FDI v Bình Dương dosáhly 2 miliard USD.",
     "Letos přímé zahraniční investice v Bình Dương dosáhly 2 miliard USD."),
    ("GRDP của tỉnh Bắc Ninh tăng 8%.", "GRDP provincie Bắc Ninh vzrostl o 8 %.",
     "Regionální HDP provincie Bắc Ninh vzrostl o 8 %."),
    # already written out: stays
    ("Năm nay vốn FDI vào Bình Dương đạt 2 tỷ USD.",
     "Letos přímé zahraniční investice v Bình Dương dosáhly 2 miliard USD.",
     "Letos přímé zahraniční investice v Bình Dương dosáhly 2 miliard USD."),
])
def test_an_abbreviation_left_in_is_written_out_as_the_core_glossary_alone_does(
        product, glossary, matcher, vi, cs, expected):
    assert _fix(vi, cs, product) == expected == _fix(vi, cs, (glossary, matcher))


def test_the_listed_glossary_keeps_the_target_languages_renderings_only(product):
    glossary, matcher = product
    assert glossary.get("econ.fdi").targets.get("en")  # the English file is merged in
    inner = core_matcher(matcher, "cs")
    assert set(inner.glossary.get("econ.fdi").targets) == {"cs"}
    assert core_matcher(matcher, "cs") is inner  # built once per language


def test_a_place_name_kept_in_vietnamese_is_not_plainly_wrong():
    bay = RequiredTerm(concept="geo.bay", source="Hạ Long", targets=("zátoka Ha Long",),
                       forbidden=("zátoka Hạ Long",), kind="geo")
    assert not wrongly_there(bay, "Turisté se projeli lodí po zálivu Hạ Long.")
    assert wrongly_there(bay, "Turisté obdivovali zátoku Hạ Long.")  # forbidden: still wrong
    # not a place: the Vietnamese left in is still plainly wrong
    body = RequiredTerm(concept="x.fund", source="Quỹ Bảo trợ", targets=("nadace",),
                        kind="body")
    assert wrongly_there(body, "Quỹ Bảo trợ darovala školám knihy.")


def test_a_bay_kept_in_vietnamese_is_not_doubled(product):
    vi = "Du khách đã đi thuyền trên vịnh Hạ Long vào cuối tuần."
    cs = "Turisté se o víkendu projeli lodí po zálivu Hạ Long."
    assert _fix(vi, cs, product) == cs


def test_a_composed_title_naming_a_place_is_not_written_whole(product):
    # the role unlisted, the body listed and right, the country said as an adjective: the
    # grammar's `… Vietnamu` is one rendering of many, the title is left as it stands
    vi = "Người phát ngôn Bộ Ngoại giao Việt Nam đã trả lời câu hỏi của phóng viên."
    cs = "Mluvčí vietnamského Ministerstva zahraničních věcí odpověděl na otázku novinářů."
    assert _fix(vi, cs, product) == cs
