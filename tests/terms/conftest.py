"""The shipped glossaries' matcher, built once for the tests that ask what it finds in text.

A test module that needs another glossary defines its own `matcher` fixture, which wins."""

from __future__ import annotations

import pytest

from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher


@pytest.fixture(scope="session")
def matcher() -> TermMatcher:
    return TermMatcher(load_shipped_glossaries())
