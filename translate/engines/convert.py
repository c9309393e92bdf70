"""Convert a Hugging Face translation model to CTranslate2, once, into the tool's cache.

The converted folder is keyed by the model's revision (the Hub snapshot commit when the model
sits in the Hugging Face cache, else a hash of its files) and the quantization, so a changed
model is converted again and an unchanged one never is. Conversion writes into a temporary
folder and renames it into place, so an interrupted run leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from translate.engines.models import resolve_model
from translate.errors import InputError

QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "int16", "float16", "bfloat16", "float32")
META_FILE = "vi-translate.json"


def default_cache_root() -> Path:
    """`$VI_TRANSLATE_CACHE/ct2`, else `~/.cache/vi-translate/ct2`."""
    base = os.environ.get("VI_TRANSLATE_CACHE")
    if base:
        return Path(base) / "ct2"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "vi-translate" / "ct2"


@dataclass(frozen=True)
class ModelSource:
    """Where a Hugging Face model's files are and which revision they are."""

    path: Path
    name: str
    revision: str


def model_source(model: str | os.PathLike, download: bool = False) -> ModelSource:
    """A model's files and revision: a local folder, or a Hub id (from the HF cache)."""
    path = Path(model).expanduser()
    model_id = None
    if not path.is_dir():
        model_id = str(model)
        path = resolve_model(model_id, download=download)
    path = path.resolve()
    if not (path / "config.json").exists():
        raise InputError(
            "not a Hugging Face model folder (no config.json)",
            path=path,
            hint="give a Hub id or a folder saved with save_pretrained",
        )
    return ModelSource(path, _name_for(path, model_id), _revision_for(path))


def _name_for(path: Path, model_id: str | None = None) -> str:
    if model_id is None and path.parent.name == "snapshots":
        repo = path.parent.parent.name  # models--Helsinki-NLP--opus-mt-vi-cs
        if repo.startswith("models--"):
            model_id = repo[len("models--") :].replace("--", "/")
    name = (model_id or path.name).replace("/", "--")
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def _revision_for(path: Path) -> str:
    """The Hub snapshot commit, else a hash of config.json and every file's name, size, mtime."""
    if path.parent.name == "snapshots" and len(path.name) >= 7:
        return path.name[:12]
    digest = hashlib.sha256()
    digest.update((path / "config.json").read_bytes())
    for entry in sorted(path.iterdir()):
        if entry.is_file():
            stat = entry.stat()
            digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


def converted_path(
    source: ModelSource, quantization: str = "int8", cache_root: str | os.PathLike | None = None
) -> Path:
    root = Path(cache_root) if cache_root is not None else default_cache_root()
    return root / f"{source.name}--{source.revision}--{quantization}"


def is_converted(path: Path) -> bool:
    return (path / "model.bin").exists() and (path / META_FILE).exists()


def ensure_converted(
    model_dir_or_id: str | os.PathLike,
    quantization: str = "int8",
    cache_root: str | os.PathLike | None = None,
    force: bool = False,
    download: bool = False,
) -> Path:
    """Return the CTranslate2 folder for a model, converting it first if it is not cached."""
    if quantization not in QUANTIZATIONS:
        raise InputError(
            f"unknown quantization {quantization!r}", hint="one of " + ", ".join(QUANTIZATIONS)
        )
    source = model_source(model_dir_or_id, download=download)
    final = converted_path(source, quantization, cache_root)
    if is_converted(final) and not force:
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        _convert(source, tmp / "model", quantization)
        if force and final.exists():
            shutil.rmtree(final)
        try:
            os.rename(tmp / "model", final)
        except OSError:
            if not is_converted(final):  # someone else won the race only if theirs is complete
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def _convert(source: ModelSource, out: Path, quantization: str) -> None:
    import ctranslate2

    converter = _converter_class()(str(source.path), low_cpu_mem_usage=True)
    converter.convert(str(out), quantization=quantization)
    meta = {
        "source": str(source.path),
        "name": source.name,
        "revision": source.revision,
        "quantization": quantization,
        "ctranslate2": ctranslate2.__version__,
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def _converter_class():
    """TransformersConverter whose M2M100 vocabulary includes the language codes.

    transformers 5's M2M100Tokenizer leaves the `__xx__` codes out of `get_vocab()` and out of
    `additional_special_tokens`, so the stock converter would build a vocabulary without them
    (or fail validation). Listing every id of the model's embedding matrix fixes both.
    """
    from ctranslate2.converters import TransformersConverter

    class Converter(TransformersConverter):
        def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
            tokenizer = super().load_tokenizer(tokenizer_class, model_name_or_path, **kwargs)
            if type(tokenizer).__name__ == "M2M100Tokenizer":
                config = json.loads((Path(model_name_or_path) / "config.json").read_text())
                _complete_vocab(tokenizer, int(config["vocab_size"]))
            return tokenizer

    return Converter


def _complete_vocab(tokenizer, size: int) -> None:
    vocab: dict[str, int] = {}
    for i, token in enumerate(tokenizer.convert_ids_to_tokens(list(range(size)))):
        unk = tokenizer.unk_token
        if token is None or token in vocab or (token == unk and i != tokenizer.unk_token_id):
            token = f"madeupword{i}"
        vocab[token] = i
    tokenizer.get_vocab = lambda: dict(vocab)
    tokenizer.num_madeup_words = 0


def list_converted(cache_root: str | os.PathLike | None = None) -> list[dict]:
    """Metadata of every converted model in the cache (for `translate models list`)."""
    root = Path(cache_root) if cache_root is not None else default_cache_root()
    if not root.is_dir():
        return []
    found = []
    for entry in sorted(root.iterdir()):
        if is_converted(entry):
            meta = json.loads((entry / META_FILE).read_text(encoding="utf-8"))
            found.append({**meta, "path": str(entry)})
    return found
