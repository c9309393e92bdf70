"""Find composed titles, bodies and places in a sentence's tokens (the title grammar's parser).

    title      = part { ("," | "-" | "kiêm") part }       parts joined only when the earlier
                                                          one is elliptical (shares the body)
    part       = { modifier_before } role [ modifier_after ] [ complement ]
    complement = body [ committee_word | level_word ] [ place ] [ numeral ] { parent_body }
               | committee_word [ place ]  |  known_place
    body alone = body [ ... ] | committee_word [ place ];    place alone = level_word place

Roles, modifiers, levels and table bodies come from `titles.TitleGrammar`; named bodies
(`Sở Nội vụ`, `Bộ Ngoại giao`, `Vụ Địa phương`) and places (`Hà Tĩnh`, `Lào`) from the
glossary (entries with `pos` body/org and place/country). A place name the glossary does not
list is read after a level or committee word (`huyện Cẩm Xuyên`): a run of capitalised
syllables, cut before a person's name (a surname followed by two or more syllables:
`UBND huyện Cẩm Xuyên Nguyễn Thị Thanh Nga`). The holder is a woman when the name next to
the title has `Thị` or follows `bà`; both forms are accepted, the likelier one first.

All tables are token tries (lower-case keys, abbreviations such as `UBND` matched in
capitals, roles and bodies only when capitalised), and the parser runs only at tokens that can
start something, so the matcher stays fast on text without titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from translate.terms.model import Entry, Glossary
from translate.terms.titles import (
    Body,
    Level,
    Part,
    Place,
    TitleGrammar,
    place_rendering,
    render_parts,
)
from translate.terms.tokens import END as _END
from translate.terms.tokens import TokenTrie, is_abbreviation, term_tokens
from translate.text.localize import strip_name_diacritics

__all__ = ["Composed", "TitleComposer", "NAMED_POS", "PLACE_POS"]

NAMED_POS = frozenset({"body", "org"})
PLACE_POS = frozenset({"place", "country"})
_ROMAN = re.compile(r"[IVX]{1,4}")
_SEPARATORS = (",", "-")
_JOIN_WORD = "kiêm"
_AT = "tại"  # `Đại sứ Cuba tại Việt Nam`
_FEMALE_NAME = "Thị"
_FEMALE_ADDRESS = "bà"
_MAX_PLACE = 4  # syllables of a place name the glossary does not list
_MAX_RUN = 9  # capitalised syllables looked at: a place and a full name after it


@dataclass(frozen=True)
class Composed:
    """A composed title, body or place: tokens `start`..`end` (exclusive) of the sentence."""

    start: int
    end: int
    concept: str
    targets: dict[str, tuple[str, ...]]


@lru_cache(maxsize=4096)
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", strip_name_diacritics(text).lower()).strip("_")


def _short(item_id: str) -> str:
    return item_id.split(".", 1)[1] if item_id.startswith(("role.", "mod.", "body.", "level."))\
        else item_id


class TitleComposer:
    """The title grammar joined with one glossary's named bodies and places."""

    def __init__(self, grammar: TitleGrammar, glossary: Glossary) -> None:
        self.grammar = grammar
        self.roles, self.mods_before, self.mods_after = TokenTrie(), TokenTrie(), TokenTrie()
        self.bodies, self.levels, self.committees = TokenTrie(), TokenTrie(), TokenTrie()
        self.places, self.level_places = TokenTrie(), TokenTrie()
        # restricted role rows first, so that they win among equally long matches
        for role in sorted(grammar.roles, key=lambda r: not r.bodies):
            for term in role.terms:
                self.roles.add(term, role, cap_first=True)
        for mod in grammar.modifiers:
            for term in mod.terms:
                (self.mods_before if mod.before else self.mods_after).add(term, mod)
        for body in grammar.bodies:
            for term in body.terms:
                self.bodies.add(term, body, cap_first=True)
        self.place_words = TokenTrie()
        for word in grammar.place_words:
            self.place_words.add(word, word)
        for level in grammar.levels:
            for term in level.terms:
                self.levels.add(term, level)
            for term in level.committee_terms:
                if term:
                    self.committees.add(term, level)
        self.absorbed: set[tuple[str, str]] = set()  # (concept, term) left to the composer
        for entry in glossary.entries:
            if entry.kind != "term":
                continue
            if entry.pos in NAMED_POS:
                for term in entry.source_terms:
                    if term[:1].isupper():
                        self.bodies.add(term, entry, cap_first=True)
            elif entry.pos in PLACE_POS:
                for term in entry.source_terms:
                    name = self._after_level_word(term)
                    if name and term[:1].islower():
                        # `tỉnh Hòa Bình`: the place is the name after the level word, and
                        # the name alone is rendered (the entry's target has the level noun)
                        self.level_places.add(name, (entry, True), cap_first=True)
                        self.absorbed.add((entry.concept, term))
                        continue
                    if name:  # `thành phố Hồ Chí Minh` written lower-case: the entry's name
                        self.level_places.add(name, (entry, False), cap_first=True)
                    if term[:1].isupper():
                        self.places.add(term, entry, cap_first=True)
        last_words = {t.lower() for level in grammar.levels for t in level.terms
                      if len(term_tokens(t)) == 1}
        self.place_roles = frozenset(r.id for r in grammar.roles for t in r.terms
                                     if term_tokens(t)[-1].lower() in last_words)
        self.title_firsts = frozenset(self.roles.firsts | self.mods_before.firsts)
        self.body_firsts = frozenset(self.bodies.firsts | self.committees.firsts)
        self.place_firsts = frozenset(self.levels.firsts | self.place_words.firsts)
        tries = (self.roles, self.mods_before, self.bodies, self.levels, self.committees,
                 self.place_words)
        follow: dict[str, set[str]] = {}
        singles: set[str] = set()
        for trie in tries:
            for first, node in trie.root.items():
                follow.setdefault(first, set()).update(k for k in node if k != _END)
                if _END in node:
                    singles.add(first)
        self.follow = {k: frozenset(v) for k, v in follow.items()}
        inner: set[str] = set()  # every word of a table or glossary term but the first
        stack = [node for trie in tries for node in trie.root.values()]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key != _END:
                    inner.add(key)
                    stack.append(child)
        self.inner = frozenset(inner)
        self.singles = frozenset(singles)
        self.extenders = frozenset(self.levels.firsts | self.committees.firsts
                                   | self.mods_after.firsts | {*_SEPARATORS, _JOIN_WORD, _AT})
        self.cap_firsts = frozenset(self.roles.firsts | self.bodies.firsts
                                    | self.committees.firsts)
        self.word_firsts = frozenset(self.levels.firsts | self.place_words.firsts
                                     | self.mods_before.firsts)
        # first token -> (starts a capitalised term, starts a level/place/modifier word,
        # ends a one-word term, possible second tokens)
        self._info = {tok: (tok in self.cap_firsts, tok in self.word_firsts,
                            tok in self.singles, self.follow.get(tok, frozenset()))
                      for tok in self.cap_firsts | self.word_firsts}
        self._places: dict[tuple[str, str, bool], Place] = {}
        self._rendered: dict[tuple[str, bool, str], dict[str, tuple[str, ...]]] = {}
        self.starts = frozenset(self.roles.firsts | self.mods_before.firsts | self.bodies.firsts
                                | self.levels.firsts | self.committees.firsts
                                | self.place_words.firsts)

    def _after_level_word(self, term: str) -> str:
        toks = term_tokens(term)
        found = self.levels.longest([t.lower() for t in toks], toks, 0)
        if found is None or found[0] >= len(toks) or not toks[found[0]][:1].isupper():
            return ""
        rest = term_tokens(term)[found[0]:]
        return " ".join(rest)

    # -- parsing ---------------------------------------------------------------------------

    def candidates(self, low: Sequence[str], text: str, ends: Sequence[int],
                   listed: dict[int, int] | None = None,
                   starts: Sequence[int] | None = None) -> list[int]:
        """Token positions where something can start (cheap: token k is `text[ends[2k]:
        ends[2k+1]]`): a capitalised role or body whose second word follows (or a one-word one
        followed by a capital or a level word), or a level, place or modifier word with a
        capitalised word just after it. Where a listed term starts (`listed`: its first token
        -> the token after it) only if a capital or a word that extends a title follows it:
        otherwise a composition could not be longer, and the listed term wins a tie. Most
        sentences of general text have none. `starts`: the positions to look at (the
        matcher's walk passes those it stood on; a composition starting inside a listed
        match could not win), else every start word of the sentence."""
        if starts is None:
            starts = [k for k, tok in enumerate(low) if tok in self.starts]
        info = self._info
        out: list[int] = []
        n = len(low)
        extenders = self.extenders
        for k in starts:
            after = listed.get(k) if listed else None
            if after is not None and (after >= n or not (
                    low[after] in extenders or low[after] in self.inner
                    or text[ends[2 * after]].isupper())):
                continue
            capital, word, single, follow = info[low[k]]
            nxt = low[k + 1] if k + 1 < n else ""
            if capital and text[ends[2 * k]].isupper() and (nxt in follow or (
                    single and nxt and (nxt in self.extenders or text[ends[2 * k + 2]].isupper()))):
                out.append(k)
            elif word and (single or nxt in follow) and any(
                    text[ends[2 * m]].isupper() for m in range(k + 1, min(k + 4, n))):
                out.append(k)
        return out

    def compose(self, low: Sequence[str], sens: Sequence[str],
                positions: Sequence[int] | None = None) -> list[Composed]:
        """Every composed title, body and place of a sentence, left to right (trying only
        `positions`, from `candidates`, when given)."""
        out: list[Composed] = []
        title_firsts, body_firsts = self.title_firsts, self.body_firsts
        reached = 0
        for i in positions if positions is not None else range(len(low)):
            tok = low[i]
            if i < reached or tok not in self.starts:
                continue
            found = None
            if tok in title_firsts:
                found = self._title(low, sens, i)
            if found is None and tok in body_firsts:
                found = self._body_alone(low, sens, i)
            if found is None and tok in self.place_firsts:
                found = self._place_alone(low, sens, i)
            if found is not None:
                out.append(found)
                reached = found.end
        return out

    def _title(self, low, sens, i) -> Composed | None:
        first = self._part(low, sens, i)
        if first is None:
            return None
        parts, ends = [first[0]], [first[1]]
        while ends[-1] < len(low) - 1:
            sep = low[ends[-1]]
            if sep not in _SEPARATORS and sep != _JOIN_WORD:
                break
            nxt = self._part(low, sens, ends[-1] + 1)
            if nxt is None or not self._elliptical(parts[-1]):
                break
            parts[-1].join = sep
            parts.append(nxt[0])
            ends.append(nxt[1])
        while len(parts) > 1 and self._elliptical(parts[-1]):
            parts.pop()
            ends.pop()
        parts[-1].join = ""
        end = ends[-1]
        female = self._female(low, sens, i, end)
        concept = "title:" + ",".join(self._part_id(p) for p in parts)
        return Composed(i, end, concept, self._targets(concept, parts, female))

    @staticmethod
    def _elliptical(p: Part) -> bool:
        """A part that shares the body or level written once after the next part."""
        if p.role is not None and p.body is None and p.level is None and p.place is None:
            return not p.role.complete
        return isinstance(p.body, Body) and p.body.attach != "fixed" and not p.has_level

    def _part(self, low, sens, i) -> tuple[Part, int] | None:
        mods, j = [], i
        while True:
            found = self.mods_before.longest(low, sens, j)
            if found is None:
                break
            j, mod = found
            mods.append(mod)
        best: tuple[Part, int] | None = None
        for rend, role in self.roles.matches(low, sens, j):
            after = self.mods_after.longest(low, sens, rend)
            for k, extra in ((after[0], [after[1]]), (rend, [])) if after else ((rend, []),):
                share = len(term_tokens(role.shares)) if role.shares else 0
                begin = k - share if share and not extra else k
                comp = self._complement(low, sens, begin, role)
                if comp is None:
                    if role.bodies:
                        continue
                    comp = (Part(), k)
                part, end = comp
                part.mods, part.role = [*mods, *extra], role
                if best is None or end > best[1]:
                    best = (part, end)
        return best

    def _complement(self, low, sens, j, role=None) -> tuple[Part, int] | None:
        """Body / committee word / place after a role (or on its own when `role` is None).

        The longest wins; on a tie the table's composition (a table body, a committee word)
        over a glossary body that has its level built in (`UBND huyện`, `Tỉnh ủy`), so that
        a title is named and rendered from its parts the same way wherever it is written."""
        options: list[tuple[int, int, Part]] = []  # (end, rank, part)
        for bend, body in self.bodies.matches(low, sens, j):
            if role is not None and role.bodies and not (
                    isinstance(body, Body) and body.id in role.bodies):
                continue
            part = Part(body=body)
            end = self._after_body(low, sens, part, bend)
            options.append((end, 1 if isinstance(body, Entry) else 0, part))
        if role is None or not role.bodies:
            committee = self.committees.longest(low, sens, j)
            if committee is not None:
                part = Part(level=committee[1], committee=True)
                options.append((self._place(low, sens, part, committee[0], heuristic=True),
                                0, part))
        if not options:
            return None if role is None or role.bodies else self._role_place(low, sens, j, role)
        end, _, part = min(options, key=lambda o: (-o[0], o[1]))
        if isinstance(part.body, Body) and part.body.attach == "name" and part.place is None:
            return None  # `Trường Đại học`, `Báo` need their name
        return part, end

    def _role_place(self, low, sens, j, role) -> tuple[Part, int] | None:
        """A place right after a role: `Thủ tướng Lào`, `Đại sứ Cuba tại Việt Nam`,
        `Phó Tỉnh trưởng tỉnh Champasak`, `Trưởng thôn Đông Châu` (a role ending in a level
        word takes any place name)."""
        part = Part()
        level = self.levels.longest(low, sens, j)
        if level is not None:
            part.level = level[1]
            end = self._place(low, sens, part, level[0], heuristic=True)
        else:
            end = self._place(low, sens, part, j, heuristic=role.id in self.place_roles)
        if part.place is None:
            return None
        if end + 1 < len(low) and low[end] == _AT:
            at = Part()
            after = self._place(low, sens, at, end + 1, heuristic=False)
            if at.place is not None:
                part.at, end = at.place, after
        return part, end

    def _after_body(self, low, sens, part: Part, j: int, depth: int = 0) -> int:
        body = part.body
        if isinstance(body, Body) and body.attach in ("committee", "both"):
            found = self.committees.longest(low, sens, j)
            if found is not None and found[1].id in body.levels:
                part.level, part.committee = found[1], True
                j = self._place(low, sens, part, found[0], heuristic=True)
            elif depth == 0:
                parent = self._complement(low, sens, j) if j < len(low) else None
                if parent is not None and parent[0].body is not None:
                    part.parents.append(parent[0])
                    j = parent[1]
        elif isinstance(body, Body) and body.attach in ("fixed", "name"):
            j = self._place(low, sens, part, j, heuristic=body.attach == "name")
        else:
            level = self.levels.longest(low, sens, j)
            known = self.places.longest(low, sens, j) if j < len(low) else None
            if known is not None and (level is None or known[0] > level[0]):
                level = None  # `UBND TP.HCM`: the place, not the level word `TP`
            allowed = body.levels if isinstance(body, Body) else None
            if level is not None and (allowed is None or level[1].id in allowed):
                part.level = level[1]
                j = self._place(low, sens, part, level[0], heuristic=True)
            else:
                j = self._place(low, sens, part, j, heuristic=isinstance(body, Entry))
        if j < len(low) and _ROMAN.fullmatch(sens[j]):
            part.numeral, j = sens[j], j + 1
        if depth == 0 and j < len(low) and part.parents == [] and (
                not isinstance(body, Body) or body.attach != "committee"):
            parent = self._complement(low, sens, j) if low[j] in self.bodies.firsts else None
            if parent is not None and parent[0].body is not None:
                part.parents.append(parent[0])
                j = parent[1]
        return j

    def _known_place(self, low, sens, j) -> tuple[int, Place] | None:
        found = self.places.longest(low, sens, j) if j < len(low) else None
        if found is None:
            return None
        end, entry = found
        source = " ".join(sens[j:end])
        return end, self._rendering(source, entry)

    def _place(self, low, sens, part: Part, j: int, heuristic: bool) -> int:
        """A place name at token `j`: a listed one, or (`heuristic`, after a level or committee
        word or a named body) a run of capitalised syllables that is not a person's name.
        The longest wins; on a tie the listed one."""
        if j >= len(low):
            return j
        best_end, best = j, None
        known = self.places.longest(low, sens, j)
        if known is not None:
            best_end, best = known[0], self._rendering(" ".join(sens[j:known[0]]), known[1])
        if heuristic and best is None:  # a listed place wins; `Lào Khamphet` is a name
            named = self.level_places.longest(low, sens, j)
            if named is not None and named[0] > best_end:
                best_end, (entry, name_only) = named
                best = self._rendering(" ".join(sens[j:best_end]), entry, name_only=name_only)
            run = self._name_run(low, sens, j)
            if run > best_end:
                best_end, best = run, self._rendering(" ".join(sens[j:run]), None)
        if best is not None:
            part.place = best
        return best_end

    def _rendering(self, source: str, entry: Entry | None, name_only: bool = False) -> Place:
        key = (source, entry.concept if entry is not None else "", name_only)
        place = self._places.get(key)
        if place is None:
            if len(self._places) > 50_000:
                self._places.clear()
            place = place_rendering(source, entry, self.grammar.keep_place_diacritics, name_only)
            self._places[key] = place
        return place

    def _name_run(self, low, sens, j: int) -> int:
        """End of a run of capitalised syllables from `j`, cut before a person's name (the
        last surname followed by two or more syllables) and after `_MAX_PLACE` syllables."""
        k, n = j, len(low)
        while k < n and k - j < _MAX_RUN and sens[k][:1].isupper() and sens[k].isalpha() \
                and not is_abbreviation(sens[k]) and not _ROMAN.fullmatch(sens[k]) \
                and not self._starts_something(low, sens, k):
            k += 1
        cut = k
        for p in range(k - 3, j - 1, -1):
            if sens[p] in self.grammar.surnames:
                cut = p
                break
        return min(cut, j + _MAX_PLACE)

    def _starts_something(self, low, sens, k) -> bool:
        """A role, body or committee word starts at `k` (`Hà Tĩnh Ban …` ends a place)."""
        tok = low[k]
        if tok not in self.cap_firsts:
            return False
        return tok in self.singles or (k + 1 < len(low) and low[k + 1] in self.follow[tok])

    def _body_alone(self, low, sens, i) -> Composed | None:
        found = self._complement(low, sens, i)
        if found is None:
            return None
        part, end = found
        if isinstance(part.body, Entry) and not (part.level or part.place or part.parents
                                                 or part.numeral):
            return None  # the glossary's own match says the same
        concept = "body:" + self._part_id(part)
        return Composed(i, end, concept, self._targets(concept, [part], False))

    def _place_alone(self, low, sens, i) -> Composed | None:
        level = self.levels.longest(low, sens, i) or self.place_words.longest(low, sens, i)
        if level is None or level[0] >= len(low):
            return None
        part = Part()
        end = self._place(low, sens, part, level[0], heuristic=True)
        if part.place is None:
            return None
        place = part.place
        concept = place.concept or "place:" + _slug(place.source)
        return Composed(level[0], end, concept, {"cs": (place.cs,), "en": (place.en,)})

    # -- naming and rendering -----------------------------------------------------------------

    def _part_id(self, p: Part) -> str:
        ids = [_short(m.id) for m in p.mods]
        if p.role is not None:
            ids.append(_short(p.role.id))
        if isinstance(p.body, Entry):
            ids.append(p.body.concept)
        elif isinstance(p.body, Body):
            ids.append(_short(p.body.id))
        if isinstance(p.level, Level):
            ids.append(_short(p.level.id))
        ids += [self._part_id(parent) for parent in p.parents]
        out = "+".join(ids)
        if p.numeral:
            out += "+" + p.numeral
        if p.place is not None:
            out += "@" + (p.place.concept or _slug(p.place.source))
        return out

    def _targets(self, concept: str, parts: list[Part], female: bool
                 ) -> dict[str, tuple[str, ...]]:
        """Renderings per language, the holder's likelier gender first (the concept id names
        every part, so renderings are cached by it)."""
        places = [q.place.source for p in parts for q in (p, *p.parents) if q.place is not None]
        key = (concept, female, "|".join(places))
        cached = self._rendered.get(key)
        if cached is not None:
            return cached
        first = render_parts(parts, female)
        second = render_parts(parts, not female)
        targets = {lang: tuple(dict.fromkeys((first[k], second[k])))
                   for k, lang in enumerate(("cs", "en"))}
        if len(self._rendered) > 50_000:
            self._rendered.clear()
        self._rendered[key] = targets
        return targets

    @staticmethod
    def _female(low, sens, start: int, end: int) -> bool:
        """The holder's name, next to the title, has `Thị`, or the name follows `bà`."""
        k = end
        while k < len(sens) and sens[k][:1].isupper() and k - end < 5:
            if sens[k] == _FEMALE_NAME:
                return True
            k += 1
        k = start - 1
        if k >= 0 and low[k] == ",":
            k -= 1
        run_end = k
        while k >= 0 and run_end - k < 6:
            if sens[k] == _FEMALE_NAME or low[k] == _FEMALE_ADDRESS:
                return True
            if not sens[k][:1].isupper():
                break
            k -= 1
        return False
