"""Article extraction: blocks of txt, md and html files, saved news pages, bad input."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from translate.document import Document
from translate.errors import InputError
from translate.formats.read import read_document
from translate.formats.render import render_document
from translate.text.segment import segment_document

DATA = Path(__file__).resolve().parents[1] / "data"
PAGE = DATA / "page_baohatinh.html"
FRAGMENT = DATA / "page_cms_fragment.html"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def check_offsets(doc: Document) -> None:
    """Every block is an exact, trimmed substring of the file text, in order."""
    last = 0
    for i, b in enumerate(doc.blocks):
        assert b.index == i
        assert doc.text[b.start : b.end] == b.text == b.text.strip()
        assert b.start >= last
        assert b.line == doc.text.count("\n", 0, b.start) + 1
        last = b.end


def kinds_texts(doc: Document) -> list[tuple[str, str]]:
    check_offsets(doc)
    return [(b.kind, b.text) for b in doc.blocks]


# --- txt


def test_txt_title_paragraphs_list_items(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.txt",
        "Hội nghị Tỉnh ủy lần thứ 15\n\nSáng 25/8, hội nghị khai mạc.\nĐại biểu dự đông đủ.\n\n"
        "- Tập trung tháo gỡ khó khăn\n- Đẩy mạnh giải ngân\n\nẢnh: Đình Nhật\n",
    )
    doc = read_document(path)
    assert doc.format == "txt"
    assert kinds_texts(doc) == [
        ("title", "Hội nghị Tỉnh ủy lần thứ 15"),
        ("paragraph", "Sáng 25/8, hội nghị khai mạc.\nĐại biểu dự đông đủ."),
        ("list_item", "Tập trung tháo gỡ khó khăn"),
        ("list_item", "Đẩy mạnh giải ngân"),
        ("caption", "Ảnh: Đình Nhật"),
    ]


def test_txt_first_line_with_final_punctuation_is_no_title(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", "Câu một.\n\nCâu hai."))
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    quoted = "Thủ tướng: “Không để ai bị bỏ lại phía sau”\n\nVăn bản."
    doc = read_document(write(tmp_path, "b.txt", quoted))
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]


def test_txt_bom_crlf_and_mixed_line_endings(tmp_path: Path) -> None:
    raw = "\ufeffTiêu đề\r\n\r\nĐoạn một.\r\nVẫn đoạn một.\n\nĐoạn hai.\rDòng hai.\r\rĐoạn ba."
    doc = read_document(write(tmp_path, "a.txt", raw))
    assert not doc.text.startswith("\ufeff")
    assert kinds_texts(doc) == [
        ("title", "Tiêu đề"),
        ("paragraph", "Đoạn một.\r\nVẫn đoạn một."),
        ("paragraph", "Đoạn hai.\rDòng hai."),
        ("paragraph", "Đoạn ba."),
    ]
    segs = segment_document(doc)
    assert [s.text for s in segs] == [
        "Tiêu đề",
        "Đoạn một.",
        "Vẫn đoạn một.",
        "Đoạn hai.",
        "Dòng hai.",
        "Đoạn ba.",
    ]


def test_txt_few_control_characters_are_accepted(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.txt", "Câu một.\x0c Câu hai.\x1b[0m Câu ba."))
    assert [s.text for s in segment_document(doc)] == ["Câu một.", "Câu hai.\x1b[0m Câu ba."]


# --- md


MD = """---
title: Bài thử
tags: [a, b]
---
# Hội nghị Ban Chấp hành Đảng bộ tỉnh #

Sáng 25/8, tại **TP. Hà Tĩnh**, hội nghị _khai mạc_. Xem [chi tiết](https://bht.vn/a.html "Báo").

![Quang cảnh hội nghị](anh1.jpg "Ảnh: Thu Hà")

*Quang cảnh hội nghị lần thứ 15.*

## Nhiệm vụ

- Tập trung tháo gỡ khó khăn
  cho doanh nghiệp.
* Đẩy mạnh `giải ngân`.
1. Mục tiêu thứ nhất
2) Mục tiêu thứ hai

