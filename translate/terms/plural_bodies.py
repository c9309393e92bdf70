"""Plural bodies: one body for several units of a level (`UBND các xã`, `Thuế các tỉnh, thành
phố`, `Hội Cựu chiến binh các phường`), split from `compose.py`.

News writes `các` + one or more level words after a body that takes a level; it means the body
of every such unit, so the rendering is the singular body of the first level put in the plural,
with the other levels coordinated: `obecní lidové výbory` / `commune People's Committees`,
`provinční a městské daňové správy` / `provincial and municipal Tax Offices`, `svazy veteránů
městských čtvrtí` / `ward Veterans' Associations`. Only where the singular rendering shows the
level in one of the two shapes the tables write (a leading adjective, or the level noun in the
genitive at the end); otherwise nothing is matched (the body alone stays as before), and never
when a place name follows (`UBND các xã A, B`: a list of places) or a word that picks some of
the units (`các tỉnh ven biển`, `các xã thuộc huyện`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translate.terms.inflect import english_plural, gender_of, inflect
from translate.terms.model import Entry
from translate.terms.place_tokens import name_level
from translate.terms.titles import Body, Level, Part, Place, render_parts
from translate.terms.tokens import TokenTrie, term_tokens

__all__ = ["PICKING", "PLURAL_WORD", "LevelStems", "plural_id", "plural_targets", "read_levels"]

PLURAL_WORD = "các"
_AND = frozenset({",", "và"})
# a region or a relation after the level picks some units (`Ủy ban MTTQ Việt Nam các tỉnh ven
# biển`, `các xã vùng cao`, `các xã thuộc huyện`): the body alone is the term there; a plural
# title reads a region after them (`plural_titles.py`)
PICKING = frozenset({"ven", "miền", "vùng", "phía", "biên", "giáp", "đồng", "khu", "thuộc",
                     "trong", "ở", "nằm", "dọc", "lân"})


def read_levels(levels: TokenTrie, low: Sequence[str], sens: Sequence[str], j: int,
                body: object, picks: bool = False) -> tuple[list[Level], int] | None:
    """`các` + level words joined by `,`/`và` at token `j`, each allowed for `body`; None when
    a place name follows (a list of named units, not the body of every unit), or a word that
    picks some units unless `picks` (a plural title reads a region after them)."""
    if low[j:j + 1] != [PLURAL_WORD]:
        return None
    allowed = body.levels if isinstance(body, Body) else None
    found: list[Level] = []
    k = j + 1
    while True:
        level = levels.longest(low, sens, k)
        if level is None or allowed is not None and level[1].id not in allowed:
            break
        found.append(level[1])
        k = level[0]
        if k + 1 < len(low) and low[k] in _AND and levels.longest(low, sens, k + 1):
            k += 1
            continue
        break
    if not found or k < len(low) and (sens[k][:1].isupper() or low[k] in PICKING and not picks):
        return None
    return found, k


def plural_id(more: list[Level]) -> str:
    """The concept's id suffix: the other levels and the plural mark."""
    return "".join("&" + lv.id.split(".", 1)[1] for lv in more) + "*pl"


def _coordinate(words: list[str], conj: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conj} {words[-1]}"


def _adj_pl(level: Level, gender: str) -> str:
    """A level adjective in the nominative plural (inanimate): the neuter singular (`městské`,
    `obecní`), `-á` for a neuter body's hard adjective (`městská ředitelství`)."""
    adj = level.get("cs_adj_n")
    return adj[:-1] + "á" if gender == "n" and adj.endswith("é") else adj


def _adj_gen_pl(level: Level) -> str:
    """A level adjective in the genitive plural (`městských`, `obecních`; the table's)."""
    return level.get("cs_adj_pl_gen")


def _czech(sg: str, bare: str, levels: list[Level], case: str = "nom") -> str | None:
    """`sg`: the body with the first level; `bare`: the body without a level; `case`: `nom`,
    or `gen` after a role in the plural (`plural_titles.py`)."""
    first = levels[0]
    adjs = [first.get(c) for c in ("cs_adj_m", "cs_adj_f", "cs_adj_n")]
    if all(lv.get("cs_adj_position") == "before" for lv in levels):
        adj = next((a for a in dict.fromkeys(adjs) if a and sg.startswith(a + " ")), None)
        if adj is not None:
            pl = inflect(sg, case, "pl", animate=False).split()
            n, gender = len(adj.split()), gender_of(bare or sg)
            more = [_adj_pl(lv, gender) if case == "nom" else _adj_gen_pl(lv)
                    for lv in levels[1:]]
            return f"{_coordinate([' '.join(pl[:n]), *more], 'a')} {' '.join(pl[n:])}"
    shown = sg.endswith(" " + first.get("cs_noun_gen")) or any(
        a and sg.startswith(a + " ") for a in adjs)
    if bare and shown and all(lv.get("cs_noun_pl_gen") for lv in levels):
        nouns = [lv.get("cs_noun_pl_gen") for lv in levels]  # written out: `obcí`
        return f"{inflect(bare, case, 'pl', animate=False)} {_coordinate(nouns, 'a')}"
    return None


