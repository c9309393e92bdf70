import unicodedata

import pytest

from translate.text.normalize import match_key, normalize_vi, normalize_with_offsets, strip_marks


@pytest.mark.parametrize(
    "a,b",
    [
        ("hòa", "hoà"),
        ("thủy", "thuỷ"),
        ("ủy", "uỷ"),
        ("khóa", "khoá"),
        ("Tỉnh ủy", "Tỉnh uỷ"),
        ("Ủy ban", "Uỷ ban"),
        ("khỏe", "khoẻ"),
        ("hoàn", "hòan"),
        ("quý", "qúy"),
        ("khuỷu", "khủyu"),
        ("Hòa Bình", unicodedata.normalize("NFD", "Hoà Bình")),
    ],
)
def test_tone_spellings_compare_equal(a, b):
    assert normalize_vi(a) == normalize_vi(b)


def test_traditional_placement_is_canonical():
    assert normalize_vi("Uỷ ban hoà bình thuỷ lợi") == "Ủy ban hòa bình thủy lợi"
    assert normalize_vi("hoàn thành thuyền") == "hoàn thành thuyền"
    assert normalize_vi("hoa toà, hoa") == "hoa tòa, hoa"  # unchanged words around a change


def test_untoned_and_ascii_text_unchanged():
    for text in ["UBND", "Quốc hội", "gì giữ", "25-NQ/TW", "người", ""]:
        assert normalize_vi(text) == text


def test_length_preserving_for_nfc():
    text = "Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh Khánh Hoà và Thừa Thiên Huế"
    assert len(normalize_vi(text)) == len(text)
    assert len(match_key(text)) == len(text)


def test_offsets_for_nfd_input():
    nfd = unicodedata.normalize("NFD", "Bí thư Tỉnh uỷ Hoà Bình")
    out, offsets = normalize_with_offsets(nfd)
    assert out == "Bí thư Tỉnh ủy Hòa Bình"
    assert len(offsets) == len(out) + 1
    start = out.index("Tỉnh")
    end = start + len("Tỉnh ủy")
    assert unicodedata.normalize("NFC", nfd[offsets[start] : offsets[end]]) == "Tỉnh uỷ"
    assert offsets[-1] == len(nfd)


def test_offsets_identity_for_nfc():
    text = "Nghị quyết số 25-NQ/TW"
    out, offsets = normalize_with_offsets(text)
    assert out == text and list(offsets) == list(range(len(text) + 1))


def test_match_key_case_and_lookalikes():
    assert match_key("ỦY BAN NHÂN DÂN") == match_key("ủy ban nhân dân")
    assert match_key("Ðảng") == "đảng"  # U+00D0 typed for Đ
    assert match_key("UBND", case_sensitive=True) == "UBND"
    assert match_key("a\u00a0b") == "a b"


def test_strip_marks_folds_d_unless_asked_not_to():
    assert strip_marks("Hoàng Đức Thắng") == "Hoang Duc Thang"
    assert strip_marks("Ủy ban Đảng", fold_d=False) == "Uy ban Đang"
    assert strip_marks("QĐ-UBND") == "QD-UBND"
