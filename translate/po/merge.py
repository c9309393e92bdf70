"""The one PO merge, for `run` and `update`: a new source's sentences into an existing catalog.

"The same sentence" means the same `sentence_key` (NFC, one tone placement, whitespace), for
both commands. For every distinct sentence of the new source, in order:

- **same** sentence: the entry keeps its translation, flags and comments; its msgid takes the
  source's current spelling and its references move. An obsolete (`#~`) entry whose sentence
  came back is revived. An untouched machine draft made under another glossary is drafted
  again (no one's work is lost).
- **changed** sentence (`update` only): the closest vanished entry (rapidfuzz ratio >=
  threshold, default 75) that holds reviewer work moves to the new sentence, once (each
  vanished entry goes to at most one sentence, best scores first): its translation marked
  fuzzy with the old source as previous msgid (`#| msgid`), which Poedit, Lokalize and
  Weblate show as "previous source", with its comments, flags and provenance (`origin:`,
  `draft:`). An entry whose translation is an untouched machine draft, or empty, brings
  its translator comment and flags, and the sentence gets a fresh draft.
- **new** sentence: an exact translation-memory match, else a fuzzy one, else a machine draft
  (the caller, `translate.pipeline.run_batch`, provides the drafts).

Entries whose sentence left the source stay as they are with `run`, and become obsolete (`#~`)
with `update`, with their translation; nothing with a translation, a translator comment or a
reviewer's flag is ever deleted. Entries the tool does not make (with a context or a plural)
are left alone. No msgid is written twice (msgfmt rejects a file where a live entry has an
obsolete twin). `update` copies the PO file to `<name>.po.bak` before it changes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from translate.fileio import atomic_copy
from translate.po.catalog import SentenceIndex, copy_entry, new_catalog
from translate.po.provenance import (
    EntryDraft,
    apply_draft,
    holds_reviewer_work,
    is_human_work,
    is_stale_draft,
)
from translate.text.normalize import fuzzy_sentence_key, sentence_key

DEFAULT_THRESHOLD = 75
SAME, PREVIOUS, NEW = "same", "previous", "new"


@dataclass
class SourceUnit:
    """One distinct sentence of an article with every place it occurs: one PO entry."""

    text: str
    references: list[tuple[str, int]]
    kind: str = "paragraph"


def source_units(name: str, segments: Sequence) -> list[SourceUnit]:
    """Distinct sentences of an article (`Segment`s) in document order; repeats, in any
    spelling of the same sentence, become extra references of the first one."""
    by_key: dict[str, SourceUnit] = {}
    seen: set[tuple[str, int]] = set()  # (key, line): a set, so a 10 MB article stays linear
    for segment in segments:
        key = sentence_key(segment.text)
        unit = by_key.get(key)
        if unit is None:
            by_key[key] = SourceUnit(segment.text, [(name, segment.line)], segment.kind)
        elif (key, segment.line) not in seen:
            unit.references.append((name, segment.line))
        seen.add((key, segment.line))
    return list(by_key.values())


@dataclass(frozen=True)
class MergePolicy:
    """What distinguishes `update` from `run`."""

    previous: bool  # a changed sentence borrows the closest vanished human translation
    obsolete_removed: bool  # entries whose sentence left the source become `#~`
    threshold: int = DEFAULT_THRESHOLD


RUN = MergePolicy(previous=False, obsolete_removed=False)
UPDATE = MergePolicy(previous=True, obsolete_removed=True)


@dataclass
class Plan:
    """What happens to one sentence of the new source."""

    kind: str  # same | previous | new
    entry: polib.POEntry | None = None  # the old entry it keeps or borrows from
    score: int = 100


@dataclass
class MergeStats:
    kept: int = 0  # same sentence, human translation kept
    previous: int = 0  # changed sentence, old human translation kept as fuzzy with #| msgid
    drafted: int = 0  # new, empty or stale entry given a fresh draft (memory or machine)
    redrafted: int = 0  # of `drafted`: untouched drafts made under another glossary
    obsolete: int = 0  # entries newly made obsolete
    resurrected: int = 0  # obsolete entries whose sentence came back
    changes: list[str] = field(default_factory=list)


def _is_foreign(entry: polib.POEntry) -> bool:
    """Entries the tool never makes (a context, a plural): merged by nobody, kept as they are."""
    return bool(entry.msgctxt or entry.msgid_plural) or not entry.msgid


def plan_merge(
    catalog: polib.POFile | None, sentences: Sequence[str], policy: MergePolicy = UPDATE
) -> dict[str, Plan]:
    """Decide, for every sentence of the new source, what the merge will do with it."""
    if catalog is None:
        return {s: Plan(NEW) for s in sentences}
    index = SentenceIndex(catalog)
    plans: dict[str, Plan] = {}
    for text in sentences:
        entry = index.find(text)
        if entry is not None:
            plans[text] = Plan(SAME, entry)
    if policy.previous:
        _plan_previous(catalog, sentences, plans, policy.threshold)
    return {s: plans.get(s) or Plan(NEW) for s in sentences}


def _plan_previous(catalog: polib.POFile, sentences: Sequence[str], plans: dict[str, Plan],
                   threshold: int) -> None:
    from rapidfuzz import fuzz, process

    new_keys = {sentence_key(t) for t in sentences}
    taken = {id(p.entry) for p in plans.values()}
    vanished = [e for e in catalog if not _is_foreign(e) and holds_reviewer_work(e)
                and id(e) not in taken and sentence_key(e.msgid) not in new_keys]
    if not vanished:
        return
    choices = [fuzzy_sentence_key(e.msgid) for e in vanished]
    candidates = []  # (score, sentence order, vanished index)
    for order, text in enumerate(sentences):
        if text in plans:
            continue
        for _, score, index in process.extract(fuzzy_sentence_key(text), choices,
                                               scorer=fuzz.ratio, score_cutoff=threshold,
                                               limit=3):
            candidates.append((-score, order, index))
    lent: set[int] = set()
    for score, order, index in sorted(candidates):
        text = sentences[order]
        if text not in plans and index not in lent:
            lent.add(index)
            plans[text] = Plan(PREVIOUS, vanished[index], int(-score))


def needs_draft(plan: Plan, glossary_signature: str | None = None) -> bool:
    """New sentences, kept entries still without a translation, and (given the current
    glossary's signature) untouched machine drafts made under another glossary."""
    if plan.kind == NEW:
        return True
    entry = plan.entry
    if plan.kind == PREVIOUS:
        return not is_human_work(entry)
    return not entry.msgstr or (glossary_signature is not None
                                and is_stale_draft(entry, glossary_signature))


def sentences_to_draft(plans: Mapping[str, Plan], glossary_signature: str | None = None
                       ) -> list[str]:
    return [t for t, p in plans.items() if needs_draft(p, glossary_signature)]


def merge_catalog(
    catalog: polib.POFile | None,
    units: Sequence[SourceUnit],
    drafts: Mapping[str, EntryDraft],
    plans: Mapping[str, Plan],
    lang: str,
    source_name: str,
    model_id: str | None = None,
    policy: MergePolicy = UPDATE,
    glossary_signature: str | None = None,
) -> tuple[polib.POFile, MergeStats]:
    """The merged catalog (a new object; the old one is not modified) and what changed.

    Live entries come in source order; entries `run` keeps although their sentence left the
    source follow in their old order, then obsolete entries.
    """
    stats = MergeStats()
    result = new_catalog(lang, model_id, source_name)
    if catalog is not None:
        fresh = result.metadata
        result.metadata = dict(catalog.metadata)
        for key in ("Last-Translator", "Language-Team"):  # what msgfmt --check asks for
            result.metadata.setdefault(key, fresh[key])
        result.header = catalog.header
        result.metadata_is_fuzzy = catalog.metadata_is_fuzzy
    used: set[int] = set()
    renamed: dict[str, tuple[polib.POEntry, str]] = {}  # new msgid -> (entry, old msgid)
    for unit in units:
        plan = plans.get(unit.text) or Plan(NEW)
        if plan.entry is not None:
            used.add(id(plan.entry))
        entry = _merged_entry(unit, plan, drafts.get(unit.text), stats, glossary_signature)
        if plan.kind == SAME and plan.entry.msgid != entry.msgid:
            renamed[entry.msgid] = (entry, plan.entry.msgid)
        result.append(entry)
    if catalog is not None:
        _keep_the_rest(catalog, used, result, policy, stats, renamed)
    return result, stats


def _merged_entry(unit: SourceUnit, plan: Plan, draft: EntryDraft | None, stats: MergeStats,
                  glossary_signature: str | None) -> polib.POEntry:
    text = unit.text
    occurrences = [(name, str(line)) for name, line in unit.references]
    if plan.kind == PREVIOUS:
        old = plan.entry
        entry = copy_entry(old)
        entry.msgid, entry.occurrences, entry.obsolete = text, occurrences, False
        if is_human_work(old):
            entry.previous_msgid = old.msgid
            if "fuzzy" not in entry.flags:
                entry.flags.insert(0, "fuzzy")
            stats.previous += 1
            stats.changes.append(f"changed ({plan.score}%), reviewed translation kept as "
                                 f"fuzzy: {text}")
            return entry
        entry.previous_msgid = None  # only the reviewer's comment and flags come along
        entry.msgstr = ""
        stats.changes.append(f"changed ({plan.score}%), translator comment kept: {text}")
        if draft is not None:
            apply_draft(entry, draft)
            stats.drafted += 1
        return entry
    if plan.kind == SAME:
        entry = copy_entry(plan.entry)
        if entry.obsolete:
            entry.obsolete = False
            stats.resurrected += 1
            stats.changes.append(f"back from obsolete: {text}")
        entry.msgid = text  # same sentence, maybe another spelling (tone marks, NFD)
        entry.occurrences = occurrences
        if not entry.fuzzy:
            entry.previous_msgid = None
        if not needs_draft(plan, glossary_signature):
            stats.kept += 1 if is_human_work(entry) else 0
            return entry
        stats.redrafted += bool(entry.msgstr)
    else:
        entry = polib.POEntry(msgid=text, msgstr="", occurrences=occurrences)
        stats.changes.append(f"new: {text}")
    if draft is not None:
        apply_draft(entry, draft)
        stats.drafted += 1
    return entry


def _keep_the_rest(catalog: polib.POFile, used: set[int], result: polib.POFile,
                   policy: MergePolicy, stats: MergeStats,
                   renamed: Mapping[str, tuple[polib.POEntry, str]]) -> None:
    """Entries no sentence of the new source took: foreign ones kept as they are; with
    `update` the others become obsolete (dropped only when they hold neither a translation
    nor reviewer work)."""
    obsolete: list[polib.POEntry] = []
    for old in catalog:
        if id(old) in used:
            continue
        if _is_foreign(old) or not policy.obsolete_removed:
            (obsolete if old.obsolete else result).append(copy_entry(old))
            continue
        if not old.msgstr and not holds_reviewer_work(old):
            continue
        gone = copy_entry(old)
        if not gone.obsolete:
            stats.obsolete += 1
            stats.changes.append(f"obsolete: {old.msgid}")
        gone.obsolete = True
        gone.occurrences = []
        gone.previous_msgid = gone.previous_msgctxt = gone.previous_msgid_plural = None
        obsolete.append(gone)
    live = {(e.msgctxt, e.msgid) for e in result}
    for entry in obsolete:
        key = (entry.msgctxt, entry.msgid)
        if key in live and entry.msgctxt is None and entry.msgid in renamed:
            twin, old_msgid = renamed[entry.msgid]  # the live entry takes back its spelling
            twin.msgid = old_msgid
            live.discard(key)
            live.add((None, old_msgid))
        if key not in live:
            live.add(key)
            result.append(entry)


def same_content(a: polib.POFile | None, b: polib.POFile) -> bool:
    """Would writing `b` over `a` change any entry (headers' dates aside)?"""
    if a is None:
        return False
    return [str(e) for e in a] == [str(e) for e in b]


def backup(path: Path) -> Path | None:
    """Copy `path` to `path.po.bak` (previous backup replaced) before the file is changed;
    atomically, so a full disk leaves the previous backup whole, and a link planted at the
    backup's name is replaced, not written through."""
    if not path.exists():
        return None
    target = path.with_name(path.name + ".bak")
    atomic_copy(path, target)
    return target
