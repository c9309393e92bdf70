"""Find glossary terms in Vietnamese text: whole syllables, longest match, offsets as given.

Both the glossary terms and the text are turned into token sequences over their `match_key`
(NFC, one tone-mark placement, look-alikes unified, dashes unified): a token is a run of
letters/digits (a syllable or abbreviation) or one punctuation character; whitespace only
separates. All terms go into one trie keyed by lower-case tokens (a dict per node), and one
left-to-right walk over the sentence's tokens finds the leftmost-longest match of every entry
at once — whole syllables by construction, no regex per entry, cost independent of the
glossary size: `Phó Bí thư Tỉnh ủy` wins over `Bí thư Tỉnh ủy` over `Bí thư`. Per-entry case
rules (abbreviations such as `UBND` keep their case) are checked on the candidate, so a
rejected longest candidate leaves the shorter one. Matches inside `skip` spans (protected
tokens) are dropped.

(An Aho-Corasick automaton over token codes, pyahocorasick's `iter_long`, measured no faster
on NTREX with 10,000 terms: its root node has thousands of children.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate

from translate.terms.brackets import with_acronyms
from translate.terms.compose import Composed, TitleComposer
from translate.terms.model import Entry, Glossary
from translate.terms.place_spans import RIVER_WORD
from translate.terms.place_tokens import is_foreign
from translate.terms.short_countries import short_country_entries, with_short_countries
from translate.terms.title_tables import TitleGrammar
from translate.terms.tokens import DASH_RE as _DASH_RE
from translate.terms.tokens import DASHES as _DASHES
from translate.terms.tokens import SPLIT as _SPLIT
from translate.terms.tokens import cased_tokens, spellings, tokenize_key
from translate.terms.tokens import is_abbreviation as _is_abbreviation
from translate.terms.tokens import key as _key
from translate.text.normalize import key_of_normalized, normalize_with_offsets

__all__ = ["TermMatch", "TermMatcher", "tokenize_key", "COMPOSED_KIND"]

_END = "\x00"  # trie key holding the terminals of a node
MATCHED_KINDS = ("term", "doctype", "dnt")
COMPOSED_KIND = "term"  # composed titles are terms: required in drafts, checked by `check`


@dataclass(slots=True)
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
    # a chain joined over two bodies (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X`): its two
    # titles as matched apart, the terms a translation must carry (`enforced_matches`)
    parts: tuple[TermMatch, ...] = ()
    # a body or title with its acronym in brackets (`Tập đoàn Điện lực Việt Nam (EVN)`): where
    # the name ends, before ` (EVN)`: the term's span as the newer annotated sets mark it (round
    # 34's ruling); `start`..`end` (what a draft replaces, renderings with the acronym) as before
    name_end: int | None = None
    # a river read with its word (`sông Lam`): where its name starts, after the word: the span
    # the sets mark (the lead's ruling in round 42); `start`..`end` and the renderings (`řeka
    # Lam` / `Lam River`) as before, so a draft still renders the river word
    name_start: int | None = None

    def target(self, lang: str) -> str | None:
        values = self.targets.get(lang, ())
        return values[0] if values else None


class _Spans:
    """Token spans from `re.split` part lengths, computed on access (no per-token Python)."""

    __slots__ = ("ends",)

    def __init__(self, ends: list[int]) -> None:
        self.ends = ends

    def __getitem__(self, k: int) -> tuple[int, int]:
        return self.ends[2 * k], self.ends[2 * k + 1]


@dataclass(slots=True)
class _Terminal:
    entry: Entry
    term: str
    tokens: tuple[str, ...]  # case-preserving tokens
    case_sensitive: tuple[bool, ...]  # per token; empty when no token is case-sensitive
    alternatives: tuple[str, ...] = ()  # other concepts with the same key


class TermMatcher:
    """Every Vietnamese term and variant of a glossary, compiled for one-pass matching."""

    def __init__(self, glossary: Glossary, kinds: Sequence[str] = MATCHED_KINDS) -> None:
        self.glossary = glossary
        self._trie: dict = {}
        self.size = 0
        grammar = glossary.grammar
        self.composer = (TitleComposer(grammar, glossary)
                         if isinstance(grammar, TitleGrammar) and COMPOSED_KIND in kinds
                         else None)
        absorbed = self.composer.absorbed if self.composer is not None else set()
        for entry in glossary.entries:
            if entry.kind not in kinds:
                continue
            for term in entry.source_terms:
                if (entry.concept, term) not in absorbed:
                    # `Sở GD&ĐT` = `Sở GD-ĐT`; `Cục CSGT` = `Cục Cảnh sát giao thông` where the
                    # abbreviation keeps its case (`auto`, `sensitive`)
                    for spelling in spellings(term, entry.case != "insensitive"):
                        self._add(entry, spelling)
        self._find_alternatives()
        # a country's short name that is also a common word -> the country listed in full
        self._short = short_country_entries(glossary) if "term" in kinds else {}
        # every document type's lower-case tokens: a number right after one is its own
        # number (`Thông tư 12 hướng dẫn …`), not a count of the next lower-case word
        self._doc_keys = frozenset(
            " ".join(low[s:e] for s, e in tokenize_key(low))
            for entry in glossary.entries if entry.kind == "doctype"
            for low in (_key(t, False) for t in entry.source_terms))
        root = self._freeze(self._trie)[0]
        del self._trie  # the build-time trie; `_root` is the frozen one
        # root nodes get a third slot: what the composer needs to know where a title, body or
        # place may start there (None: nothing starts there); the walk tests it in passing
        info = self.composer.start_info if self.composer is not None else (lambda tok: None)
        self._root = {tok: (*node, info(tok)) for tok, node in root.items()}
        if self.composer is not None:
            for tok in self.composer.starts:
                self._root.setdefault(tok, ({}, None, info(tok)))

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
        elif entry.case == "sensitive" and entry.pos == "event":
            # a campaign's name: the capital of its first word marks it as a name; writers
            # capitalise its other words freely (`Tuổi cao - gương sáng` / `- Gương sáng`)
            sensitive = (True,) + (False,) * (len(tokens) - 1)
        else:
            sensitive = (entry.case == "sensitive",) * len(tokens)
        terminals.append(_Terminal(entry, term, tokens, sensitive if any(sensitive) else ()))
        self.size += 1

    def _find_alternatives(self) -> None:
        """Name the other concepts on terminals that share a key (a glossary conflict)."""
        stack = [self._trie]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key != _END:
                    stack.append(child)
                    continue
                concepts = list(dict.fromkeys(t.entry.concept for t in child))
                if len(concepts) > 1:
                    for t in child:
                        t.alternatives = tuple(c for c in concepts if c != t.entry.concept)

    @classmethod
    def _freeze(cls, node: dict) -> tuple[dict, tuple | None]:
        """Node → `(children, final)` with `final = (terminals, needs_case_check)` or None:
        the hot loop then reads a tuple slot instead of a second dict lookup per token."""
        children = {key: cls._freeze(child) for key, child in node.items() if key != _END}
        terminals = node.get(_END)
        final = None
        if terminals:
            final = (tuple(terminals), any(t.case_sensitive for t in terminals))
        return children, final

    def find(self, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[TermMatch]:
        """All leftmost-longest matches in `text`; offsets index `text` exactly as given."""
        normalized, offsets = normalize_with_offsets(text)
        sensitive = key_of_normalized(normalized, True)
        if _DASH_RE.search(sensitive):
            sensitive = sensitive.translate(_DASHES)
        lowered = sensitive.lower()
        if len(lowered) != len(sensitive):
            lowered = key_of_normalized(normalized, False).translate(_DASHES)  # rare: İ, ẞ
        parts = _SPLIT.split(lowered)  # gap, token, gap, token, ..., gap
        low = parts[1::2]
        n = len(low)
        first = self._root.get
        ends: list[int] | None = None  # token k spans ends[2k]..ends[2k+1], built on demand
        matches: list[TermMatch] = []
        composer = self.composer
        positions: list[int] = []  # tokens where a composition may start
        i = 0
        while i < n:
            node = first(low[i])
            if node is None:
                i += 1
                continue
            info = node[2]
            terminal = None  # the longest acceptable match so far: its last token and terminal
            last = j = i
            while True:  # walk as far as the trie goes; remember the longest acceptable end
                final = node[1]
                if final is not None and not (j + 1 < n and low[j + 1] in _GLUED.get(low[j], ())):
                    terminals, check = final
                    if check:
                        if ends is None:
                            ends = list(accumulate(map(len, parts)))
                        spans = _Spans(ends)
                        ok = [t for t in terminals if self._case_ok(i, t, spans, sensitive)]
                        if not ok and terminals[0].entry.kind == "doctype" and _names_document(
                                low, sensitive, spans, i, j, self._doc_keys):
                            ok = [t for t in terminals if t.entry.kind == "doctype"]
                        if not ok and terminals[0].entry.pos == "event" and (
                                low[max(i - 2, 0):i] == _CAMPAIGN
                                or low[max(i - 3, 0):i] == _DRIVE):
                            ok = [t for t in terminals if t.entry.pos == "event"]
                        if ok:
                            last, terminal = j, ok[0]
                    else:
                        last, terminal = j, terminals[0]
                j += 1
                if j >= n:
                    break
                node = node[0].get(low[j])
                if node is None:
                    break
            if terminal is not None and composer is not None and terminal.entry.pos == "title":
                if ends is None:
                    ends = list(accumulate(map(len, parts)))
                if _role_then_noun(text, offsets[ends[2 * i]], offsets[ends[2 * last + 1]],
                                   terminal.term):  # `giữ chức Giám đốc sở`: the role alone
                    terminal = None
            if info is not None:  # a title, body or place may start here
                if ends is None:
                    ends = list(accumulate(map(len, parts)))
                # most such words are lower-case common words where only a capital may start
                if (info[1] or sensitive[ends[2 * i]].isupper() or info[5] is not None and (
                        i + 1 < n and low[i + 1] in info[5])) and composer.candidate(
                        low, sensitive, ends, i, info, last + 1 if terminal else None):
                    positions.append(i)
            if terminal is None:
                i += 1
                continue
            if low[i] == _WORK[0] and low[i + 1:i + 2] == _WORK[1:] and self._reach(
                    low, i + 2) > last:  # `công tác [đối ngoại nhân dân]`: the longer phrase
                i += 2
                continue
            if ends is None:
                ends = list(accumulate(map(len, parts)))
            start, end = offsets[ends[2 * i]], offsets[ends[2 * last + 1]]
            if composer is not None and last > i and last + 1 < n \
                    and sensitive[ends[2 * last + 2]].isupper():  # `tuyến cao tốc Vũng Áng`
                k = composer.places.word_ending(low, i, last)
                if k is not None:
                    positions.append(k)
            i = last + 1
            if skip and any(s < end and start < e for s, e in skip):
                continue
            entry = terminal.entry
            matches.append(
                TermMatch(
                    start,
                    end,
                    text[start:end],
                    entry.concept,
                    terminal.term,
                    entry.kind,
                    entry.targets,
                    terminal.alternatives,
                )  # fmt: skip
            )
        if positions:
            sens = cased_tokens(sensitive, ends, n)
            composed = composer.compose(low, sens, positions)
            if composed:
                matches = _merge(matches, composed, text, offsets, ends, skip)
        if matches and "(" in text:  # `Tổ chức Y tế Thế giới (WHO)`: the acronym is the body's
            matches = with_acronyms(text, matches, self._pos, _longer, self.find)
        if matches and RIVER_WORD in lowered:  # the river's word stays outside its span
            matches = [_river_named(m) for m in matches]
        if any(word in text for word in self._short):  # `sang Hà Lan và [Đức]`
            matches = with_short_countries(
                text, matches, self._short, lambda s, e, entry: TermMatch(
                    s, e, text[s:e], entry.concept, text[s:e], entry.kind, entry.targets))
        return matches

    def _pos(self, concept: str) -> str | None:
        entry = self.glossary.get(concept)
        return entry.pos if entry is not None else None

    def _reach(self, low: Sequence[str], i: int) -> int:
        """The last token of the longest listed term starting at token `i` (case unchecked),
        or -1."""
        node, last, j = self._root.get(low[i]) if i < len(low) else None, -1, i
        while node is not None:
            if node[1] is not None:
                last = j
            j += 1
            node = node[0].get(low[j]) if j < len(low) else None
        return last

    @staticmethod
    def _case_ok(i: int, t: _Terminal, spans: _Spans, sensitive: str) -> bool:
        if not t.case_sensitive:
            return True
        for k, (tok, cs) in enumerate(zip(t.tokens, t.case_sensitive, strict=True)):
            s, e = spans[i + k]
            if cs and sensitive[s:e] != tok:
                return False
        return True


# a campaign's name is written in lower case too right after the word that names it a campaign
# (`phong trào toàn dân bảo vệ an ninh Tổ quốc`); elsewhere only its capital marks it
# a term never ends on the first syllable of a compound (`xây dựng Đảng | ủy UBND …` is the
# UBND's Party committee being built, not Party building; `giữ chức vụ | trưởng …` is holding
# the post of a department director, round fifty-seven)
_GLUED = {"đảng": frozenset({"ủy", "uỷ", "bộ"}), "vụ": frozenset({"trưởng"})}
_CAMPAIGN = ["phong", "trào"]
_DRIVE = ["cuộc", "vận", "động"]


# A document type written in lower case names a document (`thông qua 26 nghị quyết`, `công bố
# các quyết định`, `vừa có công văn`) after a number, a quantifier or a verb that issues or
# handles documents, or before its number (`quyết định số 12`); elsewhere it is a common word or
# a verb (`bàn và quyết định`, `phát biểu kết luận`, `theo kế hoạch`), which stays unmatched.
_DOC_BEFORE = frozenset({
    "các", "những", "mỗi", "từng", "nhiều", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
    "chín", "mười", "mấy", "số", "bản", "ban hành", "thông qua", "công bố", "trao", "ký", "ra",
    "phê duyệt", "sửa đổi", "bổ sung", "triển khai", "quán triệt", "gửi", "nhận", "có", "dự thảo",
    "bãi bỏ", "thu hồi", "hủy bỏ", "trình", "tống đạt", "học tập", "ký kết", "đọc", "tuyên đọc",
    "phê chuẩn"})


# a lower-case document type that only ever names a document (`trình bày tờ trình`), and a
# report named by what it reports (`báo cáo thẩm tra`, `báo cáo kiểm toán`, a congress's `báo
# cáo chính trị`): one specific document, a document-type span (the twelfth set's README); a
# report of anything else (`báo cáo kết quả`, `báo cáo công tác`) stays a common noun
_ALWAYS_DOC = frozenset({"tờ trình"})
_REPORT_KINDS = {"báo cáo": frozenset({"thẩm tra", "kiểm toán", "chính trị"})}


# `công tác` (work) before a longer listed phrase is outside it (`công tác [đối ngoại nhân dân]`;
# the sets keep it inside only the listed `công tác dân vận`, `công tác cán bộ`, …)
_WORK = ["công", "tác"]


def _names_document(low: Sequence[str], sensitive: str, spans: _Spans, i: int, j: int,
                    doc_keys: frozenset[str] = frozenset()) -> bool:
    """Tokens i..j, a document type written in lower case, name a document here."""
    for k in range(i, j + 1):
        s, _ = spans[k]
        if not sensitive[s].islower():
            return False
    words = " ".join(low[i:j + 1])
    if words in _ALWAYS_DOC or " ".join(low[j + 1:j + 3]) in _REPORT_KINDS.get(words, ()) \
            and low[j + 3:j + 4] != ["viên"]:  # `báo cáo chính trị viên`: to the commissar
        return True
    if i > 0 and (low[i - 1].isdigit() and not _numbers_document(low, i - 1, doc_keys)
                  or low[i - 1] in _DOC_BEFORE
                  or i > 1 and f"{low[i - 2]} {low[i - 1]}" in _DOC_BEFORE):
        return True
    n = len(low)
    if j + 1 < n and low[j + 1] == "này":  # `nghị quyết này`: one document named before
        return True
    # its number: `quyết định số 12`, `nghị quyết 57-NQ/TW` (not `kỷ luật 3 đảng viên`)
    k = j + 2 if j + 1 < n and low[j + 1] == "số" else j + 1
    return k + 1 < n and low[k][:1].isdigit() and (k > j + 1 or low[k + 1] in ("/", "-"))


def _numbers_document(low: Sequence[str], k: int, doc_keys: frozenset[str]) -> bool:
    """The number at token k is a document's own (`Thông tư 12`, `Nghị định số 168`), not a
    count (`ban hành 2 nghị quyết`): a document type, maybe with `số`, ends right before it."""
    b = k - 2 if k > 1 and low[k - 1] == "số" else k - 1
    return any(" ".join(low[max(b - w, 0):b + 1]) in doc_keys for w in range(4))


def _longer(m: TermMatch, source: str, concept: str, targets: dict) -> TermMatch:
    """`m` reaching over `source` (an acronym in brackets after it), with its id and renderings."""
    name_end = m.end if source.endswith(")") else None  # not `… (ILO) tại Việt Nam`
    return TermMatch(m.start, m.start + len(source), source, concept, m.term, m.kind, targets,
                     m.alternatives, name_end=name_end)


_SENTENCE_ENDS = frozenset(".!?:;\"“”'‘’-–—(")


def _role_then_noun(text: str, start: int, end: int, term: str) -> bool:
    """A listed title of a role and a body's word, written with the role capitalised as
    listed and the body's word, capitalised in the list, in lower case (`giữ chức Giám đốc sở
    này`): news names the role and points back to the body with a common noun; the composer
    reads the role alone (unseen40-42 mark it so, round 42). Not at a sentence's start or after
    a colon or quote, where a capital says nothing; not before a name (`Giám đốc sở Xây
    dựng`); not a lower-case title (`giám đốc sở`)."""
    said, listed = text[start:end].split(), term.split()
    if len(said) != len(listed) or len(said) < 2 or not said[0][:1].isupper() \
            or said[-1][:1].isupper() or not listed[-1][:1].isupper() \
            or any(a[:1].isupper() != b[:1].isupper()
                   for a, b in zip(said[:-1], listed[:-1], strict=True)):
        return False
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return bool(before) and before[-1] not in _SENTENCE_ENDS and not after[:1].isupper()


_FIRST_WORD = re.compile(r"\S+\s+")
_PLACE_IDS = ("place", "geo.")  # a composed place (`place:lam`), a listed one, a river (`geo.`)


def _river_named(m: TermMatch) -> TermMatch:
    """`m` with `name_start` after its first word when it is a place written after the river
    word in lower case (`sông Lam`, `sông Hồng`); any other match as it is."""
    head = _FIRST_WORD.match(m.source) if m.concept.startswith(_PLACE_IDS) else None
    if head is None or unicodedata.normalize("NFC", head.group().rstrip()) != RIVER_WORD:
        return m
    return replace(m, name_start=m.start + head.end())


def _text_span(c: Composed, offsets: Sequence[int], ends: Sequence[int]) -> tuple[int, int]:
    """Where a composed match's tokens lie in the text as given (start, end)."""
    return offsets[ends[2 * c.start]], offsets[ends[2 * c.end - 1]]


def _apart(c: Composed, flat: list[TermMatch], text: str, offsets: Sequence[int],
           ends: Sequence[int]) -> TermMatch:
    """One title of a joined chain as it is matched alone: a listed concept of the same
    words wins, as in `_merge`."""
    start, end = _text_span(c, offsets, ends)
    listed = [m for m in flat if m.start == start and m.end == end and not is_foreign(m.concept)]
    if listed:
        return listed[0]
    source = text[start:end]
    return TermMatch(start, end, source, c.concept, source, COMPOSED_KIND, c.targets)


def _merge(flat: list[TermMatch], composed: list[Composed], text: str, offsets, ends,
           skip: Sequence[tuple[int, int]]) -> list[TermMatch]:
    """Leftmost-longest over glossary and composed matches; a listed concept wins a tie (but
    for a foreign place).

    A composed match may hold a protected token whole when every rendering writes it as is
    (`Phường 1` = `Ward 1`, `Quân khu 4`): the number stays protected and the term required."""
    # a foreign place of the glossary gives way to the composer's reading of the same words
    # (`phường Hà Khẩu`: a ward's name after a Vietnamese level word, not the Chinese town)
    vetoes = [_text_span(c, offsets, ends) for c in composed
              if not c.concept]  # `Đoàn đại biểu Quốc hội Lào`: `Đoàn đại biểu` is no term
    candidates = [(m.start, -m.end, 2 if is_foreign(m.concept) else 0, m) for m in flat
                  if not vetoes or not any(s < m.end and m.start < e for s, e in vetoes)]
    for c in composed:
        if not c.concept:
            continue
        start, end = _text_span(c, offsets, ends)
        if skip and any(s < end and start < e and not (
                start <= s and e <= end
                and all(text[s:e] in t for ts in c.targets.values() for t in ts))
                for s, e in skip):
            continue
        source = text[start:end]
        match = TermMatch(start, end, source, c.concept, source, COMPOSED_KIND, c.targets,
                          parts=tuple(_apart(p, flat, text, offsets, ends) for p in c.parts))
        # a river or bay read after its own word beats a listed town of the same name
        candidates.append((start, -end, -1 if c.concept.startswith("geo.") else 1, match))
    candidates.sort(key=lambda c: c[:3])
    out: list[TermMatch] = []
    reached = -1
    for start, _, _, match in candidates:
        if start >= reached:
            out.append(match)
            reached = match.end
    return out
