"""`update`: follow a changed source article into its existing PO file, like `msgmerge`.

For every sentence of the new source, in order:

- **same** sentence (identical, or equal after normalisation: NFC, tone placement): the entry
  keeps its translation, flags and comments; only its references move.
- **changed** sentence: the closest vanished entry (rapidfuzz ratio >= threshold, default 75)
  that holds human work lends its translation, marked fuzzy, with the old source as previous
  msgid (`#| msgid`), which Poedit, Lokalize and Weblate show as "previous source". An old
  machine draft nobody touched is not worth keeping: the sentence gets a fresh draft instead.
- **new** sentence: an exact translation-memory match, else a fuzzy one, else a machine draft
  (see `translate.pipeline.run_batch`, which calls this module with `update=True`).

Entries whose sentence left the source become obsolete (`#~`), with their translation; nothing
with a translation is ever deleted. The PO file is copied to `<name>.po.bak` before it is
changed, and written atomically under the file's lock.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from translate.po.catalog import DRAFT, ORIGIN, EntryDraft, apply_draft, is_human_work, new_catalog

DEFAULT_THRESHOLD = 75
SAME, PREVIOUS, NEW = "same", "previous", "new"


@dataclass
class Plan:
    """What happens to one sentence of the new source."""

    kind: str  # same | previous | new
    entry: polib.POEntry | None = None  # the old entry it keeps or borrows from
    score: int = 100


@dataclass
class MergeStats:
    kept: int = 0  # same sentence, translation kept (human work)
    previous: int = 0  # changed sentence, old human translation kept as fuzzy with #| msgid
    drafted: int = 0  # new or changed sentence with a fresh draft (memory or machine)
    obsolete: int = 0  # entries newly made obsolete
    resurrected: int = 0  # obsolete entries whose sentence came back
    changes: list[str] = field(default_factory=list)


def _key(text: str) -> str:
    from translate.memory.store import exact_key

    return exact_key(text)


def plan_merge(
    catalog: polib.POFile | None, sentences: Sequence[str], threshold: int = DEFAULT_THRESHOLD
) -> dict[str, Plan]:
    """Decide, for every sentence of the new source, what the merge will do with it."""
    from rapidfuzz import fuzz, process

    if catalog is None:
        return {s: Plan(NEW) for s in sentences}
    live = [e for e in catalog if e.msgid]
    by_text = {e.msgid: e for e in live if not e.obsolete}
    by_text.update({e.msgid: e for e in live if e.obsolete and e.msgid not in by_text})
    by_key: dict[str, polib.POEntry] = {}
    for e in live:
        by_key.setdefault(_key(e.msgid), e)
    plans: dict[str, Plan] = {}
    for text in sentences:
        entry = by_text.get(text) or by_key.get(_key(text))
        if entry is not None:
            plans[text] = Plan(SAME, entry)
    new_keys = {_key(t) for t in sentences}
    vanished = [e for e in live if e.msgstr and is_human_work(e) and _key(e.msgid) not in new_keys]
    choices = [_fuzzy_key(e.msgid) for e in vanished]
    for text in sentences:
        if text in plans:
            continue
        best = process.extractOne(_fuzzy_key(text), choices, scorer=fuzz.ratio,
                                  score_cutoff=threshold) if choices else None
        if best is not None:
            plans[text] = Plan(PREVIOUS, vanished[best[2]], int(best[1]))
        else:
            plans[text] = Plan(NEW)
    return plans


def _fuzzy_key(text: str) -> str:
    from translate.memory.store import fuzzy_key

    return fuzzy_key(text)


def sentences_to_draft(plans: dict[str, Plan]) -> list[str]:
    """Sentences that need a fresh draft: new ones, and kept entries that are still empty."""
    return [t for t, p in plans.items()
            if p.kind == NEW or (p.kind == SAME and not p.entry.msgstr)]


def merge_catalog(
    catalog: polib.POFile | None,
    units: Sequence,  # translate.pipeline.SourceUnit: text, references
    drafts: dict[str, EntryDraft],
    plans: dict[str, Plan],
    lang: str,
    source_name: str,
    model_id: str | None = None,
) -> tuple[polib.POFile, MergeStats]:
    """The merged catalog (a new object; the old one is not modified) and what changed."""
    stats = MergeStats()
    result = new_catalog(lang, model_id, source_name)
    if catalog is not None:
        result.metadata = dict(catalog.metadata)
        result.header = catalog.header
        result.metadata_is_fuzzy = catalog.metadata_is_fuzzy
    used: set[int] = set()
    for unit in units:
        text = unit.text
        occurrences = [(name, str(line)) for name, line in unit.references]
        plan = plans.get(text) or Plan(NEW)
        if plan.kind == SAME and plan.entry.msgstr:
            entry = _copy(plan.entry)
            used.add(id(plan.entry))
            if entry.obsolete:
                entry.obsolete = False
                stats.resurrected += 1
                stats.changes.append(f"back from obsolete: {text}")
            if entry.msgid != text:  # same sentence, other spelling (tone marks, NFD)
                entry.msgid = text
            if "fuzzy" not in entry.flags:
                entry.previous_msgid = None
            entry.occurrences = occurrences
            stats.kept += 1 if is_human_work(entry) else 0
        elif plan.kind == PREVIOUS:
            old = plan.entry
            entry = polib.POEntry(msgid=text, msgstr=old.msgstr, occurrences=occurrences,
                                  tcomment=old.tcomment, previous_msgid=old.msgid)
            kept = [line for line in (old.comment or "").splitlines()
                    if line and not line.startswith((ORIGIN, DRAFT))]
            entry.comment = "\n".join(kept)
            entry.flags = ["fuzzy"]
            stats.previous += 1
            stats.changes.append(f"changed ({plan.score}%), reviewed translation kept as "
                                 f"fuzzy: {text}")
        else:
            if plan.kind == SAME:  # kept entry without a translation: keep its comments
                used.add(id(plan.entry))
                entry = _copy(plan.entry)
                entry.msgid, entry.obsolete, entry.occurrences = text, False, occurrences
            else:
                entry = polib.POEntry(msgid=text, msgstr="", occurrences=occurrences)
            draft = drafts.get(text)
            if draft is not None:
                apply_draft(entry, draft)
                stats.drafted += 1
            stats.changes.append(f"new: {text}")
        result.append(entry)
    if catalog is not None:
        for old in catalog:
            if id(old) in used or not old.msgstr or not old.msgid:
                continue
            gone = _copy(old)
            if not gone.obsolete:
                stats.obsolete += 1
                stats.changes.append(f"obsolete: {old.msgid}")
            gone.obsolete = True
            gone.occurrences = []
            result.append(gone)
    return result, stats


def _copy(entry: polib.POEntry) -> polib.POEntry:
    copy = polib.POEntry(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgctxt=entry.msgctxt,
        occurrences=list(entry.occurrences),
        comment=entry.comment,
        tcomment=entry.tcomment,
        flags=list(entry.flags),
        previous_msgid=entry.previous_msgid,
        previous_msgctxt=entry.previous_msgctxt,
        obsolete=entry.obsolete,
    )
    copy.linenum = getattr(entry, "linenum", None)
    return copy


def same_content(a: polib.POFile | None, b: polib.POFile) -> bool:
    """Would writing `b` over `a` change any entry (headers' dates aside)?"""
    if a is None:
        return False

    def entries(po: polib.POFile) -> list[str]:
        return [str(e) for e in po]

    return entries(a) == entries(b)


def backup(path: Path) -> Path | None:
    """Copy `path` to `path.po.bak` (previous backup replaced) before the file is changed."""
    if not path.exists():
        return None
    target = path.with_name(path.name + ".bak")
    shutil.copy2(path, target)
    return target


# -- the hooks `translate.pipeline.run_batch(update=True)` calls -------------------------------


def plan_batch(
    articles: Sequence, targets: Sequence[str], existing: dict, threshold: int = DEFAULT_THRESHOLD
) -> tuple[dict[tuple[str, str], dict[str, Plan]], dict[str, list[str]]]:
    """Plans per (article, target) and the distinct sentences each target needs drafted."""
    plans = {
        (a.name, t): plan_merge(existing[(a.name, t)], [u.text for u in a.units()], threshold)
        for a in articles
        for t in targets
    }
    needed = {
        t: sorted({s for a in articles for s in sentences_to_draft(plans[(a.name, t)])}, key=len)
        for t in targets
    }
    return plans, needed


def merge_article(
    article, target: str, catalog: polib.POFile | None, drafts: dict[str, EntryDraft],
    plans: dict[str, Plan], model_id: str | None, path: Path,
) -> tuple[polib.POFile, bool, int]:
    """Merge one article's PO; back the file up when it is about to change.

    Returns (catalog, changed, human translations kept), like the pipeline's run merge.
    """
    merged, stats = merge_catalog(catalog, article.units(), drafts, plans, target, article.name,
                                  model_id)
    changed = not same_content(catalog, merged)
    if changed:
        backup(path)
    return merged, changed, stats.kept + stats.previous
