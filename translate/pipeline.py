"""`run` over a batch: articles in, one PO per article per target language out.

All input is read, segmented and checked, and every model located, before any model is
loaded or any file written, so a bad file or a missing model costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from translate.articles import read_articles
from translate.config import Config
from translate.draft.drafter import Drafter, draft_sentences, prepare, settings_for
from translate.engines.base import ProgressCallback
from translate.engines.cache import CachedEngine
from translate.engines.cluster import require_ray
from translate.engines.pool import (
    EnginePool,
    Opener,
    open_cache,
    open_engine,
    pair_warnings,
    resolve_routes,
)
from translate.fileio import existing
from translate.lock import locked_all
from translate.memory.exchange import apply_memory
from translate.po.catalog import load_catalog, save_catalog
from translate.po.merge import (
    RUN,
    UPDATE,
    backup,
    merge_catalog,
    plan_merge,
    same_content,
    sentences_to_draft,
)
from translate.po.provenance import EntryDraft, term_counts
from translate.review.qa import annotate_drafts
from translate.terms.files import describe_glossaries, load_project_glossaries

# (description, total) -> callback advanced with the number of sentences just finished
ProgressFactory = Callable[[str, int], ProgressCallback]


@dataclass
class RunResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    drafted: int = 0  # sentences sent to a model
    kept: int = 0  # entries that already had a translation and were left alone
    from_memory: int = 0  # sentences drafted from the translation memory, not the model
    redrafted: int = 0  # untouched drafts made under an older glossary, drafted again
    from_cache: int = 0  # of `drafted`: engine outputs reused from the translation cache
    seconds: float = 0.0
    engines: dict[str, str] = field(default_factory=dict)  # target -> "engine model"
    # glossary terms of the machine drafts: in the selected candidate, replaced in place of the
    # model's own rendering, appended in brackets (rendered nowhere)
    terms_selected: int = 0
    terms_replaced: int = 0
    terms_appended: int = 0
    glossary: str = ""  # which glossaries were used and how many concepts (`describe_glossaries`)


def run_batch(
    sources: Sequence[Path],
    targets: Sequence[str],
    out_dir: Path,
    config: Config,
    model: str | None = None,
    progress: ProgressFactory | None = None,
    opener: Opener = open_engine,
    notify: Callable[[str], None] | None = None,
    update: bool = False,
) -> RunResult:
    """Draft every sentence without a translation, for every article and target.

    The translation memory fills what it can first (`translate.memory.exchange.apply_memory`). With
    `update=True` the PO files follow changed sources like `msgmerge` (`translate.po.merge`).
    Every PO file of the batch is locked from the moment it is read until it is written.
    """
    started = time.perf_counter()
    articles = read_articles(sources, config)
    po_paths = [a.po_path(out_dir, t) for a in articles for t in targets]
    for path in po_paths:  # a corrupt PO file stops the batch before anything else happens
        _load_existing(path)
    glossary = load_project_glossaries(config)  # so does a broken glossary
    routes = resolve_routes(targets, config, model)  # and a missing model
    for warning in pair_warnings(targets, config, model) if notify else ():
        notify(warning)
    if glossary is None and notify is not None:
        notify("warning: " + describe_glossaries(config, None))
    if config.cluster.backend == "ray":
        require_ray()  # and a cluster run without Ray installed
    with locked_all(po_paths):  # then read again, under the lock, for the merge
        result = _run_locked(articles, targets, out_dir, config, glossary, routes, progress,
                             opener, notify, update)
    result.glossary = describe_glossaries(config, glossary)
    result.seconds = time.perf_counter() - started
    return result


def _run_locked(articles, targets, out_dir, config, glossary, routes, progress, opener, notify,
                update) -> RunResult:
    existing = {
        (a.name, t): _load_existing(a.po_path(out_dir, t)) for a in articles for t in targets
    }
    policy = UPDATE if update else RUN
    signature = glossary.signature if glossary is not None else "none"
    plans = {
        (a.name, t): plan_merge(existing[(a.name, t)], [u.text for u in a.units()], policy)
        for a in articles for t in targets
    }
    needed_by_target = {
        t: sorted({s for a in articles
                   for s in sentences_to_draft(plans[(a.name, t)], signature)}, key=len)
        for t in targets
    }
    from_memory, needed_by_target = apply_memory(needed_by_target, config)
    prepared = prepare([s for t in targets for s in needed_by_target[t]], glossary,
                       config.source_lang, [[u.text for u in a.units()] for a in articles])
    pool = EnginePool(config, opener)
    result = RunResult()
    cache = open_cache(config)
    try:
        for target in targets:
            route, paths = routes[target]
            drafts: dict[str, EntryDraft] = dict(from_memory[target])
            result.from_memory += len(drafts)
            needed = needed_by_target[target]
            if needed:
                drafts.update(_machine_drafts(needed, prepared, target, route, paths, config,
                                              glossary, pool, cache, progress, notify, result))
            annotate_drafts(drafts, target, config.source_lang)  # `qa:` lines for reviewers
            model_id = " + ".join(m for m, _, _ in route.steps)
            for article in articles:
                path = article.po_path(out_dir, target)
                old = existing[(article.name, target)]
                catalog, stats = merge_catalog(
                    old, article.units(), drafts, plans[(article.name, target)], target,
                    article.name, model_id, policy, signature,
                )
                result.kept += stats.kept + stats.previous
                result.redrafted += stats.redrafted
                if same_content(old, catalog):
                    result.unchanged.append(path)
                    continue
                if update:
                    backup(path)
                save_catalog(catalog, path)
                result.written.append(path)
    finally:
        if cache is not None:
            cache.close()
    return result


def _machine_drafts(needed, prepared, target, route, paths, config, glossary, pool, cache,
                    progress, notify, result) -> dict[str, EntryDraft]:
    """Drafts of one target's sentences from its engine (through the translation cache)."""
    engine = pool.for_route(route, paths)
    result.engines[target] = f"{engine.name} {engine.model_id}"
    if notify:
        described = engine.describe() if hasattr(engine, "describe") else engine.name
        notify(f"{config.source_lang}→{target}: {route.description}, engine {described}")
    draft_settings = settings_for(config, target, glossary)
    if cache is not None:
        engine = CachedEngine(
            engine, cache,
            {**(getattr(engine, "settings", None) or {"beam": config.beam}),
             "glossary": draft_settings.glossary_signature},
        )
    drafter = Drafter(engine, draft_settings, glossary)
    callback = progress(f"{config.source_lang}→{target}", len(needed)) if progress else None
    drafts = dict(zip(needed, drafter.draft([prepared[s] for s in needed], callback),
                      strict=True))
    result.drafted += len(needed)
    for draft in drafts.values():
        selected, replaced, appended = term_counts(draft.comments)
        result.terms_selected += selected
        result.terms_replaced += replaced
        result.terms_appended += appended
    result.from_cache += getattr(getattr(engine, "stats", None), "hits", 0)
    return drafts


def translate_sentences(
    sentences: Sequence[str],
    target: str,
    config: Config,
    model: str | None = None,
    progress: ProgressFactory | None = None,
) -> list[str]:
    """Translate plain sentences through the normal drafting path (used by `eval`)."""
    glossary = load_project_glossaries(config)
    route, paths = resolve_routes([target], config, model)[target]
    engine = EnginePool(config, open_engine).for_route(route, paths)
    drafter = Drafter(engine, settings_for(config, target, glossary), glossary)
    callback = progress(f"{config.source_lang}→{target}", len(sentences)) if progress else None
    return draft_sentences(drafter, sentences, glossary, callback)


def _load_existing(path: Path) -> polib.POFile | None:
    return load_catalog(path) if existing(path, "PO file") else None
