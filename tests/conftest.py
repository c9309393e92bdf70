"""Shared fixtures: tiny models built once per test session, real data location."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
NTREX = REPO.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv"


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
