"""`function_word` keeps a particle from being taken for a term's rendering; an abbreviation
written in capitals that spells like a particle (`NA`, Czech `na`) is still the term's."""
from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher


@pytest.fixture(scope="module")
def english():
    glossary = load_glossary(str(SHIPPED_DIR / "vi-en.tsv"))
    return glossary, TermMatcher(glossary)


@pytest.mark.parametrize("vi, en, expected", [
    ("Quốc hội đã thông qua luật mới vào chiều nay.",
     "The NA passed the new law this afternoon.",
     "The National Assembly passed the new law this afternoon."),
    ("Quốc hội thảo luận về ngân sách.",
     "Lawmakers of the NA debated the budget.",
     "Lawmakers of the National Assembly debated the budget."),
])
def test_capital_abbreviation_is_the_term(english, vi, en, expected):
    glossary, matcher = english
    assert fix_text(vi, en, "en", glossary, matcher)[0] == expected


def test_lower_case_particle_is_still_no_rendering(glossary, matcher):
    # (the Czech glossary and matcher: the ones tests/review/conftest.py shares)
    text = "Podnikatelé si stěžovali na postupy."
    assert fix_text("Doanh nghiệp phàn nàn về thủ tục.", text, "cs", glossary, matcher)[0] == text
