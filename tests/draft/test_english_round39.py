"""Round thirty-nine of English `check --fix` (issue 12ce): 12cb's mechanism switched on for
English. Under what the product loads (every shipped glossary merged with the title grammar),
the listed concepts inside a composed or auxiliary match are what is enforced, judged by the
listed glossary: right text stays in any order, a wrong listed rendering is fixed where it
stands, and the result is the one `vi-en.tsv` alone gives. With `vi-en.tsv` alone nothing of
the mechanism runs (the core matcher is the matcher itself)."""

from __future__ import annotations

import pytest

from translate.review.fix import core_matcher, fix_text

# `shipped` (what the product loads) and `core_en` (`vi-en.tsv` alone): tests/draft/conftest.py


def _fix(vi, en, loaded):
    glossary, matcher = loaded
    return fix_text(vi, en, "en", glossary, matcher)[0]


@pytest.mark.parametrize(("vi", "en"), [
    # a composed title with a province, the place before the listed body
    ("Đoàn công tác đã làm việc với Chủ tịch UBND tỉnh Lai Châu.",
     "The delegation worked with the Chairman of the Lai Chau provincial People's Committee."),
    # a composed body with a province as the subject
    ("Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết.",
     "The Quang Tri provincial Party Committee held a review conference."),
    # a district's chair, the place inside the listed rendering
    ("Chủ tịch UBND huyện Mèo Vạc kiểm tra công trình.",
     "The Chairman of the Meo Vac district People's Committee inspected the project."),
    # a city's body
    ("UBND thành phố Đà Nẵng phê duyệt kế hoạch.",
     "The Da Nang municipal People's Committee approved the plan."),
])
def test_right_english_stays_under_the_product_loading(shipped, vi, en):
    assert _fix(vi, en, shipped) == en


@pytest.mark.parametrize(("vi", "en", "expected"), [
    # a loose title for a composed match: the listed title put in, the place after it
    ("Đoàn công tác đã làm việc với Chủ tịch UBND tỉnh Lai Châu.",
     "The delegation worked with the Governor of Lai Chau.",
     "The delegation worked with the Chairman of the provincial People's Committee of "
     "Lai Chau."),
    # a ministry's head in a foreign style: the listed title and ministry
    ("Bộ trưởng Bộ Y tế phát biểu tại hội nghị.",
     "The Health Secretary spoke at the conference.",
     "The Minister of Health spoke at the conference."),
    # a wrong body inside a composed match with a city
    ("UBND thành phố Đà Nẵng phê duyệt kế hoạch.",
     "The Da Nang city government approved the plan.",
     "The Da Nang municipal People's Committee approved the plan."),
])
def test_a_wrong_listed_rendering_is_fixed_as_the_core_glossary_fixes_it(
        shipped, core_en, vi, en, expected):
    assert _fix(vi, en, shipped) == _fix(vi, en, core_en) == expected


def test_the_core_glossary_alone_runs_nothing_of_the_mechanism(core_en):
    # with `vi-en.tsv` alone there is no composed or auxiliary match to narrow
    assert core_matcher(core_en[1]) is core_en[1]


def test_the_product_loading_narrows_to_the_listed_glossary(shipped):
    listed = core_matcher(shipped[1]).glossary
    assert listed.get("local.pc.chair.province") is not None
    assert len(list(listed)) < len(list(shipped[0]))


@pytest.mark.parametrize(("vi", "en"), [
    # a foreign place's own spelling, as the source writes it, is accepted English
    ("Hội chợ cà phê Việt Nam khai mạc tại São Paulo.",
     "A Vietnamese coffee fair opened in São Paulo."),
    ("Hội chợ cà phê Việt Nam khai mạc tại São Paulo.",
     "A Vietnamese coffee fair opened in Sao Paulo."),
    ("Thủ tướng hội đàm với Tổng thống Brazil tại Brasília.",
     "The Prime Minister held talks with the Brazilian President in Brasília."),
    ("Đoàn doanh nghiệp Việt Nam thăm nhà máy bia ở Plzeň.",
     "A Vietnamese business delegation visited a brewery in Plzeň."),
])
def test_a_foreign_places_own_spelling_stays(shipped, vi, en):
    assert _fix(vi, en, shipped) == en


def test_the_own_spelling_is_accepted_not_preferred(shipped):
    glossary, _ = shipped
    # the preferred English rendering stays the anglicised one (what `draft` writes)
    assert glossary.get("place.br.sao_paulo").targets["en"][0] == "Sao Paulo"
    assert glossary.get("place.br.brasilia").targets["en"][0] == "Brasilia"
