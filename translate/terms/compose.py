"""Find composed titles, bodies and places in a sentence's tokens (the title grammar's parser).

    title      = part { ("," | "-" | "kiêm") part }       parts joined only when the earlier
                                                          one is elliptical (shares the body)
    part       = { modifier_before } role [ modifier_after ] [ complement ]
    complement = body [ committee_word | level_word ] [ place ] [ numeral ] { parent_body }
               | committee_word [ place ]  |  known_place
    body       = table body | glossary body | named body (head + domain complement)
    body alone = body [ ... ] | committee_word [ place ];    place alone = level_word place

Roles, modifiers, levels and table bodies come from `titles.TitleGrammar`; bodies the
glossary lists (`Sở Nội vụ`, `Bộ Ngoại giao`, `Vụ Địa phương`) and places (`Hà Tĩnh`, `Lào`)
from the glossary (entries with `pos` body/org and place/country); bodies named by their domain
(`Phòng Cảnh sát giao thông`, `Trung tâm Y tế`) from `named.py`. Places the glossary does not
list are read by `placenames.py`. The holder is a woman when the name next to the title has
`Thị` or follows `bà`; both forms are accepted, the likelier one first.

All tables are token tries (lower-case keys, abbreviations such as `UBND` matched in
capitals, roles and bodies only when capitalised), and the parser runs only at tokens that can
start something, so the matcher stays fast on text without titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.terms.body_tail import AT, NUMBER_WORD, OF, BodyTail
from translate.terms.chains import JOIN_WORD, SEPARATORS, chain, committee_chain
from translate.terms.complements import ComplementReader, capitalised
from translate.terms.lone_roles import (
    GROUP_WORDS,
    LONE_ROLES,
    counted_holder,
    holder_without_body,
    stands_alone,
)
from translate.terms.model import Entry, Glossary
from translate.terms.named import NAMED_PREFIX, NamedBodies
from translate.terms.parent_units import commune_after, province_after
from translate.terms.place_spans import DASH_NAMED, FORMER
from translate.terms.place_tokens import is_number, slug, syllable_pairs
from translate.terms.placenames import PLACE_POS, PlaceReader
from translate.terms.plural_bodies import (
    PLURAL_WORD,
    LevelStems,
    plural_id,
    plural_targets,
    read_levels,
)
from translate.terms.plural_titles import plural_title
from translate.terms.role_checks import (
    BARE_LOWER_ROLES,
    BELOW_COMMUNE,
    COMMUNE_OFFICERS,
    FACULTY_ROLES,
    GROUP,
    SCHOOL_ONLY_ROLES,
    UNIT_ONLY_ROLES,
    named_head,
    role_fits,
)
from translate.terms.title_ids import RenderCache, part_id
from translate.terms.title_starts import StartIndex
from translate.terms.title_tables import Body, Modifier, TitleGrammar
from translate.terms.titles import Level, Part, holder_is_female
from translate.terms.tokens import TokenTrie, spellings, term_tokens

__all__ = ["Composed", "TitleComposer", "NAMED_POS", "PLACE_POS"]

NAMED_POS = frozenset({"body", "org"})
# modifiers after a role that need what they govern (`Phó Chủ tịch phụ trách [Sở …]`; not
# `Phó Chủ tịch phụ trách khối văn hóa`: the role alone is the title there)
_GOVERNING = frozenset({"mod.in_charge"})
# the tier word: a commune officer's level word is inside the title in lower case (`công chức
# tư pháp - hộ tịch xã`), not the tier (`công chức … cấp xã`: the sets mark the title without it)
_TIER_WORD = "cấp"
# first words of roles read in lower case only before their own bodies (`đại biểu HĐND tỉnh`):
# common nouns elsewhere (`Đoàn đại biểu Tỉnh ủy`, `người`)
_NOT_LOWER_ROLES = frozenset({"đại", "người"})
_UNIT_ROLES = frozenset({"role.group_head", "role.village_head",  # `trưởng thôn Tân Lập`
                         "role.village_militia_commander", "role.commune_militia_commander",
                         *UNIT_ONLY_ROLES})  # and the units' own (`cộng tác viên dân số ấp X`)
# a parliament's delegation abroad (`Đoàn đại biểu [Quốc hội Lào]`)
_FOREIGN_DELEGATION = ("body:na_delegation@country.", "body:na_delegation@state.vietnam")
# a Party organisation in a congress's name: the place only (`Đại hội đại biểu Đảng bộ xã [X]`:
# event names are not bodies, the written rule of the ninth and tenth sets' READMEs)
_CONGRESS, _PARTY_ORG = (["đại", "hội"], ["đại", "hội", "đại", "biểu"]), "body:party_org+"
# bodies read only after a role (`Giám đốc [Cảng hàng không quốc tế Vinh]`); alone, the name
# after the word is a place (`Cảng hàng không quốc tế [Long Thành]`); a Party inspection team
# is its head's title (`Trưởng Đoàn kiểm tra số 3 …`), alone a group the sets leave unmarked;
# a province's VNPT unit (`Giám đốc [Viễn thông Lạng Sơn]`; alone, `Bưu chính, Viễn thông Hà Nội`
# is a field of a longer name), round fifty-eight
_TITLED_ONLY = frozenset({"body.airport_intl", "body.airport", "named:party_inspection_team",
                          "body.vnpt_province"})


@dataclass(frozen=True)
class Composed:
    """A composed title, body or place: tokens `start`..`end` (exclusive) of the sentence;
    an empty `concept` says that no listed term may cover those tokens."""

    start: int
    end: int
    concept: str
    targets: dict[str, tuple[str, ...]]
    # a chain joined over two bodies (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X`): its two
    # titles as read apart, which a translation must carry (see `chains.committee_chain`)
    parts: tuple[Composed, ...] = ()


def _joined(first: Composed, second: tuple) -> Composed:
    """Two places written with a dash between them as one name (`Xuân Hương - Đà Lạt`)."""
    targets = {lang: (f"{first.targets[lang][0]} - {second[3][lang][0]}",)
               for lang in first.targets}
    return Composed(first.start, second[1], "place:" + slug(targets["en"][0]), targets)


_ACTING, _ENTRUST = "mod.acting", "giao"  # `quyền` (acting) and the verb that entrusts it


def _entrusted(low: Sequence[str], sens: Sequence[str], i: int, mod: Modifier) -> bool:
    """`được giao quyền Giám đốc …`: after `giao` a lower-case `quyền` is the power entrusted,
    not the title's `acting` (the sets mark the title without it; the lead's ruling)."""
    return mod.id == _ACTING and i > 0 and low[i - 1] == _ENTRUST and sens[i] == "quyền"


class TitleComposer(ComplementReader):
    """The title grammar joined with one glossary's named bodies and places."""

    def __init__(self, grammar: TitleGrammar, glossary: Glossary) -> None:
        self.grammar = grammar
        self.roles, self.mods_before, self.mods_after = TokenTrie(), TokenTrie(), TokenTrie()
        # dailies write roles in lower case after a name (`ông A, phó giám đốc Sở Y tế`): a
        # role of two or more words may, when a capitalised body follows it
        self.lower_roles, lower_follow = TokenTrie(), {}
        self.bodies, self.levels, self.committees = TokenTrie(), TokenTrie(), TokenTrie()
        # restricted role rows first, so that they win among equally long matches
        self._role_ids = {r.id: r for r in grammar.roles}
        for role in sorted(grammar.roles, key=lambda r: not r.bodies):
            for term in role.terms if role.id not in FACULTY_ROLES.values() else ():
                self.roles.add(term, role, cap_first=True)
                toks = [t.lower() for t in term_tokens(term)]
                if len(toks) > 1 and (toks[0] not in _NOT_LOWER_ROLES or role.bodies
                                      or role.id in UNIT_ONLY_ROLES):
                    lower_follow.setdefault(toks[0], []).append((term, role, toks[1]))
        for mod in grammar.modifiers:
            for term in () if mod.outside else mod.terms:
                (self.mods_before if mod.before else self.mods_after).add(term, mod)
        for body in grammar.bodies:
            for term in body.terms:
                self.bodies.add(term, body, cap_first=True)
        for level in grammar.levels:
            for term in level.terms:  # a unit below a commune's other words (`sóc`, `buôn`,
                # `bản`) begin names when capitalised (`Sóc Trăng`, `Buôn Đôn`): `name_word`
                self.levels.add(term, level, name_word=level.id in BELOW_COMMUNE
                                and term != level.terms[0])
            for term in level.committee_terms:
                if term:
                    self.committees.add(term, level)
        for entry in glossary.entries:
            if entry.kind == "term" and entry.pos in NAMED_POS:
                for term in entry.source_terms:
                    if term[:1].isupper():
                        for spelling in spellings(term, True):  # `Sở GD-ĐT`, `Cục CSGT`
                            self.bodies.add(spelling, entry, cap_first=True)
        self.places = PlaceReader(grammar, glossary, self.levels)
        self.stems = LevelStems(glossary.entries, self.levels)  # `Thuế [các tỉnh]`
        self.absorbed = self.places.absorbed  # (concept, term) left to the composer
        self.named = NamedBodies(grammar.named) if grammar.named is not None else None
        self.places.pairs = frozenset(syllable_pairs(glossary, grammar))
        named_firsts = self.named.firsts if self.named is not None else frozenset()
        last_words = {t.lower() for level in grammar.levels for t in level.terms
                      if len(term_tokens(t)) == 1}
        self.level_ended = frozenset(b.id for b in grammar.bodies if b.attach == "fixed" and any(
            term_tokens(t)[-1].lower() in last_words for t in b.terms))  # `Đoàn xã` + a name
        self.place_roles = frozenset(r.id for r in grammar.roles for t in r.terms
                                     if term_tokens(t)[-1].lower() in last_words)
        self._share = {r.id: len(term_tokens(r.shares)) if r.shares else 0 for r in grammar.roles}
        self.title_firsts = frozenset(self.roles.firsts | self.mods_before.firsts)
        self.body_firsts = frozenset(self.bodies.firsts | self.committees.firsts | named_firsts)
        self.parent_firsts = frozenset(self.bodies.firsts | named_firsts)
        self.place_firsts = self.places.firsts
        tries = [self.roles, self.mods_before, self.bodies, self.levels, self.committees,
                 self.places.words, self.places.preps, self.places.landmarks, self.stems.starts]
        if self.named is not None:
            tries.append(self.named.heads)
        extenders = frozenset(self.levels.firsts | self.committees.firsts
                              | self.mods_after.firsts | self.places.words.firsts
                              | {*SEPARATORS, JOIN_WORD, AT, NUMBER_WORD, "các", FORMER, *OF})
        self.cap_firsts = frozenset(self.roles.firsts | self.bodies.firsts
                                    | self.committees.firsts | named_firsts)
        self.word_firsts = frozenset(self.levels.firsts | self.places.words.firsts
                                     | self.mods_before.firsts | self.places.preps.firsts
                                     | self.places.landmarks.firsts)
        lower_follow = {f: [x for x in rows if f not in self.word_firsts
                            or x[1].id in _UNIT_ROLES | BARE_LOWER_ROLES | SCHOOL_ONLY_ROLES]
                        for f, rows in lower_follow.items()}  # not `trở thành ủy viên`; but a
        # unit's own head: `tổ trưởng tổ dân phố 3`; a school's teacher (`giáo` of `giáo xứ`)
        for term, role, _ in (x for rows in lower_follow.values() for x in rows):
            self.lower_roles.add(term, role)
        prep_firsts = frozenset(self.places.preps.firsts - self.levels.firsts
                                - self.places.words.firsts - self.mods_before.firsts)
        self.index = StartIndex(tries, [self.named.words] if self.named is not None else [],
                                self.cap_firsts, self.word_firsts, prep_firsts, extenders,
                                lower_follow, BARE_LOWER_ROLES | LONE_ROLES,
                                self.committees.firsts | self.levels.firsts)
        # the matcher's per-token checks, and where a place name ends (`title_starts.py`)
        self.start_info, self.candidate = self.index.start_info, self.index.candidate
        self.places.stops = self.index.starts_something
        self._rendered = RenderCache()
        self.starts = frozenset(self.title_firsts | self.body_firsts | self.place_firsts)
        self.tail = BodyTail(self.levels, self.committees, self.mods_after, self.bodies,
                             self.places, self.parent_firsts, self.level_ended, self._complement)

    # -- parsing ---------------------------------------------------------------------------

    def compose(self, low: Sequence[str], sens: Sequence[str],
                positions: Sequence[int] | None = None) -> list[Composed]:
        """Every composed title, body and place of a sentence, left to right (trying only
        `positions`, where `candidate` holds, when given)."""
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
            if tok in body_firsts and (found is None or "+" not in found.concept
                                       and "@" not in found.concept):  # a bare role
                body = self._body_alone(low, sens, i)  # `Đại sứ quán Lào`, not `Đại sứ`
                if body is not None and (found is None or body.end > found.end):
                    found = body
            if found is None and tok in self.place_firsts:
                found = self._place_alone(low, sens, i)
                while found is not None:  # `cao tốc Vũng Áng - Bùng`, `các tỉnh A, B và C`
                    more = self.places.after_dash(low, sens, found.end) or \
                        self.places.after_list(low, sens, found.end, i)
                    if more is None:
                        break
                    if low[i] in DASH_NAMED and more[0] == found.end + 1 \
                            and low[found.end] == "-" and more[2].startswith("place."):
                        found = _joined(found, more)  # `phường [Xuân Hương - Đà Lạt]`: one name
                        break
                    out.append(found)
                    found = Composed(*more)
            if found is not None and found.concept.startswith(_FOREIGN_DELEGATION) \
                    and low[i + 3:i + 4] == ["quốc"]:  # `Đoàn đại biểu [Quốc hội Lào]`
                inner = self._body_alone(low, sens, i + 3)
                if inner is not None and inner.end == found.end:
                    out.append(Composed(i, i + 3, "", {}))  # no term: a delegation of it
                    found = inner
            if found is not None and found.concept.startswith(_PARTY_ORG) and any(
                    low[max(i - len(w), 0):i] == w for w in _CONGRESS):
                place = self._place_alone(low, sens, i + 2)
                if place is not None and place.end == found.end:
                    out.append(Composed(i, place.start, "", {}))
                    found = place
            if found is not None:
                out.append(found)
                reached = found.end
        return out

    def _title(self, low, sens, i) -> Composed | None:
        """The title at token `i`: a role over the body of every unit (`_plural_title`), else
        the chain of parts that share what is written once after them (`chains.py`), joined
        over two bodies after a committee's roles (`committee_chain`: `Phó Bí thư Tỉnh ủy, Chủ
        tịch UBND tỉnh X`), each title kept as its own part."""
        first = self._part(low, sens, i)
        if first is None:
            return None
        plural = self._plural_title(low, sens, i, first)
        if plural is not None:
            return plural
        if low[i] == JOIN_WORD and i + 1 < len(low):
            # `… tỉnh X kiêm Giám đốc …`: a second title after a complete one starts after its
            # `kiêm` (no annotated span starts with it); inside a chain it joins (`chains.py`)
            return self._title(low, sens, i + 1)
        parts, ends = chain(self._part, self.place_roles, low, sens, first)
        parts, ends, heads = committee_chain(self._part, self.place_roles, low, sens, parts, ends)
        ends[-1] = commune_after(self.places, low, sens, parts[-1], ends[-1])
        ends[-1] = province_after(self.places, low, sens, parts[-1], ends[-1])
        female = holder_is_female(low, sens, i, ends[-1])
        if not heads:
            return self._composed(i, ends[-1], parts, female)
        # joined over two bodies: the heads' titles and the rest's, each as read alone
        starts = [i, *(end + 1 for end in ends[:heads])]
        apart = (*(self._composed(starts[k], ends[k], parts[k:k + 1], female)
                   for k in range(heads)),
                 self._composed(starts[heads], ends[-1], parts[heads:], female))
        whole = self._composed(i, ends[-1], parts, female)
        return Composed(whole.start, whole.end, whole.concept, whole.targets, apart)

    def _composed(self, start: int, end: int, parts: list[Part], female: bool) -> Composed:
        """The title of `parts` over `start:end`, its id from theirs: `kiêm` renders otherwise
        than a comma (`a zároveň`), so the id says it (one id, one rendering: `title_ids`)."""
        concept = "title:" + ",".join(part_id(p) + ("~" if p.join == JOIN_WORD else "")
                                      for p in parts)
        return Composed(start, end, concept, self._rendered.targets(concept, parts, female))

    def _part(self, low, sens, i) -> tuple[Part, int] | None:
        """One title at token `i`: its modifiers, role and complement (the longest), or None."""
        mods, j = [], i
        while True:
            found = self.mods_before.longest(low, sens, j)
            if found is None or (j == i and _entrusted(low, sens, i, found[1])):
                break
            j, mod = found
            mods.append(mod)
        best: tuple[Part, int] | None = None
        lower = j < len(low) and not sens[j][:1].isupper()
        before = sens[i - 1] if i else ""  # the token before the title, as written
        for rend, role in (self.lower_roles if lower else self.roles).matches(low, sens, j):
            if lower and any(sens[x][:1].isupper() for x in range(j + 1, rend)):
                continue  # `chức vụ Trưởng Ban …`: a lower-case word before a capitalised role
            officer = lower and role.id in COMMUNE_OFFICERS  # `công chức tư pháp - hộ tịch`
            if officer and counted_holder(low, i, before):
                continue  # `một công chức tư pháp - hộ tịch`: anyone in the post, no title
            if role.id in LONE_ROLES:  # `già làng`: never with a complement
                if stands_alone(low, sens, i, rend) and (best is None or rend > best[1]):
                    best = (Part(mods=list(mods), role=role), rend)
                continue
            after = self.mods_after.longest(low, sens, rend)
            for k, extra in ((after[0], [after[1]]), (rend, [])) if after else ((rend, []),):
                share = self._share[role.id]
                begin = k - share if share and not extra else k
                comp = self._role_complement(low, sens, role, j, rend, begin, k, lower)
                if comp is not None and officer and comp[0].body is None \
                        and low[k] == _TIER_WORD:
                    comp = None  # `công chức … cấp xã`: the tier outside, the role alone
                if comp is None:  # no complement: not a role that needs its body, nor one in
                    # lower case unless it stands alone (`trưởng thôn`, `tân`…, a count) or `kiêm`
                    # and one in lower case follow, sharing its place (`phó bí thư kiêm chủ tịch
                    # UBND xã`)
                    if role.bodies or lower and role.id not in BARE_LOWER_ROLES and not (
                            holder_without_body(role.id, low, i, before)
                            or k + 1 < len(low) and low[k] == JOIN_WORD
                            and sens[k + 1][:1].islower()) \
                            or extra and extra[0].id in _GOVERNING:
                        continue
                    comp = (Part(), k)
                elif lower and (comp[0].body is None and not comp[0].committee and not (
                        (role.id in self.place_roles or comp[0].level is not None)  # a unit's head
                        and (comp[0].place or comp[0].numeral)
                        or officer and comp[0].level is not None
                        ) or role.bodies and (
                        i > 0 and low[i - 1] in GROUP_WORDS)):
                    continue  # a lower-case role needs its body (`phó chủ tịch UBND`); not a
                    # group (`các đại biểu HĐND`)
                if not role_fits(role, comp[0], low, i):
                    continue
                part, end = comp
                part.mods, part.role = [*mods, *extra, *part.mods], role
                if role.id in FACULTY_ROLES and named_head(part.body) == "faculty":
                    part.role = self._role_ids.get(FACULTY_ROLES[role.id], role)
                if part.body is not None and role.get("en_at"):  # `Trưởng Đại diện UNICEF tại`
                    end = self.tail.at(low, sens, part, end)
                if best is None or end > best[1]:
                    best = (part, end)
        if lower and best is not None and best[0].place is None and not best[0].parents \
                and best[0].role is not None and best[0].role.id in BARE_LOWER_ROLES \
                and is_number(low, best[1]):  # `trưởng thôn 4`: as `Trưởng thôn 4` is read
            again = self._part(low, capitalised(sens, j), j)
            if again is not None and again[1] > best[1]:
                again[0].mods = [*mods, *again[0].mods]
                best = again
        return best

    def _body_alone(self, low, sens, i) -> Composed | None:
        """A body with no role before it (`Đại sứ quán Lào`), in the plural too (`UBND các
        xã`, a listed body's stem: `Thuế các tỉnh`); not a body read only after a role
        (`_TITLED_ONLY`) nor a group named by its work alone."""
        found = self._complement(low, sens, i)
        if found is None:
            listed = self.stems.read(self.levels, low, sens, i)  # `Thuế các tỉnh, thành phố`
            targets = plural_targets(Part(body=listed[0]), listed[1], True) if listed else None
            return None if targets is None else Composed(i, listed[2], "body:" + listed[0].concept
                                                          + plural_id(listed[1][1:]), targets)
        part, end = found
        if (part.body.id if isinstance(part.body, Body) else getattr(part.body, "concept", "")
                ) in _TITLED_ONLY or named_head(part.body) == GROUP and not part.has_level:
            return None  # a group named by its work alone is a model's name (`"Tổ liên gia …"`)
        if part.body is not None and not (part.level or part.place or part.parents
                                          or part.numeral or part.committee):
            plural = self._plural(low, sens, i, part, end)  # `UBND các xã`
            if plural is not None:
                return plural
        if isinstance(part.body, Entry) and not (part.level or part.place or part.parents or part.at
                                                 or part.numeral) \
                and not part.body.concept.startswith(NAMED_PREFIX):
            return None  # the glossary's own match says the same
        concept = "body:" + part_id(part)
        return Composed(i, end, concept, self._rendered.targets(concept, [part], False))

    def _plural(self, low, sens, i, part: Part, end: int) -> Composed | None:
        """A body + `các` + level words: the body of every such unit (`plural_bodies.py`)."""
        found = self._levels_after(low, sens, i, part, end)
        targets = plural_targets(found[0], found[1][0]) if found is not None else None
        if targets is None:
            return None
        (part, (levels, stop)) = found
        one = Part(body=part.body, level=levels[0])
        return Composed(i, stop, "body:" + part_id(one) + plural_id(levels[1:]), targets)

    def _levels_after(self, low, sens, i, part: Part, end: int, picks: bool = False
                      ) -> tuple[Part, tuple[list[Level], int]] | None:
        """`các` + level words after the body read at `i:end`, each allowed for it, with the
        part of the body that takes them; or None (`picks`: see `read_levels`)."""
        found = read_levels(self.levels, low, sens, end, part.body, picks) \
            if end < len(low) else None
        if found is None and low[end:end + 1] == [PLURAL_WORD] and isinstance(part.body, Body):
            # a table body written like another one that takes those levels (`Công an` of a
            # province and of a commune: `Công an các xã, phường`)
            for bend, body in self.bodies.matches(low, sens, i):
                if bend == end and isinstance(body, Body) and body.id != part.body.id:
                    found = read_levels(self.levels, low, sens, end, body, picks)
                    if found is not None:
                        part = Part(body=body)
                        break
        return (part, found) if found is not None else None

    def _plural_title(self, low, sens, i, first: tuple[Part, int]) -> Composed | None:
        """`Chủ tịch UBND các xã`: a role over the body of every unit (`plural_titles.py`)."""
        part, end = first
        if end >= len(low) or low[end] != PLURAL_WORD:
            return None
        # where a table body written like another one starts (`_levels_after`); a body named
        # by its domain has none (`trưởng trạm y tế các xã`)
        start = next((k for k in range(i + 1, end) if (self.bodies.longest(low, sens, k)
                                                       or (None,))[0] == end), end)
        found = plural_title(low, sens, part, end, lambda p, e: self._levels_after(
            low, sens, start, p, e, picks=True))
        return None if found is None else Composed(i, *found)

    def _place_alone(self, low, sens, i) -> Composed | None:
        """A composed place on its own (`PlaceReader.alone`)."""
        found = self.places.alone(low, sens, i)
        return Composed(*found) if found is not None else None
