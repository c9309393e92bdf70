"""Score translations against references: chrF++ and BLEU (sacrebleu), COMET when available.

A team wants to know how good a model is on its own material, and to compare it with another
system's output, so the hypotheses come either from a model (a `translate_fn` that runs the
normal pipeline) or from a file or column. Scores are reported with sacrebleu's signature,
so two numbers are only compared when they were computed the same way. COMET is used only
when `unbabel-comet` is importable and its model is already on disk: nothing is downloaded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from translate.errors import InputError
from translate.fileio import atomic_write_text, read_text
from translate.tables import read_table

__all__ = [
    "MetricScore",
    "EvalResult",
    "TestSet",
    "evaluate",
    "load_test_set",
    "read_lines",
    "read_tsv",
    "write_lines",
    "format_result",
    "DEFAULT_COMET_MODEL",
]

DEFAULT_COMET_MODEL = "Unbabel/wmt22-comet-da"


@dataclass(frozen=True)
class MetricScore:
    """One corpus-level score with the signature that says how it was computed."""

    name: str  # "chrF++", "BLEU", "COMET"
    score: float
    signature: str
    detail: str = ""  # sacrebleu's one-line rendering (BLEU n-gram precisions, BP...)


@dataclass
class EvalResult:
    segments: int
    scores: list[MetricScore] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # metric -> why it was not computed
    hypotheses: list[str] = field(default_factory=list)
    system: str = ""

    def score(self, name: str) -> float:
        for s in self.scores:
            if s.name == name:
                return s.score
        raise KeyError(name)

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["hypotheses"]
        return data


@dataclass
class TestSet:
    """A parallel test set: sources (may be empty when only scoring), references, hypotheses."""

    sources: list[str]
    references: list[str]
    hypotheses: list[str] | None = None
    description: str = ""


def read_lines(path: Path) -> list[str]:
    """One segment per line (trailing newline only stripped; empty lines are kept)."""
    text = read_text(path, "text file")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def write_lines(path: Path, lines: Sequence[str]) -> None:
    """Write one segment per line (line breaks inside a segment become spaces), atomically."""
    atomic_write_text(path, "".join(line.replace("\n", " ") + "\n" for line in lines))


def read_tsv(path: Path) -> dict[str, list[str]]:
    """A tab-separated test set with a header row, as columns."""
    return read_table(path, exact_width=True, what="TSV file").columns()


def _column(columns: dict[str, list[str]], name: str, path: Path, option: str) -> list[str]:
    if name not in columns:
        raise InputError(
            f"no column {name!r} (columns: {', '.join(columns)})", path=path,
            hint=f"name one of them with {option}",
        )  # fmt: skip
    return columns[name]


def load_test_set(
    *,
    tsv: Path | None = None,
    src: str | Path | None = None,
    ref: str | Path,
    hyp: Path | None = None,
    hyp_column: str | None = None,
    limit: int | None = None,
) -> TestSet:
    """Read a test set from a TSV (`src`/`ref`/`hyp_column` name columns) or plain files.

    With `tsv`, `src` and `ref` are column names (`--tsv ntrex.tsv --src vi --ref cs`);
    without it they are files with one segment per line. `hyp` is always a plain file.
    """
    if tsv is not None:
        columns = read_tsv(tsv)
        sources = _column(columns, str(src), tsv, "--src") if src else []
        references = _column(columns, str(ref), tsv, "--ref")
        hypotheses = _column(columns, hyp_column, tsv, "--hyp-column") if hyp_column else None
        description = f"{Path(tsv).name} {src or '-'}→{ref}"
    else:
        if hyp_column:
            raise InputError("--hyp-column needs --tsv", hint="or give --hyp FILE")
        sources = read_lines(Path(src)) if src else []
        references = read_lines(Path(ref))
        hypotheses = None
        description = f"{Path(ref).name}"
    if hyp is not None:
        hypotheses = read_lines(hyp)
    if limit is not None:
        sources, references = sources[:limit], references[:limit]
        hypotheses = hypotheses[:limit] if hypotheses is not None else None
    _check_lengths(sources, references, hypotheses, hyp)
    return TestSet(list(sources), list(references), hypotheses, description)


def _check_lengths(sources, references, hypotheses, hyp_path=None) -> None:
    if sources and len(sources) != len(references):
        raise InputError(
            f"{len(sources)} sources but {len(references)} references",
            hint="the files must be line-aligned",
        )
    if hypotheses is not None and len(hypotheses) != len(references):
        raise InputError(
            f"{len(hypotheses)} hypotheses but {len(references)} references",
            path=hyp_path,
            hint="the files must be line-aligned",
        )
    if not references:
        raise InputError("the test set is empty")


def evaluate(
    sources: Sequence[str] | None,
    hypotheses: Sequence[str] | None,
    references: Sequence[str],
    *,
    target_lang: str | None = None,
    translate_fn: Callable[[list[str]], list[str]] | None = None,
    comet: bool = True,
    comet_model: str = DEFAULT_COMET_MODEL,
    system: str = "",
) -> EvalResult:
    """chrF++ and BLEU of `hypotheses` against `references`, and COMET when possible.

    When `hypotheses` is None, `translate_fn(sources)` produces them (the normal pipeline).
    `target_lang` picks sacrebleu's BLEU tokenizer (zh, ja, ko need their own).
    """
    from sacrebleu.metrics import BLEU, CHRF

    references = list(references)
    sources = list(sources or [])
    if hypotheses is None:
        if translate_fn is None or not sources:
            raise InputError("no hypotheses", hint="give --hyp, --hyp-column or a model (--model)")
        hypotheses = list(translate_fn(sources))
    hypotheses = list(hypotheses)
    _check_lengths(sources, references, hypotheses)

    result = EvalResult(segments=len(references), hypotheses=hypotheses, system=system)
    for name, metric in (
        ("chrF++", CHRF(word_order=2)),
        ("BLEU", BLEU(trg_lang=target_lang or "")),
    ):
        score = metric.corpus_score(hypotheses, [references])
        result.scores.append(
            MetricScore(name, float(score.score), str(metric.get_signature()), str(score))
        )
    if comet:
        try:
            result.scores.append(_comet(sources, hypotheses, references, comet_model))
        except _Skipped as exc:
            result.skipped["COMET"] = str(exc)
    return result


class _Skipped(Exception):
    """A metric that cannot be computed here, with the reason for the user."""


def _comet(
    sources: list[str], hypotheses: list[str], references: list[str], model: str
) -> MetricScore:
    """COMET from a local checkpoint only (a path, or a model already in the HF cache)."""
    try:
        import comet  # noqa: F401  (unbabel-comet)
    except ImportError:
        raise _Skipped("unbabel-comet is not installed (pip install unbabel-comet)") from None
    if not sources:
        raise _Skipped("COMET needs the source sentences (give --src)")
    checkpoint = _comet_checkpoint(model)
    try:
        from comet import load_from_checkpoint

        scorer = load_from_checkpoint(str(checkpoint))
        data = [
            {"src": s, "mt": h, "ref": r}
            for s, h, r in zip(sources, hypotheses, references, strict=True)
        ]
        output = scorer.predict(data, batch_size=16, gpus=0, progress_bar=False)
    except Exception as exc:  # a broken or partial local model: say so, keep the other scores
        raise _Skipped(f"COMET model {model} could not be used: {exc}") from None
    import comet as comet_pkg

    version = getattr(comet_pkg, "__version__", "?")
    return MetricScore("COMET", float(output.system_score) * 100, f"model:{model}|comet:{version}")


def _comet_checkpoint(model: str) -> Path:
    path = Path(model)
    if path.is_file():
        return path
    if path.is_dir():
        found = sorted(path.glob("**/*.ckpt"))
        if found:
            return found[0]
        raise _Skipped(f"no .ckpt checkpoint under {path}")
    try:
        from huggingface_hub import snapshot_download

        local = Path(snapshot_download(model, local_files_only=True))
    except Exception:
        raise _Skipped(
            f"COMET model {model} is not downloaded (nothing is downloaded during eval; "
            f"get it once with `huggingface-cli download {model}`)"
        ) from None
    found = sorted(local.glob("**/*.ckpt"))
    if not found:
        raise _Skipped(f"no .ckpt checkpoint in the cached {model}")
    return found[0]


def format_result(result: EvalResult, as_json: bool = False) -> str:
    """Lines for the terminal (sacrebleu style, signature included), or JSON."""
    if as_json:
        return json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
    lines = []
    head = f"{result.system}: " if result.system else ""
    lines.append(f"{head}{result.segments} segments")
    for s in result.scores:
        lines.append(f"{s.name:7} {s.score:6.2f}   {s.signature}")
        if s.name == "BLEU" and s.detail:
            lines.append(f"{'':7} {s.detail}")
    for name, why in result.skipped.items():
        lines.append(f"{name:7} skipped: {why}")
    return "\n".join(lines)
