"""Concept ids and renderings of composed titles and bodies (split from `compose.py`): the id
names every part (`title:vice_chair+pc+district`), so one id always means one rendering and
renderings can be cached by it."""

from __future__ import annotations

from translate.terms.listed_order import listed_order, listed_order_en
from translate.terms.model import Entry
from translate.terms.place_tokens import slug
from translate.terms.title_tables import Body, Level
from translate.terms.titles import Part, render_parts

__all__ = ["RenderCache", "part_id"]

_CACHE_LIMIT = 50_000


def _short(item_id: str) -> str:
    return item_id.split(".", 1)[1] if item_id.startswith(("role.", "mod.", "body.", "level."))\
        else item_id


def part_id(p: Part) -> str:
    """The id of one parsed part: modifiers, role, body, level, parents, number, place and
    (`>`) where a diplomat or mission serves."""
    ids = [_short(m.id) for m in p.mods]
    if p.role is not None:
        ids.append(_short(p.role.id) + ("*pl" if p.plural else ""))
    if isinstance(p.body, Entry):
        ids.append(p.body.concept)
    elif isinstance(p.body, Body):
        ids.append(_short(p.body.id))
    if isinstance(p.level, Level):
        ids.append(_short(p.level.id))
    ids += [part_id(parent) for parent in p.parents]
    out = "+".join(ids)
    if p.numeral:
        out += "+" + p.numeral
    if p.place is not None:
        out += "@" + (p.place.concept or slug(p.place.source))
    if p.at is not None:  # where a diplomat serves
        out += ">" + (p.at.concept or slug(p.at.source))
    if p.also is not None:  # a second body of the same head
        out += "&" + part_id(p.also)
    return out


class RenderCache:
    """Renderings per language of composed parts, kept per matcher (no global state)."""

    def __init__(self) -> None:
        self._rendered: dict[tuple[str, bool, str], dict[str, tuple[str, ...]]] = {}

    def targets(self, concept: str, parts: list[Part], female: bool
                ) -> dict[str, tuple[str, ...]]:
        """Renderings per language, the holder's likelier gender first, then the core
        glossary's order as accepted variants (`listed_order`); cached by the concept id, which
        names every part but not unlisted place names, so those join the key."""
        places = [x.source for p in parts for q in (p, *p.parents) for x in (q.place, q.at)
                  if x is not None]
        key = (concept, female, "|".join(places))
        cached = self._rendered.get(key)
        if cached is not None:
            return cached
        first = render_parts(parts, female)
        second = render_parts(parts, not female)
        listed = ([v for v in (listed_order(parts, female), listed_order(parts, not female)) if v],
                  [*listed_order_en(parts, female), *listed_order_en(parts, not female)])
        targets = {lang: tuple(dict.fromkeys((first[k], second[k], *listed[k])))
                   for k, lang in enumerate(("cs", "en"))}
        if len(self._rendered) > _CACHE_LIMIT:
            self._rendered.clear()
        self._rendered[key] = targets
        return targets
