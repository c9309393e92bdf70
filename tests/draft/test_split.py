"""Sentences longer than the model takes: split into parts that fit, drafted, flagged; the real
engines no longer stop the batch on them."""

from __future__ import annotations

from translate.draft.drafter import Drafter, DraftSettings, prepare
from translate.draft.split import LONG_CHECK, split_to_fit
from translate.engines.base import Candidate
from translate.engines.ct2 import CTranslate2Engine
from translate.engines.hf import TransformersEngine
from translate.po.provenance import QA

WORDS = ("kinh tế địa phương tăng trưởng ổn định, bền vững trong năm 2024 theo Nghị quyết số "
         "25-NQ/TW của Bộ Chính trị;").split()


def run_on(n_words: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(n_words)) + "."


def words(texts):
    return [len(t.split()) for t in texts]


def test_parts_fit_keep_every_word_and_prefer_clause_ends():
    text = run_on(500)
    parts = split_to_fit(text, words, 60)
    assert all(n <= 60 for n in words(parts))
    assert " ".join(parts).split() == text.split()  # nothing lost, nothing doubled
    assert sum(p.endswith((",", ";")) for p in parts[:-1]) >= len(parts) - 2
    assert split_to_fit("ngắn thôi.", words, 60) == ["ngắn thôi."]
    assert split_to_fit("QZ1 " * 200, words, 50)[0].split() == ["QZ1"] * 45  # placeholders whole


class LimitedEngine:
    """Takes at most `max_input_tokens` words; raises past it, like a model past its positions."""

    name, model_id = "limited", "limited"
    max_input_tokens = 40

    def __init__(self):
        self.seen: list[str] = []

    def count_tokens(self, sentences):
        return words(sentences)

    def translate(self, sentences, source, target, n_best=1, progress=None):
        out = []
        for s in sentences:
            if len(s.split()) > self.max_input_tokens:
                raise RuntimeError("No position encodings are defined for positions >= 40")
            self.seen.append(s)
            out.append([Candidate(f"[{len(s.split())}]", -1.0)] * n_best)
        if progress is not None:
            progress(len(sentences))
        return out


def test_drafter_splits_drafts_and_flags_only_the_long_sentence():
    engine = LimitedEngine()
    long, short = run_on(130), "Câu ngắn cuối cùng."
    items = list(prepare([long, short], None).values())
    progress: list[int] = []
    drafts = Drafter(engine, DraftSettings("vi", "cs", n_best=1)).draft(items, progress.append)
    long_draft, short_draft = drafts
    assert short_draft.msgstr == "[4]" and not any(LONG_CHECK in c for c in short_draft.comments)
    assert long_draft.msgstr.count("[") == len(engine.seen) - 1 >= 4
    note = next(c for c in long_draft.comments if c.startswith(f"{QA} {LONG_CHECK}:"))
    assert "more than the model takes at once (40)" in note and "check the joins" in note
    assert sum(progress) == 2


def test_ct2_drafts_a_sentence_past_the_models_positions(tiny_marian):
    """600+ pieces into a model with 512 positions used to raise RuntimeError."""
    engine = CTranslate2Engine(tiny_marian, beam_size=1)
    sentence = run_on(260)
    assert engine.count_tokens([sentence])[0] > engine.max_positions
    items = list(prepare([sentence, "Câu ngắn."], None).values())
    long_draft, short_draft = Drafter(engine, DraftSettings("vi", "cs", n_best=1)).draft(items)
    assert long_draft.msgstr and short_draft.msgstr
    assert any(c.startswith(f"{QA} {LONG_CHECK}:") for c in long_draft.comments)
    # and sent whole it is cut, not a crash
    assert engine.translate([sentence], "vi", "cs")[0][0].text is not None


def test_transformers_engine_splits_too(tiny_marian):
    engine = TransformersEngine(tiny_marian, beam=1)
    engine.max_positions = 64  # a small model: the same path at a size that runs in seconds
    sentence = run_on(120)
    items = list(prepare([sentence], None).values())
    [draft] = Drafter(engine, DraftSettings("vi", "cs", n_best=1)).draft(items)
    assert draft.msgstr
    assert any(c.startswith(f"{QA} {LONG_CHECK}:") for c in draft.comments)
