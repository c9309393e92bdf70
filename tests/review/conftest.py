"""Fixtures shared by the review tests: the core shipped glossary (`vi-cs.tsv`) and its
matcher, built once per session; `product`, what `check --fix` loads by default (every shipped
glossary merged with the title grammar) and its matcher, also built once; `loaded`, either of
the two (a test run under both loadings); `fixed`, what `check --fix` makes of one Czech entry,
and `fix_loaded` the same under both loadings; `core_en`, the core English glossary alone
(`vi-en.tsv`), and `fix_en_loaded`, what `check --fix` makes of one English entry under what
the product loads and under `vi-en.tsv` alone;
`glossaries_loaded`, what a fix bench's `main` loads. A module that needs another glossary
defines its own `glossary`/`matcher` fixtures, which win."""

from __future__ import annotations

import sys

import pytest

from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary, load_shipped_glossaries
from translate.terms.matcher import TermMatcher


@pytest.fixture(scope="session")
def glossary():
    return load_glossary(SHIPPED_DIR / "vi-cs.tsv")


@pytest.fixture(scope="session")
def matcher(glossary):
    return TermMatcher(glossary)


@pytest.fixture(scope="session")
def product():
    """(glossary, matcher) as `check --fix` loads them without `--glossary`."""
    loaded = load_shipped_glossaries()
    return loaded, TermMatcher(loaded)


@pytest.fixture(params=["product", "one"])
def loaded(request, product, glossary, matcher):
    """(glossary, matcher) under both loadings, each test run once with each: what `check
    --fix` loads by default (`product`) and the core glossary alone (`--glossary vi-cs.tsv`)."""
    return product if request.param == "product" else (glossary, matcher)


@pytest.fixture
def fixed(glossary, matcher):
    """The translation as `check --fix` leaves it (`fixed(vi, cs)`), with the shared matcher."""
    return lambda vi, cs: fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.fixture
def fix_loaded(loaded):
    """`fixed` under both loadings (`fix_loaded(vi, cs)`): each test run once with what `check
    --fix` loads by default and once with the core glossary alone."""
    glossary, matcher = loaded
    return lambda vi, cs: fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.fixture(scope="session")
def core_en():
    """(glossary, matcher) for `check --fix --glossary vi-en.tsv`: the core English glossary."""
    glossary = load_glossary(SHIPPED_DIR / "vi-en.tsv")
    return glossary, TermMatcher(glossary)


@pytest.fixture(params=["product", "core_en"])
def fix_en_loaded(request, product, core_en):
    """What `check --fix` makes of one English entry (`fix_en_loaded(vi, en)`): each test run
    once with what `check --fix` loads by default and once with `vi-en.tsv` alone, as
    `bench/fix_en.py --both-loadings` counts a set."""
    glossary, matcher = product if request.param == "product" else core_en
    return lambda vi, en: fix_text(vi, en, "en", glossary, matcher)[0]


@pytest.fixture
def glossaries_loaded(monkeypatch):
    """What a fix bench's `main` loads, once without and once with `--glossary mine.tsv`
    (`bench`: the bench module, `argv`: its command line up to the set): `"all"` for every
    shipped glossary merged (what `check --fix` loads), else the one file's path."""
    def loaded_by(bench, argv: list[str]) -> list[str]:
        loaded = []
        monkeypatch.setattr(bench, "load_shipped_glossaries", lambda: loaded.append("all"))
        monkeypatch.setattr(bench, "load_glossary", lambda path: loaded.append(path))
        monkeypatch.setattr(bench, "TermMatcher", lambda glossary: None)
        monkeypatch.setattr(bench, "run", lambda *a, **k: None)
        for extra in ([], ["--glossary", "mine.tsv"]):
            monkeypatch.setattr(sys, "argv", [*argv, *extra])
            bench.main()
        return loaded
    return loaded_by
