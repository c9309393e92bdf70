"""The source's slot for a rendering in words no list has (translate.draft.slot), and the
round-six window rules of translate.draft.align/place (issue 12f). Sentences written for these
tests, none from an evaluation set."""

from __future__ import annotations

import pytest

from translate.draft.align import participle, text_words
from translate.draft.place import find_placement
from translate.draft.slot import slot_span


def _at(source: str, words: str) -> tuple[int, int]:
    start = source.index(words)
    return start, start + len(words)


def _slot(source, text, term_vi, others=(), size=2):
    anchors = [(_at(source, vi), _at(text, cs) if cs else None) for vi, cs in others]
    span = slot_span(source, text, _at(source, term_vi), anchors, size)
    return text[span[0]:span[1]] if span else None


def test_between_the_sentence_start_and_another_term():
    source = "Theo Báo cáo của Bộ Tài chính, thu ngân sách tăng."
    text = "Podle přehledu Ministerstva financí vzrostly příjmy."
    assert _slot(source, text, "Báo cáo", [("Bộ Tài chính", "Ministerstva financí")]) == \
        "přehledu"


def test_between_a_number_and_the_sentence_end():
    source = "Hội đồng đã thông qua 12 Nghị quyết."
    text = "Rada přijala 12 rezolučních textů."
    assert _slot(source, text, "Nghị quyết") == "rezolučních textů"


def test_a_comma_bounds_the_slot_when_the_other_side_is_an_anchor():
    source = "Thưa Bộ trưởng, cử tri đang chờ câu trả lời."
    text = "Pane resortní šéfe, voliči čekají na odpověď."
    assert _slot(source, text, "Bộ trưởng") == "resortní šéfe"


def test_a_name_copied_without_diacritics_is_an_anchor():
    source = "Theo Chủ tịch Trần Văn Sơn, dự án sẽ hoàn thành."
    text = "Podle šéfa Tran Van Son bude projekt dokončen."
    assert _slot(source, text, "Chủ tịch", size=1) == "šéfa"


def test_coordination_with_another_term_present():
    source = "Cần kiên quyết đấu tranh với tham nhũng, lãng phí."
    text = "Je nutné rázně bojovat proti korupci a mrhání."
    assert _slot(source, text, "lãng phí", [("tham nhũng", "korupci")], size=1) == "mrhání"


@pytest.mark.parametrize("source, text, term_vi, others", [
    # a content word beside the term in the source: its place in the translation is unknown
    ("Bộ trưởng yêu cầu xử lý các vụ lãng phí.", "Ministr žádá řešit případy mrhání.",
     "lãng phí", ()),
    # the anchor is not in the translation
    ("Theo Báo cáo của Bộ Tài chính, thu tăng.", "Podle přehledu příjmy vzrostly.",
     "Báo cáo", [("Bộ Tài chính", None)]),
    # more than one phrase between the anchors: a verb
    ("Hội đồng đã thông qua 12 Nghị quyết.", "Rada přijala 12 a pak schválila texty.",
     "Nghị quyết", ()),
    # a name of the source found twice in the translation
    ("Đoàn đã gặp Chủ tịch Trần Văn Sơn.", "Tran Van Son přijal šéfa Tran Van Son.",
     "Chủ tịch", ()),
])
def test_no_slot(source, text, term_vi, others):
    assert _slot(source, text, term_vi, others) is None


def test_another_sentence_of_the_segment_leaves_the_end_open():
    source = "Hội đồng đã thông qua 12 Nghị quyết. Kỳ họp bế mạc."
    text = "Rada přijala 12 rezolučních textů. Zasedání skončilo."
    assert _slot(source, text, "Nghị quyết") is None


def test_find_placement_uses_the_slot_only_when_no_window_renders_the_term():
    text = "Podle přehledu Ministerstva financí vzrostly příjmy."
    span = (text.index("přehledu"), text.index("přehledu") + len("přehledu"))
    placement = find_placement(text, ["zpráva"], "cs", slot=span)
    assert (placement.found, placement.replacement, placement.case) == \
        ("přehledu", "zprávy", "gen")
    right = "Podle zprávy Ministerstva financí vzrostly příjmy."
    other = find_placement(right, ["zpráva"], "cs", slot=(6, 12))
    assert other is None or other.found == "zprávy"


def test_two_word_term_with_its_adjective_and_another_noun():
    p = find_placement("Obě země podepsaly strategickou alianci.", ["strategické partnerství"],
                       "cs")
    assert (p.found, p.replacement) == ("strategickou alianci", "strategické partnerství")


