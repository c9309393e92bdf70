"""The memory in the workflow: drafts for `run`/`update`, `learn` from reviewed PO files,
and import/export of TMX and PO files (OmegaT, Trados, other PO tools)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import polib

from translate import GENERATOR
from translate.config import Config
from translate.errors import InputError
from translate.fileio import database_errors, existing
from translate.languages import base_language
from translate.lock import locked
from translate.memory.store import (
    DEFAULT_THRESHOLD,
    DEFAULT_TMX,
    TranslationMemory,
    index_path_for,
)
from translate.memory.tmx import Unit, read_tmx, write_tmx
from translate.po.catalog import catalog_language, load_catalog, save_catalog
from translate.po.files import po_files
from translate.po.provenance import MEMORY, EntryDraft, memory_origin, one_line

__all__ = ["import_file", "export_file", "memory_path", "memory_errors", "memory_drafts",
           "apply_memory", "learn", "change_memory"]


def import_file(
tm: TranslationMemory, path: str | Path, target_lang: str | None = None,
source_lang: str = "vi",
) -> dict[str, int]:
    """Add the pairs of a TMX or PO file (PO: translated, non-fuzzy entries only).

    Units whose source is not in `source_lang` are not imported (a TMX of English sources
    would otherwise be stored under our `vi` srclang); a file with none in it is an error.
    Returns counts of "added", "updated", "unchanged". Call `tm.save()` afterwards.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=path, hint="give a .tmx or .po file")
    suffix = path.suffix.lower()
    if suffix == ".tmx":
        units = read_tmx(path, source_lang=source_lang)
    elif suffix in (".po", ".pot"):
        units = _read_po_units(path, target_lang, source_lang)
    else:
        raise InputError(
            "cannot import this kind of file",
            path=path,
            hint="the memory imports .tmx and .po files",
        )
    ours = base_language(source_lang)
    foreign = sorted({u.source_lang for u in units if base_language(u.source_lang) != ours})
    units = [u for u in units if base_language(u.source_lang) == ours]
    if foreign and not units:
        raise InputError(
            f"no {ours} segments to import: the file's source language is "
            f"{', '.join(foreign)}", path=path,
            hint=f"the memory holds {ours} sources; import a TMX with {ours} variants")
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    for unit in units:
        if target_lang and unit.target_lang != base_language(target_lang):
            continue
        counts[tm.add_unit(replace(unit, source_lang=ours))] += 1
    return counts

def export_file(tm: TranslationMemory, path: str | Path, target_lang: str | None = None) -> int:
    """Write the memory (or one language of it) as TMX, or as PO for one language."""
    path = Path(path)
    units = list(tm.units(target_lang))
    if path.suffix.lower() == ".po":
        langs = {u.target_lang for u in units}
        if len(langs) > 1:
            raise InputError(
                "a PO file holds one target language",
                path=path,
                hint=f"choose one of {', '.join(sorted(langs))}",
            )
        _write_po_units(path, units, target_lang or (langs.pop() if langs else ""))
    else:
        write_tmx(path, units)
    return len(units)


def _read_po_units(path: Path, target_lang: str | None, source_lang: str) -> list[Unit]:
    po = load_catalog(path)
    lang = catalog_language(po, path, target_lang)
    origin = portable_origin(path)
    return [
        Unit(e.msgid, e.msgstr, lang, source_lang, origin)
        for e in po
        if e.msgstr and not e.obsolete and not e.fuzzy and not e.msgid_plural
    ]


def _write_po_units(path: Path, units: list[Unit], target_lang: str) -> None:
    po = polib.POFile(wrapwidth=0)
    po.header = "Translation memory export (vi-translate)."
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": target_lang,
        "X-Generator": GENERATOR,
    }
    for u in units:
        po.append(polib.POEntry(msgid=u.source, msgstr=u.target))
    save_catalog(po, path, records=False)


