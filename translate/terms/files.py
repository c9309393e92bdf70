"""Loading glossaries by file type, merging several into one, and a project's glossaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from translate.config import Config
from translate.errors import InputError
from translate.fileio import regular_file
from translate.terms.csv_import import read_csv
from translate.terms.model import Entry, Glossary
from translate.terms.tbx import read_tbx, write_tbx
from translate.terms.titles import TITLES_DIR, load_title_grammar
from translate.terms.tsv import read_tsv, write_tsv
from translate.text.localize import strip_name_diacritics

__all__ = ["load_glossary", "save_glossary", "merge_glossaries", "load_project_glossaries",
           "load_shipped_glossaries", "shipped_glossary_paths", "project_glossary_paths",
           "describe_glossaries", "GLOSSARY_SUFFIXES", "SHIPPED_DIR"]

GLOSSARY_SUFFIXES = (".tsv", ".tab", ".tbx", ".csv")
# The glossaries installed with the package (package data): used from any working folder.
SHIPPED_DIR = Path(__file__).resolve().parent.parent / "data" / "glossaries"
PLACE_POS = ("place", "country")


def load_glossary(path: str | Path, target: str = "cs") -> Glossary:
    """Load by extension: `.tsv`/`.tab`, `.tbx`/`.xml`, `.csv` (`target` names a CSV's language)."""
    suffix = Path(path).suffix.lower()
    _glossary_file(path)
    if suffix in (".tbx", ".xml"):
        return read_tbx(path)
    if suffix == ".csv":
        return read_csv(path, target=target)
    return read_tsv(path)


def save_glossary(glossary: Glossary, path: str | Path) -> None:
    """Write by extension: `.tbx` (TBX-Basic) or `.tsv` (our format); atomic."""
    suffix = Path(path).suffix.lower()
    if suffix == ".tbx":
        write_tbx(glossary, path)
    elif suffix in (".tsv", ".tab"):
        write_tsv(glossary, path)
    else:
        raise InputError("cannot write this glossary format", path=path, hint="use .tsv or .tbx")


def merge_glossaries(glossaries: Iterable[Glossary]) -> Glossary:
    """Combine glossaries (e.g. vi-cs.tsv and vi-en.tsv): entries with the same concept id and
    Vietnamese term are merged (targets of each language added); others are appended."""
    merged: dict[tuple[str, str], Entry] = {}
    order: list[tuple[str, str]] = []
    paths = []
    grammar = None
    for g in glossaries:
        paths.append(g.path or "-")
        grammar = grammar if grammar is not None else g.grammar
        for e in g.entries:
            key = (e.concept, e.source)
            if key not in merged:
                merged[key] = e
                order.append(key)
                continue
            old = merged[key]
            merged[key] = Entry(
                concept=old.concept,
                source=old.source,
                variants=tuple(dict.fromkeys(old.variants + e.variants)),
                targets={
                    **old.targets,
                    **{k: v for k, v in e.targets.items() if v and not old.targets.get(k)},
                },  # fmt: skip
                forms={**e.forms, **old.forms},
                forbidden={**e.forbidden, **old.forbidden},
                genitive={**e.genitive, **old.genitive},
                pos=old.pos or e.pos,
                case=old.case,
                kind=old.kind,
                note=old.note or e.note,
                path=old.path,
                line=old.line,
            )
    return Glossary(entries=[merged[k] for k in order], path="+".join(paths), grammar=grammar)


def shipped_glossary_paths() -> list[Path]:
    """The package's glossary files, in name order (`vi-cs.tsv`, `vi-cs.bodies-places.tsv`…)."""
    if not SHIPPED_DIR.is_dir():
        return []
    return sorted(p for p in SHIPPED_DIR.iterdir() if p.suffix.lower() in GLOSSARY_SUFFIXES)


def _glossary_file(path: str | Path) -> Path:
    """`path` if it is a glossary file; missing, a broken link, a link loop, a folder or a
    FIFO is an input error naming it."""
    if not Path(path).exists() and not Path(path).is_symlink():
        raise InputError(
            "glossary not found", path=path, hint="see glossaries/ for the shipped ones"
        )
    return regular_file(path, "glossary")


def project_glossary_paths(config: Config) -> list[Path]:
    """The project's own glossaries: `translate.toml`'s paths, else the glossary folder's files
    (files that are the shipped ones themselves, e.g. inside the repository, are left out)."""
    paths = list(config.glossaries)
    if not paths and config.glossary_dir.is_dir():
        paths = sorted(p for p in config.glossary_dir.iterdir()
                       if p.suffix.lower() in GLOSSARY_SUFFIXES)
    shipped = {p.resolve() for p in shipped_glossary_paths()} if config.shipped_glossaries \
        else set()
    return [p for p in paths if _glossary_file(p).resolve() not in shipped]


def load_shipped_glossaries(keep_place_diacritics: bool = True) -> Glossary:
    """Every shipped glossary merged into one, with the title grammar attached."""
    glossaries = [load_glossary(p) for p in shipped_glossary_paths()]
    merged = merge_glossaries(glossaries)
    merged.grammar = load_title_grammar(TITLES_DIR, keep_place_diacritics)
    return _place_style(merged, keep_place_diacritics)


def load_project_glossaries(config: Config) -> Glossary | None:
    """The project's glossaries, then the shipped ones, merged into one (None when there are
    none at all): the project's renderings win where both define a concept or a term."""
    own = [load_glossary(p) for p in project_glossary_paths(config)]
    if config.shipped_glossaries:
        shipped = load_shipped_glossaries(config.keep_name_diacritics)
        return _place_style(merge_glossaries([*own, shipped]), config.keep_name_diacritics)
    if not own:
        return None
    return merge_glossaries(own)


def describe_glossaries(config: Config, glossary: Glossary | None) -> str:
    """One line for `run`: which glossaries are used and how many concepts they hold."""
    if glossary is None:
        return "no glossary: terms are not enforced (add glossaries/ or [glossary] shipped = true)"
    parts = []
    if config.shipped_glossaries:
        names = ", ".join(p.name for p in shipped_glossary_paths())
        parts.append(f"shipped ({names})")
        if glossary.grammar is not None:
            parts.append(glossary.grammar.describe())
    own = project_glossary_paths(config)
    if own:
        parts.append("project (" + ", ".join(str(p) for p in own) + ")")
    return f"glossaries: {' + '.join(parts)}; {len(glossary)} concepts"


def _place_style(glossary: Glossary, keep_diacritics: bool) -> Glossary:
    """Without diacritics (`[locale] keep_name_diacritics = false`): place names that are
    rendered by their Vietnamese name (`Hà Tĩnh`, no Czech exonym) are written `Ha Tinh`,
    the Vietnamese spelling still accepted; exonyms (`Hanoj`) are left alone."""
    if keep_diacritics:
        return glossary
    entries = []
    for e in glossary.entries:
        if e.pos in PLACE_POS:
            own = set(e.source_terms)
            targets = {lang: tuple(dict.fromkeys(
                v for t in values for v in ((strip_name_diacritics(t), t) if t in own else (t,))))
                for lang, values in e.targets.items()}
            e = replace(e, targets=targets)
        entries.append(e)
    return Glossary(entries=entries, path=glossary.path, grammar=glossary.grammar)
