"""`bench/throughput.py --size real`: the default routes at their real sizes, on this machine.

vi->cs: M2M100-418M (d_model 1024, 12+12 layers, ffn 4096, 128,112 pieces); vi->en: OPUS-MT
base (d_model 512, 6+6, ffn 2048, 58,000 pieces, source and target SentencePiece models).
Random weights and dev-trained, padded SentencePiece models (`bench/real_models.py`); every
output forced to ceil(1.1 x source pieces) tokens as in the quick mode, so random weights cost
what a real model costs. For each route and beam (1, 4), each configuration in a fresh process:

  naive   transformers `generate`, one sentence at a time, float32 (the usual in-house script)
  raw     raw CTranslate2 int8, length-sorted batches of 32, the library's default threading
  before  the tool's whole `run` path with its engine as before this issue (full output
          vocabulary, 1,024-token batches, no length limit)
  full    the tool's whole `run` path as it is now

raw, before and full alternate, several rounds under a time budget; naive runs once, on the
first `--naive-n` of the `--n` sentences (at real size it takes seconds per sentence), so
full/naive compares useful target tokens per second. Timed from each process's first import;
CPU seconds (user + system, every thread) are recorded too, since other jobs share the 2
cores: the CPU-time ratio shows what a lever saves in work, the wall-time ratio also what it
saves in idle cores. Useful work is counted in FLOPs from the architecture
(`real_models.flops`) and compared with the CPU's peak int8 rate, measured first.

Then, untimed, the output-equivalence check of the levers that can change the output: greedy
and beam 4 with and without the restricted vocabulary on the same sentences (natural lengths,
not forced), and every NTREX development reference checked against the restricted vocabulary
and the early length limit.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import real_models as rm
from throughput import (
    CACHE,
    NTREX,
    REPO,
    RecordingTranslator,
    _progress,
    forced,
    spawn,
)

ROUTES = {  # target -> (cache key, what it stands for)
    "cs": ("m2m100-418m-real-v1", "facebook/m2m100_418M (vi->cs and every other target)"),
    "en": ("opus-mt-vi-en-real-v1", "Helsinki-NLP/opus-mt-vi-en (vi->en)"),
}
CONFIGS = {
    "naive": "naive: transformers, one sentence at a time, float32",
    "raw": "raw CTranslate2 int8, batches of 32",
    "before": "tool `run`, engine as before this issue",
    "full": "tool `run`, engine now",
}
RAW_BATCH = 32
BEFORE_BATCH_TOKENS = 1024


def read_columns(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"), strict=False))
                for line in handle if line.strip()]


# ---------------------------------------------------------------- preparation


def prepare_real(n: int, naive_n: int | None = None) -> dict:
    sys.path.insert(0, str(REPO / "tests"))
    from tiny_models import cached_build

    from translate.engines.convert import ensure_converted

    if not NTREX.exists():
        sys.exit(f"NTREX development data not found at {NTREX}")
    rows = read_columns(NTREX)
    vi, cs, en = ([r[c] for r in rows] for c in ("vi", "cs", "en"))
    started = time.perf_counter()
    models = {
        "cs": cached_build(rm.build_m2m100_real, CACHE, ROUTES["cs"][0], texts=vi + cs + en),
        "en": cached_build(rm.build_opus_mt_real, CACHE, ROUTES["en"][0], source_texts=vi,
                           target_texts=en),
    }
    tool_cache = CACHE / "tool"
    work = CACHE / "work-real"
    work.mkdir(parents=True, exist_ok=True)
    sentences = vi[:n]
    (work / "sentences.json").write_text(json.dumps(sentences, ensure_ascii=False))
    (work / "ntrex-article.txt").write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    naive_n = min(n, naive_n or n)
    spec = {"tool_cache": str(tool_cache), "work": str(work), "n": n, "naive_n": naive_n,
            "sentences": str(work / "sentences.json"),
            "article": str(work / "ntrex-article.txt"), "routes": {}}
    for target, model in models.items():
        ct2 = ensure_converted(model, "int8", cache_root=tool_cache / "ct2")
        config = json.loads((model / "config.json").read_text())
        src_spm = "source.spm" if target == "en" else "sentencepiece.bpe.model"
        import sentencepiece as spm

        pieces = [len(p) for p in spm.SentencePieceProcessor(
            model_file=str(model / src_spm)).encode(sentences, out_type=str)]
        specials = 1 if target == "en" else 2  # </s>, and M2M100's __vi__
        spec["routes"][target] = {
            "model": str(model), "ct2": str(ct2), "source_pieces": sum(pieces),
            "work": _work(pieces, specials), "work_naive": _work(pieces[:naive_n], specials),
            "config": {k: config[k] for k in ("d_model", "encoder_layers", "decoder_layers",
                                              "encoder_ffn_dim", "decoder_ffn_dim",
                                              "vocab_size")},
        }
    spec["prep_s"] = time.perf_counter() - started
    return spec


def _work(pieces: list[int], specials: int) -> dict:
    """What a set of sentences asks of the model: tokens in, forced tokens out."""
    return {"sentences": len(pieces), "encoder_tokens": sum(pieces) + specials * len(pieces),
            "useful_tokens": sum(forced(p) for p in pieces),
            "mean_source": sum(pieces) / len(pieces) + specials,
            "mean_target": sum(forced(p) for p in pieces) / len(pieces)}


# ---------------------------------------------------------------- workers


def run_real_worker(name: str, spec: dict, beam: int) -> dict:
    target = spec["target"]
    route = spec["routes"][target]
    sentences = json.loads(Path(spec["sentences"]).read_text())
    if name == "real-naive":  # the slow loop: only the first naive_n sentences
        return _naive(route, target, sentences[: spec["naive_n"]], beam)
    if name == "real-raw":
        return _raw(route, target, sentences, beam)
    if name == "real-check":
        return _check(route, target, sentences[: spec["check_n"]])
    run_dir = Path(spec["work"]) / f"run-{os.getpid()}"
    try:
        return _full(route, target, spec, beam, run_dir, before=name == "real-before")
    finally:
        import shutil

        shutil.rmtree(run_dir, ignore_errors=True)


def _naive(route: dict, target: str, sentences: list[str], beam: int) -> dict:
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    torch.set_num_threads(len(os.sched_getaffinity(0)))
    tokenizer = AutoTokenizer.from_pretrained(route["model"])
    model = AutoModelForSeq2SeqLM.from_pretrained(route["model"], dtype=torch.float32).eval()
    kwargs, lang = {}, 0
    if target != "en":  # M2M100: source code in, target code forced as the first new token
        tokenizer.src_lang = "vi"
        kwargs["forced_bos_token_id"] = tokenizer.get_lang_id(target)
        lang = 1
    generated = mismatched = 0
    for sentence in sentences:
        encoded = tokenizer(sentence, return_tensors="pt")
        length = forced(encoded.input_ids.shape[1] - 1 - lang) + lang
        out = model.generate(**encoded, num_beams=beam, min_new_tokens=length,
                             max_new_tokens=length, **kwargs)
        tokenizer.decode(out[0], skip_special_tokens=True)
        generated += out.shape[1] - 1 - lang
        mismatched += out.shape[1] - 1 != length
    return {"generated": generated, "mismatched": mismatched}


def _spms(route: dict, target: str):
    import sentencepiece as spm

    model = Path(route["model"])
    if target == "en":
        return (spm.SentencePieceProcessor(model_file=str(model / "source.spm")),
                spm.SentencePieceProcessor(model_file=str(model / "target.spm")))
    both = spm.SentencePieceProcessor(model_file=str(model / "sentencepiece.bpe.model"))
    return both, both


def _raw(route: dict, target: str, sentences: list[str], beam: int) -> dict:
    import ctranslate2

    threads = len(os.sched_getaffinity(0))
    translator = RecordingTranslator(ctranslate2.Translator(
        route["ct2"], device="cpu", compute_type="int8", intra_threads=threads))
    src, tgt = _spms(route, target)
    code = [] if target == "en" else ["__vi__"]
    prefix = None if target == "en" else [f"__{target}__"]
    tokens = [code + p + ["</s>"] for p in src.encode(sentences, out_type=str)]
    order = sorted(range(len(tokens)), key=lambda i: len(tokens[i]))
    for start in range(0, len(order), RAW_BATCH):
        batch = order[start:start + RAW_BATCH]
        length = forced(max(len(tokens[i]) for i in batch) - 1 - len(code))
        length += len(prefix or ())
        results = translator.translate_batch(
            [tokens[i] for i in batch], max_batch_size=RAW_BATCH, beam_size=beam,
            target_prefix=[prefix] * len(batch) if prefix else None,
            min_decoding_length=length, max_decoding_length=length)
        for result in results:
            tgt.decode(result.hypotheses[0][len(prefix or ()):])
    return translator.counts()


def _full(route: dict, target: str, spec: dict, beam: int, run_dir: Path, before: bool) -> dict:
    from translate.config import Config
    from translate.engines.ct2 import CTranslate2Engine
    from translate.engines.pool import open_engine
    from translate.pipeline import run_batch

    config = replace(Config(), engine="ctranslate2", use_cache=False, beam=beam, device="cpu",
                     glossary_dir=REPO / "glossaries")  # the shipped glossaries
    recorders = []

    def opener(model_path, model_id, cfg):
        if before:
            engine = CTranslate2Engine(model_path, model_id, device="cpu", beam_size=cfg.beam,
                                       max_batch_tokens=BEFORE_BATCH_TOKENS,
                                       restrict_vocab=False, length_limit=False)
        else:
            engine = open_engine(model_path, model_id, cfg)
        engine.forced_length = forced
        restriction = engine.select_target(target)
        engine.translator = RecordingTranslator(engine.translator)
        recorders.append((engine.translator, restriction))
        return engine

    result = run_batch([Path(spec["article"])], [target], run_dir, config,
                       model=route["model"], opener=opener)
    counts = [r.counts() for r, _ in recorders]
    restriction = recorders[0][1]
    return {"generated": sum(c["generated"] for c in counts),
            "mismatched": sum(c["mismatched"] for c in counts), "drafted": result.drafted,
            "n_best_rows": sum(r.n_best_rows for r, _ in recorders),
            "kept": restriction.kept if restriction else None}


def _check(route: dict, target: str, sentences: list[str]) -> dict:
    """Restricted vs full vocabulary at natural lengths, and the dev references' coverage."""
    from translate.engines.ct2 import LENGTH_EXTRA, LENGTH_RATIO, CTranslate2Engine

    out: dict = {}
    for beam in (1, 4):
        texts = {}
        for restrict in (False, True):
            engine = CTranslate2Engine(route["model"], beam_size=beam, restrict_vocab=restrict)
            restriction = engine.select_target(target)
            kept = set(_kept(restriction.path)) if restriction else None
            tokens, batches = engine.batches(sentences, "vi")
            prefix = engine._prefix(target)
            hyps: list[list[str]] = [[] for _ in sentences]
            for batch in batches:
                longest = max(len(tokens[i]) for i in batch) - (2 if prefix else 1)
                results = engine.translator.translate_batch(
                    [tokens[i] for i in batch], beam_size=beam, use_vmap=restrict,
                    target_prefix=[prefix] * len(batch) if prefix else None,
                    max_decoding_length=len(prefix or ()) + math.ceil(
                        LENGTH_RATIO * longest + LENGTH_EXTRA))
                for i, result in zip(batch, results, strict=True):
                    hyps[i] = result.hypotheses[0]
            texts[restrict] = hyps
            if restrict:
                out["kept"], out["kept_set"] = len(kept), sorted(kept)
        kept = set(out["kept_set"])
        same = outside = other = 0
        for full, short in zip(texts[False], texts[True], strict=True):
            if full == short:
                same += 1
            elif any(t not in kept for t in full[1:] if t != "</s>"):
                outside += 1  # the full model chose a piece the target cannot use
            else:
                other += 1  # changed although every piece was kept (only beam search may)
        out[f"beam{beam}"] = {"same": same, "outside": outside, "other": other}
    kept = set(out.pop("kept_set"))
    src, tgt = _spms(route, target)
    rows = read_columns(NTREX)
    missing = over = 0
    for row in rows:
        pieces = tgt.encode(row[target], out_type=str)
        missing += any(p not in kept for p in pieces)
        over += len(pieces) > LENGTH_RATIO * len(src.encode(row["vi"])) + LENGTH_EXTRA
    out["references"] = {"rows": len(rows), "outside_vocab": missing, "over_limit": over}
    return out


