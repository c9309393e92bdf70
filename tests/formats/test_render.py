"""Reassembly: identity translations reproduce every file exactly; translations land in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.formats.read import read_document
from translate.formats.render import escape_html_text, render_document
from translate.text.segment import segment_document

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = sorted(
    p for p in (ROOT / "corpus").glob("*") if p.suffix in (".txt", ".md", ".html", ".htm")
)
OWN = sorted(DATA.glob("page_*.html")) + sorted(DATA.glob("segment_*"))


def identity(path: Path, **kw) -> tuple[str, str, int]:
    doc = read_document(path, **kw)
    segs = segment_document(doc)
    return render_document(doc, segs, [s.text for s in segs]), doc.text, len(segs)


@pytest.mark.skipif(not CORPUS, reason="corpus/ has no articles yet")
@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus_round_trip_is_exact(path: Path) -> None:
    out, text, n = identity(path)
    assert n > 0 and out == text
    assert out == path.read_text("utf-8-sig")


@pytest.mark.parametrize("path", OWN, ids=[p.name for p in OWN])
@pytest.mark.parametrize("mode", ["auto", "fragment", "page"])
def test_test_pages_round_trip_is_exact(path: Path, mode: str) -> None:
    if mode == "page" and "fragment" in path.name:
        pytest.skip("a fragment has no page around it")
    out, text, n = identity(path, html_mode=mode)
    assert n > 0 and out == text == path.read_text("utf-8")


@pytest.mark.parametrize(
    "name,content",
    [
        ("a.txt", "Tiêu đề\r\n\r\nCâu một. Câu hai.\rCâu ba.\n\n- mục\n"),
        ("b.md", "# Tiêu đề\n\nCâu **một**. Câu [hai](x.html).\n\n![ảnh](a.jpg)\n\n1. mục\n"),
        ("c.html", "<p>Câu <b>một</b>. Câu hai &amp; ba.<br>Dòng</p><img alt='Ảnh' src=x>"),
    ],
)
def test_small_files_round_trip(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    out, text, _ = identity(path)
    assert out == text == content


def test_translations_land_in_place_markup_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Tiêu đề\n\nCâu **một**. Câu hai.\n\n- Mục một\n", encoding="utf-8")
    doc = read_document(path)
    segs = segment_document(doc)
    assert [s.text for s in segs] == ["Tiêu đề", "Câu **một**.", "Câu hai.", "Mục một"]
    out = render_document(doc, segs, ["Titulek", "Věta **jedna**.", "Věta dvě.", "Položka"])
    assert out == "# Titulek\n\nVěta **jedna**. Věta dvě.\n\n- Položka\n"


def test_html_translations_are_escaped_where_needed(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        '<p>Ông <b>A</b> &amp; bà B. Hết.</p><img alt="Ảnh đẹp" src="x.jpg">', encoding="utf-8"
    )
    doc = read_document(path)
    segs = segment_document(doc)
    assert [(s.kind, s.text) for s in segs] == [
        ("paragraph", "Ông <b>A</b> &amp; bà B."),
        ("paragraph", "Hết."),
        ("attribute", "Ảnh đẹp"),
    ]
    out = render_document(
        doc, segs, ["Pan <b>A</b> &amp; paní B < C & D.", "Konec.", 'Foto "hezké" <x> & y']
    )
    assert out == (
        "<p>Pan <b>A</b> &amp; paní B &lt; C &amp; D. Konec.</p>"
        '<img alt="Foto &quot;hezké&quot; &lt;x&gt; &amp; y" src="x.jpg">'
    )


def test_escape_keeps_entities_and_tags() -> None:
    assert escape_html_text("a &nbsp; &#8220;b&#x201D; <i>c</i> & d < 3") == (
        "a &nbsp; &#8220;b&#x201D; <i>c</i> &amp; d &lt; 3"
    )
    assert escape_html_text('it\'s "x"', quote="'") == 'it&#39;s "x"'


def test_page_translation_leaves_chrome_untouched() -> None:
    path = DATA / "page_baohatinh.html"
    doc = read_document(path)
    segs = segment_document(doc)
    out = render_document(doc, segs, [f"[{i}]" for i in range(len(segs))])
    assert "Trang chủ" in out and "Bình luận (0)" in out and "Tổng biên tập" in out
    assert "Sáng 25/8" not in out and "PGS.TS." not in out and "<title>[0]</title>" in out
    assert out.count("[") >= len(segs)
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")


def test_misaligned_input_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Câu một. Câu hai.", encoding="utf-8")
    doc = read_document(path)
    segs = segment_document(doc)
    with pytest.raises(ValueError, match="2 segments but 1 translations"):
        render_document(doc, segs, ["x"])
    with pytest.raises(ValueError, match="overlaps"):
        render_document(doc, [segs[0], segs[0]], ["x", "y"])


@pytest.mark.parametrize("path", CORPUS + OWN, ids=[p.name for p in CORPUS + OWN])
def test_run_then_build_with_identity_po_reproduces_the_file(tmp_path: Path, path: Path) -> None:
    """The whole reassembly path: segments as `run` makes them, a PO file whose every msgstr
    equals its msgid (repeated sentences are one entry), and `build`."""
    import polib

    from translate.articles import read_articles
    from translate.build import build_batch
    from translate.config import Config
    from translate.po.catalog import new_catalog

    (article,) = read_articles([path], Config())
    catalog = new_catalog("cs", None, path.name)
    for text in dict.fromkeys(s.text for s in article.segments):
        catalog.append(polib.POEntry(msgid=text, msgstr=text))
    po_path = article.po_path(tmp_path / "po", "cs")
    po_path.parent.mkdir(parents=True)
    catalog.save(str(po_path))
    result = build_batch([path], ["cs"], tmp_path / "po", tmp_path / "out", Config())
    assert not result.refused and not result.pending
    built = (tmp_path / "out" / "cs" / path.name).read_bytes()
    assert built == path.read_bytes().removeprefix(b"\xef\xbb\xbf")
