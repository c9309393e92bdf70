"""Glossaries shared by the English `check --fix` rounds, loaded once per test session: what
the product loads (`shipped`: every shipped glossary merged with the title grammar, as
`translate check --fix` loads them) and the core English glossary alone (`core_en`), each with
its matcher, as `fix_text` takes them."""

from __future__ import annotations

import pytest

from translate.terms.files import SHIPPED_DIR, load_glossary, load_shipped_glossaries
from translate.terms.matcher import TermMatcher
from translate.terms.model import Glossary


@pytest.fixture(scope="session")
def shipped() -> tuple[Glossary, TermMatcher]:
    glossary = load_shipped_glossaries()
    return glossary, TermMatcher(glossary)


@pytest.fixture(scope="session")
def core_en() -> tuple[Glossary, TermMatcher]:
    glossary = load_glossary(SHIPPED_DIR / "vi-en.tsv")
    return glossary, TermMatcher(glossary)
