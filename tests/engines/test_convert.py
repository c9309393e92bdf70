"""HF -> CTranslate2 conversion: once per model revision and quantization, atomically."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from translate.engines import convert
from translate.errors import InputError


@pytest.fixture(scope="module")
def converted(tiny_marian, tmp_path_factory):
    root = tmp_path_factory.mktemp("ct2")
    return root, convert.ensure_converted(tiny_marian, "int8", cache_root=root)


def test_conversion_lands_in_cache_keyed_by_name_revision_quantization(converted, tiny_marian):
    root, path = converted
    source = convert.model_source(tiny_marian)
    assert path.parent == root
    assert path.name == f"{tiny_marian.name}--{source.revision}--int8"
    assert (path / "model.bin").stat().st_size > 0
    meta = json.loads((path / convert.META_FILE).read_text())
    assert meta["quantization"] == "int8" and meta["revision"] == source.revision
    assert [p.name for p in root.iterdir()] == [path.name]  # no temp folder left behind
    assert convert.list_converted(root)[0]["path"] == str(path)


def test_second_call_reuses_the_conversion(converted, tiny_marian, monkeypatch):
    root, path = converted

    def fail(*args, **kwargs):
        raise AssertionError("converted twice")

    monkeypatch.setattr(convert, "_convert", fail)
    assert convert.ensure_converted(tiny_marian, "int8", cache_root=root) == path


def test_revision_follows_file_content_and_hub_snapshot(tiny_marian, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(tiny_marian, copy)
    before = convert.model_source(copy).revision
    weights = copy / "model.safetensors"
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 10**9))
    assert convert.model_source(copy).revision != before

    snapshot = tmp_path / "models--Helsinki-NLP--opus-mt-vi-cs" / "snapshots" / ("ab12" * 10)
    shutil.copytree(tiny_marian, snapshot)
    source = convert.model_source(snapshot)
    assert source.name == "Helsinki-NLP--opus-mt-vi-cs"
    assert source.revision == ("ab12" * 10)[:12]


def test_failed_conversion_leaves_nothing(tiny_marian, tmp_path, monkeypatch):
    def broken(source, out, quantization):
        out.mkdir(parents=True)
        (out / "model.bin").write_bytes(b"half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(convert, "_convert", broken)
    with pytest.raises(RuntimeError):
        convert.ensure_converted(tiny_marian, "int8", cache_root=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs_are_input_errors(tmp_path, tiny_marian):
    with pytest.raises(InputError, match="config.json"):
        convert.ensure_converted(tmp_path, cache_root=tmp_path / "c")
    with pytest.raises(InputError, match="quantization"):
        convert.ensure_converted(tiny_marian, "int3", cache_root=tmp_path / "c")


def test_m2m100_vocabulary_keeps_language_codes_at_their_ids(tiny_m2m100, tmp_path):
    from transformers import M2M100Tokenizer

    path = convert.ensure_converted(tiny_m2m100, "int8", cache_root=tmp_path)
    vocab = json.loads((path / "shared_vocabulary.json").read_text())
    tokenizer = M2M100Tokenizer.from_pretrained(str(tiny_m2m100))
    config = json.loads((tiny_m2m100 / "config.json").read_text())
    assert len(vocab) == config["vocab_size"]
    for code in ("vi", "cs"):
        assert vocab[tokenizer.get_lang_id(code)] == f"__{code}__"
    assert vocab[tokenizer.unk_token_id] == "<unk>"


def test_models_convert_command(tiny_marian, tmp_path):
    from typer.testing import CliRunner

    from translate.cli import app

    env = {"VI_TRANSLATE_CACHE": str(tmp_path)}
    result = CliRunner().invoke(app, ["models", "convert", str(tiny_marian), "--quantization",
                                      "float32"], env=env)
    assert result.exit_code == 0, result.output
    converted = list((tmp_path / "ct2").iterdir())
    assert len(converted) == 1 and converted[0].name.endswith("--float32")
    assert str(converted[0]) in result.output
    bad = CliRunner().invoke(app, ["models", "convert", str(tmp_path / "nope")], env=env)
    assert bad.exit_code != 0