def memory_errors(tmx: Path):
    """SQLite errors of the memory's index as one line naming it (a full disk included)."""
    return database_errors(index_path_for(tmx), "the memory index",
                           "it is rebuilt from the TMX: delete it and run the command again")


def memory_path(config: Config) -> Path:
    """The project's memory: `[memory] path` in translate.toml, else `corpus/memory.tmx`."""
    return Path(config.memory) if config.memory else DEFAULT_TMX


def memory_drafts(
    tm: TranslationMemory,
    sentences: Iterable[str],
    target_lang: str,
    threshold: float = DEFAULT_THRESHOLD,
) -> dict:
    """Drafts from the memory, by sentence: an exact match arrives approved (not fuzzy, as
    OmegaT and `pot2po --tm` insert 100 % matches); a fuzzy match >= threshold arrives fuzzy,
    with its score and the matched source in a `memory:` comment for the reviewer."""
    drafts = {}
    for sentence in sentences:
        hit = tm.lookup_exact(sentence, target_lang)
        if hit is not None:
            drafts[sentence] = EntryDraft(sentence, hit.target, memory_origin(100), fuzzy=False)
            continue
        hits = tm.lookup_fuzzy(sentence, target_lang, threshold=threshold, limit=1)
        if hits:
            best = hits[0]
            drafts[sentence] = EntryDraft(
                sentence, best.target, memory_origin(best.score), fuzzy=True,
                comments=[f"{MEMORY} {best.score}% match for: {one_line(best.source)}"],
            )
    return drafts


def apply_memory(
    needed: dict[str, list[str]], config: Config
) -> tuple[dict[str, dict], dict[str, list[str]]]:
    """Fill what the memory can (when the project has one): returns the memory drafts per
    target and what is still left for the model, per target."""
    path = memory_path(config)
    if not existing(path, "translation memory"):
        return {t: {} for t in needed}, needed
    threshold = config.memory_threshold
    with memory_errors(path), TranslationMemory.open(path) as tm:
        found = {t: memory_drafts(tm, sentences, t, threshold) for t, sentences in needed.items()}
    left = {t: [s for s in sentences if s not in found[t]] for t, sentences in needed.items()}
    return found, left


def portable_origin(path: Path) -> str:
    """Where a pair came from, as stored in the TMX: the PO file relative to the working
    folder (the project), with `/`, so the memory means the same on every machine; a file
    outside the project is named by its language folder and name (`cs/article.po`)."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(resolved.parent.name, resolved.name).as_posix()


def learn(tm: TranslationMemory, paths: Iterable[str | Path], source_lang: str = "vi",
          lang: str | None = None) -> dict:
    """Add the approved entries (translated, not fuzzy, not obsolete) of PO files or folders.

    Every file is parsed, and its language known (`--lang`, its header or its folder),
    before anything is added, so a bad file changes nothing. Returns counts of "added",
    "updated", "unchanged" and "files". Call `tm.save()` afterwards.
    """
    catalogs = []
    for path in po_files(paths):
        catalog = load_catalog(path)
        catalogs.append((path, catalog, catalog_language(catalog, path, lang)))
    counts = {"added": 0, "updated": 0, "unchanged": 0, "files": len(catalogs)}
    for path, catalog, target in catalogs:
        origin = portable_origin(path)
        for entry in catalog:
            if entry.obsolete or not entry.msgid or not entry.msgstr or entry.fuzzy:
                continue
            counts[tm.add(entry.msgid, entry.msgstr, target, source_lang, origin)] += 1
    return counts


def change_memory(tmx: Path, change: Callable[[TranslationMemory], dict[str, int]]
                  ) -> tuple[dict[str, int], int]:
    """Open the memory under its lock, apply `change(tm) -> counts`, save it; returns the
    counts and the memory's size afterwards (`learn`, `memory import`)."""
    existing(tmx, "translation memory")  # a broken link is not a memory to start afresh
    with memory_errors(tmx), locked(tmx), TranslationMemory.open(tmx) as tm:
        counts = change(tm)
        tm.save()
        return counts, len(tm)
