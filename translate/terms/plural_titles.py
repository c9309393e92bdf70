"""Plural generic titles: a role over the bodies of every unit of a level (`Chủ tịch UBND các
xã`, `Trưởng Công an các xã, thị trấn`), round forty-five.

News writes a role, then a body that takes a level, then `các` + one or more level words: the
holders of that role in every such unit. It is one title, from the role to the last level word;
it renders as the role in the plural over the plural body (`plural_bodies.py`), the body in the
Czech genitive: `předsedové obecních lidových výborů` / `Chairmen of the commune People's
Committees`. Only where the plural body itself is read (never before a place name, a list of
named units, nor before a word that picks some of the units: `các xã ven biển`), only for a role
without modifiers, only where the role's body was read bare (no level, place, number or parent
of its own), and never over a Party body: `Bí thư Đảng ủy các xã, phường` is marked without its
units in the eighth set, so the sets do not agree on its bounds.
"""

from __future__ import annotations

from collections.abc import Callable

from translate.terms.plural_bodies import plural_id, plural_targets
from translate.terms.title_forms import plural_role
from translate.terms.title_ids import part_id
from translate.terms.titles import Level, Part

__all__ = ["plural_title"]

_PARTY = "body.party_"  # the Party's bodies (`Đảng ủy`, `Chi bộ`): left out, see above

# (body's part, (levels, end)) for a body read bare and `các` + level words at token `end`
LevelReader = Callable[[Part, int], tuple[Part, tuple[list[Level], int]] | None]


def plural_title(part: Part, end: int, levels_after: LevelReader
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
    cs_role, en_role = plural_role(part.role.get("cs"), part.role.get("en"))
    one = Part(role=part.role, body=body_part.body, level=levels[0])
    return stop, "title:" + part_id(one) + plural_id(levels[1:]), {
        "cs": (f"{cs_role} {targets['cs'][0]}",),
        "en": (f"{en_role} of the {targets['en'][0]}",)}
