"""PO syntax checked the way `msgfmt` checks it, before polib reads a file.

polib is lenient: an unterminated string loses its last character (`"…thêm` is read as
`…thê`), a keyword it does not know is skipped, and a second definition of the same msgid
silently wins. Saving such a file would change a reviewer's text, and counting it would
report work that is not there. So every file is checked first, in one linear pass, and the
first problem is reported with its file and line, like `msgfmt` does.
"""

from __future__ import annotations

import re
from pathlib import Path

from translate.errors import InputError

__all__ = ["check_po_syntax", "decode_po"]

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(.*)$")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"\s*$')
_ESCAPE = re.compile(r"\\(?:[abfnrtv\\\"'?]|[0-7]{1,3}|x[0-9A-Fa-f]+)")
_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
_LINES = re.compile(r"\r\n|\r|\n")  # as polib reads a file (universal newlines)
_HINT = "fix the file in a PO editor (or `msgfmt --check` it) or restore it from its .bak " \
        "backup; it was left untouched"


def decode_po(data: bytes, path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read with: UTF-8 when the bytes are UTF-8
    (whatever the header claims: a file saved as UTF-8 under an ISO-8859-1 header would
    otherwise be double-encoded on the next save); otherwise the charset of the header."""
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    match = _CHARSET.search(data[:4096])
    charset = match.group(1).decode("ascii") if match else ""
    if charset.upper() in ("", "CHARSET", "UTF-8", "UTF8"):
        line = data[:utf8_error.start].count(b"\n") + 1
        raise InputError("not valid UTF-8 text", path=path, line=line,
                         hint="save the file as UTF-8, or declare its charset in the header")
    try:
        return data.decode(charset), charset
    except (LookupError, UnicodeDecodeError) as exc:
        where = getattr(exc, "start", 0)
        raise InputError(f"cannot decode the file as {charset} (its header's charset)",
                         path=path, line=data[:where].count(b"\n") + 1,
                         hint="save the file as UTF-8 and say so in its header") from None


def _unescape(body: str, path: Path, line: int) -> str:
    out, pos = [], 0
    for match in _ESCAPE.finditer(body):
        if "\\" in body[pos:match.start()]:
            break
        out.append(body[pos:match.start()])
        code = match.group()[1:]
        if code in _SIMPLE:
            out.append(_SIMPLE[code])
        elif code[0] == "x":
            out.append(chr(int(code[1:], 16) & 0xFF))
        elif code[0].isdigit():
            out.append(chr(int(code, 8) & 0xFF))
        else:
            out.append(code)
        pos = match.end()
    rest = body[pos:]
    if "\\" in rest:
        raise InputError("invalid escape sequence in a string", path=path, line=line,
                         hint=_HINT)
    out.append(rest)
    return "".join(out)


def _string(text: str, path: Path, line: int) -> str:
    text = text.strip()
    if not text.startswith('"'):
        raise InputError("a string in double quotes was expected", path=path, line=line,
                         hint=_HINT)
    match = _STRING.match(text)
    if match is None:
        raise InputError("end of line within string (a closing \" is missing)", path=path,
                         line=line, hint=_HINT)
    return _unescape(match.group(1), path, line)


class _Entry:
    __slots__ = ("line", "context", "msgid", "plural", "strings", "part", "obsolete")

    def __init__(self, line: int, obsolete: bool) -> None:
        self.line = line
        self.context: str | None = None
        self.msgid: str | None = None
        self.plural = False
        self.strings = 0  # msgstr parts seen
        self.part = ""  # the keyword continuation strings belong to
        self.obsolete = obsolete


def check_po_syntax(text: str, path: Path) -> None:
    """Raise `InputError` (file, line) at the first thing `msgfmt` would reject: a broken
    string, an unknown keyword, an entry without msgstr, plural forms out of order, or a
    msgid defined twice (obsolete `#~` entries included, as msgfmt counts them)."""
    seen: dict[tuple[str | None, str], int] = {}
    entry: _Entry | None = None

    def finish(current: _Entry | None) -> None:
        if current is None:
            return
        if current.msgid is None:
            raise InputError("msgctxt without msgid", path=path, line=current.line, hint=_HINT)
        if not current.strings:
            raise InputError("entry without msgstr", path=path, line=current.line, hint=_HINT)
        key = (current.context, current.msgid)
        if key in seen:
            raise InputError(f"duplicate message definition (first defined at line "
                             f"{seen[key]})", path=path, line=current.line,
                             hint="merge the two entries into one")
        seen[key] = current.line

    for number, line in enumerate(_LINES.split(text), start=1):
        stripped = line.strip()
        obsolete = False
        if stripped.startswith("#~"):
            rest = stripped[2:].lstrip()
            if rest.startswith("|"):
                continue  # previous msgid of an obsolete entry: informative only
            stripped, obsolete = rest, True
            if not stripped:
                continue
        elif not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith('"'):
            if entry is None or not entry.part:
                raise InputError("a string without a keyword before it", path=path,
                                 line=number, hint=_HINT)
            value = _string(stripped, path, number)
            if entry.part == "msgid":
                entry.msgid = (entry.msgid or "") + value
            elif entry.part == "msgctxt":
                entry.context = (entry.context or "") + value
            continue
        match = _KEYWORD.match(stripped)
        if match is None:
            word = stripped.split()[0]
            raise InputError(f"keyword {word!r} unknown", path=path, line=number, hint=_HINT)
        keyword, index, rest = match.groups()
        value = _string(rest, path, number)
        if keyword in ("msgctxt", "msgid"):
            if entry is not None and (entry.strings or keyword == "msgctxt"
                                      or entry.msgid is not None):
                finish(entry)
                entry = None
            if entry is None:
                entry = _Entry(number, obsolete)
            if keyword == "msgctxt":
                entry.context = value
            else:
                entry.msgid = value
            entry.part = keyword
        elif entry is None or entry.msgid is None:
            raise InputError(f"{keyword} without msgid before it", path=path, line=number,
                             hint=_HINT)
        elif keyword == "msgid_plural":
            if entry.plural or entry.strings:
                raise InputError("msgid_plural in the wrong place", path=path, line=number,
                                 hint=_HINT)
            entry.plural, entry.part = True, "msgid_plural"
        elif index is None:
            if entry.plural or entry.strings:
                raise InputError("msgstr without [index] after msgid_plural, or twice",
                                 path=path, line=number, hint=_HINT)
            entry.strings, entry.part = 1, "msgstr"
        else:
            if not entry.plural or int(index) != entry.strings:
                raise InputError(f"plural form msgstr[{index}] has the wrong index",
                                 path=path, line=number, hint=_HINT)
            entry.strings += 1
            entry.part = "msgstr"
    finish(entry)
