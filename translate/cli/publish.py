"""`translate build`: reviewed PO files back into finished articles."""

from __future__ import annotations

from pathlib import Path

import typer

from translate.build import build_batch
from translate.cli.app import app, echo_err, load_project_config
from translate.languages import parse_lang_list


@app.command()
def build(
    sources: list[Path] = typer.Argument(..., help="Source articles (.txt .md .html)."),
    to: str = typer.Option(..., "--to", help="Target languages, comma-separated: cs,en"),
    po: Path = typer.Option(Path("po"), "--po", help="Folder holding po/<lang>/<article>.po"),
    out: Path = typer.Option(Path("out"), "--out", help="Folder for out/<lang>/<article>"),
    allow_draft: bool = typer.Option(
        False, "--allow-draft", help="Build even with fuzzy or untranslated entries."
    ),
    allow_markup: bool = typer.Option(
        False, "--allow-markup", help="Build even where a translation adds HTML tags or links "
        "the source does not have (they are published as written)."
    ),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Source article + reviewed PO → the target article in the source's own format."""
    config = load_project_config(config_path)
    result = build_batch(sources, parse_lang_list(to), po, out, config, allow_draft,
                         allow_markup)
    for path in result.written:
        typer.echo(f"wrote {path}")
    for item in result.pending:
        echo_err(item.render())
    if result.drafts_used:
        echo_err(f"{result.drafts_used} draft or untranslated sentences built (--allow-draft)")
    if result.refused:
        echo_err(f"not built: {', '.join(map(str, result.refused))}: review the entries above "
                 "(or --allow-draft for a preview; --allow-markup for tags and links the "
                 "source does not have)")
        raise typer.Exit(1)
