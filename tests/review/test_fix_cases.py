"""`check --fix` on the developer's own hand-written cases (tests/data/fix_cases.txt).

Each planted rendering must become the glossary term in its case, number and gender with the
rest of the sentence byte for byte; each already-right sentence must stay as it is. The few
cases the rules still get wrong are listed with the reason, strictly: fixing one is noticed.
"""

import importlib.util
from pathlib import Path

import pytest

from translate.review.fix import fix_text

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_fix", ROOT / "bench" / "fix.py")
bench_fix = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_fix)
CASES = bench_fix.load_cases()
KNOWN = {  # Czech that the context alone cannot decide, or renderings too far from the term
    "se svými zástupci": "`zástupci` alone, without `ministra`, is not taken for the title",
    "svého zástupce": "`zástupce` alone, without `ministra`, is not taken for the title",
    "lidovými výbory provincií": "`UBND các tỉnh` matches as two terms (`lidový výbor`, "
                                 "`provincie`), both present: the check passes",
    "lidových výborech provincií": "`UBND các tỉnh` matches as two terms (`lidový výbor`, "
                                   "`provincie`), both present: the check passes",
    "rezolučním dokumentu": "`dokument` for `usnesení`: a word no lexicon pairs with the term",
    "zástupkyním ministrů": "the rendering's plural complement is kept (several ministries)",
    # the sets disagree on the place noun between a title and a name: fix_test keeps it
    # (`předsedovi provinčního lidového výboru provincie Quảng Trị`), unseen, unseen3 and
    # unseen4 drop it; since issue 12f it goes where the term's adjective says it (three
    # independent authors against one), and this own case (written to keep it) says so
    # (`UBND provincie Lạng Sơn`: the place noun after a left abbreviation goes too, issue 12bv)
    "lidového výboru provincie Thanh Hóa Đỗ": "the place noun before a name goes (sets "
                                              "disagree)",
    "Stálé vedení provinčního výboru strany jednalo": "the term is there with an extra "
                                                      "adjective: a sentence that has the "
                                                      "term is not rewritten",
    "ředitelce provinčního odboru pro": "`Sở Kế hoạch và Đầu tư` loses to the title `Giám đốc "
                                        "Sở`, and the rendering's extra `provinčního` goes",
}


def _marks(item):
    reason = next((why for key, why in KNOWN.items() if key in item["expected"]
                   or key in item["cs"]), None)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize("item", [pytest.param(i, id=i["id"], marks=_marks(i)) for i in CASES])
def test_own_case(item, glossary, matcher):
    output, fixes = fix_text(item["vi"], item["cs"], "cs", glossary, matcher)
    assert output == item["expected"]
    assert bool(fixes) == (item["kind"] == "planted")


def test_cases_cover_every_case_and_number():
    planted = [i for i in CASES if i["kind"] == "planted"]
    assert {(i["case"], i["number"]) for i in planted} == {
        (c, n) for c in ("nom", "gen", "dat", "acc", "voc", "loc", "ins") for n in ("sg", "pl")}
    assert len(planted) >= 250 and len(CASES) - len(planted) >= 50


def test_every_form_of_every_glossary_term_is_left_alone(glossary, matcher):
    """The guard for `0 changes to sentences already right`: any of the 14 forms of any
    accepted rendering counts as the term, so nothing is replaced."""
    from translate.terms.inflect import inflect

    changed = []
    for entry in glossary.entries:
        if not entry.targets.get("cs") or not entry.source_terms:
            continue
        source = f"Báo cáo nhắc đến {entry.source_terms[0]}."
        for target in entry.targets["cs"]:
            for case in ("nom", "gen", "dat", "acc", "voc", "loc", "ins"):
                for number in ("sg", "pl"):
                    text = f"Zpráva zmiňuje: {inflect(target, case, number, 'cs')}."
                    if fix_text(source, text, "cs", glossary, matcher)[1]:
                        changed.append(text)
    assert changed == []
