"""The whole review loop on a corpus article, with a real (tiny, random-weight) Marian model:

run → a reviewer edits half the entries and clears fuzzy → the source changes (one sentence
edited, one added, one removed) → update → check → build → learn → run on a second article
that shares sentences, which come from the memory without the model being asked.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.cli import app
from translate.config import Config
from translate.engines.pool import open_engine
from translate.pipeline import run_batch
from translate.po.provenance import comment_value, is_human_work
from translate.review.qa.vietnamese import find_vietnamese

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "corpus" / "hoi-nghi-tinh-uy.md"

EDITED_OLD = "Tăng trưởng kinh tế ước đạt 6,2%."
EDITED_NEW = "Tăng trưởng kinh tế cả năm ước đạt 6,2%."
REMOVED = "Tỉnh ủy đã ban hành Chương trình hành động số 961-CTr/TU để cụ thể hóa các nhiệm vụ."
ADDED = "Hội nghị cũng bàn về chuyển đổi số trong năm 2024."

# What a reviewer writes (real Czech, so the QA checks have something true to check).
CS = {
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 bàn nhiệm vụ năm 2024":
        "Patnácté zasedání krajského výboru strany projednalo úkoly na rok 2024",
    "Ngày 25/8/2023, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XIX tổ chức Hội nghị lần thứ 15 "
    "để đánh giá tình hình thực hiện nhiệm vụ 8 tháng đầu năm.":
        "Dne 25. 8. 2023 uspořádal krajský výbor strany v provincii Hà Tĩnh (XIX. volební "
        "období) 15. zasedání, aby zhodnotil plnění úkolů za prvních 8 měsíců roku.",
    "Đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh "
    "chủ trì hội nghị.":
        "Zasedání řídil soudruh Hoàng Trung Dũng, člen ústředního výboru strany, tajemník "
        "krajského výboru a předseda HĐND provincie.",
    "Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng "
    "chí trong Ban Thường vụ Tỉnh ủy và lãnh đạo các sở, ban, ngành cấp tỉnh.":
        "Zasedání se zúčastnili soudruh Võ Trọng Hải, místotajemník krajského výboru a "
        "předseda UBND provincie, členové stálého výboru a vedoucí krajských odborů.",
    "Triển khai các nghị quyết của Trung ương": "Provádění usnesení ústředního výboru",
    "Hội nghị đã quán triệt Nghị quyết số 25-NQ/TW về công tác thanh niên và Kết luận số "
    "43-KL/TW của Bộ Chính trị.":
        "Zasedání projednalo usnesení č. 25-NQ/TW o práci s mládeží a závěr politbyra "
        "č. 43-KL/TW.",
    REMOVED: "Krajský výbor vydal akční program č. 961-CTr/TU, který úkoly konkretizuje.",
    "Theo Quyết định số 657-QĐ/TU, Ban Tuyên giáo Tỉnh ủy chịu trách nhiệm hướng dẫn các "
    "địa phương.":
        "Podle rozhodnutí č. 657-QĐ/TU vede obce oddělení propagandy krajského výboru.",
    "Tổng thu ngân sách trên địa bàn 8 tháng ước đạt 19.340 tỷ đồng, bằng 3,5% so với cùng "
    "kỳ năm trước.":
        "Rozpočtové příjmy za 8 měsíců dosáhly odhadem 19 340 miliard dongů, tedy 3,5 % "
        "ve srovnání se stejným obdobím loňského roku.",
    EDITED_OLD: "Hospodářský růst se odhaduje na 6,2 %.",
    "Tập trung tháo gỡ khó khăn cho doanh nghiệp.":
        "Soustředit se na odstraňování překážek pro podniky.",
    "Đẩy mạnh giải ngân vốn đầu tư công.": "Urychlit čerpání veřejných investic.",
    "Nâng cao chất lượng công tác cán bộ.": "Zvýšit kvalitu práce s funkcionáři.",
    "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung "
    "cao độ cho các nhiệm vụ còn lại.":
        "V závěrečném projevu tajemník krajského výboru vyzval stranické výbory a úřady, "
        "aby se plně soustředily na zbývající úkoly.",
    "Hội nghị đã thống nhất cao với các nội dung được trình bày.":
        "Zasedání s předloženými body jednomyslně souhlasilo.",
    "*Ảnh: Toàn cảnh hội nghị.*": "*Foto: Celkový pohled na zasedání.*",
    EDITED_NEW: "Hospodářský růst za celý rok se odhaduje na 6,2 %.",
    ADDED: "Zasedání jednalo také o digitalizaci v roce 2024.",
}


class SpyEngine:
    """Wraps the real engine and records every sentence it is asked to translate."""

    def __init__(self, engine, calls: list[str]) -> None:
        self._engine = engine
        self.calls = calls

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def translate(self, sentences, source, target, n_best=1, progress=None):
        self.calls.extend(sentences)
        return self._engine.translate(sentences, source, target, n_best=n_best,
                                      progress=progress)


def review(path: Path, which) -> dict[str, str]:
    """Simulated reviewer: writes the CS translation of the chosen entries, clears fuzzy."""
    catalog = polib.pofile(str(path), wrapwidth=0)
    done = {}
    for index, entry in enumerate(e for e in catalog if not e.obsolete):
        if which(index, entry):
            entry.msgstr = CS[entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            done[entry.msgid] = entry.msgstr
    catalog.save(str(path))
    return done


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the memory lives in ./corpus/memory.tmx of the project
    (tmp_path / "articles").mkdir()
    shutil.copy(ARTICLE, tmp_path / "articles" / ARTICLE.name)
    return tmp_path


def test_review_loop(project: Path, tiny_marian: Path) -> None:
    runner = CliRunner()
    article = project / "articles" / ARTICLE.name
    po_path = project / "po" / "cs" / "hoi-nghi-tinh-uy.po"
    calls: list[str] = []
    config = replace(Config(), engine="transformers", use_cache=False, beam=1)

    def opener(path, model_id, cfg):
        return SpyEngine(open_engine(path, model_id, cfg), calls)

    def run(sources, update=False):
        return run_batch(sources, ["cs"], project / "po", config, model=str(tiny_marian),
                         opener=opener, update=update)

    # 1. run: every sentence drafted by the model, fuzzy
    first = run([article])
    assert first.drafted == len(CS) - 2 and first.from_memory == 0
    catalog = polib.pofile(str(po_path))
    assert all("fuzzy" in e.flags and comment_value(e, "origin:").startswith("mt ")
               for e in catalog)

    # 2. a reviewer translates half the entries (the edited and removed sentences among them)
    keep = {EDITED_OLD, REMOVED}
    reviewed = review(po_path, lambda i, e: i % 2 == 0 or e.msgid in keep)
    assert keep <= set(reviewed) and len(reviewed) >= len(catalog) // 2

    # 3. the source changes: one sentence edited, one added, one removed
    text = article.read_text(encoding="utf-8")
    text = text.replace(EDITED_OLD, EDITED_NEW).replace(REMOVED + " ", "")
    text = text.replace("- Nâng cao chất lượng công tác cán bộ.\n",
                        f"- Nâng cao chất lượng công tác cán bộ.\n\n{ADDED}\n")
    article.write_text(text, encoding="utf-8")
    before_update = po_path.read_text(encoding="utf-8")

    # 4. update: msgmerge-like; nothing the reviewer wrote is lost
    calls.clear()
    updated = run([article], update=True)
    assert po_path.with_name(po_path.name + ".bak").read_text(encoding="utf-8") == before_update
    merged = polib.pofile(str(po_path))
    for msgid, msgstr in reviewed.items():
        assert any(e.msgstr == msgstr for e in merged), f"lost the translation of {msgid!r}"
    live = {e.msgid: e for e in merged if not e.obsolete}
    edited = live[EDITED_NEW]
    assert edited.msgstr == CS[EDITED_OLD] and "fuzzy" in edited.flags
    assert edited.previous_msgid == EDITED_OLD
    assert ADDED in live and "fuzzy" in live[ADDED].flags and live[ADDED].msgstr
    removed = next(e for e in merged if e.msgid == REMOVED)
    assert removed.obsolete and removed.msgstr == CS[REMOVED]
    for msgid in reviewed:
        if msgid in live:
            assert live[msgid].msgstr == reviewed[msgid] and "fuzzy" not in live[msgid].flags
            assert is_human_work(live[msgid])
    # only the added sentence went to the model (masked: `năm QZ1`)
    assert len(calls) == 1 and calls[0].startswith("Hội nghị cũng bàn về chuyển đổi số")
    assert updated.drafted == 1

    # 5. check: fuzzy drafts are errors (exit 1); machine output is flagged
    result = runner.invoke(app, ["check", "po", "--format", "json"])
    assert result.exit_code == 1
    assert '"check": "fuzzy"' in result.output

    # 6. build refuses while entries are fuzzy, listing them
    result = runner.invoke(app, ["build", str(article), "--to", "cs"])
    assert result.exit_code == 1 and f"fuzzy: {EDITED_NEW}" in result.output

    # the reviewer finishes; now QA has no errors and the article builds
    review(po_path, lambda i, e: "fuzzy" in e.flags or not e.msgstr)
    result = runner.invoke(app, ["check", "po"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", str(article), "--to", "cs"])
    assert result.exit_code == 0, result.output
    built = (project / "out" / "cs" / ARTICLE.name).read_text(encoding="utf-8")
    assert built.startswith("# " + CS["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 bàn nhiệm "
                                      "vụ năm 2024"])
    assert "- Urychlit čerpání veřejných investic." in built
    assert CS[EDITED_NEW] in built and CS[ADDED] in built and CS[REMOVED] not in built
    assert find_vietnamese(built, "cs") == []  # names keep their diacritics; nothing else

    # 7. learn: approved entries into the memory (TMX in the project's corpus/)
    result = runner.invoke(app, ["learn", "po"])
    assert result.exit_code == 0, result.output
    tmx = project / "corpus" / "memory.tmx"
    assert tmx.exists() and CS[ADDED] in tmx.read_text(encoding="utf-8")
    assert CS[REMOVED] not in tmx.read_text(encoding="utf-8")  # obsolete: not approved text

    # 8. a second article sharing three sentences: they come from memory, the model is not
    #    asked for them
    shared = ["Triển khai các nghị quyết của Trung ương",
              "Đẩy mạnh giải ngân vốn đầu tư công.", EDITED_NEW]
    second = project / "articles" / "bai-thu-hai.md"
    second.write_text(f"# {shared[0]}\n\n{shared[2]} Một câu hoàn toàn mới ở đây.\n\n"
                      f"- {shared[1]}\n", encoding="utf-8")
    calls.clear()
    last = run([second])
    assert last.from_memory == 3 and last.drafted == 1
    assert len(calls) == 1 and calls[0] == "Một câu hoàn toàn mới ở đây."
    new_po = polib.pofile(str(project / "po" / "cs" / "bai-thu-hai.po"))
    for sentence in shared:
        entry = new_po.find(sentence)
        assert entry.msgstr == CS[sentence] and "fuzzy" not in entry.flags
        assert comment_value(entry, "origin:") == "memory score=100"


def test_update_reports_corrupt_po_and_leaves_it_untouched(project: Path) -> None:
    po_path = project / "po" / "cs" / "hoi-nghi-tinh-uy.po"
    po_path.parent.mkdir(parents=True)
    broken = 'msgid "Hội nghị"\nmsgstr "Konference"\n\nmsgid "x"\nmsgstr\n'
    po_path.write_text(broken, encoding="utf-8")
    result = CliRunner().invoke(app, ["update", str(project / "articles" / ARTICLE.name),
                                      "--to", "cs", "--model", str(project / "no-model")])
    assert result.exit_code == 2
    assert "hoi-nghi-tinh-uy.po:" in result.output and "Traceback" not in result.output
    assert po_path.read_text(encoding="utf-8") == broken
    assert not po_path.with_name(po_path.name + ".bak").exists()


HOLDER = """
import sys, time
from pathlib import Path
from translate.lock import locked
with locked(Path(sys.argv[1])):
    Path(sys.argv[2]).write_text("held")
    time.sleep(30)
