"""The command line's one error handler and its configuration checks: every command that
reads `translate.toml` refuses a bad value with the file and line (exit 2) before any model
is located; anything unexpected is one line and exit 3 unless `--debug`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import translate.cli.review as review_cli
from translate import __version__
from translate.cli import app

runner = CliRunner()

BAD_CONFIGS = [
    ("[memory]\nthreshold = 80\n", "[memory]: has no path", 1),
    ('[engine]\nbeam = "four"\n', "[engine] beam: 'four' is not allowed", 2),
    ('[locale]\ndate_style = "weird"\n', "[locale] date_style: unknown date_style 'weird'", 2),
    ("[engine]\nbem = 2\n", "[engine] bem: unknown key", 2),
    ('[cache]\nenabled = "yes"\n', "[cache] enabled: 'yes' is not allowed", 2),
    ('[models]\nvi-cs = 3\n', "[models] vi-cs: 3 is not allowed", 2),
    ('[pivots]\n"vi-de" = [1]\n', "[pivots] vi-de: [1] is not a list of languages", 2),
    ('[extract]\nhtml_mode = "all"\n', "[extract] html_mode: unknown html_mode 'all'", 2),
    ('[memory]\npath = "m.tmx"\nthreshold = 300\n', "[memory] threshold: 300 is not allowed", 3),
]
COMMANDS = [
    ["run", "{article}", "--to", "cs"],
    ["update", "{article}", "--to", "cs"],
    ["check", "{po}"],
    ["build", "{article}", "--to", "cs"],
    ["learn", "{po}"],
    ["segment", "{article}"],
    ["terms", "{article}"],
    ["models", "list"],
    ["eval", "--src", "{article}", "--ref", "{article}", "--to", "cs"],
    ["memory", "export"],
]


@pytest.mark.parametrize(("text", "message", "line"), BAD_CONFIGS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_refuses_a_bad_configuration(tmp_path, monkeypatch, text, message, line,
                                                   command):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate.toml").write_text(text, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Hội nghị bế mạc.\n", encoding="utf-8")
    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: cs\\n"\n', encoding="utf-8")
    args = [a.format(article=article, po=po) for a in command]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, (args, result.output)
    assert f"translate.toml:{line}: {message}" in result.output
    assert "Traceback" not in result.output
    assert "not in the local Hugging Face cache" not in result.output  # before any model


def test_unexpected_error_is_one_line_and_exit_3(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(review_cli, "count_files", broken)
    result = runner.invoke(app, ["stats", str(tmp_path)])
    assert result.exit_code == 3
    assert "error: unexpected ZeroDivisionError: a bug" in result.output
    assert "run with --debug for details" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(review_cli, "count_files", broken)
    result = runner.invoke(app, ["--debug", "stats", str(tmp_path)])
    assert isinstance(result.exception, ZeroDivisionError)


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"vi-translate {__version__}"
