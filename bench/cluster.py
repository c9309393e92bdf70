"""`translate run --cluster ray` against a local run: the same batch, the same machine.

A local Ray instance with this machine's cores (one worker per core, one CTranslate2 thread
each) against the local engine (one single-threaded worker per core): what the Ray round trip
and the per-worker model load cost, and what one worker delivers. The real-size models of
`bench/throughput.py --size real`, the first `--n` NTREX development sentences as one article,
natural output lengths under the early length limit (random weights never stop earlier, so
both runs decode the same number of tokens), no translation cache. Timed: `run_batch` from
start to PO files, Ray itself started beforehand (a cluster is already running).

Usage: python bench/cluster.py [--target cs|en] [--beam 4] [--n 48] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="cs", choices=("cs", "en"))
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--n", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    import ray
    from real_size import ROUTES, prepare_real
    from throughput import CACHE

    from translate.config import ClusterConfig, Config
    from translate.pipeline import run_batch

    spec = prepare_real(args.n)
    os.environ["VI_TRANSLATE_CACHE"] = spec["tool_cache"]  # the converted models, for workers
    cores = len(os.sched_getaffinity(0))
    ray.init(num_cpus=cores, include_dashboard=False, log_to_driver=False,
             configure_logging=False)
    model = str(CACHE / ROUTES[args.target][0])
    local = replace(Config(), use_cache=False, beam=args.beam,
                    glossary_dir=BENCH.parent / "glossaries")  # the shipped glossaries
    cluster = replace(local, cluster=ClusterConfig(backend="ray", workers=cores))
    times: dict[str, list[float]] = {"local": [], "ray": []}
    work = Path(spec["work"])
    for round_ in range(args.rounds):
        for name, config in (("local", local), ("ray", cluster))[:: 1 if round_ % 2 == 0
                                                                 else -1]:
            started = time.perf_counter()
            out = work / f"po-{name}-{round_}"  # a fresh folder: nothing already drafted
            shutil.rmtree(out, ignore_errors=True)
            result = run_batch([Path(spec["article"])], [args.target], out, config, model=model)
            times[name].append(time.perf_counter() - started)
            print(f"  {name}: {times[name][-1]:.1f} s, {result.drafted} sentences, load "
                  f"{os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
    po = [[x for x in (work / f"po-{name}-0" / args.target / "ntrex-article.po").read_text(
        encoding="utf-8").splitlines() if "Date:" not in x] for name in ("local", "ray")]
    same = po[0] == po[1]
    print(f"| vi->{args.target}, beam {args.beam}, {args.n} sentences | sentences/s (median) "
          "| seconds min / median | per worker sentences/s |")
    print("|---|---|---|---|")
    for name in ("local", "ray"):
        med = statistics.median(times[name])
        print(f"| {name} ({cores} workers) | {args.n / med:.2f} | {min(times[name]):.1f} / "
              f"{med:.1f} | {args.n / med / cores:.2f} |")
    print(f"ray/local = {statistics.median(times['local']) / statistics.median(times['ray']):.2f}"
          f" (median); same PO files: {same}")


if __name__ == "__main__":
    main()
