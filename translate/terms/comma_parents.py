"""Parent units after a comma inside a composed title or body (split from `body_tail.py`, whose
`BodyTail._parent` reads the parent and asks `comma_rule` whether this body takes it): a central
one for a `Cục`/`Vụ`, a higher army unit, a province's command over a post, a defence zone or a
squadron, the placed or numbered body over a team, section, faculty or board named by its field,
a member university's own, the placed body over a station, a commission's placed Party
committee, the department or ministry over a centre."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translate.terms.model import Entry
from translate.terms.named import NAMED_PREFIX
from translate.terms.role_checks import SCHOOLS, named_head
from translate.terms.title_tables import PARTY_COMMITTEE, Body
from translate.terms.titles import Part

__all__ = ["army_rank", "comma_rule", "higher_unit", "party_committee"]


def _unit(body) -> bool:
    """A department or division (`Cục`, `Vụ`): always part of a ministry or a general
    department, which news writes after a comma (`Cục trưởng Cục Lãnh sự, Bộ Ngoại giao`)."""
    return _head(body) in _UNIT_HEADS


_UNIT_HEADS = frozenset({"cục", "vụ"})
# a sub-department, its head two words (`Chi cục trưởng Chi cục Dân số, Sở Y tế tỉnh X`); a
# centre, its head two words too (`_centre`)
_SUB_DEPARTMENT, _CENTRE = "chi cục", "trung tâm"
# a team, a section of a province's department or a sub-department, which news writes after a
# comma with its place (`Đội trưởng Đội Kiểm ngư số 3, Chi cục Thủy sản và Kiểm ngư thành phố
# Cần Thơ`)
_FACULTY = "khoa"  # a faculty: its school after a comma, placed or not (`Khoa X, Trường Y`)
# a hospital's department: its hospital after a comma, placed or not (`Trưởng khoa Cấp cứu,
# Bệnh viện Nhi Trung ương`, as `…, Bệnh viện Đa khoa tỉnh X`), round sixty-two; its head two words
_HOSPITAL = "bệnh viện"
_LOCAL_HEADS = frozenset({"đội", "phòng", _FACULTY, _SUB_DEPARTMENT})
# a board named by its field inside a province's department, written after a comma like a
# section (`Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh X`), round forty-seven; a
# listed board (`Ban Tuyên giáo`) keeps its own rule (its Party committee)
_BOARD = "ban"


# army units by rank: a numbered unit is written with the numbered unit above it after a comma
# (`Trung đoàn trưởng Trung đoàn 101, Sư đoàn 325`), as a team with its department
_ARMY_RANKS = {"battalion": 1, "regiment": 2, "brigade": 3, "division": 3, "corps": 4}
# listed numbered units above them (`Sư đoàn 324, Quân khu 4`)
_LISTED_ARMY_RANKS = {"gov.army.military_region": 5}


def army_rank(body) -> int:
    """The rank of an army unit (`Trung đoàn`: 2); 0 for anything else."""
    if not isinstance(body, Entry):
        return 0
    if not body.concept.startswith(NAMED_PREFIX):
        return _LISTED_ARMY_RANKS.get(body.concept, 0)
    return _ARMY_RANKS.get(body.concept[len(NAMED_PREFIX):], 0)


def higher_unit(part, parent) -> bool:
    """After a comma, the numbered unit above a numbered unit (`Tiểu đoàn 2, Trung đoàn 101`);
    a unit of the same or a lower rank is the next of a list, not a parent."""
    up = parent[0]
    return bool(part.numeral and up.numeral) and not up.parents and up.place is None \
        and army_rank(up.body) > army_rank(part.body)


def _head(body) -> str:
    """The body's first word, lower-cased (`cục`, `đội`); `chi cục`, `trung tâm` and `bệnh
    viện` whole."""
    name = body.source if isinstance(body, Entry) else body.terms[0] if body.terms else ""
    name = name.lower()
    for two in (_SUB_DEPARTMENT, _CENTRE, _HOSPITAL):  # heads of two words
        if name.startswith(two + " "):
            return two
    return name.split(" ", 1)[0]


def _named_board(body) -> bool:
    """A board named by its field (`Ban Thi đua - Khen thưởng`), not a listed one."""
    return isinstance(body, Entry) and body.concept.startswith(NAMED_PREFIX) \
        and _head(body) == _BOARD


def _local_unit(body) -> bool:
    """A team, section, sub-department, faculty or board named by its field: a unit inside a
    province's body, whose parent news writes after a comma (`_local`)."""
    return _head(body) in _LOCAL_HEADS or _named_board(body)


def _placed(part: Part) -> bool:
    """The part or a parent of it names where it is (`Công an tỉnh Lâm Đồng`)."""
    return part.place is not None or any(_placed(p) for p in part.parents)


def _local(part, parent) -> bool:
    """After a comma, the province's body a team, a section or a board named by its field
    (`_local_unit`) belongs to: it names its place or its region's number (`Chi cục Hải quan
    khu vực VIII`; a faculty's school or hospital need not), and the unit itself none (`Đội X
    số 4, Phòng Y Công an tỉnh Z`); a unit of the same kind is the next of a list (`Phòng Tài
    chính, Phòng Nội vụ huyện X`), not a parent."""
    head = _head(part.body)
    return _local_unit(part.body) and part.place is None \
        and not part.level and parent[0].body is not None and _head(parent[0].body) != head \
        and (_placed(parent[0]) or bool(parent[0].numeral) or parent[0].committee
             or head == _FACULTY and (named_head(parent[0].body) in SCHOOLS
                                      or _head(parent[0].body) == _HOSPITAL))


# a member university and the university it belongs to (`Trường Đại học X, Đại học Thái
# Nguyên`), written `Đại học`, not `Trường Đại học` (round 42): the token after the comma says it
_UNIVERSITY, _UNIVERSITY_WORD = "university", "đại"
_NATIONAL_UNIVERSITIES = ("gov.vnu_",)


def _university(low: Sequence[str], part: Part, parent: tuple[Part, int], k: int) -> bool:
    """After a comma, the regional or national university a member university belongs to:
    written `Đại học` + its place (or a listed national one); the member named by its domain
    alone, with no place or name of its own (not a list: `Trường Đại học Vinh, Đại học Huế`)."""
    up = parent[0]
    return low[k] == _UNIVERSITY_WORD and part.place is None and not part.level \
        and "@" not in _ident(part.body) and up.body is not None and not up.parents and (
            named_head(up.body) == _UNIVERSITY and up.place is not None
            or _ident(up.body).startswith(_NATIONAL_UNIVERSITIES))


# a post or a defence zone named by its own place belongs to its province's command, which news
# writes after a comma (`Đồn trưởng Đồn Biên phòng X, BĐBP tỉnh Y`, `Chỉ huy trưởng Ban Chỉ huy
# Phòng thủ khu vực 3 - X, Bộ CHQS tỉnh Y`); a defence zone named by its number alone too (`Ban
# Chỉ huy Phòng thủ khu vực 2, Bộ Chỉ huy Quân sự tỉnh Y`: unseen64, unseen66, none split), as a
# numbered squadron, round sixty-two
_POSTS = frozenset({"body.border_post", "body.regional_defence", "dept.prov.regional_defence"})
_ZONES = frozenset({"body.regional_defence", "dept.prov.regional_defence"})
_COMMANDS = frozenset({"dept.prov.border_guard_command", "body.border_guard",
                       "body.military_command"})


def _ident(body) -> str:
    return body.concept if isinstance(body, Entry) else getattr(body, "id", "")


# a numbered squadron (`Hải đội trưởng Hải đội Biên phòng 2, Bộ Chỉ huy Bộ đội Biên phòng tỉnh
# X`): its number names it, its province's command follows after a comma (round thirty-five)
_SQUADRON = NAMED_PREFIX + "squadron"


def _post(part, parent) -> bool:
    """After a comma, the provincial command over a post or a defence zone that names its own
    place, or over a numbered squadron or defence zone: the command names its province (not
    another post, not a command without a place)."""
    up = parent[0]
    ident = _ident(part.body)
    if ident in _POSTS:  # by its own place; a defence zone by its number alone too
        named = part.place is not None or ident in _ZONES and bool(part.numeral)
    else:  # a squadron (see `comma_rule`): by its number alone
        named = bool(part.numeral) and part.place is None
    return named and up.body is not None and _ident(up.body) in _COMMANDS and _placed(up) \
        and not up.parents


# a station named by its own name (`Trạm Kiểm lâm X`, `Trạm Cảnh sát giao thông X`): the body it
# belongs to follows after a comma, named by its place (`…, Hạt Kiểm lâm Y`, `…, Đồn Biên phòng
# Y`, `…, Phòng Cảnh sát giao thông Công an tỉnh Y`), round forty-eight
_STATION = "trạm"


def _station(part, parent) -> bool:
    """After a comma, the placed body over a station that names itself by its name and no
    level word (not `Trạm Y tế xã X, …`: a commune's station is read with its level; not the
    next station of a list)."""
    up = parent[0]
    return part.place is not None and part.level is None and not part.parents \
        and up.body is not None and _head(up.body) != _STATION and _placed(up)


# a centre inside a province's department or a ministry, which news writes after a comma in a
# title (`Giám đốc Trung tâm X, Sở Y tế tỉnh Z`, `…, Bộ Quốc phòng`): unseen58, unseen63
_DEPARTMENT, _MINISTRY = "sở", "bộ"


