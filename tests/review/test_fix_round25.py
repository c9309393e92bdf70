"""`check --fix`, round twenty-five (issue 12ap): a document type the source writes in lower
case is the common noun, and the noun of an adjective-and-noun term alone says it (`pokyny` for
`hướng dẫn`, `dopis` for `công văn`); a modifier after `chính quyền` makes its own concept
(`chính quyền điện tử`, `chính quyền đô thị`) whose adjective replaces `státní`.
Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.mark.parametrize("vi, cs", [
    ("Bộ Nội vụ đã gửi hướng dẫn tới các tỉnh.",
     "Ministerstvo vnitra rozeslalo provinciím pokyny."),
    ("Sở Tài chính đã gửi công văn cho các xã.", "Odbor financí rozeslal obcím dopis."),
])
def test_a_lower_case_document_type_is_said_by_its_noun(vi, cs, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == cs


@pytest.mark.parametrize("vi, cs, expected", [
    # the document's title (capitalised, numbered) takes the whole term
    ("Sở Tài chính ban hành Hướng dẫn số 7 về ngân sách xã.",
     "Odbor financí vydal pokyn č. 7 o obecních rozpočtech.",
     "Odbor financí vydal metodický pokyn č. 7 o obecních rozpočtech."),
    # another adjective in front is a synonym's shape: still replaced
    ("Sở Tài chính đã gửi hướng dẫn cho các xã.",
     "Odbor financí rozeslal obcím prováděcí pokyny.",
     "Odbor financí rozeslal obcím metodické pokyny."),
])
def test_limits_of_the_document_types_noun(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


@pytest.mark.parametrize("vi, cs", [
    ("Tỉnh đẩy mạnh xây dựng chính quyền điện tử.",
     "Provincie urychluje budování elektronické správy."),
    ("Đà Nẵng thí điểm chính quyền đô thị từ năm 2021.",
     "Da Nang od roku 2021 zkouší městskou samosprávu."),
    ("Đà Nẵng thí điểm chính quyền đô thị từ năm 2021.",
     "Da Nang od roku 2021 zkouší městskou státní správu."),
])
def test_a_modifier_after_chinh_quyen_is_its_own_concept(vi, cs, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == cs


@pytest.mark.parametrize("vi, cs, expected", [
    ("Cử tri kiến nghị chính quyền sửa đường.",
     "Voliči žádají vládní správu, aby opravila silnici.",
     "Voliči žádají státní správu, aby opravila silnici."),
    # a modifier the glossary does not list (`xã`) makes no other concept
    ("Cử tri kiến nghị chính quyền xã sửa đường.",
     "Voliči žádají elektronickou správu obce, aby opravila silnici.",
     "Voliči žádají státní správu obce, aby opravila silnici."),
])
def test_chinh_quyen_alone_is_still_the_state_administration(vi, cs, expected, glossary,
                                                              matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected
