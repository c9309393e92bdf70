"""Translation cache: hits skip the model; a re-run of the same batch makes no model call."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from translate.config import Config
from translate.engines.base import Candidate
from translate.engines.cache import CachedEngine, CacheKey, TranslationCache, default_cache_path

ARTICLE = Path(__file__).resolve().parents[2] / "corpus" / "hoi-nghi-tinh-uy.md"


class CountingEngine:
    """Fake engine: upper-cases, remembers every batch it was given."""

    name = "fake"
    model_id = "fake-model"

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def translate(self, sentences, source, target, n_best=1, progress=None):
        self.batches.append(list(sentences))
        if progress:
            progress(len(sentences))
        return [[Candidate(f"{s.upper()} #{k}", -0.1 * (k + 1)) for k in range(n_best)]
                for s in sentences]


def key(text: str, target: str = "cs", settings: str = "{}") -> CacheKey:
    return CacheKey("fake", "fake-model", settings, "vi", target, text)


def test_put_get_and_misses(tmp_path):
    path = default_cache_path(tmp_path)
    assert path == tmp_path / ".translate-cache" / "cache.sqlite"
    with TranslationCache.open(path) as cache:
        cache.put_many([(key("a"), [Candidate("A", -0.5), Candidate("Á", -0.7)])])
        found = cache.get_many([key("a"), key("b"), key("a", "en"), key("a", settings="{1}")])
        assert found == {key("a"): [Candidate("A", -0.5), Candidate("Á", -0.7)]}
    with TranslationCache.open(path) as cache:  # persisted
        assert len(cache) == 1 and cache.get_many([key("a")])[key("a")][0].text == "A"


def test_cached_engine_calls_the_model_only_for_new_sentences(tmp_path):
    inner = CountingEngine()
    with TranslationCache.open(tmp_path / "c.sqlite") as cache:
        engine = CachedEngine(inner, cache, {"beam": 4, "glossary": "g1"})
        first = engine.translate(["x", "y", "x"], "vi", "cs", n_best=2)
        assert inner.batches == [["x", "y"]]  # repeats within a batch go once
        assert first[0] == first[2] and len(first[1]) == 2
        done: list[int] = []
        again = engine.translate(["y", "x", "x"], "vi", "cs", n_best=2, progress=done.append)
        assert again == [first[1], first[0], first[0]]
        assert len(inner.batches) == 1 and engine.stats.model_calls == 1
        assert sum(done) == 3
        engine.translate(["x", "z"], "vi", "cs", n_best=2)
        assert inner.batches[-1] == ["z"]
        # other settings, n-best or glossary are other keys
        engine.translate(["x"], "vi", "cs", n_best=1)
        CachedEngine(inner, cache, {"beam": 4, "glossary": "g2"}).translate(["x"], "vi", "cs",
                                                                             n_best=2)
        assert inner.batches[-2:] == [["x"], ["x"]]
        assert engine.name == "fake" and engine.model_id == "fake-model"


@pytest.mark.skipif(not ARTICLE.exists(), reason="corpus article missing")
def test_second_run_of_a_batch_makes_zero_model_calls(tiny_marian, tmp_path, monkeypatch):
    from translate.engines.pool import open_engine
    from translate.pipeline import run_batch

    monkeypatch.setenv("VI_TRANSLATE_CACHE", str(tmp_path / "tool-cache"))
    calls: list[int] = []

    def counting_opener(model_path, model_id, config):
        engine = open_engine(model_path, model_id, config)
        assert engine.name == "ctranslate2"  # auto picks the fast engine
        real = engine.translate_stream  # translate() and the cache both go through it

        def translate_stream(sentences, *args, **kwargs):
            calls.append(len(sentences))
            yield from real(sentences, *args, **kwargs)

        engine.translate_stream = translate_stream
        return engine

    config = replace(Config(), cache_dir=tmp_path / "cache", beam=2)
    first = run_batch([ARTICLE], ["cs"], tmp_path / "po1", config, model=str(tiny_marian),
                      opener=counting_opener)
    assert calls and sum(calls) == first.drafted > 0
    calls.clear()
    second = run_batch([ARTICLE], ["cs"], tmp_path / "po2", config, model=str(tiny_marian),
                       opener=counting_opener)
    assert calls == []  # everything came from the cache
    po1 = (tmp_path / "po1" / "cs" / "hoi-nghi-tinh-uy.po").read_text(encoding="utf-8")
    po2 = (tmp_path / "po2" / "cs" / "hoi-nghi-tinh-uy.po").read_text(encoding="utf-8")
    strip = lambda text: [x for x in text.splitlines() if "Date" not in x]  # noqa: E731
    assert strip(po1) == strip(po2) and second.written

    run_batch([ARTICLE], ["cs"], tmp_path / "po3", replace(config, use_cache=False),
              model=str(tiny_marian), opener=counting_opener)
    assert sum(calls) == first.drafted  # --no-cache goes to the model again
