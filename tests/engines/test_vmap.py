"""Output vocabulary by target script: which pieces stay, the restricted model folder, and that
greedy output is unchanged whenever the full model's output only used kept pieces."""

from __future__ import annotations

import json

import pytest

from translate.engines.ct2 import CTranslate2Engine
from translate.engines.vmap import (
    allowed_scripts,
    kept_pieces,
    restricted_model,
    target_script,
    usable,
)

SENTENCES = [
    "Ban Chấp hành Trung ương Đảng họp phiên bế mạc.",
    "Tổng thu ngân sách tăng mạnh so với cùng kỳ năm trước.",
    "Thủ tướng ký quyết định phê duyệt đề án.",
    "Hội nghị lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh đã diễn ra trong hai ngày.",
    "Đồng chí Hoàng Trung Dũng chủ trì hội nghị.",
    "Ông nói: “Đây là bước đi cần thiết.”",
]
FOREIGN = [f"▁{a}{b}" for a in "мирдвок" for b in "абвгде"] + list("中国人大会议") + [
    f"{a}{b}" for a in "αβγδ" for b in "εζηθ"]


def test_target_scripts_come_from_cldr():
    assert target_script("cs") == target_script("en") == target_script("vi") == "Latn"
    assert target_script("ru") == "Cyrl" and target_script("zh") == "Hans"
    assert target_script("xx") is None  # unknown: no restriction


def test_latin_target_keeps_latin_digits_and_punctuation_only():
    latin = allowed_scripts("Latn")
    for piece in ("▁nghị", "▁Dũng", "▁usnesení", "ß", "▁2024", "▁,", "“", "▁", "</s>"):
        assert usable(piece, latin), piece
    for piece in ("▁мир", "中", "αβ", "__de__", "deu_Latn"):
        assert not usable(piece, latin), piece
    cyrillic = allowed_scripts("Cyrl")  # names and the Vietnamese source stay writable
    assert usable("▁мир", cyrillic) and usable("▁Dũng", cyrillic)
    assert not usable("中", cyrillic)
    assert kept_pieces(["a", "мир", "b", "c"], latin, target_pieces={"a", "мир", "b"}) == ["a", "b"]


@pytest.fixture(scope="module")
def padded_m2m100(tmp_path_factory):
    """A tiny M2M100 whose vocabulary also has pieces of other scripts, as the real one has."""
    from tiny_models import build_m2m100, training_lines

    return build_m2m100(tmp_path_factory.mktemp("m2m-padded"), training_lines(),
                        vocab_size=400, padding=FOREIGN)


def test_restricted_model_folder_is_built_once(padded_m2m100, tmp_path):
    engine = CTranslate2Engine(padded_m2m100, beam_size=1, cache_root=tmp_path)
    first = restricted_model(engine.ct2_path, "cs")
    assert first is not None and first.script == "Latn"
    assert first.kept <= first.total - len(FOREIGN) - 99  # other scripts and language codes
    line = (first.path / "vmap.txt").read_text(encoding="utf-8")
    assert line.startswith("\t") and "▁мир" not in line.split()
    assert json.loads((first.path / "vmap.json").read_text())["kept"] == first.kept
    assert restricted_model(engine.ct2_path, "cs") == first  # read back, not rebuilt
    assert restricted_model(engine.ct2_path, "xx") is None


def _foreign(text: str) -> bool:
    return any(ch in text for piece in FOREIGN for ch in piece.strip("▁"))


@pytest.fixture(scope="module")
def foreign_loving_m2m100(tmp_path_factory):
    """The same model with the other scripts' embeddings scaled up: its greedy output (tied
    output layer) is all other-script pieces."""
    import torch
    from tiny_models import build_m2m100, training_lines
    from transformers import M2M100ForConditionalGeneration, M2M100Tokenizer

    path = build_m2m100(tmp_path_factory.mktemp("m2m-foreign"), training_lines(),
                        vocab_size=400, padding=FOREIGN)
    model = M2M100ForConditionalGeneration.from_pretrained(str(path))
    ids = M2M100Tokenizer.from_pretrained(str(path)).convert_tokens_to_ids(FOREIGN)
    with torch.no_grad():
        model.model.shared.weight[ids] *= 3.0
    model.save_pretrained(str(path))
    return path


SAMPLES = [f"{s} {w}" for s in SENTENCES for w in ("", "Hà Nội", "tỉnh", "năm")]


def _both(model, tmp_path):
    kwargs = dict(beam_size=1, max_length=12, cache_root=tmp_path)
    full = CTranslate2Engine(model, restrict_vocab=False, **kwargs)
    restricted = CTranslate2Engine(model, **kwargs)
    assert restricted.settings["vocab"] != full.settings["vocab"]  # separate cache entries
    assert restricted.restriction("cs") is not None and full.restriction("cs") is None
    return full.translate(SAMPLES, "vi", "cs"), restricted.translate(SAMPLES, "vi", "cs")


def test_greedy_output_is_unchanged_when_the_full_model_kept_to_the_script(padded_m2m100,
                                                                           tmp_path):
    full, restricted = _both(padded_m2m100, tmp_path)
    assert not any(_foreign(c[0].text) for c in full)  # each step's best piece was kept...
    assert [c[0].text for c in full] == [c[0].text for c in restricted]  # ...same argmax


def test_other_scripts_never_come_out_of_the_restricted_model(foreign_loving_m2m100, tmp_path):
    full, restricted = _both(foreign_loving_m2m100, tmp_path)
    assert all(_foreign(c[0].text) for c in full)
    assert not any(_foreign(c[0].text) for c in restricted)
    assert all(c[0].text.strip() for c in restricted)
