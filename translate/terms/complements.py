"""Complements of a role in a composed title: the body as written, a diplomat's state after
`nước`, the role's word written again, a body in lower case, a unit's word written again, a place
right after a role (split from `compose.py`, whose parser reads the modifiers and the role first
and mixes these readers in; `body_tail.py` reads what follows the body)."""

from __future__ import annotations

from collections.abc import Sequence

from translate.terms.body_tail import STATE_WORDS
from translate.terms.chains import JOIN_WORD
from translate.terms.model import Entry
from translate.terms.named import FACULTY_HEAD
from translate.terms.role_checks import DEPARTMENT, SCHOOLS, TEAMS, as_written, named_head
from translate.terms.title_starts import UNIT_HEAD
from translate.terms.title_tables import Body
from translate.terms.titles import Part

__all__ = ["ComplementReader", "capitalised"]

# roles whose place is a pagoda or a temple, its place word before its name (`Trụ trì chùa X`)
_WORD_PLACE_ROLES = frozenset({"role.abbot"})
# a diplomat's state in its formal name after `nước` (`Đại sứ Đặc mệnh toàn quyền nước Cộng hòa
# xã hội chủ nghĩa Việt Nam tại X`), round forty
_COUNTRY_WORD, _STATE = "nước", "state.srv"
# Party commissions named like another body (`Ban Dân tộc`: a People's Committee's board;
# `Ủy ban Đối ngoại`: the National Assembly's): theirs only before a Party committee word
# (`Ban Dân tộc Tỉnh ủy X`); alone or before `tỉnh` the other body's
_COMMITTEE_ONLY = frozenset({"body.party_ethnic", "body.party_external_committee"})


def capitalised(sens: Sequence[str], k: int) -> list[str]:
    """The tokens with token k capitalised: a body written in lower case after a lower-case
    role (`hội phụ nữ xã`, `trạm y tế xã`) read as the grammar reads its capitalised form."""
    return [*sens[:k], sens[k][:1].upper() + sens[k][1:], *sens[k + 1:]]


def _nameless(part: Part) -> bool:
    """A table body named after what follows it (`Báo`), read without that name."""
    return isinstance(part.body, Body) and part.body.attach == "name" and part.place is None


