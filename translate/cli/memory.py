"""`translate learn` and `translate memory import|export`: the translation memory."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from translate.cli.app import ConfigOption, MemoryOption, app, load_project_config, memory_app
from translate.errors import InputError
from translate.memory.exchange import (
    change_memory,
    export_file,
    import_file,
    learn,
    memory_errors,
    memory_path,
)
from translate.memory.store import TranslationMemory


def _memory_file(path: Path | None, config_path: Path | None) -> Path:
    return path or memory_path(load_project_config(config_path))


def _summary(tmx: Path, counts: dict[str, int], size: int) -> str:
    files = f", from {counts['files']} PO files" if "files" in counts else ""
    return (f"{tmx}: {counts['added']} added, {counts['updated']} updated, "
            f"{counts['unchanged']} already known{files}; {size} segments")


@app.command("learn")
def learn_command(
    paths: list[Path] = typer.Argument(..., help="Reviewed PO files or folders (po/)."),
    memory: MemoryOption = None,
    config_path: ConfigOption = None,
    lang: str = typer.Option(None, "--lang", help="Target language of the files (default: "
                             "their Language header, else a po/<lang>/ folder)."),
) -> None:
    """Add approved entries (translated, not fuzzy) to the translation memory."""
    tmx = _memory_file(memory, config_path)
    typer.echo(_summary(tmx, *change_memory(tmx, lambda tm: learn(tm, paths, lang=lang))))


@memory_app.command("import")
def memory_import(
    file: Path = typer.Argument(..., help="A .tmx or .po file."),
    lang: str = typer.Option(None, "--lang", help="Target language (default: from the file)."),
    memory: MemoryOption = None,
    config_path: ConfigOption = None,
) -> None:
    """Import a TMX file (OmegaT, Trados...) or the approved entries of a PO file."""
    tmx = _memory_file(memory, config_path)
    typer.echo(_summary(tmx, *change_memory(
        tmx, lambda tm: import_file(tm, file, target_lang=lang))))


@memory_app.command("export")
def memory_export(
    file: Path = typer.Argument(None, help="Output .tmx (or .po for one language); default "
                                           "stdout as TMX."),
    lang: str = typer.Option(None, "--lang", help="Only this target language."),
    memory: MemoryOption = None,
    config_path: ConfigOption = None,
) -> None:
    """Export the translation memory as TMX 1.4b (or PO)."""
    tmx = _memory_file(memory, config_path)
    if not tmx.exists():
        raise InputError("no translation memory yet", path=tmx,
                         hint="run `translate learn po/` or `translate memory import`")
    with memory_errors(tmx), TranslationMemory.open(tmx) as tm:
        if file is not None:
            count = export_file(tm, file, target_lang=lang)
            typer.echo(f"wrote {count} segments to {file}", err=True)
            return
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "memory.tmx"
            export_file(tm, out, target_lang=lang)
            typer.echo(out.read_text(encoding="utf-8"), nl=False)
