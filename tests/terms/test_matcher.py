import re
import unicodedata
from pathlib import Path

import pytest

from translate.draft.protect import find_tokens
from translate.terms import Entry, Glossary, load_glossary
from translate.terms.files import SHIPPED_DIR
from translate.terms.matcher import TermMatcher

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "terms_vi.tsv"
MARK = re.compile(r"\{\{(.+?)\|([^{}|]+)\}\}")


def load_rows():
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("id\t"):
            continue
        rid, form, annotated, spans = line.split("\t")
        rows.append((rid, form, annotated, spans))
    return rows


def derive(annotated, form):
    """Plain text and spans from the inline marks (offsets into the text as fed)."""
    out, spans, pos = "", [], 0
    conv = (lambda s: unicodedata.normalize("NFD", s)) if form == "nfd" else (lambda s: s)
    for m in MARK.finditer(annotated):
        out += annotated[pos : m.start()]
        start = len(conv(out))
        out += m.group(1)
        spans.append((start, len(conv(out)), m.group(2)))
        pos = m.end()
    out += annotated[pos:]
    return conv(out), spans


ROWS = load_rows()


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(SHIPPED_DIR / "vi-cs.tsv")


@pytest.fixture(scope="module")
def matcher(glossary):
    return TermMatcher(glossary)


def test_data_set_size_and_coverage():
    assert len(ROWS) >= 80
    forms = {r[1] for r in ROWS}
    assert forms == {"nfc", "nfd"}
    text = "\n".join(r[2] for r in ROWS)
    assert "uỷ" in text and "ủy" in text and "hoà" in text and "hòa" in text


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_spans_column_matches_marks(row):
    rid, form, annotated, spans = row
    text, derived = derive(annotated, form)
    listed = [
        (int(s), int(e), label) for s, e, label in (x.split(":", 2) for x in spans.split(";"))
    ]
    assert listed == derived
    for s, e, _ in listed:
        assert text[s:e].strip() == text[s:e] and text[s:e]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_exact_spans(row, glossary, matcher):
    rid, form, annotated, _ = row
    text, expected = derive(annotated, form)
    tokens = find_tokens(text, glossary)
    got = [(t.start, t.end, "#" + ("docref" if t.kind == "docref" else t.kind)) for t in tokens]
    got += [
        (m.start, m.end, m.concept)
        for m in matcher.find(text, skip=[(t.start, t.end) for t in tokens])
    ]
    assert sorted(got) == sorted(expected)


def test_longest_match_wins(matcher):
    text = "Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy và Bí thư chi đoàn"
    found = [(m.source, m.concept) for m in matcher.find(text)]
    assert found[:3] == [
        ("Phó Bí thư Tỉnh ủy", "party.provincial.deputy_secretary"),
        ("Bí thư Tỉnh ủy", "party.provincial.secretary"),
        ("Bí thư", "party.secretary"),
    ]


def test_whole_syllables_only(matcher):
    assert [m.concept for m in matcher.find("Bíthư Tỉnhủy thưởng")] == []
    assert [m.concept for m in matcher.find("huyệnđội")] == []


def test_abbreviation_is_a_case_sensitive_variant(matcher):
    assert [m.concept for m in matcher.find("UBND tỉnh")] == ["local.pc.province"]
    assert [m.concept for m in matcher.find("ubnd tỉnh")] == ["local.province"]


def test_case_sensitive_entry_ignores_lower_case(matcher):
    assert matcher.find("toàn bộ cơ sở") == []
    assert [m.concept for m in matcher.find("Bộ và Sở")] == ["state.ministry", "local.department"]


def test_case_insensitive_entry_matches_any_case(matcher):
    assert [m.concept for m in matcher.find("BÍ THƯ TỈNH ỦY")] == ["party.provincial.secretary"]


def test_nfd_offsets_point_into_the_nfd_text(matcher):
    text = unicodedata.normalize("NFD", "Ông là Uỷ viên Bộ Chính trị.")
    (m,) = matcher.find(text)
    assert text[m.start : m.end] == m.source
    assert unicodedata.normalize("NFC", m.source) == "Uỷ viên Bộ Chính trị"


