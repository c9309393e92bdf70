"""English `check --fix`, round twenty-one (issue 12aw): a term put before a plural noun
modifies that noun and says no number of its own (`{MTTQ} committees at all levels` →
`Fatherland Front committees`, not `Fronts`), though the source's `các cấp` asks for a plural;
where no plural noun follows (a verb, a function word), the plural stays.
Own sentences, none from a bench set."""

from __future__ import annotations

from dataclasses import dataclass

from translate.draft.enshape import attributive
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@dataclass(frozen=True)
class _Placed:
    end: int
    replacement: str


def test_a_term_before_a_plural_noun_stays_singular():
    vi = "Mặt trận Tổ quốc các cấp ở Nghệ An tặng quà cho hộ nghèo."
    en = "MTTQ chapters at all levels in Nghe An gave gifts to poor households."
    assert _fix(vi, en).startswith("Fatherland Front chapters at all levels")


def test_the_rule_keeps_the_capital_said():
    text = "Fronts officials met."
    got = attributive(text, _Placed(6, "Fatherland Fronts"), ["Fatherland Front"])
    assert got.replacement == "Fatherland Front"
    low = attributive("the cadres members", _Placed(10, "the officials"), ["official"])
    assert low.replacement == "the official"


def test_a_verb_or_function_word_after_it_keeps_the_plural():
    for after in (" was praised", " has met", " in Hue", " met"):
        text = "X" + after
        got = attributive(text, _Placed(1, "Fatherland Fronts"), ["Fatherland Front"])
        assert got.replacement == "Fatherland Fronts", after


def test_a_singular_noun_after_it_keeps_the_plural():
    got = attributive("X leadership", _Placed(1, "Fatherland Fronts"), ["Fatherland Front"])
    assert got.replacement == "Fatherland Fronts"


def test_a_singular_replacement_is_left_as_it_is():
    got = attributive("X committees", _Placed(1, "Fatherland Front"), ["Fatherland Front"])
    assert got.replacement == "Fatherland Front"


def test_a_term_with_no_noun_after_it_is_fixed_whole():
    # no noun follows, so `attributive` has nothing to do: the term is put with its article
    # (whether a plural is kept there is `test_a_verb_or_function_word_after_it_keeps_the_plural`)
    vi = "Mặt trận Tổ quốc các cấp giám sát việc bầu cử."
    en = "MTTQ at all levels supervised the election."
    assert _fix(vi, en) == "The Fatherland Front at all levels supervised the election."
