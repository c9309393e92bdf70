"""English `check --fix`, round seven (issue 12t): `the` before a body's term put where the
sentence had no article (`{Bo Y te} warned` → `The Ministry of Health warned`, `According to
{NHNN}` → `according to the State Bank of Vietnam`; not in a headline, before a plural, nor for
a title, where the sets' authors disagree), and a term present only inside a forbidden
rendering that holds it (`{State} President`, `Circular {Letter}`), which `check` reports, so
`--fix` rewrites it. Own sentences, none from a bench set."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from translate.draft.enforce import required_terms
from translate.draft.enshape import definite
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # a body's Vietnamese left in at the sentence's start: `The`
    ("Bộ Y tế cảnh báo nguy cơ sốt xuất huyết tăng cao.",
     "Bo Y te warned that the risk of dengue fever was rising.",
     "The Ministry of Health warned that the risk of dengue fever was rising."),
    # … after a preposition: `the`
    ("Theo Bộ Tài chính, thu ngân sách nhà nước tăng 12%.",
     "According to Bo Tai chinh, state budget revenue rose 12%.",
     "According to the Ministry of Finance, state budget revenue rose 12%."),
    # a lower-case term loses the capital it had only for the sentence's start
    ("UBND tỉnh Hà Giang yêu cầu các huyện sơ tán dân.",
     "UBND tinh of Ha Giang asked districts to evacuate residents.",
     "The provincial People's Committee of Ha Giang asked districts to evacuate residents."),
])
def test_a_bodys_term_takes_the_where_the_sentence_had_no_article(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en,expected", [
    # a headline has no articles
    ("Bộ Y tế: Không để thiếu thuốc điều trị",
     "Bo Y te: No shortage of medicines for treatment",
     "Ministry of Health: No shortage of medicines for treatment"),
    # a title before a name takes none
    ("Thủ tướng Phạm Minh Chính tiếp Đại sứ Úc.",
     "Thu tuong Pham Minh Chinh received the Australian Ambassador.",
     "Prime Minister Pham Minh Chinh received the Australian Ambassador."),
    # a title without a name is left as it was: the sets' authors write it both ways
    ("Thủ tướng yêu cầu các bộ rà soát thủ tục.",
     "Thu tuong asked ministries to review procedures.",
     "Prime Minister asked ministries to review procedures."),
    # a plural takes none
    ("Các UBND xã phải báo cáo trước ngày 5/12.",
     "UBND xa must report by December 5.",
     "Commune People's Committees must report by December 5."),
])
def test_no_the_in_headlines_before_names_for_titles_or_plurals(vi, en, expected):
    assert _fix(vi, en) == expected


@dataclass(frozen=True)
class _Placed:
    start: int
    end: int
    replacement: str


def _starts(text: str, s: int) -> bool:
    return s == 0


@pytest.mark.parametrize("text,span,new,kind,expected", [
    ("Bo Cong an said so.", (0, 9), "Ministry of Public Security", "body",
     "The Ministry of Public Security"),
    ("Aid came from NHNN yesterday.", (14, 18), "State Bank of Vietnam", "body",
     "the State Bank of Vietnam"),
    ("Aid came after NHNN acted.", (15, 19), "State Bank of Vietnam", "body",
     "State Bank of Vietnam"),  # `after`: no preposition of the list, nothing said
    ("Hanoi grew fast.", (0, 5), "Hanoi", "place", "Hanoi"),  # a place: no article
    ("Chu tich UBND tinh of Lang Son Hoang Van Minh spoke.", (0, 18),
     "Chairman of the provincial People's Committee", "body",
     "Chairman of the provincial People's Committee"),  # a name after its place
    ("UBND tinh of Lang Son spoke.", (0, 9), "Provincial People's Committee", "body",
     "The provincial People's Committee"),
])
def test_definite_reads_the_place_and_the_kind(text, span, new, kind, expected):
    placed = _Placed(*span, new)
    target = new[:1].lower() + new[1:] if new.startswith("Provincial") else new
    assert definite(text, placed, kind, target, _starts).replacement == expected
    assert definite(text, None, kind, target, _starts) is None


def test_required_terms_carry_the_glossarys_kind():
    vi = "Bộ Y tế và Thủ tướng."
    terms = required_terms(MATCHER.find(vi), GLOSSARY, "en")
    kinds = {t.concept: t.kind for t in terms}
    assert kinds["state.moh"] == "body" and kinds["state.pm"] == "title"


@pytest.mark.parametrize("vi,en,expected", [
    # the term inside a forbidden rendering that holds it: the extra word goes
    ("Chủ tịch nước Nguyễn Văn Bình dự lễ khánh thành cầu.",
     "State President Nguyen Van Binh attended the bridge's inauguration.",
     "President Nguyen Van Binh attended the bridge's inauguration."),
    ("Bộ Xây dựng ban hành Thông tư về giá nhà ở xã hội.",
     "The Ministry of Construction issued a Circular Letter on social housing prices.",
     "The Ministry of Construction issued a Circular on social housing prices."),
    # written lower-case: the term's capitals
    ("Thông tư mới có hiệu lực từ tháng 3.",
     "The new circular letter takes effect in March.",
     "The new Circular takes effect in March."),
    # plural kept as the text has it
    ("Chi bộ có 30 đảng viên.",
     "The Party cell has 30 Communist Party members.",
     "The Party cell has 30 Party members."),
])
def test_a_term_only_inside_a_forbidden_rendering_is_rewritten(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    ("Chủ tịch nước Nguyễn Văn Bình dự lễ khánh thành cầu.",
     "President Nguyen Van Binh attended the bridge's inauguration."),
    ("Bộ Xây dựng ban hành Thông tư về giá nhà ở xã hội.",
     "The Ministry of Construction issued a Circular on social housing prices."),
    # the forbidden words elsewhere, the term on its own: left (`check` still reports them)
    ("Chủ tịch nước Nguyễn Văn Bình tiếp Đại sứ Lào.",
     "President Nguyen Van Binh received the Lao Ambassador, whom the State President of "
     "Laos had sent."),
])
def test_right_sentences_are_left_alone(vi, en):
    assert _fix(vi, en) == en


@pytest.mark.parametrize("vi,en,expected", [
    # an English acronym with `of`'s small letter and two capitals (`MoT`, as `MoET` before)
    ("Bộ Giao thông vận tải yêu cầu nhà thầu đẩy nhanh tiến độ.",
     "The MoT asked contractors to speed up work.",
     "The Ministry of Transport asked contractors to speed up work."),
    # not another acronym of that shape whose letters are no run of the term's words
    ("Bộ Công Thương ký biên bản ghi nhớ với đối tác Lào.",
     "The Ministry of Industry and Trade signed an MoU with its Lao partner.",
     "The Ministry of Industry and Trade signed an MoU with its Lao partner."),
])
def test_a_two_capital_acronym_with_ofs_letter(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en,expected", [
    # the rendering has the term but its head, and a possessive's one noun ending the phrase
    ("Cán bộ phải học tập và làm theo tư tưởng Hồ Chí Minh.",
     "Officials must study and follow Ho Chi Minh's ideology.",
     "Officials must study and follow Ho Chi Minh Thought."),
    ("Tư tưởng Hồ Chí Minh là nền tảng tư tưởng của Đảng.",
     "Ho Chi Minh's doctrine is the ideological foundation of the Party.",
     "Ho Chi Minh Thought is the ideological foundation of the Party."),
])
def test_a_possessives_noun_is_the_terms_head(vi, en, expected):
    assert _fix(vi, en) == expected


def test_a_possessive_before_a_longer_phrase_stays():
    got = _fix("Cán bộ học tập tư tưởng Hồ Chí Minh.",
               "Officials study Ho Chi Minh's moral example closely.")
    assert got.endswith("'s moral example closely.")
