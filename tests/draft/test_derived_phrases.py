"""A phrase concept the model said with derived words (the verb for the term's verbal noun,
the adverb for its adjective) is rendered: no brackets, no replacement, counted as selected
(issue 12j, part B). Through the drafter with a scripted engine."""

from __future__ import annotations

from scripted_engines import ScriptedEngine

from translate.draft.accepted import unaccepted
from translate.draft.drafter import Drafter, DraftSettings, prepare
from translate.draft.enforce import required_terms
from translate.po.provenance import term_counts
from translate.terms import load_glossary
from translate.terms.files import SHIPPED_DIR
from translate.terms.matcher import TermMatcher

PHRASES = load_glossary(SHIPPED_DIR / "vi-cs.phrases.tsv")
SOURCE = "Đảng viên phải quán triệt nghị quyết."


def draft(output: str):
    drafter = Drafter(ScriptedEngine([output]),
                      DraftSettings("vi", "cs", n_best=1, glossary_signature=PHRASES.signature),
                      PHRASES)
    [result] = drafter.draft(list(prepare([SOURCE], PHRASES).values()))
    return result


def test_a_verb_for_the_verbal_noun_is_the_concept_rendered():
    result = draft("Straníci si musí důkladně osvojit usnesení.")
    assert result.msgstr == "Straníci si musí důkladně osvojit usnesení."
    assert "[" not in result.msgstr
    assert term_counts(result.comments) == (1, 0, 0)  # selected, not appended


def test_the_concept_rendered_nowhere_is_still_appended():
    result = draft("Straníci musí číst usnesení.")
    assert result.msgstr == "Straníci musí číst usnesení [důkladné osvojení]."
    assert term_counts(result.comments) == (0, 0, 1)


def test_one_word_of_the_stem_is_not_the_phrase():
    matches = TermMatcher(PHRASES).find(SOURCE)
    required = required_terms(matches, PHRASES, "cs", SOURCE)
    text = "Straníci musí usnesení důkladně číst."  # `důkladně`, but no `osvojit`
    assert [t.concept for t in unaccepted(required, SOURCE, text, PHRASES, "cs")] \
        == ["phrase.thorough_grasp"]
    near = "Straníci si usnesení důkladně osvojili."
    assert unaccepted(required, SOURCE, near, PHRASES, "cs") == []
