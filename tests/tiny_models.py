"""Build random-weight Marian / M2M100 models with real SentencePiece tokenisers, locally.

No pretrained weights can be downloaded on the build machines, so the tests (tiny sizes), the
benchmarks (OPUS-MT sizes, `bench/throughput.py`) and anyone trying the workflow offline build
their models here. They run the real loading and generation code; random weights produce
nonsense words, so tests assert structure, never wording.

`python tests/tiny_models.py DIR [marian|m2m100]` builds one to try `translate run --model DIR`.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

# Sizes of Helsinki-NLP/opus-mt-* models.
OPUS_MT_SIZES = dict(
    d_model=512,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=8,
    decoder_attention_heads=8,
    encoder_ffn_dim=2048,
    decoder_ffn_dim=2048,
)
TINY_SIZES = dict(
    d_model=32,
    encoder_layers=2,
    decoder_layers=2,
    encoder_attention_heads=2,
    decoder_attention_heads=2,
    encoder_ffn_dim=64,
    decoder_ffn_dim=64,
)


def _train_spm(texts: Iterable[str], vocab_size: int, **extra) -> bytes:
    """Train a unigram SentencePiece model in memory; ids 0 = </s>, 1 = <unk>, no bos/pad."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter([t for t in texts if t and t.strip()]),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        eos_id=0,
        unk_id=1,
        bos_id=-1,
        pad_id=-1,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=1,
        **extra,
    )
    return model.getvalue()


def _spm_pieces(model_bytes: bytes) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=model_bytes)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _spm_for(out_dir: str | Path, texts: Iterable[str], vocab_size: int,
             padding: Iterable[str] = ()):
    """The output folder (created), a trained SentencePiece model and its pieces."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spm_bytes = _pad_spm(_train_spm(texts, vocab_size), padding)
    return out, spm_bytes, _spm_pieces(spm_bytes)


def _pad_spm(model_bytes: bytes, padding: Iterable[str]) -> bytes:
    """Append pieces that never win a segmentation (score -1e6): a trained model padded to a
    real model's vocabulary size, so the output layer costs what the real one costs."""
    padding = list(padding)
    if not padding:
        return model_bytes
    from sentencepiece import sentencepiece_model_pb2

    proto = sentencepiece_model_pb2.ModelProto()
    proto.ParseFromString(model_bytes)
    known = {p.piece for p in proto.pieces}
    for piece in padding:
        if piece not in known:
            known.add(piece)
            proto.pieces.add(piece=piece, score=-1e6,
                             type=sentencepiece_model_pb2.ModelProto.SentencePiece.NORMAL)
    return proto.SerializeToString()


