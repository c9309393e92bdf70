"""`run` on foreign news: Vietnam's own concepts are not forced into an article about abroad,
and a country rendered by its adjective counts as rendered (the same rules as `check`,
`translate.terms.newscontext` and `translate.draft.accepted`). Sentences written for this
test; a real tiny model with the "model's" translation planted as its best candidate."""

from __future__ import annotations

import polib
from scripted_engines import PlantingEngine

from translate.config import Config
from translate.engines.pool import open_engine
from translate.pipeline import run_batch

ABROAD = {  # an article about Britain: `Quốc hội` is its parliament here
    "Thủ tướng Theresa May đã gặp các nghị sĩ ở London.":
        "Premiérka Theresa May se v Londýně sešla s poslanci.",
    "Quốc hội đã bác bỏ thỏa thuận Brexit lần thứ hai.":
        "Parlament podruhé odmítl dohodu o brexitu.",
    "Quân đội Mỹ đã rút khỏi Syria.": "Americká armáda se stáhla ze Sýrie.",
}
HOME = {  # an article about Vietnam: the same concept is Vietnam's National Assembly
    "Sáng nay tại Hà Nội, Quốc hội đã thông qua Luật Đất đai.":
        "Dnes ráno v Hanoji parlament schválil zákon o půdě.",
}


def _run(tmp_path, tiny_marian):
    (tmp_path / "anh.txt").write_text("\n\n".join(ABROAD) + "\n", encoding="utf-8")
    (tmp_path / "ha-noi.txt").write_text("\n\n".join(HOME) + "\n", encoding="utf-8")
    config = Config(use_cache=False, beam=2)  # the shipped glossaries
    run_batch([tmp_path / "anh.txt", tmp_path / "ha-noi.txt"], ["cs"], tmp_path / "po", config,
              model=str(tiny_marian), opener=lambda path, model_id, cfg: PlantingEngine(
                  open_engine(path, model_id, cfg), {**ABROAD, **HOME}))
    return {e.msgid: e for name in ("anh", "ha-noi")
            for e in polib.pofile(str(tmp_path / "po" / "cs" / f"{name}.po"))}


def test_run_leaves_right_translations_of_foreign_news_alone(tiny_marian, tmp_path):
    drafts = _run(tmp_path, tiny_marian)
    for source, planted in ABROAD.items():
        assert drafts[source].msgstr == planted, drafts[source].comment
        assert "inserted" not in drafts[source].comment
    # at home the National Assembly is Vietnam's: the model's `parlament` is replaced
    home = drafts[next(iter(HOME))]
    assert "Národní shromáždění" in home.msgstr
    assert "parlament " not in home.msgstr
