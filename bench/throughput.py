"""Throughput: naive transformers loop vs the tool's engines vs raw CTranslate2, same sentences.

Builds (once, cached in bench/.cache) a Marian model with OPUS-MT sizes (d_model 512, 6+6
layers, 8 heads, ffn 2048, random weights) and a SentencePiece model trained on the NTREX
development text, takes the first `--n` Vietnamese sentences, and forces every output to a
realistic length, ceil(1.1 x source pieces), so random weights cost what a real model costs.

Configurations, each run in its own subprocess (so each has its own peak RSS):
  1. naive     `model.generate` one sentence at a time, float32 (what in-house scripts do)
  2. hf-engine the tool's transformers engine (length-sorted batches, inference_mode)
  3. ct2-raw   raw CTranslate2 int8 `translate_batch`, length-sorted batches of 32, no tool code
  4. full      the tool's `run` path (read, segment, protect, glossary, draft, PO writing),
               engine CTranslate2, cache off, the sentences as one article
Greedy and beam 4. Timed: everything a fresh process does after interpreter start-up (imports,
model load, translation; for `full` also reading, segmenting, glossary, protection and PO
writing). Configurations 3 and 4 alternate, several runs each, under a time budget.
Batched configurations decode every row of a batch to the
batch's longest forced length (one length per call is all `generate` and `translate_batch`
take); the naive loop decodes each sentence to its own length. "target tokens/s" counts the
per-sentence forced lengths (the same useful work for every configuration); "generated"
counts what was actually decoded, and is checked.

Usage: python bench/throughput.py [--n 150] [--device cpu|cuda] [--repeats 3]
       python bench/throughput.py --size real   (the default routes at real size: real_size.py)
Ends with `full/naive beam4 = X.XX` and `full/raw beam4 = Y.YY`: ratios of sentences/s, each
configuration's fastest run (the build machine is shared; the table also gives medians).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
# NTREX_TSV points elsewhere, e.g. on a GPU machine where ../shared is not present; otherwise
# the nearest shared/data/ntrex above the checkout (a git worktree sits one level deeper).
_NTREX_REL = Path("shared") / "data" / "ntrex" / "documents-dev.tsv"
NTREX = Path(os.environ.get("NTREX_TSV") or next(
    (p / _NTREX_REL for p in REPO.parents if (p / _NTREX_REL).exists()),
    REPO.parent / _NTREX_REL))
CACHE = BENCH / ".cache"
VOCAB = 8000
RAW_BATCH = 32


def forced(pieces: int) -> int:
    """The output length a real vi->cs model produces for `pieces` source pieces."""
    return math.ceil(1.1 * pieces)


def read_ntrex(path: Path) -> list[tuple[str, str]]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        vi, cs = header.index("vi"), header.index("cs")
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > max(vi, cs) and cols[vi].strip():
                rows.append((cols[vi].strip(), cols[cs].strip()))
    return rows


# ---------------------------------------------------------------- preparation (main process)


def prepare(n: int) -> dict:
    sys.path.insert(0, str(REPO / "tests"))
    from tiny_models import OPUS_MT_SIZES, build_marian, cached_build

    from translate.engines.convert import ensure_converted

    if not NTREX.exists():
        sys.exit(f"NTREX development data not found at {NTREX}")
    rows = read_ntrex(NTREX)
    texts = [vi for vi, _ in rows] + [cs for _, cs in rows]
    started = time.perf_counter()
    model = cached_build(build_marian, CACHE, f"marian-opus-mt-sizes-v{VOCAB}", texts=texts,
                         vocab_size=VOCAB, sizes=OPUS_MT_SIZES)
    tool_cache = CACHE / "tool"
    ct2 = ensure_converted(model, "int8", cache_root=tool_cache / "ct2")
    prep_s = time.perf_counter() - started
    sentences = [vi for vi, _ in rows[:n]]
    work = CACHE / "work"
    work.mkdir(parents=True, exist_ok=True)
    (work / "sentences.json").write_text(json.dumps(sentences, ensure_ascii=False))
    # One article: each sentence its own paragraph, so segmentation sees the same sentences.
    (work / "ntrex-article.txt").write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model / "source.spm"))
    pieces = [len(p) for p in sp.encode(sentences, out_type=str)]
    return {
        "model": str(model),
        "ct2": str(ct2),
        "tool_cache": str(tool_cache),
        "sentences": str(work / "sentences.json"),
        "article": str(work / "ntrex-article.txt"),
        "work": str(work),
        "useful_tokens": sum(forced(p) for p in pieces),
        "source_pieces": sum(pieces),
        "prep_s": prep_s,
    }


# ---------------------------------------------------------------- workers (one per subprocess)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would report the parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_naive(spec: dict, beam: int, device: str) -> dict:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    sentences = json.loads(Path(spec["sentences"]).read_text())
    torch.set_num_threads(len(os.sched_getaffinity(0)))
    tokenizer = MarianTokenizer.from_pretrained(spec["model"])
    model = MarianMTModel.from_pretrained(spec["model"], dtype=torch.float32).to(device).eval()
    generated = mismatched = 0
    for sentence in sentences:
        encoded = tokenizer(sentence, return_tensors="pt").to(device)
        length = forced(encoded.input_ids.shape[1] - 1)  # minus </s>
        out = model.generate(**encoded, num_beams=beam, min_new_tokens=length,
                             max_new_tokens=length)
        tokenizer.decode(out[0], skip_special_tokens=True)
        generated += out.shape[1] - 1
        mismatched += out.shape[1] - 1 != length
    return {"generated": generated, "mismatched": mismatched}


def worker_hf_engine(spec: dict, beam: int, device: str, int8: bool = False) -> dict:
    from translate.config import Config
    from translate.engines.hf import TransformersEngine

    sentences = json.loads(Path(spec["sentences"]).read_text())
    config = Config()
    engine = TransformersEngine(Path(spec["model"]), device=device, beam=beam,
                                batch_size=config.batch_size, threads=config.threads, int8=int8)
    engine.forced_length = forced
    counts = {"generated": 0, "mismatched": 0}
    real_generate = engine.model.generate

    def generate(**kwargs):
        out = real_generate(**kwargs)
        steps = out.sequences.shape[1] - 1
        counts["generated"] += steps * out.sequences.shape[0]
        counts["mismatched"] += (steps != kwargs["max_new_tokens"]) * out.sequences.shape[0]
        return out

    engine.model.generate = generate
    engine.translate(sentences, "vi", "cs", n_best=1)
    return counts


class _Once:
    """An asynchronous result whose value can be read more than once."""

    def __init__(self, future) -> None:
        self.future = future
        self.value = None

    def result(self):
        if self.value is None:
            self.value = self.future.result()
        return self.value


class RecordingTranslator:
    """Pass-through around `ctranslate2.Translator` that checks the decoded lengths."""

    def __init__(self, real) -> None:
        self.real = real
        self.outputs: list[tuple[int, list]] = []  # (forced length, results)
        self.n_best_rows = 0  # sentences asked for several candidates (glossary terms)

    def translate_batch(self, source, *args, **kwargs):
        out = self.real.translate_batch(source, *args, **kwargs)
        if kwargs.get("asynchronous"):
            out = [_Once(r) for r in out]
        if kwargs.get("num_hypotheses", 1) > 1:
            self.n_best_rows += len(source)
        prefix = len((kwargs.get("target_prefix") or [[]])[0])  # M2M100's __cs__ is counted
        self.outputs.append((kwargs["max_decoding_length"], prefix, out))
        return out

    def counts(self) -> dict:
        """Decoded tokens, and rows whose length differs from the forced one (after the run)."""
        generated = mismatched = 0
        for length, prefix, out in self.outputs:
            for result in out:
                result = result.result() if isinstance(result, _Once) else result
                steps = len(result.hypotheses[0])
                generated += steps - prefix
                mismatched += steps != length
        return {"generated": generated, "mismatched": mismatched}


def ct2_compute(device: str) -> str:
    return "int8_float16" if device == "cuda" else "int8"


def worker_ct2_raw(spec: dict, beam: int, device: str) -> dict:
    import ctranslate2
    import sentencepiece as spm

    sentences = json.loads(Path(spec["sentences"]).read_text())
    threads = len(os.sched_getaffinity(0))
    translator = RecordingTranslator(ctranslate2.Translator(
        spec["ct2"], device=device, compute_type=ct2_compute(device),
        intra_threads=threads if device == "cpu" else 0))
    src = spm.SentencePieceProcessor(model_file=str(Path(spec["model"]) / "source.spm"))
    tgt = spm.SentencePieceProcessor(model_file=str(Path(spec["model"]) / "target.spm"))
    tokens = [p + ["</s>"] for p in src.encode(sentences, out_type=str)]
    order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
    outputs = [""] * len(tokens)
    for start in range(0, len(order), RAW_BATCH):
        batch = order[start : start + RAW_BATCH]
        length = forced(max(len(tokens[i]) for i in batch) - 1)
        results = translator.translate_batch(
            [tokens[i] for i in batch], max_batch_size=RAW_BATCH, beam_size=beam,
            min_decoding_length=length, max_decoding_length=length)
        for i, result in zip(batch, results, strict=True):
            outputs[i] = tgt.decode(result.hypotheses[0])
    return translator.counts()


def worker_full(spec: dict, beam: int, device: str, run_dir: Path) -> dict:
    from dataclasses import replace

    from translate.config import Config
    from translate.engines.pool import open_engine
    from translate.pipeline import run_batch

    config = replace(Config(), engine="ctranslate2", use_cache=False, beam=beam, device=device,
                     glossary_dir=REPO / "glossaries")  # the shipped glossaries
    recorders = []

    def opener(model_path, model_id, cfg):
        engine = open_engine(model_path, model_id, cfg)
        engine.forced_length = forced
        engine.select_target("cs")  # load the model folder of that target, then record it
        engine.translator = RecordingTranslator(engine.translator)
        recorders.append(engine.translator)
        return engine

    result = run_batch([Path(spec["article"])], ["cs"], run_dir, config, model=spec["model"],
                       opener=opener)
    counts = [r.counts() for r in recorders]
    return {"generated": sum(c["generated"] for c in counts),
            "mismatched": sum(c["mismatched"] for c in counts), "drafted": result.drafted,
            "n_best_rows": sum(r.n_best_rows for r in recorders),
            "engine": getattr(result, "engines", {}).get("cs", "")}


def run_worker(args) -> None:
    """One configuration in a fresh process; timed from before its first import."""
    spec = json.loads(args.worker_spec)
    started = time.perf_counter()
    if args.worker.startswith("real-"):
        from real_size import run_real_worker

        out = run_real_worker(args.worker, spec, args.beam)
        out["seconds"] = time.perf_counter() - started
        out["cpu_seconds"] = _cpu_seconds()
        out["peak_rss_mb"] = peak_rss_mb()
        print("RESULT " + json.dumps(out))
        return
    if args.worker == "naive":
        out = worker_naive(spec, args.beam, args.device)
    elif args.worker in ("hf-engine", "hf-int8"):
        out = worker_hf_engine(spec, args.beam, args.device, int8=args.worker == "hf-int8")
    elif args.worker == "ct2-raw":
        out = worker_ct2_raw(spec, args.beam, args.device)
    else:
        run_dir = Path(spec["work"]) / f"run-{os.getpid()}"
        out = worker_full(spec, args.beam, args.device, run_dir)
    out["seconds"] = time.perf_counter() - started
    if args.worker == "full":
        import shutil

        shutil.rmtree(run_dir, ignore_errors=True)
    out["peak_rss_mb"] = peak_rss_mb()
    print("RESULT " + json.dumps(out))


def _cpu_seconds() -> float:
    """User + system CPU time of this process, every thread (robust to other jobs' load)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------- driver


CONFIGS = {
    "naive": "1. transformers, one sentence at a time, float32",
    "hf-engine": "2. tool transformers engine (batches of 16, sorted)",
    "hf-int8": "2b. tool transformers engine, dynamic int8 Linear layers",
    "ct2-raw": f"3. raw CTranslate2 int8, batches of {RAW_BATCH}",
    "full": "4. tool full run path, CTranslate2 int8",
}


def spawn(name: str, beam: int, device: str, spec: dict) -> dict:
    env = dict(os.environ, VI_TRANSLATE_CACHE=spec["tool_cache"], TOKENIZERS_PARALLELISM="false",
               PYTHONWARNINGS="ignore", TRANSFORMERS_VERBOSITY="error")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--beam", str(beam),
           "--device", device, "--worker-spec", json.dumps(spec)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=spec["work"])
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-6000:])
    raise SystemExit(f"worker {name} beam {beam} failed (exit {proc.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="quick", choices=("quick", "real"),
                        help="quick: OPUS-MT-sized Marian, 8k vocabulary (default); real: the "
                        "default routes' real architectures (bench/real_size.py)")
    parser.add_argument("--n", type=int, default=None,
                        help="sentences (default 150 quick, 48 real)")
    parser.add_argument("--targets", default="cs,en", help="real size: routes to measure")
    parser.add_argument("--naive-n", type=int, default=4,
                        help="real size: sentences for the naive loop (the first of --n)")
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    parser.add_argument("--repeats", type=int, default=5,
                        help="runs of configs 3 and 4 (interleaved); 1 and 2 run once")
    parser.add_argument("--beams", default="1,4", help="beam sizes, comma-separated")
    parser.add_argument("--skip", default="", help="configs to leave out, e.g. naive")
    parser.add_argument("--extra", default="", help="optional configs to add: hf-int8")
    parser.add_argument("--budget", type=float, default=None,
                        help="seconds; repeats of 3 and 4 stop early to stay under it")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--worker-spec", help=argparse.SUPPRESS)
    parser.add_argument("--beam", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        run_worker(args)
        return
    sys.path.insert(0, str(REPO))
    if args.size == "real":
        from real_size import main_real

        args.n = args.n or 48
        args.budget = args.budget or 1560
        main_real(args)
        return
    args.n = args.n or 150
    args.budget = args.budget or 1080
    total_started = time.perf_counter()
    spec = prepare(args.n)
    beams = [int(b) for b in args.beams.split(",")]
    skip = {s for s in args.skip.split(",") if s}
    threads = len(os.sched_getaffinity(0))
    print(f"model: Marian, OPUS-MT sizes, random weights, SentencePiece vocab {VOCAB} "
          f"(built/converted in {spec['prep_s']:.0f} s, cached in {CACHE.relative_to(REPO)})")
    print(f"data: first {args.n} Vietnamese sentences of NTREX dev, {spec['source_pieces']} "
          f"source pieces, {spec['useful_tokens']} target tokens (ceil(1.1 x pieces) each)")
    print(f"device: {args.device}, {threads} CPU threads; each run a fresh process, timed from "
          "its first import to its last output\n", flush=True)

    singles = ["naive", "hf-engine"] + [e for e in args.extra.split(",") if e == "hf-int8"]
    singles = [name for name in singles if name not in skip]
    pair = [name for name in ("ct2-raw", "full") if name not in skip]
    runs: dict[tuple[str, int], list[dict]] = {}
    for beam in beams:
        for name in singles:
            runs[(name, beam)] = [spawn(name, beam, args.device, spec)]
            _progress(name, beam, runs[(name, beam)][-1])
        for name in pair:
            runs[(name, beam)] = []
    # Configs 3 and 4 interleaved, so load from other processes hits both alike. Every beam
    # gets one round first; more rounds only while the time budget allows.
    for round_ in range(args.repeats):
        for beam in beams:
            cost = sum(runs[(n, beam)][-1]["seconds"] + 3 for n in pair) if round_ else 0
            if round_ and time.perf_counter() - total_started + cost > args.budget:
                print(f"  (time budget: beam {beam} stops after {round_} runs)", file=sys.stderr)
                continue
            for name in pair if round_ % 2 == 0 else pair[::-1]:
                runs[(name, beam)].append(spawn(name, beam, args.device, spec))
                _progress(name, beam, runs[(name, beam)][-1])

    print()
    print(f"| configuration ({args.n} sentences, {spec['useful_tokens']} target tokens) | beam "
          "| sentences/s (median) | seconds min / median (runs) | target tokens/s | generated "
          "tokens (checked) | peak RSS |")
    print("|---|---|---|---|---|---|---|")
    median_s: dict[tuple[str, int], float] = {}
    for (name, beam), results in runs.items():
        times = [r["seconds"] for r in results]
        med = statistics.median(times)
        median_s[(name, beam)] = med
        bad = sum(r["mismatched"] for r in results)
        check = "ok" if bad == 0 else f"{bad} rows off"
        extra = ""
        if name == "full" and results[0].get("drafted") != args.n:
            extra = f" ({results[0].get('drafted')} segments)"
        peak = max(r["peak_rss_mb"] for r in results) / 1024
        print(f"| {CONFIGS[name]}{extra} | {beam} | {args.n / med:.2f} | {min(times):.1f} / "
              f"{med:.1f} ({len(times)}) | {spec['useful_tokens'] / med:.0f} | "
              f"{results[0]['generated']} ({check}) | {peak:.2f} GB |")
    for (name, beam), results in runs.items():
        if name == "full" and results[0].get("n_best_rows"):
            print(f"4. at beam {beam}: {results[0]['n_best_rows']} of {args.n} segments have "
                  "glossary terms and are decoded for n-best candidates (beam >= n-best), as "
                  "the tool does for glossary enforcement")
    print(f"\ntotal wall time {time.perf_counter() - total_started:.0f} s")
    best = {key: min(r["seconds"] for r in results) for key, results in runs.items()}
    for beam in beams:
        if ("full", beam) in best and ("ct2-raw", beam) in best:
            print(f"beam {beam}: full/raw by median = "
                  f"{median_s[('ct2-raw', beam)] / median_s[('full', beam)]:.2f}, by fastest run "
                  f"= {best[('ct2-raw', beam)] / best[('full', beam)]:.2f}")
    print("ratios of sentences/s, each configuration's fastest run (the machine is shared; "
          "medians in the table):")
    for name, label in (("naive", "full/naive"), ("ct2-raw", "full/raw")):
        if ("full", 4) in best and (name, 4) in best:
            print(f"{label} beam4 = {best[(name, 4)] / best[('full', 4)]:.2f}")


def _progress(name: str, beam: int, result: dict) -> None:
    print(f"  {name:9s} beam {beam}: {result['seconds']:6.1f} s, peak "
          f"{result['peak_rss_mb']:.0f} MB", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
