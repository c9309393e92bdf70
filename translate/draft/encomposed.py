"""English renderings of a composed match that say the same as the one the title grammar writes.

The title grammar (`translate.terms.titles`) composes one term for a title or body with its
place (`Chủ tịch UBND tỉnh Sơn La` → `Chairman of the Son La provincial People's Committee`)
and writes the place before the level word. English news writes the place either way: after
the body in an `of` phrase (`Chairman of the provincial People's Committee of Son La`, `… of Son
La province`; the level word kept), or, for a body the core glossary names without a level
(`Sở Y tế` → `Department of Health`), before it without the level word (`the Dak Lak
Department of Health`). Each of these renders the match acceptably: `check --fix` must not
rewrite it (issue 12cc, where the product's loading rewrote right English that `vi-en.tsv`
alone left alone).

Only composed matches (`title:…@place`, `body:…@place`) get variants, and only ones built from
the grammar's own rendering: the place and every other word of it stay, so a rendering that
drops a word the term needs (`the Son La chairman`) is still no variant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the grammar's level adjective before a body → the noun English writes after the place
# (ennames's `_UNIT_WORD` maps the other way for its own unit patterns, without `village`)
LEVEL_NOUN = {"provincial": "province", "municipal": "city", "district": "district",
              "commune": "commune", "ward": "ward", "village": "village", "town": "town"}

_LEVEL = re.compile(r"\b(?P<place>(?:[A-Z][\w'’-]*\s)+)(?P<level>"
                    + "|".join(LEVEL_NOUN) + r")\s(?P<rest>\S)")


def _slug(concept: str) -> str:
    """`title:chair+pc+province@place.son_la` → `sonla`: the place's letters, as compared."""
    return re.split(r"[.:]", concept.rsplit("@", 1)[1])[-1].replace("_", "").lower()


def _folded(words: str) -> str:
    """`Son La`, `Son-La` → `sonla`: words compared with a place's slug (`_slug`)."""
    return re.sub(r"[\s'’-]", "", words).lower()


def composed(concept: str) -> bool:
    """The title grammar's match of a title or body with its place (`…@place.son_la`)."""
    return concept.startswith(("title:", "body:")) and "@" in concept \
        and ">" not in concept.rsplit("@", 1)[1]


def _levelless(concept: str) -> bool:
    """Built on a core-glossary body that names no level (`body:dept.prov.health@…`,
    `body:state.border_guard@…`, a director of one): its level word is the grammar's, not the
    body's name."""
    parts = concept.split(":", 1)[1].split("@", 1)[0].split("+")
    return any("." in part for part in parts)  # `title:director+dept.prov.education+…` too


def composed_variants(concept: str, targets: tuple[str, ...]) -> tuple[str, ...]:
    """The other English orders of a composed match's renderings (module docstring): the place
    in an `of` phrase after the body, with or without its level noun (`… of Son La
    province`), the level word kept; dropped only where the body names none without it. Empty
    for any other term, and for a rendering whose place words are not the concept's place."""
    if not composed(concept):
        return ()
    slug, out = _slug(concept), []
    for target in targets:
        found = _LEVEL.search(target)
        if found is None:
            continue
        place, level = found["place"].strip(), found["level"]
        # the place is the run's end (`the Son La`: `the` is not capitalised, `Standing Board
        # of the Ha Tinh`: the run starts at the place)
        words = place.split()
        k = next((k for k in range(len(words)) if _folded(" ".join(words[k:])) == slug), None)
        if k is None:
            continue
        place = " ".join(words[k:])
        head = target[:found.start("place")] + " ".join(words[:k]) + (" " if k else "")
        body = target[found.start("rest"):]
        noun = LEVEL_NOUN[level]
        # the level word stays: `People's Committee of Nghe An province`, the level dropped, is
        # the wrong form the independent sets plant and expect fixed
        out += [f"{head}{level} {body} of {place} {noun}", f"{head}{level} {body} of {place}"]
        if _levelless(concept):
            out += [f"{head}{place} {body}", f"{head}{body} of {place}"]
    return tuple(dict.fromkeys(v for v in out if v not in targets))


def capitals_kept(text: str, span: tuple[int, int], variant: str) -> bool:
    """The words at `span` (found lemma- and case-blind) keep the variant's capitals: `the
    provincial people's committee of Bac Giang` is not the body's name written right."""
    said, meant = text[span[0]:span[1]].split(), variant.split()
    return len(said) != len(meant) or all(
        a[:1].isupper() == b[:1].isupper()
        for a, b in zip(said, meant, strict=True) if b[:1].isalpha())