"""


def test_second_process_waits_for_the_lock_then_says_why(project: Path, tiny_marian) -> None:
    import subprocess
    import sys
    import time

    po_path = project / "po" / "cs" / "hoi-nghi-tinh-uy.po"
    flag = project / "held"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(po_path), str(flag)],
                              cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        result = CliRunner().invoke(
            app, ["update", str(project / "articles" / ARTICLE.name), "--to", "cs",
                  "--model", str(tiny_marian)],
            env={"TRANSLATE_LOCK_TIMEOUT": "0.3"},
        )
        assert result.exit_code == 2
        assert "another translate process is writing this file" in result.output
        assert not po_path.exists()
    finally:
        holder.kill()
        holder.wait()


SLOW_UPDATE = """
import sys, time
from dataclasses import replace
from pathlib import Path
from translate.config import Config
from translate.engines.base import Candidate
from translate.pipeline import run_batch

article, out, model, tag, delay, started, finished = sys.argv[1:8]

class Slow:
    name, model_id = "fake", "fake"
    def translate(self, sentences, source, target, n_best=1, progress=None):
        Path(started).write_text("1")
        time.sleep(float(delay))
        return [[Candidate(f"{tag}: {s}", 0.0)] * n_best for s in sentences]

run_batch([Path(article)], ["cs"], Path(out), replace(Config(), use_cache=False), model=model,
          opener=lambda path, model_id, config: Slow(), update=True)
