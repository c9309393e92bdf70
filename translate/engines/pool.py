"""Opening engines for a run: which engine, each model loaded once, pivots, the cache.

Every model of every route is located (local cache or download) by `resolve_routes` before
any work is done; `EnginePool` then opens each model once per run, even when several targets
share it, and chains pivot routes (`vi→en→de`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from translate.config import Config, Route
from translate.engines.base import Engine
from translate.engines.cache import CACHE_FILE, TranslationCache
from translate.engines.cluster import RayEngine
from translate.engines.ct2 import CTranslate2Engine
from translate.engines.hf import TransformersEngine
from translate.engines.models import resolve_model
from translate.engines.pivot import PivotEngine
from translate.errors import InputError

Opener = Callable[[Path, str, Config], Engine]


def resolve_routes(
    targets: Sequence[str], config: Config, model: str | None
) -> dict[str, tuple[Route, list[Path]]]:
    """Every model of every route located (cache or download) before any work is done."""
    routes = {}
    for target in targets:
        route = config.route(target, model)
        routes[target] = (route, [resolve_model(m) for m, _, _ in route.steps])
    if model and len(targets) > 1:
        path = routes[targets[0]][1][0]
        if model_type(path) == "marian":
            raise InputError(
                f"{model} is a single-pair (Marian) model: it translates into one language, "
                f"not into {', '.join(targets)}",
                hint="give --model with one target at a time, or set a model per pair under "
                "[models] in translate.toml (a multilingual model such as M2M100 or NLLB "
                "can take several targets)",
            )
    return routes


def model_type(path: Path) -> str:
    """`model_type` from a local model's config.json ("" when it cannot be read)."""
    try:
        return str(json.loads((Path(path) / "config.json").read_text(encoding="utf-8"))
                   .get("model_type", ""))
    except (OSError, ValueError, AttributeError):
        return ""


_PAIR_IN_NAME = re.compile(r"opus-mt-([a-z]{2,3})-([a-z]{2,3})(?![a-z])", re.IGNORECASE)


def pair_warnings(targets: Sequence[str], config: Config, model: str | None) -> list[str]:
    """A model whose name says another pair (`opus-mt-vi-en` given for Czech): the drafts
    will be in the wrong language. Not refused: a local folder may be named loosely."""
    m = _PAIR_IN_NAME.search(model or "")
    if m is None:
        return []
    source, target = m.group(1).lower(), m.group(2).lower()
    return [f"warning: {model} looks like a {source}→{target} model, but it is used for "
            f"{config.source_lang}→{t}; its drafts will be in the wrong language"
            for t in targets if (source, target) != (config.source_lang, t)]


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
    """The configured engine for one model (CTranslate2 converts it on first use); with
    `[cluster] backend = "ray"` its batches go to CTranslate2 workers on a Ray cluster."""
    if config.cluster.backend == "ray":
        return RayEngine(model_path, model_id, config.cluster, beam_size=config.beam,
                         max_batch_tokens=config.batch_tokens or None,
                         restrict_vocab=config.restrict_vocab, threads=config.threads or None)
    if engine_name(config.engine) == "ctranslate2":
        return CTranslate2Engine(
            model_path,
            model_id=model_id,
            device=config.device,
            beam_size=config.beam,
            threads=config.threads or None,
            max_batch_tokens=config.batch_tokens or None,
            restrict_vocab=config.restrict_vocab,
        )
    return TransformersEngine(
        model_path,
        model_id=model_id,
        device=config.device,
        beam=config.beam,
        batch_size=config.batch_size,
        threads=config.threads,
    )


def open_cache(config: Config) -> TranslationCache | None:
    """The translation cache of this working folder, or None with `--no-cache`."""
    if not config.use_cache:
        return None
    return TranslationCache.open(Path(config.cache_dir) / CACHE_FILE)


class EnginePool:
    """Loads each model once per run, even when several targets share it."""

    def __init__(self, config: Config, opener: Opener = open_engine) -> None:
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
        return PivotEngine(engines, [lang for _, _, lang in route.steps[:-1]])
