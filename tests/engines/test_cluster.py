"""`translate run --cluster ray`: a local Ray with 2 CPUs, started here, against a local run.

The cluster run must write the same PO files as a local run (same batches, same single-threaded
decoder), survive a worker that dies, and, killed half-way, resume with only what is missing.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from translate.config import ClusterConfig, Config, load_config
from translate.engines.cluster import require_ray
from translate.errors import InputError

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"


@pytest.fixture(scope="module")
def ray_address():
    ray = pytest.importorskip("ray")
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    yield ray.get_runtime_context().gcs_address
    if started:
        ray.shutdown()


def _po_files(folder: Path) -> dict[str, list[str]]:
    """PO files by relative path, without the header's dates."""
    return {
        str(p.relative_to(folder)): [x for x in p.read_text(encoding="utf-8").splitlines()
                                     if "Date:" not in x]
        for p in sorted(folder.rglob("*.po"))
    }


def _sentences(count: int) -> str:
    """`count` distinct one-sentence paragraphs without digits (digits are masked, so they
    would repeat), made by joining pairs of the corpus's sentences."""
    from translate.text.segment import split_sentences

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.*"))
                     if p.suffix in (".md", ".txt"))
    found = [text[s:e].strip("#-* \n") for s, e in split_sentences(text)]
    found = [x for x in dict.fromkeys(found)
             if len(x) > 20 and "\n" not in x and not any(c.isdigit() for c in x)]
    out = []
    for word in ("và", "còn", "nhưng"):
        for a, b in ((a, b) for a in found for b in found if a != b):
            pair = f"{a.rstrip('.')} {word} {b[0].lower()}{b[1:]}"
            if len(split_sentences(pair)) == 1:
                out.append(pair)
                if len(out) == count:
                    return "\n\n".join(out) + "\n"
    raise AssertionError(f"the corpus gives only {len(out)} sentences")


def test_cluster_run_writes_the_same_po_files_as_a_local_run(ray_address, tiny_m2m100,
                                                             tmp_path):
    from translate.pipeline import run_batch

    local = replace(Config(), use_cache=False, beam=2)
    cluster = replace(local, cluster=ClusterConfig(backend="ray", address=ray_address,
                                                   workers=2))
    sources = [CORPUS]
    a = run_batch(sources, ["cs", "de"], tmp_path / "local", local, model=str(tiny_m2m100))
    b = run_batch(sources, ["cs", "de"], tmp_path / "ray", cluster, model=str(tiny_m2m100))
    assert a.drafted == b.drafted > 0 and len(b.written) == 6
    assert _po_files(tmp_path / "local") == _po_files(tmp_path / "ray")


def test_a_worker_that_dies_is_replaced_and_its_batch_retried(ray_address, tiny_marian):
    import ray

    from translate.engines.cluster import RayEngine
    from translate.engines.ct2 import CTranslate2Engine

    sentences = _sentences(60).split("\n\n")[:60]
    engine = RayEngine(tiny_marian, "tiny", ClusterConfig(backend="ray", workers=2),
                       beam_size=2, max_batch_tokens=60)
    pids = ray.get([w.pid.remote() for w in engine.workers])
    got: list = [None] * len(sentences)
    for n, (indices, candidates) in enumerate(engine.translate_stream(sentences, "vi", "cs")):
        if n == 0:
            os.kill(pids[0], signal.SIGKILL)  # a worker dies with batches still queued on it
        for i, options in zip(indices, candidates, strict=True):
            got[i] = options
    local = CTranslate2Engine(tiny_marian, "tiny", beam_size=2, max_batch_tokens=60)
    assert got == local.translate(sentences, "vi", "cs")
    assert pids[0] not in ray.get([w.pid.remote() for w in engine.workers])  # replaced


def _cache_rows(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_run_killed_half_way_resumes_with_only_what_is_missing(ray_address, tiny_marian,
                                                                  tmp_path, monkeypatch):
    from translate.pipeline import run_batch

    (tmp_path / "article.txt").write_text(_sentences(80), encoding="utf-8")
    (tmp_path / "translate.toml").write_text(
        f'[engine]\nbeam = 2\nbatch_tokens = 48\n[cluster]\nbackend = "ray"\n'
        f'address = "{ray_address}"\nworkers = 2\n', encoding="utf-8")
    command = [sys.executable, "-m", "translate", "run", "article.txt", "--to", "cs",
               "--model", str(tiny_marian)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get(
        "PYTHONPATH", "")]))
    cache = tmp_path / ".translate-cache" / "cache.sqlite"
    first = subprocess.Popen(command, cwd=tmp_path, env=env, start_new_session=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while _cache_rows(cache) < 10 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(first.pid, signal.SIGKILL)  # the driver dies half-way through the batch
    first.wait()
    kept = _cache_rows(cache)
    assert first.returncode == -signal.SIGKILL, first.stdout.read().decode()
    assert 10 <= kept < 80 and not list(tmp_path.rglob("*.po"))  # nothing written yet

    second = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"80 sentences drafted ({kept} from the cache)" in second.stdout
    assert _cache_rows(cache) == 80

    monkeypatch.chdir(tmp_path)  # the same working folder (glossaries/, translate.toml)
    config = replace(load_config(tmp_path), cluster=ClusterConfig(), use_cache=False)
    run_batch([tmp_path / "article.txt"], ["cs"], tmp_path / "local", config,
              model=str(tiny_marian))
    assert _po_files(tmp_path / "po") == _po_files(tmp_path / "local")


def test_without_ray_the_message_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    with pytest.raises(InputError, match=r'pip install -e "\.\[cluster\]"'):
        require_ray()
    from typer.testing import CliRunner

    from translate.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Hội nghị bế mạc.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(article), "--to", "cs", "--model",
                                      str(tmp_path), "--cluster", "ray"])
    assert result.exit_code == 2 and ".[cluster]" in result.output
