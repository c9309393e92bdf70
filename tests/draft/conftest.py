"""Glossaries shared by the English `check --fix` rounds, loaded once per test session: what
the product loads (`shipped`: every shipped glossary merged with the title grammar, as
`translate check --fix` loads them) and the core English glossary alone (`core_en`), each with
its matcher, as `fix_text` takes them; and `fix_en(loaded, vi, en)`, what `check --fix` makes of
one English entry under either; `loaded`, the two in turn."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from translate.review.fix import fix_text
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


@pytest.fixture(params=("shipped", "core_en"))
def loaded(request: pytest.FixtureRequest) -> tuple[Glossary, TermMatcher]:
    """`shipped`, then `core_en`: a test that takes it runs under both loadings, as
    `bench/fix_en.py --both-loadings` counts a set (issue 12cc), each glossary still loaded
    once per session."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def fix_en() -> Callable[[tuple[Glossary, TermMatcher], str, str], str]:
    """The English translation as `check --fix` leaves it under a loading (`shipped` or
    `core_en`): `fix_en(loaded, vi, en)`."""
    def fixed(loaded: tuple[Glossary, TermMatcher], vi: str, en: str) -> str:
        glossary, matcher = loaded
        return fix_text(vi, en, "en", glossary, matcher)[0]
    return fixed
