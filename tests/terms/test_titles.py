"""The title grammar: composed titles, bodies and places found by the matcher, rendered per
language from the tables, with the holder's gender and the glossary's listed concepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from shipped_matching import found

from translate.draft.enforce import required_terms
from translate.errors import InputError
from translate.review.qa import CheckSettings, check_pair
from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher
from translate.terms.model import Glossary
from translate.terms.titles import TITLES_DIR, load_title_grammar
from translate.text.localize import strip_name_diacritics

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "title_examples.tsv"


@pytest.fixture(scope="module")
def glossary():
    return load_shipped_glossaries()


@pytest.fixture(scope="module")
def matcher(glossary):
    return TermMatcher(glossary)


@pytest.fixture(scope="module")
def plain_matcher():
    """Place names without diacritics, as the worked examples write them."""
    return TermMatcher(load_shipped_glossaries(keep_place_diacritics=False))


def whole(matcher, text: str):
    """The one match covering all of `text`."""
    found = [m for m in matcher.find(text) if (m.start, m.end) == (0, len(text))]
    assert found, [(m.source, m.concept) for m in matcher.find(text)]
    return found[0]


def worked_examples():
    rows = []
    for line in EXAMPLES.read_text("utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("vi\t"):
            continue
        vi, gender, place, cs, en, needs, _ = (line.split("\t") + [""] * 7)[:7]
        if needs or "kiêm" in vi or "Tỉnh ủy, Chủ tịch" in vi or vi == "Trưởng ban" \
                or vi.startswith("nguyên "):
            continue  # named bodies, two complete titles, bare listed role, `nguyên`: tested below
        rows.append(pytest.param(vi, gender, cs, en, id=vi))
    return rows


@pytest.mark.parametrize("vi, gender, cs, en", worked_examples())
def test_worked_examples_compose_from_the_tables(plain_matcher, vi, gender, cs, en):
    """The helpers' hand-composed examples (examples.tsv), as the tool composes them."""
    holder = "Nguyễn Thị Lan" if gender == "f" else "Nguyễn Văn Nam"
    text = f"{vi} {holder}"
    found = [m for m in plain_matcher.find(text) if m.start == 0]
    assert found and found[0].end == len(vi), [(m.source, m.concept) for m in found]
    targets = found[0].targets
    assert targets["cs"][0] == cs
    assert targets["en"][0].lower() == en.lower()


def test_unlisted_title_is_composed_with_an_id_and_both_languages(matcher):
    m = whole(matcher, "Phó Chủ tịch UBND huyện")
    assert m.concept == "title:vice_chair+pc+district"
    assert m.kind == "term"
    assert m.targets["cs"] == ("místopředseda okresního lidového výboru",
                               "místopředsedkyně okresního lidového výboru")
    assert m.targets["en"][0] == "Vice Chairman of the district People's Committee"


def test_role_sharing_its_body_word_and_a_committee(matcher):
    m = whole(matcher, "Phó Trưởng Ban Dân vận Tỉnh ủy")
    assert m.targets["cs"][0] == ("zástupce vedoucího komise provinčního výboru strany pro "
                                  "mobilizaci mas")
    assert m.targets["en"][0] == ("Deputy Head of the Mass Mobilisation Commission of the "
                                  "provincial Party Committee")


def test_female_holder_first_both_forms_accepted(matcher):
    text = "Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Thị Mai phát biểu."
    m = matcher.find(text)[0]
    assert m.source == "Phó Chủ tịch UBND tỉnh Hà Tĩnh"
    assert m.targets["cs"][:2] == ("místopředsedkyně lidového výboru provincie Hà Tĩnh",
                                   "místopředseda lidového výboru provincie Hà Tĩnh")
    assert m.targets["en"][0] == "Vice Chairwoman of the Ha Tinh provincial People's Committee"
    before = matcher.find("Bà Lê Hoa, Chủ tịch UBND xã Cẩm Bình, cho biết.")
    assert before[-1].targets["cs"][0].startswith("předsedkyně")
    male = matcher.find("Ông Lê Hùng, Chủ tịch UBND xã Cẩm Bình, cho biết.")
    assert male[-1].targets["cs"][0].startswith("předseda ")


