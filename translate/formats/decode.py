"""Bytes of an article → text: UTF-8 only, and a clear message (with a command that converts
the file without garbling it) for UTF-16, the legacy Vietnamese encodings (windows-1258, TCVN3,
VNI), Latin-1 and binary files.

Legacy Vietnamese is recognised by decoding the bytes each way and counting the words that come
out as well-formed Vietnamese syllables (initial consonant, one vowel run, final consonant, at
most one tone mark): the wrong guess produces `ViÖt` or `Viềờt`, the right one `Việt`.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from translate.errors import InputError

__all__ = ["decode", "TCVN3_HIGH", "VNI_LETTERS"]

# C0 controls other than tab, line breaks, form feed; a few are tolerated, many mean binary.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
# File signatures of the binaries people mistake for articles.
_MAGIC = (
    (b"\x7fELF", "an ELF executable"), (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (docx, xlsx, odt...)"), (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"MZ", "a Windows program"),
)
# TCVN3 (ABC fonts, TCVN 5712 VN3) bytes 0x80-0xFF, as glibc's iconv `TCVN` decodes them.
TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\xa0ĂÂÊÔƠƯĐăâêôơưđẶ\u0300\u0300\u0309\u0303\u0301"
    "àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
# VNI Windows: a base letter followed by mark characters (`Vieät` = Việt), as cp1252 shows them.
VNI_LETTERS = {
    "aø": "à", "aù": "á", "aû": "ả", "aõ": "ã", "aï": "ạ", "aâ": "â", "aà": "ầ", "aá": "ấ",
    "aå": "ẩ", "aã": "ẫ", "aä": "ậ", "aê": "ă", "aè": "ằ", "aé": "ắ", "aú": "ẳ", "aü": "ẵ",
    "aë": "ặ", "eø": "è", "eù": "é", "eû": "ẻ", "eõ": "ẽ", "eï": "ẹ", "eâ": "ê", "eà": "ề",
    "eá": "ế", "eå": "ể", "eã": "ễ", "eä": "ệ", "oø": "ò", "où": "ó", "oû": "ỏ", "oõ": "õ",
    "oï": "ọ", "oâ": "ô", "oà": "ồ", "oá": "ố", "oå": "ổ", "oã": "ỗ", "oä": "ộ", "ôø": "ờ",
    "ôù": "ớ", "ôû": "ở", "ôõ": "ỡ", "ôï": "ợ", "uø": "ù", "uù": "ú", "uû": "ủ", "uõ": "ũ",
    "uï": "ụ", "öø": "ừ", "öù": "ứ", "öû": "ử", "öõ": "ữ", "öï": "ự", "yø": "ỳ", "yù": "ý",
    "yû": "ỷ", "yõ": "ỹ", "ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ",
    "ó": "ĩ", "ò": "ị", "î": "ỵ",
}
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, VNI_LETTERS), key=len, reverse=True)))
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# One Vietnamese syllable without its tone mark: initial consonant, one vowel run, final.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                       r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_WORD = re.compile(r"[^\W\d_]+")


def decode(data: bytes, path: Path | str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM); anything else is an `InputError` saying what to do."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _encoding_error(path, "UTF-16", _UTF16_HOW)
    kind = binary_kind(data)
    if kind:
        raise InputError(f"binary file ({kind}), expected text", path=path)
    if b"\x00" in data:
        if _looks_utf16(data):
            raise _encoding_error(path, "UTF-16", _UTF16_HOW)
        raise InputError("binary file (contains NUL bytes), expected text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise legacy_encoding_error(data, path, line) from None
    if not text.strip():
        raise InputError("file is empty", path=path)
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError("binary file (many control characters), expected text", path=path)
    return text


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its signature (None for anything else)."""
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def _looks_utf16(data: bytes) -> bool:
    """NULs at one byte parity only, and the text they make is printable."""
    sample = data[:4000]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < len(sample) // 4 or min(even, odd) > len(sample) // 50:
        return False
    text = sample[: len(sample) // 2 * 2].decode("utf-16-le" if odd > even else "utf-16-be",
                                                 "replace")
    printable = sum(ch.isprintable() or ch in "\t\r\n" for ch in text)
    return printable >= 0.95 * len(text)


def _vietnamese_words(text: str) -> tuple[int, int]:
    """(plausible Vietnamese syllables, all words with a letter outside ASCII)."""
    good = total = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text.lower())):
        if word.isascii():
            continue
        total += 1
        marks = unicodedata.normalize("NFD", word)
        tones = sum(ch in _TONES for ch in marks)
        bases = unicodedata.normalize("NFC", "".join(ch for ch in marks if ch not in _TONES))
        if tones <= 1 and _SYLLABLE.fullmatch(bases):
            good += 1
    return good, total


def _from_tcvn3(data: bytes) -> str:
    return "".join(chr(b) if b < 0x80 else TCVN3_HIGH[b - 0x80] for b in data)


def _from_vni(data: bytes) -> str:
    return _VNI_PATTERN.sub(lambda m: VNI_LETTERS[m.group()],
                            data.decode("cp1252", "replace").lower())


_UTF16_HOW = "convert it: iconv -f UTF-16 -t UTF-8 {src} > {out}"
# (name for the message, how to convert it) per legacy Vietnamese encoding
_LEGACY = (
    ("Vietnamese in windows-1258", lambda d: d.decode("cp1258", "replace"),
     "iconv -f CP1258 -t UTF-8 {src} > {out}"),
    ("Vietnamese in TCVN3 (ABC fonts such as .VnTime)", _from_tcvn3,
     "iconv -f TCVN -t UTF-8 {src} > {out}"),
    ("Vietnamese in VNI (VNI-Windows fonts)", _from_vni,
     "iconv cannot convert VNI: use UniKey's converter (VNI Windows → Unicode) or open it "
     "with its VNI font in a word processor and save it as UTF-8 text"),
)


def guess_legacy(data: bytes) -> tuple[str, str]:
    """(what the bytes look like, a command or step that converts them to UTF-8 faithfully)."""
    sample = data[:200_000]
    best, best_score = None, 0.0
    for name, convert, how in _LEGACY:
        good, total = _vietnamese_words(convert(sample))
        score = good / total if total >= 3 else 0.0
        if score > best_score:
            best, best_score = (name, how), score
    if best is not None and best_score >= 0.8:
        return best
    return "windows-1252 or Latin-1", "iconv -f WINDOWS-1252 -t UTF-8 {src} > {out}"


def legacy_encoding_error(data: bytes, path: Path | str, line: int | None = None) -> InputError:
    return _encoding_error(path, *guess_legacy(data), line)


def _encoding_error(path: Path | str, name: str, how: str, line: int | None = None) -> InputError:
    """`how` is the conversion step, with `{src}` and `{out}` for the file and its UTF-8 copy."""
    src = Path(str(path))
    out = src.with_name(f"{src.stem}.utf8{src.suffix}")
    return InputError(f"not UTF-8 text; it looks like {name}", path=path, line=line,
                      hint=how.format(src=path, out=out))
