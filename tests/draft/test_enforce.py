from pathlib import Path

import pytest

from translate.draft.enforce import (
    INSERTION,
    NONE,
    PLACE_LIMIT,
    SELECTION,
    RequiredTerm,
    choose,
    is_present,
    required_terms,
    term_span,
)
from translate.draft.protect import find_tokens
from translate.engines.base import Candidate
from translate.terms import load_glossary
from translate.terms.files import SHIPPED_DIR
from translate.terms.matcher import TermMatcher

ROOT = Path(__file__).resolve().parents[2]
SECRETARY = RequiredTerm(
    "party.provincial.secretary",
    "Bí thư Tỉnh ủy",
    ("tajemník provinčního výboru strany", "tajemnice provinčního výboru strany"),
    forbidden=("sekretář provinčního výboru",),
)
POLITBURO = RequiredTerm("party.politburo", "Bộ Chính trị", ("politbyro",))


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(SHIPPED_DIR / "vi-cs.tsv")


def test_prefers_candidate_with_every_term_by_lemma():
    cands = [
        Candidate("Sekretář provinčního výboru jednal s vedením.", -0.5),
        Candidate("S tajemníkem provinčního výboru strany jednalo politbyro.", -1.2),
        Candidate("Tajemník provinčního výboru strany jednal.", -0.9),
    ]
    choice = choose(cands, [SECRETARY, POLITBURO], "cs")
    assert choice.index == 1 and choice.satisfied_by == SELECTION
    assert not choice.needs_review
    assert choice.comments[0] == (
        "terms: Bí thư Tỉnh ủy = tajemník provinčního výboru strany / "
        "tajemnice provinčního výboru strany"
    )
    assert "selection (candidate 3 of 3)" in choice.comments[-1]


def test_best_score_wins_among_satisfying_candidates():
    cands = [Candidate("Jednalo politbyro.", -2.0), Candidate("Politbyro jednalo.", -1.0)]
    assert choose(cands, [POLITBURO], "cs").index == 1


def test_female_alternative_satisfies():
    choice = choose([Candidate("Promluvila tajemnice provinčního výboru strany.", -1)],
                    [SECRETARY], "cs")  # fmt: skip
    assert choice.satisfied_by == SELECTION


def test_forbidden_rendering_is_replaced():
    choice = choose([Candidate("Sekretář provinčního výboru promluvil.", -1)], [SECRETARY], "cs")
    assert choice.text == "Tajemník provinčního výboru strany promluvil."
    assert choice.satisfied_by == INSERTION and choice.needs_review
    assert choice.inserted == ("party.provincial.secretary",)
    assert "replaced 'Sekretář provinčního výboru'" in choice.comments[-1]


def test_untranslated_source_is_replaced():
    choice = choose([Candidate("Bí thư Tỉnh ủy promluvil.", -1)], [SECRETARY], "cs")
    assert choice.text == "Tajemník provinčního výboru strany promluvil."


def test_term_appended_before_final_punctuation():
    choice = choose([Candidate("Promluvil na konferenci.", -1)], [POLITBURO], "cs")
    assert choice.text == "Promluvil na konferenci [politbyro]."
    assert "appended" in choice.comments[-1]


def test_candidate_with_most_terms_is_the_base_for_insertion():
    cands = [Candidate("Nic.", -0.1), Candidate("Politbyro jednalo.", -3.0)]
    choice = choose(cands, [SECRETARY, POLITBURO], "cs")
    assert choice.index == 1 and choice.inserted == ("party.provincial.secretary",)


def test_no_required_terms_takes_best_score():
    choice = choose([Candidate("a", -2.0), Candidate("b", -1.0)], [], "cs")
    assert (choice.text, choice.satisfied_by, choice.comments) == ("b", NONE, ())


def test_empty_candidates_raise():
    with pytest.raises(ValueError):
        choose([], [SECRETARY], "cs")


def test_required_terms_from_matches_skip_protected_spans(glossary):
    text = "Bí thư Tỉnh ủy triển khai Nghị quyết số 25-NQ/TW của Bộ Chính trị và Bộ Chính trị."
    skip = [(t.start, t.end) for t in find_tokens(text, glossary)]
    required = required_terms(TermMatcher(glossary).find(text, skip=skip), glossary, "cs")
    assert [r.concept for r in required] == ["party.provincial.secretary", "party.politburo"]
    assert required[0].forbidden == ("provinční tajemník", "sekretář provinčního výboru")
    assert required_terms(TermMatcher(glossary).find(text), glossary, "de") == []


def test_rendering_cut_short_is_completed_keeping_its_case():
    choice = choose([Candidate("Jednali s tajemníkem provinčního výboru o rozpočtu.", -1)],
                    [SECRETARY], "cs")  # fmt: skip
    assert choice.text == "Jednali s tajemníkem provinčního výboru strany o rozpočtu."
    assert choice.satisfied_by == INSERTION
    assert ("inserted 'tajemníkem provinčního výboru strany' (replaced 'tajemníkem provinčního "
            "výboru' in place, instrumental singular;") in choice.comments[-1]


def test_head_word_alone_is_completed():
    choice = choose([Candidate("Promluvila tajemnice.", -1)], [SECRETARY], "cs")
    assert choice.text == "Promluvila tajemnice provinčního výboru strany."


def test_plural_marked_in_the_vietnamese(glossary):
    matcher = TermMatcher(glossary)
    for source, plural in (("Các Bí thư Tỉnh ủy đã họp.", True),
                           ("Hai Thứ trưởng đã tham dự.", True),
                           ("Bí thư Tỉnh ủy đã họp.", False)):
        [term] = required_terms(matcher.find(source), glossary, "cs", source)
        assert term.plural is plural
    [term] = required_terms(matcher.find("Các Bí thư Tỉnh ủy đã họp."), glossary, "cs")
    assert term.plural is False  # without the source text nothing is assumed


def test_a_term_inside_another_terms_rendering_is_not_present():
    government = RequiredTerm("state.government", "Chính phủ", ("vláda",))
    decree = RequiredTerm("doc.decree", "Nghị định", ("nařízení vlády",))
    text = "Nařízení vlády bylo vydáno kabinetem."
    assert is_present(text, government, "cs") is True
    assert is_present(text, government, "cs", [government, decree]) is False
    assert is_present("Vláda vydala nařízení vlády.", government, "cs", [decree]) is True
    assert term_span("Premiér jednal se zástupcem premiéra.", POLITBURO, "cs") is None


def test_a_segment_missing_more_terms_than_a_sentence_appends_the_rest_and_says_why() -> None:
    """A table run together into one segment: the first `PLACE_LIMIT` missing terms are looked
    for in place, the rest appended at once, each comment saying why (not silently)."""
    n = PLACE_LIMIT + 6
    required = [RequiredTerm(f"c{k}", f"Xã {k}", (f"obec číslo{k}",)) for k in range(n)]
    choice = choose([Candidate("Tabulka výsledků.", -1.0)], required, "cs")
    assert choice.satisfied_by == "insertion" and len(choice.inserted) == n
    comments = [c for c in choice.comments if "inserted" in c]
    assert len(comments) == n
    assert not any("not looked for in place" in c for c in comments[:PLACE_LIMIT])
    assert all(f"not looked for in place: {n} terms missing in one segment" in c
               and "(appended;" in c for c in comments[PLACE_LIMIT:])
    assert all(f"[obec číslo{k}]" in choice.text for k in range(n))
