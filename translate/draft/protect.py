"""Protected tokens: what the model must not touch goes to it as a placeholder and comes back
byte for byte.

Grammar (also in glossaries/README.md), tried in this order; a later kind never overlaps an
earlier one:

1. `docref` / `docnum` — Vietnamese document numbers, optionally preceded by a document-type
   word from the glossary (entries of kind `doctype`) and the number sign (`số`, kind
   `number-sign`)::

       TYPE   = [A-ZĐ][A-Za-zĐđ]*              NQ, QĐ, CTr, KL, TT, NĐ
       ISSUER = [A-ZĐ][A-Za-zĐđ]*[0-9]*        TW, TU, CP, QH15, UBND, TTg, BGDĐT
       party  = N "-" TYPE "/" ISSUER ("-" ISSUER)*         25-NQ/TW, 657-QĐ/TU, 961-CTr/TU
       act    = N "/" YEAR "/" ISSUER ("-" ISSUER)*         15/2020/NĐ-CP, 10/2022/QH15
       admin  = N "/" TYPE ("-" ISSUER)+                    2156/QĐ-UBND, 1719/QĐ-TTg
       docref = DOCTYPE-WORD [số [:]] (party | act | admin)  Nghị quyết số 25-NQ/TW

   A `docref` renders as the glossary's target phrase: `usnesení č. 25-NQ/TW`.
2. `url` (`http://`, `https://`, `www.`), `email`.
3. `markup` — inline markup kept verbatim: md `**`, `__`, `*`/`_` next to a word, code spans
   `` `...` ``, `[` and `](target)` of links and images, html inline tags (`<b>`, `</a>`,
   `<a href="...">`, `<br>`) and HTML entities (`&amp;`, `&nbsp;`, `&#8220;`).
4. `code` — letters glued to digits (`COVID-19`, `QH15`, `H5N1`):
   `translate.text.numbers.code_spans`.
5. `number` / `date` — from `translate.text.numbers.find_numbers` (values, not strings: the renderer
   localises them).
6. `dnt` — glossary entries of kind `dnt` (project do-not-translate words), verbatim.

Placeholders are `QZ1`, `QZ2`, ...: plain ASCII capitals and digits are in every SentencePiece
vocabulary (no `<unk>`, which decodes to `⁇` and loses the token), MT models copy
capital-letter codes with digits unchanged as they copy product codes, and `QZ` occurs in no
Vietnamese, Czech or English word, so a look-alike in the output is ours. Models still mangle
them (`Q Z1`, `qz1`, duplicates, dropped ones), so `unmask` repairs every form it recognises,
drops duplicates and unknown numbers, and re-inserts missing tokens at the proportional
position, reporting each repair: every token appears exactly once in the result.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from translate.terms.matcher import TermMatcher
from translate.terms.model import Glossary
from translate.text import numbers as numbers_mod
from translate.text.normalize import match_key, normalize_with_offsets

__all__ = [
    "Protector",
    "Token",
    "Masked",
    "Unmasked",
    "mask",
    "unmask",
    "find_tokens",
    "make_renderer",
    "render_source",
    "PLACEHOLDER",
]

PLACEHOLDER = "QZ{}"
_UP = "A-ZĐ"
_LOW = "a-zđ"
_TYPE = rf"[{_UP}][{_UP}{_LOW}]*"
_ISSUER = rf"[{_UP}][{_UP}{_LOW}]*[0-9]*"
_DOCNUM = (
    rf"(?:[0-9]{{1,5}}-{_TYPE}/{_ISSUER}(?:-{_ISSUER})*"
    rf"|[0-9]{{1,5}}/(?:19|20)[0-9]{{2}}/{_ISSUER}(?:-{_ISSUER})*"
    rf"|[0-9]{{1,6}}/{_TYPE}(?:-{_ISSUER})+)"
)
DOCNUM_RE = re.compile(rf"(?<![\w/\-.]){_DOCNUM}(?![\w/])")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'`]+", re.IGNORECASE)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MARKUP_RE = re.compile(
    r"`[^`\n]+`"  # code span
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>]*?)?\s*/?>"  # html tag
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"  # html entity
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # ](target "title")
    r"|!?\[(?=[^\]\n]*\]\()"  # [ or ![ that opens a link
    r"|\*\*|__"
    r"|(?<=\w)[*_](?!\w)|(?<!\w)[*_](?=\w)"
)
_LINK_TARGET_RE = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# `Q` anywhere (glued to a word too); lower-case `q` only at a word start.
_PH_RE = re.compile(r"(Q|(?<![A-Za-z])q)(\s{0,2})([ZzŽž])(\s{0,2})([0-9]{1,3})(?![0-9])")
_STRAY_RE = re.compile(r"QZ|(?<![A-Za-z])qz(?![A-Za-z])")  # left after placeholders are taken
_URL_TRAIL = ".,;:!?)»”’'\""


@dataclass(frozen=True)
class Token:
    """One protected span of the source. `value` is what gets rendered (the code of a docref,
    the URL...); `number` holds the `translate.text.numbers.NumberToken` for numbers and dates."""

    index: int  # n in QZn, 1-based
    kind: str  # docref docnum url email markup code number date dnt
    start: int
    end: int
    source: str  # source text[start:end], byte for byte
    value: str
    concept: str | None = None  # doctype concept of a docref, glossary concept of a dnt
    number: object | None = None  # translate.text.numbers.NumberToken

    @property
    def placeholder(self) -> str:
        return PLACEHOLDER.format(self.index)


@dataclass(frozen=True)
class Masked:
    """`text` goes to the model; `tokens` say what each placeholder stands for."""

    source: str
    text: str
    tokens: tuple[Token, ...] = ()
    glue: tuple[tuple[bool, bool], ...] = ()  # per token: space added before/after in `text`

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in self.tokens]


@dataclass(frozen=True)
class Unmasked:
    text: str
    repairs: list[str] = field(default_factory=list)


def _doctype_regex(glossary: Glossary | None) -> re.Pattern[str] | None:
    if glossary is None:
        return None
    # The document number that must follow makes the type word unambiguous, so it matches in
    # any case (`quyết định số 657-QĐ/TU` too), whatever the entry's case rule for terms.
    words: list[str] = []
    signs: list[str] = []
    for entry in glossary.entries:
        if entry.kind == "doctype":
            words += [match_key(t, True) for t in entry.source_terms]
        elif entry.kind == "number-sign":
            signs += [match_key(t, True) for t in entry.source_terms]
    if not words:
        return None
    words.sort(key=len, reverse=True)
    alt = "(?i:" + "|".join(re.escape(w) for w in words) + ")"
    sign = "|".join(re.escape(s) for s in sorted(set(signs) or {"số"}, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?P<type>{alt})\s+(?:(?i:{sign})\s*:?\s*)?(?P<code>{_DOCNUM})(?![\w/])"
    )


def _doctype_concepts(glossary: Glossary | None) -> dict[str, str]:
    result = {}
    for entry in glossary.entries if glossary else ():
        if entry.kind == "doctype":
            for t in entry.source_terms:
                result.setdefault(match_key(t), entry.concept)
    return result


class Protector:
    """The token grammar compiled for one glossary (doctype words, do-not-translate entries).

    Build one per glossary and batch; `mask`/`find_tokens` below build a throwaway one.
    """

    def __init__(self, glossary: Glossary | None = None, lang: str = "vi",
                 numbers: bool = True) -> None:  # fmt: skip
        self.glossary = glossary
        self.lang = lang
        self.numbers = numbers
        self._doctype = _doctype_regex(glossary)
        self._concepts = _doctype_concepts(glossary)
        self._dnt = None
        if glossary is not None and any(e.kind == "dnt" for e in glossary.entries):
            self._dnt = TermMatcher(glossary, kinds=("dnt",))

    def find_tokens(self, text: str) -> list[Token]:
        """Protected tokens of `text` in order, numbered from 1; offsets index `text`."""
        norm, offsets = normalize_with_offsets(text)
        key = match_key(norm, True)
        found: list[tuple[int, int, str, str, str | None, object | None]] = []
        taken: list[tuple[int, int]] = []

        def add(s: int, e: int, kind: str, value: str, concept=None, number=None) -> None:
            if s < e and all(e <= a or b <= s for a, b in taken):
                taken.append((s, e))
                found.append((s, e, kind, value, concept, number))

        if self._doctype is not None:
            for m in self._doctype.finditer(key):
                code = norm[m.start("code") : m.end("code")]
                concept = self._concepts.get(match_key(m.group("type")))
                add(m.start(), m.end(), "docref", code, concept)
        for m in DOCNUM_RE.finditer(key):
            add(m.start(), m.end(), "docnum", norm[m.start() : m.end()])
        for m in _LINK_TARGET_RE.finditer(norm):
            add(m.start(), m.end(), "markup", m.group())
        for m in _URL_RE.finditer(norm):
            s, e = m.span()
            while e > s and norm[e - 1] in _URL_TRAIL:
                if norm[e - 1] == ")" and norm[s:e].count("(") >= norm[s:e].count(")"):
                    break
                e -= 1
            add(s, e, "url", norm[s:e])
        for m in _EMAIL_RE.finditer(norm):
            add(m.start(), m.end(), "email", m.group())
        for m in _MARKUP_RE.finditer(norm):
            add(m.start(), m.end(), "markup", m.group())
        if self._dnt is not None:
            for m in self._dnt.find(norm):
                add(m.start, m.end, "dnt", m.source, m.concept)
        for s, e in numbers_mod.code_spans(norm):
            add(s, e, "code", norm[s:e])
        if self.numbers:
            for tok in numbers_mod.find_numbers(norm, self.lang, skip=list(taken)):
                if tok.kind in numbers_mod.CONTEXT_DEPENDENT_KINDS:
                    continue  # `tháng 8`: its Czech case depends on the sentence; let MT inflect
                kind = "date" if tok.is_date else "number"
                add(tok.start, tok.end, kind, tok.text, None, tok)
        found.sort()
        tokens = []
        for i, (s, e, kind, value, concept, number) in enumerate(found, start=1):
            start, end = offsets[s], offsets[e]
            tokens.append(Token(i, kind, start, end, text[start:end], value, concept, number))
        return tokens

    def mask(self, text: str) -> Masked:
        """Replace protected tokens with `QZn` placeholders (NFC text for the model).

        A placeholder glued to a letter or digit (`**Bí thư**`) or to another placeholder gets
        a space on that side so the model sees a separate token; `unmask` removes it again.
        """
        tokens = self.find_tokens(text)
        parts: list[str] = []
        glue: list[tuple[bool, bool]] = []
        pos = 0
        for t in tokens:
            before = text[pos : t.start]
            left = bool(before) and before[-1].isalnum()
            if not before and parts:  # adjacent to the previous token: keep placeholders apart
                left = True
            nxt = text[t.end : t.end + 1]
            right = bool(nxt) and nxt.isalnum()
            parts.append(unicodedata.normalize("NFC", before))
            parts.append((" " if left else "") + t.placeholder + (" " if right else ""))
            glue.append((left, right))
            pos = t.end
        parts.append(unicodedata.normalize("NFC", text[pos:]))
        return Masked(source=text, text="".join(parts), tokens=tuple(tokens), glue=tuple(glue))


def find_tokens(
    text: str, glossary: Glossary | None = None, lang: str = "vi", numbers: bool = True
) -> list[Token]:
    """Protected tokens of `text` (see `Protector.find_tokens`)."""
    return Protector(glossary, lang, numbers).find_tokens(text)


def mask(
    text: str, glossary: Glossary | None = None, lang: str = "vi", numbers: bool = True
) -> Masked:
    """Placeholders for the model (see `Protector.mask`; reuse a Protector for batches)."""
    return Protector(glossary, lang, numbers).mask(text)


def render_source(token: Token) -> str:
    """The simplest renderer: every token exactly as in the source."""
    return token.source


def make_renderer(
    glossary: Glossary | None, lang: str, number_renderer: Callable[[Token], str] | None = None
) -> Callable[[Token], str]:
    """Renderer for `unmask`: a docref becomes `<doctype target> <number sign target> <code>`
    (`usnesení č. 25-NQ/TW`); numbers/dates go to `number_renderer` (e.g. the localiser);
    everything else is copied from the source."""
    phrases: dict[str, str] = {}
    sign = ""
    for entry in glossary.entries if glossary else ():
        if entry.kind == "doctype" and entry.target(lang):
            phrases[entry.concept] = entry.target(lang) or ""
        elif entry.kind == "number-sign" and entry.target(lang):
            sign = entry.target(lang) or ""

    def render(token: Token) -> str:
        if token.kind == "docref" and token.concept in phrases:
            return " ".join(p for p in (phrases[token.concept], sign, token.value) if p)
        if token.kind in ("number", "date") and number_renderer is not None:
            return number_renderer(token)
        return token.source

    return render


def _snap(text: str, pos: int) -> int:
    """Nearest position at a word boundary (before a space or at an end)."""
    pos = max(0, min(len(text), pos))
    if pos in (0, len(text)) or text[pos - 1].isspace() or text[pos].isspace():
        return pos
    left = text.rfind(" ", 0, pos)
    right = text.find(" ", pos)
    candidates = [p for p in (left, right) if p >= 0] or [len(text)]
    return min(candidates, key=lambda p: abs(p - pos))


def unmask(
    model_output: str, masked: Masked, render_token: Callable[[Token], str] = render_source
) -> Unmasked:
    """Put every token back exactly once; repair mangled placeholders; report what was fixed."""
    tokens = {t.index: t for t in masked.tokens}
    repairs: list[str] = []
    seen: set[int] = set()
    pos = 0
    draft_parts: list[str] = []
    for m in _PH_RE.finditer(model_output):
        idx = int(m.group(5))
        draft_parts.append(model_output[pos : m.start()])
        pos = m.end()
        written = m.group()
        if idx not in tokens:
            repairs.append(f"removed unknown placeholder '{written}'")
            continue
        if idx in seen:
            repairs.append(f"removed duplicate of {PLACEHOLDER.format(idx)} ({tokens[idx].source})")
            continue
        seen.add(idx)
        if written != PLACEHOLDER.format(idx):
            repairs.append(
                f"repaired '{written}' -> {PLACEHOLDER.format(idx)} ({tokens[idx].source})"
            )
        draft_parts.append(f"\x00{idx}\x00")
    draft_parts.append(model_output[pos:])
    draft = "".join(draft_parts)
    for m in _STRAY_RE.finditer(draft):
        repairs.append(f"removed stray placeholder fragment '{m.group()}'")
    draft = re.sub(r"[ \t]{2,}", " ", _STRAY_RE.sub("", draft))
    for idx in sorted(set(tokens) - seen):
        t = tokens[idx]
        ratio = t.start / max(1, len(masked.source))
        at = _snap(draft, round(len(draft) * ratio)) if draft.strip() else len(draft)
        # never inside another marker
        for m in re.finditer(r"\x00\d+\x00", draft):
            if m.start() < at < m.end():
                at = m.end()
        before = "" if at == 0 or draft[at - 1].isspace() else " "
        after = "" if at == len(draft) or draft[at].isspace() else " "
        draft = draft[:at] + before + f"\x00{idx}\x00" + after + draft[at:]
        repairs.append(f"re-inserted missing {t.placeholder} ({t.source}) at {at}")
    glue = dict(zip((t.index for t in masked.tokens), masked.glue, strict=False))

    def restore(m: re.Match[str]) -> str:
        idx = int(m.group(1))
        t = tokens[idx]
        text = render_token(t)
        if t.kind == "docref" and text[:1].islower():
            head = draft[: m.start()].rstrip()
            if not head.replace("\x00", "") or head[-1] in ".!?:":
                text = text[:1].upper() + text[1:]
        return text

    # remove the spaces mask() added next to glued tokens
    for idx, (left, right) in glue.items():
        marker = f"\x00{idx}\x00"
        if left:
            draft = re.sub(r"(?<=\w)[ \t]+" + re.escape(marker), marker, draft)
        if right:
            draft = re.sub(re.escape(marker) + r"[ \t]+(?=\w)", marker, draft)
    # tokens adjacent in the source stay adjacent
    ordered = sorted(masked.tokens, key=lambda t: t.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.end == b.start:
            draft = draft.replace(
                f"\x00{a.index}\x00 \x00{b.index}\x00", f"\x00{a.index}\x00\x00{b.index}\x00"
            )
    text = re.sub(r"\x00(\d+)\x00", restore, draft)
    return Unmasked(text=text.strip() if not model_output[:1].isspace() else text, repairs=repairs)
