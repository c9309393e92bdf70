"""Translation memory: TMX text form, SQLite index, exact and fuzzy lookups, import/export."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import polib
import pytest

from translate.errors import InputError
from translate.memory.exchange import export_file, import_file
from translate.memory.store import TranslationMemory, index_path_for
from translate.memory.tmx import read_tmx

SRC = "Hội nghị Tỉnh ủy lần thứ 15 đã bế mạc."
TGT = "15. zasedání krajského výboru strany skončilo."
SRC2 = "Ông Nguyễn Văn An phát biểu tại hội nghị."
TGT2 = "Pan Nguyen Van An vystoupil na zasedání."


@pytest.fixture
def tmx(tmp_path: Path) -> Path:
    path = tmp_path / "corpus" / "memory.tmx"
    with TranslationMemory.open(path) as tm:
        assert tm.add(SRC, TGT, "cs") == "added"
        assert tm.add(SRC2, TGT2, "cs") == "added"
        tm.save()
    return path


def test_tmx_is_valid_and_readable(tmx: Path) -> None:
    from lxml import etree

    root = etree.parse(str(tmx)).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "vi"
    units = read_tmx(tmx)
    assert [(u.source, u.target, u.target_lang) for u in units] == [
        (SRC, TGT, "cs"),
        (SRC2, TGT2, "cs"),
    ]


def test_exact_ignores_tone_placement_nfd_and_spacing(tmx: Path) -> None:
    with TranslationMemory.open(tmx) as tm:
        variant = unicodedata.normalize("NFD", "Hội nghị Tỉnh uỷ lần thứ 15  đã bế mạc.")
        hit = tm.lookup_exact(variant, "cs-CZ")
        assert hit is not None and hit.target == TGT and hit.score == 100
        assert tm.lookup_exact(SRC, "en") is None
        assert tm.lookup_exact("Hội nghị Tỉnh ủy lần thứ 16 đã bế mạc.", "cs") is None


def test_fuzzy_scores_and_threshold(tmx: Path) -> None:
    with TranslationMemory.open(tmx) as tm:
        hits = tm.lookup_fuzzy("Hội nghị Tỉnh ủy lần thứ 16 đã khai mạc.", "cs")
        assert [h.target for h in hits] == [TGT]
        assert 75 <= hits[0].score < 100
        assert tm.lookup_fuzzy("Hội nghị Tỉnh ủy lần thứ 16 đã khai mạc.", "cs", threshold=95) == []
        assert tm.lookup_fuzzy("Thời tiết hôm nay rất đẹp và trời nắng.", "cs") == []
        assert tm.lookup_fuzzy(SRC, "cs")[0].score == 100


def test_newest_translation_wins_and_order_is_stable(tmx: Path) -> None:
    with TranslationMemory.open(tmx) as tm:
        assert tm.add(SRC, TGT, "cs") == "unchanged"
        assert tm.add(SRC, "Opravený překlad.", "cs") == "updated"
        tm.save()
    assert [u.target for u in read_tmx(tmx)] == ["Opravený překlad.", TGT2]


def test_index_rebuilt_when_tmx_edited_by_hand(tmx: Path) -> None:
    with TranslationMemory.open(tmx):
        pass
    text = tmx.read_text(encoding="utf-8").replace(TGT2, "Ručně opraveno.")
    tmx.write_text(text, encoding="utf-8")
    with TranslationMemory.open(tmx) as tm:
        assert tm.lookup_exact(SRC2, "cs").target == "Ručně opraveno."


def test_index_rebuilt_when_missing_or_corrupt(tmx: Path) -> None:
    index = index_path_for(tmx)
    assert index.name == ".memory.sqlite" and index.exists()
    index.unlink()
    with TranslationMemory.open(tmx) as tm:
        assert len(tm) == 2
    index.write_bytes(b"this is not sqlite" * 100)
    with TranslationMemory.open(tmx) as tm:
        assert tm.lookup_exact(SRC, "cs").target == TGT


def test_unsaved_additions_do_not_survive_a_crash(tmx: Path) -> None:
    tm = TranslationMemory.open(tmx)
    tm.add("Câu mới chưa lưu.", "Neuložená věta.", "cs")
    tm.close()  # no save(): the TMX is the truth
    with TranslationMemory.open(tmx) as tm:
        assert tm.lookup_exact("Câu mới chưa lưu.", "cs") is None
        assert len(tm) == 2


def test_po_import_takes_only_approved(tmp_path: Path) -> None:
    po = polib.POFile()
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid=SRC, msgstr=TGT))
    fuzzy = polib.POEntry(msgid=SRC2, msgstr=TGT2)
    fuzzy.flags.append("fuzzy")
    po.append(fuzzy)
    po.append(polib.POEntry(msgid="Chưa dịch.", msgstr=""))
    path = tmp_path / "a.po"
    po.save(str(path))
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        assert import_file(tm, path) == {"added": 1, "updated": 0, "unchanged": 0}
        tm.save()
        assert [u.source for u in tm.units()] == [SRC]


def test_export_import_roundtrip(tmx: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.tmx"
    with TranslationMemory.open(tmx) as tm:
        assert export_file(tm, out) == 2
        assert export_file(tm, tmp_path / "export.po") == 2
    with TranslationMemory.open(tmp_path / "other.tmx") as tm:
        assert import_file(tm, out)["added"] == 2
        assert tm.lookup_exact(SRC2, "cs").target == TGT2
    po = polib.pofile(str(tmp_path / "export.po"))
    assert po.metadata["Language"] == "cs" and po[0].msgstr == TGT


def test_import_foreign_tmx_with_regions_and_inline_codes(tmp_path: Path) -> None:
    path = tmp_path / "omegat.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="vi-VN" '
        'creationtool="OmegaT" segtype="sentence" datatype="plaintext" adminlang="en" '
        'o-tmf="OmegaT"/><body><tu><tuv xml:lang="vi-VN"><seg>Xin <bpt i="1">&lt;b&gt;</bpt>'
        'chào<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="CS-CZ"><seg>Dobrý den'
        "</seg></tuv></tu></body></tmx>",
        encoding="utf-8",
    )
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        import_file(tm, path)
        assert tm.lookup_exact("Xin <b>chào</b>", "cs").target == "Dobrý den"


def test_bad_inputs_raise_input_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tmx"
    broken.write_text("<tmx><body><tu>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        TranslationMemory.open(broken)
    assert "broken.tmx" in str(info.value)
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        with pytest.raises(InputError):
            import_file(tm, tmp_path / "missing.tmx")
        bad_po = tmp_path / "bad.po"
        bad_po.write_text('msgid "a"\nmsgstr "b"\nmsgid\n', encoding="utf-8")
        with pytest.raises(InputError):
            import_file(tm, bad_po, target_lang="cs")


def test_save_keeps_file_mode(tmx: Path) -> None:
    os.chmod(tmx, 0o644)
    with TranslationMemory.open(tmx) as tm:
        tm.add("Một câu nữa.", "Ještě jedna věta.", "cs")
        tm.save()
    assert tmx.stat().st_mode & 0o777 == 0o644


def test_memory_drafts_exact_approved_fuzzy_flagged(tmx: Path) -> None:
    from translate.memory.exchange import memory_drafts
    from translate.po.provenance import comment_value, is_human_work

    with TranslationMemory.open(tmx) as tm:
        near = "Hội nghị Tỉnh ủy lần thứ 16 đã bế mạc."
        drafts = memory_drafts(tm, [SRC, near, "Không có gì giống cả ở đây."], "cs")
    assert set(drafts) == {SRC, near}
    exact, fuzzy = drafts[SRC], drafts[near]
    assert (exact.msgstr, exact.origin, exact.fuzzy) == (TGT, "memory score=100", False)
    assert fuzzy.msgstr == TGT and fuzzy.fuzzy and fuzzy.origin.startswith("memory score=")
    assert 75 <= int(fuzzy.origin.split("=")[1]) < 100
    assert fuzzy.comments == [f"memory: {fuzzy.origin.split('=')[1]}% match for: {SRC}"]
    entry = polib.POEntry(msgid=near)
    from translate.po.provenance import apply_draft

    apply_draft(entry, fuzzy)
    assert comment_value(entry, "origin:") == fuzzy.origin and not is_human_work(entry)


def test_learn_takes_approved_entries_only(tmp_path: Path) -> None:
    from translate.memory.exchange import learn

    po = polib.POFile()
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid=SRC, msgstr=TGT))
    draft = polib.POEntry(msgid=SRC2, msgstr="koncept")
    draft.flags.append("fuzzy")
    po.append(draft)
    po.append(polib.POEntry(msgid="Cũ.", msgstr="Staré.", obsolete=True))
    (tmp_path / "po" / "cs").mkdir(parents=True)
    po.save(str(tmp_path / "po" / "cs" / "a.po"))
    with TranslationMemory.open(tmp_path / "m.tmx") as tm:
        counts = learn(tm, [tmp_path / "po"])
        tm.save()
        assert counts == {"added": 1, "updated": 0, "unchanged": 0, "files": 1}
        assert [u.source for u in tm.units("cs")] == [SRC]


def test_cli_memory_import_export(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from translate.cli import app

    monkeypatch.chdir(tmp_path)
    foreign = tmp_path / "omegat.tmx"
    from translate.memory.tmx import Unit, write_tmx

    write_tmx(foreign, [Unit(SRC, TGT, "cs"), Unit(SRC2, TGT2, "cs")])
    runner = CliRunner()
    result = runner.invoke(app, ["memory", "import", str(foreign)])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output and (tmp_path / "corpus" / "memory.tmx").exists()
    exported = runner.invoke(app, ["memory", "export"])
    assert exported.exit_code == 0 and TGT2 in exported.output
    assert runner.invoke(app, ["memory", "export", "out.po"]).exit_code == 0
    assert polib.pofile(str(tmp_path / "out.po")).find(SRC).msgstr == TGT
    assert runner.invoke(app, ["memory", "import", "missing.tmx"]).exit_code == 2
