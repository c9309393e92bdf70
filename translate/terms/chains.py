"""Coordinated titles: which parts of a chain share the body, level or place written once
after the last of them (split from `compose.py`, whose parser reads the parts).

    `Giám đốc, Phó Giám đốc Sở Y tế`              roles before a body share it
    `Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy`   bodies before a committee share it
    `Trưởng thôn, Bí thư Chi bộ thôn X`            a role named by its level shares the place
    `Tổng Bí thư, Chủ tịch nước Lào`               a foreign leader's offices share the country
    `Bí thư Huyện ủy, Chủ tịch HĐND, Chủ tịch UBND huyện X`   one span (the sets' written rule)
    `Chủ tịch, Phó Chủ tịch và Ủy viên UBND tỉnh X`  `và` ends a list begun with commas
    `Chủ tịch, các Phó Chủ tịch và Ủy viên UBND xã X`  a role in the plural inside the list
    `Giám đốc và Phó Giám đốc Sở X`                a role and its deputy's share the body
    `Bí thư Đảng ủy, Chủ tịch HĐND xã X`           one span, like `Phó Bí thư Đảng ủy, Chủ
                                                   tịch UBND xã X` (the sets' majority by 22)
    `Phó Chủ tịch HĐND, Phó Chủ tịch UBND tỉnh X`  two titles: the council before a provincial
                                                   committee is a title of its own

A part that is complete on its own (`Phó Bí thư Tỉnh ủy`, `Chủ tịch nước`) ends the chain;
what a chain shares is decided here, how each part is read is `compose.TitleComposer._part`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translate.terms.model import Entry
from translate.terms.named import NAMED_PREFIX
from translate.terms.place_tokens import name_level
from translate.terms.title_tables import PARTY_COMMITTEE, Body
from translate.terms.titles import Part

__all__ = ["SEPARATORS", "JOIN_WORD", "chain", "committee_chain", "elliptical"]

SEPARATORS = (",", "-")
JOIN_WORD = "kiêm"
# the last item of a list of roles begun with commas (`Giám đốc, Phó Giám đốc và Kế toán
# trưởng Trung tâm …`); a single `và` joins two titles, not two roles (`Bí thư và Chủ tịch`)
LIST_END = "và"
# a role named in the plural inside a list (`Chủ tịch, các Phó Chủ tịch và Ủy viên UBND xã X`)
_PLURAL = frozenset({"các", "những"})
# listed bodies that are an organ of a body named after them (they share it in a chain)
_ORGANS = frozenset({"party.executive_committee"})
# the council is complete without its level before a provincial committee (`Phó Chủ tịch HĐND,
# Phó Chủ tịch UBND tỉnh X`: two titles in the ninth and tenth sets; `Chủ tịch HĐND, Chủ tịch
# UBND xã X` is one in every set). A Party committee named without its level shares it since
# round twenty-two: `Bí thư Đảng ủy, Chủ tịch HĐND xã X` is one span in 12 of the 18 cases
# over the 22 sets (test, unseen3-7, unseen17-21; two titles in unseen10-14), in 11 sets of 16,
# as `Phó Bí thư Đảng ủy, Chủ tịch UBND xã X` already was in every set
_COUNCIL, _PROVINCIAL = "body.council", frozenset({"level.province", "level.city"})
# … but not before a role of one of the council's own committees (`Phó Chủ tịch HĐND, Trưởng Ban
# Pháp chế HĐND tỉnh X`): one span in both cases over the 25 sets (round twenty-five)
_COUNCIL_ORGAN = "body.council_"
# a Deputy Prime Minister who is also a minister: one span (`Phó Thủ tướng, Bộ trưởng Bộ Tài
# chính`), the written rule of the tenth and eleventh sets' READMEs
_DEPUTY_PM, _MINISTER = frozenset({"role.deputy_pm", "role.permanent_deputy_pm"}), "role.minister"
# a company board's chair before a role of a company named once after both (`Chủ tịch HĐQT kiêm
# Tổng Giám đốc Công ty X`, `Chủ tịch HĐTV, Tổng Giám đốc Tập đoàn X`): one span in both cases
# over the 23 sets (round twenty-three); the board is the company's, written once
_COMPANY_CHAIRS = frozenset({"role.board_chair", "role.members_council_chair"})
# a provincial department named without its province before a role of a body of that province
# (`Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh X`): one span in both cases
# over the 24 sets (round twenty-four; none split); the province is written once, after both
_PROVINCE_DEPT = "dept.prov."
# two departments the glossary files under their local ids (`Sở Công Thương`, `Sở Kế hoạch và
# Đầu tư`), read as such since round forty-five: a listed `local.` body written `Sở …`
_LOCAL, _DEPT_WORD = "local.", "sở "
# … and so is a department's role before a role of one of the province's branch departments or
# of a board its People's Committee heads (`Phó Giám đốc Sở …, Chi cục trưởng Chi cục Kiểm lâm
# tỉnh X`, `Giám đốc Sở …, Phó Trưởng Ban Chỉ đạo 389 tỉnh X`: one span in unseen54 and unseen55,
# none split), round fifty-three
_BRANCH = "chi cục "
# so is the province's People's Committee named with its level alone (`Chủ tịch UBND tỉnh,
# Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh X`): one span in 4 of the 5 cases over the 25 sets
# (unseen23-25; two titles in unseen8), round twenty-five
_PC = "body.pc"
# … and before a steering committee named by its number instead of its domain (`Phó Chủ tịch
# UBND tỉnh, Trưởng Ban Chỉ đạo 389 tỉnh X`): one span in unseen28 and unseen35, none split;
# not before the province's police or another department (`Ủy viên UBND tỉnh, Giám đốc Công an
# tỉnh X`: two titles), round thirty-five; and before the province's military service council,
# which its People's Committee chairs (`Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Hội đồng nghĩa vụ
# quân sự tỉnh X`): one span in both cases of unseen36, none split, round thirty-six; since round
# thirty-eight at any level (`Chủ tịch UBND xã, Chủ tịch Hội đồng nghĩa vụ quân sự xã X`: one span
# in unseen37; no chain of a district's or a commune's split over the 38 sets); and, since round
# thirty-nine, before its committee for the advancement of women, which one of its vice-chairs
# heads. A committee's role with its place written before a board's with the level alone (`Phó
# Chủ tịch UBND tỉnh X, Trưởng Ban Chỉ đạo … tỉnh`) stays two titles: split in unseen twice,
# joined in unseen23 and unseen39
_PC_BOARDS = frozenset({"body.steering_level", "body.military_service_council",
                        "body.women_advancement"})

# a role in a Party committee named by its level alone before one title of a body of that level
# whose place is written (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X`, `Tỉnh ủy viên, Giám đốc
# Sở … tỉnh X`, `Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban … Thành ủy X`): one span since round
# twenty-nine. Recount over the 30 development files: 95 joined, 75 split; every set from
# unseen16 to unseen29 joins (95 of 95), the older ones mostly split (72 of 78 split)
# (its standing board's role since then; any of its commissions' since round thirty-six)
_COMMISSION = "committee"  # the attachment of a body that is an organ of a Party committee
_MEMBER_LEVELS = {"role.provincial_committee_member": "level.province",
                  "role.city_committee_member": "level.city",
                  "role.district_committee_member": "level.district",
                  "role.urban_district_committee_member": "level.urban_district",
                  "role.town_committee_member": "level.town"}

# the Youth Union's committee named by its level (`Phó Bí thư Thường trực Tỉnh đoàn, Chủ tịch Hội
# Liên hiệp Thanh niên Việt Nam tỉnh X`: one span, like the Party's; round thirty)
# It holds its level (`Tỉnh đoàn X`) for a Party committee's role before it (`Thành ủy viên, Bí
# thư Thành đoàn X`: one span in unseen39, none split over the 39 sets), not for the Front's
# (`Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn X`: split in test, unseen4 and
# unseen5, joined in unseen26 and unseen39), round thirty-nine (`_level_id`)
_YOUTH_LEVELS = {"body.youth_province": "level.province", "body.youth_city": "level.city",
                 "body.youth_district": "level.district",
                 "body.youth_urban_district": "level.urban_district"}

# the Front's committee named by its level alone before a mass organisation's title of that level
# (`Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh X`): one span (round thirty)
# and so is the labour federation's before a title of its level whose place is written (`Phó Chủ
# tịch Liên đoàn Lao động tỉnh, Chủ tịch Công đoàn Khu kinh tế tỉnh X`, a union it heads: one span
# in unseen37, none split over the 37 sets), round thirty-seven
_FRONT_BODIES = frozenset({"body.vff", "body.labour_federation"})
# a member of a Party executive committee named by its level alone (`Ủy viên BCH Đảng bộ tỉnh`)
# is a Party committee's role too (see `_MEMBER_LEVELS`); and a province's or a city's joins a
# title of a commune or a ward whose place is written (`Tỉnh ủy viên, Bí thư Đảng ủy xã X`, `Ủy
# viên BCH Đảng bộ tỉnh, Bí thư Đảng ủy, Chủ tịch HĐND phường Y`): one span in every case of
# unseen19-31 (16 of 16), split in the older sets; a district's title stays apart (none joined
# in the newer sets), round thirty-one
_PARTY_EXEC = "body.party_exec"
_COMMUNES = frozenset({"level.commune", "level.ward", "level.township"})
_BELOW = {"level.province": frozenset({"level.province", *_COMMUNES}),
          "level.city": frozenset({"level.city", *_COMMUNES})}

# a role of the Party committee of a body named by its level alone before a role of that body
# whose place is written (`Bí thư Đảng ủy Công an tỉnh, Giám đốc Công an tỉnh X`, `Bí thư Đảng ủy
# Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh X`): one span after a Party committee's
# role (`Ủy viên Ban Thường vụ Tỉnh ủy, …`: unseen44 and unseen45, none split), two titles at
# the start of a title (unseen5 and unseen6 twice each, none joined): round forty-four; the
# committee's body is `title_tables.PARTY_COMMITTEE`, which the parents after a comma ask for too

# a member of a Party committee with no level (`Đảng ủy viên`) before a title that writes a Party
# committee with its place (`Đảng ủy viên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã X`: the committee
# it is a member of): one span in unseen66 and unseen67, none split; before a title of another
# body (`Đảng ủy viên, Phó Chủ tịch UBND xã X`: split in own-b8; `…, Phó Tư lệnh Quân khu 4`:
# joined in unseen23, a body whose committee is not written) two titles, round sixty-three
_PARTY_MEMBER = "role.party_committee_member"
_MILITARY_PARTY = {"body.military_party_committee": frozenset({"body.military_command",
                                                               "body.military_command_local"})}

# any other body named by its level alone before a role of another body of that level whose
# place is written (`Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Khuyến học tỉnh X`, `Phó Chỉ huy trưởng
# Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng ban … Ban Chỉ đạo 515 tỉnh X`): one span in unseen52 (1) and
# unseen53 (3), none split over the 53 sets but the rules kept above (a Party committee of the
# military at the start, the People's Committee before the police, any role before a provincial
# department with its own province: two titles), round fifty
_POLICE = "body.police_"

_TOP_LEVELS = frozenset({"level.province", "level.city"})  # see `_top_place`

# a listed body whose name ends with its level word, the place written after it (round 35)
_ENTRY_LEVELS = ((" tỉnh", "level.province"), (" thành phố", "level.city"))

ReadPart = Callable[[Sequence[str], Sequence[str], int], "tuple[Part, int] | None"]


def elliptical(p: Part) -> bool:
    """A part that shares the body or level written once after the next part."""
    if p.role is not None and p.body is None and p.level is None and p.place is None:
        return not p.role.complete
    if isinstance(p.body, Entry):  # `Ủy viên Ban Chấp hành, Trưởng Ban … Tỉnh đoàn`
        return p.body.concept in _ORGANS and not (p.has_level or p.parents)
    # `Ủy viên Ban Thường vụ Đảng ủy, Trưởng phòng … xã X`: a bare parent shares it too
    return isinstance(p.body, Body) and p.body.attach != "fixed" and not (
        p.level or p.place or not all(map(elliptical, p.parents)))


def _bare(p: Part) -> bool:
    """A part with no body, level, place or committee word: a role written alone (`Tỉnh ủy
    viên`)."""
    return p.body is None and p.level is None and p.place is None and not p.committee


def _complete(prev: Part, nxt: Part) -> bool:
    """A role of the council named without its level, a title of its own before a provincial
    committee's role (see `_COUNCIL`). Named by its level alone it is not complete on its own:
    it shares the place written after the next role of another provincial body (`Chủ tịch HĐND
    tỉnh, Trưởng Đoàn ĐBQH tỉnh X`: one span in unseen26, unseen52, unseen58 and own-b69, none
    split; round fifty-five), except before the People's Committee's role, where the rule
    above keeps two titles (no case in the sets)."""
    body = prev.body
    if prev.role is None or not isinstance(body, Body) or prev.parents or nxt.role is None \
            or nxt.body is None or nxt.body == body:
        return False
    if prev.level is not None and not (isinstance(nxt.body, Body) and nxt.body.id == _PC):
        return False
    return body.id == _COUNCIL and nxt.level is not None and nxt.level.id in _PROVINCIAL \
        and not (isinstance(nxt.body, Body) and nxt.body.id.startswith(_COUNCIL_ORGAN))


def _department(prev: Part, nxt: Part) -> bool:
    """A role of a provincial department with no province of its own before a role of a
    board or centre of the province named by its domain, whose province is written (see
    `_PROVINCE_DEPT`), or of a branch department or a board of the province's People's
    Committee (see `_BRANCH`); not before the province's People's Committee or Council (no
    case)."""
    return prev.role is not None and _is_department(prev) \
        and not (prev.has_level or prev.place or prev.parents) \
        and nxt.role is not None and not nxt.committee and (
            _province_board(nxt)
            or isinstance(nxt.body, Entry) and nxt.body.source.lower().startswith(_BRANCH)) \
        and nxt.level is not None and nxt.level.id in _PROVINCIAL and nxt.place is not None


def _province_chair(prev: Part, nxt: Part) -> bool:
    """A role of a People's Committee named by its level alone before a role of a board of that
    level named by its domain, or of a board the committee chairs or heads (`_PC_BOARDS`: a
    numbered steering committee, the military service council, the committee for the
    advancement of women), whose place is written (see `_PC`)."""
    return prev.role is not None and isinstance(prev.body, Body) and prev.body.id == _PC \
        and prev.level is not None \
        and not (prev.place or prev.parents or prev.committee) \
        and nxt.role is not None and not nxt.committee and _province_board(nxt) \
        and nxt.place is not None and _written_level(nxt) == prev.level.id


def _province_board(p: Part) -> bool:
    """A board or centre named by its domain (a `named.` body), or a board the People's
    Committee chairs or heads (`_PC_BOARDS`): what a department's role (`_department`) and the
    committee's (`_province_chair`) share the place of when it is written after it."""
    return isinstance(p.body, Entry) and p.body.concept.startswith(NAMED_PREFIX) \
        or isinstance(p.body, Body) and p.body.id in _PC_BOARDS


