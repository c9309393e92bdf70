"""CTranslate2 engine: the same Hugging Face model, converted once, several times faster.

Tokenisation uses the model's own SentencePiece files directly (Marian `source.spm` /
`target.spm`, M2M100 and NLLB `sentencepiece.bpe.model`): CTranslate2 takes token strings and
maps them through the converted vocabulary, so ids never matter and importing transformers
(seconds, hundreds of MB) is avoided. Models with other tokenisers fall back to the Hugging
Face tokenizer.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from translate.engines.base import Candidate, ProgressCallback, collect
from translate.engines.convert import ensure_converted, model_source
from translate.engines.families import model_family, model_lang_code
from translate.engines.vmap import VMAP_VERSION, Restriction, restricted_model
from translate.errors import InputError

# Early length limit: no output longer than 2 x the source pieces + 10 (never reached by the
# 970 NTREX development references, bench/RESULTS.md); `max_length` stays the hard cap.
LENGTH_RATIO, LENGTH_EXTRA = 2.0, 10


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def pick_device(device: str = "auto", quantization: str = "int8") -> tuple[str, str]:
    """(device, compute_type): CUDA with float16 weights-int8 when a GPU exists, else CPU int8."""
    import ctranslate2

    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    if device == "cuda":
        compute = "int8_float16" if quantization.startswith("int8") else "float16"
    else:
        compute = "int8" if quantization.startswith("int8") else "float32"
    return device, compute


class _SpmTokens:
    """Source text -> token strings, target token strings -> text, with SentencePiece only."""

    def __init__(self, model_dir: Path, kind: str) -> None:
        import sentencepiece as spm

        self.kind = kind  # "marian" | "m2m100" | "nllb"
        if kind == "marian":
            self.src = spm.SentencePieceProcessor(model_file=str(model_dir / "source.spm"))
            self.tgt = spm.SentencePieceProcessor(model_file=str(model_dir / "target.spm"))
        else:
            self.src = self.tgt = spm.SentencePieceProcessor(
                model_file=str(model_dir / "sentencepiece.bpe.model")
            )
        self.special = {"</s>", "<pad>", "<s>", "<unk>"}
        self.target_pieces: set[str] | None = None  # when the target has its own model
        if kind == "marian" and (model_dir / "source.spm").read_bytes() != (
                model_dir / "target.spm").read_bytes():
            self.target_pieces = {self.tgt.id_to_piece(i)
                                  for i in range(self.tgt.get_piece_size())}
            self.target_pieces |= self.special

    def lang_token(self, code: str) -> str | None:
        if self.kind == "m2m100":
            return code if code.startswith("__") else f"__{code}__"
        if self.kind == "nllb":
            return model_lang_code("nllb", code)
        return None

    def encode(self, texts: Sequence[str], source: str) -> list[list[str]]:
        if self.kind == "marian":
            out = []
            for text in texts:
                code: list[str] = []
                if text.startswith(">>") and (end := text.find("<<")) != -1:  # >>ces<< target tag
                    code, text = [text[: end + 2]], text[end + 2 :]
                out.append(code + self.src.encode(text, out_type=str) + ["</s>"])
            return out
        lang = self.lang_token(source)
        return [[lang, *pieces, "</s>"] for pieces in self.src.encode(list(texts), out_type=str)]

    def count(self, texts: Sequence[str]) -> list[int]:
        """Subword pieces of each text (no language code or end token)."""
        return [len(p) for p in self.src.encode(list(texts), out_type=str)]

    def decode(self, tokens: Sequence[str]) -> str:
        kept = [t for t in tokens if t not in self.special and not _is_lang_token(t)]
        return self.tgt.decode_pieces(kept).strip()


class _HfTokens:
    """Fallback for tokenisers without a plain SentencePiece file (costs a transformers import)."""

    def __init__(self, model_dir: Path, model_type: str) -> None:
        from transformers import AutoTokenizer

        self.tok = AutoTokenizer.from_pretrained(str(model_dir))
        self.kind = model_family(model_type, type(self.tok).__name__)
        self.target_pieces: set[str] | None = None

    def lang_token(self, code: str) -> str | None:
        if self.kind == "m2m100":
            return f"__{model_lang_code(self.kind, code)}__"
        return model_lang_code(self.kind, code) if self.kind == "nllb" else None

    def encode(self, texts: Sequence[str], source: str) -> list[list[str]]:
        if self.kind in ("m2m100", "nllb"):
            self.tok.src_lang = model_lang_code(self.kind, source)
        ids = self.tok(list(texts)).input_ids
        return [self.tok.convert_ids_to_tokens(row) for row in ids]

    def count(self, texts: Sequence[str]) -> list[int]:
        return [len(self.tok.tokenize(text)) for text in texts]

    def decode(self, tokens: Sequence[str]) -> str:
        kept = [t for t in tokens if not _is_lang_token(t)]
        ids = self.tok.convert_tokens_to_ids(kept)
        return self.tok.decode(ids, skip_special_tokens=True).strip()


def _is_lang_token(token: str) -> bool:
    return (
        (token.startswith("__") and token.endswith("__") and len(token) > 4)
        or (len(token) == 8 and token[3] == "_" and token[:3].islower() and token[4].isupper())
        or (token.startswith(">>") and token.endswith("<<"))
    )


def load_tokens(model_dir: Path):
    """The cheapest tokeniser that reproduces the model's own Hugging Face tokenizer."""
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    tok_cfg_path = model_dir / "tokenizer_config.json"
    tok_cfg = json.loads(tok_cfg_path.read_text(encoding="utf-8")) if tok_cfg_path.exists() else {}
    tok_class = tok_cfg.get("tokenizer_class") or config.get("tokenizer_class") or ""
    model_type = config.get("model_type", "")
    if model_type == "marian" and (model_dir / "source.spm").exists():
        if not tok_cfg.get("separate_vocabs") and (model_dir / "target.spm").exists():
            return _SpmTokens(model_dir, "marian")
    if (model_dir / "sentencepiece.bpe.model").exists():
        if tok_class.startswith("M2M100"):
            return _SpmTokens(model_dir, "m2m100")
        if tok_class.startswith("Nllb") and not tok_cfg.get("legacy_behaviour"):
            return _SpmTokens(model_dir, "nllb")
    return _HfTokens(model_dir, model_type)


