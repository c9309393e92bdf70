"""Find glossary terms in Vietnamese text: whole syllables, longest match, offsets as given.

Both the glossary terms and the text are turned into token sequences over their `match_key`
(NFC, one tone-mark placement, look-alikes unified, dashes unified): a token is a run of
letters/digits (a syllable or abbreviation) or one punctuation character; whitespace only
separates. Terms go into a trie keyed by lower-case tokens, so one pass over the text finds
every entry at once — no regex per entry. At each position the longest term whose case rule
holds wins (`Phó Bí thư Tỉnh ủy` before `Bí thư Tỉnh ủy` before `Bí thư`), and the scan resumes
after it. Matches inside `skip` spans (protected tokens) are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from translate.glossary import Entry, Glossary
from translate.normalize import match_key, normalize_with_offsets

__all__ = ["TermMatch", "TermMatcher", "tokenize_key"]

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_END = "\x00"  # trie key holding the terminals of a node
MATCHED_KINDS = ("term", "doctype", "dnt")


@dataclass(frozen=True)
class TermMatch:
    """One glossary hit: `text[start:end]` is the source as written (NFD, old tone spelling...)."""

    start: int
    end: int
    source: str
    concept: str
    term: str  # the glossary spelling that matched (term or variant)
    kind: str  # term | doctype | dnt
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    alternatives: tuple[str, ...] = ()  # other concepts with the same Vietnamese term

    def target(self, lang: str) -> str | None:
        values = self.targets.get(lang, ())
        return values[0] if values else None


def tokenize_key(key: str) -> list[tuple[int, int]]:
    """Token spans of a match key (letters/digits runs and single punctuation marks)."""
    return [m.span() for m in _TOKEN.finditer(key)]


def _is_abbreviation(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _key(text: str, case_sensitive: bool) -> str:
    return match_key(text, case_sensitive).translate(_DASHES)


@dataclass(frozen=True)
class _Terminal:
    entry: Entry
    term: str
    tokens: tuple[str, ...]  # case-preserving tokens
    case_sensitive: tuple[bool, ...]  # per token; empty when no token is case-sensitive


class TermMatcher:
    """A syllable trie over every Vietnamese term and variant of a glossary."""

    def __init__(self, glossary: Glossary, kinds: Sequence[str] = MATCHED_KINDS) -> None:
        self.glossary = glossary
        self._trie: dict = {}
        self.size = 0
        for entry in glossary.entries:
            if entry.kind not in kinds:
                continue
            for term in entry.source_terms:
                self._add(entry, term)
        self._alternatives = self._find_alternatives()

    def _add(self, entry: Entry, term: str) -> None:
        sensitive_key = _key(term, True)
        spans = tokenize_key(sensitive_key)
        if not spans:
            return
        tokens = tuple(sensitive_key[s:e] for s, e in spans)
        node = self._trie
        for tok in tokens:
            node = node.setdefault(tok.lower(), {})
        terminals = node.setdefault(_END, [])
        if any(t.entry.concept == entry.concept for t in terminals):
            return
        if entry.case == "auto":
            # abbreviations (`UBND`, `HĐND`) keep their case even inside a longer variant
            sensitive = tuple(_is_abbreviation(t) for t in tokens)
        else:
            sensitive = (entry.case == "sensitive",) * len(tokens)
        terminals.append(_Terminal(entry, term, tokens, sensitive if any(sensitive) else ()))
        self.size += 1

    def _find_alternatives(self) -> dict[tuple[str, str], tuple[str, ...]]:
        result: dict[tuple[str, str], tuple[str, ...]] = {}
        stack = [self._trie]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key == _END:
                    concepts = list(dict.fromkeys(t.entry.concept for t in child))
                    if len(concepts) > 1:
                        for t in child:
                            others = tuple(c for c in concepts if c != t.entry.concept)
                            result[(t.entry.concept, t.term)] = others
                else:
                    stack.append(child)
        return result

    def find(self, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[TermMatch]:
        """All leftmost-longest matches in `text`; offsets index `text` exactly as given."""
        normalized, offsets = normalize_with_offsets(text)
        sensitive = _key(normalized, True)
        lowered = _key(normalized, False)
        spans = tokenize_key(lowered)
        low_tokens = [lowered[s:e] for s, e in spans]
        matches: list[TermMatch] = []
        trie = self._trie
        n = len(spans)
        i = 0
        while i < n:
            node = trie.get(low_tokens[i])
            if node is None:
                i += 1
                continue
            best: tuple[int, _Terminal] | None = None
            j = i
            while True:
                terminals = node.get(_END)
                if terminals:
                    for t in terminals:
                        if t.case_sensitive and any(
                            cs and sensitive[spans[i + k][0] : spans[i + k][1]] != tok
                            for k, (tok, cs) in enumerate(
                                zip(t.tokens, t.case_sensitive, strict=True)
                            )
                        ):
                            continue
                        best = (j, t)
                        break
                j += 1
                if j >= n:
                    break
                node = node.get(low_tokens[j])
                if node is None:
                    break
            if best is None:
                i += 1
                continue
            last, terminal = best
            start, end = offsets[spans[i][0]], offsets[spans[last][1]]
            if any(s < end and start < e for s, e in skip):
                i += 1
                continue
            entry = terminal.entry
            matches.append(
                TermMatch(
                    start=start,
                    end=end,
                    source=text[start:end],
                    concept=entry.concept,
                    term=terminal.term,
                    kind=entry.kind,
                    targets=entry.targets,
                    alternatives=self._alternatives.get((entry.concept, terminal.term), ()),
                )
            )
            i = last + 1
        return matches