def _written_level(p: Part) -> str | None:
    """The level a part writes: its level word, else the level its place's name holds (`TP.HCM`,
    `Thành phố Hồ Chí Minh`: the city level; see `name_level`). A People's Committee's or another
    body's role named by the city level alone shares such a city written after the next role
    (`Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo … TP.HCM`: one span in unseen54 and the
    own batches b66 and b67, none split), round fifty-three."""
    if p.level is not None:
        return p.level.id
    return name_level(p.place.source) if p.place is not None else None


def _council_committee(prev: Part, nxt: Part) -> bool:
    """A role of the council named by its level alone before a role of one of the council's
    committees of that level whose place is written (`Phó Chủ tịch HĐND tỉnh, Trưởng Ban Kinh tế
    - Ngân sách HĐND tỉnh X`: one span in unseen45, none split over the 45 sets), as without the
    level (`_COUNCIL_ORGAN`), round forty-four; and so is a role of a delegation the council
    sends, the council written after it (`Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát HĐND tỉnh
    X`: one span in unseen61, none split), round fifty-seven."""
    if prev.role is None or not isinstance(prev.body, Body) or prev.body.id != _COUNCIL \
            or prev.level is None or prev.place or prev.parents or prev.committee \
            or nxt.role is None or nxt.committee:
        return False
    if len(nxt.parents) == 1 and isinstance(nxt.body, Entry) and nxt.place is None \
            and nxt.level is None:  # the delegation, then the council that sends it
        own = nxt.parents[0]
        return isinstance(own.body, Body) and own.body.id == _COUNCIL and own.level == prev.level \
            and own.place is not None and not (own.parents or own.committee)
    return isinstance(nxt.body, Body) and nxt.body.id.startswith(_COUNCIL_ORGAN) \
        and nxt.level == prev.level and nxt.place is not None


