"""CTranslate2 engine on tiny local models: n-best with scores, order, language codes."""

from __future__ import annotations

import pytest

from translate.engines.ct2 import CTranslate2Engine, _batches, load_tokens, pick_device
from translate.errors import InputError

SENTENCES = [
    "Ban Chấp hành Trung ương Đảng họp phiên bế mạc.",
    "Tổng thu ngân sách tăng mạnh so với cùng kỳ năm trước.",
    "Thủ tướng ký quyết định.",
    "Hội nghị lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh khóa XX đã diễn ra trong hai ngày.",
]


@pytest.fixture(scope="module")
def marian(tiny_marian, tmp_path_factory):
    return CTranslate2Engine(tiny_marian, "tiny/marian", beam_size=4, max_length=24,
                             cache_root=tmp_path_factory.mktemp("ct2"))


@pytest.fixture(scope="module")
def m2m(tiny_m2m100, tmp_path_factory):
    return CTranslate2Engine(tiny_m2m100, beam_size=2, max_length=24,
                             cache_root=tmp_path_factory.mktemp("ct2"))


def _hf_tokens(model_dir, text, src_lang=None):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    if src_lang:
        tokenizer.src_lang = src_lang
    return tokenizer.convert_ids_to_tokens(tokenizer(text).input_ids)


def test_sentencepiece_tokens_equal_the_hf_tokenizer(tiny_marian, tiny_m2m100):
    marian = load_tokens(tiny_marian)
    m2m = load_tokens(tiny_m2m100)
    assert marian.kind == "marian" and m2m.kind == "m2m100"  # the fast path, no transformers
    for text in SENTENCES:
        assert marian.encode([text], "vi")[0] == _hf_tokens(tiny_marian, text)
        assert m2m.encode([text], "vi")[0] == _hf_tokens(tiny_m2m100, text, "vi")


def test_n_best_candidates_with_scores_best_first(marian):
    results = marian.translate(SENTENCES, "vi", "cs", n_best=3)
    assert len(results) == len(SENTENCES)
    for candidates in results:
        assert len(candidates) == 3
        assert all(c.text.strip() and isinstance(c.score, float) for c in candidates)
        assert all(c.score <= 0.0 for c in candidates)  # log-probabilities
        scores = [c.score for c in candidates]
        assert scores == sorted(scores, reverse=True)
    assert marian.name == "ctranslate2" and marian.model_id == "tiny/marian"


def test_results_follow_input_order_across_length_sorted_batches(marian):
    forward = marian.translate(SENTENCES, "vi", "cs")
    backward = marian.translate(SENTENCES[::-1], "vi", "cs")
    assert forward == backward[::-1]
    assert marian.translate([], "vi", "cs") == []


def test_progress_counts_every_sentence_over_small_batches(tiny_marian, marian):
    done: list[int] = []
    old = marian.max_batch_tokens
    marian.max_batch_tokens = 40  # forces several batches
    try:
        marian.translate(SENTENCES * 3, "vi", "cs", progress=done.append)
    finally:
        marian.max_batch_tokens = old
    assert len(done) > 1 and sum(done) == len(SENTENCES) * 3


def test_m2m100_source_code_and_target_prefix(m2m):
    tokens = m2m.tokens.encode(SENTENCES[:1], "vi")[0]
    assert tokens[0] == "__vi__" and tokens[-1] == "</s>"
    raw = m2m.translator.translate_batch([tokens], target_prefix=[["__cs__"]],
                                         max_decoding_length=8)
    assert raw[0].hypotheses[0][0] == "__cs__"  # CTranslate2 returns the prefix...
    results = m2m.translate(SENTENCES, "vi", "cs", n_best=2)
    for candidates in results:  # ...the engine strips it
        assert len(candidates) == 2
        assert all("__cs__" not in c.text and "__vi__" not in c.text for c in candidates)
    with pytest.raises(InputError, match="__xx__"):
        m2m.translate(SENTENCES[:1], "vi", "xx")


def test_batches_respect_the_padded_token_budget():
    lengths = [3, 5, 5, 9, 20, 21]
    batches = list(_batches(lengths, sorted(range(6), key=lengths.__getitem__), 25, 64))
    assert sorted(i for b in batches for i in b) == list(range(6))
    for batch in batches:
        assert len(batch) == 1 or max(lengths[i] for i in batch) * len(batch) <= 25


