"""`run` into English with a real (tiny, random-weight) model whose output gets renderings
planted: the English term goes in place of the model's rendering, with its article and
number; brackets only where the concept is rendered nowhere (issue 12, English side)."""

from __future__ import annotations

from pathlib import Path

import polib
from scripted_engines import PlantingEngine

from translate.config import Config
from translate.engines.pool import open_engine
from translate.pipeline import run_batch
from translate.terms.files import SHIPPED_DIR

GLOSSARY = SHIPPED_DIR / "vi-en.tsv"
PLANTED = {  # source → what the "model" writes: the concept in other words
    "Đoàn công tác đã làm việc với Bí thư Tỉnh ủy.":
        "The delegation worked with the provincial Party chief.",
    "Bộ Tài chính đã đề xuất giảm thuế.": "The Finance Ministry proposed tax cuts.",
    "Tỉnh đã cử nhiều cán bộ đi học.": "The province sent many cadres to study.",
    # words no list has: the source's slot between the sentence start and the name (12l)
    "Chủ tịch UBND tỉnh Hoàng Văn Nam ký quyết định.":
        "Provincial Governor Hoang Van Nam signed the decision.",
}
NOWHERE = "Bộ Chính trị đã ban hành kết luận."


def test_run_replaces_english_renderings_in_place(tiny_marian, tmp_path: Path):
    article = tmp_path / "article.txt"
    article.write_text("\n\n".join([*PLANTED, NOWHERE]) + "\n", encoding="utf-8")
    config = Config(glossaries=(GLOSSARY,), shipped_glossaries=False, use_cache=False, beam=2)
    result = run_batch([article], ["en"], tmp_path / "po", config, model=str(tiny_marian),
                       opener=lambda path, model_id, cfg: PlantingEngine(
                           open_engine(path, model_id, cfg), PLANTED))
    catalog = polib.pofile(str(tmp_path / "po" / "en" / "article.po"))
    drafts = {e.msgid: e.msgstr for e in catalog}
    sources = list(PLANTED)
    assert drafts[sources[0]] == \
        "The delegation worked with the Secretary of the provincial Party Committee."
    assert drafts[sources[1]] == "The Ministry of Finance proposed tax cuts."
    assert drafts[sources[2]] == "The province sent many officials to study."
    assert drafts[sources[3]] == ("Chairman of the provincial People's Committee Hoang Van Nam "
                                  "signed the decision.")
    assert all("[" not in drafts[s] for s in sources)
    assert "[Politburo]" in drafts[NOWHERE]
    assert result.terms_replaced == 4 and result.terms_appended >= 1