def _same_level(prev: Part, nxt: Part) -> bool:
    """A role of a body named by its level alone before a role of another body of that level
    whose place is written (`Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Khuyến học tỉnh X`, `Trưởng
    Công an xã, Phó Chỉ huy trưởng Ban Chỉ huy phòng thủ dân sự xã X`; see `_POLICE`)."""
    if prev.role is None or prev.body is None or prev.level is None \
            or prev.place or prev.parents or prev.committee \
            or nxt.role is None or nxt.body is None or nxt.committee \
            or nxt.place is None or _written_level(nxt) != prev.level.id:
        return False
    prev_id = prev.body.id if isinstance(prev.body, Body) else ""
    nxt_id = nxt.body.id if isinstance(nxt.body, Body) else ""
    # (the Front's and the labour federation's roles are `committee_chain`'s: two titles in one)
    return prev_id not in _MILITARY_PARTY and prev_id not in _FRONT_BODIES and not (
        prev_id == _PC and nxt_id.startswith(_POLICE)) and not _is_department(nxt)


def _is_department(p: Part) -> bool:
    """A provincial department (`Sở Xây dựng`), listed as such or under a local id."""
    return isinstance(p.body, Entry) and (
        p.body.concept.startswith(_PROVINCE_DEPT)
        or p.body.concept.startswith(_LOCAL) and p.body.source.lower().startswith(_DEPT_WORD))


