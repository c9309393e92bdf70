"""The one error handler of the CLI: one line per error, exit codes, --debug, --version, help."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import translate.cli.analyze as analyze_cli
from translate import __version__
from translate.cli import app
from translate.cli.app import average_rate

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def cli(*args: str, cwd: Path | None = None, env: dict | None = None):
    """The real console entry point in a subprocess (what a user's shell sees)."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    full_env.pop("TRANSLATE_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "translate", *args], capture_output=True,
                          text=True, cwd=cwd, env=full_env, timeout=120)


def test_version_prints_the_version():
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"vi-translate {__version__}"


def test_debug_shows_the_traceback_and_plain_shows_one_line(tmp_path):
    plain = cli("segment", "missing.md", cwd=tmp_path)
    assert plain.returncode == 2
    assert plain.stderr.strip().count("\n") == 0 and "Traceback" not in plain.stderr
    assert plain.stderr.startswith("error: ") and "missing.md" in plain.stderr
    debug = cli("--debug", "segment", "missing.md", cwd=tmp_path)
    assert "Traceback (most recent call last)" in debug.stderr
    assert "InputError" in debug.stderr and debug.returncode != 0


def test_unexpected_exception_is_one_line_and_exit_3(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(analyze_cli, "article_segments", broken)
    article = tmp_path / "a.txt"
    article.write_text("Câu một.\n", encoding="utf-8")
    result = runner.invoke(app, ["segment", str(article)])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unexpected RuntimeError: boom")
    assert "--debug" in lines[0] and "Traceback" not in result.output
    debug = runner.invoke(app, ["--debug", "segment", str(article)])
    assert isinstance(debug.exception, RuntimeError)  # raised, so Python prints the traceback


def test_database_errors_without_a_file_are_one_line(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(analyze_cli, "article_segments", broken)
    article = tmp_path / "a.txt"
    article.write_text("Câu một.\n", encoding="utf-8")
    result = runner.invoke(app, ["segment", str(article)])
    assert result.exit_code == 2 and result.output.startswith("error: database error")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("args,says", [
    (["run", "a.md"], "Missing option '--to'"),
    (["nosuch"], "No such command 'nosuch'"),
    (["run", "a.md", "--to", "cs", "--beam", "0"], "--beam"),
])
def test_usage_mistakes_are_one_error_line(args, says):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0], lines
    assert "--help" in lines[0] and "╭" not in result.output


def test_help_shows_plain_words_not_python_types():
    for args in (["run", "--help"], ["check", "--help"], ["memory", "export", "--help"],
                 ["--help"]):
        result = runner.invoke(app, args, env={"COLUMNS": "120"})
        assert result.exit_code == 0, result.output
        for python_type in ("<bool>", "<str>", "<path>", "list[Path]", "<int", "<list"):
            assert python_type not in result.output, (args, python_type)
    run_help = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "120"}).output
    assert "PATH..." in run_help and "--beam" in run_help and " N " in run_help


def test_progress_rate_is_the_average_since_the_start():
    assert average_rate(120, 10.0) == 12.0
    assert average_rate(0, 10.0) is None and average_rate(50, 0.0) is None
    # a batch of cached sentences landing at once no longer reads as thousands per second
    assert average_rate(500, 40.0) < 20