def _english(sg: str, levels: list[Level]) -> str | None:
    adj = levels[0].get("en_adj")
    if not adj or not sg.lower().startswith(adj.lower() + " "):
        return None
    rest = english_plural(sg)[len(adj) + 1:]
    adjs = [sg[:len(adj)], *(lv.get("en_adj") for lv in levels[1:])]
    return f"{_coordinate(adjs, 'and')} {rest}"


def plural_targets(part: Part, levels: list[Level], built_in: bool = False, case: str = "nom"
                   ) -> dict[str, tuple[str, ...]] | None:
    """Czech and English renderings of the body of every unit of `levels`, or None where the
    singular rendering does not show the level in a shape this module can put in the plural.
    `built_in`: a listed body whose level is part of it (`Thuế tỉnh`); `case`: the Czech
    case (`gen` after a role)."""
    if built_in:
        (cs_sg, en_sg), bare = render_parts([part], False), ""
    else:
        cs_sg, en_sg = render_parts([Part(body=part.body, level=levels[0])], False)
        bare = render_parts([Part(body=part.body)], False)[0]
    cs, en = _czech(cs_sg, bare, levels, case), _english(en_sg, levels)
    if cs is None or en is None:
        return None
    return {"cs": (cs,), "en": (en,)}


class LevelStems:
    """Listed bodies with their level built in, by the words before the level (`Thuế` of `Thuế
    tỉnh`, `Thống kê` of `Thống kê tỉnh`): `Thuế các tỉnh, thành phố` is the plural of the
    first level's body, where no table body has those words; `Thuế TP.HCM` the body of the
    level a city's name holds (`named_level`)."""

    def __init__(self, entries: Sequence[Entry], levels: TokenTrie) -> None:
        self.trie = TokenTrie()
        self.starts = TokenTrie()  # stem + `các`: where the parser may start (`title_starts.py`)
        self._tables: dict[tuple[str, ...], dict[str, Entry]] = {}
        # first tokens of places whose name holds their level (`TP.HCM`, `Thành phố Hồ Chí
        # Minh`): the parser may start at a stem before one (`Thuế TP.HCM`, `named_level`)
        self._name_firsts = {term_tokens(term)[0] for entry in entries if entry.pos == "place"
                             for term in entry.source_terms if name_level(term)}
        for entry in entries:
            if entry.kind != "term" or entry.pos not in ("body", "org"):
                continue
            for term in entry.source_terms:
                toks = term_tokens(term)
                low = [t.lower() for t in toks]
                for k in range(1, len(toks)):
                    level = levels.longest(low, toks, k)
                    if level is not None and level[0] == len(toks) and term[:1].isupper():
                        self._add(tuple(toks[:k]), level[1].id, entry)

    def _add(self, stem: tuple[str, ...], level_id: str, entry: Entry) -> None:
        key = tuple(t.lower() for t in stem)
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = {}
            self.trie.add(" ".join(stem), table, cap_first=True)
            self.starts.add(" ".join((*stem, PLURAL_WORD)), table, cap_first=True)
            for first in sorted(self._name_firsts):
                self.starts.add(" ".join((*stem, first)), table, cap_first=True)
        table.setdefault(level_id, entry)

    def named_level(self, known: Callable[[Sequence[str], Sequence[str], int],
                                          tuple[int, Place] | None],
                    low: Sequence[str], sens: Sequence[str], i: int
                    ) -> tuple[Part, int] | None:
        """`Thuế TP.HCM`: a stem, then a listed place whose name holds its level (`TP.HCM`,
        `Thành phố Hồ Chí Minh`): the listed body of that level at that place (round forty);
        not before a bare name (`Thuế Mỹ`: a tariff)."""
        for end, table in self.trie.matches(low, sens, i):
            place = known(low, sens, end) if end < len(low) else None
            level = name_level(place[1].source) if place is not None else None
            entry = table.get(level) if level is not None else None
            # not where the English would say the level twice (`… City City Statistics Office`)
            if entry is not None and (entry.target("en") or "").split(" ")[0] \
                    != place[1].en.split(" ")[-1]:
                return Part(body=entry, place=place[1]), place[0]
        return None

    def read(self, levels: TokenTrie, low: Sequence[str], sens: Sequence[str], i: int
             ) -> tuple[Entry, list[Level], int] | None:
        """(the first level's listed body, the levels, the end) at token `i`, or None."""
        for end, table in self.trie.matches(low, sens, i):
            found = read_levels(levels, low, sens, end, None) if end < len(low) else None
            if found is not None and found[0][0].id in table:
                return table[found[0][0].id], found[0], found[1]
        return None
