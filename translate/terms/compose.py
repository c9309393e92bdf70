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

from translate.terms.chains import JOIN_WORD, SEPARATORS, chain, committee_chain
from translate.terms.model import Entry, Glossary
from translate.terms.named import NAMED_PREFIX, NamedBodies
from translate.terms.placenames import (
    DASH_NAMED,
    PLACE_POS,
    ROMAN,
    PlaceReader,
    is_foreign,
    is_label,
    is_nation,
    is_number,
    slug,
    syllable_pairs,
)
from translate.terms.plural_bodies import (
    PLURAL_WORD,
    LevelStems,
    plural_id,
    plural_targets,
    read_levels,
)
from translate.terms.title_ids import RenderCache, part_id
from translate.terms.title_starts import StartIndex
from translate.terms.titles import (
    Body,
    Part,
    TitleGrammar,
    holder_is_female,
    place_rendering,
)
from translate.terms.tokens import TokenTrie, spellings, term_tokens

__all__ = ["Composed", "TitleComposer", "NAMED_POS", "PLACE_POS"]

NAMED_POS = frozenset({"body", "org"})
_AT = "tại"  # `Đại sứ Cuba tại Việt Nam`
# a body of one nation based in another: `tại` + the country follows
_BESIDE = ["bên", "cạnh"]  # `Phái đoàn … bên cạnh Liên hợp quốc`
_NUMBER_WORD = "số"  # `Đội Quản lý thị trường số 3`
_OF = frozenset({"thuộc", "của"})  # before a parent body
_INTL = ("intl.", "country.org.")  # concept ids of international organisations
# a number before the level names these (`Ban Chỉ đạo 35 tỉnh`); elsewhere it counts (`UBND 3 xã`)
_NUMBERED = frozenset({"body.steering_level"})
# modifiers after a role that need what they govern (`Phó Chủ tịch phụ trách [Sở …]`; not
# `Phó Chủ tịch phụ trách khối văn hóa`: the role alone is the title there)
_GOVERNING = frozenset({"mod.in_charge"})
# first words of roles read in lower case only before their own bodies (`đại biểu HĐND tỉnh`):
# common nouns elsewhere (`Đoàn đại biểu Tỉnh ủy`, `người`)
_NOT_LOWER_ROLES = frozenset({"đại", "người"})
_UNIT_ROLES = frozenset({"role.group_head", "role.village_head"})  # `trưởng thôn Tân Lập`
# a parliament's delegation abroad (`Đoàn đại biểu [Quốc hội Lào]`)
_FOREIGN_DELEGATION = ("body:na_delegation@country.", "body:na_delegation@state.vietnam")
_PLURAL = frozenset({"các", "những", "vị", "mọi"})
_STATE_WORDS = frozenset({"bang", "thủ", "cộng", "vương", "liên", "vùng", "đặc", "tiểu", "khu"})
# a Party organisation in a congress's name: the place only (`Đại hội đại biểu Đảng bộ xã [X]`:
# event names are not bodies, the written rule of the ninth and tenth sets' READMEs)
_CONGRESS, _PARTY_ORG = (["đại", "hội"], ["đại", "hội", "đại", "biểu"]), "body:party_org+"
# bodies read only after a role (`Giám đốc [Cảng hàng không quốc tế Vinh]`); alone, the name
# after the word is a place (`Cảng hàng không quốc tế [Long Thành]`)
_TITLED_ONLY = frozenset({"body.airport_intl", "body.airport"})
# a country's missions abroad: `tại` + where they serve follows (`Đại sứ quán Việt Nam tại Lào`)
_MISSIONS = frozenset({"intl.embassy", "intl.consulate_general", "intl.consulate",
                       "intl.permanent_mission", "intl.representative_office",
                       "intl.trade_office"})


@dataclass(frozen=True)
class Composed:
    """A composed title, body or place: tokens `start`..`end` (exclusive) of the sentence;
    an empty `concept` says that no listed term may cover those tokens."""

    start: int
    end: int
    concept: str
    targets: dict[str, tuple[str, ...]]