Path(finished).write_text(repr(time.time()))
"""


def test_two_update_processes_on_one_po_take_turns(project: Path) -> None:
    import os
    import subprocess
    import sys
    import time

    model = project / "fake-model"
    model.mkdir()
    article = project / "articles" / ARTICLE.name
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def start(tag: str, delay: str) -> subprocess.Popen:
        args = [str(article), str(project / "po"), str(model), tag, delay,
                str(project / f"{tag}.started"), str(project / f"{tag}.finished")]
        return subprocess.Popen([sys.executable, "-c", SLOW_UPDATE, *args], cwd=project, env=env)

    first = start("A", "3")
    try:
        deadline = time.monotonic() + 120
        while not (project / "A.started").exists():  # A holds the PO lock while it drafts
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = start("B", "0")
        assert second.wait(timeout=180) == 0
        assert first.wait(timeout=180) == 0
    finally:
        first.kill()
    a_done = float((project / "A.finished").read_text())
    b_done = float((project / "B.finished").read_text())
    assert b_done > a_done  # B, with nothing to wait for but the lock, finished second
    assert not (project / "B.started").exists()  # and found every sentence already drafted
    catalog = polib.pofile(str(project / "po" / "cs" / "hoi-nghi-tinh-uy.po"))
    assert len(catalog) == len(CS) - 2
    assert all(e.msgstr.startswith("A: ") for e in catalog)
