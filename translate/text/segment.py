"""The Vietnamese sentence splitter: a block's text in, sentence spans out.

Every later stage works on sentences, so a wrong boundary is a wrong translation. The rules:

- candidate boundaries are `.`, `?`, `!`, `…` (and runs of them), followed by closing quotes,
  brackets or inline closing markup, then whitespace; blank lines always end a sentence, a single
  line break ends one unless the next line starts in lower case (a soft-wrapped paragraph);
- a candidate followed by a lower-case word is never a boundary;
- no boundary after an abbreviation (`TP.`, `ThS.`, `PGS.TS.`: the list is data, see
  `translate/data/abbreviations.txt`), also inside closing markup (`**TP.**`, `<b>TP.</b>`),
  after initials (`H.T.`, `Dionisio A. Lind`), or after a list marker at the start of a
  sentence or after a colon (`1.`, `II.`, `a.`); a single capital after a lower-case word or a
  Vietnamese name is a word (`điểm A.`, `Nguyễn Văn A.`), as are one-letter words with marks
  (`Ý.`);
- a short speaker attribution after a closing quote stays with the quote
  (`“…” Ông Hùng cho biết.`), reported speech that goes on does not (`Ông nói rằng…`);
- document numbers, dates, decimal numbers, URLs and e-mails never contain "punctuation +
  whitespace", so they are never split.

The text is never normalised as a whole: offsets refer to the input as given (NFC or NFD).
Candidates come from one compiled regular expression; Python code runs once per candidate
(roughly once per sentence), never per character, so a 5 MB line takes well under a second.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from translate.document import Document, Segment
from translate.errors import InputError
from translate.fileio import read_text

_NL = r"(?:\r\n|\n|\r|\u2028|\u2029)"
_HSPACE = r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# What may follow final punctuation and still belong to the sentence: closing quotes and
# brackets, closing emphasis (`**`, `_`) and closing inline tags (`</b>`, `</a>`).
_CLOSERS = (
    r"(?:[”\"’'»›)\]}*_`]|</[A-Za-z][A-Za-z0-9]*\s*>"
    r"|&(?:rdquo|quot|rsquo|raquo|rsaquo|#8221|#8217|#187|#x201[dD]|#39);)*"
)
# One compiled pattern finds every candidate. It starts with a character set, so the regex
# engine skips ordinary text in C; Python code runs only at . ! ? … line breaks and `<br>`.
_CANDIDATE = re.compile(
    r"[\r\n\u2028\u2029.!?…<]"
    r"(?:"
    # a line break; with one or more blank lines after it, a paragraph break
    rf"(?<=[\r\n\u2028\u2029])(?:(?<=\r)\n)?(?P<para>(?:{_HSPACE}*{_NL})+)?"
    r"|(?<=<)(?P<br>[bB][rR]\s*/?>)"
    # final punctuation, closing quotes and markup, then whitespace or the end
    rf"|(?<=[.!?…])(?P<punct>[.!?…]*{_CLOSERS})(?=\s|\Z|<[bB][rR]|&nbsp;)"
    r")"
)
_PUNCT = frozenset(".!?…")
_MARKUP_ONLY = re.compile(r"(?:[*_`]|</[A-Za-z][A-Za-z0-9]*\s*>)+")
_QUOTE_END = ("”", '"', "’", "»", "&rdquo;", "&quot;", "&#8221;", "&raquo;")
# A short speaker attribution after a quotation belongs to it: `“…” Ông A cho biết.` is one
# sentence, as `"…," he said.` is in English. Reported speech that goes on (`Ông nói rằng…`,
# `Ông nói thêm, …`) is a sentence of its own. Matched on the NFC text of the next words.
_ATTRIBUTION = re.compile(
    r"\s*(?:[^\s.!?…“”\":,;]+\s+){1,5}?"
    r"(?:nói|chia sẻ|cho biết|cho hay|phát biểu|khẳng định|nhấn mạnh|bày tỏ|tiết lộ|hỏi|đáp|"
    r"trả lời|giải thích|kể|thừa nhận|nhận định|tuyên bố|bình luận|lưu ý|cảnh báo|nhận xét|"
    r"nêu rõ|kết luận|viết)"
    r"(?:\s+[^\s.!?…“”\":,;]+){0,3}?\s*(?:[.!?…]|[\r\n]|\Z)"
)
_ATTRIBUTION_WINDOW = 120
# The first significant character after a candidate: skip spaces, opening quotes/brackets,
# dashes, emphasis markers and tags (a run of whitespace counts once).
_NEXT = re.compile(
    r"(?:\s+|[“\"‘'«‹(\[{*_`—–\-]|<[^<>]{0,300}>"
    r"|&(?:nbsp|ldquo|quot|lsquo|laquo|lsaquo|ndash|mdash|#8220|#8216|#171|#x201[cC]|#39);)"
    r"{0,16}"  # bounded, so that a run of 50 000 `<br>` or quotes stays linear
    r"(.)?",
    re.S,
)
_OPENERS = "“\"‘'«‹([{*_"
_NONSPACE = re.compile(r"\S")
_LIST_MARKER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[ivxlc]{1,6}|\w)\Z")
_TOKEN_WINDOW = 48
_LEGAL_UNITS = frozenset({"điều", "khoản", "chương", "mục", "phần", "điểm", "phụ lục"})


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviations that do not end a sentence (`never_end`) or end one only before a capital.

    Keys are NFC, case-folded, without the final period (`tp`, `pgs`, `v.v`).
    """

    never_end: frozenset[str]
    may_end: frozenset[str] = frozenset()

    def __contains__(self, token: str) -> bool:
        return _key(token) in self.never_end or _key(token) in self.may_end

    def extend(self, other: Abbreviations) -> Abbreviations:
        return Abbreviations(self.never_end | other.never_end, self.may_end | other.may_end)


