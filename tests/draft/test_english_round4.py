"""English `check --fix`, round four (issue 12o): what a rendering leaves beside it and what is
no rendering at all. A name's word before a generic term word (`the {Organisation}
Commission`) and a term the source has inside a longer name (`Đoàn {Chủ tịch}`) are left; a
wrong word for a term's modifier goes with the rendering (`standing` ~ `Permanent`); English
acronyms with `of`'s letter (`MoNRE`, `MOLISA`) and an acronym of the words a rendering lacks
(`{VFF} Central Committee`) are the term, a bare acronym's body gets its `the`; the unit said
twice is said once (`translate.draft.ennames.unit_once`). Own sentences, none from a bench
set."""

from __future__ import annotations

import pytest

from translate.draft.align import text_words
from translate.draft.ennames import bare as _bare
from translate.draft.ennames import minister_of, title_of_place, unit_once
from translate.draft.enslot import _abbreviation_of, _inside_name
from translate.review.fix import fix_text
from translate.terms.english import EQUIVALENT, english_level
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # a wrong word for the term's first modifier goes with the rendering
    ("Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn phát biểu khai mạc.",
     "The standing Deputy Secretary of the provincial Party Committee of Lang Son opened the"
     " meeting.",
     "The Permanent Deputy Secretary of the provincial Party Committee of Lang Son opened the"
     " meeting."),
    # an English acronym with `of`'s small letter, the body's `the` at a sentence's start
    ("Bộ TN&MT công bố bản đồ ngập lụt mới.",
     "MoNRE released a new flood map.",
     "The Ministry of Natural Resources and Environment released a new flood map."),
    # ... after a preposition
    ("Đề xuất của Bộ LĐ-TB&XH được Chính phủ thông qua.",
     "The proposal from MOLISA was approved by the Government.",
     "The proposal from the Ministry of Labour, Invalids and Social Affairs was approved by the"
     " Government."),
    # ... after an article: no second one
    ("Bộ KH&ĐT tổ chức họp báo.",
     "The MPI held a press conference.",
     "The Ministry of Planning and Investment held a press conference."),
    # the acronym of the words the rendering lacks, before it
    ("Ủy ban Trung ương MTTQ Việt Nam phát động ủng hộ đồng bào vùng lũ.",
     "The VFF Central Committee launched a drive to help flood victims.",
     "The Vietnam Fatherland Front Central Committee launched a drive to help flood victims."),
    # the unit said twice: a body's name before, with the place before it
    ("UBND tỉnh Thanh Hóa phê duyệt đề án.",
     "The UBND of Thanh Hoa province approved the project.",
     "The Thanh Hoa provincial People's Committee approved the project."),
    # ... a title: its `of` phrase without the unit's noun
    ("Chủ tịch UBND xã Tân Lập tiếp xúc cử tri.",
     "The head of Tan Lap commune met voters.",
     "The Chairman of the commune People's Committee of Tan Lap met voters."),
    # ... `the province's` before a term that says `provincial`
    # English news's `{Education} Minister` for the ministry's term
    ("Bộ trưởng Bộ Giáo dục và Đào tạo trả lời chất vấn.",
     "The Education Minister answered questions.",
     "The Minister of Education and Training answered questions."),
    # a province's `governor`: the Chairman of its People's Committee
    ("Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam tiếp nhà đầu tư.",
     "Ben Tre provincial governor Tran Ngoc Tam received investors.",
     "Chairman of the provincial People's Committee of Ben Tre Tran Ngoc Tam received investors."),
    # a title's body not said at all, only its place and unit after it
    ("Bí thư Huyện ủy Đức Thọ Trần Văn Hùng dự lễ.",
     "Tran Van Hung, Party Secretary of Duc Tho district, attended the ceremony.",
     "Tran Van Hung, Secretary of the district Party Committee of Duc Tho, attended the"
     " ceremony."),
    # a place's name before a whole body's name in another order: nothing torn
    ("Sở KH&ĐT tỉnh Bắc Ninh thu hút 40 dự án.",
     "The Bac Ninh Department of Investment and Planning attracted 40 projects.",
     "The Bac Ninh Department of Planning and Investment attracted 40 projects."),
    # a lower-case word after a name's rendering is the clause's, not one word more of it
    ("Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ hội ẩm thực.",
     "The Culture, Sports and Tourism Ministry held a culture festival.",
     "The Ministry of Culture, Sports and Tourism held a culture festival."),
    # a title's one word, then `of` a Vietnamese place: the term, the place after it
    ("Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường dự lễ.",
     "Tran Viet Truong, Mayor of Can Tho, attended the ceremony.",
     "Tran Viet Truong, Chairman of the municipal People's Committee of Can Tho, attended the"
     " ceremony."),
    # one lower-case word more inside a two-word lower-case term
    ("Thủ tục hải quan được rút ngắn còn hai ngày.",
     "Customs inspection procedures were cut to two days.",
     "Customs procedures were cut to two days."),
    ("Theo UBND tỉnh Hòa Bình, mưa lũ làm hư hỏng 200 ngôi nhà.",
     "According to the province's People's Committee, floods damaged 200 houses.",
     "According to the provincial People's Committee, floods damaged 200 houses."),
])
def test_round_four_fixes(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # a name's word before a generic lower-case term word: one named commission
    ("Bà Lê Thị Hoa được bổ nhiệm Phó Trưởng Ban Tổ chức Huyện ủy.",
     "Le Thi Hoa was appointed deputy head of the Organisation Commission of the district Party"
     " Committee."),
    # the source's term inside a longer capitalised name (the Presidium)
    ("Thủ tướng làm việc với Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
     "The Prime Minister worked with the Presidium of the Vietnam Fatherland Front Central"
     " Committee."),
    # another country's minister
    ("Bộ trưởng Ngoại giao Thái Lan thăm Bộ Ngoại giao.",
     "The Thai Foreign Minister visited the Ministry of Foreign Affairs."),
    # `President` of a mass organisation: English's word for its `Chủ tịch`
    ("Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn thăm mô hình.",
     "President of the Vietnam Farmers' Union Luong Quoc Doan visited the model farm."),
    # a right body with its place in an `of` phrase stays (12j's rule)
    ("UBND tỉnh Nghệ An phê duyệt đề án.",
     "The People's Committee of Nghe An province approved the project."),
])
def test_round_four_leaves_right_sentences(vi, en):
    assert _fix(vi, en) == en


