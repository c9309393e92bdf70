"""`run` over a batch: articles in, one PO per article per target language out.

All input is read, segmented and checked, and every model located, before any model is
loaded or any file written, so a bad file or a missing model costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from translate.config import Config, Route
from translate.document import Document, Segment
from translate.draft.drafter import Drafter, DraftSettings, draft_sentences, prepare
from translate.engines.base import Engine, ProgressCallback
from translate.errors import InputError
from translate.terms.glossary import Glossary
from translate.po.catalog import (
    EntryDraft,
    apply_draft,
    is_human_work,
    is_stale_draft,
    load_catalog,
    new_catalog,
    save_catalog,
)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# (description, total) -> callback advanced with the number of sentences just finished
ProgressFactory = Callable[[str, int], ProgressCallback]


@dataclass
class SourceUnit:
    """One distinct sentence of an article with every place it occurs."""

    text: str
    references: list[tuple[str, int]]
    kind: str


@dataclass
class Article:
    document: Document
    segments: list[Segment]
    _units: list[SourceUnit] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.document.path.name

    def units(self) -> list[SourceUnit]:
        """Distinct sentences in document order; repeats become extra references.

        Computed once: every target and stage of a run asks for them.
        """
        if self._units is not None:
            return self._units
        by_text: dict[str, SourceUnit] = {}
        for segment in self.segments:
            unit = by_text.get(segment.text)
            if unit is None:
                by_text[segment.text] = SourceUnit(
                    segment.text, [(self.name, segment.line)], segment.kind
                )
            elif (self.name, segment.line) not in unit.references:
                unit.references.append((self.name, segment.line))
        self._units = list(by_text.values())
        return self._units

    def po_path(self, out_dir: Path, lang: str) -> Path:
        return out_dir / lang / f"{self.document.path.stem}.po"


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


def collect_sources(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders expanded to their articles (sorted), missing paths refused."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        elif path.exists():
            found.append(path)
        else:
            raise InputError(
                "no such file or folder",
                path=path,
                hint="check the path; folders are searched for .txt .md .html",
            )
    if not found:
        raise InputError(
            "no articles found",
            path=", ".join(str(p) for p in paths),
            hint="give .txt, .md or .html files or folders holding them",
        )
    return found


def read_articles(paths: Sequence[Path], config: Config) -> list[Article]:
    """Read and segment every article; any bad file stops the batch before work starts."""
    from translate.formats.extract import read_document
    from translate.text.segment import load_abbreviations, segment_document

    abbreviations = load_abbreviations(config.abbreviations)
    articles = []
    stems: dict[str, Path] = {}
    for path in collect_sources(paths):
        document = read_document(path, html_mode=config.html_mode)
        segments = segment_document(document, abbreviations)
        if not segments:
            raise InputError(
                "no text to translate found", path=path, hint="is the file empty or only markup?"
            )
        if path.stem in stems and stems[path.stem] != path:
            raise InputError(
                f"two articles would write the same PO file ({stems[path.stem]})",
                path=path,
                hint="rename one of them or run them separately",
            )
        stems[path.stem] = path
        articles.append(Article(document, segments))
    return articles


def resolve_routes(
    targets: Sequence[str], config: Config, model: str | None
) -> dict[str, tuple[Route, list[Path]]]:
    """Every model of every route located (cache or download) before any work is done."""
    from translate.engines.models import resolve_model

    routes = {}
    for target in targets:
        route = config.route(target, model)
        routes[target] = (route, [resolve_model(m) for m, _, _ in route.steps])
    return routes


def engine_name(configured: str) -> str:
    """`auto` means the fastest engine installed: CTranslate2, else transformers."""
    if configured != "auto":
        return configured
    try:
        import ctranslate2  # noqa: F401  (0.1 s; the converted model loads in well under 1 s)
    except ImportError:
        return "transformers"
    return "ctranslate2"


def open_engine(model_path: Path, model_id: str, config: Config) -> Engine:
    """The configured engine for one model (CTranslate2 converts it on first use)."""
    if engine_name(config.engine) == "ctranslate2":
        from translate.engines.ct2 import CTranslate2Engine

        return CTranslate2Engine(
            model_path,
            model_id=model_id,
            device=config.device,
            beam_size=config.beam,
            threads=config.threads or None,
        )
    from translate.engines.hf import TransformersEngine

    return TransformersEngine(
        model_path,
        model_id=model_id,
        device=config.device,
        beam=config.beam,
        batch_size=config.batch_size,
        threads=config.threads,
    )


def load_glossaries(config: Config) -> Glossary | None:
    """The project's glossaries merged into one (None when the project has none)."""
    from translate.terms.glossary import load_glossary, merge_glossaries

    paths = list(config.glossaries)
    if not paths and config.glossary_dir.is_dir():
        paths = sorted(p for p in config.glossary_dir.iterdir()
                       if p.suffix.lower() in (".tsv", ".tbx", ".csv"))
    if not paths:
        return None
    return merge_glossaries(load_glossary(p) for p in paths)


