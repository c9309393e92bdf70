"""`run` with a real (tiny, random-weight) model whose output gets renderings planted: the
term goes in place of the model's rendering, in its case; brackets only where the concept is
rendered nowhere; `run` and `stats` count both."""

from __future__ import annotations

from pathlib import Path

import polib
from scripted_engines import PlantingEngine

from translate.config import Config
from translate.engines.pool import open_engine
from translate.pipeline import run_batch
from translate.review.stats import count_files
from translate.terms.files import SHIPPED_DIR

REPO = Path(__file__).resolve().parent.parent
GLOSSARY = SHIPPED_DIR / "vi-cs.tsv"
PLANTED = {  # source → what the "model" writes: the concept in another rendering and case
    "Đoàn công tác đã làm việc với Bí thư Tỉnh ủy.":
        "Pracovní skupina jednala s provinčním tajemníkem strany.",
    "Theo Bí thư Tỉnh ủy, kinh tế tăng trưởng tốt.":
        "Podle provinční tajemnice strany hospodářství dobře roste.",
    "Các Bí thư Huyện ủy đã tham dự.": "Zúčastnili se okresní tajemníci strany.",
}
NOWHERE = "Bộ Chính trị đã ban hành kết luận."


def test_run_replaces_renderings_in_place_in_their_case(tiny_marian, tmp_path):
    article = tmp_path / "clanek.txt"
    article.write_text("\n\n".join([*PLANTED, NOWHERE]) + "\n", encoding="utf-8")
    config = Config(glossaries=(GLOSSARY,), shipped_glossaries=False, use_cache=False, beam=2)
    result = run_batch([article], ["cs"], tmp_path / "po", config, model=str(tiny_marian),
                       opener=lambda path, model_id, cfg: PlantingEngine(
                           open_engine(path, model_id, cfg), PLANTED))
    catalog = polib.pofile(str(tmp_path / "po" / "cs" / "clanek.po"))
    drafts = {e.msgid: e for e in catalog}
    assert drafts[list(PLANTED)[0]].msgstr == \
        "Pracovní skupina jednala s tajemníkem provinčního výboru strany."
    assert drafts[list(PLANTED)[1]].msgstr == \
        "Podle tajemnice provinčního výboru strany hospodářství dobře roste."
    assert drafts[list(PLANTED)[2]].msgstr == \
        "Zúčastnili se tajemníci okresních výborů strany."
    for source in PLANTED:
        assert "[" not in drafts[source].msgstr
        assert any("in place" in line for line in drafts[source].comment.splitlines())
    assert "instrumental singular" in drafts[list(PLANTED)[0]].comment
    # the random model renders the Politburo nowhere: brackets, and only there
    assert "[politbyro]" in drafts[NOWHERE].msgstr
    assert "(appended;" in drafts[NOWHERE].comment
    assert result.terms_replaced == 3 and result.terms_appended >= 1
    [counts] = count_files([tmp_path / "po"])
    assert (counts.terms_replaced, counts.terms_appended) == (3, result.terms_appended)
    assert counts.terms_selected == result.terms_selected
