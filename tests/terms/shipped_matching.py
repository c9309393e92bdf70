"""The two questions the coverage tests ask of a matcher: which spans, and which match is this."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from translate.terms.matcher import TermMatcher

BENCH = Path(__file__).resolve().parents[2] / "bench" / "terms_coverage.py"


def sources(matcher: TermMatcher, text: str) -> list[str]:
    """The source spans found in `text`, in order."""
    return [m.source for m in matcher.find(text)]


def found(matcher: TermMatcher, text: str, span: str):
    """The match whose source is exactly `span` (the assertion shows what was found instead)."""
    matches = matcher.find(text)
    hits = [m for m in matches if m.source == span]
    assert hits, [(m.source, m.concept) for m in matches]
    return hits[0]


def coverage_bench() -> ModuleType:
    """`bench/terms_coverage.py` as a module (its split loaders: `load_split("own-b24")`)."""
    spec = importlib.util.spec_from_file_location("terms_coverage_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench
