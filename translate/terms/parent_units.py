"""Parent units after a comma inside a title, which `compose.py`'s parser reads after the title:
a village's commune (`trưởng thôn X, xã Y`; moved from `compose.py` as it was), and a commune's or
ward's province (`Chủ tịch UBND xã X, tỉnh Y`): since the 2025 reform a commune belongs to its
province directly, and news names the province after a comma; the newest annotated sets keep it
in one composed title ("parent units after a comma stay in one composed title", the lead's ruling
in round 43; unseen5, 8 and 21 left it apart); since round 48 also the district written before
the reform (`Chủ tịch UBND xã X, huyện Y`)."""

from __future__ import annotations

from collections.abc import Sequence

from translate.terms.placenames import PlaceReader
from translate.terms.role_checks import BARE_LOWER_ROLES, BELOW_COMMUNE, GROUP, named_head
from translate.terms.titles import Part

_COMMUNE_WORDS = frozenset({"xã", "phường", "thị"})
_COMMUNES = frozenset({"level.commune", "level.ward", "level.township"})
_PROVINCES = frozenset({"level.province", "level.city"})
# a commune's parent after a comma: its province, or its district before the 2025 reform
_PARENTS = _PROVINCES | {"level.district", "level.urban_district", "level.town"}


def commune_after(places: PlaceReader, low: Sequence[str], sens: Sequence[str], part: Part,
                  e: int) -> int:
    """`trưởng thôn X, xã Y`, `Bí thư Chi bộ thôn X, xã Y`, `tổ trưởng tổ dân phố số 4,
    phường Y`: the commune or ward after a comma is the parent of a unit below it named by
    its name or number (the newer sets' reading, unseen18 on; the older ones left it
    outside); not after a commune's own title, nor a second one (`…, xã Y, huyện Z`)."""
    if part.parents or not (part.place or part.numeral) or e + 2 >= len(low) \
            or low[e] != "," or low[e + 1] not in _COMMUNE_WORDS:
        return e
    level = getattr(part.level, "id", "")
    if not (level in BELOW_COMMUNE or part.level is None and part.body is None
            and part.role is not None and part.role.id in BARE_LOWER_ROLES
            or part.level is None and named_head(part.body) == GROUP):
        return e
    end = places.where(low, sens, part, e + 1)
    return end if part.parents else e


def province_after(places: PlaceReader, low: Sequence[str], sens: Sequence[str], part: Part,
                   e: int) -> int:
    """The end of the title whose last unit is a commune's or a ward's body or post named by
    its place (`UBND xã X`, `Đảng ủy phường X`, `Công an xã X`), with `, tỉnh Y` or `, thành
    phố Y` after it read as its parent, or (round 48) the district written before the 2025
    reform (`, huyện Y`, `, quận Y`, `, thị xã Y`). Since round 61 the last unit may be the
    part's own parent (`Trưởng phòng Kinh tế UBND xã X, tỉnh Y`; a village's commune read by
    `commune_after`: `Trưởng Ban Công tác Mặt trận thôn X, xã Y, tỉnh Z`): the newer sets keep
    both in one span. `e` (unchanged) when none follows, when the unit is not named, when a
    parent's district would follow (`…, xã Y, huyện Z`: round 31's limit), or when the parent is
    not named. A district's unit keeps its province apart (`Bí thư Huyện ủy X, tỉnh Y`: joined
    in two recent sets, split in two older ones with the province marked as a place: no gain)."""
    if e + 2 >= len(low) or low[e] != ",":
        return e
    unit = part.parents[-1] if part.parents else part
    level_id = getattr(unit.level, "id", "")
    if unit.place is None or level_id not in _COMMUNES:
        return e
    level = places.levels.longest(low, sens, e + 1)
    takes = _PARENTS if unit is part else _PROVINCES
    if level is None or level[1].id not in takes:
        return e
    where = Part(level=level[1])
    end = places.read(low, sens, where, level[0], heuristic=True)
    if where.place is None:
        return e
    part.parents.append(where)
    return end
