"""translate.toml: defaults, overrides, routes with pivots, and errors naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.config import DEFAULT_MODELS, ClusterConfig, Config, check_config, load_config
from translate.engines.base import Candidate
from translate.engines.pivot import PivotEngine
from translate.errors import InputError


def test_defaults_without_a_file(tmp_path):
    config = load_config(tmp_path)
    assert config == Config()
    assert config.route("cs").steps == ((DEFAULT_MODELS["vi-cs"], "vi", "cs"),)
    assert config.route("de").steps == ((DEFAULT_MODELS["*"], "vi", "de"),)


def test_models_pivots_and_engine_settings(tmp_path):
    (tmp_path / "translate.toml").write_text(
        '[models]\n"vi-cs" = "./models/vi-cs"\n"en-de" = "Helsinki-NLP/opus-mt-en-de"\n'
        '[pivots]\n"vi-de" = ["en"]\n[engine]\nbeam = 2\nbatch_size = 8\ndevice = "cpu"\n'
        '[locale]\ndate_style = "long"\nkeep_name_diacritics = false\n', encoding="utf-8")
    config = load_config(tmp_path)
    assert config.models["vi-cs"] == "./models/vi-cs"
    assert (config.beam, config.batch_size, config.device) == (2, 8, "cpu")
    assert config.date_style == "long" and config.keep_name_diacritics is False
    route = config.route("de")
    assert route.steps == (("Helsinki-NLP/opus-mt-vi-en", "vi", "en"),
                           ("Helsinki-NLP/opus-mt-en-de", "en", "de"))
    assert route.description.startswith("pivot:")
    assert config.route("de", model_override="x").steps == (("x", "vi", "de"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[engine\nbeam = 2\n", "line"),
        ("[enigne]\nbeam = 2\n", "unknown section"),
        ('[engine]\nname = "fastest"\n', "unknown engine"),
    ],
)
def test_bad_config_is_reported_with_the_file(tmp_path: Path, text, expected):
    (tmp_path / "translate.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert "translate.toml" in str(info.value) and expected in str(info.value)


def test_cluster_and_engine_speed_settings(tmp_path):
    (tmp_path / "translate.toml").write_text(
        '[engine]\nbatch_tokens = 2048\nrestrict_vocab = false\n'
        '[cluster]\nbackend = "ray"\naddress = "ray://head:10001"\nworkers = 8\n'
        'device = "cuda"\ngpus_per_worker = 0.5\n', encoding="utf-8")
    config = load_config(tmp_path)
    assert (config.batch_tokens, config.restrict_vocab) == (2048, False)
    assert config.cluster == ClusterConfig(backend="ray", address="ray://head:10001", workers=8,
                                           device="cuda", cpus_per_worker=1,
                                           gpus_per_worker=0.5)
    assert Config().cluster.backend == "none"  # this machine unless asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[cluster]\nbackend = "spark"\n', "unknown backend 'spark'"),
        ('[cluster]\nworkers = -1\n', "[cluster] workers"),
        ('[cluster]\ndevice = "tpu"\n', "unknown device"),
        ('[cluster]\ngpus_per_worker = 0\n', "gpus_per_worker"),
        ('[cluster]\nhead = "x"\n', "unknown key"),
        ('[engine]\nbatch_tokens = "big"\n', "batch_tokens"),
        ('[engine]\nrestrict_vocab = "yes"\n', "restrict_vocab"),
    ],
)
def test_bad_cluster_settings_name_the_line(tmp_path: Path, text, expected):
    (tmp_path / "translate.toml").write_text("# settings\n" + text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_config(tmp_path)
    assert "translate.toml:" in str(info.value) and expected in str(info.value)


def test_cluster_runs_ctranslate2_workers_only():
    config = Config(engine="transformers", cluster=ClusterConfig(backend="ray"))
    with pytest.raises(InputError, match="CTranslate2 workers"):
        check_config(config)


class Recorder:
    """An engine that records its calls; used only to test the pivot's wiring."""

    def __init__(self, name: str) -> None:
        self.name, self.model_id, self.calls = name, name, []

    def translate(self, sentences, source, target, n_best=1, progress=None):
        self.calls.append((list(sentences), source, target, n_best))
        return [[Candidate(f"{s}>{target}{k}", -float(k)) for k in range(n_best)]
                for s in sentences]


def test_pivot_chains_best_hypotheses_and_keeps_n_best_of_last_hop():
    first, second = Recorder("a"), Recorder("b")
    pivot = PivotEngine([first, second], ["en"])
    out = pivot.translate(["x", "y"], "vi", "de", n_best=3)
    assert first.calls == [(["x", "y"], "vi", "en", 1)]
    assert second.calls == [(["x>en0", "y>en0"], "en", "de", 3)]
    assert [c.text for c in out[0]] == ["x>en0>de0", "x>en0>de1", "x>en0>de2"]
    assert pivot.model_id == "a + b"


def test_pivot_with_two_real_tiny_models(tiny_marian):
    from translate.engines.hf import TransformersEngine

    engine = PivotEngine([TransformersEngine(tiny_marian, beam=1),
                          TransformersEngine(tiny_marian, beam=1)], ["en"])
    out = engine.translate(["Hội nghị Tỉnh ủy.", "Chính phủ ký nghị định."], "vi", "cs")
    assert len(out) == 2 and all(c and c[0].text for c in out)
