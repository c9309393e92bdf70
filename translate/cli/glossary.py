"""`translate glossary check|convert`."""

from __future__ import annotations

from pathlib import Path

import typer

from translate.cli.app import glossary_app
from translate.terms.files import (
    load_glossary,
    load_shipped_glossaries,
    merge_glossaries,
    save_glossary,
)
from translate.terms.lint import check_glossary


@glossary_app.command("check")
def glossary_check(
    paths: list[Path] = typer.Argument(
        None, help="Glossary files (.tsv .tbx .csv), checked as one merged set. "
        "Default: the shipped glossaries"),
) -> None:
    """Duplicates, conflicts, empty targets, colliding variants. Exit 1 on errors."""
    g = merge_glossaries(load_glossary(p) for p in paths) if paths else load_shipped_glossaries()
    problems = check_glossary(g)
    for problem in problems:
        typer.echo(problem.render())
    errors = sum(p.severity == "error" for p in problems)
    name = ", ".join(str(p) for p in paths) if paths else "shipped glossaries"
    typer.echo(f"{name}: {len(g)} concepts, {errors} errors, {len(problems) - errors} "
               f"warnings; signature {g.signature}", err=True)
    if errors:
        raise typer.Exit(1)


@glossary_app.command("convert")
def glossary_convert(
    source: Path = typer.Argument(..., help="Glossary to read (.tsv .tbx .csv)"),
    dest: Path = typer.Argument(..., help="File to write (.tsv or .tbx)"),
    target: str = typer.Option("cs", "--target", help="Target language of a two-column CSV"),
) -> None:
    """Convert between TSV, TBX-Basic and (import only) Weblate/Google CSV glossaries."""
    g = load_glossary(source, target=target)
    save_glossary(g, dest)
    typer.echo(f"wrote {dest}: {len(g)} concepts; signature {g.signature}", err=True)
