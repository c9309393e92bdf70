"""Plural generic titles: a role over the bodies of every unit of a level (`Chủ tịch UBND các
xã`, `Trưởng Công an các xã, thị trấn`), round forty-five.

News writes a role, then a body that takes a level, then `các` + one or more level words: the
holders of that role in every such unit. It is one title, from the role to the last level word;
it renders as the role in the plural over the plural body (`plural_bodies.py`), the body in the
Czech genitive: `předsedové obecních lidových výborů` / `Chairmen of the commune People's
Committees`. Only where the plural body itself is read (never before a place name, a list of
named units), only for a role
without modifiers, only where the role's body was read bare (no level, place, number or parent
of its own), and never over a Party body: `Bí thư Đảng ủy các xã, phường` is marked without its
units in the eighth set, so the sets do not agree on its bounds. A region that picks some of
the units is inside the title (`Chủ tịch UBND các xã ven biển`: the forty-fifth set's bounds, as
a plural body's is not: `plural_bodies._SOME`), from a short table of such regions; any other
word that picks some (`các xã thuộc huyện`) leaves the role's title alone, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translate.terms.plural_bodies import PICKING, plural_id, plural_targets
from translate.terms.title_forms import plural_role
from translate.terms.title_ids import part_id
from translate.terms.titles import Level, Part

__all__ = ["plural_title"]

_PARTY = "body.party_"  # the Party's bodies (`Đảng ủy`, `Chi bộ`): left out, see above
# regions after the level words (two syllables each): Czech after the body, English before it
_REGIONS = {("ven", "biển"): ("na pobřeží", "coastal", "ven_bien"),
            ("biên", "giới"): ("v pohraničí", "border", "bien_gioi"),
            ("miền", "núi"): ("v horách", "mountain", "mien_nui"),
            ("vùng", "cao"): ("na vysočině", "highland", "vung_cao")}
# words that carry a region on (`ven biển và hải đảo`, `biên giới phía Bắc`): no title then
_GOES_ON = frozenset({"và", "phía", "giáp", "thuộc", "của", "-"})

# (body's part, (levels, end)) for a body read bare and `các` + level words at token `end`
LevelReader = Callable[[Part, int], tuple[Part, tuple[list[Level], int]] | None]


def plural_title(low: Sequence[str], sens: Sequence[str], part: Part, end: int,
                 levels_after: LevelReader
                 ) -> tuple[int, str, dict[str, tuple[str, ...]]] | None:
    """(end, concept, targets) of the plural title whose role and bare body `part` holds up to
    token `end`, or None."""
    if part.role is None or part.body is None or part.mods or part.has_level or part.numeral \
            or part.committee or part.at is not None or part.also is not None:
        return None
    found = levels_after(part, end)
    if found is None or getattr(found[0].body, "id", "").startswith(_PARTY):
        return None
    body_part, (levels, stop) = found
    targets = plural_targets(body_part, levels, case="gen")
    if targets is None:
        return None
    region = ("", "", "")
    if stop < len(low) and low[stop] in PICKING:  # a word that picks some units
        region = _REGIONS.get(tuple(low[stop:stop + 2]))
        if region is None or stop + 2 < len(low) and (
                sens[stop + 2][:1].isupper() or low[stop + 2] in _GOES_ON):
            return None
        stop += 2
    cs_role, en_role = plural_role(part.role.get("cs"), part.role.get("en"))
    one = Part(role=part.role, body=body_part.body, level=levels[0])
    cs_region, en_region, key = region
    return stop, "title:" + part_id(one) + plural_id(levels[1:]) + (f"%{key}" if key else ""), {
        "cs": (" ".join(filter(None, [cs_role, targets["cs"][0], cs_region])),),
        "en": (" ".join(filter(None, [en_role, "of the", en_region, targets["en"][0]])),)}
