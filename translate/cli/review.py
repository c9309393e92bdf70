"""`translate check`, `stats`, `report` and `eval`: what reviewers and models did."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import typer

from translate.cli.app import app, check_format, echo_err, load_project_config, progress_bars
from translate.errors import InputError
from translate.languages import validate_lang
from translate.pipeline import translate_sentences
from translate.po.catalog import save_catalog
from translate.po.table_import import table_to_catalog
from translate.review.evaluate import (
    DEFAULT_COMET_MODEL,
    evaluate,
    format_result,
    load_test_set,
    write_lines,
)
from translate.review.fix import fix_files, fix_summary
from translate.review.qa import check_files, format_findings, has_errors
from translate.review.report import build_report, render_table, report_json, write_html
from translate.review.stats import count_files, format_stats
from translate.terms.files import load_project_glossaries


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="PO files or folders (po/)."),
    format: str = typer.Option("text", "--format", help="text or json (one object per line)."),
    glossary: list[Path] = typer.Option(
        None, "--glossary", help="Glossary (.tsv .tbx .csv); repeatable: exactly these files. "
        "Default: the shipped glossaries + glossaries/*"
    ),
    only: str = typer.Option(None, "--only", help="Comma-separated checks to run."),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
    fix: bool = typer.Option(False, "--fix", help="Put glossary terms in place of other "
                             "renderings, in their case (fuzzy entries; .po.bak first)."),
    include_approved: bool = typer.Option(False, "--include-approved", help="With --fix: "
                                          "also fix approved entries (they become fuzzy)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="With --fix: print the unified "
                                 "diff, write nothing."),
    lang: str = typer.Option(None, "--lang", help="Target language of the files (default: "
                             "their Language header, else a po/<lang>/ folder)."),
) -> None:
    """QA findings per entry (numbers, protected tokens, glossary...). Exit 1 on errors."""
    check_format(format, ("text", "json"))
    if (include_approved or dry_run) and not fix:
        raise InputError("--include-approved and --dry-run go with --fix",
                         hint="translate check po/ --fix --dry-run")
    config = load_project_config(config_path)
    if glossary:
        config = replace(config, glossaries=tuple(glossary), shipped_glossaries=False)
    checks = [c.strip() for c in only.split(",") if c.strip()] if only else None
    terms = load_project_glossaries(config)
    if fix:
        done = fix_files(paths, terms, include_approved=include_approved, dry_run=dry_run,
                         lang=lang)
        if dry_run and done.diff:
            typer.echo(done.diff, nl=False, err=format == "json")
        echo_err(fix_summary(done, dry_run))
    findings = check_files(paths, glossary=terms, source_lang=config.source_lang, checks=checks,
                           lang=lang)
    output = format_findings(findings, format)
    if output:
        typer.echo(output)
    if has_errors(findings):
        raise typer.Exit(1)


@app.command()
def stats(
    paths: list[Path] = typer.Argument(..., help="PO files or folders (po/)."),
    format: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Translated, fuzzy and untranslated entries and source words per file, like pocount."""
    check_format(format, ("text", "json"))
    typer.echo(format_stats(count_files(paths), format))


@app.command()
def report(
    paths: list[Path] = typer.Argument(..., help="Reviewed PO files or folders (po/)."),
    html: Path = typer.Option(None, "--html", help="Also write a self-contained HTML page."),
    top: int = typer.Option(5, "--top", min=1, help="Terms and checks listed per row."),
    format: str = typer.Option("text", "--format", help="text (a table) or json (one object)."),
) -> None:
    """How much reviewers changed the machine drafts, per language and model."""
    check_format(format, ("text", "json"))
    result = build_report(paths, top=top)
    if format == "json":
        typer.echo(report_json(result))
    else:
        render_table(result)
    if html is not None:
        write_html(result, html)
        typer.echo(f"wrote {html}", err=format == "json")  # stdout stays one JSON object


@app.command("eval")
def eval_command(
    tsv: Path = typer.Option(None, "--tsv", help="Test set: TSV with a header row."),
    src: str = typer.Option(None, "--src", help="Source column (with --tsv) or file."),
    ref: str = typer.Option(..., "--ref", help="Reference column (with --tsv) or file."),
    hyp: Path = typer.Option(None, "--hyp", help="Hypotheses file, one per line."),
    hyp_column: str = typer.Option(None, "--hyp-column", help="Hypotheses column of the TSV."),
    model: str = typer.Option(None, "--model", help="Translate --src with this model."),
    to: str = typer.Option(None, "--to", help="Target language (default: --ref column name)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Only the first N segments."),
    comet_model: str = typer.Option(None, "--comet-model", help="COMET checkpoint or Hub id."),
    no_comet: bool = typer.Option(False, "--no-comet", help="Skip COMET even if installed."),
    save_hyp: Path = typer.Option(None, "--save-hyp", help="Write the hypotheses to a file."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Score a model (or given hypotheses) on a parallel test set: chrF++, BLEU, COMET."""
    if (hyp or hyp_column) and model:
        raise InputError("give either hypotheses (--hyp/--hyp-column) or --model, not both")
    test = load_test_set(tsv=tsv, src=src, ref=ref, hyp=hyp, hyp_column=hyp_column, limit=limit)
    target = to or (ref if tsv is not None else None)
    translate_fn = None
    system = f"file {hyp}" if hyp else f"column {hyp_column}" if hyp_column else ""
    if test.hypotheses is None:
        if not test.sources:
            raise InputError("nothing to translate", hint="give --src (or --hyp)")
        if target is None:
            raise InputError("target language unknown", hint="give --to cs")
        target = validate_lang(target)
        config = load_project_config(config_path)

        def translate_fn(sentences: list[str]) -> list[str]:
            with progress_bars() as progress:
                return translate_sentences(sentences, target, config, model=model,
                                           progress=progress)

        system = model or config.route(target).description
    result = evaluate(test.sources, test.hypotheses, test.references,
                      target_lang=target, translate_fn=translate_fn, comet=not no_comet,
                      comet_model=comet_model or DEFAULT_COMET_MODEL, system=system)
    if save_hyp is not None:
        write_lines(save_hyp, result.hypotheses)
    typer.echo(format_result(result, as_json=as_json))


@app.command("tsv2po")
def tsv2po(
    table: Path = typer.Argument(..., help="Bilingual TSV with a header row (vi and cs...)."),
    to: str = typer.Option(..., "--to", help="Target language: the target column's name."),
    out: Path = typer.Option(None, "--out", help="PO file to write. Default: "
                             "po/<lang>/<table>.po"),
    source_column: str = typer.Option("vi", "--source-column", help="Source column."),
    target_column: str = typer.Option(None, "--target-column",
                                      help="Target column (default: the --to language)."),
) -> None:
    """Someone else's translations (a spreadsheet) as a PO file, for `check --fix`."""
    lang = validate_lang(to)
    path = out or Path("po") / lang / f"{table.stem}.po"
    if path.exists():
        raise InputError("exists; refusing to overwrite a PO file", path=path,
                         hint="give another --out or move the file away")
    catalog = table_to_catalog(table, lang, source_column, target_column)
    save_catalog(catalog, path)
    typer.echo(f"wrote {path}: {len(catalog)} entries")