def _centre(low, part, parent, k: int) -> bool:
    """After a comma in a title, the department over a centre: a province's department named
    with its place (`Sở Y tế tỉnh X`) or a central ministry (`Bộ Quốc phòng`, as `_central`);
    not another centre (a list), not a parent with a parent of its own."""
    up = parent[0]
    return up.body is not None and not up.parents and not part.parents and (
        _head(up.body) == _DEPARTMENT and _placed(up)
        or _head(up.body) == _MINISTRY and _central(low, part, parent, k))


# a forest-protection unit named by its place or region (`Hạt Kiểm lâm khu vực X`, `Hạt Kiểm lâm
# huyện X`) belongs to its province's sub-department, which news writes after a comma (`…, Chi
# cục Kiểm lâm tỉnh Y`), round sixty-six
_FOREST_UNIT = "hạt"


def _forest_unit(part: Part, parent: tuple[Part, int]) -> bool:
    """After a comma, the placed sub-department over a forest-protection unit that names its
    place (not another unit of a list, not a sub-department without its place)."""
    up = parent[0]
    return part.place is not None and not part.parents and up.body is not None \
        and _head(up.body) == _SUB_DEPARTMENT and _placed(up) and not up.parents


def comma_rule(body, titled: bool = True) -> Callable[[Sequence[str], Part, tuple, int], bool] \
        | None:
    """What may follow this body after a comma as its parent (`Cục X, Bộ Y`: a central body;
    `Trung đoàn 101, Sư đoàn 325`: a higher unit; a post: its province's command; `Đội X,
    Phòng Y`: a placed or numbered department, also over a board named by its field; `Trường
    Đại học X, Đại học Y`: the university a member belongs to; `Trạm Kiểm lâm X, Hạt Kiểm lâm
    Y`: the placed body over a station; `Hạt Kiểm lâm X, Chi cục Kiểm lâm tỉnh Y`: the placed
    sub-department over a forest-protection unit; a commission: its placed Party committee; in a
    title (`titled`), a centre: its department or ministry), as `rule(low, part, parent, k)`;
    None: none."""
    if _unit(body):
        return _central
    if army_rank(body):
        return lambda low, part, parent, k: higher_unit(part, parent)
    if _ident(body) in _POSTS or _ident(body).startswith(_SQUADRON):
        return lambda low, part, parent, k: _post(part, parent)
    if _local_unit(body):
        return lambda low, part, parent, k: _local(part, parent)
    if named_head(body) == _UNIVERSITY:
        return _university
    if _head(body) == _STATION:
        return lambda low, part, parent, k: _station(part, parent)
    if _head(body) == _FOREST_UNIT:
        return lambda low, part, parent, k: _forest_unit(part, parent)
    if isinstance(body, Body) and body.attach == "committee":
        return party_committee
    if titled and _head(body) == _CENTRE:
        return _centre
    return None


def party_committee(low: Sequence[str], part: Part, parent: tuple[Part, int], k: int) -> bool:
    """After a comma, the Party committee a commission written without its committee word
    belongs to (`Phó Trưởng Ban Xây dựng Đảng, Đảng ủy xã X`, `…, Huyện ủy Y`): one that names
    its place (not `…, Tỉnh ủy viên`: the next title of a chain), round forty; or the merged
    commission one half of which it is, written with its committee (round sixty-four)."""
    up = parent[0]
    bare = not part.committee and part.level is None and part.place is None
    return bare and not up.parents and (
        _placed_committee(up) or bool(up.committee) and _merged_half(part.body, up.body))


def _placed_committee(up: Part) -> bool:
    """A Party committee that names its place: its committee word alone (`Huyện ủy Y`) or
    `Đảng ủy` + a level word (`Đảng ủy xã X`)."""
    return bool(up.committee and up.body is None or _ident(up.body) == PARTY_COMMITTEE) \
        and up.place is not None


_AND = "và"  # between the two halves of a merged commission's name


def _merged_half(body: object, whole: object) -> bool:
    """A commission named by one half of the merged commission written after it with its
    committee (`Phó Trưởng ban Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy X`: since the 2025
    merger the section that kept the old name), round sixty-four; not the same commission."""
    if not (isinstance(body, Body) and isinstance(whole, Body) and body.terms and whole.terms
            and body.id != whole.id):
        return False
    own, merged = body.terms[0].lower().split(), whole.terms[0].lower().split()
    halves = " ".join(merged[1:]).split(f" {_AND} ")
    return own[:1] == merged[:1] and len(halves) > 1 and " ".join(own[1:]) in halves


def _central(low, part, parent, k: int) -> bool:
    """After a comma only a central parent (`Bộ Ngoại giao`, `Ban Tổ chức Trung ương`) of a
    unit with no place of its own: not a province's body, not a lone `Bộ` of `Bộ trưởng`;
    not an office (`Vụ X, Văn phòng Y`: the sets mark it both ways, one case each)."""
    up = parent[0]
    return parent[1] - k > 1 and up.place is None and low[k] != "văn" and (
        up.level is None and not up.committee or up.level is not None
        and up.level.id == "level.central") and not part.level and part.place is None