class ComplementReader:
    """The complement readers of `compose.TitleComposer` (a mixin: the composer holds the
    tries, the place reader and the body tail they read)."""

    def _role_complement(self, low, sens, role, j: int, rend: int, begin: int, k: int,
                         lower: bool) -> tuple[Part, int] | None:
        """The complement of the role written at `j:rend`, from token `k` (from `begin` where
        the role wrote the body's first word): the body as written; else a diplomat's state in
        its formal name after `nước` (round forty); the role's word written again (`Trưởng ban
        Ban Tổ chức`); a body in lower case; a unit's word written again (`_unit_again`)."""
        comp = self._complement(low, sens, begin, role, shared=begin < k)
        if comp is None and begin == k and role.get("en_at") \
                and low[k:k + 1] == [_COUNTRY_WORD]:  # `Đại sứ nước CHXHCN Việt Nam`
            comp = self._complement(low, sens, k + 1, role)
            comp = comp if comp and getattr(comp[0].body, "concept", "") == _STATE else None
        if comp is None and begin < k < len(low) and low[k] == low[begin]:
            comp = self._complement(low, sens, k, role)  # `Trưởng ban Ban Tổ chức`
        if comp is None and begin == k and (lower or k < len(low) and sens[k][:1].islower()):
            comp = self._lower_body(low, sens, k, role, lower)  # `chủ tịch hội phụ nữ xã`
        if comp is None and begin == k and k < len(low):
            # the unit a `… trưởng` role names, written again in lower case (`Trạm trưởng trạm
            # y tế xã X`)
            written_again = sens[k][:1].islower() and rend - j >= 2 \
                and low[rend - 1] == UNIT_HEAD and low[k] == low[rend - 2]
            # a role written `trưởng` first names the unit's word itself (`Trưởng trạm y tế
            # xã`), also before its capitalised domain (`Trưởng trạm Thủy lợi khu vực X`, round
            # 64)
            head_first = rend - j == 2 and low[j] == UNIT_HEAD
            if written_again or head_first:
                comp = self._unit_again(low, sens, k - (low[j] == UNIT_HEAD), role)
        return comp

    def _unit_again(self, low, sens, k, role) -> tuple[Part, int] | None:
        """`Trạm trưởng trạm y tế xã X`, `phó đội trưởng đội kiểm soát …`: the unit a `… trưởng`
        role names, written again in lower case, is read as its body (`Trạm Y tế`), as is a
        `Trưởng trạm` role's own unit word before a lower-case domain (`Trưởng trạm y tế xã`,
        round 35); only a body named by its domain, never the bare unit word (`tổ trưởng tổ`)."""
        comp = self._complement(low, capitalised(sens, k), k, role)
        return comp if comp is not None and comp[0].body is not None and comp[1] > k + 1 \
            else None

    def _complement(self, low, sens, j, role=None, shared=False) -> tuple[Part, int] | None:
        """Body / committee word / place after a role (or on its own when `role` is None).

        The longest wins; on a tie the table's composition (a table body, a committee word)
        over a glossary body that has its level built in (`UBND huyện`, `Tỉnh ủy`), so that
        a title is named and rendered from its parts the same way wherever it is written, and
        both over a body named by its domain. `shared`: a role wrote the body's first word
        (`Trưởng phòng` + `Phòng Tài chính`)."""
        options: list[tuple[int, int, Part]] = []  # (end, rank, part)
        if shared and j + 1 < len(low):  # the role wrote the body's first word (`Trưởng ban`):
            sens = capitalised(sens, j)  # read it capitalised; `as_written` keeps what may follow
        for bend, body in as_written(self.bodies.matches(low, sens, j), sens, j, shared):
            if role is not None and role.bodies and not (
                    isinstance(body, Body) and body.id in role.bodies):
                continue
            part = Part(body=body)
            end = self.tail.after(low, sens, part, bend, titled=role is not None)
            if isinstance(body, Body) and body.id in _COMMITTEE_ONLY and not part.committee:
                continue
            options.append((end, 1 if isinstance(body, Entry) else 0, part))
        stem = self.stems.named_level(self.places.known, low, sens, j)  # `Thuế TP.HCM`
        if stem is not None:
            options.append((stem[1], 1, stem[0]))
        if self.named is not None and j < len(low) and low[j] in self.named.firsts and (
                role is None or not role.bodies):
            found = self.named.parse(low, sens, j, shared)
            if found is not None:
                bend, entry, alone = found
                part = Part(body=entry)
                end = self.tail.after(low, sens, part, bend, bool(alone), role is not None)
                # `Bộ X` named by its domain is another country's ministry only
                abroad_only = named_head(entry) == "foreign_ministry" and not (
                    part.place is not None and part.place.country)
                if not abroad_only and (
                        not alone or part.place is not None or part.numeral or part.parents
                        or alone == "level" and (part.level is not None or shared and sens[
                            j - 1].istitle() and named_head(entry) in TEAMS)):  # `Trưởng đoàn X`
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
        if part.parents and named_head(part.body) == DEPARTMENT \
                and named_head(part.parents[0].body) in SCHOOLS:
            part.body = self.named.under(part.body, FACULTY_HEAD)  # a school's faculty
        return None if _nameless(part) else (part, end)

    def _lower_body(self, low, sens, j, role, lower: bool = True) -> tuple[Part, int] | None:
        """A body written in lower case after a lower-case role (`chủ tịch hội cựu chiến binh
        xã`, `bí thư chi đoàn`, `giám đốc hợp tác xã`; a named body still needs its name or its
        domain: `chủ tịch hội` alone is a common noun); or, after any role, when `kiêm` and a
        second title follow (`bí thư chi bộ kiêm trưởng thôn X`: the chain's place is written
        there, round thirty-two)."""
        if j >= len(low) or not sens[j][:1].islower() or not sens[j].isalpha():
            return None
        comp = self._complement(low, capitalised(sens, j), j, role)
        if comp is None or comp[0].body is None:
            return None
        end = comp[1]
        if end < len(low) and low[end] == JOIN_WORD:
            return comp
        # after a lower-case role the body alone too (`giám đốc trung tâm giáo dục nghề nghiệp`,
        # `bí thư chi đoàn`, `nhiều giám đốc hợp tác xã`): the sets mark it as the post, round
        # sixty-six (a body that needs its name, `chủ tịch hội`, is still none)
        return comp if lower else None

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
            if part.place is None and low[j:j + 1] and (
                    low[j] in STATE_WORDS or role.id in _WORD_PLACE_ROLES):  # `bang Texas`
                end = self.places.read_after_word(low, sens, part, j)  # (not `cảng`, `sân bay`)
        if part.place is None and not (part.level is not None and _bare_level(sens, end)):
            return None
        if role.get("en_at"):  # a diplomat: where they serve, and that city's country
            end = self.tail.at(low, sens, part, end, country_after=True)
        return part, end


def _bare_level(sens, end: int) -> bool:
    """`Chủ tịch xã cho biết`: a role and its level word alone name the unit's head; not before
    a capitalised word (a name the place reader did not take) or a number."""
    nxt = sens[end] if end < len(sens) else ""
    return not nxt[:1].isupper() and not nxt[:1].isdigit()
