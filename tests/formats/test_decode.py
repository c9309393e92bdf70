"""Encoding hints that do not garble the file: binaries named as such, TCVN3 and VNI told apart
from windows-1258, UTF-16 only when it is text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from translate.errors import InputError
from translate.formats.decode import TCVN3_HIGH, VNI_LETTERS, decode, guess_legacy

TEXT = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh lần thứ 15 bàn nhiệm vụ năm 2024. "
        "Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy, chủ trì hội nghị; các đại biểu đã thảo "
        "luận về kinh tế, xã hội và công tác cán bộ của địa phương.\n")


def cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def tcvn3(text: str) -> bytes:
    table = {ch: 0x80 + i for i, ch in enumerate(TCVN3_HIGH)}
    return bytes(table.get(ch, ord(ch)) for ch in text.lower())


def vni(text: str) -> bytes:
    table = {letter: code for code, letter in VNI_LETTERS.items()}
    return "".join(table.get(ch, ch) for ch in text.lower()).encode("cp1252")


def refusal(data: bytes, name: str = "bai.txt") -> str:
    with pytest.raises(InputError) as err:
        decode(data, name)
    return str(err.value)


def test_an_executable_is_called_binary_not_utf16():
    elf = Path(sys.executable).resolve().read_bytes()[:20000]
    message = refusal(elf)
    assert "binary file (an ELF executable)" in message and "UTF-16" not in message
    assert "PNG" in refusal(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert "ZIP" in refusal(b"PK\x03\x04" + b"\x00" * 100, "bai.docx")
    assert "NUL" in refusal(b"abc\x00\x01\x02" * 50 + bytes(range(256)) * 8)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_text_is_recognised(encoding):
    message = refusal(TEXT.encode(encoding))
    assert "UTF-16" in message and "iconv -f UTF-16 -t UTF-8" in message


@pytest.mark.parametrize("encode,name,how", [
    (cp1258, "windows-1258", "iconv -f CP1258 -t UTF-8"),
    (tcvn3, "TCVN3", "iconv -f TCVN -t UTF-8"),
    (vni, "VNI", "UniKey"),
])
def test_legacy_vietnamese_is_told_apart(encode, name, how):
    message = refusal(encode(TEXT))
    assert name in message and how in message
    assert "not UTF-8" in message


def test_western_text_is_not_called_vietnamese():
    for text in ("Café crème à la française. Señor Müller kommt später.",
                 "Größe und Übermaß, schön für René. Ärger über Öl und Fußball."):
        name, how = guess_legacy(text.encode("cp1252"))
        assert name == "windows-1252 or Latin-1" and "WINDOWS-1252" in how


@pytest.mark.skipif(shutil.which("iconv") is None, reason="iconv not installed")
@pytest.mark.parametrize("encode,iconv", [(cp1258, "CP1258"), (tcvn3, "TCVN")])
def test_the_suggested_iconv_command_restores_the_text(encode, iconv):
    """The hint is a command that converts the file faithfully, not one that garbles it."""
    converted = subprocess.run(["iconv", "-f", iconv, "-t", "UTF-8"], input=encode(TEXT),
                               capture_output=True, check=True).stdout.decode("utf-8")
    expected = TEXT if iconv == "CP1258" else TEXT.lower()
    assert unicodedata.normalize("NFC", converted) == expected