def _party_of_body(prev: Part, nxt: Part) -> bool:
    """A role of the Party committee of a body named by its level alone before a role of that
    body whose place is written (see `PARTY_COMMITTEE`)."""
    if prev.role is None or not isinstance(prev.body, Body) or prev.place is not None \
            or prev.committee or nxt.role is None or not isinstance(nxt.body, Body) \
            or nxt.place is None or nxt.parents or nxt.committee:
        return False
    if prev.body.id == PARTY_COMMITTEE and len(prev.parents) == 1:
        own = prev.parents[0]
        return prev.level is None and isinstance(own.body, Body) and own.level is not None \
            and not (own.place or own.parents or own.committee) \
            and nxt.body.id == own.body.id and nxt.level == own.level
    return nxt.body.id in _MILITARY_PARTY.get(prev.body.id, ()) and not prev.parents \
        and prev.level is not None and nxt.level == prev.level


def _shares(prev: Part, nxt: Part, place_roles: frozenset[str], party_of_body: bool = False
            ) -> bool:
    """Does `prev` share what the next part writes after it? (`party_of_body`: after a Party
    committee's role, see `PARTY_COMMITTEE`)"""
    if _complete(prev, nxt):
        return False
    if _department(prev, nxt) or _province_chair(prev, nxt) or _council_committee(prev, nxt) \
            or _same_level(prev, nxt) or party_of_body and _party_of_body(prev, nxt):
        return True
    if elliptical(prev) and not (prev.parents and nxt.committee):
        # (a bare parent is not shared when the next part writes its committee again:
        # `Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã X`)
        return True
    if prev.role is None or not _bare(prev):
        return False
    if prev.role.id in place_roles:  # `Trưởng thôn, Trưởng Ban … thôn X`
        return True
    if prev.role.id == _PARTY_MEMBER:  # the committee it is a member of, written next
        return _writes_party_committee(nxt)
    if prev.role.id in _DEPUTY_PM and nxt.role is not None and nxt.role.id == _MINISTER:
        return nxt.body is not None
    if prev.role.id in _COMPANY_CHAIRS:
        return nxt.role is not None and nxt.body is not None and nxt.level is None \
            and not nxt.committee
    # `Tổng Bí thư, Chủ tịch nước Lào`: offices complete at home, of the country named after
    return bool(prev.role.complete and nxt.role is not None and nxt.role.complete
                and nxt.body is None and nxt.place is not None and nxt.place.country
                and nxt.at is None)