# `of Khanh Hoa`, `of Khanh Hoa province`: a place named after the body, capitalised words
_OF_PLACE = re.compile(r"\bof\s+(?P<place>(?:[A-Z][\w'’-]*\s?)+?)(?:\s(?P<noun>"
                       + "|".join(LEVEL_NOUN.values()) + r"))?$")
# the smallest units, which the sets name after their body (`the Party cell of Na Hin village`,
# `the People's Committee of Long Xuyen ward`), unlike a district's or a commune's
_NAMED_AFTER = ("village", "ward")
_LEVEL_OF = {noun: level for level, noun in LEVEL_NOUN.items()}
_LEVEL_WORD = re.compile(r"\b(?:" + "|".join(LEVEL_NOUN) + r")\b")
_NEXT_OF_PLACE = re.compile(r"\s+of\s+(?P<place>(?:[A-Z][\w'’-]*\s?)+)")


def _without_place(replacement: str, place: str) -> str | None:
    """The replacement with `place ` taken out where it names the place before a body
    (`Chairman of the Khanh Hoa provincial …` → `Chairman of the provincial …`); None where
    the place is not there so."""
    at = re.search(rf"(?<![\w'’-]){re.escape(place)}\s(?=\S)", replacement)
    if at is None:
        return None
    return replacement[:at.start()] + replacement[at.end():]


def _grammar_places(targets: Sequence[str]) -> set[str]:
    """The places the renderings themselves write before a level word (`Chairman of the Khanh
    Hoa provincial …` → `Khanh Hoa`, `Hoa`): only a composed match's renderings do; the core
    glossary's name no place (`Vietnam Fatherland Front` has no level word after `Vietnam`)."""
    places = set()
    for target in targets:
        for found in _LEVEL.finditer(target):
            words = found["place"].split()
            places.update(" ".join(words[k:]) for k in range(len(words)))
    return places


def _without_level(replacement: str, level: str) -> str:
    """The replacement without its first `level` word (`village Party cell` → `Party cell`),
    where the noun after the place already says the level."""
    return re.sub(rf"\b{level}\s", "", replacement, count=1)


def place_kept(text: str, start: int, end: int, replacement: str,
               targets: Sequence[str]) -> str:
    """A composed replacement that writes the place before the body, put where the English
    writes it after (module docstring): the found words end in `of <Place>` (`the Standing
    Deputy Secretary of the provincial Party Committee of Phu Tho`), so the place stays there
    (`… of the provincial Party Committee of Phu Tho`), and where the place follows the found
    words at once (` of Phu Tho`), it is not said twice. The replacement as it was otherwise."""
    places = _grammar_places(targets)
    if not places:
        return replacement
    inside = _place_inside(text[start:end], replacement, places)
    if inside is not None:
        return inside
    after = _place_after(text, end, replacement, places)
    return replacement if after is None else after


def _place_inside(found: str, replacement: str, places: set[str]) -> str | None:
    """`place_kept` where the found words end in `of <Place>`: the replacement without the
    place, then the found words' `of` phrase; None where they do not, or the place is not
    the grammar's."""
    tail = _OF_PLACE.search(found)
    # (`Party Committee of Ky Anh district`, the level dropped for the noun after the place,
    # is the form the independent sets plant and fix: the grammar's rendering goes in)
    if tail is None or (place := tail["place"].strip()) not in places \
            or not (tail["noun"] in (None, *_NAMED_AFTER)
                    or _LEVEL_WORD.search(found[:tail.start()])):
        return None
    kept = _without_place(replacement, place)
    if kept is None or found.startswith(place):
        return None
    if tail["noun"] in _NAMED_AFTER and not _LEVEL_WORD.search(found[:tail.start()]):
        kept = _without_level(kept, _LEVEL_OF[tail["noun"]])
    return f"{kept} {found[tail.start():]}"


def _place_after(text: str, end: int, replacement: str, places: set[str]) -> str | None:
    """`place_kept` where ` of <Place>` follows the found words at once: the replacement
    without the place (and without its level word where the noun after the place says it);
    None where no place of the grammar's follows."""
    after = _NEXT_OF_PLACE.match(text, end)
    if after is None:
        return None
    words = after["place"].split()
    for k in range(len(words), 0, -1):  # the longest run the replacement names
        place = " ".join(words[:k])
        if place in places and (kept := _without_place(replacement, place)) is not None:
            # `the {Party cell} of Na Hin village`: the noun after the place says the
            # level, so the level word goes too (not `village Party cell of … village`)
            noun = text[after.start("place") + len(place):].split(maxsplit=1)[:1]
            level = _LEVEL_OF.get(noun[0]) if noun else None
            if level and (bare := _without_level(kept, level)) != kept:
                return bare
            return kept
    return None
