"""The matcher's tokens: runs of letters/digits (syllables, abbreviations) and single marks.

Shared by the glossary trie (`matcher.py`) and the title grammar (`compose.py`), so a title
table term and a glossary term are cut into the same tokens as the sentence they are found in;
`TokenTrie` holds the title grammar's tables (the glossary matcher has its own frozen trie).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.text.normalize import match_key

__all__ = ["TOKEN", "SPLIT", "DASHES", "DASH_RE", "END", "GLUED_DASH", "key", "tokenize_key",
           "term_tokens", "cased_tokens", "is_abbreviation", "spellings", "abbreviated",
           "ABBREVIATIONS", "TokenTrie"]

TOKEN = re.compile(r"\w+|[^\w\s]")
SPLIT = re.compile(r"(\w+|[^\w\s])")
DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
DASH_RE = re.compile("[\u2010-\u2015\u2212]")
END = "\x00"  # trie key holding the terminals of a node
# a dash written inside one word before a lower-case syllable (`Xay-sổm-bun`, `Kan-đan`: a
# transliterated name), as the cased tokens carry it; a spaced dash (`Quảng Ninh - nơi`) stays `-`
GLUED_DASH = "\u2011"
_NONE: list = []  # no match (never mutated)


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


def cased_tokens(sensitive: str, ends: Sequence[int], n: int) -> list[str]:
    """The `n` cased tokens of `sensitive` (`ends`: the running ends of gap, token, gap, …),
    a dash with no space on either side and a lower-case syllable after it as `GLUED_DASH`."""
    out = [sensitive[ends[2 * k]:ends[2 * k + 1]] for k in range(n)]
    for k in range(1, n - 1):
        if out[k] == "-" and ends[2 * k - 1] == ends[2 * k] and ends[2 * k + 1] == ends[2 * k + 2] \
                and out[k - 1].isalpha() and out[k + 1].isalpha() and out[k + 1].islower():
            out[k] = GLUED_DASH
    return out


def is_abbreviation(token: str) -> bool:
    """`UBND`, `HĐND`, `TP`: two or more letters, all capitals (matched case-sensitively)."""
    if not token.isupper():  # the common case, in C: a cased letter is lower case, or none
        return False
    return sum(c.isalpha() for c in token) >= 2


_JOINED = re.compile(r"[&-]")


def spellings(term: str, abbreviations: bool = False) -> tuple[str, ...]:
    """The term and its other spellings of joined abbreviations: `GD&ĐT` is written `GD-ĐT`
    as often, `LĐ-TB&XH` also `LĐ-TB-XH` (dailies use dashes, provincial papers `&`). Each
    word made of two or more capitalised abbreviations joined by `&` or `-` is rewritten with
    dashes throughout and with `&` before its last part only. With `abbreviations`, also each
    spelling with the newspapers' abbreviations written the other way (`abbreviated`)."""
    if abbreviations:
        return tuple(dict.fromkeys(s for t in abbreviated((term,)) for s in spellings(t)))
    words = term.split(" ")
    out = [term]
    for forms in (lambda p: "-".join(p), lambda p: "-".join(p[:-1]) + "&" + p[-1]):
        changed = False
        new = []
        for w in words:
            parts = _JOINED.split(w) if ("&" in w or "-" in w) else None
            if parts and len(parts) > 1 and all(x.isalpha() and x.isupper() for x in parts):
                new.append(forms(parts))
                changed = changed or new[-1] != w
            else:
                new.append(w)
        if changed and (joined := " ".join(new)) not in out:
            out.append(joined)
    return tuple(out)