def _key(token: str) -> str:
    token = token[:-1] if token.endswith(".") else token
    if not token.isascii():
        token = unicodedata.normalize("NFC", token)
    return token.casefold()


def parse_abbreviations(lines: Iterable[str], source: str = "<abbreviations>") -> Abbreviations:
    """Parse the abbreviation file format: `ABBR.` per line, optional second field `end`."""
    never: set[str] = set()
    may: set[str] = set()
    for number, raw in enumerate(lines, 1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        fields = line.split()
        if len(fields) > 2 or (len(fields) == 2 and fields[1] != "end"):
            raise InputError(
                f"cannot read abbreviation line {line!r}",
                path=source,
                line=number,
                hint="write one abbreviation per line, optionally followed by `end`",
            )
        (may if len(fields) == 2 else never).add(_key(fields[0]))
    return Abbreviations(frozenset(never), frozenset(may))


@functools.lru_cache(maxsize=1)
def _builtin_abbreviations() -> Abbreviations:
    text = resources.files("translate").joinpath("data/abbreviations.txt").read_text("utf-8")
    return parse_abbreviations(text.splitlines(), "translate/data/abbreviations.txt")


def load_abbreviations(extra: Path | None = None) -> Abbreviations:
    """The shipped abbreviation list, extended by a project's own file when given."""
    base = _builtin_abbreviations()
    if extra is None:
        return base
    path = Path(extra)
    text = read_text(path, "abbreviation file")
    return base.extend(parse_abbreviations(text.splitlines(), str(path)))


def _is_abbreviation(token: str, abbreviations: Abbreviations) -> bool | None:
    """True: never a boundary; None: may end (boundary before a capital); False: a word."""
    key = _key(token)
    if key in abbreviations.never_end:
        return True
    if key in abbreviations.may_end:
        return None
    if "." not in key:
        return False
    parts = key.split(".")
    if not all(parts):
        return False
    # `PGS.TS`, `TS.BS`, `Th.S`, and initials `H.T`, `A.I`
    return all(p in abbreviations.never_end or (len(p) == 1 and p.isalpha()) for p in parts)


def split_sentences(text: str, abbreviations: Abbreviations | None = None) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` of `text`, trimmed of surrounding whitespace."""
    abbrs = abbreviations if abbreviations is not None else _builtin_abbreviations()
    spans: list[tuple[int, int]] = []
    start = 0
    next_match = _NEXT.match
    nonspace = _NONSPACE.search

    def emit(end: int, new_start: int) -> None:
        nonlocal start
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            left = start + (len(chunk) - len(chunk.lstrip()))
            spans.append((left, left + len(stripped)))
        start = new_start

    for m in _CANDIDATE.finditer(text):
        pos, end = m.span()
        c = text[pos]
        if c not in _PUNCT and c != "<" and m.group("para") is not None:
            emit(pos, end)  # blank line
            continue
        nxt = next_match(text, end).group(1)
        if nxt is not None and nxt.islower():
            continue
        if c not in _PUNCT:
            emit(pos, end)  # line break or <br>
            continue
        first = nonspace(text, start, pos)
        if first is None:
            continue  # punctuation opening a sentence (a leading ellipsis)
        if nxt is None:
            emit(end, end)
            continue
        punct = m.group()
        if c == "." and (len(punct) == 1 or punct[1] not in _PUNCT):
            if len(punct) == 1 or _MARKUP_ONLY.fullmatch(punct, 1):
                # `TP. Hà Tĩnh`, and `**TP.** Hà Tĩnh`, `<b>TP.</b> Hà Tĩnh`
                if _is_nonterminal_period(text, first.start(), pos, abbrs):
                    continue
            elif punct.endswith(_QUOTE_END) and _is_attribution(text, end):
                continue
        elif punct.endswith(_QUOTE_END) and _is_attribution(text, end):
            continue
        emit(end, end)
    emit(len(text), len(text))
    return spans


def _is_attribution(text: str, pos: int) -> bool:
    window = text[pos : pos + _ATTRIBUTION_WINDOW]
    if pos + _ATTRIBUTION_WINDOW < len(text):
        window += "“"  # not the end of the text: nothing may match across the cut
    if not window.isascii():
        window = unicodedata.normalize("NFC", window)
    return _ATTRIBUTION.match(window) is not None


def _is_nonterminal_period(text: str, sentence_start: int, pos: int, abbrs: Abbreviations) -> bool:
    """Whether the bare period at `pos` belongs to an abbreviation, initial or list marker."""
    lo = max(sentence_start, pos - _TOKEN_WINDOW)
    window = text[lo:pos]
    if not window or window[-1].isspace():
        return False
    words = window.rsplit(None, 1)
    if len(words) == 1 and lo > sentence_start:
        return False  # a token longer than any abbreviation
    token = words[-1]
    token = token[token.rfind(">") + 1 :].lstrip(_OPENERS)
    if not token:
        return False
    token_start = pos - len(token)
    if len(token) == 1 and token.isupper():
        before = text[max(sentence_start, token_start - 24) : token_start].split()
        prev = unicodedata.normalize("NFC", before[-1]) if before else ""
        if prev and prev[0].isupper() and not prev.isascii() and prev[-1].isalpha():
            return False  # `Nguyễn Văn A.`, `Đặng H.`: the press's anonymised names
        if _key(token) in abbrs.never_end:
            return True  # `Q. 1`, `P. 5`, `H. Cẩm Xuyên`
        if not (token.isascii() or token == "Đ"):
            return False  # one-letter words with marks (`Ý.`)
        # an initial (`Dionisio A. Lind`, `P. Diddy`) at the start or after a foreign word;
        # after a lower-case word it is a word (`đạt điểm A.`)
        return not prev or (prev[0].isupper() and prev.isascii())
    verdict = _is_abbreviation(token, abbrs)
    if verdict is None or verdict:
        return verdict is True
    # a list marker (`1.`, `2.3.`, `II.`, `a.`) opening the sentence or following a colon,
    # or the number of a legal unit opening it (`Điều 5. Phạm vi điều chỉnh`)
    if _LIST_MARKER.match(token) is None:
        return False
    if token_start <= sentence_start:
        return True
    before = text[max(sentence_start, token_start - 12) : token_start].rstrip()
    if before.endswith((":", ";")):
        return True
    words = before.split()
    return (
        len(words) == 1
        and before.startswith(words[0])
        and token_start - len(before) - 1 <= sentence_start
        and unicodedata.normalize("NFC", words[0]).casefold() in _LEGAL_UNITS
    )


def segment_document(doc: Document, abbreviations: Abbreviations | None = None) -> list[Segment]:
    """Split every block of `doc` into sentences; offsets and lines refer to the file text."""
    newlines = [m.start() for m in re.finditer("\n", doc.text)]
    segments: list[Segment] = []
    for block in doc.blocks:
        for i, (s, e) in enumerate(split_sentences(block.text, abbreviations)):
            start = block.start + s
            segments.append(
                Segment(
                    block=block.index,
                    index=i,
                    text=block.text[s:e],
                    start=start,
                    end=block.start + e,
                    line=bisect.bisect_left(newlines, start) + 1,
                    kind=block.kind,
                )
            )
    return segments
