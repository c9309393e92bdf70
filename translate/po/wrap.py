"""PO text written the way GNU gettext writes it, so `msgcat`, `msgmerge`, Poedit and Weblate
re-saving a file we wrote change nothing in version control.

gettext (`write-po.c`) escapes each string, cuts it after every `\\n`, finds the line-break
opportunities of each piece by the Unicode line breaking algorithm (UAX #14, libunistring's
pair-table form) and fills lines greedily up to 79 columns (wide characters count 2,
combining marks 0). A string that does not fit on the keyword's line, or that holds a `\\n`
before its end, starts with an empty `""` line. This module does the same for the characters
news text is made of (Latin, Vietnamese and Czech letters, digits, ASCII and typographic
punctuation, Cyrillic, Thai, CJK ideographs); anything else is treated as a letter, as
libunistring treats unknown characters. `tests/po/test_wrap.py` compares it with `msgcat`
(gettext 0.21, libunistring 1.0) on the corpus, NTREX vi/cs/en and random punctuation-heavy
strings: no line differs. Known differences, all outside news text: Hangul jamo, Hebrew next
to hyphens, emoji joined with U+200D, raw C0 control characters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import polib

__all__ = ["PAGE_WIDTH", "format_catalog", "format_entry", "wrap_string"]

PAGE_WIDTH = 79
_NO_WRAP = 1 << 30

# line-break classes (UAX #14) of the characters that are not plain letters
_ASCII_CLASSES = {
    "!": "EX", '"': "QU", "$": "PR", "%": "PO", "'": "QU", "(": "OP", ")": "CP", "+": "PR",
    ",": "IS", "-": "HY", ".": "IS", "/": "SY", ":": "IS", ";": "IS", "?": "EX", "[": "OP",
    "\\": "PR", "]": "CP", "{": "OP", "|": "BA", "}": "CL", " ": "SP", "\t": "BA",
}
_OTHER_CLASSES = {
    "\u00a0": "GL", "\u00a1": "OP", "\u00a2": "PO", "\u00a3": "PR", "\u00a4": "PR",
    "\u00a5": "PR", "\u00ab": "QU", "\u00ad": "BA", "\u00b0": "PO", "\u00b1": "PR",
    "\u00b4": "BB", "\u00bb": "QU", "\u00bf": "OP", "\u034f": "GL", "\u2007": "GL",
    "\u2010": "BA", "\u2011": "GL", "\u2012": "BA", "\u2013": "BA", "\u2014": "B2",
    "\u2018": "QU", "\u2019": "QU", "\u201a": "OP", "\u201b": "QU", "\u201c": "QU",
    "\u201d": "QU", "\u201e": "OP", "\u201f": "QU", "\u2024": "IN", "\u2025": "IN",
    "\u2026": "IN", "\u2027": "BA", "\u2030": "PO", "\u2031": "PO", "\u2032": "PO",
    "\u2033": "PO", "\u2034": "PO", "\u2039": "QU", "\u203a": "QU", "\u203c": "NS",
    "\u2044": "IS", "\u2060": "WJ", "\u200b": "ZW", "\u200d": "CM", "\u202f": "GL", "\u20ac": "PR",
    "\u2116": "PR", "\u3001": "CL", "\u3002": "CL", "\u300c": "OP", "\u300d": "CL",
    "\uff08": "OPW", "\uff09": "CL", "\uff0c": "CL", "\uff0e": "CL", "\uff1a": "NS",
    "\uff1b": "NS", "\uff01": "EX", "\uff1f": "EX", "\u3000": "BA", "\ufeff": "WJ",
}
# Japanese small kana, the prolonged sound mark and iteration marks (CJ, NS: no break before)
_SMALL_KANA = frozenset("ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーゝゞヽヾ々・〻"
                        "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ")
_BREAK, _NO_BREAK = True, False


@lru_cache(maxsize=4096)
def _class(ch: str) -> str:
    """The UAX #14 class of a character, resolved as libunistring resolves AI/SA/XX/CB."""
    if ch < "\x80":
        if ch in _ASCII_CLASSES:
            return _ASCII_CLASSES[ch]
        if ch < " " or ch == "\x7f":
            return "CM"  # control characters break like combining marks
        return "NU" if ch.isdigit() else "AL"
    if ch in _OTHER_CLASSES:
        return _OTHER_CLASSES[ch]
    if ch in _SMALL_KANA:
        return "NS"
    category = unicodedata.category(ch)
    if category in ("Mn", "Mc", "Me", "Cc"):
        return "CM"
    if "\u05d0" <= ch <= "\u05f2" or "\ufb1d" <= ch <= "\ufb4f":
        return "HL"
    if category == "Nd":
        return "NU"
    if category == "Zs":
        return "BA"
    if category in ("Zl", "Zp"):
        return "BK"
    if unicodedata.east_asian_width(ch) in ("W", "F") and category.startswith(("L", "S")):
        return "ID"
    if category == "Ps":
        return "OPW" if unicodedata.east_asian_width(ch) in ("W", "F", "H") else "OP"
    if category == "Pe":
        return "CL"
    if category == "Pd":
        return "BA"
    return "AL"


