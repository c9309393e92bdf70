"""The `translate` command line: parses arguments and calls library functions, nothing more.

Heavy libraries (torch, transformers) are imported inside the commands that need a model, so
`translate segment` and `--help` start fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from translate.config import HTML_MODES
from translate.errors import InputError, ModelUnavailableError

app = typer.Typer(
    name="translate",
    help="Vietnamese news articles → reviewed Czech (and other) translations via PO files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(help="List, download and convert translation models.",
                         no_args_is_help=True)
app.add_typer(models_app, name="models")
memory_app = typer.Typer(help="Import and export the translation memory (TMX).",
                         no_args_is_help=True)
app.add_typer(memory_app, name="memory")


@app.callback()
def root(
    ctx: typer.Context,
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    ctx.obj = {"debug": debug or os.environ.get("TRANSLATE_DEBUG") == "1"}


def _debug() -> bool:
    import click

    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if isinstance(ctx.obj, dict) and "debug" in ctx.obj:
            return bool(ctx.obj["debug"])
        ctx = ctx.parent
    return os.environ.get("TRANSLATE_DEBUG") == "1"


def echo_err(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Bad input → one line and exit 2; missing model → its message and exit 1."""
    try:
        yield
    except InputError as exc:
        if _debug():
            raise
        echo_err(f"error: {exc}")
        raise typer.Exit(2) from None
    except ModelUnavailableError as exc:
        if _debug():
            raise
        echo_err(f"error: {exc}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        echo_err("interrupted; files already written are complete, nothing half-written")
        raise typer.Exit(130) from None


def load_project_config(config_path: Path | None):
    from translate.config import load_config

    return load_config(path=config_path)


@contextmanager
def progress_bars() -> Iterator:
    """A rich progress display; yields a factory `(description, total) -> advance(n)`."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    class RateColumn(TextColumn):
        def render(self, task):  # sentences per second, the number translators compare
            speed = task.finished_speed or task.speed
            return super().render(task) if speed is None else f"{speed:5.1f} sent/s"

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("sentences"), RateColumn(""), TimeRemainingColumn(),
        console=Console(stderr=True), transient=False,
    )

    def factory(description: str, total: int):
        task = progress.add_task(description, total=total)
        return lambda n: progress.advance(task, n)

    with progress:
        yield factory


# Options shared by `run` and `update` (and, in part, other commands).
SourcesArg = Annotated[list[Path], typer.Argument(help="Articles (.txt .md .html) or folders.")]
ToOption = Annotated[str, typer.Option("--to", help="Target languages, comma-separated: cs,en,de")]
OutOption = Annotated[Path, typer.Option("--out", help="Folder for po/<lang>/<article>.po")]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="Hub id or local folder (all targets).")]
BatchSizeOption = Annotated[
    int | None, typer.Option("--batch-size", min=1, help="Sentences per batch.")]
BeamOption = Annotated[int | None, typer.Option("--beam", min=1, help="Beam size.")]
DeviceOption = Annotated[str | None, typer.Option("--device", help="auto, cpu or cuda.")]
EngineOption = Annotated[str | None, typer.Option(
    "--engine", help="auto (fastest installed), ctranslate2 or transformers.")]
NoCacheOption = Annotated[bool, typer.Option(
    "--no-cache", help="Ignore the translation cache (.translate-cache/).")]
GlossaryOption = Annotated[list[Path] | None, typer.Option(
    "--glossary", help="Glossary (.tsv .tbx .csv); repeatable. Default: glossaries/*")]
HtmlModeOption = Annotated[str | None, typer.Option(
    "--html-mode", help="HTML only: page (just the article of a saved news page), fragment "
    "(all text, e.g. a CMS body), auto (page when the file has navigation/header/footer)")]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Default: ./translate.toml")]


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
        draft_batch(sources, to, out, model, batch_size, beam, device, engine, no_cache,
                    glossary, html_mode, config_path, update)

    return command


RUN_HELP = "Draft PO files for every article and target language; keeps existing translations."
UPDATE_HELP = (
    "Merge changed sources into their PO files like msgmerge: reviewed work is never lost. "
    "Changed sentences keep the old reviewed translation as fuzzy with the previous source "
    "(#| msgid); new ones get a memory match or a machine draft; removed ones become obsolete "
    "(#~). Each PO file is backed up to .po.bak before it changes."
)
app.command("run", help=RUN_HELP)(_drafting_command(update=False))
app.command("update", help=UPDATE_HELP, short_help="Merge changed sources into their PO files "
            "like msgmerge; reviewed work is never lost.")(_drafting_command(update=True))


def draft_batch(
    sources: list[Path], to: str, out: Path, model: str | None, batch_size: int | None,
    beam: int | None, device: str | None, engine: str | None, no_cache: bool,
    glossary: list[Path] | None, html_mode: str | None, config_path: Path | None, update: bool,
) -> None:
    from dataclasses import replace

    from translate.config import check_config
    from translate.languages import parse_lang_list
    from translate.pipeline import run_batch

    with user_errors():
        targets = parse_lang_list(to)
        config = load_project_config(config_path)
        changes = {"batch_size": batch_size, "beam": beam, "device": device, "engine": engine,
                   "html_mode": html_mode}
        config = replace(config, **{k: v for k, v in changes.items() if v is not None})
        if no_cache:
            config = replace(config, use_cache=False)
        if glossary:
            config = replace(config, glossaries=tuple(glossary))
        config = check_config(config)
        with progress_bars() as progress:
            result = run_batch(sources, targets, out, config, model=model, progress=progress,
                               notify=echo_err, update=update)
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
        if result.redrafted:
            typer.echo(f"{result.redrafted} untouched drafts made under an older glossary "
                       "were drafted again")


@app.command()
def segment(
    file: Path = typer.Argument(..., help="An article: .txt, .md or .html"),
    format: str = typer.Option("text", "--format", help="text (one per line) or jsonl"),
    html_mode: HtmlModeOption = "auto",
) -> None:
    """Print the sentences of an article, as the translator and the PO files will see them."""
    from translate.formats.extract import read_document
    from translate.text.segment import segment_document

    with user_errors():
        if format not in ("text", "jsonl"):
            raise InputError(f"unknown format {format!r}", hint="use text or jsonl")
        if html_mode not in HTML_MODES:
            raise InputError(f"unknown HTML mode {html_mode!r}", hint="use auto, page or fragment")
        document = read_document(file, html_mode=html_mode)
        for seg in segment_document(document):
            if format == "text":
                typer.echo(seg.text)
            else:
                typer.echo(json.dumps(
                    {"block": seg.block, "index": seg.index, "text": seg.text,
                     "start": seg.start, "end": seg.end, "kind": seg.kind},
                    ensure_ascii=False))


@models_app.command("list")
def models_list(
    to: str = typer.Option("cs,en", "--to", help="Targets to show routes for."),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Show the model route for each target and whether it is available offline."""
    from translate.languages import parse_lang_list
    from translate.engines.models import hf_cache_dir, model_status

    with user_errors():
        config = load_project_config(config_path)
        for target in parse_lang_list(to):
            route = config.route(target)
            typer.echo(f"{config.source_lang}→{target}  {route.description}")
            for model_id, _, _ in route.steps:
                status = model_status(model_id)
                where = str(status.local_path) if status.local_path else "not downloaded"
                typer.echo(f"    {model_id}: {status.source} ({where})")
        typer.echo(f"Hugging Face cache: {hf_cache_dir()}")
        from translate.engines.convert import default_cache_root, list_converted

        converted = list_converted()
        typer.echo(f"CTranslate2 conversions ({default_cache_root()}): {len(converted)}")
        for entry in converted:
            typer.echo(f"    {entry['name']} {entry['quantization']} "
                       f"(revision {entry['revision']})")


@models_app.command("pull")
def models_pull(model: str = typer.Argument(..., help="Hugging Face model id")) -> None:
    """Download a model into the Hugging Face cache (with progress)."""
    from translate.engines.models import pull_model

    with user_errors():
        path = pull_model(model)
        typer.echo(f"{model} is in {path}")


@models_app.command("convert")
def models_convert(
    model: str = typer.Argument(..., help="Hugging Face model id or local folder"),
    quantization: str = typer.Option("int8", "--quantization", help="int8, float16, float32..."),
    force: bool = typer.Option(False, "--force", help="Convert again even if cached."),
) -> None:
    """Convert a model for CTranslate2 into the tool's cache (also done on first use)."""
    from translate.engines.convert import ensure_converted

    with user_errors():
        path = ensure_converted(model, quantization, force=force, download=True)
        typer.echo(f"{model} ({quantization}) is in {path}")


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
    from translate.review.evaluate import DEFAULT_COMET_MODEL, evaluate, format_result, load_test_set, write_lines
    from translate.languages import validate_lang

    with user_errors():
        if (hyp or hyp_column) and model:
            raise InputError("give either hypotheses (--hyp/--hyp-column) or --model, not both")
        test = load_test_set(tsv=tsv, src=src, ref=ref, hyp=hyp, hyp_column=hyp_column,
                             limit=limit)
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
                from translate.pipeline import translate_sentences

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


@app.command()
def report(
    paths: list[Path] = typer.Argument(..., help="Reviewed PO files or folders (po/)."),
    html: Path = typer.Option(None, "--html", help="Also write a self-contained HTML page."),
    top: int = typer.Option(5, "--top", min=1, help="Terms and checks listed per row."),
) -> None:
    """How much reviewers changed the machine drafts, per language and model."""
    from translate.review.report import build_report, render_table, write_html

    with user_errors():
        result = build_report(paths, top=top)
        render_table(result)
        if html is not None:
            write_html(result, html)
            typer.echo(f"wrote {html}")


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="PO files or folders (po/)."),
    format: str = typer.Option("text", "--format", help="text or json (one object per line)."),
    glossary: list[Path] = typer.Option(
        None, "--glossary", help="Glossary (.tsv .tbx .csv); repeatable. Default: glossaries/*"
    ),
    only: str = typer.Option(None, "--only", help="Comma-separated checks to run."),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """QA findings per entry (numbers, protected tokens, glossary...). Exit 1 on errors."""
    from dataclasses import replace

    from translate.review.check import check_files, format_findings, has_errors
    from translate.pipeline import load_glossaries

    with user_errors():
        if format not in ("text", "json"):
            raise InputError(f"unknown format {format!r}", hint="use text or json")
        config = load_project_config(config_path)
        if glossary:
            config = replace(config, glossaries=tuple(glossary))
        checks = [c.strip() for c in only.split(",") if c.strip()] if only else None
        findings = check_files(paths, glossary=load_glossaries(config),
                               source_lang=config.source_lang, checks=checks)
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
    from translate.review.stats import count_files, format_stats

    with user_errors():
        if format not in ("text", "json"):
            raise InputError(f"unknown format {format!r}", hint="use text or json")
        typer.echo(format_stats(count_files(paths), format))