def _json(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _save_tokenizer(out: Path, files: dict[str, bytes], make):
    """Write the tokenizer's source files to a temp folder, build it, save it into `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        tokenizer = make(folder)
        tokenizer.save_pretrained(str(out))
    return tokenizer


def build_marian(
    out_dir: str | Path,
    texts: Iterable[str],
    vocab_size: int = 300,
    sizes: dict | None = None,
    seed: int = 0,
    source_lang: str = "vi",
    target_lang: str = "cs",
    target_texts: Iterable[str] | None = None,
    source_padding: Iterable[str] = (),
    target_padding: Iterable[str] = (),
) -> Path:
    """A Marian model + MarianTokenizer saved with `save_pretrained` into `out_dir`.

    With `target_texts`, source and target get their own SentencePiece models joined into one
    vocabulary, as OPUS-MT's are; the paddings are appended to each (real vocabulary sizes).
    """
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out, spm_bytes, pieces = _spm_for(out_dir, texts, vocab_size, source_padding)
    target_bytes = spm_bytes
    if target_texts is not None:
        target_bytes = _pad_spm(_train_spm(target_texts, vocab_size), target_padding)
        pieces += [p for p in _spm_pieces(target_bytes) if p not in set(pieces)]
    vocab = {p: i for i, p in enumerate(dict.fromkeys(pieces))}
    vocab["<pad>"] = len(vocab)
    _save_tokenizer(
        out,
        {"source.spm": spm_bytes, "target.spm": target_bytes, "vocab.json": _json(vocab)},
        lambda d: MarianTokenizer(str(d / "source.spm"), str(d / "target.spm"),
                                  str(d / "vocab.json"), source_lang=source_lang,
                                  target_lang=target_lang),
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        pad_token_id=pad,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        max_position_embeddings=512,
        max_length=256,
        num_beams=1,
        share_encoder_decoder_embeddings=True,
        **(sizes or TINY_SIZES),
    )
    return _save_random_model(MarianMTModel, config, seed, out)


def build_m2m100(
    out_dir: str | Path,
    texts: Iterable[str],
    vocab_size: int = 300,
    sizes: dict | None = None,
    seed: int = 0,
    source_lang: str = "vi",
    target_lang: str = "cs",
    padding: Iterable[str] = (),
    total_vocab: int = 0,
) -> Path:
    """An M2M100 model + M2M100Tokenizer (with language-code tokens) saved into `out_dir`.

    `padding` pieces are appended to the SentencePiece model and `total_vocab` (e.g. 128,112,
    the real model's) sets the embedding size, as the real vocabulary's made-up words do."""
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    out, spm_bytes, pieces = _spm_for(out_dir, texts, vocab_size, padding)
    # M2M100 layout: <s>=0, <pad>=1, </s>=2, <unk>=3, then the SentencePiece pieces.
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for p in pieces:
        if p not in vocab:
            vocab[p] = len(vocab)
    tok = _save_tokenizer(
        out,
        {"sentencepiece.bpe.model": spm_bytes, "vocab.json": _json(vocab)},
        lambda d: M2M100Tokenizer(str(d / "vocab.json"), str(d / "sentencepiece.bpe.model"),
                                  src_lang=source_lang, tgt_lang=target_lang),
    )
    ids = [tok.convert_tokens_to_ids(t) for t in tok.get_vocab()]
    lang_ids = list(tok.lang_token_to_id.values())  # every target a test may ask for
    n_vocab = max(ids + lang_ids) + 1  # len(tok) does not count the language codes
    n_vocab = max(n_vocab, total_vocab)
    config = M2M100Config(
        vocab_size=n_vocab,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        max_position_embeddings=512,
        max_length=256,
        num_beams=1,
        **(sizes or TINY_SIZES),
    )
    return _save_random_model(M2M100ForConditionalGeneration, config, seed, out)


def _save_random_model(model_class, config, seed: int, out: Path) -> Path:
    """Random weights from a fixed seed, saved with `save_pretrained` next to the tokenizer."""
    import torch

    torch.manual_seed(seed)
    model = model_class(config)
    model.eval()
    model.save_pretrained(str(out))
    return out


def cached_build(builder, cache_dir: str | Path, key: str, **kwargs) -> Path:
    """Build once into `cache_dir/key` (atomic rename), reuse afterwards."""
    final = Path(cache_dir) / key
    if (final / "config.json").exists():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=final.parent))
    try:
        builder(tmp, **kwargs)
        os.replace(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


CORPUS = Path(__file__).resolve().parent.parent / "corpus"

_EXTRA_TEXT = [
    "Tổng thu ngân sách tăng mạnh so với cùng kỳ năm trước.",
    "Ban Chấp hành Trung ương Đảng họp phiên bế mạc.",
    "Thủ tướng Chính phủ ký quyết định phê duyệt đề án.",
    "Usnesení ústředního výboru strany bylo přijato.",
    "Předseda provinčního lidového výboru zahájil konferenci.",
    "The provincial party committee met on Monday.",
    "Die Regierung hat das Dekret unterzeichnet.",
]


def training_lines() -> list[str]:
    """Text for the tiny models' SentencePiece: the corpus articles and a few target lines."""
    lines = list(_EXTRA_TEXT)
    for path in sorted(CORPUS.glob("*")):
        if path.suffix in {".md", ".txt"}:
            lines += [x.strip("#-* ") for x in path.read_text(encoding="utf-8").splitlines()]
    return [x for x in lines if x.strip()] * 3


def build_tiny_marian(folder: Path) -> Path:
    """A Marian model (d_model 32, 2+2 layers) with its MarianTokenizer files."""
    return build_marian(folder, training_lines(), vocab_size=400)


def build_tiny_m2m100(folder: Path) -> Path:
    """An M2M100 model (d_model 32, 2+2 layers) whose vocab covers its language codes."""
    return build_m2m100(folder, training_lines(), vocab_size=400)


if __name__ == "__main__":
    import sys

    if len(sys.argv) < 2:
        sys.exit("usage: python tests/tiny_models.py DIR [marian|m2m100]")
    kind = sys.argv[2] if len(sys.argv) > 2 else "marian"
    builder = build_tiny_m2m100 if kind == "m2m100" else build_tiny_marian
    print(builder(Path(sys.argv[1])))
