"""A commune's or ward's province after a comma inside a title (`Chủ tịch UBND xã X, tỉnh Y`):
since the 2025 reform a commune belongs to its province directly, and news names the province
after a comma; the newest annotated sets keep it in one composed title ("parent units after a
comma stay in one composed title", the lead's ruling in round 43; unseen5, 8 and 21 left it
apart). Split from `compose.py`, whose parser reads the title first."""

from __future__ import annotations

from collections.abc import Sequence

from translate.terms.placenames import PlaceReader
from translate.terms.titles import Part

_COMMUNES = frozenset({"level.commune", "level.ward", "level.township"})
_PROVINCES = frozenset({"level.province", "level.city"})


def province_after(places: PlaceReader, low: Sequence[str], sens: Sequence[str], part: Part,
                   e: int) -> int:
    """The end of the title whose last part is a commune's or a ward's body or post named by
    its place (`UBND xã X`, `Đảng ủy phường X`, `Công an xã X`), with `, tỉnh Y` or `, thành
    phố Y` after it read as its parent; `e` (unchanged) when none follows, when the part has a
    parent already (`trưởng thôn X, xã Y`), or when the province is not named."""
    if e + 2 >= len(low) or low[e] != "," or part.parents or part.place is None \
            or getattr(part.level, "id", "") not in _COMMUNES:
        return e
    level = places.levels.longest(low, sens, e + 1)
    if level is None or level[1].id not in _PROVINCES:
        return e
    where = Part(level=level[1])
    end = places.read(low, sens, where, level[0], heuristic=True)
    if where.place is None:
        return e
    part.parents.append(where)
    return end