def test_skip_spans_hide_terms(matcher):
    text = "Nghị quyết của Tỉnh ủy"
    assert [m.concept for m in matcher.find(text, skip=[(0, 10)])] == ["party.provincial"]


def test_conflicting_concepts_are_named():
    g = Glossary(
        [
            Entry("a", "Bí thư", targets={"cs": ("tajemník",)}),
            Entry("b", "Bí thư", targets={"cs": ("sekretář",)}),
        ]
    )
    (m,) = TermMatcher(g).find("Bí thư")
    assert m.concept == "a" and m.alternatives == ("b",)
    assert m.targets["cs"] == ("tajemník",)


def test_punctuation_inside_terms():
    g = Glossary([Entry("x", "kinh tế - xã hội", targets={"cs": ("socioekonomický",)})])
    matcher = TermMatcher(g)
    for text in ["kinh tế - xã hội", "kinh tế – xã hội", "kinh tế-xã hội"]:
        assert [m.source for m in matcher.find(text)] == [text]
    assert matcher.find("kinh tế xã hội") == []


def test_cli_terms_json_contract(tmp_path):
    import json

    from typer.testing import CliRunner

    from translate.cli import app

    article = tmp_path / "a.txt"
    text = "Tin tỉnh\n\nBí thư Tỉnh uỷ ký Quyết định số 657-QĐ/TU ngày 25/8/2023.\n"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["terms", str(article), "--glossary", str(SHIPPED_DIR / "vi-cs.tsv"),
              "--format", "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    for row in rows:
        assert set(row) == {"segment", "start", "end", "source", "concept", "kind", "targets"}
        assert text[row["start"] : row["end"]] == row["source"]
    by_source = {r["source"]: r for r in rows}
    assert by_source["Bí thư Tỉnh uỷ"]["concept"] == "party.provincial.secretary"
    assert by_source["Bí thư Tỉnh uỷ"]["kind"] == "term"
    assert by_source["Bí thư Tỉnh uỷ"]["segment"] == 1
    docref = by_source["Quyết định số 657-QĐ/TU"]
    assert docref["kind"] == "protected" and docref["targets"] == {
        "cs": ["rozhodnutí č. 657-QĐ/TU"]
    }
    assert by_source["25/8/2023"]["concept"] is None
    assert by_source["tỉnh"]["segment"] == 0


def test_cli_glossary_check_exit_codes(tmp_path):
    from typer.testing import CliRunner

    from translate.cli import app

    runner = CliRunner()
    ok = runner.invoke(app, ["glossary", "check", str(SHIPPED_DIR / "vi-en.tsv")])
    assert ok.exit_code == 0
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tvi\tcs\na\tBí thư\ttajemník\nb\tBí thư\tsekretář\n", encoding="utf-8")
    result = runner.invoke(app, ["glossary", "check", str(bad)])
    assert result.exit_code == 1 and "conflict" in result.stdout
    broken = tmp_path / "broken.tsv"
    broken.write_text("id\tcs\n", encoding="utf-8")
    result = runner.invoke(app, ["glossary", "check", str(broken)])
    assert result.exit_code == 2 and "broken.tsv:1:1" in result.output


@pytest.mark.parametrize("text, found", [
    ("Kỳ họp đã thông qua 26 nghị quyết quan trọng.", ["nghị quyết"]),
    ("Tỉnh công bố các quyết định bổ nhiệm.", ["quyết định"]),
    ("Bộ Y tế vừa có công văn gửi các địa phương.", ["công văn"]),
    ("Quốc hội thông qua 51 luật.", ["luật"]),
    ("Chủ tịch ký quyết định số 12 về việc này.", ["quyết định"]),
    ("Hội nghị bàn và quyết định nhiều vấn đề.", []),
    ("Đồng chí phát biểu kết luận hội nghị.", []),
    ("Sản xuất theo kế hoạch, thi hành kỷ luật 3 đảng viên.", []),
    ("Các dự án luật được trình kỳ họp.", []),
])
def test_lower_case_doctype_names_a_document(matcher, text, found):
    """A document type in lower case is one only where it names a document: after a number,
    a quantifier or a verb that issues documents, or before its number."""
    got = [m.source for m in matcher.find(text) if m.kind == "doctype"]
    assert got == found