def _writes_party_committee(p: Part) -> bool:
    """A title of a placed Party committee or of a body of it (`Bí thư Đảng ủy xã X`, `Chủ
    nhiệm Ủy ban Kiểm tra Đảng ủy phường X`, `Trưởng Ban Tuyên giáo Đảng ủy xã X`)."""
    if p.role is None:
        return False
    if p.committee or isinstance(p.body, Body) and p.body.id == PARTY_COMMITTEE:
        return p.place is not None
    return any(isinstance(q.body, Body) and q.body.id == PARTY_COMMITTEE and q.place is not None
               for q in p.parents)


def _deputy(last: Part, nxt: Part) -> bool:
    """`Chủ tịch và Phó Chủ tịch UBND xã X`: a bare role and its deputy's role over a body
    written once share it (one span in all 4 cases over the sets, none split: round
    fifty-eight); any other two roles joined by a single `và` stay two titles, and so do the
    deputies in the plural (`Giám đốc và các Phó Giám đốc của Sở X`: apart in unseen3)."""
    return last.role is not None and nxt.role is not None and not last.mods \
        and _bare(last) and (nxt.body is not None or nxt.has_level) \
        and any(t.lower() == "phó " + r.lower() for t in nxt.role.terms for r in last.role.terms)


def _same_role(last: Part, nxt: Part) -> bool:
    """`Thủ tướng, Thủ tướng Nhật Bản`: the same role twice is two people, no shared body."""
    return last.role is not None and nxt.role is last.role and nxt.mods == last.mods \
        and _bare(last)


