"""`run`/`update` on PO files reviewers have touched: a sentence removed and restored, a
header that lies about the charset, syntax polib would have tolerated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import polib
import pytest

from translate.config import Config
from translate.errors import InputError
from translate.pipeline import run_batch
from translate.po.catalog import load_catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from review_torture import StandIn  # noqa: E402

KEEP = "Hội nghị đã thống nhất cao với các nội dung được trình bày."
BACK = "Tỉnh ủy đã ban hành Chương trình hành động số 961-CTr/TU."


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model").mkdir()
    return tmp_path


def _run(project: Path, sentences: list[str], update: bool):
    article = project / "bai.txt"
    article.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    config = replace(Config(), use_cache=False, memory=project / "memory.tmx")
    return run_batch([article], ["cs"], project / "po", config, model=str(project / "model"),
                     opener=lambda *_: StandIn(), update=update)


def _po(project: Path) -> Path:
    return project / "po" / "cs" / "bai.po"


@pytest.mark.parametrize("restore_with_update", [False, True])
def test_removed_then_restored_sentence_revives_its_entry(project: Path,
                                                          restore_with_update: bool) -> None:
    _run(project, [KEEP, BACK], update=False)
    catalog = polib.pofile(str(_po(project)))
    entry = catalog.find(BACK)
    entry.msgstr, entry.tcomment = "Krajský výbor vydal program.", "ověřeno"
    entry.flags.remove("fuzzy")
    catalog.save(str(_po(project)))
    _run(project, [KEEP], update=True)
    assert load_catalog(_po(project)).find(BACK, include_obsolete_entries=True).obsolete
    _run(project, [KEEP, BACK], update=restore_with_update)
    entries = [e for e in load_catalog(_po(project)) if e.msgid == BACK]
    assert len(entries) == 1 and not entries[0].obsolete and not entries[0].fuzzy
    assert entries[0].msgstr == "Krajský výbor vydal program."
    assert entries[0].tcomment == "ověřeno"
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(_po(project))], check=True)


def test_update_reads_utf8_under_a_latin1_header_once(project: Path) -> None:
    _run(project, [KEEP], update=False)
    catalog = polib.pofile(str(_po(project)))
    catalog.find(KEEP).msgstr = "Zasedání souhlasilo."
    catalog.find(KEEP).flags.remove("fuzzy")
    text = str(catalog).replace("charset=UTF-8", "charset=ISO-8859-1")
    _po(project).write_text(text + "\n", encoding="utf-8")  # an editor that kept the header
    for _ in range(2):
        _run(project, [KEEP, BACK], update=True)
    assert load_catalog(_po(project)).find(KEEP).msgstr == "Zasedání souhlasilo."
    assert "charset=UTF-8" in _po(project).read_text(encoding="utf-8")


def test_update_refuses_syntax_polib_tolerates(project: Path) -> None:
    _run(project, [KEEP], update=False)
    text = _po(project).read_text(encoding="utf-8")
    broken = text.rstrip("\n").rstrip('"') + " thêm\n"  # the closing quote is gone
    _po(project).write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        _run(project, [KEEP, BACK], update=True)
    assert "end of line within string" in caught.value.detail and caught.value.line
    assert _po(project).read_text(encoding="utf-8") == broken  # not rewritten as "thê"
