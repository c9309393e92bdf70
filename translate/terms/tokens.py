"""The matcher's tokens: runs of letters/digits (syllables, abbreviations) and single marks.

Shared by the glossary trie (`matcher.py`) and the title grammar (`compose.py`), so a title
table term and a glossary term are cut into the same tokens as the sentence they are found in.
"""

from __future__ import annotations

import re

from translate.text.normalize import match_key

__all__ = ["TOKEN", "SPLIT", "DASHES", "DASH_RE", "key", "tokenize_key", "term_tokens",
           "is_abbreviation"]

TOKEN = re.compile(r"\w+|[^\w\s]")
SPLIT = re.compile(r"(\w+|[^\w\s])")
DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
DASH_RE = re.compile("[\u2010-\u2015\u2212]")


def key(text: str, case_sensitive: bool) -> str:
    """The match key of `text` with every dash unified."""
    return match_key(text, case_sensitive).translate(DASHES)


def tokenize_key(text_key: str) -> list[tuple[int, int]]:
    """Token spans of a match key (letters/digits runs and single punctuation marks)."""
    return [m.span() for m in TOKEN.finditer(text_key)]


def term_tokens(term: str) -> tuple[str, ...]:
    """The case-preserving tokens of a term (`UBND tỉnh` -> ("UBND", "tỉnh"))."""
    sensitive = key(term, True)
    return tuple(sensitive[s:e] for s, e in tokenize_key(sensitive))


def is_abbreviation(token: str) -> bool:
    """`UBND`, `HĐND`, `TP`: two or more letters, all capitals (matched case-sensitively)."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
