"""Bytes of an article → text: UTF-8 only, and a clear message (with the `iconv` command)
for UTF-16, Vietnamese Windows code pages, Latin-1 and binary files."""

from __future__ import annotations

import re
from pathlib import Path

from translate.errors import InputError

__all__ = ["decode"]

# Vietnamese letters whose cp1258 bytes are distinctive (ă â đ ê ô ơ ư and combining tones).
_CP1258_HINT = re.compile(rb"[\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd\xcc\xec\xd2\xde\xf2]")
# C0 controls other than tab, line breaks, form feed; a few are tolerated, many mean binary.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, path: Path | str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM); anything else is an `InputError` saying what to do."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        raise _encoding_error(path, "UTF-16", "UTF-16")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), expected text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if len(_CP1258_HINT.findall(data)) >= 3:
            name, iconv = "windows-1258 (Vietnamese Windows) or TCVN3", "CP1258"
        else:
            name, iconv = "windows-1252 or Latin-1", "WINDOWS-1252"
        raise _encoding_error(path, name, iconv, line) from None
    if not text.strip():
        raise InputError("file is empty", path=path)
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError("binary file (many control characters), expected text", path=path)
    return text


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    return len(sample) >= 8 and (
        sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4
    )


def _encoding_error(path: Path | str, name: str, iconv: str, line: int | None = None) -> InputError:
    src = Path(str(path))
    out = src.with_name(f"{src.stem}.utf8{src.suffix}")
    return InputError(
        f"not UTF-8 text; it looks like {name}",
        path=path,
        line=line,
        hint=f"convert it: iconv -f {iconv} -t UTF-8 {path} > {out}",
    )
