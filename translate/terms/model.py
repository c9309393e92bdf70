"""The glossary's data: concepts (`Entry`) in an ordered `Glossary` with a content signature.

File formats are in `tsv.py` (our own, documented in glossaries/README.md), `tbx.py`
(TBX-Basic) and `csv_import.py` (Weblate/Google CSV); `files.py` loads and merges them and
`lint.py` checks them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SOURCE_LANG", "CASES", "KINDS", "Entry", "Glossary", "split_alternatives",
           "is_lang_column", "LANG_SUFFIXES"]

SOURCE_LANG = "vi"
CASES = ("auto", "sensitive", "insensitive")
KINDS = ("term", "doctype", "number-sign", "dnt")


@dataclass(frozen=True)
class Entry:
    """One concept: a Vietnamese term with its variants and its renderings per language."""

    concept: str
    source: str
    variants: tuple[str, ...] = ()
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forbidden: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pos: str = ""
    case: str = "auto"
    kind: str = "term"
    note: str = ""
    path: str | None = None
    line: int | None = None
    # the genitive singular of each rendering, per language (`cs_gen`): composes titles
    genitive: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def source_terms(self) -> tuple[str, ...]:
        """The Vietnamese term followed by its variants."""
        return (self.source, *self.variants)

    def case_sensitive(self, term: str) -> bool:
        """`auto`: abbreviations written in capitals (`UBND`, `HĐND`) match case-sensitively."""
        if self.case == "sensitive":
            return True
        if self.case == "insensitive":
            return False
        letters = [c for c in term if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in term

    def target(self, lang: str) -> str | None:
        """The preferred rendering in `lang`, or None."""
        values = self.targets.get(lang, ())
        return values[0] if values else None


@dataclass
class Glossary:
    """An ordered list of entries; `signature` identifies its content in PO comments."""

    entries: list[Entry] = field(default_factory=list)
    path: str | None = None
    # the title grammar (`translate.terms.titles.TitleGrammar`) composing titles the entries
    # do not list; None: matching uses the entries alone
    grammar: object | None = field(default=None, compare=False)
    _index: dict[str, Entry] = field(default_factory=dict, init=False, repr=False, compare=False)
    _index_key: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    @property
    def languages(self) -> list[str]:
        """Target languages present in the glossary, in first-seen order."""
        seen: dict[str, None] = {}
        for entry in self.entries:
            for lang in entry.targets:
                seen.setdefault(lang, None)
        return list(seen)

    def get(self, concept: str) -> Entry | None:
        """The first entry with this concept id (the index is rebuilt when entries change)."""
        key = (id(self.entries), len(self.entries))
        if self._index_key != key:
            index: dict[str, Entry] = {}
            for entry in self.entries:
                index.setdefault(entry.concept, entry)
            self._index, self._index_key = index, key
        return self._index.get(concept)

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    @property
    def signature(self) -> str:
        """Short content hash (12 hex digits) over the entries, not the file's layout.

        Comments, blank lines and column order do not change it; any term, target, form,
        forbidden rendering, case or kind change does.
        """
        digest = hashlib.sha256()
        for entry in sorted(self.entries, key=lambda e: (e.concept, e.source)):
            parts = [
                entry.concept,
                entry.source,
                "|".join(entry.variants),
                entry.case,
                entry.kind,
                entry.pos,
            ]
            for name in ("targets", "forms", "forbidden", "genitive"):
                values = getattr(entry, name)
                parts.extend(f"{name}.{k}={'|'.join(values[k])}" for k in sorted(values))
            digest.update("\t".join(parts).encode("utf-8"))
            digest.update(b"\n")
        if self.grammar is not None:
            digest.update(f"grammar:{getattr(self.grammar, 'signature', '')}".encode())
        return digest.hexdigest()[:12]

    def describe(self) -> str:
        """sacrebleu-style one-liner for PO comments: `glossary:vi-cs.tsv|concepts:132|sig:…`."""
        name = Path(self.path).name if self.path else "-"
        return f"glossary:{name}|concepts:{len(self.entries)}|sig:{self.signature}"


def split_alternatives(value: str) -> tuple[str, ...]:
    """`a | b|` → ("a", "b"): the `|`-separated alternatives of a glossary cell."""
    return tuple(v.strip() for v in value.split("|") if v.strip())


def is_lang_column(name: str) -> bool:
    """`cs`, `cs_forms`, `cs_forbidden`, `cs_gen`, `en`...: a per-language column."""
    base = name.split("_", 1)[0]
    suffix = name[len(base) :]
    return (
        base.isalpha()
        and base.islower()
        and 2 <= len(base) <= 3
        and suffix in LANG_SUFFIXES
    )


# Per-language columns: the renderings, extra accepted forms, forbidden renderings and the
# genitive singular of each rendering (in the same order; used to compose titles).
LANG_SUFFIXES = ("", "_forms", "_forbidden", "_gen")
