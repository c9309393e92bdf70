"""msgmerge-like update: nothing a reviewer wrote is lost."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib

from translate.po.merge import (
    NEW,
    PREVIOUS,
    SAME,
    backup,
    merge_catalog,
    plan_merge,
    sentences_to_draft,
)
from translate.po.provenance import (
    ORIGIN,
    EntryDraft,
    apply_draft,
    comment_value,
    draft_text,
    is_human_work,
)

MT = "mt engine=fake model=tiny glossary=none"


@dataclass
class Unit:
    text: str
    references: list[tuple[str, int]]


def _catalog() -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}

    def entry(msgid: str, draft: str, edited: str | None = None, approve: bool = False):
        e = polib.POEntry(msgid=msgid, occurrences=[("a.md", "1")])
        apply_draft(e, EntryDraft(msgid, draft, MT))
        if edited is not None:
            e.msgstr = edited
        if approve:
            e.flags.remove("fuzzy")
        po.append(e)
        return e

    entry("Hội nghị Tỉnh ủy lần thứ 15 đã bế mạc hôm nay.", "MT 1",
          "Dnešní 15. zasedání krajského výboru skončilo.", approve=True)  # human, edited
    entry("Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh.", "MT 2",
          "Pan Nguyen Van An promluvil na zasedání.")  # human edit, still fuzzy
    entry("Đẩy mạnh giải ngân vốn đầu tư công trong năm.", "MT 3")  # untouched MT draft
    entry("Câu này sẽ bị xóa khỏi bài viết.", "MT 4", "Tato věta bude odstraněna.",
          approve=True)  # human, will be removed
    entry("Nâng cao chất lượng công tác cán bộ.", "MT 5", approve=True)  # approved MT
    return po


NEW_SOURCE = [
    "Hội nghị Tỉnh uỷ lần thứ 15 đã bế mạc hôm nay.",  # same (other tone spelling)
    "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh Hà Tĩnh.",  # edited sentence
    "Đẩy mạnh giải ngân vốn đầu tư công trong năm 2024.",  # edited, old was untouched MT
    "Nâng cao chất lượng công tác cán bộ.",  # same
    "Một câu hoàn toàn mới được thêm vào.",  # added
]


def test_plan() -> None:
    plans = plan_merge(_catalog(), NEW_SOURCE)
    assert [plans[s].kind for s in NEW_SOURCE] == [SAME, PREVIOUS, NEW, SAME, NEW]
    assert plans[NEW_SOURCE[1]].score >= 75
    assert sentences_to_draft(plans) == [NEW_SOURCE[2], NEW_SOURCE[4]]


def test_merge_keeps_every_reviewer_translation() -> None:
    old = _catalog()
    before = {e.msgid: e.msgstr for e in old if is_human_work(e)}
    plans = plan_merge(old, NEW_SOURCE)
    units = [Unit(s, [("a.md", i + 1)]) for i, s in enumerate(NEW_SOURCE)]
    drafts = {s: EntryDraft(s, f"draft {i}", MT) for i, s in enumerate(NEW_SOURCE)
              if s in sentences_to_draft(plans)}
    merged, stats = merge_catalog(old, units, drafts, plans, "cs", "a.md")

    # every human translation is still in the file, live or obsolete
    after = [e.msgstr for e in merged]
    for text in before.values():
        assert text in after
    live = {e.msgid: e for e in merged if not e.obsolete}
    assert list(live) == NEW_SOURCE

    same = live[NEW_SOURCE[0]]
    assert same.msgstr == "Dnešní 15. zasedání krajského výboru skončilo."
    assert "fuzzy" not in same.flags and same.occurrences == [("a.md", "1")]

    changed = live[NEW_SOURCE[1]]
    assert changed.msgstr == "Pan Nguyen Van An promluvil na zasedání."
    assert "fuzzy" in changed.flags
    assert changed.previous_msgid == "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh."
    assert is_human_work(changed)

    redrafted = live[NEW_SOURCE[2]]
    assert redrafted.msgstr == "draft 2" and "fuzzy" in redrafted.flags

    assert live[NEW_SOURCE[3]].msgstr == "MT 5" and "fuzzy" not in live[NEW_SOURCE[3]].flags
    assert live[NEW_SOURCE[4]].msgstr == "draft 4"

    obsolete = {e.msgid: e for e in merged if e.obsolete}
    assert obsolete["Câu này sẽ bị xóa khỏi bài viết."].msgstr == "Tato věta bude odstraněna."
    # the reviewed translation of the changed sentence is kept once (fuzzy, with the previous
    # msgid), not a second time as an obsolete entry, and keeps its provenance
    assert "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh." not in obsolete
    assert [e.msgstr for e in merged].count("Pan Nguyen Van An promluvil na zasedání.") == 1
    assert comment_value(changed, ORIGIN) == MT
    assert draft_text(changed) == "MT 2"
    assert stats.previous == 1 and stats.drafted == 2 and stats.obsolete == 2

    text = str(merged)
    assert '#| msgid "Ông Nguyễn Văn An phát biểu tại hội nghị tỉnh."' in text
    assert '#~ msgid "Câu này sẽ bị xóa khỏi bài viết."' in text


def test_obsolete_sentence_comes_back() -> None:
    old = _catalog()
    units1 = [Unit(s, [("a.md", 1)]) for s in NEW_SOURCE]
    merged, _ = merge_catalog(old, units1, {}, plan_merge(old, NEW_SOURCE), "cs", "a.md")
    back = [*NEW_SOURCE, "Câu này sẽ bị xóa khỏi bài viết."]
    plans = plan_merge(merged, back)
    assert plans[back[-1]].kind == SAME
    again, stats = merge_catalog(merged, [Unit(s, [("a.md", 1)]) for s in back], {}, plans,
                                 "cs", "a.md")
    entry = next(e for e in again if e.msgid == back[-1])
    assert not entry.obsolete and entry.msgstr == "Tato věta bude odstraněna."
    assert stats.resurrected == 1


def test_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    assert backup(path) is None
    path.write_text("original", encoding="utf-8")
    copy = backup(path)
    assert copy == tmp_path / "a.po.bak" and copy.read_text(encoding="utf-8") == "original"


def test_untranslated_entry_keeps_translator_comment() -> None:
    po = polib.POFile(wrapwidth=0)
    po.append(polib.POEntry(msgid="Câu khó.", msgstr="", tcomment="ask the editor about this"))
    plans = plan_merge(po, ["Câu khó."])
    assert sentences_to_draft(plans) == ["Câu khó."]
    drafts = {"Câu khó.": EntryDraft("Câu khó.", "Těžká věta.", MT)}
    merged, stats = merge_catalog(po, [Unit("Câu khó.", [("a.md", 1)])], drafts, plans, "cs",
                                  "a.md")
    (entry,) = list(merged)
    assert entry.msgstr == "Těžká věta." and "fuzzy" in entry.flags
    assert entry.tcomment == "ask the editor about this" and stats.drafted == 1