def test_place_is_cut_before_the_holders_name(matcher):
    text = "Phó Chủ tịch Thường trực UBND huyện Cẩm Xuyên Nguyễn Thị Thanh Nga cho biết"
    m = matcher.find(text)[0]
    assert m.source == "Phó Chủ tịch Thường trực UBND huyện Cẩm Xuyên"
    assert m.concept == "title:permanent_vice_chair+pc+district@cam_xuyen"
    assert m.targets["cs"][0] == "první místopředsedkyně lidového výboru okresu Cẩm Xuyên"
    assert m.targets["en"][0] == ("Permanent Vice Chairwoman of the Cam Xuyen district "
                                  "People's Committee")


def test_coordinated_title_shares_its_committee(matcher):
    text = "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"
    m = whole(matcher, text)
    assert m.targets["cs"][0] == ("člen stálého výboru a vedoucí organizační komise "
                                  "provinčního výboru strany")
    assert m.targets["en"][0] == ("Member of the Standing Board and Head of the Organisation "
                                  "Commission of the provincial Party Committee")


def test_complete_titles_of_two_bodies_are_one_span_with_their_parts(matcher):
    # one span since the lead's ruling of round thirty (issue 11zd: a chain over two bodies is
    # one span); its two titles are its parts, read as before (test_coverage_round30.py)
    found = matcher.find("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An")
    assert [m.source for m in found] == ["Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An"]
    parts = found[0].parts
    assert [m.source for m in parts] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Nghệ An"]
    assert parts[0].concept == "party.provincial.deputy_secretary"  # listed: it wins


def test_listed_concept_wins_on_the_same_span_composition_on_a_longer_one(matcher):
    assert whole(matcher, "Bí thư Tỉnh ủy").concept == "party.provincial.secretary"
    longer = whole(matcher, "Bí thư Tỉnh ủy Hà Tĩnh")
    assert longer.concept.startswith("title:secretary+province@")
    assert longer.targets["cs"][0] == "tajemník výboru strany provincie Hà Tĩnh"


def test_modifier_and_portfolio(matcher):
    # `nguyên` (former) stays outside the span, as the independent annotators' rules have it
    found = [m for m in matcher.find("nguyên Phó Chủ tịch nước") if m.kind == "term"]
    assert [(m.source, m.targets["cs"][0]) for m in found] == [("Phó Chủ tịch nước",
                                                                 "viceprezident")]
    m = whole(matcher, "Thứ trưởng Bộ Nội vụ")
    assert m.targets["cs"][0] == "náměstek ministra vnitra"
    assert m.targets["en"][0] == "Deputy Minister of Home Affairs"


def test_bodies_and_places_on_their_own(matcher):
    body = whole(matcher, "UBND tỉnh Nghệ An")
    assert body.concept == "body:pc+province@place.nghe_an"
    assert body.targets["cs"][0] == "lidový výbor provincie Nghệ An"
    found = matcher.find("Người dân huyện Cẩm Xuyên đã")
    place = [m for m in found if m.source == "Cẩm Xuyên"]
    assert place and place[0].concept == "place:cam_xuyen"
    assert place[0].targets == {"cs": ("Cẩm Xuyên",), "en": ("Cam Xuyen",)}


def test_place_names_without_diacritics_by_project_style(plain_matcher):
    m = whole(plain_matcher, "Chủ tịch UBND huyện Cẩm Xuyên")
    assert m.targets["cs"][0] == "předseda lidového výboru okresu Cam Xuyen"
    ha_tinh = whole(plain_matcher, "Hà Tĩnh")
    assert ha_tinh.targets["cs"][:2] == ("Ha Tinh", "Hà Tĩnh")  # own spelling still accepted
    hanoi = whole(plain_matcher, "Hà Nội")
    assert hanoi.targets["cs"][0] == "Hanoj"  # an exonym is left alone


