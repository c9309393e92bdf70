"""The shipped glossaries: package data, on by default from any folder, content checked, and a
project's own glossaries adding to and overriding them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from translate.cli import app
from translate.config import Config, load_config
from translate.terms.files import (
    SHIPPED_DIR,
    describe_glossaries,
    load_glossary,
    load_project_glossaries,
    load_shipped_glossaries,
    shipped_glossary_paths,
)
from translate.terms.lint import check_glossary
from translate.terms.model import split_alternatives
from translate.terms.tsv import read_tsv, write_tsv

runner = CliRunner()


@pytest.fixture(scope="module")
def shipped():
    return load_shipped_glossaries()


def test_shipped_glossaries_are_package_data():
    assert SHIPPED_DIR.is_relative_to(Path(__import__("translate").__file__).parent)
    names = {p.name for p in shipped_glossary_paths()}
    assert {"vi-cs.tsv", "vi-en.tsv", "vi-cs.bodies-places.tsv", "vi-en.phrases.tsv"} <= names


def test_a_thousand_concepts_in_each_language_with_source_notes(shipped):
    for lang in ("cs", "en"):
        assert sum(bool(e.targets.get(lang)) for e in shipped.entries) >= 1000
    for path in shipped_glossary_paths():
        for entry in load_glossary(path).entries:
            assert entry.note.strip(), f"{path.name}:{entry.line} has no source note"


def test_shipped_set_has_no_conflicts_or_duplicates(shipped):
    problems = check_glossary(shipped)
    assert not [p.render() for p in problems if p.severity == "error"]
    assert not [p.render() for p in problems if p.code == "duplicate-term"]


def test_every_genitive_matches_its_renderings(shipped):
    for entry in shipped.entries:
        for lang, gens in entry.genitive.items():
            assert len(gens) == len(entry.targets.get(lang, ())), entry.concept


def test_cs_gen_column_round_trips(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("id\tvi\tcs\tcs_gen\tnote\nx\tBộ Nội vụ\tMinisterstvo vnitra\t"
                    "Ministerstva vnitra\town\n", "utf-8")
    g = read_tsv(path)
    assert g.entries[0].genitive == {"cs": ("Ministerstva vnitra",)}
    write_tsv(g, tmp_path / "out.tsv")
    assert read_tsv(tmp_path / "out.tsv").signature == g.signature
    assert "cs_gen" in (tmp_path / "out.tsv").read_text("utf-8").splitlines()[0].split("\t")


def test_empty_folder_gets_the_shipped_glossaries_and_the_grammar(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    g = load_project_glossaries(config)
    assert g is not None and g.grammar is not None and len(g) >= 1000
    line = describe_glossaries(config, g)
    assert line.startswith("glossaries: shipped (") and "title grammar" in line
    assert f"{len(g)} concepts" in line


def test_project_glossary_adds_and_overrides(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "own.tsv").write_text(
        "id\tvi\tcs\tnote\n"
        "party.provincial.secretary\tBí thư Tỉnh ủy\tkrajský tajemník\thouse style\n"
        "own.term\tchuyển đổi xanh\tzelená transformace\thouse style\n", "utf-8")
    config = load_config(None)
    g = load_project_glossaries(config)
    assert g.get("party.provincial.secretary").target("cs") == "krajský tajemník"
    assert g.get("party.provincial.secretary").target("en")  # the shipped English stays
    assert g.get("own.term") is not None and g.get("state.moha") is not None
    assert "project (glossaries/own.tsv)" in describe_glossaries(config, g)


def test_shipped_can_be_switched_off_and_none_is_a_warning(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate.toml").write_text("[glossary]\nshipped = false\n", "utf-8")
    config = load_config(None)
    assert config.shipped_glossaries is False
    assert load_project_glossaries(config) is None
    assert describe_glossaries(config, None).startswith("no glossary")


def test_explicit_glossary_files_are_exactly_those(tmp_path):
    own = tmp_path / "own.tsv"
    own.write_text("id\tvi\tcs\tnote\nx\tchuyển đổi xanh\tzelená transformace\town\n", "utf-8")
    config = Config(glossaries=(own,), shipped_glossaries=False)
    g = load_project_glossaries(config)
    assert [e.concept for e in g.entries] == ["x"] and g.grammar is None


def test_terms_without_glossary_uses_every_shipped_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    text = "Phó Chủ tịch UBND huyện Cẩm Xuyên Nguyễn Thị Thanh Nga dự hội nghị.\n"
    article.write_text(text, "utf-8")
    result = runner.invoke(app, ["terms", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    title = rows[0]
    assert set(title) == {"segment", "start", "end", "source", "concept", "kind", "targets"}
    assert title["source"] == "Phó Chủ tịch UBND huyện Cẩm Xuyên"
    assert title["concept"] == "title:vice_chair+pc+district@cam_xuyen"
    assert title["kind"] == "term"
    assert title["targets"]["cs"][0].startswith("místopředsedkyně lidového výboru okresu")
    assert title["targets"]["en"][0].startswith("Vice Chairwoman of the Cam Xuyen district")
    narrowed = runner.invoke(app, ["terms", str(article), "--format", "json", "--glossary",
                                   str(SHIPPED_DIR / "vi-cs.tsv")])
    rows = [json.loads(line) for line in narrowed.stdout.splitlines()]
    assert all(set(r["targets"]) == {"cs"} for r in rows)
    assert not any(str(r["concept"]).startswith("title:") for r in rows)


def test_place_names_follow_the_projects_diacritics_style(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate.toml").write_text("[locale]\nkeep_name_diacritics = false\n", "utf-8")
    g = load_project_glossaries(load_config(None))
    assert split_alternatives("|".join(g.get("place.ha_tinh").targets["cs"]))[:2] == (
        "Ha Tinh", "Hà Tĩnh")
    assert g.get("place.hanoi").target("cs") == "Hanoj"
    assert g.grammar.keep_place_diacritics is False


def test_glossary_check_merges_several_files_and_defaults_to_the_shipped_set(tmp_path):
    result = runner.invoke(app, ["glossary", "check"])
    assert result.exit_code == 0, result.output
    assert "shipped glossaries:" in result.output and " 0 errors" in result.output
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("id\tvi\tcs\tnote\nx\tBí thư\ttajemník\town\n", "utf-8")
    b.write_text("id\tvi\tcs\tnote\ny\tBí thư\tsekretář\town\n", "utf-8")
    result = runner.invoke(app, ["glossary", "check", str(a), str(b)])
    assert result.exit_code == 1 and "conflict" in result.output


def test_genitive_count_is_checked(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("id\tvi\tcs\tcs_gen\tnote\nx\tSở Y tế\todbor zdravotnictví|zdravotnictví\t"
                    "odboru zdravotnictví\town\n", "utf-8")
    problems = check_glossary(read_tsv(path))
    assert [p.code for p in problems] == ["genitive-count"]
