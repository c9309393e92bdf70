"""Large inputs: `run`/`update` stay linear in article size, `check` in entry length.

1. An article's distinct sentences (`po.merge.source_units`): the set-based version against
   the list-membership one it replaced (the obvious way, which is quadratic: 10 MB took 32 s).
2. The whole of `run` except the model (read, segment, distinct sentences, mask, match the
   glossary, merge, write the PO), with an engine that echoes its input, at 1-8 MB: seconds per
   MB should stay flat.
3. `check` on one entry of growing length: the numbers check compares every number with every
   other, so entries past `MAX_CHECKED_CHARS` are reported as `long` instead of checked; the
   uncapped time of the same entry is printed beside it.

    python bench/large_inputs.py [--sizes 1,2,4,8]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from translate.config import Config  # noqa: E402
from translate.engines.base import Candidate  # noqa: E402
from translate.pipeline import run_batch  # noqa: E402
from translate.po.merge import SourceUnit, source_units  # noqa: E402
from translate.review.qa.base import CheckSettings, Pair  # noqa: E402
from translate.review.qa.runner import CHECK_FAMILIES, MAX_CHECKED_CHARS, check_pair  # noqa: E402
from translate.text.normalize import sentence_key  # noqa: E402

PARAGRAPH = ("Tổng thu ngân sách trên địa bàn tháng {i} ước đạt {i}.340 tỷ đồng, bằng 3,5% so "
             "với cùng kỳ năm trước. Tăng trưởng kinh tế ước đạt 6,2%. Hội nghị đã quán triệt "
             "Nghị quyết số {i}-NQ/TW của Bộ Chính trị.\n\n")


def article(size: int, distinct: int = 4000) -> str:
    out, n, i = [], 0, 0
    while n < size:
        p = PARAGRAPH.format(i=i % distinct)
        out.append(p)
        n += len(p.encode("utf-8"))
        i += 1
    return "".join(out)


def units_by_list(name, segments) -> list[SourceUnit]:
    """The replaced version: a reference is looked up in the unit's list before it is added."""
    by_key: dict[str, SourceUnit] = {}
    for segment in segments:
        key = sentence_key(segment.text)
        unit = by_key.get(key)
        if unit is None:
            by_key[key] = SourceUnit(segment.text, [(name, segment.line)], segment.kind)
        elif (name, segment.line) not in unit.references:
            unit.references.append((name, segment.line))
    return list(by_key.values())


class Echo:
    """Returns its input: isolates everything `run` does around the model."""

    name, model_id = "echo", "echo"

    def translate(self, sentences, source, target, n_best=1, progress=None):
        if progress:
            progress(len(sentences))
        return [[Candidate(s, 0.0)] * n_best for s in sentences]


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def bench_units(folder: Path, size_mb: int) -> None:
    from translate.articles import read_articles

    path = folder / f"u{size_mb}.md"
    path.write_text(article(size_mb << 20, distinct=200), encoding="utf-8")  # many repeats
    (read,) = read_articles([path], Config())
    new, units = timed(lambda: source_units(path.name, read.segments))
    old, units_old = timed(lambda: units_by_list(path.name, read.segments))
    assert [(u.text, u.references) for u in units] == [(u.text, u.references)
                                                        for u in units_old]
    print(f"distinct sentences, {size_mb} MB ({len(read.segments)} sentences): set {new:.2f} s, "
          f"list {old:.2f} s, list/set = {old / new:.0f}x")


def bench_run(folder: Path, sizes: list[int]) -> None:
    config = Config(use_cache=False,
                    glossaries=(REPO / "translate" / "data" / "glossaries" / "vi-cs.tsv",))
    model = folder / "echo-model"  # a folder is all `run` needs to find; Echo never reads it
    model.mkdir()
    (model / "config.json").write_text('{"model_type": "m2m_100"}', encoding="utf-8")
    per_mb = []
    for size_mb in sizes:
        path = folder / f"a{size_mb}.md"
        path.write_text(article(size_mb << 20), encoding="utf-8")
        seconds, result = timed(lambda p=path: run_batch(
            [p], ["cs"], folder / "po", config, model=str(model),
            opener=lambda *a: Echo()))
        per_mb.append(seconds / size_mb)
        print(f"run without the model, {size_mb} MB: {seconds:.1f} s ({seconds / size_mb:.1f} "
              f"s/MB, {result.drafted} sentences drafted)")
    print(f"s/MB at {sizes[-1]} MB / s/MB at {sizes[0]} MB = {per_mb[-1] / per_mb[0]:.2f} "
          "(1.0 = linear)")


def bench_check() -> None:
    settings = CheckSettings()
    for reps in (20, 60, 120, 240):
        source = " ".join(PARAGRAPH.format(i=i).strip() for i in range(reps))
        target = " ".join(f"Příjmy v měsíci {i} dosáhly {i} 340 mld. VND, 3,5 % meziročně, "
                          f"podle usnesení č. {i}-NQ/TW." for i in range(reps))
        chars = len(source) + len(target)
        capped, _ = timed(lambda s=source, t=target: check_pair(s, t, "cs", settings))
        pair = Pair(source, target, "cs", settings, None)
        if chars > 4 * MAX_CHECKED_CHARS:
            print(f"check, one entry of {chars} characters: {capped:.2f} s (over the cap: "
                  "reported as `long`; uncapped not run, it grows with the square)")
            continue
        uncapped, _ = timed(lambda p=pair: [f(p) for _, f in CHECK_FAMILIES])
        if chars > MAX_CHECKED_CHARS:
            print(f"check, one entry of {chars} characters: reported as `long` in "
                  f"{1000 * capped:.1f} ms; checking it anyway takes {uncapped:.2f} s")
        else:
            print(f"check, one entry of {chars} characters: checked in {capped:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="article sizes in MB")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_units(folder, sizes[-1])
        bench_run(folder, sizes)
    bench_check()


if __name__ == "__main__":
    main()