def chain(read: ReadPart, place_roles: frozenset[str], low: Sequence[str],
          sens: Sequence[str], first: tuple[Part, int], party_of_body: bool = False
          ) -> tuple[list[Part], list[int]]:
    """The parts from `first` on that share a body or place written once after them
    (`party_of_body`: the chain follows a Party committee's role, `committee_chain`)."""
    parts, ends = [first[0]], [first[1]]
    while ends[-1] < len(low) - 1:
        sep = low[ends[-1]]
        deputy = sep == LIST_END and len(parts) == 1  # `Giám đốc và Phó Giám đốc Sở X`
        if sep not in SEPARATORS and sep != JOIN_WORD and not deputy and not (
                sep == LIST_END and len(parts) > 1 and parts[-2].join == ","):
            break
        k = ends[-1] + 1
        plural = low[k] in _PLURAL and k + 1 < len(low)  # `Chủ tịch, các Phó Chủ tịch và …`
        nxt = read(low, sens, k + plural)
        if nxt is not None and plural:
            nxt[0].plural = True
        if nxt is None or deputy and (plural or not _deputy(parts[-1], nxt[0])) \
                or plural and nxt[0].role is None or not _shares(
                parts[-1], nxt[0], place_roles, party_of_body) or _same_role(parts[-1], nxt[0]):
            break
        parts[-1].join = sep
        parts.append(nxt[0])
        ends.append(nxt[1])
    # a last part still waiting for its committee or level is no part of the chain, unless
    # only roles came before it (`Cục trưởng, Phó Cục trưởng Cục Hải quan`: the body is theirs)
    while len(parts) > 1 and elliptical(parts[-1]) and not (
            parts[-1].body is not None and all(p.role is not None and _bare(p)
                                               for p in parts[:-1])):
        parts.pop()
        ends.pop()
    parts[-1].join = ""
    return parts, ends


def committee_chain(read: ReadPart, place_roles: frozenset[str], low: Sequence[str],
                    sens: Sequence[str], parts: list[Part], ends: list[int]
                    ) -> tuple[list[Part], list[int], int]:
    """`Bí thư Huyện ủy, Chủ tịch HĐND, Chủ tịch UBND huyện X`: a role in the bare committee
    before a title (or a coordinated chain) of its own level whose place is written is one span
    (unseen5's and unseen6's rules; since round thirty every single title too, the lead's
    ruling). Several such roles may come first (`Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ
    chức Tỉnh ủy, Chủ tịch HĐND tỉnh X`). Returns the parts, their ends and how many of them
    are such titles of their own (0: not joined)."""
    level = _committee_level(parts[0]) if len(parts) == 1 else None
    if level is None:
        return parts, ends, 0
    heads, head_ends = [parts[0]], [ends[0]]
    # a Youth Union committee holds its level for a Party committee's role, not the Front's
    youth_level = not (isinstance(heads[0].body, Body) and heads[0].body.id in _FRONT_BODIES)
    while head_ends[-1] < len(low) - 1 and low[head_ends[-1]] in SEPARATORS:
        nxt = read(low, sens, head_ends[-1] + 1)
        if nxt is None:
            break
        rest = chain(read, place_roles, low, sens, nxt, party_of_body=True)
        last, first = _place_writer(rest[0][-1]), rest[0][0]
        if last.place is not None and (_level_id(last, youth_level) in _BELOW.get(level, {level})
                                       or level in _TOP_LEVELS and _top_place(last, heads)) \
                and first.role is not None and (len(rest[0]) > 1 or first.body is not None
                                                or first.committee or first.level is not None):
            for head, end in zip(heads, head_ends, strict=True):
                head.join = low[end]
            return [*heads, *rest[0]], [*head_ends, *rest[1]], len(heads)
        if len(rest[0]) > 1 or _committee_level(first, further=True) != level:
            break
        heads.append(first)
        head_ends.append(rest[1][0])
    return parts, ends, 0


