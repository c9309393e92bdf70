"""`check --fix`, round twenty-four (issue 12an): a one-word term the glossary writes in lower
case, capitalised right after a name's syllable, is the end of that name (`Bãi Huyện`), not the
common noun; two synonyms several set authors use (`harmonogram` for `plán`, `poradce` for
`asistent`); a deputy title's prefix before the base's own equivalents (`vicesekretář`,
`místostarosta`); a forbidden abbreviation (`MŠMT`) takes its case from the words around it; of
two windows alike otherwise, the one in the term's own words wins over an equivalent's.
Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.align import best_window, text_words
from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


def test_a_capitalised_syllable_after_a_name_is_the_names(glossary, matcher):
    cs = "Delegace navštívila rekreační oblast Bãi Huyện."
    assert _fixed("Đoàn công tác thăm khu du lịch Bãi Huyện.", cs, glossary, matcher) == cs


@pytest.mark.parametrize("vi, cs, expected", [
    ("Người dân huyện Mê Linh đón Tết.", "Obyvatelé huyện Mê Linh slaví Tết.",
     "Obyvatelé okresu Mê Linh slaví Tết."),
    # capitalised, but after a lower-case word: still the district
    ("Đoàn công tác thăm Huyện Mê Linh.", "Delegace navštívila Huyện Mê Linh.",
     "Delegace navštívila okres Mê Linh."),
])
def test_the_common_noun_left_in_is_still_replaced(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


@pytest.mark.parametrize("vi, cs, expected", [
    ("Sở Y tế ban hành hai Kế hoạch phòng chống dịch sởi.",
     "Odbor zdravotnictví vydal dva harmonogramy boje proti spalničkám.",
     "Odbor zdravotnictví vydal dva plány boje proti spalničkám."),
    ("Giám đốc Sở gặp gỡ các Trợ lý Thủ tướng tại Hà Nội.",
     "Ředitel odboru se v Hanoji setkal s poradci premiéra.",
     "Ředitel odboru se v Hanoji setkal s asistenty předsedy vlády."),
])
def test_synonyms_several_authors_use(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


@pytest.mark.parametrize("vi, cs, expected", [
    ("Đảng ủy xã phân công nhiệm vụ cho ba Phó Bí thư.",
     "Obecní výbor strany rozdělil úkoly třem vicesekretářům.",
     "Obecní výbor strany rozdělil úkoly třem místotajemníkům."),
    ("Phó Chủ tịch xã tiếp công dân.", "Místostarosta obce přijal občany.",
     "Místopředseda obce přijal občany."),
])
def test_a_deputy_prefix_before_the_bases_equivalent(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


@pytest.mark.parametrize("vi, cs, expected", [
    ("Theo Bộ Giáo dục và Đào tạo, năm nay có 1 triệu thí sinh.",
     "Podle MŠMT je letos milion uchazečů.",
     "Podle Ministerstva školství a odborné přípravy je letos milion uchazečů."),
    ("Hội thảo diễn ra tại Bộ Giáo dục và Đào tạo.", "Seminář se konal na MŠMT.",
     "Seminář se konal na Ministerstvu školství a odborné přípravy."),
])
def test_a_forbidden_abbreviation_takes_the_case_around_it(vi, cs, expected, glossary,
                                                          matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


def test_the_terms_own_words_win_a_tie(glossary, matcher):
    got = _fixed("Người dân tại các cửa khẩu phối hợp với Bộ đội Biên phòng.",
                 "Obyvatelé u hraničních přechodů spolupracují s pohraničními oddíly.",
                 glossary, matcher)
    assert got == "Obyvatelé u hraničních přechodů spolupracují s pohraniční stráží."
    text = "U hraničních přechodů hlídkovaly pohraniční oddíly."
    m = best_window(text, text_words(text), "pohraniční stráž", "rendering", "cs", ())
    assert text[text_words(text)[m.start].start:].startswith("pohraniční oddíly")


def test_a_right_sentence_with_an_equivalent_elsewhere_stays(glossary, matcher):
    cs = "Pohraniční stráž hlídkuje u hraničních přechodů."
    assert _fixed("Bộ đội Biên phòng tuần tra tại các cửa khẩu.", cs, glossary, matcher) == cs
    cs = "Premiér se setkal se zástupci firem."
    assert _fixed("Thủ tướng gặp gỡ các doanh nghiệp.", cs, glossary, matcher) == cs