def draft_settings_for(config: Config, target: str, glossary: Glossary | None) -> DraftSettings:
    from translate.text.localize import LocaleStyle

    return DraftSettings(
        config.source_lang, target, config.n_best,
        glossary.signature if glossary is not None else "none",
        LocaleStyle(date_style=config.date_style,
                    keep_name_diacritics=config.keep_name_diacritics),
    )


def open_cache(config: Config):
    """The translation cache of this working folder, or None with `--no-cache`."""
    if not config.use_cache:
        return None
    from translate.engines.cache import CACHE_FILE, TranslationCache

    return TranslationCache.open(Path(config.cache_dir) / CACHE_FILE)


class EnginePool:
    """Loads each model once per run, even when several targets share it."""

    def __init__(self, config: Config, opener: Callable[[Path, str, Config], Engine]) -> None:
        self.config = config
        self.opener = opener
        self._engines: dict[str, Engine] = {}

    def get(self, model_path: Path, model_id: str) -> Engine:
        key = str(model_path)
        if key not in self._engines:
            self._engines[key] = self.opener(model_path, model_id, self.config)
        return self._engines[key]

    def for_route(self, route: Route, paths: list[Path]) -> Engine:
        engines = [
            self.get(path, model_id)
            for path, (model_id, _, _) in zip(paths, route.steps, strict=True)
        ]
        if len(engines) == 1:
            return engines[0]
        from translate.engines.pivot import PivotEngine

        return PivotEngine(engines, [lang for _, _, lang in route.steps[:-1]])


def run_batch(
    sources: Sequence[Path],
    targets: Sequence[str],
    out_dir: Path,
    config: Config,
    model: str | None = None,
    progress: ProgressFactory | None = None,
    opener: Callable[[Path, str, Config], Engine] = open_engine,
    notify: Callable[[str], None] | None = None,
    update: bool = False,
) -> RunResult:
    """Draft every sentence without a translation, for every article and target.

    The translation memory fills what it can first (`translate.memory.store.apply_memory`). With
    `update=True` the PO files follow changed sources like `msgmerge` (`translate.po.merge`).
    Every PO file of the batch is locked from the moment it is read until it is written.
    """
    from translate.lock import locked_all

    started = time.perf_counter()
    articles = read_articles(sources, config)
    po_paths = [a.po_path(out_dir, t) for a in articles for t in targets]
    for path in po_paths:  # a corrupt PO file stops the batch before anything else happens
        _load_existing(path)
    glossary = load_glossaries(config)  # so does a broken glossary
    routes = resolve_routes(targets, config, model)  # and a missing model
    with locked_all(po_paths):  # then read again, under the lock, for the merge
        result = _run_locked(articles, targets, out_dir, config, glossary, routes, progress,
                             opener, notify, update)
    result.seconds = time.perf_counter() - started
    return result