def _width(ch: str) -> int:
    """Columns a character takes (libunistring `uc_width`, non-CJK encoding)."""
    if ch < " " or "\x7f" <= ch < "\xa0":
        return 0
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


_NUMERIC_AFTER = ("PR", "PO", "HY", "IS", "NU", "SY")


def _pair(before: str, after: str) -> str:
    """The pair table: "D" break, "I" break only after spaces, "P" never."""
    if after == "OPW" and before not in ("AL", "HL", "NU"):
        after = "OP"  # a wide opening bracket is OP, except for LB30
    before = "OP" if before == "OPW" else before
    if after in ("CL", "CP", "EX", "IS", "SY", "WJ") or before == "OP":
        return "P"  # LB11, LB13, LB14
    if (before == "QU" and after == "OP") or (before in ("CL", "CP") and after == "NS"):
        return "P"  # LB15, LB16
    if before == "B2" and after == "B2":
        return "P"  # LB17
    if before in ("GL", "WJ") or (after == "GL" and before not in ("BA", "HY")):
        return "I"  # LB11, LB12, LB12a
    if after == "QU" or before == "QU":
        return "I"  # LB19
    if after in ("BA", "HY", "NS", "IN") or before == "BB":
        return "I"  # LB21, LB22
    letters = ("AL", "HL")
    if (before in letters and after == "NU") or (before == "NU" and after in letters):
        return "I"  # LB23
    if (before == "PR" and after == "ID") or (before == "ID" and after == "PO"):
        return "I"  # LB23a
    if (before in ("PR", "PO") and after in letters) or (before in letters
                                                          and after in ("PR", "PO")):
        return "I"  # LB24
    if (before in ("CL", "CP", "NU") and after in ("PO", "PR")) or (
            before in ("PO", "PR") and after == "OP") or (
            before in _NUMERIC_AFTER and after == "NU"):
        return "I"  # LB25
    if before in letters and after in letters:
        return "I"  # LB28
    if (before in ("AL", "HL", "NU") and after == "OP") or (before == "CP"
                                                            and after in ("AL", "HL", "NU")):
        return "I"  # LB30
    return "D"


def _opportunities(text: str) -> list[bool]:
    """Where a line may break before each character (libunistring's possible line breaks)."""
    result = [_NO_BREAK] * len(text)
    last = "BK"  # class of the last character that is not a space
    seen_space: int | None = None
    seen_space2: int | None = None
    for i, ch in enumerate(text):
        prop = _class(ch)
        if prop == "BK":
            last, seen_space, seen_space2 = "BK", None, None
            continue
        if prop == "SP":
            seen_space2, seen_space = seen_space, i
            continue
        if prop == "ZW":
            last, seen_space, seen_space2 = "ZW", None, None
            continue
        at = i
        if prop == "CM":
            if last == "ZW":
                result[i] = _BREAK
                last = "ID"
                continue
            if seen_space is None:
                continue  # a combining mark takes the class of its base
            at, seen_space, prop = seen_space, seen_space2, "ID"
        if last == "ZW":
            result[at] = _BREAK
        elif last != "BK":
            rule = _pair(last, prop)
            result[at] = rule == "D" or (rule == "I" and seen_space is not None)
        last, seen_space, seen_space2 = prop, None, None
    return result


_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\v": "\\v", "\\": "\\\\", '"': '\\"'}


def _portions(value: str) -> list[str]:
    """The string cut after each newline (the last piece may be empty only if value is)."""
    pieces, start = [], 0
    for i, ch in enumerate(value):
        if ch == "\n":
            pieces.append(value[start:i + 1])
            start = i + 1
    if start < len(value) or not pieces:
        pieces.append(value[start:])
    return pieces


def _lines_of(portion: str, width: int, start_column: int) -> list[str]:
    """Escape a portion and cut it where gettext would."""
    chars: list[str] = []
    breakable: list[bool] = []  # may a break be considered before this output char
    for ch in portion:
        escaped = _ESCAPES.get(ch)
        if escaped is None:
            chars.append(ch)
            breakable.append(True)
        else:
            chars.extend(escaped)
            breakable.extend((True, False))
    if portion.endswith("\n"):
        breakable[-2] = False  # never break just before the final "\n"
    possible = _opportunities("".join(chars))
    breaks: list[int] = []
    last_at: int | None = None
    column = start_column
    piece = 0
    for i, ch in enumerate(chars):
        here = possible[i] and breakable[i]
        if here:
            if last_at is not None and column + piece > width:
                breaks.append(last_at)
                column = 0
            last_at = i
            column += piece
            piece = 0
        piece += _width(ch)
    if last_at is not None and column + piece > width:
        breaks.append(last_at)
    lines, start = [], 0
    for at in breaks:
        lines.append("".join(chars[start:at]))
        start = at
    lines.append("".join(chars[start:]))
    return lines


