"""English `check --fix`, round thirteen (issue 12af): `peasants` is another word for the
`farmers` of a farmers' body (`Peasants' Union`, `Peasants' Association`), and `border police`
renders the Border Guard; the limits: another country's farmers' body and a police force the
source does not call the Border Guard stay. Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.english import EQUIVALENT, english_level
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    ("Hội Nông dân Việt Nam phát động phong trào sản xuất giỏi.",
     "The Vietnam Peasants' Union launched a good-farming movement.",
     "The Vietnam Farmers' Union launched a good-farming movement."),
    ("Hội Nông dân Việt Nam ký kết hợp tác với ngân hàng chính sách.",
     "The Vietnam Peasants' Association signed a cooperation deal with the policy bank.",
     "The Vietnam Farmers' Union signed a cooperation deal with the policy bank."),
    ("Bộ đội Biên phòng tỉnh Lạng Sơn thu giữ 300 kg pháo lậu.",
     "The Lang Son border police seized 300 kg of smuggled firecrackers.",
     "The Lang Son Border Guard seized 300 kg of smuggled firecrackers."),
])
def test_other_words_for_the_term_are_fixed(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # another country's farmers' body: the source does not name ours
    ("Hội Nông dân Pháp biểu tình phản đối hiệp định.",
     "The French Peasants' Union protested against the agreement."),
    # the police, not the Border Guard, in the source
    ("Công an tỉnh Lạng Sơn bắt giữ hai đối tượng buôn lậu.",
     "The Lang Son police arrested two smugglers."),
    # the term already right
    ("Bộ đội Biên phòng tỉnh Lạng Sơn thu giữ 300 kg pháo lậu.",
     "The Lang Son Border Guard seized 300 kg of smuggled firecrackers."),
])
def test_right_sentences_stay(vi, en):
    assert _fix(vi, en) == en


def test_peasants_is_a_word_for_farmers_only():
    assert english_level("peasants", "farmers") == EQUIVALENT
    assert english_level("peasants", "workers") == 0
