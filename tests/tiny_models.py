"""Build tiny random-weight translation models locally (no network), for tests and demos.

They run the real loading and generation code; their output is nonsense words, so tests
assert structure, never wording.
"""

from __future__ import annotations

import json
from pathlib import Path

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
    lines = list(_EXTRA_TEXT)
    for path in sorted(CORPUS.glob("*")):
        if path.suffix in {".md", ".txt"}:
            lines += [x.strip("#-* ") for x in path.read_text(encoding="utf-8").splitlines()]
    return [x for x in lines if x.strip()]


def _train_spm(folder: Path, vocab_size: int, **ids: int) -> Path:
    import sentencepiece as spm

    text_file = folder / "train.txt"
    text_file.write_text("\n".join(training_lines() * 3), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text_file), model_prefix=str(folder / "spm"), vocab_size=vocab_size,
        character_coverage=1.0, hard_vocab_limit=False, model_type="unigram",
        minloglevel=2, **ids,
    )
    text_file.unlink()
    return folder / "spm.model"


def build_tiny_marian(folder: Path) -> Path:
    """A Marian model (d_model 32, 2+2 layers) with its MarianTokenizer files."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(folder, 400, eos_id=0, unk_id=1, bos_id=-1, pad_id=-1)
    processor = spm.SentencePieceProcessor(model_file=str(model_file))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    vocab = {piece: i for i, piece in enumerate(pieces)}
    vocab["</s>"], vocab["<unk>"] = 0, 1
    vocab["<pad>"] = len(vocab)
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes(model_file.read_bytes())
    model_file.unlink()
    (folder / "spm.vocab").unlink(missing_ok=True)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(
        json.dumps({"tokenizer_class": "MarianTokenizer", "source_lang": "vi",
                    "target_lang": "cs"}), encoding="utf-8")
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=pad + 1, d_model=32, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
        decoder_ffn_dim=64, max_position_embeddings=256, pad_token_id=pad,
        decoder_start_token_id=pad, eos_token_id=0, forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
    )
    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(folder)
    MarianTokenizer.from_pretrained(folder).save_pretrained(folder)
    return folder


def build_tiny_m2m100(folder: Path) -> Path:
    """An M2M100 model (d_model 32, 2+2 layers) whose vocab covers its language codes."""
    import sentencepiece as spm
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(folder, 400, bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    processor = spm.SentencePieceProcessor(model_file=str(model_file))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(processor.get_piece_size()):
        vocab.setdefault(processor.id_to_piece(i), len(vocab))
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    spm_file = folder / "sentencepiece.bpe.model"
    spm_file.write_bytes(model_file.read_bytes())
    model_file.unlink()
    (folder / "spm.vocab").unlink(missing_ok=True)
    tokenizer = M2M100Tokenizer(str(folder / "vocab.json"), str(spm_file), src_lang="vi",
                                tgt_lang="cs")
    top = max(max(vocab.values()), *tokenizer.lang_token_to_id.values())
    config = M2M100Config(
        vocab_size=top + 1, d_model=32, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
        decoder_ffn_dim=64, max_position_embeddings=256, pad_token_id=1, bos_token_id=0,
        eos_token_id=2, decoder_start_token_id=2,
    )
    torch.manual_seed(0)
    M2M100ForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


if __name__ == "__main__":
    # `python tests/tiny_models.py DIR [marian|m2m100]`: a model to try the workflow offline.
    import sys

    if len(sys.argv) < 2:
        sys.exit("usage: python tests/tiny_models.py DIR [marian|m2m100]")
    kind = sys.argv[2] if len(sys.argv) > 2 else "marian"
    builder = build_tiny_m2m100 if kind == "m2m100" else build_tiny_marian
    print(builder(Path(sys.argv[1])))