def _run_locked(articles, targets, out_dir, config, glossary, routes, progress, opener, notify,
                update) -> RunResult:
    from translate.memory.store import apply_memory

    existing = {
        (a.name, t): _load_existing(a.po_path(out_dir, t)) for a in articles for t in targets
    }
    pool = EnginePool(config, opener)
    result = RunResult()
    signature = glossary.signature if glossary is not None else "none"
    if update:
        from translate.po.merge import merge_article, plan_batch

        plans, needed_by_target = plan_batch(articles, targets, existing)
    else:
        needed_by_target = {t: _sentences_to_draft(articles, t, existing, signature)
                            for t in targets}
    from_memory, needed_by_target = apply_memory(needed_by_target, config)
    prepared = prepare([s for t in targets for s in needed_by_target[t]], glossary,
                       config.source_lang)
    cache = open_cache(config)
    for target in targets:
        route, paths = routes[target]
        needed = needed_by_target[target]
        drafts: dict[str, EntryDraft] = dict(from_memory[target])
        result.from_memory += len(drafts)
        if needed:
            engine = pool.for_route(route, paths)
            result.engines[target] = f"{engine.name} {engine.model_id}"
            if notify:
                described = engine.describe() if hasattr(engine, "describe") else engine.name
                notify(f"{config.source_lang}→{target}: {route.description}, engine {described}")
            draft_settings = draft_settings_for(config, target, glossary)
            if cache is not None:
                from translate.engines.cache import CachedEngine

                engine = CachedEngine(
                    engine,
                    cache,
                    {
                        **(getattr(engine, "settings", None) or {"beam": config.beam}),
                        "glossary": draft_settings.glossary_signature,
                    },
                )
            drafter = Drafter(engine, draft_settings, glossary)
            callback = progress(f"{config.source_lang}→{target}", len(needed)) if progress else None
            items = [prepared[s] for s in needed]
            drafts.update(zip(needed, drafter.draft(items, callback), strict=True))
            result.drafted += len(needed)
            stats = getattr(engine, "stats", None)
            result.from_cache += getattr(stats, "hits", 0)
        if drafts:
            from translate.review.check import annotate_drafts

            annotate_drafts(drafts, target, config.source_lang)  # `qa:` lines for reviewers
        for article in articles:
            path = article.po_path(out_dir, target)
            if update:
                catalog, changed, kept = merge_article(
                    article, target, existing[(article.name, target)], drafts,
                    plans[(article.name, target)], " + ".join(m for m, _, _ in route.steps), path,
                )
            else:
                catalog, changed, kept, redrafted = _merge_into_catalog(
                    article, target, existing[(article.name, target)], drafts, route, signature
                )
                result.redrafted += redrafted
            result.kept += kept
            if changed:
                save_catalog(catalog, path)
                result.written.append(path)
            else:
                result.unchanged.append(path)
    if cache is not None:
        cache.close()
    return result


def translate_sentences(
    sentences: Sequence[str],
    target: str,
    config: Config,
    model: str | None = None,
    progress: ProgressFactory | None = None,
) -> list[str]:
    """Translate plain sentences through the normal drafting path (used by `eval`)."""
    glossary = load_glossaries(config)
    route, paths = resolve_routes([target], config, model)[target]
    engine = EnginePool(config, open_engine).for_route(route, paths)
    drafter = Drafter(engine, draft_settings_for(config, target, glossary), glossary)
    callback = progress(f"{config.source_lang}→{target}", len(sentences)) if progress else None
    return draft_sentences(drafter, sentences, glossary, callback)


def _load_existing(path: Path) -> polib.POFile | None:
    return load_catalog(path) if path.exists() else None


def _sentences_to_draft(
    articles: Sequence[Article],
    target: str,
    existing: dict[tuple[str, str], polib.POFile | None],
    glossary_signature: str,
) -> list[str]:
    """Distinct sentences of the batch with no translation yet in their PO, or with an
    untouched machine draft made under another glossary (redrafting it loses no one's work)."""
    needed: dict[str, None] = {}
    for article in articles:
        catalog = existing[(article.name, target)]
        for unit in article.units():
            entry = catalog.find(unit.text) if catalog is not None else None
            if entry is None or not entry.msgstr or is_stale_draft(entry, glossary_signature):
                needed.setdefault(unit.text)
    return sorted(needed, key=len)


def _merge_into_catalog(
    article: Article,
    target: str,
    catalog: polib.POFile | None,
    drafts: dict[str, EntryDraft],
    route: Route,
    glossary_signature: str,
) -> tuple[polib.POFile, bool, int, int]:
    """Add drafts for new sentences and replace stale untouched drafts; keep every
    translation a person wrote or approved as it is. Returns (catalog, changed, kept,
    redrafted)."""
    changed = catalog is None
    if catalog is None:
        model_id = " + ".join(m for m, _, _ in route.steps)
        catalog = new_catalog(target, model_id, article.name)
    kept = redrafted = 0
    for unit in article.units():
        occurrences = [(name, str(line)) for name, line in unit.references]
        entry = catalog.find(unit.text)
        if entry is None:
            entry = polib.POEntry(msgid=unit.text, msgstr="", occurrences=occurrences)
            catalog.append(entry)
            changed = True
        elif entry.occurrences != occurrences:
            entry.occurrences = occurrences
            changed = True
        stale = bool(entry.msgstr) and is_stale_draft(entry, glossary_signature)
        if entry.msgstr and not stale:
            kept += 1 if is_human_work(entry) else 0
            continue
        draft = drafts.get(unit.text)
        if draft is not None:
            apply_draft(entry, draft)
            changed = True
            redrafted += stale
    return catalog, changed, kept, redrafted
