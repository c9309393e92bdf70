"""Glossary terms in foreign news: `check` and `check --fix` on right translations of
articles about abroad, and the Vietnamese domestic news they must still repair.

Sentences written for these tests (none from NTREX or the bench sets)."""

import subprocess
import sys
from pathlib import Path

import polib
import pytest

from translate.review.fix import fix_files, fix_text
from translate.review.qa.glossary import glossary_issues_of
from translate.review.qa.runner import check_files
from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher
from translate.terms.model import Entry, Glossary
from translate.terms.newscontext import HOME, NewsContext, enforced_matches, news_context


@pytest.fixture(scope="module")
def shipped():
    glossary = load_shipped_glossaries()
    return glossary, TermMatcher(glossary)


def _findings(shipped, vi, cs, context=None):
    glossary, matcher = shipped
    return [i.message for i in glossary_issues_of(vi, cs, "cs", glossary, matcher, context)]


def _fixed(shipped, vi, cs, context=None):
    glossary, matcher = shipped
    return fix_text(vi, cs, "cs", glossary, matcher, context)


# right Czech translations of news about abroad: no finding, nothing rewritten
RIGHT_ABROAD = [
    # a Vietnamese state body followed by a foreign name: that country's parliament
    ("Quốc hội Scotland đã thông qua luật mới về năng lượng gió.",
     "Skotský parlament schválil nový zákon o větrné energii."),
    ("Đại biểu Quốc hội Ontario Douglas Ford phát biểu tại Toronto.",
     "Poslanec ontarijského parlamentu Douglas Ford vystoupil v Torontu."),
    # lower case: a kind of institution, not Vietnam's
    ("Nhiều quốc hội châu Âu đã thảo luận về vấn đề này.",
     "Tímto problémem se zabývala řada evropských parlamentů."),
    # a country rendered by its adjective, its complement left implicit
    ("Tổng thống Mỹ Barack Obama phát biểu tại Chicago.",
     "Americký prezident Barack Obama vystoupil v Chicagu."),
    ("Các nhà khoa học Trung Quốc đã công bố nghiên cứu mới tại Boston và Toronto.",
     "Čínští vědci zveřejnili novou studii v Bostonu a Torontu."),
    ("Hội đồng Bảo an đã họp khẩn về tình hình Haiti theo đề nghị của Pháp và Brazil.",
     "Rada bezpečnosti se kvůli situaci na Haiti sešla na žádost Francie a Brazílie."),
    # an abbreviation: the Czech initials, or the one the source gives
    ("Tòa án Công lý Quốc tế đã ra phán quyết về tranh chấp giữa Guyana và Venezuela.",
     "MSD rozhodl ve sporu mezi Guyanou a Venezuelou."),
    ("Quỹ Tiền tệ Quốc tế (IMF) dự báo kinh tế Đức và Ý sẽ tăng trưởng chậm.",
     "Podle prognózy IMF poroste německá a italská ekonomika pomalu."),
    # a composed body named by a foreign word, or by a common word (another party)
    ("Giáo sư Đại học Stanford Jennifer Doudna cho biết kết quả rất khả quan.",
     "Profesorka Stanfordovy univerzity Jennifer Doudna uvedla, že výsledky jsou velmi slibné."),
    ("Đảng Bảo thủ giành đa số ghế tại hạt Kent và Surrey.",
     "Konzervativci získali většinu křesel v hrabstvích Kent a Surrey."),
    ("Ông Kovacic cho biết Đảng Lao động sẽ thắng cử.",
     "Kovacic uvedl, že labouristé vyhrají volby."),
]


@pytest.mark.parametrize("vi, cs", RIGHT_ABROAD)
def test_right_translations_of_foreign_news_pass(shipped, vi, cs):
    assert _findings(shipped, vi, cs) == []
    assert _fixed(shipped, vi, cs) == (cs, [])


def test_domestic_news_is_still_checked_and_fixed(shipped):
    vi = "Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp đoàn khách."
    cs = "Předseda parlamentu Trần Thanh Mẫn přijal delegaci."
    assert _findings(shipped, vi, cs)
    assert _fixed(shipped, vi, cs)[0] \
        == "Předseda Národního shromáždění Trần Thanh Mẫn přijal delegaci."
    vi = "Quốc hội đã thông qua Luật Đất đai sửa đổi."
    assert _fixed(shipped, vi, "Parlament schválil novelu zákona o půdě.")[0] \
        == "Národní shromáždění schválil novelu zákona o půdě."


def test_a_brand_is_no_foreign_news(shipped):
    """One foreign word (a Vietnamese company's brand) does not make a sentence foreign."""
    vi = "Tập đoàn Viettel đã ký kết thỏa thuận với Bộ Khoa học và Công nghệ."
    cs = "Skupina Viettel podepsala dohodu s ministerstvem vědy."
    glossary, matcher = shipped
    assert not news_context([vi], glossary, matcher).foreign
    assert _findings(shipped, vi, cs)