def test_composed_titles_are_required_in_drafts_and_checked(glossary, matcher):
    source = "Phó Chủ tịch UBND huyện Nguyễn Văn Nam phát biểu."
    required = required_terms(matcher.find(source), glossary, "cs")
    assert required[0].concept == "title:vice_chair+pc+district"
    assert required[0].target == "místopředseda okresního lidového výboru"
    settings = CheckSettings(glossary=glossary, checks=frozenset({"glossary"}))
    good = "Promluvil místopředseda okresního lidového výboru Nguyễn Văn Nam."
    inflected = "Místopředsedu okresního lidového výboru Nguyễn Văn Nama jsme vyslechli."
    bad = "Promluvil předseda okresu Nguyễn Văn Nam."
    assert not check_pair(source, good, "cs", settings, matcher)
    assert not check_pair(source, inflected, "cs", settings, matcher)
    # judged as `check --fix` judges it (issue 12cf): each listed concept inside the composed
    # title missing is reported (`Phó Chủ tịch`, `UBND huyện`), nothing but glossary issues
    issues = check_pair(source, bad, "cs", settings, matcher)
    assert issues and {i.check for i in issues} == {"glossary"}


def test_grammar_signature_is_part_of_the_glossary_signature(glossary):
    flat = Glossary(entries=glossary.entries, path=glossary.path)
    assert flat.signature != glossary.signature
    assert len(glossary.grammar.signature) == 12


def test_bad_title_table_names_file_and_line(tmp_path):
    for name in ("roles", "modifiers", "levels", "bodies", "surnames", "place_words"):
        source = TITLES_DIR / (f"{name}.tsv" if name not in ("surnames", "place_words")
                               else f"{name}.txt")
        (tmp_path / source.name).write_text(source.read_text("utf-8"), "utf-8")
    bodies = tmp_path / "bodies.tsv"
    lines = bodies.read_text("utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith("body.pc\t"))
    lines[row] = lines[row].replace("\tlevel\t", "\tsideways\t", 1)
    bodies.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError) as err:
        load_title_grammar(tmp_path)
    assert err.value.path == str(bodies) and err.value.line == row + 1
    assert "attach" in str(err.value)


def test_every_table_row_renders_without_empty_slots(plain_matcher):
    """Each role with each body it can take renders without a leftover `{slot}`."""
    grammar = plain_matcher.glossary.grammar
    bodies = [b for b in grammar.bodies if b.attach in ("level", "committee")]
    for body in bodies:
        level = next(lv for lv in grammar.levels if lv.id in body.levels)
        word = level.get("vi_committee") if body.attach == "committee" else level.get("vi")
        text = f"Phó Chủ tịch {body.terms[0]} {word}"
        for m in plain_matcher.find(text):
            for values in m.targets.values():
                assert not any("{" in v or "  " in v for v in values), (text, values)


def test_strip_keeps_codes():
    assert strip_name_diacritics("Cẩm Xuyên") == "Cam Xuyen"


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("Đại sứ Việt Nam tại Trung Quốc dự lễ.", "Đại sứ Việt Nam tại Trung Quốc",
     "velvyslanec Vietnamu pro Čínu", "Ambassador of Vietnam to China"),
    ("Đại sứ Việt Nam tại Cộng hòa Séc dự lễ.", "Đại sứ Việt Nam tại Cộng hòa Séc",
     "velvyslanec Vietnamu pro Českou republiku", "Ambassador of Vietnam to the Czech Republic"),
    ("Ông gặp Thủ tướng Philippines.", "Thủ tướng Philippines",
     "předseda vlády Filipín", "Prime Minister of the Philippines"),
    ("Ông làm việc với Đại sứ quán Hoa Kỳ.", "Đại sứ quán Hoa Kỳ",
     "velvyslanectví Spojených států", "Embassy of the United States"),
    ("Ông gặp lãnh đạo Bộ Ngoại giao Philippines.", "Bộ Ngoại giao Philippines",
     "Ministerstvo zahraničních věcí Filipín", "Ministry of Foreign Affairs of the Philippines"),
])
def test_where_a_diplomat_serves_is_in_the_accusative_after_pro(text, span, cs, en):
    """`pro` takes the accusative (`pro Čínu`, never `pro Čína`); English states named by a
    common noun take the article (`the Czech Republic`, `the Philippines`)."""
    match = found(TermMatcher(load_shipped_glossaries()), text, span)
    assert match.targets["cs"][0] == cs
    assert match.targets["en"][0] == en
