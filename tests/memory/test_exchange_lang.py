"""The language and origin of what enters the memory: `--lang` or a clear refusal when a PO
file does not say its language, portable origins, foreign source languages refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from translate.cli import app
from translate.errors import InputError
from translate.memory.exchange import import_file, learn
from translate.memory.store import TranslationMemory

PO = 'msgid ""\nmsgstr ""\n{header}"Content-Type: text/plain; charset=UTF-8\\n"\n\n' \
     'msgid "Hội nghị đã bế mạc."\nmsgstr "Konference skončila."\n'


def _po(folder: Path, header: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "a.po"
    path.write_text(PO.format(header=header), encoding="utf-8")
    return path


def test_learn_without_a_language_asks_for_lang(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = _po(tmp_path / "reviewed")  # no header, folder not a language
    with TranslationMemory.open(tmp_path / "m.tmx") as tm, pytest.raises(InputError) as caught:
        learn(tm, [path])
    assert "does not say its language" in caught.value.detail and "--lang" in caught.value.hint
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        assert learn(tm, [path], lang="cs")["added"] == 1
        tm.save()
    text = (tmp_path / "m.tmx").read_text(encoding="utf-8")
    assert 'xml:lang="cs"' in text and 'xml:lang="reviewed"' not in text
    assert "<prop type=\"x-origin\">reviewed/a.po</prop>" in text  # relative, portable
    assert str(tmp_path) not in text


@pytest.mark.parametrize("header", ['"Language: ../../x\\n"\n', '"Language: zz_ZZ\\n"\n'])
def test_a_header_that_is_not_a_language_is_refused(tmp_path: Path, header: str) -> None:
    path = _po(tmp_path / "cs", header)
    with TranslationMemory.open(tmp_path / "m.tmx") as tm, pytest.raises(InputError) as caught:
        learn(tm, [path])
    assert "is not a language code" in caught.value.detail and caught.value.path == str(path)


def test_regional_header_and_language_folder_are_accepted(tmp_path: Path) -> None:
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        learn(tm, [_po(tmp_path / "x", '"Language: cs_CZ\\n"\n')])
        learn(tm, [_po(tmp_path / "en")])  # po/<lang>/ as `translate run` writes it
        assert tm.languages() == ["cs", "en"]


def test_check_takes_lang_or_refuses(tmp_path: Path) -> None:
    path = _po(tmp_path / "reviewed")
    runner = CliRunner()
    refused = runner.invoke(app, ["check", str(path)])
    assert refused.exit_code == 2 and "--lang" in refused.output
    assert "Traceback" not in refused.output
    checked = runner.invoke(app, ["check", str(path), "--lang", "cs"])
    assert checked.exit_code == 0, checked.output
    learned = runner.invoke(app, ["learn", str(path), "--memory", str(tmp_path / "m.tmx"),
                                  "--lang", "cs"])
    assert learned.exit_code == 0, learned.output


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext"
 adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>
<tu><tuv xml:lang="en"><seg>The meeting closed.</seg></tuv>
<tuv xml:lang="cs"><seg>Zasedání skončilo.</seg></tuv></tu>
{extra}</body></tmx>
"""
VI_TU = """<tu><tuv xml:lang="vi"><seg>Hội nghị bế mạc.</seg></tuv>
<tuv xml:lang="cs"><seg>Konference skončila.</seg></tuv></tu>
"""


def test_import_refuses_a_foreign_source_language(tmp_path: Path) -> None:
    foreign = tmp_path / "en-cs.tmx"
    foreign.write_text(TMX.format(extra=""), encoding="utf-8")
    with TranslationMemory.open(tmp_path / "m.tmx") as tm, pytest.raises(InputError) as caught:
        import_file(tm, foreign)
    assert "source language is en" in caught.value.detail


def test_import_keeps_only_our_source_language(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.tmx"
    mixed.write_text(TMX.format(extra=VI_TU), encoding="utf-8")
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        assert import_file(tm, mixed)["added"] == 1
        tm.save()
        units = list(tm.units())
    assert [(u.source, u.source_lang) for u in units] == [("Hội nghị bế mạc.", "vi")]
    assert 'xml:lang="en"' not in (tmp_path / "m.tmx").read_text(encoding="utf-8")
