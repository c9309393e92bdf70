"""No placement cuts into a document number or code of the translation: `657-QĐ/TU` comes
through byte for byte even where its `TU` looks like the abbreviation of a missing term's
`Tỉnh ủy` (found with a random-weight model's output, where the slot and the left-in
abbreviation both pointed into the number)."""

from __future__ import annotations

import pytest

from translate.draft.enforce import choose, cuts_code, protected_in, required_terms
from translate.engines.base import Candidate
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

SOURCE = "Quyết định số 657-QĐ/TU của Ban Tuyên giáo Tỉnh ủy về công tác tuyên truyền."


@pytest.mark.parametrize("lang, draft", [
    ("en", "Decision No. 657-QĐ/TU on the propaganda work."),
    ("en", "aaa UUU Decision No. 657-QĐ/TU kỳ kỳ 2024 2024."),
    ("cs", "Rozhodnutí č. 657-QĐ/TU o propagandistické práci."),
])
def test_run_never_replaces_inside_a_document_number(lang, draft):
    glossary = load_glossary(SHIPPED_DIR / f"vi-{lang}.tsv")
    matcher = TermMatcher(glossary)
    required = required_terms(matcher.find(SOURCE), glossary, lang, SOURCE)
    assert required, "the commission is a required term"
    choice = choose([Candidate(draft, -1.0)], required, lang, source=SOURCE)
    assert "657-QĐ/TU" in choice.text


@pytest.mark.parametrize("lang, text", [
    ("en", "Decision No. 657-QĐ/TU on the propaganda work was issued."),
    ("cs", "Rozhodnutí č. 657-QĐ/TU o propagandistické práci bylo vydáno."),
])
def test_fix_never_replaces_inside_a_document_number(lang, text):
    glossary = load_glossary(SHIPPED_DIR / f"vi-{lang}.tsv")
    fixed, _ = fix_text(SOURCE, text, lang, glossary, TermMatcher(glossary))
    assert "657-QĐ/TU" in fixed


def test_cuts_code():
    text = "Decision No. 657-QĐ/TU and Resolution 25-NQ/TW of www.tinhuy.vn"
    codes = protected_in(text, "en")
    assert [text[s:e] for s, e in codes] == ["657-QĐ/TU", "25-NQ/TW", "www.tinhuy.vn"]
    at = text.index("TU")
    assert cuts_code(at, at + 2, codes)
    assert not cuts_code(0, 8, codes)
