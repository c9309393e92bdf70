import sys

import pytest

from translate.errors import InputError
from translate.review.evaluate import (
    EvalResult,
    evaluate,
    format_result,
    load_test_set,
    read_tsv,
)

REFS = [
    "Celkem se sjezdu zúčastnilo 19 340 delegátů.",
    "Růst dosáhl 3,5 % ve druhém čtvrtletí.",
    "Konference se konala 25. srpna 2023 v Hanoji.",
]


def test_references_against_themselves_score_100():
    result = evaluate(None, REFS, REFS, target_lang="cs", comet=False)
    assert result.segments == 3
    assert result.score("chrF++") == pytest.approx(100.0)
    assert result.score("BLEU") == pytest.approx(100.0)
    chrf = next(s for s in result.scores if s.name == "chrF++")
    assert "nw:2" in chrf.signature and "version:" in chrf.signature


def test_different_output_scores_lower():
    hyps = ["Kočka sedí na okně.", "Pes leží.", "Dnes prší."]
    result = evaluate(None, hyps, REFS, comet=False)
    assert result.score("chrF++") < 30
    assert result.score("BLEU") < 10


def test_translate_fn_produces_hypotheses():
    calls = []

    def translate_fn(sentences):
        calls.append(list(sentences))
        return [REFS[i] if i < 2 else "nic" for i in range(len(sentences))]

    result = evaluate(["a", "b", "c"], None, REFS, translate_fn=translate_fn, comet=False)
    assert calls == [["a", "b", "c"]]
    assert 40 < result.score("chrF++") < 100
    assert result.hypotheses[2] == "nic"


def test_no_hypotheses_is_an_input_error():
    with pytest.raises(InputError, match="no hypotheses"):
        evaluate(["a"], None, ["b"], comet=False)


def test_length_mismatch_is_an_input_error():
    with pytest.raises(InputError, match="2 hypotheses but 3 references"):
        evaluate(None, REFS[:2], REFS, comet=False)


def test_comet_skipped_with_reason_when_not_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, "comet", None)  # import comet -> ImportError
    result = evaluate(["a", "b", "c"], REFS, REFS)
    assert "not installed" in result.skipped["COMET"]
    assert [s.name for s in result.scores] == ["chrF++", "BLEU"]
    assert "COMET   skipped: unbabel-comet is not installed" in format_result(result)


def test_plain_files(tmp_path):
    src = tmp_path / "src.vi"
    ref = tmp_path / "ref.cs"
    hyp = tmp_path / "hyp.cs"
    src.write_text("a\nb\nc\n", encoding="utf-8")
    ref.write_text("\n".join(REFS) + "\n", encoding="utf-8")
    hyp.write_text("\n".join(REFS), encoding="utf-8")  # no final newline: same 3 lines
    test = load_test_set(src=src, ref=ref, hyp=hyp)
    assert (len(test.sources), len(test.references), len(test.hypotheses)) == (3, 3, 3)
    result = evaluate(test.sources, test.hypotheses, test.references, comet=False)
    assert result.score("chrF++") == pytest.approx(100.0)


