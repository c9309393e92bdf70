"""`translate models list|pull|convert`."""

from __future__ import annotations

from pathlib import Path

import typer

from translate.cli.app import load_project_config, models_app
from translate.engines.convert import default_cache_root, ensure_converted, list_converted
from translate.engines.models import hf_cache_dir, model_status, pull_model
from translate.languages import parse_lang_list


@models_app.command("list")
def models_list(
    to: str = typer.Option("cs,en", "--to", help="Targets to show routes for."),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Show the model route for each target and whether it is available offline."""
    config = load_project_config(config_path)
    for target in parse_lang_list(to):
        route = config.route(target)
        typer.echo(f"{config.source_lang}→{target}  {route.description}")
        for model_id, _, _ in route.steps:
            status = model_status(model_id)
            where = str(status.local_path) if status.local_path else "not downloaded"
            typer.echo(f"    {model_id}: {status.source} ({where})")
    typer.echo(f"Hugging Face cache: {hf_cache_dir()}")
    converted = list_converted()
    typer.echo(f"CTranslate2 conversions ({default_cache_root()}): {len(converted)}")
    for entry in converted:
        typer.echo(f"    {entry['name']} {entry['quantization']} (revision {entry['revision']})")


@models_app.command("pull")
def models_pull(model: str = typer.Argument(..., help="Hugging Face model id")) -> None:
    """Download a model into the Hugging Face cache (with progress)."""
    typer.echo(f"{model} is in {pull_model(model)}")


@models_app.command("convert")
def models_convert(
    model: str = typer.Argument(..., help="Hugging Face model id or local folder"),
    quantization: str = typer.Option("int8", "--quantization", help="int8, float16, float32..."),
    force: bool = typer.Option(False, "--force", help="Convert again even if cached."),
) -> None:
    """Convert a model for CTranslate2 into the tool's cache (also done on first use)."""
    path = ensure_converted(model, quantization, force=force, download=True)
    typer.echo(f"{model} ({quantization}) is in {path}")
