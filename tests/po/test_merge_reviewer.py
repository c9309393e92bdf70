"""Reviewer work in the merge: translator comments on cleared entries, plural entries from
other tools, sentences removed and restored, twins msgfmt would reject."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest

from translate.po.catalog import load_catalog, save_catalog
from translate.po.merge import NEW, PREVIOUS, RUN, SAME, UPDATE, merge_catalog, plan_merge
from translate.po.provenance import EntryDraft, apply_draft, is_human_work

MT = "mt engine=fake model=tiny glossary=none"
OLD = "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh."
CHANGED = "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh Hà Tĩnh."
GONE = "Câu này sẽ bị xóa khỏi bài viết."
STAYS = "Nâng cao chất lượng công tác cán bộ."


@dataclass
class Unit:
    text: str
    references: list[tuple[str, int]]


def _merge(catalog, sentences, policy=UPDATE):
    plans = plan_merge(catalog, sentences, policy)
    drafts = {s: EntryDraft(s, f"draft of {s}", MT) for s in sentences}
    units = [Unit(s, [("a.md", i + 1)]) for i, s in enumerate(sentences)]
    return merge_catalog(catalog, units, drafts, plans, "cs", "a.md", policy=policy)


def _cleared(msgid: str, comment: str) -> polib.POEntry:
    """A draft the reviewer emptied, with a note (as Poedit saves it)."""
    entry = polib.POEntry(msgid=msgid, occurrences=[("a.md", "1")])
    apply_draft(entry, EntryDraft(msgid, "nesmysl", MT))
    entry.msgstr = ""
    entry.flags = []
    entry.tcomment = comment
    return entry


def _catalog(*entries: polib.POEntry) -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    for entry in entries:
        po.append(entry)
    return po


def test_comment_on_cleared_entry_follows_a_changed_sentence() -> None:
    old = _catalog(_cleared(OLD, "draft is nonsense, will translate later"))
    plans = plan_merge(old, [CHANGED])
    assert plans[CHANGED].kind == PREVIOUS
    merged, _ = _merge(old, [CHANGED])
    (entry,) = list(merged)
    assert entry.msgid == CHANGED and entry.tcomment == "draft is nonsense, will translate later"
    assert entry.msgstr == f"draft of {CHANGED}" and entry.previous_msgid is None
    assert not is_human_work(entry)  # a fresh machine draft, counted as one


def test_comment_on_cleared_entry_survives_removal() -> None:
    old = _catalog(_cleared(GONE, "ask the editor"), polib.POEntry(msgid=STAYS, msgstr="X"))
    merged, stats = _merge(old, [STAYS])
    gone = next(e for e in merged if e.msgid == GONE)
    assert gone.obsolete and gone.tcomment == "ask the editor" and stats.obsolete == 1


def test_reviewer_flag_keeps_an_untranslated_entry() -> None:
    entry = polib.POEntry(msgid=GONE, msgstr="", flags=["no-wrap"])
    merged, _ = _merge(_catalog(entry), [STAYS])
    assert next(e for e in merged if e.msgid == GONE).flags == ["no-wrap"]


def test_plural_and_context_entries_survive_update() -> None:
    plural = polib.POEntry(msgid="%d bài viết", msgid_plural="%d bài viết",
                           msgstr_plural={0: "%d článek", 1: "%d články", 2: "%d článků"},
                           tcomment="from Weblate")
    context = polib.POEntry(msgid=STAYS, msgctxt="menu", msgstr="Menu")
    old = _catalog(polib.POEntry(msgid=STAYS, msgstr="Zvýšit kvalitu."), plural, context)
    for policy in (RUN, UPDATE):
        merged, _ = _merge(old, [STAYS], policy)
        kept = next(e for e in merged if e.msgid_plural)
        assert not kept.obsolete and kept.msgstr_plural == plural.msgstr_plural
        assert kept.tcomment == "from Weblate"
        assert next(e for e in merged if e.msgctxt == "menu").msgstr == "Menu"
        assert next(e for e in merged if e.msgid == STAYS and not e.msgctxt).msgstr == \
            "Zvýšit kvalitu."


def test_removed_then_restored_revives_without_a_twin() -> None:
    reviewed = polib.POEntry(msgid=GONE, msgstr="Tato věta bude odstraněna.",
                             tcomment="checked with the author")
    old = _catalog(reviewed, polib.POEntry(msgid=STAYS, msgstr="X"))
    removed, _ = _merge(old, [STAYS])
    assert next(e for e in removed if e.msgid == GONE).obsolete
    for policy in (RUN, UPDATE):
        assert plan_merge(removed, [STAYS, GONE], policy)[GONE].kind == SAME
        back, stats = _merge(removed, [STAYS, GONE], policy)
        entries = [e for e in back if e.msgid == GONE]
        assert len(entries) == 1 and not entries[0].obsolete
        assert entries[0].msgstr == "Tato věta bude odstraněna."
        assert entries[0].tcomment == "checked with the author" and stats.resurrected == 1


def test_live_entry_wins_over_an_obsolete_spelling_twin() -> None:
    live = polib.POEntry(msgid="Hội nghị hòa giải.", msgstr="Nová verze.")
    twin = polib.POEntry(msgid="Hội nghị hoà giải.", msgstr="Stará verze.", obsolete=True)
    merged, _ = _merge(_catalog(live, twin), ["Hội nghị hoà giải."])
    keys = [(e.msgctxt, e.msgid) for e in merged]
    assert len(keys) == len(set(keys))  # msgfmt rejects a msgid written twice
    current = next(e for e in merged if not e.obsolete)
    assert current.msgstr == "Nová verze."
    assert {e.msgstr for e in merged} == {"Nová verze.", "Stará verze."}


def test_a_vanished_translation_goes_to_one_sentence_only() -> None:
    old = _catalog(polib.POEntry(msgid=OLD, msgstr="Pan An promluvil."))
    twins = [CHANGED, "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh Nghệ An."]
    plans = plan_merge(old, twins)
    assert sorted(p.kind for p in plans.values()) == [NEW, PREVIOUS]
    merged, _ = _merge(old, twins)
    assert [e.msgstr for e in merged].count("Pan An promluvil.") == 1


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext not installed")
def test_merged_files_pass_msgfmt(tmp_path: Path) -> None:
    old = _catalog(_cleared(OLD, "later"), _cleared(GONE, "ask"),
                   polib.POEntry(msgid=STAYS, msgstr="X", flags=["fuzzy"]))
    merged, _ = _merge(old, [CHANGED, STAYS])
    path = tmp_path / "a.po"
    save_catalog(merged, path)
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)
    again, _ = _merge(load_catalog(path), [CHANGED, STAYS, GONE])
    save_catalog(again, path)
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)
