"""The `translate` application: the Typer app, its error handling, shared options, progress.

Every command module registers its commands on `app` (or a sub-app) and only parses
arguments, calls one library function and prints. Errors are handled once, here, for every
command: bad input is one line and exit 2, a missing model exit 1, an interrupt exit 130,
anything unexpected one line and exit 3 ("run with --debug for details"); `--debug` (before
the command) or `TRANSLATE_DEBUG=1` shows the traceback instead.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

try:  # typer >= 0.2x runs its own copy of click; its exceptions and types are that copy's
    from typer import _click as click
except ImportError:  # pragma: no cover - older typer uses click itself
    import click

from translate import __version__
from translate.config import Config, load_config
from translate.errors import ClusterError, InputError, ModelUnavailableError, printable


def echo_err(message: str) -> None:
    typer.echo(message, err=True)


def _os_error_message(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (f"cannot write{where}: no space left on the device; free some space and run "
                "the command again (the previous file is intact)")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write or read{where}: permission denied ({exc.strerror})"
    return f"cannot read or write{where}: {exc.strerror or exc}"


def describe_failure(exc: BaseException) -> tuple[str, int]:
    """The one line a user sees for a failure, and the exit code."""
    if isinstance(exc, InputError):
        return f"error: {exc}", 2
    if isinstance(exc, (ModelUnavailableError, ClusterError)):
        return f"error: {exc}", 1
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted; files already written are complete, nothing half-written", 130
    if isinstance(exc, OSError):
        return f"error: {_os_error_message(exc)}", 2
    if isinstance(exc, sqlite3.Error):  # a database the library did not name (it names its own)
        return f"error: database error: {exc} (run with --debug for the file and details)", 2
    return (f"error: unexpected {type(exc).__name__}: {printable(str(exc))} (run with --debug "
            "for details: translate --debug COMMAND ...; please report it)", 3)


class _Group(TyperGroup):
    """The root command group: turns every failure of any command into one clear line."""

    def invoke(self, ctx):  # noqa: ANN001 - click's signature
        debug = bool(ctx.params.get("debug")) or os.environ.get("TRANSLATE_DEBUG") == "1"
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except (Exception, KeyboardInterrupt) as exc:  # the last resort: never a bare traceback
            if debug:
                raise
            message, code = describe_failure(exc)
            echo_err(message)
            raise typer.Exit(code) from None

    def main(self, args=None, prog_name=None, complete_var=None,  # noqa: ANN001
             standalone_mode=True, **extra):
        """Usage mistakes (a missing option, an unknown command) as one `error:` line, like
        every other error, instead of click's usage box."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else "translate"
            echo_err(f"error: {printable(exc.format_message())} (see `{where} --help`)")
            code = exc.exit_code
        except click.exceptions.ClickException as exc:
            echo_err(f"error: {printable(exc.format_message())}")
            code = exc.exit_code
        except typer.Abort:
            echo_err("interrupted; files already written are complete, nothing half-written")
            code = 130
        sys.exit(code if isinstance(code, int) else 0)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _plain_help(self)


def _type_label(param, ctx) -> str | None:  # noqa: ANN001 - click's objects
    """What `--help` shows after an option: nothing for a flag, else a plain word (PATH, N,
    TEXT), never a Python type such as `<list[Path]>` or `<bool>`."""
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    if param.metavar:
        return param.metavar
    desc = getattr(param, "type_descriptor", None)  # typer's description of the annotation
    if desc is None:
        return None
    many = desc.is_list
    inner = desc.annotation
    if many and typing.get_args(inner):
        inner = typing.get_args(inner)[0]
    if desc.is_choice:
        label = "|".join(map(str, desc.choices))
    elif desc.is_path or (isinstance(inner, type) and issubclass(inner, os.PathLike)):
        label = "PATH"
    else:
        label = {int: "N", float: "NUMBER"}.get(inner, "TEXT")
    return label + ("..." if many else "")


def _plain_help(command) -> None:  # noqa: ANN001 - a click command
    """Plain type words in every command's `--help` (this app's own command objects only)."""
    for param in command.params:
        param.display_type_rich = lambda ctx, p=param: _type_label(p, ctx)
    make_help_option = command.get_help_option

    def get_help_option(ctx):  # noqa: ANN001, ANN202
        option = make_help_option(ctx)
        if option is not None:
            option.display_type_rich = lambda ctx: None
        return option

    command.get_help_option = get_help_option
    for sub in getattr(command, "commands", {}).values():
        _plain_help(sub)


app = typer.Typer(
    cls=_Group,
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
glossary_app = typer.Typer(help="Validate and convert glossaries.", no_args_is_help=True)
app.add_typer(glossary_app, name="glossary")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"vi-translate {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Vietnamese news articles → reviewed Czech (and other) translations via PO files."""


def load_project_config(config_path: Path | None) -> Config:
    return load_config(path=config_path)


def check_format(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InputError(f"unknown format {value!r}", hint=f"use {' or '.join(allowed)}")
    return value


def average_rate(done: float, seconds: float | None) -> float | None:
    """Sentences per second since the bar started: all of them over all the time. (rich's own
    speed is over its last few updates: a batch of cached sentences finishing at once showed
    as `11767.9 sent/s`.)"""
    if not seconds or seconds < 0.05 or not done:
        return None
    return done / seconds


@contextmanager
def progress_bars() -> Iterator[Callable[[str, int], Callable[[int], None]]]:
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
            speed = average_rate(task.completed, task.elapsed)
            return super().render(task) if speed is None else f"{speed:5.1f} sent/s"

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("sentences"), RateColumn(""), TimeRemainingColumn(),
        console=Console(stderr=True), transient=False,
    )

    def factory(description: str, total: int) -> Callable[[int], None]:
        task = progress.add_task(description, total=total)
        return lambda n: progress.advance(task, n)

    with progress:
        yield factory


# Options shared by several commands.
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
ClusterOption = Annotated[str | None, typer.Option(
    "--cluster", help="ray: translate on a Ray cluster (set up in the cluster section of "
    "translate.toml); none: on this machine.")]
NoCacheOption = Annotated[bool, typer.Option(
    "--no-cache", help="Ignore the translation cache (.translate-cache/).")]
GlossaryOption = Annotated[list[Path] | None, typer.Option(
    "--glossary", help="Glossary (.tsv .tbx .csv); repeatable: exactly these files. "
    "Default: the shipped glossaries + glossaries/*")]
HtmlModeOption = Annotated[str | None, typer.Option(
    "--html-mode", help="HTML only: page (just the article of a saved news page), fragment "
    "(all text, e.g. a CMS body), auto (page when the file has navigation/header/footer)")]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Default: ./translate.toml")]
MemoryOption = Annotated[
    Path | None, typer.Option("--memory", help="TMX file. Default: corpus/memory.tmx")]
