"""`translate segment` and `translate terms`: what `run` will see in an article."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import typer

from translate.analyze import article_segments, article_terms
from translate.cli.app import ConfigOption, HtmlModeOption, app, check_format, load_project_config
from translate.config import check_config
from translate.errors import InputError
from translate.terms.files import load_glossary, load_project_glossaries, merge_glossaries


@app.command()
def segment(
    file: Path = typer.Argument(..., help="An article: .txt, .md or .html"),
    format: str = typer.Option("text", "--format", help="text (one per line) or jsonl"),
    html_mode: HtmlModeOption = None,
    config_path: ConfigOption = None,
) -> None:
    """Print the sentences of an article, as the translator and the PO files will see them."""
    check_format(format, ("text", "jsonl"))
    config = load_project_config(config_path)
    if html_mode is not None:
        config = check_config(replace(config, html_mode=html_mode))
    for seg in article_segments(file, config):
        if format == "text":
            typer.echo(seg.text)
        else:
            typer.echo(json.dumps(
                {"block": seg.block, "index": seg.index, "text": seg.text,
                 "start": seg.start, "end": seg.end, "kind": seg.kind},
                ensure_ascii=False))


@app.command()
def terms(
    file: Path = typer.Argument(..., help="An article: .txt, .md or .html"),
    glossary: list[Path] = typer.Option(
        None, "--glossary", help="Glossary (.tsv .tbx .csv); repeatable: exactly these files. "
        "Default: the shipped glossaries (every language) + the project's"
    ),
    format: str = typer.Option("text", "--format", help="text or json (one object per line)"),
    html_mode: HtmlModeOption = None,
    config_path: ConfigOption = None,
) -> None:
    """Glossary terms and protected tokens of an article, with offsets into the file."""
    check_format(format, ("text", "json"))
    config = load_project_config(config_path)
    if html_mode is not None:
        config = check_config(replace(config, html_mode=html_mode))
    merged = (merge_glossaries(load_glossary(p) for p in glossary) if glossary
              else load_project_glossaries(config))
    if merged is None:
        raise InputError("no glossary found", hint="pass --glossary FILE")
    for hit in article_terms(file, config, merged):
        if format == "json":
            typer.echo(json.dumps(hit.to_json(), ensure_ascii=False))
            continue
        targets = "; ".join(f"{k}: {' / '.join(v)}" for k, v in hit.targets.items() if v)
        label = hit.concept or ""
        if hit.kind == "protected":
            label = f"{hit.token} {label}"
        typer.echo(f"{hit.segment}\t{hit.start}-{hit.end}\t{hit.kind}\t{hit.source}\t"
                   f"{label.strip()}\t{targets}")
