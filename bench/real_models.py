"""Real-size models for `bench/throughput.py --size real`: architectures, vocabularies, FLOPs,
and the CPU's peak int8 rate.

The default routes are `facebook/m2m100_418M` (vi->cs and every other target) and OPUS-MT
`Helsinki-NLP/opus-mt-vi-en` (vi->en). No weights can be downloaded here, so each is rebuilt with
random weights and its exact architecture: the layer sizes and the vocabulary size. The
SentencePiece models are trained on the NTREX development text and padded to the real
vocabulary size with pieces that never win a segmentation, so the output layer (the largest
single matrix of M2M100) costs what the real one costs.

What the padding stands for matters to one lever, restricting the output vocabulary to the
pieces a target language can use: the real M2M100 vocabulary's split by script could not be
read offline, so the padding is half Latin-script pieces and half pieces of other scripts
(`M2M100_LATIN_SHARE`); OPUS-MT joins two 32k SentencePiece models (source and target) into one
vocabulary, so the vi-en padding fills a 32,000-piece target model and the rest of the
vocabulary with source-side (Vietnamese-looking) pieces.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# facebook/m2m100_418M config.json: d_model 1024, 12+12 layers, 16 heads, ffn 4096, 128,112 ids
M2M100_418M = dict(
    d_model=1024,
    encoder_layers=12,
    decoder_layers=12,
    encoder_attention_heads=16,
    decoder_attention_heads=16,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
)
M2M100_VOCAB = 128_112  # 4 specials + 128,000 pieces + 100 language codes + 8 made-up words
M2M100_PIECES = 128_004  # vocab.json: the specials and the SentencePiece pieces
M2M100_LATIN_SHARE = 0.5  # assumed share of Latin-script pieces in the real vocabulary
OPUS_MT_VOCAB = 58_000  # opus-mt-vi-en: its "58k" joint vocabulary (exact count not checkable)
OPUS_MT_TARGET_SPM = 32_000  # OPUS-MT trains 32k SentencePiece models per side
TRAINED_PIECES = 16_000  # asked of the trainer; the dev text supports fewer, the rest is padding

_OTHER_SCRIPTS = [  # (first, last) code points of letters in scripts M2M100 covers
    (0x0430, 0x044F),  # Cyrillic
    (0x03B1, 0x03C9),  # Greek
    (0x0627, 0x064A),  # Arabic
    (0x05D0, 0x05EA),  # Hebrew
    (0x0915, 0x0939),  # Devanagari
    (0x0995, 0x09B9),  # Bengali
    (0x0B95, 0x0BB9),  # Tamil
    (0x0E01, 0x0E2E),  # Thai
    (0x10D0, 0x10F0),  # Georgian
    (0x0531, 0x0556),  # Armenian
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0x4E00, 0x9FFF),  # CJK ideographs
    (0x3041, 0x3096),  # Hiragana
]
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_VIETNAMESE = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def _word(i: int, alphabet: str, width: int) -> str:
    chars = []
    for _ in range(width):
        i, r = divmod(i, len(alphabet))
        chars.append(alphabet[r])
    return "".join(chars)


def latin_padding(count: int, start: int = 0) -> list[str]:
    """Made-up Latin-script pieces (`▁zkqa`, `bqxe`, ...), distinct from each other."""
    return [("▁" if i % 2 else "") + "q" + _word(i, _LATIN, 4)
            for i in range(start, start + count)]


def vietnamese_padding(count: int) -> list[str]:
    """Made-up source-side pieces with Vietnamese letters (OPUS-MT's source half)."""
    return [("▁" if i % 2 else "") + _word(i, _VIETNAMESE, 3) + "q" for i in range(count)]


def other_script_padding(count: int) -> list[str]:
    """Made-up pieces in non-Latin scripts, spread over the scripts above."""
    out = []
    per = -(-count // len(_OTHER_SCRIPTS))
    for first, last in _OTHER_SCRIPTS:
        alphabet = "".join(chr(c) for c in range(first, last + 1))
        width = 1 if len(alphabet) > 1000 else 2 if len(alphabet) > 60 else 3
        for i in range(per):
            if len(out) == count:
                return out
            out.append(("▁" if i % 2 else "") + _word(i, alphabet, width) + chr(first) * (
                i // len(alphabet) ** width))
    return out


def build_m2m100_real(out: Path, texts: list[str]) -> Path:
    """Random-weight M2M100-418M with a dev-trained SentencePiece padded to 128,112 ids."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from tiny_models import _spm_pieces, _train_spm, build_m2m100

    trained = len(_spm_pieces(_train_spm(texts, TRAINED_PIECES)))
    room = M2M100_PIECES - 2 - trained  # the trained model has </s> and <unk> already
    latin = max(0, int(M2M100_LATIN_SHARE * M2M100_PIECES) - trained)
    padding = latin_padding(latin) + other_script_padding(room - latin)
    return build_m2m100(out, texts, vocab_size=TRAINED_PIECES, sizes=M2M100_418M,
                        padding=padding, total_vocab=M2M100_VOCAB)


def build_opus_mt_real(out: Path, source_texts: list[str], target_texts: list[str]) -> Path:
    """Random-weight OPUS-MT (Marian base) vi->en: two SentencePiece models, 58k vocabulary."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from tiny_models import OPUS_MT_SIZES, _spm_pieces, _train_spm, build_marian

    src = set(_spm_pieces(_train_spm(source_texts, TRAINED_PIECES)))
    tgt = set(_spm_pieces(_train_spm(target_texts, TRAINED_PIECES)))
    target_padding = latin_padding(OPUS_MT_TARGET_SPM - len(tgt), start=10**6)
    union = len(src | tgt) + len(target_padding)
    source_padding = vietnamese_padding(OPUS_MT_VOCAB - 1 - union)
    return build_marian(out, source_texts, vocab_size=TRAINED_PIECES, sizes=OPUS_MT_SIZES,
                        target_lang="en", target_texts=target_texts,
                        source_padding=source_padding, target_padding=target_padding)


# ---------------------------------------------------------------- FLOPs from the architecture


def flops(config: dict, source_tokens: int, target_tokens: int, beam: int,
          mean_source: float, mean_target: float) -> float:
    """Multiply-adds x 2 the model defines for that work: every source token through the
    encoder (and the decoder's cross-attention keys/values), every target token through the
    decoder and the full output layer once per beam hypothesis. Padding, rows decoded past
    their own length and the beam's bookkeeping are not counted."""
    d = config["d_model"]
    enc_layers, dec_layers = config["encoder_layers"], config["decoder_layers"]
    enc = enc_layers * (4 * d * d + 2 * d * config["encoder_ffn_dim"] + 2 * mean_source * d)
    cross_kv = dec_layers * 2 * d * d
    dec = dec_layers * (6 * d * d + 2 * d * config["decoder_ffn_dim"]
                        + 2 * (mean_target / 2) * d + 2 * mean_source * d)
    out_layer = d * config["vocab_size"]
    macs = source_tokens * (enc + cross_kv) + beam * target_tokens * (dec + out_layer)
    return 2.0 * macs


# ---------------------------------------------------------------- the CPU's peak int8 rate

_VNNI_KERNEL = r"""
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <time.h>
#define ITERS 500000000L
static double cpu[256];
static void *run(void *arg) {  /* 10 independent accumulators: throughput, not latency */
    struct timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    for (long i = 0; i < ITERS / 10; i++)
        __asm__ volatile(
            "vpdpbusd %%zmm10, %%zmm11, %%zmm0\n\t" "vpdpbusd %%zmm10, %%zmm11, %%zmm1\n\t"
            "vpdpbusd %%zmm10, %%zmm11, %%zmm2\n\t" "vpdpbusd %%zmm10, %%zmm11, %%zmm3\n\t"
            "vpdpbusd %%zmm10, %%zmm11, %%zmm4\n\t" "vpdpbusd %%zmm10, %%zmm11, %%zmm5\n\t"
            "vpdpbusd %%zmm10, %%zmm11, %%zmm6\n\t" "vpdpbusd %%zmm10, %%zmm11, %%zmm7\n\t"
            "vpdpbusd %%zmm10, %%zmm11, %%zmm8\n\t" "vpdpbusd %%zmm10, %%zmm11, %%zmm9\n\t"
            ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9");
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    cpu[(long)arg] = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
    return NULL;
}
int main(int argc, char **argv) {  /* prints wall seconds, then each thread's CPU seconds */
    int n = atoi(argv[1]);
    pthread_t t[256];
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (long i = 0; i < n; i++) pthread_create(&t[i], NULL, run, (void *)i);
    for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.6f", (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9);
    for (int i = 0; i < n; i++) printf(" %.6f", cpu[i]);
    printf("\n");
    return 0;
}
"""


def cpu_flags() -> set[str]:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def measure_int8_peak(threads: int) -> dict:
    """Peak int8 ops/s of this CPU, measured with AVX-512 VNNI `vpdpbusd` (64 int8
    multiply-adds = 128 ops per instruction) on 10 independent accumulators per thread, so
    instruction throughput and not latency bounds it, with `threads` threads at once (one per
    core). Each thread's rate is counted per second of its own CPU time, so other jobs that
    take turns on a shared core do not lower it (two threads sharing one core's vector units
    would); the peak is the sum over the threads, the best of three tries. Without AVX-512
    VNNI or a C compiler the figure is an estimate from the flags at the reported clock, and
    says so."""
    flags = cpu_flags()
    if "avx512_vnni" in flags:
        with tempfile.TemporaryDirectory() as tmp:
            src, exe = Path(tmp) / "vnni.c", Path(tmp) / "vnni"
            src.write_text(_VNNI_KERNEL)
            built = subprocess.run(["cc", "-O2", "-pthread", str(src), "-o", str(exe)],
                                   capture_output=True)
            if built.returncode == 0:
                best, wall_rate = 0.0, 0.0
                per_thread = []
                for _ in range(3):
                    out = subprocess.run([str(exe), str(threads)], capture_output=True,
                                         text=True, check=True).stdout.split()
                    wall, cpus = float(out[0]), [float(x) for x in out[1:]]
                    rates = [500_000_000 * 128 / c for c in cpus]
                    if sum(rates) > best:
                        best, per_thread = sum(rates), rates
                    wall_rate = max(wall_rate, 500_000_000 * 128 * threads / wall)
                ghz = min(per_thread) / 128 / 1e9
                return {"ops": best, "one_core": min(per_thread), "how": (
                    f"measured: {threads} threads at once, each issuing AVX-512 VNNI vpdpbusd "
                    f"zmm (128 int8 ops) at {ghz:.2f} G per second of its CPU time; "
                    f"{wall_rate / 1e9:.0f} GOPS by wall time on the shared machine")}
    ghz = _tsc_ghz()
    simd = 64 if "avx512bw" in flags else 32  # int8 multiply-adds per cycle and core
    ops = threads * simd * 2 * ghz * 1e9
    return {"ops": ops, "one_core": ops / threads, "how": (
        f"estimated: {threads} cores x {simd} int8 multiply-adds/cycle x 2 x {ghz:.2f} GHz "
        "(no AVX-512 VNNI or no C compiler to measure it)")}


def _tsc_ghz() -> float:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("cpu MHz"):
                return float(line.split(":")[1]) / 1000
    except (OSError, ValueError):
        pass
    return 2.0


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


if __name__ == "__main__":
    started = time.perf_counter()
    peak = measure_int8_peak(len(os.sched_getaffinity(0)))
    print(f"{peak['ops'] / 1e9:.0f} GOPS int8 ({peak['how']}), "
          f"{time.perf_counter() - started:.1f} s")
