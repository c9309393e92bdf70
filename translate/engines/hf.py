"""The transformers engine: any seq2seq model (Marian/OPUS-MT, M2M100, NLLB) by id or folder.

Loaded once per run; sentences go through `generate` in length-sorted batches under
`torch.inference_mode`, so padding is small and no autograd state is kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from translate.engines.base import Candidate, ProgressCallback
from translate.engines.families import model_family, model_lang_code, strip_lang_token


def pick_device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class TransformersEngine:
    """Engine protocol implementation on `transformers` + `torch`."""

    name = "transformers"

    def __init__(
        self,
        model_path: Path,
        model_id: str | None = None,
        device: str = "auto",
        beam: int = 4,
        batch_size: int = 16,
        threads: int = 0,
        int8: bool = False,
    ) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        if threads > 0:
            torch.set_num_threads(threads)
        self.model_id = model_id or str(model_path)
        self.device = pick_device(device)
        self.beam = max(1, beam)
        self.batch_size = max(1, batch_size)
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_path))
        self.model = AutoModelForSeq2SeqLM.from_pretrained(str(model_path))
        self.model.to(self.device).eval()
        if int8 and self.device == "cpu":  # dynamic int8 Linear layers: see bench/throughput.py
            self.model = torch.ao.quantization.quantize_dynamic(
                self.model, {torch.nn.Linear}, dtype=torch.qint8
            )
        self.family = model_family(self.model.config.model_type, type(self.tokenizer).__name__)
        self.max_positions = int(getattr(self.model.config, "max_position_embeddings", 0)
                                 or 512)
        self.calls = 0  # number of sentences sent to the model, for tests and stats
        # Benchmarks only: longest source length of a batch -> exact output length to force.
        self.forced_length: Callable[[int], int] | None = None

    @property
    def max_input_tokens(self) -> int:
        """The longest input sent whole (positions, and room for the output); longer ones are
        split by the drafter (`translate.draft.split`)."""
        return max(16, min(self.max_positions - 4, 340))

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        return [len(self.tokenizer.tokenize(s)) for s in sentences]

    def describe(self) -> str:
        """The line a run prints about its engine."""
        return (f"transformers {self.device}, beam {self.beam}, "
                f"batches of {self.batch_size} sentences")

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        n_best: int = 1,
        progress: ProgressCallback | None = None,
    ) -> list[list[Candidate]]:
        import torch

        results: list[list[Candidate]] = [[] for _ in sentences]
        if not sentences:
            return results
        generate_kwargs = self._language_kwargs(source, target)
        n_best = max(1, n_best)
        beams = max(self.beam, n_best)
        lengths = [len(self.tokenizer.tokenize(s)) for s in sentences]
        order = sorted(range(len(sentences)), key=lambda i: lengths[i])
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch_ids = order[start : start + self.batch_size]
                batch = [sentences[i] for i in batch_ids]
                longest = max(lengths[i] for i in batch_ids)
                encoded = self.tokenizer(batch, return_tensors="pt", padding=True,
                                         truncation=True,
                                         max_length=min(512, self.max_positions - 2),
                                         ).to(self.device)
                output = self.model.generate(
                    **encoded,
                    num_beams=beams,
                    num_return_sequences=n_best,
                    **self._length_kwargs(longest),
                    output_scores=True,
                    return_dict_in_generate=True,
                    **generate_kwargs,
                )
                scores = self._sequence_scores(output, beams)
                texts = self.tokenizer.batch_decode(output.sequences, skip_special_tokens=True)
                for row, sentence_index in enumerate(batch_ids):
                    for k in range(n_best):
                        flat = row * n_best + k
                        results[sentence_index].append(
                            Candidate(strip_lang_token(texts[flat]), float(scores[flat]))
                        )
                self.calls += len(batch)
                if progress:
                    progress(len(batch))
        for candidates in results:
            candidates.sort(key=lambda c: c.score, reverse=True)
        return results

    def _length_kwargs(self, longest: int) -> dict:
        if self.forced_length is not None:
            n = self.forced_length(longest)
            return {"min_new_tokens": n, "max_new_tokens": n}
        return {"max_new_tokens": min(512, self.max_positions - 2,
                                      math.ceil(longest * 1.6) + 10)}

    def _language_kwargs(self, source: str, target: str) -> dict:
        if self.family not in ("m2m100", "nllb"):
            return {}
        self.tokenizer.src_lang = model_lang_code(self.family, source)
        target_code = model_lang_code(self.family, target)
        if self.family == "m2m100":
            token_id = self.tokenizer.get_lang_id(target_code)
        else:
            token_id = self.tokenizer.convert_tokens_to_ids(target_code)
        return {"forced_bos_token_id": token_id}

    def _sequence_scores(self, output, beams: int) -> list[float]:
        if beams > 1 and getattr(output, "sequences_scores", None) is not None:
            return output.sequences_scores.tolist()
        transition = self.model.compute_transition_scores(
            output.sequences, output.scores, normalize_logits=True
        )
        transition = transition.masked_fill(~transition.isfinite(), 0.0)
        return transition.sum(dim=1).tolist()