def _nameless(part: Part) -> bool:
    """A table body named after what follows it (`Báo`), read without that name."""
    return isinstance(part.body, Body) and part.body.attach == "name" and part.place is None


def _joined(first: Composed, second: tuple) -> Composed:
    """Two places written with a dash between them as one name (`Xuân Hương - Đà Lạt`)."""
    targets = {lang: (f"{first.targets[lang][0]} - {second[3][lang][0]}",)
               for lang in first.targets}
    return Composed(first.start, second[1], "place:" + slug(targets["en"][0]), targets)


def _unit(body) -> bool:
    """A department or division (`Cục`, `Vụ`): always part of a ministry or a general
    department, which news writes after a comma (`Cục trưởng Cục Lãnh sự, Bộ Ngoại giao`)."""
    name = body.source if isinstance(body, Entry) else body.terms[0] if body.terms else ""
    return name.split(" ", 1)[0].lower() in _UNIT_HEADS


_UNIT_HEADS = frozenset({"cục", "vụ"})


def _central(low, part, parent, k: int) -> bool:
    """After a comma only a central parent (`Bộ Ngoại giao`, `Ban Tổ chức Trung ương`) of a
    unit with no place of its own: not a province's body, not a lone `Bộ` of `Bộ trưởng`;
    not an office (`Vụ X, Văn phòng Y`: the sets mark it both ways, one case each)."""
    up = parent[0]
    return parent[1] - k > 1 and up.place is None and low[k] != "văn" and (
        up.level is None and not up.committee or up.level is not None
        and up.level.id == "level.central") and not part.level and part.place is None


