"""Through the gettext tools reviewers use: `msgcat` leaves a file we wrote byte for byte,
and after `msgmerge --previous` with a plain POT (which replaces our `#.` lines) nothing else
changed and `stats`/`report` still count the provenance, from the tool's record."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import polib
import pytest

from translate.config import Config
from translate.fileio import atomic_write_text
from translate.pipeline import run_batch
from translate.po.catalog import load_catalog, records_path
from translate.po.wrap import format_catalog
from translate.review.report import collect_entries
from translate.review.stats import count_files

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from review_torture import StandIn  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "corpus" / "hoi-nghi-tinh-uy.md"
gettext = pytest.mark.skipif(shutil.which("msgmerge") is None, reason="gettext not installed")


def _run(project: Path, update: bool = False):
    model = project / "model"
    model.mkdir(exist_ok=True)
    config = replace(Config(), use_cache=False, memory=project / "memory.tmx")
    return run_batch([project / ARTICLE.name], ["cs"], project / "po", config,
                     model=str(model), opener=lambda *_: StandIn(), update=update)


@pytest.fixture
def reviewed(tmp_path: Path, monkeypatch) -> Path:
    """A drafted PO file in which a reviewer edited, approved and commented entries."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    _run(tmp_path)
    path = tmp_path / "po" / "cs" / "hoi-nghi-tinh-uy.po"
    catalog = polib.pofile(str(path), wrapwidth=0)
    for index, entry in enumerate(catalog):
        if index % 3 == 0:
            entry.msgstr = f"Přeložil člověk {index}."
            entry.flags.remove("fuzzy")
        elif index % 3 == 1:
            entry.flags.remove("fuzzy")  # the machine draft approved as it is
            entry.tcomment = "zkontrolováno"
    atomic_write_text(path, format_catalog(catalog))  # saved as Poedit saves
    return path


def _msgcat(path: Path) -> bytes:
    return subprocess.run(["msgcat", str(path)], check=True, capture_output=True).stdout


@gettext
def test_msgcat_leaves_a_fresh_and_a_reviewed_file_unchanged(reviewed: Path) -> None:
    assert _msgcat(reviewed) == reviewed.read_bytes()
    project = reviewed.parents[2]
    fresh = project / "fresh"
    fresh.mkdir()
    shutil.copy(REPO / "corpus" / "kinh-te-dia-phuong.md", fresh / ARTICLE.name)
    (fresh / "model").mkdir()
    config = replace(Config(), use_cache=False, memory=fresh / "memory.tmx")
    run_batch([fresh / ARTICLE.name], ["cs", "en"], fresh / "po", config,
              model=str(fresh / "model"), opener=lambda *_: StandIn())
    for path in (fresh / "po").rglob("*.po"):
        assert _msgcat(path) == path.read_bytes(), path
        text = path.read_text(encoding="utf-8")
        assert "Last-Translator: " in text and "Language-Team: " in text


def _plain_pot(po: Path, pot: Path) -> None:
    """A template as a generator would write it: msgids and references, no comments."""
    catalog = load_catalog(po)
    template = polib.POFile()
    template.metadata = {key: catalog.metadata[key] for key in
                         ("Project-Id-Version", "POT-Creation-Date", "MIME-Version",
                          "Content-Type", "Content-Transfer-Encoding")}
    for entry in catalog:
        if not entry.obsolete:
            template.append(polib.POEntry(msgid=entry.msgid, occurrences=entry.occurrences))
    atomic_write_text(pot, format_catalog(template))


@gettext
def test_msgmerge_previous_changes_nothing_but_our_comments(reviewed: Path) -> None:
    before_text = reviewed.read_text(encoding="utf-8")
    stats_before = count_files([reviewed])[0]
    records_before, _ = collect_entries([reviewed])
    assert stats_before.machine and stats_before.human and len(records_before) > 10
    pot = reviewed.parent / "template.pot"
    _plain_pot(reviewed, pot)
    subprocess.run(["msgmerge", "--quiet", "--previous", "--backup=none", "-U",
                    str(reviewed), str(pot)], check=True)
    after_text = reviewed.read_text(encoding="utf-8")
    assert "#. origin:" not in after_text  # msgmerge took the template's (no) comments ...
    assert [line for line in before_text.splitlines() if not line.startswith("#.")] == \
        after_text.splitlines()  # ... and changed nothing else
    assert _msgcat(reviewed) == reviewed.read_bytes()
    stats_after = count_files([reviewed])[0]  # provenance comes back from the record
    assert (stats_after.machine, stats_after.memory, stats_after.human) == \
        (stats_before.machine, stats_before.memory, stats_before.human)
    records_after, _ = collect_entries([reviewed])
    assert records_after == records_before
    # and the next `update` with nothing to do leaves msgmerge's file as it is
    result = _run(reviewed.parents[2], update=True)
    assert reviewed in result.unchanged and reviewed.read_text(encoding="utf-8") == after_text


@gettext
def test_without_the_record_msgmerge_would_hide_the_machine_drafts(reviewed: Path) -> None:
    pot = reviewed.parent / "template.pot"
    _plain_pot(reviewed, pot)
    subprocess.run(["msgmerge", "--quiet", "--previous", "--backup=none", "-U",
                    str(reviewed), str(pot)], check=True)
    records_path(reviewed).unlink()
    stats = count_files([reviewed])[0]
    assert stats.machine == 0 and collect_entries([reviewed])[0] == []
