"""bench/fix_en.py: English sets counted by bench/fix.py's `run`; the independent set is held
out (aggregates only) and missing until the lead copies it in (issue 12j; since 12l the
first is development data and the second, en-unseen2, is held out; since 12n the first two are
development data and the third, en-unseen3, is held out; since 12o the first three are
development data and the fourth, en-unseen4, is held out; since 12q the first four are
development data and the fifth, en-unseen5, is held out; since 12s the first five are
development data and the sixth, en-unseen6, is held out; since 12t the first six are
development data and the seventh, en-unseen7, is held out; since 12v the first seven are
development data and the eighth, en-unseen8, is held out; since 12x the first eight are
development data and the ninth, en-unseen9, is held out; since 12aa the first nine are
development data and the tenth, en-unseen10, is held out; since 12ac the first ten are
development data and the eleventh, en-unseen11, is held out; since 12ad the first eleven are
development data and the twelfth, en-unseen12, is held out; since 12af the first twelve are
development data and the thirteenth, en-unseen13, is held out; since 12ai the first thirteen
are development data and the fourteenth, en-unseen14, is held out; since 12ak the first
fourteen are development data and the fifteenth, en-unseen15, is held out; since 12am the
first fifteen are development data and the sixteenth, en-unseen16, is held out; since 12ao the
first sixteen are development data and the seventeenth, en-unseen17, is held out; since 12aq
the first seventeen are development data and the eighteenth, en-unseen18, is held out; since
12as the first eighteen are development data and the nineteenth, en-unseen19, is held out;
since 12au the first nineteen are development data and the twentieth, en-unseen20, is held
out; since 12aw the first twenty are development data and the twenty-first, en-unseen21, is
held out; since 12ay the first twenty-one are development data and the twenty-second,
en-unseen22, is held out; since 12ba the first twenty-two are development data and the
twenty-third, en-unseen23, is held out; since 12bb the first twenty-three are development data
and the twenty-fourth, en-unseen24, is held out; since 12be the first twenty-four are development
data and the twenty-fifth, en-unseen25, is held out; since 12bf the first twenty-five are
development data and the twenty-sixth, en-unseen26, is held out; since 12bi the first twenty-six
are development data and the twenty-seventh, en-unseen27, is held out; since 12bk the first
twenty-seven are development data and the twenty-eighth, en-unseen28, is held out; since 12bm the
first twenty-eight are development data and the twenty-ninth, en-unseen29, is held out; since
12bn the first twenty-nine are development data and the thirtieth, en-unseen30, is held out;
since 12bp the first thirty-one are development data and the thirty-second, en-unseen32, is held
out; since 12bq the first thirty-two are development data and the thirty-third, en-unseen33, is
held out; since 12bs the first thirty-three are development data and the thirty-fourth,
en-unseen34, is held out; since 12bu the first thirty-five are development data and the
thirty-sixth, en-unseen36, is held out; since 12bw the first thirty-six are development data
and the thirty-seventh, en-unseen37, is held out; since 12bx the first thirty-seven are
development data and the thirty-eighth, en-unseen38, is held out; since 12ca the first
thirty-nine are development data and the fortieth, en-unseen40, is held out; since 12cc the first
forty are development data and the forty-first, en-unseen41, is held out; since 12ce the first
forty-one are development data and the forty-second, en-unseen42, is held out; since 12cg the
first forty-two are development data and the forty-third, en-unseen43, is held out; since 12ch
the first forty-three are development data and the forty-fourth, en-unseen44, is held out;
since 12cj the first forty-four are development data and the forty-fifth, en-unseen45, is held
out; since 12cl the first forty-five are development data and the forty-sixth, en-unseen46, is
held out (the lead added en-unseen47 beside it); since 12cn the first forty-seven are development
data and the forty-eighth, en-unseen48, is held out; since 12cp the first forty-eight are
development data and the forty-ninth, en-unseen49, is held out; since 12cr the first forty-nine
are development data and the fiftieth, en-unseen50, is held out; the lead registered the
fifty-first, en-unseen51, beside it for the stop's final code; since 12ct the first fifty-one
are development data and the fifty-second, en-unseen52, is held out; since 12cv the first
fifty-two are development data and the fifty-third, en-unseen53, is held out; since 12cx the
first fifty-three are development data and the fifty-fourth, en-unseen54, is held out; the lead
registered the fifty-fifth, en-unseen55, beside it for the stop's final code)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("bench_fix_en", ROOT / "bench" / "fix_en.py")
bench_fix_en = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_fix_en)
bench_fix = sys.modules["fix"]
while str(ROOT / "bench") in sys.path:  # bench/'s scripts are not packages of the tests
    sys.path.remove(str(ROOT / "bench"))


def test_the_independent_english_set_is_held_out():
    assert bench_fix_en.HELD_OUT == ("en-unseen54", "en-unseen55")
    for name in bench_fix_en.HELD_OUT:
        assert bench_fix_en.SETS[name] == name.replace("-", "_")
    # every earlier set is development data (the round that freed each: bench/data/HELD_OUT.md)
    for n in range(1, 54):
        assert bench_fix_en.SETS[f"en-unseen{n}"] == f"en_unseen{n}"
    for n in (7, *range(10, 54)):
        assert bench_fix_en.SETS[f"en-own{n}"] == f"en_own_batch{n}"


def test_the_held_out_english_set_never_lists_failures(monkeypatch):
    shown = []
    monkeypatch.setattr(bench_fix_en, "load_glossary", lambda path: None)
    monkeypatch.setattr(bench_fix_en, "load_shipped_glossaries", lambda: None)
    monkeypatch.setattr(bench_fix_en, "TermMatcher", lambda glossary: None)
    monkeypatch.setattr(bench_fix_en, "run", lambda name, g, m, show, lang: shown.append(show))
    for n in range(55, 0, -1):
        monkeypatch.setattr(sys, "argv", ["fix_en.py", "--set", f"en-unseen{n}", "--show", "5"])
        bench_fix_en.main()
    assert shown == [0, 0] + [5] * 53


@pytest.mark.parametrize("n", [54, 55])
def test_a_missing_english_set_says_so_plainly(tmp_path, monkeypatch, n):
    monkeypatch.setattr(bench_fix, "DATA", tmp_path)
    monkeypatch.setattr(bench_fix, "ROOT", tmp_path.parent)
    monkeypatch.setattr(sys, "argv", ["fix_en.py", "--set", f"en-unseen{n}", "--show", "5"])
    with pytest.raises(SystemExit) as stop:
        bench_fix_en.main()
    assert f"fix_en_unseen{n}.jsonl" in str(stop.value) and "lead" in str(stop.value)


def test_the_bench_loads_what_check_fix_loads(glossaries_loaded):
    # issue 12ca: every shipped glossary merged (the product's default), `--glossary` one file
    loaded = glossaries_loaded(bench_fix_en, ["fix_en.py", "--set", "en-own42"])
    assert loaded == ["all", "mine.tsv"]


def test_english_items_are_counted_on_their_en_side(monkeypatch, capsys):
    item = {"id": "e-1", "vi": "Quốc hội họp.", "en": "The parliament met.", "kind": "planted",
            "expected": "The National Assembly met.", "number": "sg",
            "planted_kind": "alternative"}
    seen = []
    monkeypatch.setattr(bench_fix, "load", lambda name: [item])
    monkeypatch.setattr(bench_fix, "approved_changes", lambda items, glossary, lang: 0)
    monkeypatch.setattr(bench_fix, "fix_text",
                        lambda vi, text, lang, *a, **k: (seen.append(lang) or
                                                         "The National Assembly met.", []))
    monkeypatch.setattr(bench_fix, "baseline", lambda *a, **k: "The parliament met.")
    bench_fix.run("en_own_batch1", None, None, show=5, lang="en")
    out = capsys.readouterr().out
    assert seen == ["en"] and "fixed correctly 1/1" in out and "by case" not in out


def test_own_english_batch_is_well_formed():
    import json
    lines = (ROOT / "bench" / "data" / "fix_en_own_batch1.jsonl").read_text(
        encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    assert len(items) >= 50
    for item in items:
        if item["kind"] == "planted":
            assert item["en"].count(item["planted"]) == 1
            assert item["expected"] == item["en"].replace(item["planted"], item["replacement"], 1)
        else:
            assert item["en"] == item["expected"] and item["planted"] is None


def test_both_loadings_runs_the_set_twice(monkeypatch, capsys):
    # issue 12cc: what `check --fix` loads first, then vi-en.tsv alone, in one run
    loaded, ran = [], []
    monkeypatch.setattr(bench_fix_en, "load_shipped_glossaries", lambda: loaded.append("all"))
    monkeypatch.setattr(bench_fix_en, "load_glossary", lambda path: loaded.append(path.name))
    monkeypatch.setattr(bench_fix_en, "TermMatcher", lambda glossary: None)
    monkeypatch.setattr(bench_fix_en, "run", lambda name, g, m, show, lang: ran.append(show))
    monkeypatch.setattr(sys, "argv", ["fix_en.py", "--set", "en-unseen54", "--show", "3",
                                      "--both-loadings"])
    bench_fix_en.main()
    out = capsys.readouterr().out
    assert loaded == ["all", "vi-en.tsv"] and ran == [0, 0]
    assert out.index("what check --fix loads") < out.index("vi-en.tsv alone")
