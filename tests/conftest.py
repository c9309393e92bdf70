"""Shared fixtures: tiny models built once per test session, real data location."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
NTREX = REPO.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv"


@pytest.fixture(scope="session", autouse=True)
def private_tool_cache(tmp_path_factory):
    """CTranslate2 conversions of the test models go to a temp folder, not ~/.cache."""
    import os

    previous = os.environ.get("VI_TRANSLATE_CACHE")
    os.environ["VI_TRANSLATE_CACHE"] = str(tmp_path_factory.mktemp("tool-cache"))
    yield
    if previous is None:
        os.environ.pop("VI_TRANSLATE_CACHE", None)
    else:
        os.environ["VI_TRANSLATE_CACHE"] = previous


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory) -> Path:
    from tiny_models import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("tiny-marian"))


@pytest.fixture(scope="session")
def tiny_m2m100(tmp_path_factory) -> Path:
    from tiny_models import build_tiny_m2m100

    return build_tiny_m2m100(tmp_path_factory.mktemp("tiny-m2m100"))


@pytest.fixture(scope="session")
def ntrex_path() -> Path:
    if not NTREX.exists():
        pytest.skip("NTREX data not present (../shared/data/ntrex)")
    return NTREX
