"""An organisation's acronym or brand in brackets after its name (`Tổ chức Y tế Thế giới (WHO)`,
`Tổng công ty Khí Việt Nam (PV GAS)`): part of the body's term, as news writes it once, on first
mention. The renderings carry it too (`Světová zdravotnická organizace (WHO)`), so the concept
id names it (`country.org.who(WHO)`): one id, one rendering.

Only after a body, an organisation or a title (a phrase's acronym, `(OCOP)`, stays apart), and
only an acronym or a brand: a place in brackets (`tỉnh Takeo (Campuchia)`, `Sở Y tế (Hà Nội)`)
is the body's country or province, a term of its own.

The match keeps where the name itself ends (`TermMatch.name_end`): the term's span as the newer
annotated sets mark it, the bracket outside (round 34's ruling); a draft still replaces, and
renders, the name with its acronym.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["bracket_base", "with_acronyms", "without_acronym"]

# ` (PV GAS)`: up to three Latin words without Vietnamese letters, the first a capital
_BRACKET = re.compile(r" ?\(([A-Z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9][A-Za-z0-9&.\-]*){0,2})\)")
_OWNERS = frozenset({"body", "org", "title"})  # glossary kinds (`Entry.pos`) an acronym follows
_COMPOSED = ("title:", "body:")  # composed titles and bodies
_PARTS = re.compile(r"[:+@>,]")  # between the parts of a composed id


def bracket_base(concept: str) -> str:
    """The concept an acronym's id extends (`country.org.who(WHO)` → `country.org.who`)."""
    at = concept.find("(")
    return concept[:at] if at > 0 and concept.endswith(")") else concept


def without_acronym(concept: str, targets: Sequence[str]) -> tuple[str, ...]:
    """The renderings of a body with its acronym (`country.org.who(WHO)`) that do not append
    it: what `check --fix` writes in place of another rendering of the name, leaving the
    acronym where the translator put it (or not). A title served somewhere after its
    acronym (`… práce (ILO) pro Vietnam`) gives the name before it: the fixer leaves the
    bracket and what follows it as written."""
    base = bracket_base(concept)
    if base == concept:
        return tuple(targets)
    tail = f" {concept[len(base):]}"
    return tuple(dict.fromkeys(t[:t.index(tail)] if tail in t else t for t in targets))


def with_acronyms(text: str, matches: list, pos_of: Callable[[str], str | None],
                  make: Callable, recompose: Callable[[str], list] | None = None) -> list:
    """`matches` (sorted, not overlapping) with an acronym in brackets joined to the body before
    it. `pos_of(concept)` is the glossary's kind of a listed concept (None: not listed);
    `make(match, source, concept, targets)` builds the longer match; `recompose(text)` matches a
    text (the title read again without its bracket, for a `tại` + place after it)."""
    out: list = []
    k, n = 0, len(matches)
    while k < n:
        m = matches[k]
        k += 1
        found = _BRACKET.match(text, m.end) if text.startswith("(", m.end) or text.startswith(
            " (", m.end) else None
        if found is None or not _owner(m, pos_of):
            out.append(m)
            continue
        acronym, end = found.group(1), found.end()
        inside = []
        while k + len(inside) < n and matches[k + len(inside)].start < end:
            inside.append(matches[k + len(inside)])
        if not _acronym(acronym, inside, m.concept, end, pos_of):
            out.append(m)
            continue
        k += len(inside)
        served = _served(text, m, end, recompose) if recompose is not None else None
        if served is not None:  # `Trưởng đại diện X (ILO) tại Việt Nam`
            longer, end = served
            if any(x.end > end for x in matches[k:] if x.start < end):
                served = None  # the place ends inside a longer term: read as before
        if served is None:
            targets = {lang: _carry(ts, acronym) for lang, ts in m.targets.items()}
            base = m.concept
        else:
            while k < n and matches[k].start < end:
                k += 1
            targets = {lang: _carry_inside(ts, m.targets.get(lang, ()), acronym)
                       for lang, ts in longer.targets.items()}
            base = longer.concept
        concept = base if targets == dict((served or (m, 0))[0].targets) else f"{base}({acronym})"
        out.append(make(m, text[m.start:end], concept, targets))
    return out


_AT = " tại "  # a composed title or mission read on after its bracket: where it serves


def _served(text: str, m, end: int, recompose: Callable[[str], list]) -> tuple | None:
    """A composed title or body whose bracket `tại` + a place follows (`Trưởng đại diện Tổ
    chức Lao động Quốc tế (ILO) tại Việt Nam`): the title read again without its bracket, as
    the composer reads it (`…+country.org.ilo>state.vietnam`), and where it ends in `text`; None
    when the words after `tại` are no place it serves (the title ends at its bracket)."""
    if not m.concept.startswith(_COMPOSED) or not text.startswith(_AT, end):
        return None
    short = text[m.start:m.end]
    longer = next((x for x in recompose(short + text[end:]) if x.start == 0), None)
    if longer is None or longer.end <= len(short) + len(_AT) \
            or not longer.concept.startswith(m.concept.split("(")[0]):
        return None
    return longer, end + longer.end - len(short)


def _carry_inside(targets: Sequence[str], short: Sequence[str], acronym: str) -> tuple[str, ...]:
    """The served title's renderings with the acronym after the body's name, before where it
    serves (`vedoucí zastoupení Mezinárodní organizace práce (ILO) pro Vietnam`), preferred;
    the renderings without it accepted."""
    own = _naming(acronym)
    carried = []
    for t in targets:
        head = max((s for s in short if t.startswith(s) and len(t) > len(s)), key=len, default="")
        carried.append(t if own.search(t) or not head
                       else f"{head} ({acronym}){t[len(head):]}")
    return tuple(dict.fromkeys([*carried, *targets]))


def _owner(m, pos_of: Callable[[str], str | None]) -> bool:
    return m.kind == "term" and (m.concept.startswith(_COMPOSED) or pos_of(m.concept) in _OWNERS)


def _acronym(acronym: str, inside: Sequence, concept: str, end: int,
             pos_of: Callable[[str], str | None]) -> bool:
    """The bracket names the body: its own listed acronym or brand, or, after a composed body
    or title, an unlisted word with two capitals (`EVNNPC`). A listed body with an acronym it
    does not list is the end of a longer name (`Tổ chức Nông lương [Liên hợp quốc] (FAO)`)."""
    if any(m.end > end for m in inside):
        return False
    if inside:  # its own acronym; in a composed title, its body's (`…+country.org.ilo`)
        parts = {concept, *_PARTS.split(concept)}
        return all(m.concept in parts for m in inside)
    return concept.startswith(_COMPOSED) and sum(c.isupper() for c in acronym) >= 2


def _naming(acronym: str) -> re.Pattern[str]:
    """The acronym as a word of a rendering (`Viettel` in `skupina Viettel`)."""
    return re.compile(rf"(?<!\w){re.escape(acronym)}(?!\w)")


def _carry(targets: Sequence[str], acronym: str) -> tuple[str, ...]:
    """Each rendering with the acronym in brackets (unless it names it already: `skupina
    Viettel`), preferred; the renderings without it still accepted."""
    own = _naming(acronym)
    carried = [t if own.search(t) else f"{t} ({acronym})" for t in targets]
    return tuple(dict.fromkeys([*carried, *targets]))