@app.command()
def build(
    sources: list[Path] = typer.Argument(..., help="Source articles (.txt .md .html)."),
    to: str = typer.Option(..., "--to", help="Target languages, comma-separated: cs,en"),
    po: Path = typer.Option(Path("po"), "--po", help="Folder holding po/<lang>/<article>.po"),
    out: Path = typer.Option(Path("out"), "--out", help="Folder for out/<lang>/<article>"),
    allow_draft: bool = typer.Option(
        False, "--allow-draft", help="Build even with fuzzy or untranslated entries."
    ),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Source article + reviewed PO → the target article in the source's own format."""
    from translate.build import build_batch
    from translate.languages import parse_lang_list

    with user_errors():
        config = load_project_config(config_path)
        result = build_batch(sources, parse_lang_list(to), po, out, config, allow_draft)
        for path in result.written:
            typer.echo(f"wrote {path}")
        for item in result.pending:
            echo_err(item.render())
        if result.drafts_used:
            echo_err(f"{result.drafts_used} draft or untranslated sentences built (--allow-draft)")
    if result.refused:
        echo_err(f"not built: {', '.join(map(str, result.refused))}: review the entries above "
                 "(or --allow-draft for a preview)")
        raise typer.Exit(1)


def _memory_file(path: Path | None, config_path: Path | None) -> Path:
    from translate.memory.store import memory_path

    return path or memory_path(load_project_config(config_path))


def _change_memory(memory: Path | None, config_path: Path | None, change) -> str:
    """Open the memory under its lock, apply `change(tm) -> counts`, save; a summary line."""
    from translate.lock import locked
    from translate.memory.store import TranslationMemory

    tmx = _memory_file(memory, config_path)
    with locked(tmx), TranslationMemory.open(tmx) as tm:
        counts = change(tm)
        tm.save()
        size = len(tm)
    files = f", from {counts['files']} PO files" if "files" in counts else ""
    return (f"{tmx}: {counts['added']} added, {counts['updated']} updated, "
            f"{counts['unchanged']} already known{files}; {size} segments")


@app.command()
def learn(
    paths: list[Path] = typer.Argument(..., help="Reviewed PO files or folders (po/)."),
    memory: Path = typer.Option(None, "--memory", help="TMX file. Default: corpus/memory.tmx"),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Add approved entries (translated, not fuzzy) to the translation memory."""
    from translate.memory.store import learn as learn_entries

    with user_errors():
        typer.echo(_change_memory(memory, config_path, lambda tm: learn_entries(tm, paths)))


@memory_app.command("import")
def memory_import(
    file: Path = typer.Argument(..., help="A .tmx or .po file."),
    lang: str = typer.Option(None, "--lang", help="Target language (default: from the file)."),
    memory: Path = typer.Option(None, "--memory", help="TMX file. Default: corpus/memory.tmx"),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Import a TMX file (OmegaT, Trados...) or the approved entries of a PO file."""
    with user_errors():
        typer.echo(_change_memory(memory, config_path,
                                  lambda tm: tm.import_file(file, target_lang=lang)))


@memory_app.command("export")
def memory_export(
    file: Path = typer.Argument(None, help="Output .tmx (or .po for one language); default "
                                           "stdout as TMX."),
    lang: str = typer.Option(None, "--lang", help="Only this target language."),
    memory: Path = typer.Option(None, "--memory", help="TMX file. Default: corpus/memory.tmx"),
    config_path: Path = typer.Option(None, "--config", help="Default: ./translate.toml"),
) -> None:
    """Export the translation memory as TMX 1.4b (or PO)."""
    import tempfile

    from translate.memory.store import TranslationMemory

    with user_errors():
        tmx = _memory_file(memory, config_path)
        if not tmx.exists():
            raise InputError("no translation memory yet", path=tmx,
                             hint="run `translate learn po/` or `translate memory import`")
        with TranslationMemory.open(tmx) as tm:
            if file is not None:
                count = tm.export(file, target_lang=lang)
                typer.echo(f"wrote {count} segments to {file}", err=True)
                return
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "memory.tmx"
                tm.export(out, target_lang=lang)
                typer.echo(out.read_text(encoding="utf-8"), nl=False)


glossary_app = typer.Typer(help="Validate and convert glossaries.", no_args_is_help=True)
app.add_typer(glossary_app, name="glossary")


@app.command()
def terms(
    file: Path = typer.Argument(..., help="An article: .txt, .md or .html"),
    glossary: list[Path] = typer.Option(
        ..., "--glossary", help="Glossary (.tsv .tbx .csv); repeatable"
    ),
    format: str = typer.Option("text", "--format", help="text or json (one object per line)"),
) -> None:
    """Glossary terms and protected tokens of an article, with offsets into the file."""
    from translate.formats.extract import read_document
    from translate.terms.glossary import load_glossary, merge_glossaries
    from translate.text.segment import segment_document
    from translate.terms.matcher import scan_segments

    with user_errors():
        if format not in ("text", "json"):
            raise InputError(f"unknown format {format!r}", hint="use text or json")
        merged = merge_glossaries(load_glossary(p) for p in glossary)
        document = read_document(file)
        for hit in scan_segments(segment_document(document), merged, document.text):
            if format == "json":
                typer.echo(json.dumps(hit.to_json(), ensure_ascii=False))
                continue
            targets = "; ".join(f"{k}: {' / '.join(v)}" for k, v in hit.targets.items() if v)
            label = hit.concept or ""
            if hit.kind == "protected":
                label = f"{hit.token} {label}"
            typer.echo(f"{hit.segment}\t{hit.start}-{hit.end}\t{hit.kind}\t{hit.source}\t"
                       f"{label.strip()}\t{targets}")


@glossary_app.command("check")
def glossary_check(
    path: Path = typer.Argument(..., help="Glossary file (.tsv .tbx .csv)"),
) -> None:
    """Duplicates, conflicts, empty targets, colliding variants. Exit 1 on errors."""
    from translate.terms.glossary import check_glossary, load_glossary

    with user_errors():
        g = load_glossary(path)
        findings = check_glossary(g)
        for finding in findings:
            typer.echo(finding.render())
        errors = sum(f.severity == "error" for f in findings)
        typer.echo(f"{path}: {len(g)} concepts, {errors} errors, {len(findings) - errors} "
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
    from translate.terms.glossary import load_glossary, save_glossary

    with user_errors():
        g = load_glossary(source, target=target)
        save_glossary(g, dest)
        typer.echo(f"wrote {dest}: {len(g)} concepts; signature {g.signature}", err=True)


def main() -> None:
    """Console entry point."""
    app(prog_name="translate")


if __name__ == "__main__":
    sys.exit(main())
