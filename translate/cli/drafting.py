"""`translate run` and `translate update`: one command body with two names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import typer

from translate.cli.app import (
    BatchSizeOption,
    BeamOption,
    ConfigOption,
    DeviceOption,
    EngineOption,
    GlossaryOption,
    HtmlModeOption,
    ModelOption,
    NoCacheOption,
    OutOption,
    SourcesArg,
    ToOption,
    app,
    echo_err,
    load_project_config,
    progress_bars,
)
from translate.config import check_config
from translate.languages import parse_lang_list
from translate.pipeline import RunResult, run_batch

RUN_HELP = "Draft PO files for every article and target language; keeps existing translations."
UPDATE_HELP = (
    "Merge changed sources into their PO files like msgmerge: reviewed work is never lost. "
    "Changed sentences keep the old reviewed translation as fuzzy with the previous source "
    "(#| msgid); new ones get a memory match or a machine draft; removed ones become obsolete "
    "(#~). Each PO file is backed up to .po.bak before it changes."
)


def _drafting_command(update: bool):
    """`run` and `update` take the same options; only the merge differs."""

    def command(
        sources: SourcesArg,
        to: ToOption,
        out: OutOption = Path("po"),
        model: ModelOption = None,
        batch_size: BatchSizeOption = None,
        beam: BeamOption = None,
        device: DeviceOption = None,
        engine: EngineOption = None,
        no_cache: NoCacheOption = False,
        glossary: GlossaryOption = None,
        html_mode: HtmlModeOption = None,
        config_path: ConfigOption = None,
    ) -> None:
        targets = parse_lang_list(to)
        config = load_project_config(config_path)
        changes = {"batch_size": batch_size, "beam": beam, "device": device, "engine": engine,
                   "html_mode": html_mode}
        config = replace(config, **{k: v for k, v in changes.items() if v is not None})
        if no_cache:
            config = replace(config, use_cache=False)
        if glossary:  # exactly these files, not the shipped ones
            config = replace(config, glossaries=tuple(glossary), shipped_glossaries=False)
        config = check_config(config)
        with progress_bars() as progress:
            result = run_batch(sources, targets, out, config, model=model, progress=progress,
                               notify=echo_err, update=update)
        print_result(result)

    return command


def print_result(result: RunResult) -> None:
    if result.glossary:
        typer.echo(result.glossary if result.glossary.startswith("glossaries:")
                   else f"warning: {result.glossary}")
    for path in result.written:
        typer.echo(f"wrote {path}")
    for path in result.unchanged:
        typer.echo(f"unchanged {path}")
    typer.echo(
        f"{len(result.written) + len(result.unchanged)} PO files, "
        f"{result.drafted} sentences drafted ({result.from_cache} from the cache), "
        f"{result.from_memory} from memory, "
        f"{result.kept} reviewed translations kept, "
        f"{result.seconds:.1f} s"
    )
    if result.terms_selected or result.terms_replaced or result.terms_appended:
        typer.echo(f"glossary terms: {result.terms_selected} selected, "
                   f"{result.terms_replaced} replaced in place, "
                   f"{result.terms_appended} appended in brackets")
    if result.redrafted:
        typer.echo(f"{result.redrafted} untouched drafts made under an older glossary "
                   "were drafted again")


app.command("run", help=RUN_HELP)(_drafting_command(update=False))
app.command("update", help=UPDATE_HELP, short_help="Merge changed sources into their PO files "
            "like msgmerge; reviewed work is never lost.")(_drafting_command(update=True))
