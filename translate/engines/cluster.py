"""A batch larger than one machine: CTranslate2 workers on a Ray cluster.

The driver (the `translate run` process) tokenises the batch's distinct sentences and cuts them
into exactly the length-sorted batches a local run would decode; each batch's tokens go to one
Ray actor, a worker holding one `CTranslate2Engine` loaded once, and the candidates come back to
the driver, which drafts, checks and writes the PO files as a local run does. The same batches
on the same single-threaded CTranslate2 decoder give the same drafts as a local run, so the
translation cache is shared between the two.

Batches are yielded as they land (`translate_stream`), so the translation cache stores them at
once and a run killed half-way sends only what is missing when started again. Workers are
restarted by Ray when their process dies (`max_restarts=-1`) and their unfinished batches are
resubmitted (`max_task_retries=-1`); a batch whose worker cannot be restarted goes to a fresh
worker, up to `RETRIES` times. This is the pattern of Ray's batch-inference examples and
NVIDIA NeMo-Curator: a pool of stateful actors, each loading the model once.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from translate.config import ClusterConfig
from translate.engines.base import Candidate, ProgressCallback, collect
from translate.engines.ct2 import CTranslate2Engine
from translate.engines.models import resolve_model
from translate.errors import ClusterError, InputError

RETRIES = 3  # fresh workers tried for one batch after Ray gave up restarting its worker
IN_FLIGHT = 2  # batches queued per worker, so none waits for the driver between batches
INSTALL_HINT = 'install the cluster extra: pip install -e ".[cluster]" (or pip install ray)'


def require_ray():
    """The `ray` module, or an `InputError` that says how to install it."""
    try:
        import ray
    except ImportError:
        raise InputError("--cluster ray needs Ray, which is not installed",
                         hint=INSTALL_HINT) from None
    return ray


class TranslatorWorker:
    """One Ray actor: a CTranslate2 engine loaded once, decoding whole batches on request."""

    def __init__(self, model_path: str, model_id: str, options: dict) -> None:
        path = Path(model_path)
        if not path.is_dir():  # another machine: find the model in its own cache (or fetch it)
            path = resolve_model(model_id)
        self.engine = CTranslate2Engine(path, model_id, **options)

    def pid(self) -> int:
        return os.getpid()

    def describe(self) -> str:
        return self.engine.describe()

    def translate(self, tokens: list[list[str]], target: str,
                  n_best: int) -> list[list[Candidate]]:
        """One batch of source tokens (the driver tokenised them to cut the batches, with the
        same model's tokeniser), decoded as one CTranslate2 call, exactly as the local engine
        does."""
        batch = list(range(len(tokens)))
        for _, candidates in self.engine.decode_batches(tokens, [batch], target, n_best):
            return candidates
        return []


class RayEngine:
    """Engine protocol over a pool of `TranslatorWorker` actors on a Ray cluster."""

    name = CTranslate2Engine.name  # the drafts are CTranslate2's: same PO provenance

    def __init__(self, model_path: Path, model_id: str, cluster: ClusterConfig, *,
                 beam_size: int = 4, max_batch_tokens: int | None = None,
                 restrict_vocab: bool = True, threads: int | None = None) -> None:
        ray = require_ray()
        self.model_id = model_id
        self.cluster = cluster
        # The driver's engine only tokenises and cuts batches, exactly as a local run on this
        # machine would (`threads` as there): it never loads the model.
        self.local = CTranslate2Engine(model_path, model_id, beam_size=beam_size,
                                       device=cluster.device, threads=threads,
                                       max_batch_tokens=max_batch_tokens,
                                       restrict_vocab=restrict_vocab, check_device=False)
        self.options = {"beam_size": beam_size, "device": cluster.device,
                        "threads": cluster.cpus_per_worker,
                        "max_batch_tokens": self.local.max_batch_tokens,
                        "restrict_vocab": restrict_vocab}
        self.model_path = str(model_path)
        if not ray.is_initialized():
            ray.init(address=cluster.address or None, include_dashboard=False,
                     log_to_driver=False, configure_logging=False)
        gpus = cluster.gpus_per_worker if cluster.device == "cuda" else 0
        self._actor_class = ray.remote(num_cpus=cluster.cpus_per_worker, num_gpus=gpus,
                                       max_restarts=-1, max_task_retries=-1)(TranslatorWorker)
        self.workers = [self._new_worker() for _ in range(self._worker_count(ray))]

    def _worker_count(self, ray) -> int:
        if self.cluster.workers:
            return self.cluster.workers
        resources = ray.cluster_resources()
        if self.cluster.device == "cuda":
            return max(1, int(resources.get("GPU", 0) // self.cluster.gpus_per_worker))
        return max(1, int(resources.get("CPU", 1) // self.cluster.cpus_per_worker))

    def _new_worker(self):
        return self._actor_class.remote(self.model_path, self.model_id, self.options)

    @property
    def settings(self) -> dict:
        """The local engine's settings: a cluster run and a local run share the cache."""
        return self.local.settings

    def describe(self) -> str:
        where = self.cluster.address or "a local Ray instance"
        return (f"ctranslate2 on Ray ({where}), {len(self.workers)} workers x "
                f"{self.cluster.cpus_per_worker} threads, {self.cluster.device}, "
                f"beam {self.local.beam_size}")

    def translate(self, sentences: Sequence[str], source: str, target: str, n_best: int = 1,
                  progress: ProgressCallback | None = None) -> list[list[Candidate]]:
        return collect(self.translate_stream(sentences, source, target, n_best), len(sentences),
                       progress)

    def translate_stream(self, sentences: Sequence[str], source: str, target: str,
                         n_best: int = 1) -> Iterator[tuple[list[int], list[list[Candidate]]]]:
        """(indices, candidates) per batch, in the order batches finish."""
        import ray

        if not sentences:
            return
        self.local._prefix(target)  # an unknown target fails here, not in every worker
        tokens, batches = self.local.batches(sentences, source)
        queue = deque(batches)
        running: dict = {}  # object ref -> (worker index, batch, attempts)

        def submit(worker: int, batch: list[int], attempts: int = 0) -> None:
            ref = self.workers[worker].translate.remote([tokens[i] for i in batch], target,
                                                        n_best)
            running[ref] = (worker, batch, attempts)

        for worker in range(len(self.workers)):
            for _ in range(IN_FLIGHT):
                if queue:
                    submit(worker, queue.popleft())
        while running:
            done, _ = ray.wait(list(running), num_returns=1)
            worker, batch, attempts = running.pop(done[0])
            try:
                candidates = ray.get(done[0])
            except ray.exceptions.RayActorError as exc:  # Ray could not restart the worker
                if attempts >= RETRIES:
                    raise ClusterError(
                        f"a cluster worker failed {attempts + 1} times on one batch "
                        f"({str(exc).splitlines()[0]}); check the cluster (ray status) and run "
                        "again: finished batches are in the translation cache") from None
                self.workers[worker] = self._new_worker()
                submit(worker, batch, attempts + 1)
                continue
            yield batch, candidates
            if queue:
                submit(worker, queue.popleft())
