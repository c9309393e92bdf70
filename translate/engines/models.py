"""Finding models: a local directory, the Hugging Face cache, or a download with progress.

Offline (no network, or `HF_HUB_OFFLINE=1`) a missing model is reported before any work is
done, saying which model, where we looked and the two ways out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from translate.errors import ModelUnavailableError


@dataclass(frozen=True)
class ModelStatus:
    model: str
    local_path: Path | None  # where it is on disk, None when not available here
    source: str  # "directory", "cache" or "missing"


def hf_cache_dir() -> Path:
    from huggingface_hub.constants import HF_HUB_CACHE

    return Path(HF_HUB_CACHE)


def is_local_dir(model: str) -> bool:
    return Path(model).expanduser().is_dir()


def model_status(model: str) -> ModelStatus:
    """Where `model` (a directory or a Hub id) is available without the network."""
    if is_local_dir(model):
        return ModelStatus(model, Path(model).expanduser().resolve(), "directory")
    if _looks_like_path(model):
        return ModelStatus(model, None, "missing")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        path = snapshot_download(model, local_files_only=True)
    except (LocalEntryNotFoundError, OSError, ValueError):
        return ModelStatus(model, None, "missing")
    return ModelStatus(model, Path(path), "cache")


def resolve_model(model: str, download: bool = True) -> Path:
    """A local directory holding `model`, downloading it into the HF cache if allowed."""
    status = model_status(model)
    if status.local_path is not None:
        return status.local_path
    if _looks_like_path(model):
        raise ModelUnavailableError(
            f"model directory {model} does not exist. Pass --model with the folder that holds "
            "config.json and the weights, or a Hugging Face model id."
        )
    if not download or _offline_forced():
        raise ModelUnavailableError(offline_message(model))
    return pull_model(model)


def pull_model(model: str) -> Path:
    """Download a model into the normal HF cache (huggingface_hub shows progress bars)."""
    from huggingface_hub import snapshot_download

    try:
        path = snapshot_download(
            model,
            allow_patterns=["*.json", "*.spm", "*.model", "*.txt", "*.safetensors",
                            "pytorch_model.bin", "*.bin"],
        )
    except Exception as exc:  # network errors come in many types; all mean "not reachable"
        from huggingface_hub.errors import RepositoryNotFoundError

        name = type(exc).__name__
        if isinstance(exc, RepositoryNotFoundError):
            raise ModelUnavailableError(
                f"model {model!r} does not exist on the Hugging Face Hub ({name}). "
                "Check the id in translate.toml or --model."
            ) from exc
        raise ModelUnavailableError(offline_message(model, reason=f"{name}: {exc}")) from exc
    return Path(path)


def offline_message(model: str, reason: str | None = None) -> str:
    why = "the network is unreachable" if reason is None else reason.splitlines()[0]
    if _offline_forced():
        why = "HF_HUB_OFFLINE is set"
    return (
        f"model {model!r} is not in the local Hugging Face cache ({hf_cache_dir()}) and cannot "
        f"be downloaded: {why}.\n"
        f"  Either run `translate models pull {model}` on a machine with internet "
        "(and copy its Hugging Face cache here),\n"
        "  or pass --model PATH with a local model folder (config.json, weights, tokenizer)."
    )


def _offline_forced() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def _looks_like_path(model: str) -> bool:
    return model.startswith((".", "/", "~")) or os.sep in model and model.count("/") > 1
