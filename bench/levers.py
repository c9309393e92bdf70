"""Which speed levers pay at real size: the CTranslate2 engine alone, one setting at a time.

Same real-size models and forced lengths as `bench/throughput.py --size real`; each
configuration's translator is loaded once and translates the same sentences; the
configurations alternate, `--rounds` times, and each is reported against the engine as it was
before issue 14 (full output vocabulary, 1,024-token batches, one single-threaded worker per
core) by median wall time and by CPU time (user + system of every thread, less sensitive to
other jobs on a shared machine).

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
}


def engine_for(model: Path, target: str, beam: int, settings: dict):
    from throughput import forced

    from translate.engines.ct2 import CTranslate2Engine

    settings = dict(settings)
    workers, intra = settings.pop("layout", (None, None))
    engine = CTranslate2Engine(model, beam_size=beam, length_limit=False,
                               cache_root=BENCH / ".cache" / "tool" / "ct2", **settings)
    if workers is not None:  # one batch at a time on all cores
        engine.workers = workers
        engine.threads = workers * intra
    engine.forced_length = forced
    engine.select_target(target)
    return engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="cs", choices=("cs", "en"))
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--n", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated levers (default: all)")
    args = parser.parse_args()
    from real_size import ROUTES, prepare_real
    from throughput import CACHE

    spec = prepare_real(args.n)
    model = CACHE / ROUTES[args.target][0]
    import json

    sentences = json.loads(Path(spec["sentences"]).read_text())
    names = [n for n in (args.only.split(",") if args.only else LEVERS) if n in LEVERS]
    if "before" not in names:
        names.insert(0, "before")
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    print(f"vi->{args.target} beam {args.beam}, {args.n} sentences, load "
          f"{os.getloadavg()[0]:.2f}", flush=True)
    for round_ in range(args.rounds):
        order = names[round_ % len(names):] + names[: round_ % len(names)]
        for name in order:
            engine = engine_for(model, args.target, args.beam, LEVERS[name])
            engine.translate(sentences[:2], "vi", args.target)  # warm: allocations, first run
            started, cpu_started = time.perf_counter(), time.process_time()
            engine.translate(sentences, "vi", args.target)
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - cpu_started)
            print(f"  round {round_} {name:13s} {wall[name][-1]:6.1f} s wall "
                  f"{cpu[name][-1]:6.1f} s CPU  load {os.getloadavg()[0]:.2f}", flush=True)
            del engine
    base_wall, base_cpu = statistics.median(wall["before"]), statistics.median(cpu["before"])
    print(f"\n| lever (vi->{args.target}, beam {args.beam}) | wall s median | CPU s median | "
          "speed-up by wall | by CPU |")
    print("|---|---|---|---|---|")
    for name in names:
        w, c = statistics.median(wall[name]), statistics.median(cpu[name])
        print(f"| {name} | {w:.1f} | {c:.1f} | {base_wall / w:.2f} | {base_cpu / c:.2f} |")


if __name__ == "__main__":
    main()