def wrap_string(name: str, value: str, prefix: str = "", page_width: int = PAGE_WIDTH
                ) -> list[str]:
    """`name "value"` as gettext writes it: a list of lines without newlines."""
    after_break = len(prefix) + 1
    width = page_width - 1 - after_break
    out: list[str] = []
    first = True
    portions = _portions(value)
    for index, portion in enumerate(portions):
        if first:
            start = len(prefix) + len(name) + 2 - after_break
            lines = _lines_of(portion, width, start)
            more = index + 1 < len(portions)
            if portion and (more or start > width or len(lines) > 1):
                out.append(f'{prefix}{name} ""')
                first = False
            else:
                out.append(f'{prefix}{name} "{lines[0]}"')
                out.extend(f'{prefix}"{line}"' for line in lines[1:])
                first = False
                continue
        lines = _lines_of(portion, width, 0)
        out.extend(f'{prefix}"{line}"' for line in lines)
    return out


def _comment_lines(mark: str, text: str) -> list[str]:
    return [f"{mark} {line}" if line else mark for line in text.split("\n")] if text else []


def _references(entry: polib.POEntry, page_width: int) -> list[str]:
    if not entry.occurrences:
        return []
    lines, line, column = [], "#:", 2
    for name, number in entry.occurrences:
        ref = f"{name}:{number}" if number not in (None, "") else name
        size = len(ref.encode("utf-8")) + 1  # gettext counts file names in bytes
        if column > 2 and column + size > page_width:
            lines.append(line)
            line, column = "#:", 2
        line += " " + ref
        column += size
    lines.append(line)
    return lines


def _flag_order(flag: str) -> int:
    """gettext's order: fuzzy, format flags, range, wrap; flags gettext does not know (it
    drops them, the tool keeps them) last, in their order."""
    if flag == "fuzzy":
        return 0
    if flag.endswith("-format"):
        return 1
    if flag.startswith("range:"):
        return 2
    return 3 if flag in ("wrap", "no-wrap") else 4


def format_entry(entry: polib.POEntry, page_width: int = PAGE_WIDTH) -> str:
    """One entry (live or obsolete) as gettext writes it, without a trailing newline."""
    obsolete = entry.obsolete
    keyword = "#~ " if obsolete else ""
    previous = "#~| " if obsolete else "#| "
    lines = _comment_lines("#", entry.tcomment or "")
    lines += _comment_lines("#.", entry.comment or "")
    lines += _references(entry, min(page_width, PAGE_WIDTH))
    flags = sorted(dict.fromkeys(entry.flags), key=_flag_order)
    if flags:
        lines.append("#, " + ", ".join(flags))
    if "no-wrap" in flags:
        page_width = _NO_WRAP  # the reviewer asked for long lines; references still wrap
    for name, value in (("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                        ("msgid_plural", entry.previous_msgid_plural)):
        if value is not None:
            lines += wrap_string(name, value, previous, page_width)
    if entry.msgctxt is not None:
        lines += wrap_string("msgctxt", entry.msgctxt, keyword, page_width)
    lines += wrap_string("msgid", entry.msgid, keyword, page_width)
    if entry.msgid_plural:
        lines += wrap_string("msgid_plural", entry.msgid_plural, keyword, page_width)
        for index in sorted(entry.msgstr_plural, key=int):
            lines += wrap_string(f"msgstr[{index}]", entry.msgstr_plural[index], keyword,
                                 page_width)
    else:
        lines += wrap_string("msgstr", entry.msgstr, keyword, page_width)
    return "\n".join(lines)


def _header_entry(catalog: polib.POFile) -> polib.POEntry:
    value = "".join(f"{key}: {text}\n" for key, text in catalog.metadata.items())
    header = polib.POEntry(msgid="", msgstr=value, tcomment=catalog.header or "")
    if catalog.metadata_is_fuzzy:
        header.flags.append("fuzzy")
    return header


def format_catalog(catalog: polib.POFile, page_width: int = PAGE_WIDTH) -> str:
    """The whole file: header, live entries, then obsolete ones (as gettext orders them)."""
    entries = [_header_entry(catalog)]
    entries += [e for e in catalog if not e.obsolete]
    entries += [e for e in catalog if e.obsolete]
    return "\n\n".join(format_entry(e, page_width) for e in entries) + "\n"