# The newspapers' abbreviations of the bodies and words titles are made of, full form first:
# every term of the title grammar and of the glossary is also found with each of them written
# the other way (`Ban Thường trực Ủy ban Mặt trận Tổ quốc` = `Ban Thường trực UBMTTQ`, `Đồn
# BĐBP` = `Đồn Bộ đội Biên phòng`, `Phòng Cảnh sát giao thông` = `Phòng CSGT`), so an
# abbreviated title composes like its full form. Applied in this order, each to the spellings
# the earlier ones made (`Ủy ban Mặt trận Tổ quốc` -> `Ủy ban MTTQ` -> `UBMTTQ`).
ABBREVIATIONS = (
    ("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
    ("Đại biểu Quốc hội", "ĐBQH"), ("đại biểu Quốc hội", "ĐBQH"),
    ("Mặt trận Tổ quốc", "MTTQ"), ("Ủy ban MTTQ", "UBMTTQ"),
    ("Chỉ huy Quân sự", "CHQS"), ("Chỉ huy quân sự", "CHQS"),
    ("Bộ đội Biên phòng", "BĐBP"), ("Tòa án nhân dân", "TAND"),
    ("Viện Kiểm sát nhân dân", "VKSND"), ("Viện kiểm sát nhân dân", "VKSND"),
    ("Ban Thường vụ", "BTV"), ("Ban Chấp hành", "BCH"), ("Trung ương", "TƯ"),
    ("Cảnh sát giao thông", "CSGT"), ("cảnh sát giao thông", "CSGT"),
    ("Cảnh sát cơ động", "CSCĐ"), ("cảnh sát cơ động", "CSCĐ"),
    ("Quản lý thị trường", "QLTT"), ("quản lý thị trường", "QLTT"),
    ("Ngân hàng Chính sách xã hội", "NHCSXH"), ("Bảo hiểm xã hội", "BHXH"),
    ("Quân đội nhân dân", "QĐND"), ("Công an nhân dân", "CAND"), ("Ban Chỉ đạo", "BCĐ"))
_ABBREVIATION_RES = tuple(
    (re.compile(rf"(?<!\w){re.escape(a)}(?!\w)"), b, re.compile(rf"(?<!\w){re.escape(b)}(?!\w)"), a)
    for a, b in ABBREVIATIONS)


def abbreviated(terms: Sequence[str]) -> tuple[str, ...]:
    """The terms and their spellings with each newspaper abbreviation written the other way
    (`ABBREVIATIONS`). An abbreviation keeps its case wherever it is matched (`TokenTrie`,
    the glossary's `auto` case), so `TƯ` is never the `tư` of `đầu tư`."""
    out = list(dict.fromkeys(terms))
    for full, abbr, abbr_re, full_again in _ABBREVIATION_RES:
        for term in list(out):
            for new in (full.sub(abbr, term), abbr_re.sub(full_again, term)):
                if new != term and new not in out:
                    out.append(new)
    return tuple(out)


class TokenTrie:
    """Terms by lower-case tokens; a terminal keeps the term's tokens for the case checks."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.firsts: set[str] = set()

    def add(self, term: str, item: object, cap_first: bool = False,
            name_word: bool = False) -> None:
        """`cap_first`: only written capitalised; `name_word`: a one-word term that, written
        capitalised before a capitalised word, is that name's first syllable instead (a
        hamlet's `sóc` in `Sóc Sơn`, `Buôn Đôn`)."""
        toks = term_tokens(term)
        if not toks:
            return
        node = self.root
        for tok in toks:
            node = node.setdefault(tok.lower(), {})
        checks = tuple((k, t) for k, t in enumerate(toks) if is_abbreviation(t))
        node.setdefault(END, []).append((item, checks, cap_first, name_word and len(toks) == 1))
        self.firsts.add(toks[0].lower())

    def matches(self, low: Sequence[str], sens: Sequence[str], i: int) -> list[tuple[int, object]]:
        """(end, item) of every term starting at token `i`, longest first."""
        node = self.root.get(low[i]) if i < len(low) else None
        if node is None:
            return _NONE
        found: list[tuple[int, object]] = []
        j, n = i + 1, len(low)
        capital = None
        while True:
            for item, checks, cap, name_word in node.get(END, ()):
                if name_word and sens[i][:1].isupper() and j < n and sens[j][:1].isupper():
                    continue  # `Ban Quản lý rừng phòng hộ Sóc Sơn`: a name, not a hamlet
                if cap:
                    if capital is None:
                        capital = sens[i][:1].isupper()
                    if not capital:
                        continue
                if checks and any(sens[i + k] != t for k, t in checks):
                    continue
                found.append((j, item))
            if j >= n:
                break
            node = node.get(low[j])
            if node is None:
                break
            j += 1
        if len(found) > 1:
            found.sort(key=lambda x: -x[0])  # stable: table order within one length
        return found

    def longest(self, low, sens, i):
        if i >= len(low) or low[i] not in self.root:  # most calls: nothing starts here
            return None
        found = self.matches(low, sens, i)
        return found[0] if found else None