def test_other_words_for_modifiers():
    assert english_level("standing", "Permanent") == EQUIVALENT
    assert english_level("reserve", "alternate") == EQUIVALENT
    assert english_level("impoverished", "poor") == EQUIVALENT
    assert english_level("former", "Permanent") == 0
    assert english_level("Mayor", "Chairman") == EQUIVALENT


def test_acronyms_with_a_small_of():
    runs = {"monre", "molisa", "mpi"}
    assert _abbreviation_of("MoNRE", runs) and _abbreviation_of("MOLISA", runs)
    assert not _abbreviation_of("Monre", runs)  # a word, not an acronym
    assert not _abbreviation_of("MaNRE", runs)  # only `of`'s letter may be small


def test_a_bare_acronym_gets_the_bodys_article_only_where_nothing_determines_it():
    words = text_words
    new = "Ministry of Planning and Investment"
    assert _bare("MPI said", words("MPI said"), 0, new)
    assert not _bare("the MPI said", words("the MPI said"), 1, new)
    assert not _bare("Vietnam's MPI said", words("Vietnam's MPI said"), 2, new)
    assert not _bare("MPI said", words("MPI said"), 0, "provincial People's Committee")
    assert _bare("from MPI", words("from MPI"), 1, new)
    assert not _bare("provincial MPI", words("provincial MPI"), 1, new)  # its modifier


def test_minister_of_only_for_the_ministrys_own_words():
    text = "The Thai Foreign Minister spoke."
    assert minister_of(text, text_words(text), "Ministry of Foreign Affairs") is None
    text = "The Health Minister spoke."
    assert minister_of(text, text_words(text), "Ministry of Finance") is None
    assert minister_of(text, text_words(text), "Ministry of Health")[2] == "Minister of Health"


def test_title_of_place_needs_the_place_alone_and_the_same_rank():
    target = "Chairman of the municipal People's Committee"
    for text in ("The Mayor of Can Tho's office said.", "The Mayor of Seoul Grand Park said.",
                 "The Vice Mayor of Can Tho said.", "The Mayor of Seoul said."):
        assert title_of_place(text, text_words(text), target) is None, text
    text = "The Mayor of Can Tho said."
    assert title_of_place(text, text_words(text), target)[:3] == (4, 9, target)


def test_a_term_inside_a_longer_name_in_the_source():
    source = "Chính phủ và Đoàn Chủ tịch họp."
    at = (source.index("Chủ tịch"), source.index("Chủ tịch") + len("Chủ tịch"))
    assert _inside_name(source, at, [])
    gov = (0, len("Chính phủ"))
    assert not _inside_name("Chính phủ Chủ tịch", (10, 18), [(gov, None)])  # an anchor's end
    assert not _inside_name("Chủ tịch họp.", (0, 8), [])  # a sentence's start


def test_unit_once_leaves_what_is_not_said_twice():
    text = "The UBND of New York city met."
    s, e = 4, 8
    same = (s, e, "provincial People's Committee")
    assert unit_once(text, s, e, same[2]) == same
    text = "The UBND of Thanh Hoa district met."  # another unit than the term's
    assert unit_once(text, 4, 8, "provincial People's Committee")[2] == \
        "provincial People's Committee"