class TitleComposer:
    """The title grammar joined with one glossary's named bodies and places."""

    def __init__(self, grammar: TitleGrammar, glossary: Glossary) -> None:
        self.grammar = grammar
        self.roles, self.mods_before, self.mods_after = TokenTrie(), TokenTrie(), TokenTrie()
        # dailies write roles in lower case after a name (`ông A, phó giám đốc Sở Y tế`): a
        # role of two or more words may, when a capitalised body follows it
        self.lower_roles, lower_follow = TokenTrie(), {}
        self.bodies, self.levels, self.committees = TokenTrie(), TokenTrie(), TokenTrie()
        # restricted role rows first, so that they win among equally long matches
        for role in sorted(grammar.roles, key=lambda r: not r.bodies):
            for term in role.terms:
                self.roles.add(term, role, cap_first=True)
                toks = [t.lower() for t in term_tokens(term)]
                if len(toks) > 1 and (toks[0] not in _NOT_LOWER_ROLES or role.bodies):
                    lower_follow.setdefault(toks[0], []).append((term, role, toks[1]))
        for mod in grammar.modifiers:
            for term in () if mod.outside else mod.terms:
                (self.mods_before if mod.before else self.mods_after).add(term, mod)
        for body in grammar.bodies:
            for term in body.terms:
                self.bodies.add(term, body, cap_first=True)
        for level in grammar.levels:
            for term in level.terms:
                self.levels.add(term, level)
            for term in level.committee_terms:
                if term:
                    self.committees.add(term, level)
        for entry in glossary.entries:
            if entry.kind == "term" and entry.pos in NAMED_POS:
                for term in entry.source_terms:
                    if term[:1].isupper():
                        for spelling in spellings(term):  # `Sở GD&ĐT` = `Sở GD-ĐT`
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
                              | {*SEPARATORS, JOIN_WORD, _AT, _NUMBER_WORD, "các", *_OF})
        self.cap_firsts = frozenset(self.roles.firsts | self.bodies.firsts
                                    | self.committees.firsts | named_firsts)
        self.word_firsts = frozenset(self.levels.firsts | self.places.words.firsts
                                     | self.mods_before.firsts | self.places.preps.firsts
                                     | self.places.landmarks.firsts)
        lower_follow = {f: [x for x in rows if f not in self.word_firsts or x[1].id in _UNIT_ROLES]
                        for f, rows in lower_follow.items()}  # not `trở thành ủy viên`; but a
        # unit's own head: `tổ trưởng tổ dân phố 3`
        for term, role, _ in (x for rows in lower_follow.values() for x in rows):
            self.lower_roles.add(term, role)
        prep_firsts = frozenset(self.places.preps.firsts - self.levels.firsts
                                - self.places.words.firsts - self.mods_before.firsts)
        self.index = StartIndex(tries, [self.named.words] if self.named is not None else [],
                                self.cap_firsts, self.word_firsts, prep_firsts, extenders,
                                lower_follow)
        # the matcher's per-token checks, and where a place name ends (`title_starts.py`)
        self.start_info, self.candidate = self.index.start_info, self.index.candidate
        self.places.stops = self.index.starts_something
        self._rendered = RenderCache()
        self.starts = frozenset(self.title_firsts | self.body_firsts | self.place_firsts)

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
        first = self._part(low, sens, i)
        if first is None:
            return None
        parts, ends = chain(self._part, self.place_roles, low, sens, first)
        parts, ends = committee_chain(self._part, self.place_roles, low, sens, parts, ends)
        end = ends[-1]
        female = holder_is_female(low, sens, i, end)
        concept = "title:" + ",".join(part_id(p) for p in parts)
        return Composed(i, end, concept, self._rendered.targets(concept, parts, female))

    def _part(self, low, sens, i) -> tuple[Part, int] | None:
        mods, j = [], i
        while True:
            found = self.mods_before.longest(low, sens, j)
            if found is None:
                break
            j, mod = found
            mods.append(mod)
        best: tuple[Part, int] | None = None
        lower = j < len(low) and not sens[j][:1].isupper()
        for rend, role in (self.lower_roles if lower else self.roles).matches(low, sens, j):
            after = self.mods_after.longest(low, sens, rend)
            for k, extra in ((after[0], [after[1]]), (rend, [])) if after else ((rend, []),):
                share = self._share[role.id]
                begin = k - share if share and not extra else k
                comp = self._complement(low, sens, begin, role, shared=begin < k)
                if comp is None and begin < k < len(low) and low[k] == low[begin]:
                    comp = self._complement(low, sens, k, role)  # `Trưởng ban Ban Tổ chức`
                if comp is None:
                    if role.bodies or lower or extra and extra[0].id in _GOVERNING:
                        continue
                    comp = (Part(), k)
                elif lower and (comp[0].body is None and not comp[0].committee and not (
                        (role.id in self.place_roles or comp[0].level is not None)  # a unit's head
                        and (comp[0].place or comp[0].numeral)) or role.bodies and (
                        i > 0 and low[i - 1] in _PLURAL)):
                    continue  # a lower-case role needs its body (`phó chủ tịch UBND`); not a
                    # group (`các đại biểu HĐND`)
                part, end = comp
                part.mods, part.role = [*mods, *extra, *part.mods], role
                if part.body is not None and role.get("en_at"):  # `Trưởng Đại diện UNICEF tại`
                    end = self._at(low, sens, part, end)
                if best is None or end > best[1]:
                    best = (part, end)
        return best

    def _complement(self, low, sens, j, role=None, shared=False) -> tuple[Part, int] | None:
        """Body / committee word / place after a role (or on its own when `role` is None).

        The longest wins; on a tie the table's composition (a table body, a committee word)
        over a glossary body that has its level built in (`UBND huyện`, `Tỉnh ủy`), so that
        a title is named and rendered from its parts the same way wherever it is written, and
        both over a body named by its domain. `shared`: a role wrote the body's first word
        (`Trưởng phòng` + `Phòng Tài chính`)."""
        options: list[tuple[int, int, Part]] = []  # (end, rank, part)
        for bend, body in self.bodies.matches(low, sens, j):
            if role is not None and role.bodies and not (
                    isinstance(body, Body) and body.id in role.bodies):
                continue
            part = Part(body=body)
            end = self._after_body(low, sens, part, bend, titled=role is not None)
            options.append((end, 1 if isinstance(body, Entry) else 0, part))
        if self.named is not None and j < len(low) and low[j] in self.named.firsts and (
                role is None or not role.bodies):
            found = self.named.parse(low, sens, j, shared)
            if found is not None:
                bend, entry, alone = found
                part = Part(body=entry)
                end = self._after_body(low, sens, part, bend, bool(alone), role is not None)
                if not alone or part.place is not None or part.numeral or part.parents or (
                        alone == "level" and part.level is not None):
                    options.append((end, 2, part))
        if role is None or not role.bodies:
            committee = self.committees.longest(low, sens, j)
            if committee is not None:
                part = Part(level=committee[1], committee=True)
                options.append((self.places.read(low, sens, part, committee[0], heuristic=True),
                                0, part))
        if not options:
            return None if role is None or role.bodies else self._role_place(low, sens, j, role)
        # `Báo`, `Đồn Biên phòng` need their name: without it they lose a tie to a listed
        # body of the same words (`Báo Công an nhân dân`) and are no complement on their own
        end, _, part = min(options, key=lambda o: (-o[0], _nameless(o[2]), o[1]))
        return None if _nameless(part) else (part, end)

    def _role_place(self, low, sens, j, role) -> tuple[Part, int] | None:
        """A place right after a role: `Thủ tướng Lào`, `Đại sứ Cuba tại Việt Nam`,
        `Phó Tỉnh trưởng tỉnh Champasak`, `Trưởng thôn Đông Châu` (a role ending in a level
        word takes any place name)."""
        part = Part()
        level = self.levels.longest(low, sens, j)
        if level is not None:
            part.level = level[1]
            end = self.places.read(low, sens, part, level[0], heuristic=True)
            end = self.places.where(low, sens, part, end) if part.place is not None else end
        else:
            end = self.places.read(low, sens, part, j, heuristic=role.id in self.place_roles)
            if part.place is None and low[j:j + 1] and low[j] in _STATE_WORDS:  # `bang Texas`
                end = self.places.read_after_word(low, sens, part, j)  # (not `cảng`, `sân bay`)
        if part.place is None:
            return None
        return part, self._at(low, sens, part, end) if role.get("en_at") else end  # diplomats

    def _at(self, low, sens, part: Part, end: int) -> int:
        """`tại` (`bên cạnh`) + where a diplomat or a mission serves (`… tại Việt Nam`, `… tại
        Liên hợp quốc`: a listed international organisation) into `part.at`."""
        k = end + 1 if low[end:end + 1] == [_AT] else end + 2 if low[end:end + 2] == _BESIDE else 0
        if 0 < k < len(low):
            at, level = Part(), None if self.places.known(low, sens, k) else self.levels.longest(
                low, sens, k)  # `tại Thành phố Đà Nẵng`; not `TP` in `TP.HCM`
            after = self.places.read(low, sens, at, level[0] if level else k, heuristic=True)
            org = self.bodies.longest(low, sens, k) if at.place is None else None
            if org is not None and isinstance(org[1], Entry) and org[1].concept.startswith(_INTL):
                at.place, after = place_rendering(" ".join(sens[k:org[0]]), org[1], True), org[0]
            if at.place is not None:
                part.at, end = at.place, after
        return end

    def _after_body(self, low, sens, part: Part, j: int, keep_first: bool = False,
                    titled: bool = True, depth: int = 0) -> int:
        body = part.body
        if isinstance(body, Body) and body.attach in ("committee", "both"):
            number = j + 1 < len(low) and is_label(low, j)
            if number and self.committees.longest(low, sens, j + 1) is not None:
                part.numeral, j, number = sens[j], j + 1, False  # `Ban Chỉ đạo 35 Tỉnh ủy`
            found = self.committees.longest(low, sens, j)
            if found is not None and found[1].id in body.levels:
                part.level, part.committee = found[1], True
                j = self.places.read(low, sens, part, found[0], heuristic=True)
            elif depth == 0:  # `Ban Chỉ đạo 35 Quân khu 4`: a number, then the parent body
                k = j + 1 if number and low[j + 1] in self.parent_firsts else j
                parent = self._complement(low, sens, k) if k < len(low) else None
                if parent is not None and parent[0].body is not None:
                    part.numeral = sens[j] if k > j else part.numeral
                    part.parents.append(parent[0])
                    j = parent[1]
        elif isinstance(body, Body) and body.attach in ("fixed", "name"):
            j = self.places.read(low, sens, part, j, heuristic=body.attach == "name"
                                 or body.id in self.level_ended)
            if body.attach == "fixed" and part.place is None:
                j = self.places.level_name(low, sens, part, j)  # `Tỉnh đoàn Thái Bình`
            if body.attach == "name":
                j = self.places.read_after_word(low, sens, part, j)
        else:
            if isinstance(body, Body) and body.id in _NUMBERED and j + 1 < len(low) \
                    and is_label(low, j) \
                    and self.levels.longest(low, sens, j + 1) is not None:
                part.numeral, j = sens[j], j + 1  # `Ban Chỉ đạo 35 tỉnh`
            mod = self.mods_after.longest(low, sens, j) if titled else None
            if mod is not None and self.levels.longest(low, sens, mod[0]) is not None:
                part.mods, j = [mod[1]], mod[0]  # `Đoàn ĐBQH chuyên trách tỉnh Sơn La`
            level = self.levels.longest(low, sens, j)
            known = self.places.known(low, sens, j)
            if known is not None and (level is None or known[0] > level[0]):
                level = None  # `UBND TP.HCM`: the place, not the level word `TP`
            allowed = body.levels if isinstance(body, Body) else None
            if level is not None and (allowed is None or level[1].id in allowed):
                part.level = level[1]
                j = self.places.dash_named(low, sens, part, low[level[0] - 1],
                                     self.places.read(low, sens, part, level[0], heuristic=True))
            else:
                named = isinstance(body, Entry) and body.concept.startswith(NAMED_PREFIX)
                # no place name follows an international body (`Tổng Thư ký ASEAN Kao Kim Hourn`)
                international = isinstance(body, Entry) and body.concept.startswith(_INTL)
                j = self.places.read(low, sens, part, j,
                                     heuristic=isinstance(body, Entry) and not international,
                                     keep_first=keep_first, dashed=named, bare=not named)
                if isinstance(body, Entry):  # `Chi cục Hải quan cửa khẩu quốc tế Cầu Treo`
                    j = self.places.read_after_word(low, sens, part, j)
                    if "huu_nghi" in body.concept or "friendship" in body.concept:
                        j = self.places.pair(low, sens, part, j)
                if international and body.concept in _MISSIONS and part.place is not None:
                    j = self._at(low, sens, part, j)  # `Đại sứ quán Việt Nam tại Lào`
                elif named and is_nation(part.place):  # `Hội Doanh nghiệp Việt Nam tại Séc`
                    k = self._at(low, sens, part, j)  # (`… Hàn Quốc tại Việt Nam`)
                    abroad = part.at and part.at.concept != part.place.concept and (
                        is_nation(part.at) or is_foreign(part.at.concept))
                    part.at, j = (part.at, k) if abroad else (None, j)
        n = len(low)
        if j < n and ROMAN.fullmatch(sens[j]):
            part.numeral, j = sens[j], j + 1
        elif isinstance(body, Entry) and part.place is None and (
                is_number(low, j) or low[j:j + 1] == [_NUMBER_WORD] and is_label(low, j + 1)
                # (`số 5` labels a unit even before a level word: `khu dân cư số 5 phường X`)
                or keep_first and self.places.number_then_place(low, sens, j)):  # a head alone
            j += low[j] == _NUMBER_WORD  # `Quân khu 4`, `Đội Quản lý thị trường số 3`
            part.numeral, j = sens[j], j + 1
            level = self.levels.longest(low, sens, j) if part.level is None else None
            if level is not None:  # `Thuế cơ sở 2 tỉnh Nghệ An`
                part.level, part.numeral_first = level[1], True
                j = self.places.read(low, sens, part, level[0], heuristic=True)
        dash = j + 1 < n and low[j] == "-" and sens[j + 1][:1].isupper()
        if part.numeral and part.place is None and (dash or j < n and low[j - 2] == "vực" and self
                .places.known(low, sens, j)):  # `TAND khu vực 1 - Quảng Ngãi`, `… 2 Hà Nội`
            end = self.places.read(low, sens, part, j + dash, heuristic=True)
            j = end if part.place is not None else j
        group = isinstance(body, Entry) and body.concept.startswith("phrase.")  # `Đoàn giám sát`
        if depth == 0 and j < n and part.parents == [] and (
                not isinstance(body, Body) or body.attach != "committee") and (titled or not group):
            k = j + 1 if low[j] in _OF and j + 1 < n and (titled or low[j] != "thuộc") else j
            comma = titled and low[j] == "," and j + 1 < n and _unit(body)  # `Cục X, Bộ Y`
            k = j + 1 if comma else k
            # `Trưởng Ban … thuộc Ủy ban Thường vụ …`; a body alone ends before `thuộc`
            parent = self._complement(low, sens, k) if low[k] in self.parent_firsts else None
            if parent is not None and (parent[0].body is not None or low[j] == "thuộc" and (
                    parent[0].committee and parent[0].place is not None)) and (
                    low[j] != "của" or titled and group or parent[0].level is None
                    and parent[0].place is None
                    and (titled or low[k] != "bộ")) and (
                    not comma or _central(low, part, parent, k)):
                # `Vụ Pháp chế | của Bộ Tư pháp` alone; `của` only before a central body
                part.parents.append(parent[0])
                j = parent[1]
                if isinstance(body, Entry) and body.concept in _MISSIONS:
                    j = self._at(low, sens, part, j)  # `Cơ quan đại diện Bộ Ngoại giao tại …`
        if depth == 0 and not part.parents and (part.place or part.numeral) and \
                isinstance(body, Entry) and body.concept.startswith(NAMED_PREFIX):
            j = self.places.where(low, sens, part, j)  # `Trường Mầm non X phường Y`
        return j

    def _body_alone(self, low, sens, i) -> Composed | None:
        found = self._complement(low, sens, i)
        if found is None:
            listed = self.stems.read(self.levels, low, sens, i)  # `Thuế các tỉnh, thành phố`
            targets = plural_targets(Part(body=listed[0]), listed[1], True) if listed else None
            return None if targets is None else Composed(i, listed[2], "body:" + listed[0].concept
                                                          + plural_id(listed[1][1:]), targets)
        part, end = found
        if isinstance(part.body, Body) and part.body.id in _TITLED_ONLY:
            return None
        if part.body is not None and not (part.level or part.place or part.parents
                                          or part.numeral or part.committee):
            plural = self._plural(low, sens, i, part, end)  # `UBND các xã`
            if plural is not None:
                return plural
        if isinstance(part.body, Entry) and not (part.level or part.place or part.parents
                                                 or part.numeral) \
                and not part.body.concept.startswith(NAMED_PREFIX):
            return None  # the glossary's own match says the same
        concept = "body:" + part_id(part)
        return Composed(i, end, concept, self._rendered.targets(concept, [part], False))

    def _plural(self, low, sens, i, part: Part, end: int) -> Composed | None:
        """A body + `các` + level words: the body of every such unit (`plural_bodies.py`)."""
        found = read_levels(self.levels, low, sens, end, part.body) if end < len(low) else None
        if found is None and low[end:end + 1] == [PLURAL_WORD] and isinstance(part.body, Body):
            # a table body written like another one that takes those levels (`Công an` of a
            # province and of a commune: `Công an các xã, phường`)
            for bend, body in self.bodies.matches(low, sens, i):
                if bend == end and isinstance(body, Body) and body.id != part.body.id:
                    found = read_levels(self.levels, low, sens, end, body)
                    if found is not None:
                        part = Part(body=body)
                        break
        targets = plural_targets(part, found[0]) if found is not None else None
        if targets is None:
            return None
        one = Part(body=part.body, level=found[0][0])
        return Composed(i, found[1], "body:" + part_id(one) + plural_id(found[0][1:]), targets)

    def _place_alone(self, low, sens, i) -> Composed | None:
        found = self.places.alone(low, sens, i)
        return Composed(*found) if found is not None else None
