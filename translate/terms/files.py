"""Loading glossaries by file type, merging several into one, and a project's glossaries."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from translate.config import Config
from translate.errors import InputError
from translate.terms.csv_import import read_csv
from translate.terms.model import Entry, Glossary
from translate.terms.tbx import read_tbx, write_tbx
from translate.terms.tsv import read_tsv, write_tsv

__all__ = ["load_glossary", "save_glossary", "merge_glossaries", "load_project_glossaries",
           "GLOSSARY_SUFFIXES"]

GLOSSARY_SUFFIXES = (".tsv", ".tab", ".tbx", ".csv")


def load_glossary(path: str | Path, target: str = "cs") -> Glossary:
    """Load by extension: `.tsv`/`.tab`, `.tbx`/`.xml`, `.csv` (`target` names a CSV's language)."""
    suffix = Path(path).suffix.lower()
    if not Path(path).exists():
        raise InputError(
            "glossary not found", path=path, hint="see glossaries/ for the shipped ones"
        )
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
    for g in glossaries:
        paths.append(g.path or "-")
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
                pos=old.pos or e.pos,
                case=old.case,
                kind=old.kind,
                note=old.note or e.note,
                path=old.path,
                line=old.line,
            )
    return Glossary(entries=[merged[k] for k in order], path="+".join(paths))


def load_project_glossaries(config: Config) -> Glossary | None:
    """The project's glossaries merged into one (None when the project has none)."""
    paths = list(config.glossaries)
    if not paths and config.glossary_dir.is_dir():
        paths = sorted(p for p in config.glossary_dir.iterdir()
                       if p.suffix.lower() in (".tsv", ".tbx", ".csv"))
    if not paths:
        return None
    return merge_glossaries(load_glossary(p) for p in paths)
