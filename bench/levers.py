"""Which speed levers pay at real size: the CTranslate2 engine alone, one setting at a time.

Same real-size models and forced lengths as `bench/throughput.py --size real`; each
configuration runs in its own process (some levers are environment variables read when
CTranslate2 loads), loads its translator, warms it on two sentences and then times the
translation of the same sentences. The configurations alternate, `--rounds` times, and each
is reported against the engine as it was before issue 14 (full output vocabulary, 1,024-token
batches, one single-threaded worker per core) by median wall time and by CPU time (user +
system of every thread, less sensitive to other jobs on a shared machine).

Usage: python bench/levers.py [--target cs|en] [--beam 4] [--n 24] [--rounds 3]
       [--only before,vmap,tokens512,...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

# name -> CTranslate2Engine keyword arguments (besides model, beam and forced lengths)
LEVERS = {
    "before": dict(restrict_vocab=False, max_batch_tokens=1024),
    "vmap": dict(restrict_vocab=True, max_batch_tokens=1024),
    "tokens512": dict(restrict_vocab=False, max_batch_tokens=512),
    "tokens2048": dict(restrict_vocab=False, max_batch_tokens=2048),
    "tokens4096": dict(restrict_vocab=False, max_batch_tokens=4096),
    "1x2threads": dict(restrict_vocab=False, max_batch_tokens=1024, layout=(1, 2)),
    "int8_float32": dict(restrict_vocab=False, max_batch_tokens=1024,
                         compute_type="int8_float32"),
    "float32": dict(restrict_vocab=False, max_batch_tokens=1024, compute_type="float32"),
    "vmap+2048": dict(restrict_vocab=True, max_batch_tokens=2048),
    "vmap+512": dict(restrict_vocab=True, max_batch_tokens=512),
    "isa512": dict(restrict_vocab=False, max_batch_tokens=1024,
                   env={"CT2_FORCE_CPU_ISA": "AVX512"}),
    "now": dict(),  # the engine's defaults now
}


def engine_for(model: Path, target: str, beam: int, settings: dict):
    from throughput import forced

    from translate.engines.ct2 import CTranslate2Engine

    settings = dict(settings)
    settings.pop("env", None)
    workers, intra = settings.pop("layout", (None, None))
    engine = CTranslate2Engine(model, beam_size=beam, length_limit=False,
                               cache_root=BENCH / ".cache" / "tool" / "ct2", **settings)
    if workers is not None:  # one batch at a time on all cores
        engine.workers = workers
        engine.threads = workers * intra
    engine.forced_length = forced
    engine.select_target(target)
    return engine


def child(args) -> None:
    """One configuration in this process: load, warm, time; print one JSON line."""
    import json

    from real_size import ROUTES
    from throughput import CACHE

    sentences = json.loads(Path(args.sentences).read_text())
    engine = engine_for(CACHE / ROUTES[args.target][0], args.target, args.beam,
                        LEVERS[args.child])
    engine.translate(sentences[:2], "vi", args.target)  # warm: allocations, first run
    started, cpu_started = time.perf_counter(), time.process_time()
    engine.translate(sentences, "vi", args.target)
    print("RESULT " + json.dumps({"wall": time.perf_counter() - started,
                                  "cpu": time.process_time() - cpu_started}))


def main() -> None:
    import json
    import subprocess

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="cs", choices=("cs", "en"))
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--n", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated levers (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--sentences", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    from real_size import prepare_real

    spec = prepare_real(args.n)
    names = [n for n in (args.only.split(",") if args.only else LEVERS) if n in LEVERS]
    if "before" not in names:
        names.insert(0, "before")
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    loads = [os.getloadavg()[0]]
    print(f"vi->{args.target} beam {args.beam}, {args.n} sentences, load {loads[0]:.2f}",
          flush=True)
    for round_ in range(args.rounds):
        order = names[round_ % len(names):] + names[: round_ % len(names)]
        for name in order:
            env = dict(os.environ, **LEVERS[name].get("env", {}))
            env["PYTHONPATH"] = os.pathsep.join([str(BENCH.parent), env.get("PYTHONPATH", "")])
            proc = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", name, "--target",
                 args.target, "--beam", str(args.beam), "--sentences", spec["sentences"]],
                capture_output=True, text=True, env=env)
            lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
            if not lines:
                sys.exit(f"{name} failed:\n{proc.stderr[-3000:]}")
            result = json.loads(lines[0][7:])
            wall[name].append(result["wall"])
            cpu[name].append(result["cpu"])
            loads.append(os.getloadavg()[0])
            print(f"  round {round_} {name:13s} {result['wall']:6.1f} s wall "
                  f"{result['cpu']:6.1f} s CPU  load {loads[-1]:.2f}", flush=True)
    base_wall, base_cpu = statistics.median(wall["before"]), statistics.median(cpu["before"])
    print(f"\n| lever (vi->{args.target}, beam {args.beam}, {args.n} sentences) | wall s median | "
          "CPU s median | speed-up by wall | by CPU |")
    print("|---|---|---|---|---|")
    for name in names:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"| {name} | {w:.1f} | {c:.1f} | {base_wall / w:.2f} | {base_cpu / c:.2f} |")
    print(f"load average (1 min) from {min(loads):.2f} to {max(loads):.2f}")


if __name__ == "__main__":
    main()