> Trích dẫn ý kiến đại biểu.

```
mã nguồn không dịch
```

    khối mã thụt lề không dịch

| Chỉ tiêu | Kết quả |
|---|---:|
| Thu ngân sách | 19.340 tỷ |

Tiêu đề kiểu setext
-------------------

<div class="note">
<p>Ghi chú <b>quan trọng</b>.</p>
<script>khong_dich()</script>
</div>

<b>Hà Nội</b> – dòng mở đầu bằng thẻ nội dòng.

[ref]: https://vietnam.vn
***
Kết thúc bài viết.
"""


def test_md_blocks_and_kinds(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.md", MD))
    assert doc.format == "md"
    assert kinds_texts(doc) == [
        ("title", "Hội nghị Ban Chấp hành Đảng bộ tỉnh"),
        (
            "paragraph",
            "Sáng 25/8, tại **TP. Hà Tĩnh**, hội nghị _khai mạc_. Xem "
            '[chi tiết](https://bht.vn/a.html "Báo").',
        ),
        ("attribute", "Quang cảnh hội nghị"),
        ("attribute", "Ảnh: Thu Hà"),
        ("caption", "*Quang cảnh hội nghị lần thứ 15.*"),
        ("heading", "Nhiệm vụ"),
        ("list_item", "Tập trung tháo gỡ khó khăn\n  cho doanh nghiệp."),
        ("list_item", "Đẩy mạnh `giải ngân`."),
        ("list_item", "Mục tiêu thứ nhất"),
        ("list_item", "Mục tiêu thứ hai"),
        ("quote", "Trích dẫn ý kiến đại biểu."),
        ("table_cell", "Chỉ tiêu"),
        ("table_cell", "Kết quả"),
        ("table_cell", "Thu ngân sách"),
        ("table_cell", "19.340 tỷ"),
        ("heading", "Tiêu đề kiểu setext"),
        ("paragraph", "Ghi chú <b>quan trọng</b>."),
        ("paragraph", "<b>Hà Nội</b> – dòng mở đầu bằng thẻ nội dòng."),
        ("paragraph", "Kết thúc bài viết."),
    ]


def test_md_identity_round_trip(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.md", MD))
    segs = segment_document(doc)
    assert render_document(doc, segs, [s.text for s in segs]) == MD
    out = render_document(doc, segs, ["X"] * len(segs))
    assert "```\nmã nguồn không dịch\n```" in out and "<script>khong_dich()</script>" in out
    assert "title: Bài thử" in out and "|---|---:|" in out


def test_md_second_h1_is_a_heading(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a.md", "# Một\n\n# Hai\n\nVăn bản.\n"))
    assert [b.kind for b in doc.blocks] == ["title", "heading", "paragraph"]


# --- html


def test_html_fragment_keeps_inline_markup_and_skips_code(tmp_path: Path) -> None:
    doc = read_document(FRAGMENT)
    assert doc.format == "html"
    got = kinds_texts(doc)
    kinds = [k for k, _ in got]
    texts = [t for _, t in got]
    assert got[0] == ("title", "Xuất khẩu nông sản tăng mạnh")
    assert kinds[1] == "lead" and texts[1].startswith("<em>(Baohatinh.vn)")
    para = texts[2]
    assert para.startswith('Theo <a href="https://congthuong.hatinh.gov.vn" title="Cổng thông')
    assert "<br>\nÔng <b>Lê Văn Thủy</b>" in para and para.endswith("&amp; hợp tác xã.")
    assert ("attribute", "Thu hoạch cà phê ở huyện Hương Sơn") in got
    assert ("attribute", "Ảnh: Thu Hà") in got
    assert ("caption", "Nông dân thu hoạch cà phê. Ảnh: <i>Thu Hà</i>") in got
    assert [t for k, t in got if k == "table_cell"] == [
        "Mặt hàng",
        "Sản lượng",
        "Cà phê",
        "2.156 tấn",
    ]
    assert ("list_item", "Hỗ trợ vốn vay ưu đãi theo Nghị định số 15/2020/NĐ-CP.") in got
    assert ("paragraph", "Mã lệnh <code>translate run</code> được giữ nguyên.") in got
    assert ("attribute", "Trích dẫn") in got
    joined = "\n".join(texts)
    for untouched in ("Đây không phải", "Không dịch", "translate run bai-viet", "CMS body"):
        assert untouched not in joined


def test_html_page_mode_keeps_only_the_article() -> None:
    doc = read_document(PAGE)  # auto: the page has nav, header, footer
    got = kinds_texts(doc)
    assert got[:3] == [
        ("meta", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 - Báo Hà Tĩnh"),
        ("meta", "Sáng 25/8, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 15."),
        ("meta", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15"),
    ]
    got = got[3:]
    texts = "\n".join(t for _, t in got)
    assert got[0] == ("title", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15")
    assert got[1][0] == "lead" and "25-NQ/TW" in got[1][1]
    assert got[-1] == ("byline", "<strong>Thu Hà - Đình Nhật</strong>")
    for kept in ("PGS.TS. Nguyễn Văn Hùng", "19.340 tỷ đồng", "lơ là&rdquo;", "TX. Hồng Lĩnh"):
        assert kept in texts
    for chrome in (
        "Trang chủ",
        "Thời sự",
        "Đăng nhập",
        "Lượt xem",
        "Chia sẻ",
        "Từ khóa",
        "Cùng chủ đề",
        "Nghị quyết Trung ương 7",
        "Bình luận",
        "Đọc nhiều",
        "Giá xăng",
        "Tổng biên tập",
        "Bản quyền",
        "Báo Hà Tĩnh - Cơ quan",
        "dataLayer",
        "display: inline",
    ):
        assert chrome not in texts, chrome
    # the headline pasted as caption and alt text: identical text, so one PO entry later
    headline = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15"
    repeats = [k for k, t in got if t == headline]
    assert repeats == ["title", "attribute", "attribute", "caption", "attribute", "caption"]
    assert len(segment_document(doc)) == 19
    segs = segment_document(doc)
    assert len({s.text for s in segs if s.text == headline}) == 1


def test_html_page_with_lead_above_body_and_related_summaries() -> None:
    doc = read_document(DATA / "page_vietnamvn.html")
    got = kinds_texts(doc)
    headline = "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 8"
    assert [k for k, _ in got] == [
        "meta",
        "meta",
        "title",
        "lead",
        "paragraph",
        "attribute",
        "caption",
        "paragraph",
        "paragraph",
        "byline",
    ]
    assert got[2] == ("title", headline) and got[5] == ("attribute", headline)
    assert got[3][1].startswith("Chiều 2/9, tại Trụ sở Chính phủ")
    assert got[-1] == ("byline", "Minh Anh (TTXVN)")
    texts = "\n".join(t for _, t in got)
    for chrome in (
        "Hotline",
        "Đăng ký nhận tin",
        "Đời sống",
        "Nguồn: TTXVN",
        "Chia sẻ",
        "Tin liên quan",
        "Quảng Ninh",
        "bất động sản",
        "Ý kiến bạn đọc",
        "doanh nghiệp nhỏ và vừa",
        "Trả lời",
        "Xem nhiều nhất",
        "Giá vàng",
        "Giới thiệu",
        "Giấy phép",
        "Lý Thường Kiệt",
        "NewsArticle",
    ):
        assert chrome not in texts, chrome


def test_html_page_in_fragment_mode_keeps_everything() -> None:
    doc = read_document(PAGE, html_mode="fragment")
    texts = "\n".join(b.text for b in doc.blocks)
    assert "Cùng chủ đề" in texts and "Bình luận (0)" in texts and "Tổng biên tập" in texts
    assert "dataLayer" not in texts and "display: inline" not in texts
    check_offsets(doc)


def test_html_page_without_article_is_an_input_error(tmp_path: Path) -> None:
    page = (
        "<html><body><header><nav><ul><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/tt'>Thời sự</a></li></ul></nav></header>"
        "<footer><p>Bản quyền thuộc về Báo Hà Tĩnh.</p></footer></body></html>"
    )
    path = write(tmp_path, "trang.html", page)
    with pytest.raises(InputError) as err:
        read_document(path, html_mode="page")
    assert "no article" in str(err.value) and str(path) in str(err.value)
    assert "fragment" in (err.value.hint or "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trang.html"]  # nothing written


def test_malformed_html_is_read_without_crashing(tmp_path: Path) -> None:
    html = (
        "<p>Đoạn <b>chưa đóng thẻ. Câu hai <i>nghiêng\n"
        "<p>Đoạn hai a < b và 3 > 2 & cộng.</p></div></span>"
        "<img alt=Không có dấu nháy src=x.jpg>"
        '<p title="unterminated>Đoạn ba.</p>\n'
        "<!-- bình luận chưa đóng <p>Không dịch.</p>"
    )
    doc = read_document(write(tmp_path, "x.html", html), html_mode="fragment")
    got = kinds_texts(doc)
    assert got[0] == ("paragraph", "Đoạn <b>chưa đóng thẻ. Câu hai <i>nghiêng")
    assert got[1] == ("paragraph", "Đoạn hai a < b và 3 > 2 & cộng.")
    assert all("Không dịch" not in t for _, t in got)


# --- bad input


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n\t\r\n", "empty"),
        ("nul.txt", b"Xin ch\x00ao\x00\x01\x02", "binary"),
        ("ctrl.txt", bytes(range(1, 9)) * 40, "binary"),
        ("bad.docx", "Văn bản.".encode(), "unsupported file type"),
        ("noext", "Văn bản.".encode(), "unsupported file type"),
        ("tags.html", b"<html><body><script>x()</script></body></html>", "no translatable"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_document(tmp_path / "khong-co.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_legacy(text: str, encoding: str) -> bytes:
    """cp1258 writes tone marks as combining characters after a precomposed base (ô, ư)."""
    if encoding != "cp1258":
        return text.encode(encoding)
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    "encoding,label,iconv",
    [
        ("cp1258", "windows-1258", "CP1258"),
        ("cp1252", "windows-1252", "WINDOWS-1252"),
        ("utf-16", "UTF-16", "UTF-16"),
        ("utf-16-le", "UTF-16", "UTF-16"),
    ],
)
def test_wrong_encoding_says_which_and_how_to_convert(
    tmp_path: Path, encoding: str, label: str, iconv: str
) -> None:
    text = (
        "Hội nghị đánh giá tình hình kinh tế và xã hội. Đại biểu ở Hà Tĩnh đã thảo luận."
        if encoding != "cp1252"
        else "Café crème à la française. Señor Müller kommt später."
    )
    path = write(tmp_path, "bai.txt", encode_legacy(text, encoding))
    with pytest.raises(InputError) as err:
        read_document(path)
    msg = str(err.value)
    assert "not UTF-8" in msg and label in msg
    assert f"iconv -f {iconv} -t UTF-8 {path}" in msg


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_five_megabyte_single_line_file(tmp_path: Path, suffix: str) -> None:
    unit = "Ông Nguyễn Văn A tại TP. Hà Tĩnh nói: “Tăng 3,5% so với 19.340 tỷ đồng.” Hết… "
    n = 5_000_000 // len(unit)
    if suffix == ".html":
        body = "<p>" + unit.replace("TP.", "<b>TP.</b>") * n + "</p>"
    else:
        body = unit * n
    path = write(tmp_path, "lon" + suffix, body)
    doc = read_document(path)
    segs = segment_document(doc)
    assert len(segs) == 2 * n
    assert render_document(doc, segs, [s.text for s in segs]) == body


def test_html_unterminated_declarations_run_to_the_end(tmp_path: Path) -> None:
    # as in browsers, `<!x` runs to the next `>` or, without one, swallows the rest;
    # 50 000 of them stay linear
    html = "<p>Câu một.</p>" + "<!x" * 50_000 + " Không thấy"
    doc = read_document(write(tmp_path, "x.html", html), html_mode="fragment")
    assert [b.text for b in doc.blocks] == ["Câu một."]