def test_a_name_the_glossary_gains_begins_no_other_body(shipped):
    """`Đảng Lao động` is another party until the glossary lists a name beginning with it
    (the glossary's terms are sorted once per glossary, again when its entries change)."""
    vi = "Ông Kovacic cho biết Đảng Lao động sẽ thắng cử."
    glossary = Glossary(list(shipped[0].entries), grammar=shipped[0].grammar)
    matches = shipped[1].find(vi)
    party = [m for m in matches if m.source == "Đảng"]
    assert party and not set(map(id, party)) & set(
        map(id, enforced_matches(matches, vi, glossary, HOME)))
    glossary.entries.append(Entry("test.labour", "Đảng Lao động Việt Nam",
                                  targets={"cs": ("Strana práce Vietnamu",)}, pos="body"))
    assert set(map(id, party)) <= set(map(id, enforced_matches(matches, vi, glossary, HOME)))


def test_the_party_named_in_full_is_vietnams(shipped):
    vi = "Đảng Cộng sản lãnh đạo Nhà nước và xã hội."
    assert _findings(shipped, vi, "Komunisté řídí stát a společnost.")


def test_the_abbreviation_of_a_vietnamese_ministry_is_written_out(shipped):
    vi = "Tổng Thư ký ASEAN đã đến thăm Bộ Ngoại giao Việt Nam."
    cs = "Generální tajemník ASEAN navštívil vietnamské MZV."
    assert _findings(shipped, vi, cs)


def test_context_of_the_article(shipped):
    glossary, matcher = shipped
    abroad = ["Thượng nghị sĩ bang Kansas Roger Marshall kêu gọi điều tra.",
              "Ông Marshall nói rằng Đảng này cần đoàn kết."]
    home = ["Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung chủ trì hội nghị.",
            "Đảng bộ tỉnh đã hoàn thành các chỉ tiêu."]
    assert news_context(abroad, glossary, matcher).foreign
    assert not news_context(home, glossary, matcher).foreign
    assert not news_context(abroad + home, glossary, matcher).foreign
    assert not NewsContext().foreign


def _po(tmp_path, pairs):
    po = polib.POFile()
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    for vi, cs in pairs:
        po.append(polib.POEntry(msgid=vi, msgstr=cs, flags=["fuzzy"]))
    path = tmp_path / "article.po"
    po.save(str(path))
    return path


def test_the_article_decides_for_a_sentence_that_names_nothing(shipped, tmp_path):
    """`Đảng này` alone looks domestic; its article is about an American senator."""
    glossary, _ = shipped
    vi, cs = "Ông nói rằng Đảng này cần đoàn kết.", "Řekl, že republikáni musí držet spolu."
    assert _findings(shipped, vi, cs)  # the sentence alone: the Party's term is required
    path = _po(tmp_path, [("Thượng nghị sĩ bang Kansas Roger Marshall kêu gọi điều tra.",
                           "Senátor za Kansas Roger Marshall vyzval k vyšetřování."), (vi, cs)])
    before = path.read_text(encoding="utf-8")
    assert check_files([path], glossary, checks=["glossary"]) == []
    report = fix_files([path], glossary)
    assert report.entries == 0 and path.read_text(encoding="utf-8") == before


def test_a_domestic_article_is_fixed_in_the_file(shipped, tmp_path):
    glossary, _ = shipped
    path = _po(tmp_path, [("Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp Đại sứ Canada.",
                           "Předseda parlamentu Trần Thanh Mẫn přijal kanadského velvyslance.")])
    assert [f.check for f in check_files([path], glossary, checks=["glossary"])] == ["glossary"]
    assert fix_files([path], glossary).entries == 1
    assert "Národního shromáždění" in path.read_text(encoding="utf-8")


def test_the_ntrex_bench_skips_without_the_data(tmp_path):
    script = Path(__file__).resolve().parents[2] / "bench" / "ntrex_precision.py"
    done = subprocess.run([sys.executable, str(script), "--data", str(tmp_path / "none.tsv")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("skipped:")


RIGHT_IN_ENGLISH = [  # the head of the term, its country or the UN said another way or left out
    ("Hội đồng Bảo an Liên hợp quốc họp khẩn về Ukraine.",
     "The U.N. Security Council held an emergency meeting on Ukraine."),
    ("Đại hội đồng Liên hợp quốc bỏ phiếu về nghị quyết.",
     "The General Assembly voted on the resolution."),
]


@pytest.mark.parametrize("vi, en", RIGHT_IN_ENGLISH)
def test_english_complements_left_implicit_pass(shipped, vi, en):
    glossary, matcher = shipped
    assert [i.message for i in glossary_issues_of(vi, en, "en", glossary, matcher)] == []
    assert fix_text(vi, en, "en", glossary, matcher)[0] == en


def test_english_head_alone_is_no_rendering_of_the_council(shipped):
    glossary, matcher = shipped
    vi = "Hội đồng Bảo an Liên hợp quốc họp khẩn về Ukraine."
    assert glossary_issues_of(vi, "The council held an emergency meeting.", "en", glossary,
                              matcher)


def test_an_english_window_without_the_head_is_no_rendering(shipped):
    """`of State` is no rendering of `Foreign Minister of the United States`: the head of an
    English term is the word before its `of`, and it is not there."""
    glossary, matcher = shipped
    vi = "Ngoại trưởng Mỹ Antony Blinken đã gặp các đồng minh tại Brussels."
    en = "U.S. Secretary of State Antony Blinken met allies in Brussels."
    assert fix_text(vi, en, "en", glossary, matcher)[0] == en
