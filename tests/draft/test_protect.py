import re
import unicodedata
from pathlib import Path

import pytest

from translate.draft.protect import (
    DOCNUM_RE,
    find_tokens,
    make_renderer,
    mask,
    render_source,
    unmask,
)
from translate.terms import Entry, Glossary, load_glossary
from translate.terms.files import SHIPPED_DIR

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(SHIPPED_DIR / "vi-cs.tsv")


@pytest.mark.parametrize(
    "code",
    [
        "25-NQ/TW",
        "657-QĐ/TU",
        "961-CTr/TU",
        "43-KL/TW",
        "15/2020/NĐ-CP",
        "10/2022/QH15",
        "01/2023/TT-BTC",
        "2156/QĐ-UBND",
        "1719/QĐ-TTg",
        "04/2021/TT-BGDĐT",
        "3120/UBND-VP",
    ],
)
def test_document_number_grammar(code):
    assert [m.group() for m in DOCNUM_RE.finditer(f"theo {code}, ngày")] == [code]


@pytest.mark.parametrize("text", ["25/8/2023", "3/4", "19.340", "A-B/C", "25-NQ", "số 15/2020"])
def test_not_document_numbers(text):
    assert DOCNUM_RE.search(text) is None


def test_doctype_word_and_number_sign_join_the_token(glossary):
    (tok,) = find_tokens("Thực hiện Nghị quyết số 25-NQ/TW.", glossary, numbers=False)
    assert (tok.kind, tok.source, tok.value, tok.concept) == (
        "docref",
        "Nghị quyết số 25-NQ/TW",
        "25-NQ/TW",
        "doc.resolution",
    )
    render = make_renderer(glossary, "cs")
    assert render(tok) == "usnesení č. 25-NQ/TW"
    assert make_renderer(load_glossary(SHIPPED_DIR / "vi-en.tsv"), "en")(tok) == (
        "Resolution No. 25-NQ/TW"
    )


def test_without_glossary_only_the_number_is_protected():
    (tok,) = find_tokens("Nghị quyết số 25-NQ/TW", None)
    assert (tok.kind, tok.source) == ("docnum", "25-NQ/TW")


def test_round_trip_is_byte_exact(glossary):
    text = (
        "Theo Nghị định số 15/2020/NĐ-CP và 2156/QĐ-UBND ngày 25/8/2023, tỉnh thu 19.340 tỷ "
        "đồng (3,5%); xem https://tinhuy.gov.vn/a.html hoặc ban@tinhuy.gov.vn."
    )
    masked = mask(text, glossary)
    assert "Đ" not in masked.text and "http" not in masked.text
    assert unmask(masked.text, masked).text == text
    assert unmask(masked.text, masked).repairs == []


def test_placeholders_are_ascii_and_numbered(glossary):
    masked = mask("Quyết định 657-QĐ/TU và Kết luận số 43-KL/TW", glossary)
    assert masked.text == "QZ1 và QZ2"
    assert [t.placeholder for t in masked.tokens] == ["QZ1", "QZ2"]


def test_cs_rendering_of_docref(glossary):
    masked = mask("Tỉnh ủy triển khai Quyết định 657-QĐ/TU.", glossary)
    out = unmask("Provinční výbor strany provádí QZ1.", masked, make_renderer(glossary, "cs"))
    assert out.text == "Provinční výbor strany provádí rozhodnutí č. 657-QĐ/TU."


def test_docref_at_sentence_start_is_capitalised(glossary):
    masked = mask("Nghị quyết số 25-NQ/TW có hiệu lực.", glossary)
    assert unmask("QZ1 platí.", masked, make_renderer(glossary, "cs")).text == (
        "Usnesení č. 25-NQ/TW platí."
    )


@pytest.mark.parametrize(
    "mangled,fix",
    [("Q Z1", "spaces"), ("qz1", "case"), ("QZ 1", "spaces"), ("Qz1", "case"), ("QŽ1", "letter")],
)
def test_mangled_placeholders_are_repaired(mangled, fix):
    masked = mask("Theo 25-NQ/TW.")
    result = unmask(f"Podle {mangled}.", masked)
    assert result.text == "Podle 25-NQ/TW."
    assert len(result.repairs) == 1 and "repaired" in result.repairs[0]


def test_duplicates_and_unknown_placeholders_are_dropped():
    masked = mask("Theo 25-NQ/TW.")
    result = unmask("QZ1 a QZ1 a QZ7.", masked)
    assert result.text.count("25-NQ/TW") == 1
    assert "QZ" not in result.text
    assert any("duplicate" in r for r in result.repairs)
    assert any("unknown" in r for r in result.repairs)


def test_missing_tokens_are_reinserted_and_reported():
    masked = mask("Văn bản 2156/QĐ-UBND và 657-QĐ/TU được ký.")
    result = unmask("Dokument byl podepsán.", masked)
    assert result.text.count("2156/QĐ-UBND") == 1 and result.text.count("657-QĐ/TU") == 1
    assert len(result.repairs) == 2 and all("re-inserted" in r for r in result.repairs)