def _top_place(part: Part, heads: Sequence[Part]) -> bool:
    """A listed province or centrally-run city written without a level word after a body (`Ban
    Quản lý Khu kinh tế Hải Phòng`): every province and such city is listed as `place.<name>`,
    so it is of the level of a member of its Party committee before it (`Thành ủy viên, Trưởng
    Ban Quản lý Khu kinh tế Hải Phòng`: one span in unseen44, none split over the 45 sets), round
    forty-four. Only after such a member (`Tỉnh ủy viên`): the Front's or the executive
    committee's roles before one keep their own practice (`Phó Chủ tịch Ủy ban MTTQ Việt Nam
    tỉnh, Bí thư Tỉnh đoàn X`, `Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Tài chính X`:
    two titles in test, unseen4 and unseen5)."""
    concept = part.place.concept if part.place is not None else ""
    return part.level is None and not part.parents and concept.startswith("place.") \
        and concept.count(".") == 1 and all(
            h.role is not None and h.role.id in _MEMBER_LEVELS and _bare(h) for h in heads)


def _place_writer(part: Part) -> Part:
    """The part that writes a title's place: its own, else its body's parent's (`Trưởng Ban Dân
    tộc Ủy ban MTTQ Việt Nam tỉnh X`: one of the Front's boards, the Front's province), round
    thirty-seven."""
    while part.place is None and part.parents:
        part = part.parents[-1]
    return part


def _level_id(part: Part, youth_level: bool = False) -> str | None:
    """The level of a title's place: its level word, else the level its Youth Union committee
    holds where `youth_level` (`Bí thư Tỉnh đoàn X`, see the note at `_YOUTH_LEVELS`), else the
    level its listed body ends with (`Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực
    tỉnh` + a place), else the level its name holds (`name_level`: a city named with its
    level, `Thành phố Hồ Chí Minh`, `TP.HCM`, is of the city level for a city committee's role
    before it: `Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND Thành phố Hồ Chí Minh` is one
    span, round thirty-two)."""
    if part.level is not None:
        return part.level.id
    if youth_level and isinstance(part.body, Body) and part.body.id in _YOUTH_LEVELS:
        return _YOUTH_LEVELS[part.body.id]  # `Bí thư Tỉnh đoàn X`
    if isinstance(part.body, Entry) and part.place is not None:
        body = " " + part.body.source.lower()
        level = next((lv for end, lv in _ENTRY_LEVELS if body.endswith(end)), None)
        if level is not None:
            return level
    return name_level(part.place.source if part.place is not None else "")


def _committee_level(head: Part, further: bool = False) -> str | None:
    """The level of a role in a Party committee named by its level alone (`Phó Bí thư Tỉnh
    ủy`, `Ủy viên Ban Thường vụ Thành ủy`, `Tỉnh ủy viên`, `Bí thư Tỉnh đoàn`), which shares the
    place written after the next title of that level (see `committee_chain`); `further`: after
    the first such role, also one of the committee's commissions (`Trưởng Ban Tổ chức Tỉnh
    ủy`); since round thirty-six a commission's role may come first too (`Trưởng Ban Tuyên giáo
    và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh X`: one span in unseen24 and
    unseen30, none split); None for any other part."""
    if head.role is None or head.place is not None or head.parents:
        return None
    body_id = head.body.id if isinstance(head.body, Body) else None
    if head.committee and head.level is not None and (
            further or head.body is None
            or isinstance(head.body, Body) and head.body.attach == _COMMISSION):
        return head.level.id
    if body_id in _YOUTH_LEVELS and head.level is None:
        return _YOUTH_LEVELS[body_id]
    # the Front's committee (`Ủy ban MTTQ Việt Nam tỉnh`); a member of a Party executive
    # committee (`Ủy viên BCH Đảng bộ tỉnh`) as the first role only
    if head.level is not None and (body_id in _FRONT_BODIES
                                   or body_id == _PARTY_EXEC and not further):
        return head.level.id
    if head.body is None and head.level is None and not head.committee:
        return _MEMBER_LEVELS.get(head.role.id)
    return None
