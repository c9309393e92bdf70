"""English `check --fix`, round twenty-five (issue 12be): a lemma-blind match that is another
name is not the term (`Culture, Sport and Tourism`, `People's Public Security Force`); renderings
from two or more independent authors (`aide to the Prime Minister`, `Border Troops`, `Head of
the Office`, `negative acts`, `administrations`, `Central Executive Committee`, the provincial
Front without its `Committee`), the last not where another capitalised head follows; a unit's
slot holding another unit's word is no rendering.
Own sentences, none from a bench set; each mechanism with what it must not do."""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.english import english_placement
from translate.draft.enslot import chunk_slot
from translate.review.fix import fix_text
from translate.terms.english import english_variants, other_name
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def _other(text: str, found: str, target: str) -> bool:
    at = text.index(found)
    return other_name(text, (at, at + len(found)), target)


# another name, not the term (enforce: presence and the term's place)


def test_an_inner_word_with_a_plural_s_the_term_lacks_is_another_name():
    assert _other("The Ministry of Culture, Sport and Tourism met.",
                  "Ministry of Culture, Sport and Tourism",
                  "Ministry of Culture, Sports and Tourism")
    assert _fix("Bộ Văn hóa, Thể thao và Du lịch tổ chức tuần lễ văn hóa.",
                "The Ministry of Culture, Sport and Tourism organised a culture week.") \
        == "The Ministry of Culture, Sports and Tourism organised a culture week."


def test_a_plural_last_word_is_the_terms_plural_not_another_name():
    assert not _other("Both People's Committees met.", "People's Committees", "People's Committee")
    assert not _other("The Ministry of Culture, Sports and Tourism met.",
                      "Ministry of Culture, Sports and Tourism",
                      "Ministry of Culture, Sports and Tourism")


def test_a_lower_case_term_is_never_another_name():
    assert not _other("Poor households met.", "Poor households", "poor household")


def test_an_added_force_after_the_body_goes():
    assert _fix("Công an nhân dân giữ gìn trật tự dịp Tết.",
                "The People's Public Security Force kept order during Tet.") \
        == "The People's Public Security kept order during Tet."


def test_a_lower_case_force_and_another_capitalised_head_stay_the_terms():
    assert not _other("The People's Public Security force grew.",
                      "People's Public Security", "People's Public Security")
    assert not _other("The People's Public Security Ministry met.",
                      "People's Public Security", "People's Public Security")
    same = "The People's Public Security kept order during Tet."
    assert _fix("Công an nhân dân giữ gìn trật tự dịp Tết.", same) == same


# renderings from two or more independent authors


def test_the_new_renderings_are_variants():
    assert "aide to the Prime Minister" in english_variants("Assistant to the Prime Minister")
    assert "Border Troops" in english_variants("Border Guard")
    assert "Head of the Office" in english_variants("Chief of Office")
    assert "negative acts" in english_variants("negative phenomena")
    assert "administrations" in english_variants("authorities")
    assert "Central Executive Committee" in english_variants("Party Central Committee")
    assert "provincial Fatherland Front" in english_variants(
        "provincial Fatherland Front Committee")


def test_an_aide_to_the_prime_minister_is_the_assistant():
    assert _fix("Trợ lý Thủ tướng làm việc với các trường đại học.",
                "An aide to the Prime Minister met university leaders.") \
        == "An Assistant to the Prime Minister met university leaders."


def test_the_central_executive_committee_before_a_tenure():
    assert _fix("Hội nghị học tập các nghị quyết của Ban Chấp hành Trung ương Đảng khóa XIV.",
                "The meeting studied the resolutions of the Central Executive Committee of the "
                "14th tenure.") \
        == ("The meeting studied the resolutions of the Party Central Committee of the 14th "
            "tenure.")


def test_the_provincial_front_gets_its_committee():
    assert _fix("Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An phát động quyên góp.",
                "The Nghe An provincial Fatherland Front launched a fundraising drive.") \
        == "The Nghe An provincial Fatherland Front Committee launched a fundraising drive."


def test_the_front_less_committee_is_no_rendering_before_another_head():
    text = "The provincial Fatherland Front Council met."
    got = english_placement(text, text_words(text), ["provincial Fatherland Front Committee"])
    assert got is not None and got[2] == "provincial Fatherland Front Council"  # the whole name
    same = "The Nghe An provincial Fatherland Front Committee launched a fundraising drive."
    assert _fix("Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An phát động quyên góp.", same) == same


# a unit's slot holding another unit's word


def test_another_units_word_is_no_slot_for_a_unit():
    vi = "Xã Tân Lập là xã đầu tiên của tỉnh Bình Phước hoàn thành chỉ tiêu."
    en = "Tan Lap is the first commune in Binh Phuoc to reach the target."
    at = vi.index("tỉnh")
    assert chunk_slot(vi, en, (at, at + 4), [], ("province",)) is None
    assert _fix(vi, en) == en


def test_a_units_slot_with_no_unit_word_is_still_found():
    vi = "Xã Tân Lập là xã đầu tiên của tỉnh Bình Phước hoàn thành chỉ tiêu."
    en = "Tan Lap is the first locality in Binh Phuoc to reach the target."
    at = vi.index("tỉnh")
    assert chunk_slot(vi, en, (at, at + 4), [], ("province",)) is not None