def test_tsv_columns_and_errors(tmp_path):
    tsv = tmp_path / "set.tsv"
    tsv.write_text('id\tvi\tcs\n1\tXin chào "bạn"\tAhoj\n2\tCảm ơn\tDěkuji\n', encoding="utf-8")
    test = load_test_set(tsv=tsv, src="vi", ref="cs", hyp_column="cs")
    assert test.sources == ['Xin chào "bạn"', "Cảm ơn"]  # quotes are plain text in TSV
    assert test.hypotheses == ["Ahoj", "Děkuji"]
    with pytest.raises(InputError, match="no column 'de'"):
        load_test_set(tsv=tsv, src="vi", ref="de")
    bad = tmp_path / "bad.tsv"
    bad.write_text("vi\tcs\na\tb\nc\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_tsv(bad)
    assert err.value.line == 3


def test_hyp_column_needs_tsv(tmp_path):
    ref = tmp_path / "ref"
    ref.write_text("x\n", encoding="utf-8")
    with pytest.raises(InputError, match="--hyp-column needs --tsv"):
        load_test_set(ref=ref, hyp_column="cs")


def test_json_output():
    import json

    result = evaluate(None, REFS, REFS, comet=False, system="ref")
    data = json.loads(format_result(result, as_json=True))
    assert data["segments"] == 3 and data["system"] == "ref"
    assert {s["name"] for s in data["scores"]} == {"chrF++", "BLEU"}
    assert isinstance(result, EvalResult)


def test_ntrex_references_score_100(ntrex_path):
    test = load_test_set(tsv=ntrex_path, src="vi", ref="cs", hyp_column="cs")
    assert len(test.references) == 970
    result = evaluate(test.sources, test.hypotheses, test.references, comet=False)
    assert result.score("chrF++") == pytest.approx(100.0)
    other = load_test_set(tsv=ntrex_path, src="vi", ref="cs", hyp_column="en", limit=50)
    assert len(other.references) == 50
    assert evaluate(None, other.hypotheses, other.references, comet=False).score("chrF++") < 40


def test_cli_eval_hyp_file(tmp_path):
    from typer.testing import CliRunner

    from translate.cli import app

    ref = tmp_path / "ref.cs"
    ref.write_text("\n".join(REFS) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--ref", str(ref), "--hyp", str(ref), "--no-comet"])
    assert result.exit_code == 0, result.output
    assert "chrF++  100.00   nrefs:1|case:mixed|eff:yes|nc:6|nw:2" in result.output
    bad = CliRunner().invoke(app, ["eval", "--ref", str(ref), "--hyp", str(tmp_path / "nope")])
    assert bad.exit_code == 2
    assert "file not found" in bad.output


def test_cli_eval_tiny_model_on_ntrex(tiny_marian, ntrex_path, tmp_path, monkeypatch):
    """The whole path: NTREX source column -> normal pipeline (tiny model) -> sacrebleu."""
    import json

    from typer.testing import CliRunner

    from translate.cli import app

    monkeypatch.chdir(tmp_path)  # the translation cache and config are per working folder
    saved = tmp_path / "hyp.cs"
    args = [
        "eval",
        "--tsv",
        str(ntrex_path),
        "--src",
        "vi",
        "--ref",
        "cs",
        "--model",
        str(tiny_marian),
        "--limit",
        "12",
        "--no-comet",
        "--json",
        "--save-hyp",
        str(saved),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[result.output.index("{") :])
    assert data["segments"] == 12
    assert {s["name"] for s in data["scores"]} == {"chrF++", "BLEU"}
    assert all("version:" in s["signature"] for s in data["scores"])
    assert len(saved.read_text(encoding="utf-8").splitlines()) == 12


def test_written_files_are_readable_by_others(tmp_path):
    import os
    import stat

    from translate.review.evaluate import write_lines

    out = tmp_path / "hyp.txt"
    old = os.umask(0o022)
    try:
        write_lines(out, ["a\nb", "c"])
    finally:
        os.umask(old)
    assert out.read_text(encoding="utf-8") == "a b\nc\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


class _FakeComet:
    """Stands in for unbabel-comet: records what it was asked, returns a fixed score."""

    __version__ = "0.0-test"

    def __init__(self):
        self.loaded = []

    def load_from_checkpoint(self, path):
        self.loaded.append(path)

        class Model:
            def predict(self, data, batch_size, gpus, progress_bar):
                assert {"src", "mt", "ref"} <= set(data[0])

                class Output:
                    system_score = 0.8123

                return Output()

        return Model()


def test_comet_uses_a_local_checkpoint_only(monkeypatch, tmp_path):
    fake = _FakeComet()
    monkeypatch.setitem(sys.modules, "comet", fake)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = evaluate(["a", "b", "c"], REFS, REFS, comet_model=str(empty))
    assert "no .ckpt checkpoint" in result.skipped["COMET"]
    ckpt = tmp_path / "model" / "checkpoints" / "model.ckpt"
    ckpt.parent.mkdir(parents=True)
    ckpt.write_bytes(b"x")
    result = evaluate(["a", "b", "c"], REFS, REFS, comet_model=str(tmp_path / "model"))
    assert result.score("COMET") == pytest.approx(81.23)
    assert fake.loaded == [str(ckpt)]
    assert "model:" in next(s.signature for s in result.scores if s.name == "COMET")


def test_comet_model_not_downloaded_is_skipped_not_fetched(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "comet", _FakeComet())
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = evaluate(["a", "b", "c"], REFS, REFS, comet_model="Unbabel/no-such-model")
    assert "is not downloaded" in result.skipped["COMET"]
    assert [s.name for s in result.scores] == ["chrF++", "BLEU"]


def test_comet_needs_sources(monkeypatch):
    monkeypatch.setitem(sys.modules, "comet", _FakeComet())
    result = evaluate(None, REFS, REFS)
    assert "needs the source" in result.skipped["COMET"]