def _kept(folder: Path) -> list[str]:
    line = (folder / "vmap.txt").read_text(encoding="utf-8").split("\n")[0]
    return line.split("\t", 1)[1].split(" ")


# ---------------------------------------------------------------- driver


def main_real(args) -> None:
    total_started = time.perf_counter()
    threads = len(os.sched_getaffinity(0))
    loads = [os.getloadavg()]
    peak = rm.measure_int8_peak(threads)
    spec = prepare_real(args.n, args.naive_n)
    spec["check_n"] = min(args.n, 12)
    beams = [int(b) for b in args.beams.split(",")]
    skip = {s for s in args.skip.split(",") if s}
    targets = [t for t in args.targets.split(",") if t in ROUTES]
    print(f"data: first {args.n} Vietnamese sentences of NTREX dev; models built/converted in "
          f"{spec['prep_s']:.0f} s (cached in {CACHE.relative_to(REPO)})")
    for t in targets:
        r = spec["routes"][t]
        print(f"vi->{t}: {ROUTES[t][1]}: {r['config']['d_model']} wide, "
              f"{r['config']['encoder_layers']}+{r['config']['decoder_layers']} layers, ffn "
              f"{r['config']['decoder_ffn_dim']}, {r['config']['vocab_size']:,} pieces; "
              f"{r['source_pieces']} source pieces, {r['work']['useful_tokens']} target tokens "
              f"({r['work_naive']['useful_tokens']} in the naive loop's first "
              f"{spec['naive_n']} sentences)")
    print(f"CPU: {threads} threads; peak int8 {peak['ops'] / 1e9:.0f} GOPS ({peak['how']})")
    print(f"load average at start: {loads[0][0]:.2f} {loads[0][1]:.2f} {loads[0][2]:.2f}\n",
          flush=True)

    runs: dict[tuple[str, int, str], list[dict]] = {}

    def one(target: str, beam: int, name: str) -> None:
        job = dict(spec, target=target)
        result = spawn(f"real-{name}", beam, "cpu", job)
        result["load"] = os.getloadavg()[0]
        loads.append(os.getloadavg())
        runs.setdefault((target, beam, name), []).append(result)
        _progress(f"{t_label(target)} {name}", beam, result)

    paired = [c for c in ("raw", "before", "full") if c not in skip]
    checks = {}
    for round_ in range(args.repeats):
        for target in targets:
            for beam in beams:
                if round_ == 0 and "naive" not in skip:
                    one(target, beam, "naive")
                if round_:
                    cost = sum(runs[(target, beam, c)][-1]["seconds"] + 5 for c in paired)
                    if time.perf_counter() - total_started + cost > args.budget:
                        continue
                shift = round_ % len(paired)
                for name in paired[shift:] + paired[:shift]:
                    one(target, beam, name)
        if round_ == 0 and "check" not in skip:  # untimed; before the optional repeats
            for target in targets:
                checks[target] = spawn("real-check", 1, "cpu", dict(spec, target=target))
                print(f"  {t_label(target)} output check done", file=sys.stderr, flush=True)
    loads.append(os.getloadavg())
    _report(args, spec, peak, runs, checks, targets, beams, loads, total_started)


