"""The two questions the coverage tests ask of a matcher: which spans, and which match is this."""

from __future__ import annotations

from translate.terms.matcher import TermMatcher


def sources(matcher: TermMatcher, text: str) -> list[str]:
    """The source spans found in `text`, in order."""
    return [m.source for m in matcher.find(text)]


def found(matcher: TermMatcher, text: str, span: str):
    """The match whose source is exactly `span` (the assertion shows what was found instead)."""
    matches = matcher.find(text)
    hits = [m for m in matches if m.source == span]
    assert hits, [(m.source, m.concept) for m in matches]
    return hits[0]