@pytest.mark.parametrize(
    "garbage",
    ["", "QZ3 QZ3 QZ3", "qz 2qz2 Q Z 9 QZ1QZ1", "đảng QZ", "QZ0 QZ00 QZ999", "   "],
)
def test_garbage_output_still_has_every_token_once(garbage, glossary):
    text = "Quyết định 657-QĐ/TU, Nghị định 15/2020/NĐ-CP, COVID-19 và https://x.vn/a."
    masked = mask(text, glossary, numbers=False)
    out = unmask(garbage, masked).text
    for tok in masked.tokens:
        assert out.count(tok.source) == 1, (garbage, out)
    assert "QZ" not in out.upper().replace(" ", "")


def test_markup_is_protected_and_glued_back():
    text = 'Xem **Bí thư** tại [bài viết](https://a.vn/x.htm) và <a href="/b">đây</a><br>.'
    masked = mask(text)
    kinds = [t.kind for t in masked.tokens]
    assert kinds.count("markup") == 7  # ** ** [ ](url) <a> </a> <br>
    assert "**" not in masked.text and "<a" not in masked.text
    assert unmask(masked.text, masked).text == text


def test_nfd_source_restored_byte_for_byte(glossary):
    text = unicodedata.normalize("NFD", "Theo Quyết định số 2156/QĐ-UBND của Ủy ban.")
    masked = mask(text, glossary)
    assert unicodedata.is_normalized("NFC", masked.text)
    (tok,) = masked.tokens
    assert tok.source == text[tok.start : tok.end]
    assert unmask(masked.text, masked).text.count(tok.source) == 1


def test_numbers_and_dates_carry_values(glossary):
    tokens = find_tokens("Ngày 25/8/2023 tỉnh thu 19.340 tỷ đồng, tăng 3,5%.", glossary)
    assert [(t.kind, t.source) for t in tokens] == [
        ("date", "25/8/2023"),
        ("number", "19.340"),
        ("number", "3,5%"),
    ]
    assert str(tokens[1].number.value) == "19340"


def test_codes_urls_emails():
    tokens = find_tokens("Dịch COVID-19, xem www.moh.gov.vn/tin. Hỏi: a.b@moh.gov.vn", None)
    assert [(t.kind, t.source) for t in tokens] == [
        ("code", "COVID-19"),
        ("url", "www.moh.gov.vn/tin"),
        ("email", "a.b@moh.gov.vn"),
    ]


def test_do_not_translate_entries():
    g = Glossary([Entry("p.vinfast", "VinFast", kind="dnt", case="sensitive")])
    (tok,) = find_tokens("Hãng VinFast mở nhà máy.", g)
    assert (tok.kind, tok.source, tok.concept) == ("dnt", "VinFast", "p.vinfast")


def test_render_source_is_identity():
    masked = mask("Theo 25-NQ/TW")
    assert render_source(masked.tokens[0]) == "25-NQ/TW"


def test_random_garbage_never_loses_or_duplicates_a_token(glossary):
    import random

    text = ("Theo Nghị quyết số 25-NQ/TW, 2156/QĐ-UBND, 15/2020/NĐ-CP, COVID-19, "
            "https://a.vn/x?y=1 và vanphong@tinhuy.gov.vn.")  # fmt: skip
    masked = mask(text, glossary, numbers=False)
    assert len(masked.tokens) == 6
    rng = random.Random(7)
    pieces = ["QZ", "Q Z", "qz", "QŽ", " ", "  ", "1", "2", "3", "6", "9", "x", "đảng",
              "tajemník", ".", ",", "QZ1", "QZ6", "QZ12"]  # fmt: skip
    render = make_renderer(glossary, "cs")
    for _ in range(300):
        garbage = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        out = unmask(garbage, masked, render).text
        for tok in masked.tokens:
            rendered = render(tok)
            variants = {rendered, rendered[:1].upper() + rendered[1:]}
            count = sum(out.count(v) for v in variants)
            assert count == 1, (garbage, out, rendered)
        assert not re.search(r"QZ[0-9]", out), (garbage, out)


def test_lower_case_type_word_before_a_number_is_a_docref(glossary):
    (tok,) = find_tokens("theo quyết định số 657-QĐ/TU của Tỉnh ủy", glossary, numbers=False)
    assert (tok.kind, tok.source, tok.concept) == ("docref", "quyết định số 657-QĐ/TU",
                                                   "doc.decision")  # fmt: skip


def test_html_entities_travel_as_markup():
    from translate.draft.protect import mask, unmask

    text = "Hội nghị&nbsp;Tỉnh ủy &ldquo;Đổi mới&rdquo; &amp; &#8220;phát triển&#8221;."
    masked = mask(text)
    entities = [t.source for t in masked.tokens if t.kind == "markup"]
    assert entities == ["&nbsp;", "&ldquo;", "&rdquo;", "&amp;", "&#8220;", "&#8221;"]
    assert "&" not in masked.text
    restored = unmask(masked.text, masked).text
    for entity in entities:
        assert restored.count(entity) == text.count(entity)
