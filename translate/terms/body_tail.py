"""What follows a body inside a composed title or body (split from `compose.py`, whose
parser reads the role and the body first): the level or committee word and the place, a number
(`Quân khu 4`, `khu vực XII`), where a mission or a diplomat serves (`tại` + a place), and a
parent body (`thuộc`/`của` + a body; after a comma, the parent `comma_parents.comma_rule`
allows: a central one for a `Cục`/`Vụ`, a higher army unit, a province's command, the placed or
numbered body over a team, section or board named by its field, a member university's own, the
placed body over a station, a commission's placed Party committee).

`BodyTail` holds the composer's tries and calls back into its complement reader for a parent
body, so both stay one parser without a module over the size limit."""

from __future__ import annotations

from collections.abc import Callable

from translate.terms.comma_parents import army_rank, comma_rule, higher_unit, party_committee
from translate.terms.model import Entry
from translate.terms.named import NAMED_PREFIX
from translate.terms.place_tokens import (
    ROMAN,
    VIETNAM,
    is_foreign,
    is_label,
    is_nation,
    is_number,
    slug,
)
from translate.terms.placenames import PlaceReader
from translate.terms.role_checks import TEAMS, WORKING_GROUPS, named_head
from translate.terms.title_tables import Body
from translate.terms.titles import RESIDENT_MISSIONS, Part, place_rendering
from translate.terms.tokens import TokenTrie, term_tokens

__all__ = ["AT", "NUMBER_WORD", "OF", "STATE_WORDS", "BodyTail"]

AT = "tại"  # `Đại sứ Cuba tại Việt Nam`
# words a state's name starts with, read with the name (`bang Texas`, `Cộng hòa Chile`)
STATE_WORDS = frozenset({"bang", "thủ", "cộng", "vương", "liên", "vùng", "đặc", "tiểu", "khu"})
# a body of one nation based in another: `tại` + the country follows
_BESIDE = ["bên", "cạnh"]  # `Phái đoàn … bên cạnh Liên hợp quốc`
NUMBER_WORD = "số"  # `Đội Quản lý thị trường số 3`
OF = frozenset({"thuộc", "của"})  # before a parent body
_REGION_WORD = "vực"  # `… khu vực`: a regional body, numbered within its province
_INTL = ("intl.", "country.org.")  # concept ids of international organisations
# a body named by its members' nation (`Hội người Việt Nam`, `Ban liên lạc người Việt`) lives
# abroad: `tại` + the foreign country follows as where it is (domain words' ids)
_NATIONALS = ("+nguoi_viet_nam",)
# bodies of two countries, written with both (`Hội Hữu nghị Việt Nam - Lào`, `Ủy ban liên Chính
# phủ Việt Nam - Kazakhstan`)
_PAIRED = ("huu_nghi", "friendship", "intergov_committee")
# high courts and procuracies: `tại` + their seat follows (three seats are listed whole)
_SEATED = frozenset({"court.high", "court.procuracy_high"})
# a number before the level names these (`Ban Chỉ đạo 35 tỉnh`); elsewhere it counts (`UBND 3 xã`)
_NUMBERED = frozenset({"body.steering_level"})
# a country's missions abroad: `tại` + where they serve follows (`Đại sứ quán Việt Nam tại Lào`)
_MISSIONS = frozenset({"intl.embassy", "intl.consulate_general", "intl.consulate",
                       "intl.permanent_mission", "intl.representative_office",
                       "intl.trade_office"})


def _abroad(body, parent: Part) -> bool:
    """The office of an international organisation is somewhere (`Văn phòng WHO tại Việt Nam`,
    `Văn phòng Liên hợp quốc tại Geneva`): `tại` + the place follows."""
    return isinstance(body, Body) and body.id == _OFFICE and isinstance(parent.body, Entry) \
        and parent.body.concept.startswith(_INTL)


_OFFICE = "body.party_office"  # `Văn phòng`
# a newspaper's or news agency's regional office: `tại` + its seat after its parent (unseen27,
# unseen64; round sixty)
_RESIDENT_OFFICE = "resident_office"
_AND, _PLURAL = "và", "các"  # `… và các khu công nghiệp`: a second body of the same head


