"""The core glossary's word order for a composed title with a place (issue 11zy).

The title grammar writes a body with its level and place as `lidového výboru provincie Đắk
Lắk`; the core glossary lists the body without a place with its level adjective
(`provinční lidový výbor`), and translators who follow it write the place after it:
`provinčního lidového výboru Đắk Lắk`, `okresního výboru strany Kỳ Sơn`. Both are right, so
the composed title carries that order as an accepted variant (`RenderCache.targets`): a check
does not rewrite a translation that follows the listed concept. English likewise: the core
glossary's `Secretary of the provincial Party Committee` with the place after it (`… of Lai
Chau`), or the body with its level noun after the place (`People's Committee of Bai Chay
ward`), both `of`-structures as the rulings write them."""

from __future__ import annotations

from dataclasses import replace

from translate.terms.model import Entry
from translate.terms.titles import Body, Part, render_parts

__all__ = ["listed_order", "listed_order_en"]

# roles English news writes after the body's name as well as before it (`Ministry of Foreign
# Affairs spokesperson`, three sets' right items: issue 12cg)
_AFTER_BODY_ROLES = frozenset({"role.spokesperson", "role.spokesperson_staff",
                               "role.deputy_spokesperson"})
# levels whose bodies English writes with the place first (`the Nghe An provincial People's
# Committee`): `People's Committee of Nghe An province` is no accepted variant there, while below
# them `People's Committee of Bai Chay ward`, `Party cell of Na Mo village` are
_UPPER_LEVELS = frozenset({"level.central", "level.province", "level.city", "level.district",
                           "level.urban_district", "level.town", "level.region"})


def _level_body(p: Part, lang: str) -> bool:
    """The part names its level by an adjective in `lang` (`{adj}` in its body's rendering, or
    its Party committee word alone: `Tỉnh ủy X`), so its listed rendering without a place still
    says the level. Czech also needs the level's adjective before the noun."""
    lv = p.level
    if lv is None or lang == "cs" and lv.get("cs_adj_position") != "before":
        return False
    if p.body is None:
        return p.committee
    return isinstance(p.body, Body) and (
        p.body.attach == "level" and "{adj}" in p.body.get(lang)
        or p.body.attach in ("committee", "both") and p.committee)


def _applies(parts: list[Part], lang: str) -> bool:
    """Does the listed order apply to the last part: a place written (not a country or a
    numbered unit), no parent body, numeral, second body or mission abroad, and a body that
    names its level by an adjective (`_level_body`)?"""
    last = parts[-1]
    place = last.place
    return not (place is None or place.country or place.numbered or last.parents
                or last.numeral or last.also is not None or last.at is not None
                or not _level_body(last, lang))


def listed_order(parts: list[Part], female: bool) -> str | None:
    """The Czech title with the last part's place after its level-adjective body, or None
    where that order does not apply (no place, a country, a numbered unit, a parent body, a
    second body, a mission abroad, a level without an adjective)."""
    if not _applies(parts, "cs"):
        return None
    last = parts[-1]
    place = last.place
    cs, _ = render_parts([*parts[:-1], replace(last, place=None)], female)
    return f"{cs} {place.cs_gen}"


def listed_order_en(parts: list[Part], female: bool) -> tuple[str, ...]:
    """English variants with the last part's place after an `of`: the listed rendering and
    `of <place>` (`Chairman of the provincial People's Committee of Ca Mau`), and, for a
    body taking its level by an adjective, the body and `of <place> <level noun>` (`People's
    Committee of Bai Chay ward`); none where the order does not apply (as `listed_order`)."""
    if not _applies(parts, "en"):
        return _body_first_en(parts, female)
    last = parts[-1]
    place = last.place
    _, en = render_parts([*parts[:-1], replace(last, place=None)], female)
    out = [f"{en} of {place.en}"]
    lv = last.level
    noun = lv.get("en_noun")
    named = f"{place.en} {noun}" if noun.lower() not in place.en.lower() else place.en
    if lv.id in _UPPER_LEVELS:  # the sets plant `People's Committee of X province` as wrong
        return tuple(out)
    if last.body is not None and last.body.attach == "level" and not last.committee:
        _, bare = render_parts([*parts[:-1], replace(last, place=None, level=None)], female)
        out.append(f"{bare} of {named}")
    elif last.body is None:
        committee = lv.get("en_committee").removeprefix(lv.get("en_adj") + " ")
        out.append(f"{en.removesuffix(lv.get('en_committee'))}{committee} of {named}")
    return tuple(out)


def _body_first_en(parts: list[Part], female: bool) -> tuple[str, ...]:
    """A role of a glossary body said after the body's name, as English news writes it
    (`Ministry of Foreign Affairs spokesperson` for `Người phát ngôn Bộ Ngoại giao`, issue
    12cg): one title with a role and a named glossary body alone (no place, level, parent,
    numeral, modifier, second body or mission) whose role English says after the body's name
    (`_AFTER_BODY_ROLES`: not `Supreme People's Procuracy procurator` for `Prosecutors from`)."""
    if len(parts) != 1:
        return ()
    p = parts[0]
    if (p.role is None or not isinstance(p.body, Entry) or p.mods or p.has_level or p.numeral
            or p.also is not None or p.at is not None or p.plural
            or p.role.id not in _AFTER_BODY_ROLES):
        return ()
    body = p.body.target("en")
    role = p.role.get("en_f") if female else p.role.get("en")
    if not body or not role:
        return ()
    return f"{body} {role.lower()}", f"{body} {role}"
