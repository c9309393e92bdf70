"""Project configuration: `translate.toml` in the working folder over built-in defaults.

Everything a run depends on is in one `Config` value that is passed explicitly; nothing is
read from global state after loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import tomllib

from translate.errors import InputError

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
    """Settings for a run. Build one with `load_config`, override with `dataclasses.replace`."""

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
    memory: Path | None = None
    cache_dir: Path = Path(".translate-cache")
    use_cache: bool = True
    date_style: str = "auto"  # auto (as the source wrote it), numeric (25. 8. 2023), long
    keep_name_diacritics: bool = True
    abbreviations: Path | None = None
    html_mode: str = "auto"  # auto, page (saved news page: article only) or fragment
    memory_threshold: int = 75

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
            raise InputError("configuration file not found", path=path)
        return Config()
    try:
        data = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(f"not valid TOML: {exc}", path=config_path, line=line,
                         hint="fix the syntax; see the README's configuration section") from exc
    except UnicodeDecodeError as exc:
        raise InputError("not UTF-8", path=config_path, hint="save it as UTF-8") from exc
    return _from_dict(data, config_path)


def _from_dict(data: dict, config_path: Path) -> Config:
    config = Config()
    base = config_path.parent
    known = {"source", "models", "pivots", "engine", "locale", "glossary", "memory", "cache",
             "segmenter", "extract"}
    for key in data:
        if key not in known:
            raise InputError(f"unknown section or key [{key}]", path=config_path,
                             hint=f"known: {', '.join(sorted(known))}")
    models = dict(DEFAULT_MODELS)
    models.update({str(k): str(v) for k, v in data.get("models", {}).items()})
    pivots = {str(k): tuple(v if isinstance(v, list) else [v])
              for k, v in data.get("pivots", {}).items()}
    engine = data.get("engine", {})
    locale = data.get("locale", {})
    changes: dict = {
        "source_lang": data.get("source", {}).get("lang", config.source_lang),
        "models": models,
        "pivots": pivots,
        "engine": engine.get("name", config.engine),
        "device": engine.get("device", config.device),
        "beam": int(engine.get("beam", config.beam)),
        "batch_size": int(engine.get("batch_size", config.batch_size)),
        "n_best": int(engine.get("n_best", config.n_best)),
        "threads": int(engine.get("threads", config.threads)),
        "date_style": locale.get("date_style", config.date_style),
        "keep_name_diacritics": bool(locale.get("keep_name_diacritics", True)),
    }
    if "glossary" in data:
        section = data["glossary"]
        paths = section.get("paths", [section["path"]] if "path" in section else [])
        changes["glossaries"] = tuple(base / p for p in paths)
        if "dir" in section:
            changes["glossary_dir"] = base / section["dir"]
    if "memory" in data:
        changes["memory"] = base / data["memory"]["path"]
        changes["memory_threshold"] = int(data["memory"].get("threshold", 75))
    if "cache" in data:
        changes["cache_dir"] = base / data["cache"].get("dir", ".translate-cache")
        changes["use_cache"] = bool(data["cache"].get("enabled", True))
    if "extract" in data:
        changes["html_mode"] = data["extract"].get("html_mode", config.html_mode)
    if "segmenter" in data and "abbreviations" in data["segmenter"]:
        changes["abbreviations"] = base / data["segmenter"]["abbreviations"]
    return check_config(replace(config, **changes), config_path)


def check_config(config: Config, path: Path | str | None = None) -> Config:
    """Refuse unknown engine, device or HTML mode, from the file or from the command line."""
    for name, value, allowed in (("engine", config.engine, ENGINES),
                                 ("device", config.device, DEVICES),
                                 ("html_mode", config.html_mode, HTML_MODES)):
        if value not in allowed:
            raise InputError(f"unknown {name} {value!r}", path=path,
                             hint=f"use one of {', '.join(allowed)}")
    return config