def t_label(target: str) -> str:
    return f"vi->{target}"


def _report(args, spec, peak, runs, checks, targets, beams, loads, total_started) -> None:
    print("\n| route | configuration | beam | sentences/s (median) | wall s min / median (runs) "
          "| CPU s (median) | target tokens/s | useful GFLOP/s | of int8 peak | per CPU s, of "
          "one core's peak | generated (checked) | peak RSS | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    best: dict = {}
    median: dict = {}
    cpu: dict = {}
    rate: dict = {}  # useful target tokens per second, fastest run
    for (target, beam, name), results in runs.items():
        route = spec["routes"][target]
        work = route["work_naive" if name == "naive" else "work"]
        times = [r["seconds"] for r in results]
        med = statistics.median(times)
        best[(target, beam, name)] = min(times)
        median[(target, beam, name)] = med
        rate[(target, beam, name)] = work["useful_tokens"] / min(times)
        cpu[(target, beam, name)] = statistics.median(r["cpu_seconds"] for r in results)
        useful = rm.flops(route["config"], work["encoder_tokens"], work["useful_tokens"],
                          beam, work["mean_source"], work["mean_target"])
        gflops = useful / min(times) / 1e9
        bad = sum(r["mismatched"] for r in results)
        label = CONFIGS[name]
        if name == "naive":
            label += f" (first {work['sentences']} sentences)"
        if results[0].get("kept"):
            label += f" (output vocabulary {results[0]['kept']:,} pieces)"
        print(f"| {t_label(target)} | {label} | {beam} | {work['sentences'] / med:.2f} | "
              f"{min(times):.1f} / {med:.1f} ({len(times)}) | {cpu[(target, beam, name)]:.1f} | "
              f"{work['useful_tokens'] / med:.0f} | {gflops:.1f} | "
              f"{100 * gflops * 1e9 / peak['ops']:.1f} % | "
              f"{100 * useful / cpu[(target, beam, name)] / peak['one_core']:.0f} % | "
              f"{results[0]['generated']} "
              f"({'ok' if bad == 0 else f'{bad} rows off'}) | "
              f"{max(r['peak_rss_mb'] for r in results) / 1024:.2f} GB | "
              f"{statistics.median(r['load'] for r in results):.1f} |")
    print("\nuseful GFLOP/s: FLOPs the architecture defines for the sentences (encoder per "
          "source token, decoder and the full output layer per target token and beam "
          "hypothesis; no padding) / the fastest run's wall time; of int8 peak: against "
          f"{peak['ops'] / 1e9:.0f} GOPS ({peak['how']}); per CPU s: the same FLOPs / the "
          f"median CPU seconds, against one core's {peak['one_core'] / 1e9:.0f} GOPS (what the "
          "process achieved while it ran, whatever else shared the cores)")
    for (target, beam, name), results in runs.items():
        if name == "full" and results[0].get("n_best_rows"):
            print(f"vi->{target} beam {beam}, tool: {results[0]['n_best_rows']} of {spec['n']} "
                  "sentences have glossary terms and are decoded for 4 candidates (beam >= 4) "
                  "so the glossary can choose, as in every run")
    for target, check in checks.items():
        ref = check["references"]
        print(f"\noutput check vi->{target}, restricted vocabulary ({check['kept']:,} pieces) "
              f"vs full, natural lengths, the first {spec['check_n']} sentences:")
        for beam in (1, 4):
            c = check[f"beam{beam}"]
            print(f"  beam {beam}: {c['same']} identical, {c['outside']} differ where the full "
                  f"model chose a piece outside the restricted vocabulary, {c['other']} differ "
                  "otherwise")
        print(f"  NTREX dev references ({ref['rows']}): {ref['outside_vocab']} need a piece "
              f"outside it, {ref['over_limit']} longer than the early length limit")
    print(f"\nload average: start {loads[0][0]:.2f}, end {loads[-1][0]:.2f}, highest 1-min "
          f"{max(x[0] for x in loads):.2f}; total wall time "
          f"{time.perf_counter() - total_started:.0f} s")
    for target in targets:
        for beam in beams:
            key = (target, beam)
            if (*key, "before") in median and (*key, "full") in median:
                print(f"vi->{target} beam {beam}: now/before = "
                      f"{median[(*key, 'before')] / median[(*key, 'full')]:.2f} by median wall "
                      f"time, {best[(*key, 'before')] / best[(*key, 'full')]:.2f} by fastest, "
                      f"{cpu[(*key, 'before')] / cpu[(*key, 'full')]:.2f} by CPU time")
    head = targets[0]
    print(f"vi->{head} ({ROUTES[head][1]}), each configuration's fastest run; full/naive as "
          "useful target tokens per second (the naive loop ran the first "
          f"{spec['naive_n']} sentences), full/raw as sentences per second:")
    if (head, 4, "full") in best and (head, 4, "naive") in best:
        print(f"real full/naive beam4 = {rate[(head, 4, 'full')] / rate[(head, 4, 'naive')]:.2f}")
    if (head, 4, "full") in best and (head, 4, "raw") in best:
        print(f"real full/raw beam4 = {best[(head, 4, 'raw')] / best[(head, 4, 'full')]:.2f}")
