"""The title grammar's tables (split from `titles.py`, which renders composed titles): roles,
modifiers, levels and bodies as data, loaded from `translate/data/titles/` and checked where
read (errors name the file, line and column), with the word lists beside them (surnames, place
words, place prepositions) and the bodies named by their domain. `signature` identifies the
content, so renderings cached under it change when a table does.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from translate.errors import InputError
from translate.tables import read_table, require_columns
from translate.terms.model import split_alternatives
from translate.terms.named import NamedVocabulary, load_named_vocabulary
from translate.terms.tokens import abbreviated

__all__ = ["TITLES_DIR", "ATTACH", "PARTY_COMMITTEE", "TitleGrammar", "Role", "Modifier", "Level",
           "Body", "load_title_grammar"]

TITLES_DIR = Path(__file__).resolve().parent.parent / "data" / "titles"
_FILES = {
    "roles": ("id", "vi", "cs", "cs_f", "en", "en_f"),
    "modifiers": ("id", "vi", "position", "cs", "cs_f", "en"),
    "levels": ("id", "vi", "vi_committee", "cs_noun_gen", "cs_committee_gen", "en_adj",
               "en_committee"),
    "bodies": ("id", "vi", "attach", "cs", "cs_gen", "en"),
}
ATTACH = ("committee", "level", "fixed", "both", "name")


def _row(table, row) -> MappingProxyType:
    cells = dict(zip(table.header, (c.strip() for c in row.cells), strict=False))
    return MappingProxyType({name: cells.get(name, "") for name in table.header})


@dataclass(frozen=True)
class _Item:
    """A row of a title table: its id, Vietnamese spellings and every column as written."""

    id: str
    terms: tuple[str, ...]
    row: MappingProxyType = field(repr=False, compare=False)

    def get(self, column: str) -> str:
        return self.row.get(column, "")


class Role(_Item):
    @property
    def shares(self) -> str:
        return self.get("shares")

    @cached_property
    def bodies(self) -> frozenset[str]:
        return frozenset(split_alternatives(self.get("bodies")))

    @cached_property
    def complete(self) -> bool:
        return self.get("complete").lower() in ("yes", "true", "1")


class Modifier(_Item):
    @property
    def before(self) -> bool:
        return self.get("position") in ("before", "outside")

    @property
    def outside(self) -> bool:
        """Read before a title but left outside its span (`nguyên`, `tân`: the annotators' rule)."""
        return self.get("position") == "outside"


class Level(_Item):
    @cached_property
    def committee_terms(self) -> tuple[str, ...]:
        return (self.get("vi_committee"), *split_alternatives(self.get("vi_committee_variants")))


# the Party committee's body (`Đảng ủy` + a level word) in bodies.tsv: the chains of titles and
# the parents after a comma both ask whether a part names it
PARTY_COMMITTEE = "body.party_committee"


class Body(_Item):
    @property
    def attach(self) -> str:
        return self.get("attach")

    @cached_property
    def levels(self) -> frozenset[str]:
        return frozenset(split_alternatives(self.get("levels")))


@dataclass(frozen=True)
class TitleGrammar:
    """The four title tables, loaded and checked; `signature` identifies their content."""

    roles: tuple[Role, ...]
    modifiers: tuple[Modifier, ...]
    levels: tuple[Level, ...]
    bodies: tuple[Body, ...]
    surnames: frozenset[str] = frozenset()
    place_words: tuple[str, ...] = ()  # `cửa khẩu`, `sông`: a place name follows
    keep_place_diacritics: bool = True
    signature: str = ""
    path: str = ""
    named: NamedVocabulary | None = None  # bodies named by their domain (`named.py`)
    # `tại`, `từ`: a name of two or more capitalised syllables after them is a place
    place_prepositions: tuple[str, ...] = ()
    # clan names written last (`Y Bhiôn Ayun`): never the first of a double surname
    last_surnames: frozenset[str] = frozenset()

    def describe(self) -> str:
        named = f"; named bodies: {self.named.describe()}" if self.named is not None else ""
        return (f"title grammar ({len(self.roles)} roles, {len(self.bodies)} bodies, "
                f"{len(self.levels)} levels, {len(self.modifiers)} modifiers{named})")


def load_title_grammar(folder: str | Path = TITLES_DIR,
                       keep_place_diacritics: bool = True) -> TitleGrammar:
    """Read the title tables of `folder`; errors name the file, line and column."""
    folder = Path(folder)
    digest = hashlib.sha256()
    loaded: dict[str, list] = {}
    classes = {"roles": Role, "modifiers": Modifier, "levels": Level, "bodies": Body}
    ids: set[str] = set()
    for name, required in _FILES.items():
        path = folder / f"{name}.tsv"
        table = read_table(path, comments=True, what="title table")
        require_columns(table, required)
        items = []
        for row in table.rows:
            cells = _row(table, row)
            for column in required:
                if not cells[column]:
                    raise InputError(f"empty '{column}'", path=path, line=row.line,
                                     hint="every row needs " + ", ".join(required))
            if cells["id"] in ids:
                raise InputError(f"id '{cells['id']}' used twice", path=path, line=row.line)
            if name == "bodies" and cells["attach"] not in ATTACH:
                raise InputError(f"attach must be one of {', '.join(ATTACH)}", path=path,
                                 line=row.line)
            ids.add(cells["id"])
            terms = abbreviated((cells["vi"], *split_alternatives(cells.get("vi_variants", ""))))
            items.append(classes[name](cells["id"], terms, cells))
            digest.update("\t".join(f"{k}={v}" for k, v in cells.items()
                                    if k != "note").encode("utf-8"))
        loaded[name] = items
    surnames, place_words = _word_list(folder / "surnames.txt"), _word_list(
        folder / "place_words.txt")
    prepositions = _word_list(folder / "place_prepositions.txt")
    last = _word_list(folder / "surnames_last.txt")
    digest.update("|".join([*surnames, "", *place_words, "", *prepositions]).encode("utf-8"))
    if last:  # (a folder without the list keeps its old signature)
        digest.update("|".join(["", *last]).encode("utf-8"))
    digest.update(b"diacritics" if keep_place_diacritics else b"plain")
    named = load_named_vocabulary(folder)
    digest.update(named.signature.encode() if named is not None else b"")
    return TitleGrammar(tuple(loaded["roles"]), tuple(loaded["modifiers"]),
                        tuple(loaded["levels"]), tuple(loaded["bodies"]), frozenset(surnames),
                        tuple(place_words), keep_place_diacritics, digest.hexdigest()[:12],
                        str(folder), named, tuple(prepositions), frozenset(last))


def _word_list(path: Path) -> list[str]:
    """One word or phrase a line; `#` comments and blank lines skipped; none if absent."""
    if not path.exists():
        return []
    words = (w.strip() for w in path.read_text("utf-8").splitlines())
    return [w for w in words if w and not w.startswith("#")]