class BodyTail:
    """The rest of a body after its words: level, place, number, `tại`, parent body."""

    def __init__(self, levels: TokenTrie, committees: TokenTrie, mods_after: TokenTrie,
                 bodies: TokenTrie, places: PlaceReader, parent_firsts: frozenset[str],
                 level_ended: frozenset[str], complement: Callable) -> None:
        self.levels, self.committees, self.mods_after = levels, committees, mods_after
        self.bodies, self.places, self.parent_firsts = bodies, places, parent_firsts
        self.level_ended = level_ended
        self.complement = complement  # the composer's body/committee/place reader

    def at(self, low, sens, part: Part, end: int, country_after: bool = False) -> int:
        """`tại` (`bên cạnh`) + where a diplomat or a mission serves (`… tại Việt Nam`, `… tại
        Liên hợp quốc`: a listed international organisation) into `part.at`; `country_after`
        (a diplomat's title): a city's country after a comma is the title's too (`Tổng Lãnh sự
        Việt Nam tại Khon Kaen, Thái Lan`: one span in unseen59 and unseen60, none split;
        round fifty-eight), the rendering naming the city alone."""
        k = end + 1 if low[end:end + 1] == [AT] else end + 2 if low[end:end + 2] == _BESIDE else 0
        if 0 < k < len(low):
            at, level = Part(), None if self.places.known(low, sens, k) else self.levels.longest(
                low, sens, k)  # `tại Thành phố Đà Nẵng`; not `TP` in `TP.HCM`
            after = self.places.read(low, sens, at, level[0] if level else k, heuristic=True)
            if at.place is None and low[k] in STATE_WORDS:  # `tại Cộng hòa Chile`
                after = self.places.read_after_word(low, sens, at, k)
            org = self.bodies.longest(low, sens, k) if at.place is None else None
            if org is not None and isinstance(org[1], Entry) and org[1].concept.startswith(_INTL):
                at.place, after = place_rendering(" ".join(sens[k:org[0]]), org[1], True), org[0]
            if at.place is not None:
                part.at, end = at.place, after
                if country_after and not is_nation(at.place) and low[after:after + 1] == [","]:
                    country = Part()
                    beyond = self.places.read(low, sens, country, after + 1, heuristic=False)
                    end = beyond if is_nation(country.place) else end
        return end

    def _also(self, low, sens, part: Part, j: int) -> int:
        """`Ban Quản lý Khu kinh tế X [và các khu công nghiệp tỉnh Y]`: after `và các`, a second
        listed body of the same head, written without it, with its own place or level."""
        if j + 2 >= len(low) or low[j] != _AND or low[j + 1] != _PLURAL:
            return j
        head = list(term_tokens(part.body.source))
        for h in range(len(head) - 1, 0, -1):  # the head's words, then the rest as written
            toks = [t.lower() for t in head[:h]] + list(low[j + 1:])
            cased = head[:h] + list(sens[j + 1:])
            for end, body in self.bodies.matches(toks, cased, 0):
                if isinstance(body, Entry) and end > h + 1:
                    also = Part(body=body)
                    stop = self.after(toks, cased, also, end, titled=False, depth=1)
                    if also.place is not None or also.level is not None:
                        part.also = also
                        return stop - h + j + 1
        return j

    def _paired_unit(self, low, sens, part: Part, j: int) -> int:
        """`Hội hữu nghị Việt Nam - Pakistan tỉnh Lâm Đồng`: a friendship body named by its two
        countries (an unlisted pair, `PlaceReader.pair`) and then a level word and its place:
        the pair joins the body's name and the place is the province's (as for a listed pair,
        `Hội hữu nghị Việt Nam - Lào tỉnh X`), round forty-five. A bare level word ends it too
        (`Hội hữu nghị Việt Nam - Ba Lan tỉnh`, the province of the text, as a listed pair
        takes it), round fifty-four."""
        pair, body = part.place, part.body
        level = self.levels.longest(low, sens, j) if j < len(low) else None
        if pair is None or " - " not in pair.source or level is None \
                or not isinstance(body, Entry) or self.committees.longest(low, sens, j):
            return j
        trial = Part(level=level[1])
        end = self.places.read(low, sens, trial, level[0], heuristic=True)
        cs, en = body.target("cs") or "", body.target("en") or ""
        cs_gen = (body.genitive.get("cs") or (cs,))[0]
        part.body = Entry(f"{body.concept}~{slug(pair.source)}", f"{body.source} {pair.source}",
                          targets={"cs": (f"{cs} {pair.cs_gen}",), "en": (f"{pair.en} {en}",)},
                          genitive={"cs": (f"{cs_gen} {pair.cs_gen}",)}, pos=body.pos)
        part.place, part.level = trial.place, level[1]
        return end if trial.place is not None else level[0]

    def _parent_over_level(self, low, sens, j: int, level_end: int) -> bool:
        """Does a parent body named with a capitalised level word start at `j` and run past the
        level word (`Ban Thanh niên nông thôn Tỉnh đoàn X`, read as `… Thành đoàn X` is)? Then
        the word is the parent's, not the level's; a place keeps it (`Huyện Đoàn Hùng`, the
        next word a capital too): unseen59, round fifty-six."""
        if not (sens[j][:1].isupper() and j + 1 < len(sens) and sens[j + 1][:1].islower()
                and low[j] in self.parent_firsts):
            return False
        parent = self.complement(low, sens, j)
        return parent is not None and parent[0].body is not None and parent[1] > level_end

    def after(self, low, sens, part: Part, j: int, keep_first: bool = False,
              titled: bool = True, depth: int = 0) -> int:
        """Read what follows a body ending at `j` into `part`; where the whole ends.
        `titled`: a role precedes; only then are read a modifier before the level (`Đoàn ĐBQH
        chuyên trách tỉnh X`), a group's parent, `thuộc` + a parent, `của` + a team's sender or
        a ministry, and after a comma a commission's Party committee or an army unit's higher
        unit (a body alone takes the other parents after a comma too, round 42); `depth` above
        0 reads no parent body."""
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
                parent = self.complement(low, sens, k) if k < len(low) else None
                if parent is not None and parent[0].body is not None:
                    part.numeral = sens[j] if k > j else part.numeral
                    part.parents.append(parent[0])
                    j = parent[1]
                    if _abroad(body, parent[0]):  # `Văn phòng WHO tại Việt Nam`
                        j = self.at(low, sens, part, j)
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
            committee = self.committees.longest(low, sens, j) if level is not None else None
            if committee is not None and committee[0] > level[0]:
                level = None  # not `tỉnh` cut out of `Tỉnh ủy` (a Party committee word)
            if level is not None and depth == 0 and self._parent_over_level(low, sens, j,
                                                                           level[0]):
                level = None  # nor `Tỉnh` cut out of `Tỉnh đoàn` (a parent body's first word)
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
                    if any(w in body.concept for w in _PAIRED):  # `Việt Nam - Lào`
                        j = self.places.pair(low, sens, part, j)
                        j = self._paired_unit(low, sens, part, j)
                    elif named and part.place is None and not part.numeral:
                        j = self.places.region_name(low, sens, part, j)  # `Viện Lúa ĐBSCL`
                if isinstance(body, Entry) and part.place is not None and depth == 0:
                    j = self._also(low, sens, part, j)  # `… và các khu công nghiệp tỉnh Y`
                if international and body.concept in _MISSIONS and part.place is not None:
                    j = self.at(low, sens, part, j)  # `Đại sứ quán Việt Nam tại Lào`
                elif isinstance(body, Entry) and (body.concept in _SEATED or body.concept in
                                                  RESIDENT_MISSIONS) and not part.place:
                    j = self.at(low, sens, part, j)  # `… cấp cao tại Huế`: an unlisted seat
                elif named and (is_nation(part.place) or part.place is None
                                and body.concept.endswith(_NATIONALS)):
                    # `Hội Doanh nghiệp Việt Nam tại Séc` (`… Hàn Quốc tại Việt Nam`), `Hội
                    # người Việt Nam tại Romania` (its nation, unwritten, is Vietnam)
                    k = self.at(low, sens, part, j)
                    home = part.place.concept if part.place else VIETNAM
                    abroad = part.at and part.at.concept != home and (
                        is_nation(part.at) or is_foreign(part.at.concept))
                    part.at, j = (part.at, k) if abroad else (None, j)
        n = len(low)
        if j < n and ROMAN.fullmatch(sens[j]):
            part.numeral, j = sens[j], j + 1
        elif isinstance(body, Entry) and part.place is None and (
                is_number(low, j) or low[j:j + 1] == [NUMBER_WORD] and is_label(low, j + 1)
                # (`số 5` labels a unit even before a level word: `khu dân cư số 5 phường X`)
                or (keep_first or low[j - 1] == _REGION_WORD)  # a head alone; `khu vực 2
                and self.places.number_then_place(low, sens, j)):  # tỉnh X`: a regional unit
            j += low[j] == NUMBER_WORD  # `Quân khu 4`, `Đội Quản lý thị trường số 3`
            part.numeral, j = sens[j], j + 1
            level = self.levels.longest(low, sens, j) if part.level is None else None
            if level is not None:  # `Thuế cơ sở 2 tỉnh Nghệ An`
                part.level, part.numeral_first = level[1], True
                j = self.places.read(low, sens, part, level[0], heuristic=True)
        dash = j + 1 < n and low[j] == "-" and sens[j + 1][:1].isupper()
        if part.numeral and part.place is None and (dash or j < n and (
                low[j - 2] == "vực" or isinstance(body, Entry) and body.concept.startswith(
                    NAMED_PREFIX)) and self.places.known(low, sens, j)):
            # `TAND khu vực 1 - Quảng Ngãi`, `… 2 Hà Nội`, `Trung tâm Cấp cứu 115 Hải Phòng`
            end = self.places.read(low, sens, part, j + dash, heuristic=True)
            j = end if part.place is not None else j
        if depth == 0:
            j = self._parent(low, sens, part, j, titled)
        if depth == 0 and not part.parents and (part.place or part.numeral) and \
                isinstance(body, Entry) and body.concept.startswith(NAMED_PREFIX):
            j = self.places.where(low, sens, part, j)  # `Trường Mầm non X phường Y`
        return j

    def _parent(self, low, sens, part: Part, j: int, titled: bool) -> int:
        """The parent body after `part`, which ends at token `j`, into `part.parents`:
        `thuộc`/`của` + a body, or after a comma the one `comma_rule` allows (`Cục X, Bộ Y`),
        then an army unit's grandparent (`…, Sư đoàn 330, Quân khu 9`); where the whole ends
        (`j` when no parent follows)."""
        body, n = part.body, len(low)
        group = isinstance(body, Entry) and body.concept.startswith("phrase.")  # `Đoàn giám sát`
        # a group, or a team a body sends (`Trưởng đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy
        # X`): in a title, `của` + its sender named by its level or place (round 43)
        sent = group or named_head(body) in TEAMS
        # (a working group alone takes no `của`: `Tổ công tác của Cơ quan X` is the agency's team)
        alone_group = not titled and named_head(body) in WORKING_GROUPS
        # a body attached to a Party committee (a commission) looks for a parent only in a
        # title, after a comma, written without its committee word (`Trưởng Ban Dân vận, Huyện
        # ủy X`: `party_committee`)
        if j < n and part.parents == [] and (
                not isinstance(body, Body) or body.attach != "committee"
                or titled and low[j] == "," and not part.committee) and (titled or not group):
            k = j + 1 if low[j] in OF and j + 1 < n and (titled or low[j] != "thuộc") else j
            rule = comma_rule(body, titled) if low[j] == "," and j + 1 < n and (
                titled or not army_rank(body)) else None
            # `Cục X, Bộ Y`; `Đội X, Phòng Y`; `Trung đoàn 101, Sư đoàn 325`
            k = j + 1 if rule is not None else k
            # `Trưởng Ban … thuộc Ủy ban Thường vụ …`; a body alone ends before `thuộc`
            parent = self.complement(low, sens, k) if low[k] in self.parent_firsts else None
            if parent is not None and (parent[0].body is not None or low[j] == "thuộc" and (
                    parent[0].committee and parent[0].place is not None)
                    or rule is party_committee and parent[0].committee) and (
                    low[j] != "của" or titled and sent or parent[0].level is None
                    and parent[0].place is None
                    and (titled or low[k] != "bộ") and not alone_group) and (
                    rule is None or rule(low, part, parent, k)):
                # `Vụ Pháp chế | của Bộ Tư pháp` alone; `của` only before a central body
                part.parents.append(parent[0])
                j = parent[1]
                if army_rank(body) and j + 1 < n and low[j] == "," \
                        and low[j + 1] in self.parent_firsts:  # `…, Sư đoàn 330, Quân khu 9`
                    grand = self.complement(low, sens, j + 1)
                    if grand is not None and grand[0].body is not None \
                            and higher_unit(parent[0], grand):
                        parent[0].parents.append(grand[0])
                        j = grand[1]
                if isinstance(body, Entry) and body.concept in _MISSIONS \
                        or named_head(body) == _RESIDENT_OFFICE:  # `… Báo X tại Gia Lai`
                    j = self.at(low, sens, part, j)  # `Cơ quan đại diện Bộ Ngoại giao tại …`
        return j