def max_positions(model_dir: Path, default: int = 512) -> int:
    """How many input positions the model has (`max_position_embeddings` in its config)."""
    try:
        config = json.loads((Path(model_dir) / "config.json").read_text(encoding="utf-8"))
        value = int(config.get("max_position_embeddings") or default)
    except (OSError, ValueError, TypeError):
        return default
    return value if value > 8 else default


def _batches(lengths: list[int], order: list[int], max_tokens: int, max_size: int):
    """Split indices (already sorted by length) so that each batch's padded size fits."""
    batch: list[int] = []
    longest = 0
    for i in order:
        n = lengths[i]
        if batch and (max(longest, n) * (len(batch) + 1) > max_tokens or len(batch) >= max_size):
            yield batch
            batch, longest = [], 0
        batch.append(i)
        longest = max(longest, n)
    if batch:
        yield batch


def balanced_cap(lengths: list[int], order: list[int], max_tokens: int, max_size: int,
                 workers: int) -> int:
    """The smallest token cap that keeps the batch count a multiple of `workers`.

    A run of one article fits one 1,024-token batch and would leave every other worker idle;
    the same sentences cut into `workers` even batches keep them all busy. The count is that
    of `max_tokens` rounded up to whole rounds of `workers`; the cap is found by bisection."""
    if workers <= 1 or not lengths:
        return max_tokens

    def count(cap: int) -> int:
        return sum(1 for _ in _batches(lengths, order, cap, max_size))

    wanted = -(-count(max_tokens) // workers) * workers
    low, high = min(max(lengths), max_tokens), max_tokens
    while low < high:
        middle = (low + high) // 2
        if count(middle) <= wanted:
            high = middle
        else:
            low = middle + 1
    return low


def default_batch_tokens(model_dir: Path, device: str) -> int:
    """Source tokens per batch: more on a GPU; on CPU by model width (bench/RESULTS.md)."""
    if device == "cuda":
        return 8192
    try:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        width = int(config.get("d_model") or config.get("hidden_size") or 512)
    except (OSError, ValueError, TypeError):
        width = 512
    return BATCH_TOKENS_WIDE if width >= 1024 else BATCH_TOKENS


BATCH_TOKENS = 1024  # OPUS-MT size (d_model 512) and smaller
BATCH_TOKENS_WIDE = 1024  # M2M100-418M, NLLB-600M (d_model 1024)


class CTranslate2Engine:
    """Engine protocol over `ctranslate2.Translator`; converts the model on first use.

    On CPU the output vocabulary is restricted to the pieces the target's script can use
    (`translate.engines.vmap`) and outputs stop at 2 x the source length + 10 pieces; both
    can be turned off (`restrict_vocab`, `length_limit`)."""

    name = "ctranslate2"

    def __init__(
        self,
        model_path: str | os.PathLike,
        model_id: str | None = None,
        *,
        beam_size: int = 4,
        device: str = "auto",
        quantization: str = "int8",
        compute_type: str | None = None,
        threads: int | None = None,
        max_batch_tokens: int | None = None,
        max_batch_size: int = 64,
        max_length: int = 256,
        length_penalty: float = 1.0,
        cache_root: str | os.PathLike | None = None,
        translator_options: dict | None = None,
        restrict_vocab: bool = True,
        length_limit: bool = True,
        check_device: bool = True,
    ) -> None:
        self.model_id = model_id or str(model_path)
        self.beam_size = beam_size
        self.max_length = max_length
        self.length_penalty = length_penalty
        self.max_batch_size = max_batch_size
        self.restrict_vocab = restrict_vocab
        self.length_limit = length_limit
        self.decode_options: dict = {}  # more translate_batch options (the benchmark uses it)
        # Benchmarks only: longest source length of a batch (in pieces) -> exact output length.
        self.forced_length: Callable[[int], int] | None = None
        source = model_source(model_path)
        self.ct2_path = ensure_converted(source.path, quantization, cache_root=cache_root)
        self.threads = threads or available_cores()
        self.note = ""  # why the engine is not where it was asked to be, for `describe()`
        self.tokens = load_tokens(source.path)
        self._options = translator_options or {}
        self._translator = None
        self._loaded: Path | None = None
        self._restrictions: dict[str, Restriction | None] = {}
        self.max_positions = max_positions(source.path)
        chosen, _ = pick_device(device, quantization)
        self._configure(chosen, quantization, compute_type,
                        max_batch_tokens or default_batch_tokens(source.path, chosen))
        if self.device == "cuda" and check_device:  # fail now, not mid-batch, without CUDA 12
            try:
                self._load(self.ct2_path)
            except RuntimeError as exc:  # e.g. CUDA present but not the CUDA 12 libraries
                if device != "auto":
                    raise
                self.note = f" (CUDA unusable: {str(exc).splitlines()[0]})"
                self._configure("cpu", quantization, compute_type,
                                max_batch_tokens or default_batch_tokens(source.path, "cpu"))
        vocab_file = self.ct2_path / "shared_vocabulary.json"
        if not vocab_file.exists():
            vocab_file = self.ct2_path / "target_vocabulary.json"
        self._target_vocab = (
            set(json.loads(vocab_file.read_text(encoding="utf-8"))) if vocab_file.exists() else None
        )

    def _configure(self, device: str, quantization: str, compute_type: str | None,
                   max_batch_tokens: int) -> None:
        self.device, default_compute = pick_device(device, quantization)
        self.compute_type = compute_type or default_compute
        # On CPU, one single-threaded worker per core, each decoding its own batch, beat one
        # batch at a time on all cores by 30-50% (bench/throughput.py, 2 cores): no
        # synchronisation between threads inside every small matrix product.
        self.workers = self.threads if self.device == "cpu" else 1
        self.max_batch_tokens = max_batch_tokens

    def _load(self, path: Path) -> None:
        import ctranslate2

        self._translator = None  # release the previous model before loading the next
        self._translator = ctranslate2.Translator(
            str(path),
            device=self.device,
            compute_type=self.compute_type,
            inter_threads=self.workers,
            intra_threads=max(1, self.threads // self.workers) if self.device == "cpu" else 0,
            **self._options,
        )
        self._loaded = path
        if self.device == "cuda":
            self._translator.translate_batch([["</s>"]], max_decoding_length=1)

    @property
    def translator(self):
        """The loaded `ctranslate2.Translator` (the full model until a target is chosen)."""
        if self._translator is None:
            self._load(self.ct2_path)
        return self._translator

    @translator.setter
    def translator(self, value) -> None:  # benchmarks wrap it to record what was decoded
        self._translator = value

    def restriction(self, target: str) -> Restriction | None:
        """The output-vocabulary restriction used for `target`, None for the full vocabulary."""
        if not self.restrict_vocab:
            return None
        if target not in self._restrictions:
            self._restrictions[target] = restricted_model(self.ct2_path, target,
                                                          self.tokens.target_pieces)
        return self._restrictions[target]

    def select_target(self, target: str) -> Restriction | None:
        """Load the model folder for `target` (its restricted vocabulary) unless loaded."""
        restriction = self.restriction(target)
        path = restriction.path if restriction is not None else self.ct2_path
        if self._loaded != path:
            self._load(path)
        return restriction

    @property
    def max_input_tokens(self) -> int:
        """The longest input sent whole: the positions the model has, and an output that fits
        the decoding limit (about 1.5 target pieces per source piece); longer sentences are
        split by the drafter (`translate.draft.split`)."""
        return max(16, min(self.max_positions - 4, int(self.max_length / 1.5)))

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        return self.tokens.count(sentences)

    @property
    def settings(self) -> dict:
        """What changes the output, for the translation cache key."""
        return {
            "beam": self.beam_size,
            "max_length": self.max_length,
            "length_penalty": self.length_penalty,
            "quantization": self.compute_type,
            "ct2": self.ct2_path.name,
            "vocab": f"script-v{VMAP_VERSION}" if self.restrict_vocab else "full",
            "length_limit": f"{LENGTH_RATIO}x+{LENGTH_EXTRA}" if self.length_limit else "none",
        }

    def describe(self) -> str:
        vocab = ", output vocabulary by target script" if self.restrict_vocab else ""
        return (
            f"ctranslate2 {self.device} {self.compute_type}, {self.workers} parallel batches, "
            f"{self.threads} threads, beam {self.beam_size}{vocab}{self.note}"
        )

    def _prefix(self, target: str) -> list[str] | None:
        token = self.tokens.lang_token(target)
        if token is None:
            return None
        if self._target_vocab is not None and token not in self._target_vocab:
            raise InputError(
                f"model {self.model_id} has no language code {token!r} for target {target!r}",
                hint="check the language pair in translate.toml",
            )
        return [token]

    def batches(self, sentences: Sequence[str], source: str) -> tuple[list[list[str]],
                                                                         list[list[int]]]:
        """Source tokens and the length-sorted batches (indices) they are decoded in."""
        tokens = self.tokens.encode(sentences, source)
        lengths = [len(t) for t in tokens]
        order = sorted(range(len(tokens)), key=lengths.__getitem__)
        cap = balanced_cap(lengths, order, self.max_batch_tokens, self.max_batch_size,
                           self.workers)
        return tokens, list(_batches(lengths, order, cap, self.max_batch_size))

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        n_best: int = 1,
        progress: ProgressCallback | None = None,
    ) -> list[list[Candidate]]:
        """n-best candidates per sentence, in input order; batches are length-sorted."""
        return collect(self.translate_stream(sentences, source, target, n_best), len(sentences),
                       progress)

    def translate_stream(
        self, sentences: Sequence[str], source: str, target: str, n_best: int = 1
    ) -> Iterator[tuple[list[int], list[list[Candidate]]]]:
        """(indices, their candidates) per batch as each batch lands, so that a caller can
        keep results of a run that is interrupted later."""
        if not sentences:
            return
        tokens, batches = self.batches(sentences, source)
        yield from self.decode_batches(tokens, batches, target, n_best)

    def decode_batches(self, tokens: list[list[str]], batches: list[list[int]], target: str,
                       n_best: int) -> Iterator[tuple[list[int], list[list[Candidate]]]]:
        """Decode prepared batches; every batch is queued at once so all workers stay busy."""
        restriction = self.select_target(target)
        prefix = self._prefix(target)
        beam = max(self.beam_size, n_best)
        specials = sum(1 for t in tokens[batches[0][0]] if t == "</s>" or _is_lang_token(t))
        parallel = self.workers > 1
        pending = []
        for batch in batches:
            longest = max(len(tokens[i]) for i in batch)
            limit = self.max_length
            if self.length_limit:
                limit = min(limit, len(prefix or ()) + math.ceil(
                    LENGTH_RATIO * (longest - specials) + LENGTH_EXTRA))
            options = {"max_decoding_length": limit, **self.decode_options}
            if self.forced_length is not None:
                n = self.forced_length(longest - specials) + len(prefix or ())
                options.update(min_decoding_length=n, max_decoding_length=n)
            out = self.translator.translate_batch(
                [tokens[i] for i in batch],
                target_prefix=[prefix] * len(batch) if prefix else None,
                beam_size=beam,
                num_hypotheses=n_best,
                return_scores=True,
                length_penalty=self.length_penalty,
                use_vmap=restriction is not None,
                asynchronous=parallel,
                max_input_length=self.max_positions - 2,  # cut, never crash, past the positions
                **options,
            )
            pending.append((batch, out))
        for batch, out in pending:  # in submission order
            candidates = []
            for res in out:
                res = res.result() if parallel else res
                candidates.append([
                    Candidate(self.tokens.decode(hyp), float(score))
                    for hyp, score in zip(res.hypotheses, res.scores, strict=True)
                ])
            yield batch, candidates
