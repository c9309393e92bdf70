"""Roles that are titles only in some places, and the heads of bodies named by their domain
that decide it (split from `compose.py`, whose parser asks `role_fits` after reading a role's
complement): a unit's respected person only before a unit below a commune, a teacher only
before a school's name after a comma, a school's faculty read as a hospital's department; the
unit heads that stand alone in lower case (`BARE_LOWER_ROLES`); and which bodies a role that
wrote their first word may read (`as_written`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from translate.terms.model import Entry
from translate.terms.named import NAMED_PREFIX
from translate.terms.title_tables import Body, Role
from translate.terms.titles import Part
from translate.terms.tokens import term_tokens

__all__ = ["BARE_LOWER_ROLES", "BELOW_COMMUNE", "COMMUNE_OFFICERS", "DEPARTMENT", "FACULTY_ROLES",
           "GROUP", "SCHOOLS", "SCHOOL_HEADS", "SCHOOL_ONLY_ROLES", "TEAMS", "UNIT_ONLY_ROLES",
           "WORKING_GROUPS",
           "as_written", "named_head", "role_fits"]

# units below a commune (`thôn`, `bản`, `tổ dân phố`): news names the commune or ward they are in
# after a comma (`trưởng thôn X, xã Y`), which the newer sets mark inside the title (round 31)
BELOW_COMMUNE = frozenset({"level.village", "level.quarter", "level.residential_group",
                           "level.residential_area"})
# a unit's own head stands alone in lower case too (`trưởng ấp và các đoàn viên`, `tổ trưởng tổ
# dân phố`): the annotated sets mark it, unlike a bare `phó chủ tịch`, which needs its body
# … and so does a commune's civil servant named by the post's fields (`công chức địa chính - xây
# dựng`, `công chức tư pháp - hộ tịch xã`, its level word alone inside, not the tier `cấp xã`):
# marked in 6 of the 10 lower-case cases without a place over the development sets (unseen28-56;
# the 4 others after a count, in an apposition or for all in the post); not after a count
# (`một công chức …`), round fifty-three
COMMUNE_OFFICERS = frozenset({"role.commune_justice_officer", "role.commune_culture_officer",
                              "role.commune_land_officer", "role.commune_finance_officer",
                              "role.commune_office_officer"})
BARE_LOWER_ROLES = frozenset({"role.village_head", "role.residential_group_head",
                              *COMMUNE_OFFICERS})
# roles that are titles only before a unit below a commune and its name (`người có uy tín bản
# X`: a village's respected person; alone the listed phrase), in lower case too (round 32)
UNIT_ONLY_ROLES = frozenset({"role.prestigious_person", "role.mediator",
                             "role.population_collaborator"})
# a school's faculty (`Khoa Ngữ văn Trường Đại học X`) is a hospital's department by its words
# (`Khoa X`): renamed after its parent is read, its head's role with it (never read on their own)
FACULTY_ROLES = {"role.hospital_department_head": "role.faculty_head",
                 "role.hospital_department_deputy": "role.faculty_deputy"}
# (heads of bodies named by their domain, as `named_head` gives them)
DEPARTMENT = "hospital_department"
# teams a body sends (`Trưởng đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy X`): `của` + the
# sender in a title (`body_tail.py`), the team alone after its head's capitalised role; so is a
# working group a committee or a leader sets up (`Tổ trưởng Tổ công tác số 3 của UBND tỉnh X`),
# round fifty-eight
WORKING_GROUPS = frozenset({"working_group", "special_working_group"})
TEAMS = frozenset({"party_inspection_team", "inspection_team", *WORKING_GROUPS})
# `Tổ …`: a group of an office or of neighbours, alone a body only with its level, place or
# parent (`compose.py`); in its head's title its commune may follow after a comma
# (`parent_units.py`)
GROUP = "unit_group"
SCHOOLS = frozenset({
    "university", "college", "vocational", "high_school", "lower_secondary", "primary",
    "kindergarten", "boarding", "officer_school", "school", "primary_lower", "lower_upper",
    "semi_boarding", "hoc_vien"})
# occupations that are titles only before a school's name and after a comma, one person's (`Bà
# X, giáo viên Trường Tiểu học Y`); not a group (`tặng quà giáo viên Trường Y`: the sets mark
# the school alone), nor alone (`giáo viên mầm non`: a common noun); in lower case too. The
# schools: `SCHOOLS` less an officer school and an academy (`học viện`), one list for both
SCHOOL_ONLY_ROLES = frozenset({"role.teacher"})
SCHOOL_HEADS = SCHOOLS - {"officer_school", "hoc_vien"}


def named_head(body) -> str:
    """The head of a body named by its domain (`university` in `named:university@vinh`)."""
    concept = body.concept if isinstance(body, Entry) else ""
    return concept[len(NAMED_PREFIX):].split("+")[0].split("@")[0] \
        if concept.startswith(NAMED_PREFIX) else ""


def role_fits(role: Role, comp: Part, low: Sequence[str], i: int) -> bool:
    """Whether a role read at token `i` is a title with this complement: the roles above
    only where they name one (a unit below a commune; a school, after a comma)."""
    if role.id in UNIT_ONLY_ROLES and not (
            comp.place and getattr(comp.level, "id", "") in BELOW_COMMUNE):
        return False
    if role.id in SCHOOL_ONLY_ROLES and (
            named_head(comp.body) not in SCHOOL_HEADS or comp.parents
            or i == 0 or low[i - 1] != ","):  # one person's: after her name
        return False
    return True


def as_written(found: Iterable[tuple[int, Body | Entry]], sens: Sequence[str], j: int,
               shared: bool) -> Iterator[tuple[int, Body | Entry]]:
    """The bodies `found` at token `j`; `shared`: a role wrote their first word (`Trưởng đoàn`
    + `Đoàn …`, read capitalised). When the word after it is in lower case, only a body whose
    name goes on as written (`Trưởng đoàn đại biểu Quốc hội`: `Đoàn đại biểu Quốc hội`), not a
    name in capitals read from lower-case words (`trưởng ban tổ chức` of a race: no `Ban Tổ
    chức`, the Party's commission), round 42; before a capital, as before (`Trưởng ban Tổ
    chức Thành ủy`)."""
    lower = shared and j + 1 < len(sens) and sens[j + 1][:1].islower()
    for bend, body in found:
        terms = body.source_terms if isinstance(body, Entry) else body.terms
        if not lower or any(term_tokens(t)[1:] == tuple(sens[j + 1:bend]) for t in terms):
            yield bend, body
