"""Project configuration: `translate.toml` in the working folder over built-in defaults.

Everything a run depends on is in one `Config` value that is passed explicitly; nothing is
read from global state after loading. Every key is validated where it is read (type, allowed
values, unknown keys), and a bad value is one `InputError` naming the file, the line and what
to write instead, before any model is located or any file touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomllib

from translate.errors import InputError
from translate.fileio import read_text

CONFIG_FILE = "translate.toml"

# Default models per language pair. "*" covers every other target. Sizes and licences are in
# the README's model table.
DEFAULT_MODELS: dict[str, str] = {
    "vi-cs": "facebook/m2m100_418M",
    "vi-en": "Helsinki-NLP/opus-mt-vi-en",
    "*": "facebook/m2m100_418M",
}

ENGINES = ("auto", "ctranslate2", "transformers")
DEVICES = ("auto", "cpu", "cuda")
HTML_MODES = ("auto", "page", "fragment")
DATE_STYLES = ("auto", "numeric", "long")
CLUSTERS = ("none", "ray")
CLUSTER_DEVICES = ("cpu", "cuda")


@dataclass(frozen=True)
class ClusterConfig:
    """`[cluster]`: where the batch's sentences are translated when not on this machine."""

    backend: str = "none"  # none (this machine) or ray
    address: str = ""  # Ray head, e.g. "ray://head:10001" or "10.0.0.5:6379"; "" = start one
    workers: int = 0  # translator workers; 0 = as many as the cluster's CPUs (or GPUs) allow
    device: str = "cpu"  # each worker's device: cpu or cuda
    cpus_per_worker: int = 1  # CPU threads per worker
    gpus_per_worker: float = 1.0  # with device = "cuda"; 0.5 puts two workers on one GPU


@dataclass(frozen=True)
class Route:
    """How one target language is reached: one model, or a chain of models via a pivot."""

    source: str
    target: str
    steps: tuple[tuple[str, str, str], ...]  # (model id or path, source lang, target lang)

    @property
    def description(self) -> str:
        if len(self.steps) == 1:
            return f"direct: {self.steps[0][0]}"
        hops = " → ".join(f"{m} ({s}→{t})" for m, s, t in self.steps)
        return f"pivot: {hops}"


@dataclass(frozen=True)
class Config:
    """Settings for a run. Build one with `load_config`, override with `dataclasses.replace`
    and validate overrides with `check_config`."""

    source_lang: str = "vi"
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    pivots: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "vi-de" -> ("en",)
    engine: str = "auto"
    device: str = "auto"
    beam: int = 4
    batch_size: int = 16
    n_best: int = 4  # candidates asked for when a segment has required glossary terms
    threads: int = 0  # 0 = all cores
    glossaries: tuple[Path, ...] = ()  # empty: every glossary in `glossary_dir`, if any
    glossary_dir: Path = Path("glossaries")
    shipped_glossaries: bool = True  # the package's glossaries and title grammar, under these
    memory: Path | None = None
    cache_dir: Path = Path(".translate-cache")
    use_cache: bool = True
    date_style: str = "auto"  # auto (as the source wrote it), numeric (25. 8. 2023), long
    keep_name_diacritics: bool = True
    abbreviations: Path | None = None
    html_mode: str = "auto"  # auto, page (saved news page: article only) or fragment
    memory_threshold: int = 75
    batch_tokens: int = 0  # source tokens per engine batch; 0 = by model size
    restrict_vocab: bool = True  # CTranslate2: only pieces in the target's script
    cluster: ClusterConfig = field(default_factory=ClusterConfig)

    def route(self, target: str, model_override: str | None = None) -> Route:
        """The model chain that translates source → target."""
        if model_override:
            return Route(self.source_lang, target, ((model_override, self.source_lang, target),))
        pair = f"{self.source_lang}-{target}"
        if pair in self.pivots:
            langs = (self.source_lang, *self.pivots[pair], target)
            steps = tuple(
                (self.model_for(a, b), a, b) for a, b in zip(langs, langs[1:], strict=False)
            )
            return Route(self.source_lang, target, steps)
        model = self.model_for(self.source_lang, target)
        return Route(self.source_lang, target, ((model, self.source_lang, target),))

    def model_for(self, source: str, target: str) -> str:
        pair = f"{source}-{target}"
        if pair in self.models:
            return self.models[pair]
        if "*" in self.models:
            return self.models["*"]
        raise InputError(
            f"no model configured for {pair}",
            path=CONFIG_FILE,
            hint=f'add `"{pair}" = "MODEL_ID"` under [models] or pass --model',
        )


def load_config(folder: Path | None = None, path: Path | None = None) -> Config:
    """Read `translate.toml` from `folder` (or `path`); missing file means defaults."""
    config_path = path or (folder or Path.cwd()) / CONFIG_FILE
    if not config_path.exists():
        if path is not None:
            raise InputError("configuration file not found", path=path,
                             hint="check the --config path, or leave it out for the defaults")
        return Config()
    text = read_text(config_path, "configuration file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(f"not valid TOML: {exc}", path=config_path, line=line,
                         hint="fix the syntax; see the README's configuration section") from None
    return _from_dict(data, config_path, text)