@pytest.mark.parametrize("text", [
    "Obě země podepsaly novou alianci.",  # only a qualifying adjective
    "Obě země podepsaly Strategickou alianci.",  # a name
])
def test_half_match_needs_the_terms_own_adjective_in_lower_case(text):
    assert find_placement(text, ["strategické partnerství"], "cs") is None


def test_a_name_without_its_head():
    p = find_placement("Vietnam působil ve Spojených národech dvacet let.",
                       ["Organizace spojených národů", "OSN"], "cs")
    assert p.replacement.endswith("Organizaci spojených národů")


def test_participles_do_not_fill_an_adjective_slot():
    assert participle("přijatými") and participle("vedená") and not participle("mladé")
    p = find_placement("Mezi nově jmenovanými úředníky je deset žen.",
                       ["státní úředník", "státní úřednice"], "cs")
    assert (p.found, p.replacement) == ("úředníky", "státními úředníky")


def test_a_pro_phrase_and_a_coordinated_genitive_render_the_complement():
    p = find_placement("Návrh připravilo Ministerstvo pro vnitřní záležitosti.",
                       ["Ministerstvo vnitra"], "cs")
    assert (p.found, p.replacement) == ("Ministerstvo pro vnitřní záležitosti",
                                        "Ministerstvo vnitra")
    p = find_placement("Stavbu povolilo Ministerstvo přepravy a spojů.",
                       ["Ministerstvo dopravy"], "cs")
    assert (p.found, p.replacement) == ("Ministerstvo přepravy a spojů", "Ministerstvo dopravy")


def test_noun_declined_like_an_adjective_and_the_adjective_before():
    p = find_placement("Ministr jednal s vedoucími odborů.", ["ředitel odboru",
                                                               "ředitelka odboru"], "cs")
    assert p.replacement == "řediteli odborů"
    p = find_placement("Strana vysílá zkušené kádry do obcí.", ["funkcionář", "funkcionářka"],
                       "cs")
    assert (p.replacement, p.case) == ("funkcionáře", "acc")


def test_text_words_unchanged():
    assert [w.text for w in text_words("a-b c")] == ["a", "b", "c"]


def test_run_puts_the_term_in_the_sources_slot_not_in_brackets():
    from translate.draft.enforce import choose, required_terms
    from translate.engines.base import Candidate
    from translate.terms.files import SHIPPED_DIR, load_glossary
    from translate.terms.matcher import TermMatcher

    glossary = load_glossary(SHIPPED_DIR / "vi-cs.tsv")
    source = "Theo Kế hoạch của Bộ Tài chính, ngân sách sẽ được cân đối."
    required = required_terms(TermMatcher(glossary).find(source), glossary, "cs", source)
    draft = [Candidate("Podle rozvrhu Ministerstva financí bude rozpočet vyrovnaný.", -1.0)]
    assert choose(draft, required, "cs", source).text == \
        "Podle plánu Ministerstva financí bude rozpočet vyrovnaný."
    assert "[plán]" in choose(draft, required, "cs").text  # without the source: brackets


def test_a_czech_abbreviation_of_the_terms_first_letters():
    from translate.draft.leftin import abbreviation_span

    text = "Data zveřejnilo MZd a MZV."
    assert abbreviation_span(text, ["Ministerstvo zdravotnictví"]) == (16, 19)
    assert abbreviation_span(text, ["Ministerstvo zahraničních věcí"]) == (22, 25)
    assert abbreviation_span("Data zveřejnilo MZe.", ["Ministerstvo zdravotnictví"]) is None


@pytest.mark.parametrize("text, female, replacement", [
    ("Předseda svolal vedoucí odborů na poradu.", False, "ředitele odborů"),
    ("Paní vedoucí odboru, kdy to bude?", True, "ředitelko odboru"),
])
def test_a_title_declined_like_an_adjective_in_its_base_form(text, female, replacement):
    p = find_placement(text, ["ředitel odboru", "ředitelka odboru"], "cs", female=female)
    assert p.replacement == replacement


def test_a_neuter_noun_in_i_is_no_adjectival_title():
    p = find_placement("Obě země uzavřely komplexní strategické spojenectví.",
                       ["komplexní strategické partnerství"], "cs")
    assert p.replacement == "komplexní strategické partnerství"


def test_the_sentences_first_word_is_no_name_before_the_phrase():
    p = find_placement("Mluvčí české ambasády v Praze uvedl, že víza budou vydána.",
                       ["velvyslanectví"], "cs")
    assert (p.replacement, p.case) == ("českého velvyslanectví", "gen")