def test_cpu_gets_int8():
    import ctranslate2

    device, compute = pick_device("cpu", "int8")
    assert (device, compute) == ("cpu", "int8")
    if ctranslate2.get_cuda_device_count() == 0:
        assert pick_device("auto", "int8") == ("cpu", "int8")


def test_hf_tokenizer_fallback_matches_the_fast_path(tiny_m2m100):
    from translate.engines.ct2 import _HfTokens

    fast, slow = load_tokens(tiny_m2m100), _HfTokens(tiny_m2m100, "m2m_100")
    assert slow.encode(SENTENCES, "vi") == fast.encode(SENTENCES, "vi")
    assert slow.lang_token("cs") == fast.lang_token("cs") == "__cs__"
    tokens = fast.encode(SENTENCES[:1], "vi")[0][1:-1]
    assert slow.decode(["__cs__", *tokens]) == fast.decode(["__cs__", *tokens])


def test_auto_device_falls_back_to_cpu_when_cuda_cannot_load(tiny_marian, tmp_path, monkeypatch):
    import ctranslate2

    from translate.engines import ct2

    if ctranslate2.get_cuda_device_count() > 0:
        pytest.skip("a usable GPU is present")
    real = ct2.pick_device
    monkeypatch.setattr(ct2, "pick_device", lambda device, q: real(
        "cuda" if device == "auto" else device, q))
    engine = CTranslate2Engine(tiny_marian, cache_root=tmp_path)  # CUDA fails to load here
    assert engine.device == "cpu" and engine.compute_type == "int8"
    assert "CUDA unusable" in engine.describe()
    assert engine.translate(SENTENCES[:1], "vi", "cs")[0][0].text
    with pytest.raises(RuntimeError):
        CTranslate2Engine(tiny_marian, device="cuda", cache_root=tmp_path)


def test_outputs_stop_at_twice_the_source_length_plus_ten(tiny_marian, tmp_path):
    import math

    from translate.engines.ct2 import LENGTH_EXTRA, LENGTH_RATIO

    seen = []

    class Recording:
        def __init__(self, real):
            self.real = real

        def translate_batch(self, source, **kwargs):
            seen.append((max(len(s) for s in source) - 1, kwargs["max_decoding_length"]))
            return self.real.translate_batch(source, **kwargs)

    for limit in (True, False):
        engine = CTranslate2Engine(tiny_marian, beam_size=1, max_length=200, length_limit=limit,
                                   cache_root=tmp_path)
        engine.translator = Recording(engine.translator)
        lengths = [len(c[0].text.split()) for c in engine.translate(SENTENCES, "vi", "cs")]
        assert lengths and all(n > 0 for n in lengths)
    limited, unlimited = seen[: len(seen) // 2], seen[len(seen) // 2:]
    assert all(cap == math.ceil(LENGTH_RATIO * n + LENGTH_EXTRA) for n, cap in limited)
    assert all(cap == 200 for _, cap in unlimited)


def test_batches_come_in_whole_rounds_of_workers():
    from translate.engines.ct2 import balanced_cap

    lengths = [30 + (i * 7) % 40 for i in range(25)]  # 1,230 tokens: one 1,024 batch and a rest
    order = sorted(range(25), key=lengths.__getitem__)
    plain = list(_batches(lengths, order, 1024, 64))
    cap = balanced_cap(lengths, order, 1024, 64, workers=2)
    even = list(_batches(lengths, order, cap, 64))
    assert len(plain) == 2 and len(even) == 2 and cap < 1024
    cost = [max(lengths[i] for i in b) * len(b) for b in even]
    assert max(cost) / min(cost) < max(  # closer to equal halves than the plain split
        c := [max(lengths[i] for i in b) * len(b) for b in plain]) / min(c)
    small = [20, 22, 25]  # one short batch: every worker gets a sentence
    assert len(list(_batches(small, [0, 1, 2], balanced_cap(small, [0, 1, 2], 1024, 64, 2),
                             64))) == 2
    assert balanced_cap(lengths, order, 1024, 64, workers=1) == 1024
    assert sorted(i for b in even for i in b) == list(range(25))
