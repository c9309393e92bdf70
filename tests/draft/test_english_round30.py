"""English `check --fix`, round thirty (issue 12bn): a short source word is read with its marks
(`ban` says a board; `bàn`, `bán` and `ban hành` do not), so an added `Board` goes; a plural
rendering of one named body takes its verb with it (`authorities have` → `People's Committee
has`); `political structure` and `personnel management` are renderings (two independent
authors each); `private` before a leader's secretary goes; a lower-case title before a noun
for the post stays (`department director posts`); a term's head said after its rendering in
English's order is taken in (`… Internal Affairs Commission`). Own sentences, none from a
bench set; each mechanism with what it must not do."""

from __future__ import annotations

import pytest

from translate.draft.enshape import verb_agrees
from translate.review.fix import fix_text
from translate.terms.english import english_variants
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def test_an_added_board_goes_where_the_source_says_ban_only_in_ban_hanh():
    vi = "Ban Bí thư ban hành quy định mới về công tác kiểm tra."
    en = "The Secretariat Board issued a new regulation on inspection work."
    assert "Board" not in _fix(vi, en)
    vi = "Ban Bí thư bàn về công tác kiểm tra."  # `bàn` (discuss) is no board either
    assert "Board" not in _fix(vi, "The Secretariat Board discussed inspection work.")


def test_a_board_the_source_says_elsewhere_stays():
    # limit: a second `ban` (a steering board) is said outside the term
    vi = "Ban Bí thư và ban chỉ đạo họp về công tác kiểm tra."
    en = "The Secretariat Board and the steering board met on inspection work."
    assert _fix(vi, en) == en


def test_a_plural_rendering_of_one_named_body_takes_a_singular_verb():
    vi = "Ủy ban nhân dân phường Tân An đã tổ chức đối thoại với người dân."
    en = "The Tan An ward authorities have held a dialogue with residents."
    assert _fix(vi, en) == "The Tan An ward People's Committee has held a dialogue with residents."


@pytest.mark.parametrize(("text", "term"), [
    # limits: inside an `of` phrase, after `and`, with no name (several communes' bodies may
    # be meant), a verb that says several (`have each`), and a plural term
    ("Officials of the Tan An ward authorities have arrived.", "People's Committee"),
    ("The police and the Tan An ward authorities were present.", "People's Committee"),
    ("Coastal commune authorities were told to evacuate residents.", "People's Committee"),
    ("The Tan An ward authorities have each sent a team.", "People's Committee"),
    ("The Tan An ward authorities have met.", "People's Committees"),
])
def test_the_verb_stays_where_the_rendering_is_no_subject_or_names_no_one_body(text, term):
    start = text.index("authorities")
    end = start + len("authorities")
    assert verb_agrees(text, start, end, term) == (end, term)


def test_two_authors_renderings_are_variants():
    assert "political structure" in english_variants("political system")
    assert "personnel management" in english_variants("personnel work")
    vi = "Hệ thống chính trị của huyện vào cuộc giúp người dân sau lũ."
    en = "The district's whole political structure helped residents after the flood."
    assert "political system" in _fix(vi, en)


def test_a_variant_is_no_rendering_without_the_source_term():
    # limit: no `hệ thống chính trị` in the source, nothing to put
    vi = "Cơ cấu chính trị của nước này rất phức tạp."
    en = "The country's political structure is complex."
    assert _fix(vi, en) == en


def test_private_before_a_leaders_secretary_goes():
    vi = "Thư ký Chủ tịch nước dự buổi làm việc với lãnh đạo tỉnh."
    en = "The private secretary of the President attended the meeting with provincial leaders."
    assert _fix(vi, en) == ("The Secretary to the President attended the meeting with "
                            "provincial leaders.")
    en = "The Private Secretary to the President attended the meeting with provincial leaders."
    assert _fix(vi, en) == ("The Secretary to the President attended the meeting with "
                            "provincial leaders.")


def test_private_stays_where_the_source_says_rieng_or_before_another_term():
    # limits: `riêng` in the source says it; `private` before another kind of term is the
    # translator's word (`private enterprises`)
    vi = "Thư ký riêng của Chủ tịch nước là Thư ký Chủ tịch nước."
    en = "The private Secretary to the President is the Secretary to the President."
    assert "private" in _fix(vi, en)
    vi = "Doanh nghiệp tư nhân đóng góp lớn cho tăng trưởng kinh tế."
    en = "Private enterprises contribute much to economic growth."
    assert _fix(vi, en).startswith("Private enterprises")


def test_a_lower_case_title_before_a_post_noun_is_the_posts_kind():
    vi = "Tỉnh thông báo tuyển chọn ba giám đốc sở."
    en = "The province announced a selection for three department director positions."
    assert _fix(vi, en) == en


def test_a_title_before_a_verb_is_still_replaced():
    # limit: no noun for the post after it: `the … director` names the office and is replaced
    assert _fix("Giám đốc Sở kiểm tra bệnh viện.",
                "The department director inspected the hospital.") \
        == "The Director of the Department inspected the hospital."


def test_a_terms_head_said_after_its_rendering_is_taken_in():
    vi = "Ban Nội chính Trung ương kiểm tra các vụ án tham nhũng."
    en = "The Central Committee's Internal Affairs Commission inspected corruption cases."
    got = _fix(vi, en)
    assert "Commission for Internal Affairs" in got and "Affairs Commission" not in got


def test_a_head_said_far_after_the_rendering_stays():
    # limit: only the word right after the span; a later `Commission` is another body's
    vi = "Ban Nội chính Trung ương làm việc với Ủy ban Kiểm tra Trung ương."
    en = ("The Central Internal Affairs Commission worked with the Party Central Inspection "
          "Commission.")
    got = _fix(vi, en)
    assert got.endswith("Party Central Inspection Commission.")
    assert "Commission for Internal Affairs worked" in got


def test_vietnams_before_a_bodys_common_noun_goes_with_it():
    vi = "Quốc hội thông qua Luật Thủ đô sửa đổi."
    en = "Vietnam's legislature adopted the amended Capital Law."
    assert _fix(vi, en) == "The National Assembly adopted the amended Capital Law."


def test_vietnams_stays_before_a_name_or_a_title():
    # limits: a capitalised name keeps the possessive; a title is no body (`definite` only
    # reads bodies' and organisations' kinds)
    vi = "Bộ Công an phối hợp với cảnh sát Lào."
    en = "Vietnam's Ministry of Police worked with the Lao police."
    assert _fix(vi, en).startswith("Vietnam's Ministry of Public Security")
    vi = "Đại sứ Việt Nam tại Pháp trình quốc thư."
    en = "Vietnam's envoy to France presented credentials."
    assert _fix(vi, en).startswith("Vietnam's")
