"""A fast slice of the bad-input matrix (`bench/bad_inputs.py`): one case of each kind, each a
real `translate` process with a timeout, judged the same way as the full run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FAST = (
    "segment/article-md:fifo", "run/article-md:fifo", "build/article-md:dev-zero",
    "terms/article-md:link-to-fifo", "segment/article-md:binary-elf",
    "segment/article-md:tcvn3", "segment/article-md:vni", "segment/article-md:utf16",
    "check/po:fifo", "stats/po:folder", "learn/po:fifo", "check/po:huge-msgid",
    "memory-import/tmx:not-tmx", "memory-import/tmx:fifo", "learn/tmx:entity-bomb",
    "glossary-check/glossary-csv:csv", "glossary-convert/glossary-tbx:tbx-not-tbx",
    "terms/glossary-tsv:fifo", "eval/tsv:fifo", "eval/tsv:is-a-folder",
    "run/cache:corrupt", "run/lock:symlink", "run/--to:newline", "run/article:newline-in-name",
    "report/po:markup-in-model-and-language-html", "build/out-lang:symlink",
    "build/po:reviewed-html-refused", "run/config:fifo", "segment/article:huge-60MB",
    "learn/disk:full", "glossary-convert/disk:full",
)


@pytest.fixture(scope="module")
def harness(tiny_marian, tmp_path_factory):
    spec = importlib.util.spec_from_file_location("bad_inputs", REPO / "bench" / "bad_inputs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bad_inputs"] = module
    spec.loader.exec_module(module)
    return module, module.prepare(tmp_path_factory.mktemp("bad-inputs"), REPO, sys.executable,
                                  model=tiny_marian)


def test_every_kind_of_bad_input_is_one_clear_line(harness):
    module, runner = harness
    cases = {c.id: c for c in module.all_cases()}
    assert set(FAST) <= set(cases), set(FAST) - set(cases)
    failed = []
    for case_id in FAST:
        result = runner.run(cases[case_id])
        if result.outcome not in (module.OK, module.SKIPPED):
            failed.append(f"{result.outcome} {case_id}: {result.detail}")
    assert not failed, "\n".join(failed)
