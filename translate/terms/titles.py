"""The title grammar: official titles as ROLE × BODY × LEVEL (× PLACE), as data.

Vietnamese titles are compositional (`Phó Trưởng Ban Dân vận Tỉnh ủy`, `Phó Chủ tịch Thường
trực UBND huyện Cẩm Xuyên`), so a flat glossary cannot list them. Four tables, shipped in
`translate/data/titles/` and documented in glossaries/README.md, hold every word and every
target form: `roles.tsv`, `modifiers.tsv`, `levels.tsv`, `bodies.tsv` (Czech nominative and
genitive templates with `{adj}`, `{committee_gen}`, `{noun_gen}`, `{place}` slots; English
templates). `title_tables.py` loads them; this module renders a parsed title (`Part`s, built by
`compose.py`) per language: Czech = modifiers + role in the nominative + the body in the
genitive; English = modifiers + role + `of the` + body. Named bodies (`Sở Nội vụ`, `Bộ Nội
vụ`) and places come from the glossary (`cs_gen` column: the genitive). The code only picks
columns and fills slots; it holds no rendering of its own except the portfolio rule
(`Bộ trưởng Bộ Nội vụ` = `ministr vnitra` / `Minister of Home Affairs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from translate.terms.inflect import inflect
from translate.terms.model import Entry
from translate.terms.named import NAMED_PREFIX
from translate.terms.title_forms import english_country, plural_role, serving
from translate.terms.title_tables import (
    TITLES_DIR,
    Body,
    Level,
    Modifier,
    Role,
    load_title_grammar,
)
from translate.text.localize import strip_name_diacritics

# `TITLES_DIR`, `load_title_grammar`, `Body` and `Level` (now in `title_tables.py`) are still
# imported from here by `files.py`, `newscontext.py`, `draft/enshape.py` and `plural_bodies.py`
__all__ = ["TITLES_DIR", "Level", "Body", "Place", "Part", "load_title_grammar", "render_parts",
           "place_rendering", "holder_is_female", "RESIDENT_MISSIONS"]

# Where the body names a ministry, a minister's title names the portfolio: `ministr vnitra`,
# `Minister of Home Affairs` (not `ministr Ministerstva vnitra`).
PORTFOLIO_ROLES = frozenset({"role.minister", "role.deputy_minister"})
PORTFOLIO_PREFIX = {"cs": "Ministerstvo ", "en": "Ministry of "}
# missions of an organisation, based where `tại` says (`Phái đoàn Liên minh châu Âu tại Việt
# Nam`: delegace Evropské unie ve Vietnamu / Delegation of the European Union in Vietnam)
RESIDENT_MISSIONS = frozenset({"intl.eu_delegation"})


@dataclass(frozen=True)
class Place:
    """A place name in a title or on its own: as written, and per target language."""

    source: str
    cs: str
    cs_gen: str
    en: str
    concept: str = ""
    country: bool = False  # `Quốc hội Lào`: National Assembly of Laos, Národní shromáždění Laosu
    numbered: bool = False  # `Phường 1`: the renderings hold the level noun (`Ward 1`)


_VI_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]|[\u1ea0-\u1ef9]")


def place_rendering(source: str, entry: Entry | None, keep_diacritics: bool,
                    name_only: bool = False) -> Place:
    """A place: the glossary's renderings (Czech exonym `Hanoj`, genitive `Hanoje`) or, for a
    name the glossary does not list, the Vietnamese name itself (Czech, with or without its
    diacritics by the project's style) and without diacritics (English)."""
    plain = " ".join(map(strip_name_diacritics, source.split(" ")))  # `Sơn Kim 1` too
    if entry is None or name_only:
        cs = source if keep_diacritics else plain
        return Place(source, cs, cs, plain, entry.concept if entry else "")
    cs = entry.target("cs") or source
    gens = entry.genitive.get("cs", ())
    cs_gen = gens[0] if gens else cs
    if not keep_diacritics:
        cs = strip_name_diacritics(cs) if _VI_LETTERS.search(cs) and cs in entry.source_terms \
            else cs
        cs_gen = strip_name_diacritics(cs_gen) if cs_gen in entry.source_terms else cs_gen
    return Place(source, cs, cs_gen, entry.target("en") or plain, entry.concept,
                 entry.pos == "country")


@dataclass
class Part:
    """One title (or one coordinated part, or a body or place on its own), as parsed.

    `body` is a `Body` row or a named glossary `Entry`; `level` comes from a level word or
    (`committee`) a Party committee word; `parents` are bodies the body belongs to
    (`Vụ Tổ chức cán bộ Bộ Giáo dục và Đào tạo`); `join` is the word before the next part.
    """

    mods: list[Modifier] = field(default_factory=list)
    role: Role | None = None
    body: Body | Entry | None = None
    level: Level | None = None
    committee: bool = False
    place: Place | None = None
    parents: list[Part] = field(default_factory=list)
    numeral: str = ""
    join: str = ""
    at: Place | None = None  # `Đại sứ Cuba tại Việt Nam`: where the holder serves
    plural: bool = False  # `các Phó Chủ tịch` in a list of roles: the role in the plural
    numeral_first: bool = False  # `Thuế cơ sở 2 tỉnh Nghệ An`: the number before the level
    # `Ban Quản lý Khu kinh tế X và các khu công nghiệp tỉnh Y`: a second body of the same head
    also: Part | None = None

    @property
    def has_level(self) -> bool:
        return self.level is not None or self.place is not None or bool(self.parents)


def _names_level(place: Place | None, lv: Level | None) -> bool:
    """`thành phố Hồ Chí Minh`: the place's own rendering names the level (`Ho Či Minovo
    Město`, `Ho Chi Minh City`), so the level noun is not written again."""
    if place is None or lv is None or not place.concept:
        return False
    noun = lv.get("cs_noun").lower()
    return bool(noun) and noun in place.cs.lower()


def _strip_end(text: str, end: str) -> str:
    return text[:-len(end)] if end.strip() and text.endswith(end) else text


def _drop(template: str, slot: str, english: bool = False) -> str:
    if english:
        template = template.replace(" of the " + slot, "").replace(" of " + slot, "")
    return re.sub(r"\s*" + re.escape(slot), "", template).strip()


def _named_cs(entry: Entry, gen: bool) -> str:
    """A listed body in a title; one without a listed genitive (`Đoàn giám sát`, a phrase)
    is declined (`vedoucí kontrolní skupiny`), never left in the nominative after a role."""
    cs = entry.target("cs") or entry.source
    if not gen:
        return cs
    gens = entry.genitive.get("cs", ())
    if gens:
        return gens[0]
    return inflect(cs, "gen", "sg") if entry.target("cs") else cs


def _shared_head(one: str, two: str, join: str, first: bool) -> str:
    """Two bodies of one head, the head said once: Czech drops the second's leading words that
    the first has (`správa X a průmyslových zón`), English the first's trailing ones (`X and Y
    Management Board`)."""
    a, b = one.split(" "), two.split(" ")
    k = 0
    while k < min(len(a), len(b)) - 1 and (a[k] == b[k] if first else a[-1 - k] == b[-1 - k]):
        k += 1
    return one + join + " ".join(b[k:]) if first else " ".join(a[:len(a) - k]) + join + two


def _cs_body(p: Part, gen: bool, shared: bool) -> str:
    """The body of a part in Czech (genitive after a role), by the slot rules of the tables."""
    b, lv, place = p.body, (None if shared else p.level), (None if shared else p.place)
    if _names_level(place, lv) and not p.committee:
        lv = None
    if isinstance(b, Entry):
        out = _named_cs(b, gen)
        if p.numeral_first:
            out += " " + p.numeral
        if lv is not None:
            out += " " + lv.get("cs_noun_gen")
        if p.numeral and place is not None and not p.numeral_first:  # … khu vực 1 - Quảng Ngãi
            out += f" {p.numeral} - {place.cs}"
        elif place is not None:
            out += " " + place.cs_gen
        if p.also is not None:  # správa ekonomické zóny X a průmyslových zón provincie Y
            out = _shared_head(out, _cs_body(p.also, gen, False), " a ", first=True)
    elif b is None and not p.committee:  # a level word and a place after a role
        if place is None:  # `Chủ tịch xã`: předseda obce
            return lv.get("cs_noun_gen" if gen else "cs_noun") if lv is not None else ""
        out = f"{lv.get('cs_noun_gen')} {place.cs_gen}" if lv is not None else place.cs_gen
    elif b is None:  # a committee word on its own
        if lv is None:
            return ""
        col = "cs_committee" + ("_gen" if gen else "")
        if _names_level(place, lv):  # `Chi bộ khu phố 3`: the place names the level once
            out = f"{_strip_end(lv.get(col), ' ' + lv.get('cs_noun_gen'))} {place.cs_gen}"
        else:
            place_col = col.replace("committee", "committee_place")
            out = (lv.get(place_col).replace("{place}", place.cs_gen)
                   if place is not None else lv.get(col))
    else:
        col = "cs_gen" if gen else "cs"
        place_col = "cs_place_gen" if gen else "cs_place"
        if b.attach in ("fixed", "name"):
            out = b.get(col)
            if place is not None:  # Národní shromáždění Laosu; `{place_nom}`: letiště Da Nang
                out = (b.get(place_col).replace("{place}", place.cs_gen).replace(
                    "{place_nom}", place.cs) if b.get(place_col) and not place.country
                    else f"{out} {place.cs_gen}")
        elif b.attach in ("committee", "both") and (p.committee or p.parents):
            up = p.parents[0] if p.parents and not shared else None
            if up is not None and isinstance(up.body, Body) and up.body.attach == "committee":
                # a commission of the merged commission after it (round 64): its committee is
                # the merged one's, written after the commission's own name, not inside it
                return f"{_drop(b.get(col), '{committee_gen}')} {_cs_part_body(up, True)}"
            if up is not None:
                fill = _cs_part_body(up, True)
            elif lv is None:
                fill = None
            elif _names_level(place, lv):  # městského výboru strany Ho Či Minova Města
                fill = f"{lv.get('cs_committee_gen')} {place.cs_gen}"
            else:
                fill = (lv.get("cs_committee_place_gen").replace("{place}", place.cs_gen)
                        if place is not None else lv.get("cs_committee_gen"))
            if fill and p.numeral:  # řídící výbor 35 provinčního výboru strany
                return b.get(col).replace("{committee_gen}", f"{p.numeral} {fill}")
            out = (b.get(col).replace("{committee_gen}", fill) if fill
                   else _drop(b.get(col), "{committee_gen}"))
            return out + (" " + p.numeral if p.numeral else "")
        elif lv is None:
            out = b.get(col)
            if place is not None and b.get(place_col):
                out = _drop(b.get(place_col), "{noun_gen}").replace("{place}", place.cs_gen)
            for slot in ("{adj}", "{noun_gen}", "{committee_gen}"):
                out = _drop(out, slot)
        elif place is not None:
            out = (b.get(place_col).replace("{noun_gen}", lv.get("cs_noun_gen"))
                   .replace("{place}", place.cs_gen))
        elif lv.get("cs_adj_position") == "none" and "{adj}" in b.get(col):
            out = _drop(b.get(place_col).replace("{noun_gen}", lv.get("cs_noun_gen")), "{place}")
        else:
            adj_col = b.get("cs_gen_adj_col" if gen else "cs_adj_col")
            out = b.get(col).replace("{noun_gen}", lv.get("cs_noun_gen"))
            out = out.replace("{adj}", lv.get(adj_col)) if adj_col else _drop(out, "{adj}")
            out = _drop(out, "{committee_gen}")
    if p.numeral and not (isinstance(b, Entry) and place is not None) and not p.numeral_first:
        out += " " + p.numeral
    for parent in p.parents:
        out += " " + _cs_part_body(parent, True)
    return out


def _cs_part_body(p: Part, gen: bool) -> str:
    return _cs_body(p, gen, False)


def _en_body(p: Part, shared: bool) -> str:
    b, lv, place = p.body, (None if shared else p.level), (None if shared else p.place)
    if _names_level(place, lv) and not p.committee:
        lv = None
    if isinstance(b, Entry):
        out = b.target("en") or b.source
        if p.numeral_first:
            out += " " + p.numeral
        if lv is not None:
            out = f"{lv.get('en_adj')} {out}"
        if p.numeral and place is not None and not p.numeral_first:
            out = f"{out} {p.numeral} - {place.en}"
        elif place is not None:
            out = f"{out} of {english_country(place.en)}" if place.country or p.at is not None \
                else f"{place.en} {out}"  # a mission abroad: `Embassy of Vietnam in Laos`
        if p.also is not None:  # X Economic Zone and Y provincial Industrial Zones Management Board
            out = _shared_head(out, _en_body(p.also, False), " and ", first=False)
    elif b is None and not p.committee:
        if place is None:  # `Chủ tịch xã`: Chairman of the commune
            return lv.get("en_noun") if lv is not None else ""
        out = f"{place.en} {lv.get('en_noun')}" if lv is not None else place.en
    elif b is None:
        if lv is None:
            return ""
        if place is not None and place.numbered:  # Quarter 3 Party cell: the level named once
            committee = lv.get("en_committee")
            out = f"{place.en} {committee.removeprefix(lv.get('en_adj') + ' ')}"
        else:
            out = (lv.get("en_committee_place").replace("{place}", place.en)
                   if place is not None else lv.get("en_committee"))
    elif b.attach in ("fixed", "name"):
        out = b.get("en")
        if place is not None:
            out = (b.get("en_place").replace("{place}", place.en)
                   if b.get("en_place") and not place.country
                   else f"{out} of {english_country(place.en)}")
    elif b.attach in ("committee", "both") and (p.committee or p.parents):
        if p.parents and not shared:
            fill = _en_body(p.parents[0], False)
        elif lv is None:
            fill = None
        else:
            fill = (lv.get("en_committee_place").replace("{place}", place.en)
                    if place is not None else lv.get("en_committee"))
        if fill and p.numeral and " of the {committee}" in b.get("en"):
            return b.get("en").replace(" of the {committee}", f" {p.numeral} of the {fill}")
        out = b.get("en").replace("{committee}", fill) if fill else _drop(
            b.get("en"), "{committee}", english=True)
        return out + (" " + p.numeral if p.numeral else "")
    elif lv is None:
        out = b.get("en")
        if place is not None and b.get("en_place"):
            out = b.get("en_place").replace("{place}", place.en)
        out = _drop(out, "{committee}", english=True)
        for slot in ("{adj}", "{noun}"):
            out = _drop(out, slot)
    else:
        template = b.get("en_place") if place is not None else b.get("en")
        out = template.replace("{adj}", lv.get("en_adj")).replace("{noun}", lv.get("en_noun"))
        out = _drop(out.replace("{place}", place.en) if place else out, "{committee}", True)
    if p.numeral and not (isinstance(b, Entry) and place is not None) and not p.numeral_first:
        out += " " + p.numeral
    for parent in p.parents:
        out += " of the " + _en_body(parent, False)
    return re.sub(r"\s+", " ", out).strip()


def _portfolio(role: Role, body: Body | Entry | None, lang: str) -> str | None:
    if role.id not in PORTFOLIO_ROLES or not isinstance(body, Entry):
        return None
    name = body.target(lang) or ""
    prefix = PORTFOLIO_PREFIX[lang]
    return name[len(prefix):] if name.startswith(prefix) else None


def _render_part(p: Part, female: bool, shared: bool) -> tuple[str, str]:
    """(Czech, English) of one part; `shared`: its level is written once, at the end."""
    cs_mods = [m.get("cs_f") if female else m.get("cs") for m in p.mods]
    en_mods = [m.get("en") for m in p.mods if m.get("en") != "-"]
    if p.role is None:
        cs, en = _cs_body(p, False, shared), _en_body(p, shared)
        if p.at is not None:  # velvyslanectví Vietnamu pro Laos / Embassy of Vietnam in Laos
            cs, en = _with_at(cs, en, p, None)
        return cs, en
    r = p.role
    has_complement = p.body is not None or p.level is not None or p.place is not None
    if has_complement or p.join:  # a role sharing the next part's body is not bare
        # (`Cục trưởng, Phó Cục trưởng Cục Hải quan`: ředitel a zástupce ředitele …)
        cs_role = r.get("cs_f") if female else r.get("cs")
        en_role = r.get("en_f") if female else r.get("en")
    else:
        cs_role = (r.get("cs_f_bare") or r.get("cs_f")) if female else (
            r.get("cs_bare") or r.get("cs"))
        en_role = (r.get("en_f_bare") or r.get("en_f")) if female else (
            r.get("en_bare") or r.get("en"))
    if p.plural:  # `các Phó Chủ tịch` in a list
        cs_role, en_role = plural_role(cs_role, en_role)
    # `phụ trách`: English says it after the role (`Deputy Director in charge of the …`)
    en_role = " ".join([en_role, *(m.get("en_after") for m in p.mods if m.get("en_after"))])
    portfolio_cs, portfolio_en = _portfolio(r, p.body, "cs"), _portfolio(r, p.body, "en")
    if portfolio_cs is not None and portfolio_en is not None and not p.parents:
        cs = " ".join([*cs_mods, cs_role, portfolio_cs])
        en = " ".join([*en_mods, en_role, "of", portfolio_en])
        if p.place is not None and p.place.country:  # a foreign minister: ministr obrany
            cs, en = f"{cs} {p.place.cs_gen}", f"{en} of {english_country(p.place.en)}"
        return cs, en  # Kambodže / Minister of National Defence of Cambodia
    if p.body is None and p.level is None and p.place is not None:  # Thủ tướng Lào
        cs = " ".join([*cs_mods, cs_role, p.place.cs_gen])
        en = " ".join([*en_mods, en_role, "of", english_country(p.place.en)])
        if p.at is not None:  # velvyslanec Kuby pro Vietnam / Ambassador of Cuba to Vietnam
            cs, en = _with_at(cs, en, p, r)
        for parent in p.parents:  # `trưởng thôn X, xã Y`: the commune the village is in
            cs, en = f"{cs} {_cs_part_body(parent, True)}", f"{en} of the {_en_body(parent, False)}"
        return cs, en
    cs_body, en_body = _cs_body(p, True, shared), _en_body(p, shared)
    if not cs_body:
        return " ".join([*cs_mods, cs_role]), " ".join([*en_mods, en_role])
    cs, en = " ".join([*cs_mods, cs_role, cs_body]), " ".join([*en_mods, en_role, "of the",
                                                                en_body])
    if p.at is not None:  # vedoucí zastoupení UNICEF pro Vietnam / … of UNICEF in Vietnam
        cs, en = _with_at(cs, en, p, r)
    return cs, en


def _with_at(cs: str, en: str, p: Part, r: Role | None) -> tuple[str, str]:
    """Where the holder or mission serves; a Vietnamese body named by its domain and based
    abroad (`Hội Doanh nghiệp Việt Nam tại Séc`) or an office (`Văn phòng WHO tại Việt Nam`) is
    in the country or city (`v`), not a mission (`pro`)."""
    at = p.at
    resident = isinstance(p.body, Entry) and (p.body.concept.startswith((NAMED_PREFIX, "court."))
                                              or p.body.concept in RESIDENT_MISSIONS) \
        or isinstance(p.body, Body) and p.body.id == "body.party_office"  # (`… tại X`)
    return serving(cs, en, at.concept, at.cs, at.cs_gen, at.en, r.get("en_at") if r else None,
                   resident)


def render_parts(parts: list[Part], female: bool) -> tuple[str, str]:
    """A whole (maybe coordinated) title in Czech and English.

    A part without a level of its own before a part with one shares it: the level is written
    once, at the end (`člen stálého výboru a vedoucí organizační komise provinčního výboru
    strany`). Parts are joined with `, … a …` / `, … and …`; `kiêm` gives `a zároveň` /
    `and concurrently`.
    """
    last = parts[-1]
    rendered = []
    for k, p in enumerate(parts):
        shared = k < len(parts) - 1 and not p.has_level and last.has_level
        rendered.append(_render_part(p, female, shared))
    cs, en = rendered[0]
    for k in range(1, len(parts)):
        join = parts[k - 1].join
        if join == "kiêm":
            cs += " a zároveň " + rendered[k][0]
            en += " and concurrently " + rendered[k][1]
        elif k == len(parts) - 1:
            cs += " a " + rendered[k][0]
            en += " and " + rendered[k][1]
        else:
            cs += ", " + rendered[k][0]
            en += ", " + rendered[k][1]
    return cs, en


_FEMALE_NAME = "Thị"
_FEMALE_ADDRESS = "bà"


def holder_is_female(low, sens, start: int, end: int) -> bool:
    """The holder's name, next to the title, has `Thị`, or the name follows `bà`."""
    k = end
    while k < len(sens) and sens[k][:1].isupper() and k - end < 5:
        if sens[k] == _FEMALE_NAME:
            return True
        k += 1
    k = start - 1
    if k >= 0 and low[k] == ",":
        k -= 1
    run_end = k
    while k >= 0 and run_end - k < 6:
        if sens[k] == _FEMALE_NAME or low[k] == _FEMALE_ADDRESS:
            return True
        if not sens[k][:1].isupper():
            break
        k -= 1
    return False