# -- validation --------------------------------------------------------------------------------

_PAIR = re.compile(r"^[a-z]{2,3}-[a-z]{2,3}$")
_LANG = re.compile(r"^[a-z]{2,3}$")


class _Reader:
    """Reads one TOML table with type checks; errors name the key's line in the file."""

    def __init__(self, data: dict, section: str, path: Path, text: str) -> None:
        self.data, self.section, self.path, self.text = data, section, path, text

    def line_of(self, key: str | None = None) -> int | None:
        lines = self.text.splitlines()
        header = re.compile(rf"^\s*\[\s*{re.escape(self.section)}\s*\]")
        start = next((i for i, line in enumerate(lines) if header.match(line)), None)
        if start is None:
            return None
        if key is None:
            return start + 1
        pattern = re.compile(rf'^\s*["\']?{re.escape(key)}["\']?\s*=')
        for i in range(start + 1, len(lines)):
            if re.match(r"^\s*\[", lines[i]):
                break
            if pattern.match(lines[i]):
                return i + 1
        return start + 1

    def fail(self, key: str | None, message: str, hint: str) -> InputError:
        where = f"[{self.section}] {key}" if key else f"[{self.section}]"
        return InputError(f"{where}: {message}", path=self.path, line=self.line_of(key),
                          hint=hint)

    def known(self, *keys: str) -> None:
        for key in self.data:
            if key not in keys:
                raise self.fail(key, "unknown key",
                                f"known keys in [{self.section}]: {', '.join(keys)}")

    def get(self, key: str, kind: type, default: Any, check: Callable[[Any], bool] | None = None,
            hint: str = "") -> Any:
        if key not in self.data:
            return default
        value = self.data[key]
        wrong_type = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        if wrong_type or (check is not None and not check(value)):
            expected = {str: "a string", int: "a whole number", bool: "true or false",
                        list: "a list"}.get(kind, kind.__name__)
            raise self.fail(key, f"{value!r} is not allowed", hint or f"write {expected}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str, label: str = "") -> str:
        value = self.data.get(key, default)
        if key in self.data and (not isinstance(value, str) or value not in allowed):
            raise self.fail(key, f"unknown {label or key} {value!r}",
                            f"use one of {', '.join(allowed)}")
        return value

    def whole(self, key: str, default: int, low: int, high: int | None = None) -> int:
        limits = f"from {low}" + (f" to {high}" if high is not None else "")
        return self.get(key, int, default,
                        lambda v: v >= low and (high is None or v <= high),
                        f"write a whole number {limits}")

    def path_value(self, key: str, base: Path, default: Path | None = None) -> Path | None:
        value = self.get(key, str, None, lambda v: bool(v.strip()), "write a path as a string")
        return base / value if value is not None else default


_SECTIONS = ("source", "models", "pivots", "engine", "locale", "glossary", "memory", "cache",
             "segmenter", "extract", "cluster")


def _from_dict(data: dict, config_path: Path, text: str = "") -> Config:
    config = Config()
    base = config_path.parent

    def section(name: str) -> _Reader:
        value = data.get(name, {})
        reader = _Reader(value if isinstance(value, dict) else {}, name, config_path, text)
        if not isinstance(value, dict):
            raise reader.fail(None, "must be a table", f"write it as a [{name}] section")
        return reader

    for key in data:
        if key not in _SECTIONS:
            line = next((i + 1 for i, row in enumerate(text.splitlines())
                         if re.match(rf"^\s*\[?\s*{re.escape(key)}\b", row)), None)
            raise InputError(f"unknown section or key [{key}]", path=config_path, line=line,
                             hint=f"known sections: {', '.join(_SECTIONS)}")
    source = section("source")
    source.known("lang")
    models = section("models")
    for pair in models.data:
        if not (pair == "*" or _PAIR.match(pair)):
            raise models.fail(pair, "is not a language pair", 'write "vi-cs" = "MODEL" (or "*")')
        models.get(pair, str, None, lambda v: bool(v.strip()), "write a Hub id or a folder")
    pivots = section("pivots")
    pivot_values: dict[str, tuple[str, ...]] = {}
    for pair, via in pivots.data.items():
        if not _PAIR.match(pair):
            raise pivots.fail(pair, "is not a language pair", 'write "vi-de" = ["en"]')
        hops = via if isinstance(via, list) else [via]
        if not hops or not all(isinstance(h, str) and _LANG.match(h) for h in hops):
            raise pivots.fail(pair, f"{via!r} is not a list of languages", 'write ["en"]')
        pivot_values[pair] = tuple(hops)
    engine = section("engine")
    engine.known("name", "device", "beam", "batch_size", "n_best", "threads", "batch_tokens",
                 "restrict_vocab")
    locale = section("locale")
    locale.known("date_style", "keep_name_diacritics")
    changes: dict[str, Any] = {
        "source_lang": source.get("lang", str, config.source_lang, lambda v: bool(_LANG.match(v)),
                                  "write an ISO 639-1 code such as vi"),
        "models": {**DEFAULT_MODELS, **{str(k): str(v) for k, v in models.data.items()}},
        "pivots": pivot_values,
        "engine": engine.choice("name", ENGINES, config.engine, "engine"),
        "device": engine.choice("device", DEVICES, config.device),
        "beam": engine.whole("beam", config.beam, 1, 64),
        "batch_size": engine.whole("batch_size", config.batch_size, 1, 4096),
        "n_best": engine.whole("n_best", config.n_best, 1, 64),
        "threads": engine.whole("threads", config.threads, 0, 1024),
        "batch_tokens": engine.whole("batch_tokens", config.batch_tokens, 0, 1_000_000),
        "restrict_vocab": engine.get("restrict_vocab", bool, config.restrict_vocab),
        "date_style": locale.choice("date_style", DATE_STYLES, config.date_style),
        "keep_name_diacritics": locale.get("keep_name_diacritics", bool, True),
    }
    glossary = section("glossary")
    glossary.known("path", "paths", "dir", "shipped")
    if "glossary" in data:
        paths = glossary.get("paths", list, None, lambda v: all(
            isinstance(p, str) and p.strip() for p in v), "write a list of paths as strings")
        single = glossary.path_value("path", base)
        if paths is not None:
            changes["glossaries"] = tuple(base / p for p in paths)
        elif single is not None:
            changes["glossaries"] = (single,)
        changes["glossary_dir"] = glossary.path_value("dir", base, config.glossary_dir)
        changes["shipped_glossaries"] = glossary.get("shipped", bool, True)
    memory = section("memory")
    memory.known("path", "threshold")
    if "memory" in data:
        if "path" not in memory.data:
            raise memory.fail(None, "has no path", 'add path = "corpus/memory.tmx"')
        changes["memory"] = memory.path_value("path", base)
        changes["memory_threshold"] = memory.whole("threshold", 75, 1, 100)
    cache = section("cache")
    cache.known("dir", "enabled")
    if "cache" in data:
        changes["cache_dir"] = cache.path_value("dir", base, base / ".translate-cache")
        changes["use_cache"] = cache.get("enabled", bool, True)
    extract = section("extract")
    extract.known("html_mode")
    changes["html_mode"] = extract.choice("html_mode", HTML_MODES, config.html_mode)
    changes["cluster"] = _cluster(section("cluster"))
    segmenter = section("segmenter")
    segmenter.known("abbreviations")
    changes["abbreviations"] = segmenter.path_value("abbreviations", base)
    return check_config(replace(config, **changes), config_path)


def _cluster(reader: _Reader) -> ClusterConfig:
    reader.known("backend", "address", "workers", "device", "cpus_per_worker", "gpus_per_worker")
    default = ClusterConfig()
    device = reader.choice("device", CLUSTER_DEVICES, default.device)
    gpus = reader.data.get("gpus_per_worker", default.gpus_per_worker)
    if "gpus_per_worker" in reader.data and (
            isinstance(gpus, bool) or not isinstance(gpus, (int, float)) or not 0 < gpus <= 64):
        raise reader.fail("gpus_per_worker", f"{gpus!r} is not allowed",
                          "write a number above 0, e.g. 1 or 0.5")
    return ClusterConfig(
        backend=reader.choice("backend", CLUSTERS, default.backend),
        address=reader.get("address", str, default.address, lambda v: v == v.strip(),
                           'write the head address, e.g. "ray://head:10001" or "auto"'),
        workers=reader.whole("workers", default.workers, 0, 100_000),
        device=device,
        cpus_per_worker=reader.whole("cpus_per_worker", default.cpus_per_worker, 1, 1024),
        gpus_per_worker=float(gpus),
    )


def check_config(config: Config, path: Path | str | None = None) -> Config:
    """Refuse values from the command line the file would refuse (engine, device, HTML mode,
    date style, numbers out of range)."""
    for name, value, allowed in (("engine", config.engine, ENGINES),
                                 ("device", config.device, DEVICES),
                                 ("html_mode", config.html_mode, HTML_MODES),
                                 ("date_style", config.date_style, DATE_STYLES),
                                 ("cluster", config.cluster.backend, CLUSTERS)):
        if value not in allowed:
            raise InputError(f"unknown {name} {value!r}", path=path,
                             hint=f"use one of {', '.join(allowed)}")
    if config.cluster.backend == "ray" and config.engine == "transformers":
        raise InputError("a Ray cluster runs CTranslate2 workers, not transformers", path=path,
                         hint="leave out --engine transformers (or [engine] name) with --cluster")
    for name, value, low in (("beam", config.beam, 1), ("batch_size", config.batch_size, 1),
                             ("n_best", config.n_best, 1), ("threads", config.threads, 0),
                             ("batch_tokens", config.batch_tokens, 0)):
        if not isinstance(value, int) or value < low:
            raise InputError(f"{name} must be a whole number from {low}, not {value!r}",
                             path=path)
    return config
