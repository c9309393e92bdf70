"""Round sixteen of `check --fix` (issue 12y): a term bounded by one copied anchor only
(`translate.draft.slot.side_slot`). Own sentences, none from any set."""

from __future__ import annotations

from translate.draft.slot import side_slot
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary


def _at(source: str, words: str) -> tuple[int, int]:
    start = source.index(words)
    return start, start + len(words)


def _slot(source: str, text: str, term: str, anchors=(), size: int = 1) -> str | None:
    span = side_slot(source, text, _at(source, term), list(anchors), size)
    return None if span is None else text[span[0]:span[1]]


def test_a_number_before_and_a_content_word_after_give_the_noun_alone():
    # `trồng` follows the term: the adjective before the noun may render it, so it stays
    assert _slot("Tỉnh có 300 hợp tác xã trồng chè.",
                 "Provincie má 300 zemědělských spolků pěstujících čaj.",
                 "hợp tác xã") == "spolků"


def test_only_a_function_word_after_gives_the_whole_phrase():
    assert _slot("Tỉnh hỗ trợ 300 hợp tác xã của huyện.",
                 "Provincie podpořila 300 zemědělských spolků v okrese.",
                 "hợp tác xã") == "zemědělských spolků"


def test_a_copied_name_is_an_anchor_too():
    assert _slot("Đoàn đã thăm Nam Định hợp tác xã trồng lúa.",
                 "Delegace navštívila v Nam Dinh zemědělský spolek pěstující rýži.",
                 "hợp tác xã") == "spolek"


def test_the_sentence_start_is_no_anchor():
    assert _slot("Hợp tác xã quế xuất khẩu sang Ấn Độ.",
                 "Zemědělské sdružení skořice vyváží do Indie.", "Hợp tác xã") is None


def test_a_neighbouring_terms_rendering_is_no_anchor():
    source = "Tỉnh ủy chỉ đạo quy định mới về học phí."
    text = "Provinční výbor strany nařídil nová pravidla školného."
    anchors = [(_at(source, "Tỉnh ủy"), _at(text, "Provinční výbor strany"))]
    assert _slot(source, text, "quy định", anchors) is None


def test_a_second_anchor_leaves_it_to_the_two_sided_slot():
    # `Bình Dương` after the term is found in the translation: `slot_span`'s case, not this one
    assert _slot("Tỉnh có 300 hợp tác xã ở Bình Dương.",
                 "Provincie má 300 zemědělských spolků v Binh Duong.", "hợp tác xã") is None


def test_a_verb_or_a_long_phrase_after_the_anchor_is_no_rendering():
    assert _slot("Tỉnh có 300 hợp tác xã trồng chè.",
                 "Provincie má 300 a pěstuje čaj.", "hợp tác xã") is None
    assert _slot("Tỉnh có 300 hợp tác xã trồng chè.",
                 "Provincie má 300 velkých nových horských zemědělských spolků.",
                 "hợp tác xã", size=2) is None


def test_check_fix_puts_the_term_in_that_place_in_the_right_case():
    glossary = load_glossary(SHIPPED_DIR / "vi-cs.tsv")
    assert fix_text("Lâm Đồng có 120 hợp tác xã trồng cà phê.",
                    "Lam Dong má 120 spolků pěstujících kávu.", "cs", glossary)[0] \
        == "Lam Dong má 120 družstev pěstujících kávu."
    # no copied anchor before it: left alone (the sentence's start is no anchor; `farma`, as
    # `spolek` is a licensed equivalent of `družstvo` since issue 12bj)
    assert fix_text("Hợp tác xã chè xuất khẩu sang Nhật Bản.",
                    "Čajová farma vyváží do Japonska.", "cs", glossary)[0] \
        == "Čajová farma vyváží do Japonska."
