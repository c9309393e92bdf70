"""What the Vietnamese source says about a term that its Czech rendering may leave open.

A Czech form often fits several cells (`předsedkyni`: dative, accusative or locative;
`výbor`: nominative or accusative; `rady`: genitive singular or nominative plural), and an
untranslated or abbreviated rendering (`Bí thư Tỉnh ủy`, `MZV`) has no ending at all. The
Vietnamese around the term marks what Czech marks with endings, with separate words:

- number: a classifier or numeral before the term (`các`, `những`, `hai`, `50`);
- gender: `bà` or `nữ` before a title, `nữ` right after it (`cán bộ nữ`), `Thị` in the name
  after it (`Nguyễn Thị Mai`);
- the country: whether `Việt Nam` is named outside the term (then a `vietnamský` next to
  the rendering is that name's translation, not part of the rendering);
- role: the word before the term (`của` → the owner, Czech genitive; `cho`, `tới`, `đến`,
  `lên`, `trình`, `gửi` → the recipient, dative (where to, with a Czech `na`, `v`); `do`,
  `bởi`, `được`, `bị` → the doer, nominative in an active Czech sentence and instrumental in
  a passive one; `thưa`, `xin chào` → the person addressed, vocative; `với`, `cùng` → the
  partner, instrumental after a Czech `s`; `làm` → the office, instrumental or `za` +
  accusative; `bằng` → the means, instrumental (`trả lời bằng công văn`: `odpověděl úředním
  dopisem`); a verb such as `gặp`, `cảm ơn` → its object, not nominative), or nothing
  before it, or a comma (the subject; of a passive verb, `bị`/`được` after it: nominative).

`translate.draft.context` uses the role only to choose among the cells the Czech allows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["SourceHints", "source_hints", "GENITIVE", "DATIVE", "AGENT", "SUBJECT", "ADDRESS",
           "WITH", "AS", "OBJECT", "PATIENT", "MEANS"]

GENITIVE, DATIVE, AGENT, SUBJECT, ADDRESS = "gen", "dat", "agent", "subject", "voc"
WITH, AS, OBJECT, PATIENT, MEANS = "ins", "as", "object", "patient", "means"


@dataclass(frozen=True)
class SourceHints:
    plural: bool = False  # `các Bí thư`, `hai Thứ trưởng`
    female: bool = False  # `bà Bí thư`, `nữ đại biểu`, `Bí thư Tỉnh ủy Lê Thị Thủy`
    role: str = ""  # gen | dat | agent | subject | voc | ins | as | object | means | ""
    country: bool = False  # the source names Việt Nam outside the term
    unnamed: bool = False  # a local level's body named by no place (`Ủy ban nhân dân xã`
    # without a name after it): any commune's, so a plural rendering may stay plural


_WORD = re.compile(r"\w+|[^\w\s]")
_NUMERALS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn")
_PLURAL = ("các", "những", "nhiều", "mọi", *_NUMERALS)
# words between a role word and the term: classifiers, quantifiers, honorifics, `former`, `new`
_SKIP = (*_PLURAL, "ông", "bà", "nữ", "vị", "ngài", "cả", "tất", "toàn", "thể", "một", "số",
         "nguyên", "cựu", "tân", "đồng", "chí", "quý")
_ROLES = {
    "của": GENITIVE, "thuộc": GENITIVE,
    "cho": DATIVE, "tới": DATIVE, "đến": DATIVE, "lên": DATIVE, "trình": DATIVE,
    "gửi": DATIVE,
    "do": AGENT, "bởi": AGENT, "được": AGENT, "bị": AGENT,  # `được UBND tỉnh phê duyệt`
    "thưa": ADDRESS,
    "với": WITH, "cùng": WITH,  # `làm việc với`: Czech `s` + instrumental
    "làm": AS,  # `bầu ông X làm Bí thư`: Czech `zvolit kým` / `za koho`
    "bằng": MEANS,  # `bằng công văn`: by letter, Czech instrumental (a document's only)
}
# verbs after which a term is their object, never the subject (last syllable; the Czech
# clause may still open with its verb: `Blahopřál {místopředsedkyni}`)
_OBJECT_VERBS = ("gặp", "thăm", "tiếp", "ơn", "mừng", "vấn", "bầu", "nhiệm", "ngợi", "thưởng",
                 "luật", "tập", "nghị", "cầu", "kiến", "đàm", "xúc", "dương", "đón", "mời",
                 "hỏi", "giao", "trao", "tặng", "cử", "khen", "chất", "hộ", "thay", "chức",
                 "toàn", "kiểm", "phê", "đạo", "triệu", "phỏng", "chúc", "cảm")
_STOP = set(".!?;:…\"“”«»()[]")
_ONE = ("một", "ông", "bà", "anh", "chị", "mỗi", "từng", "vị")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text))


def source_hints(source: str, start: int, end: int, generic: bool = False) -> SourceHints:
    """Number, gender and role of the term at `source[start:end]` (see module docstring).

    A `generic` term (a kind of person, `công chức`, `cán bộ`) with nothing that makes it one
    person (`một`, `ông`, `bà`, a name after it) means people of that kind: plural."""
    before = _tokens(source[:start])
    after = _tokens(source[end:])
    skipped: list[str] = []
    k = len(before) - 1
    while k >= 0 and (before[k].lower() in _SKIP or before[k].isdigit()) and len(skipped) < 4:
        skipped.append(before[k].lower())
        k -= 1
    if k >= 0 and before[k].lower() == "thứ":  # `lần thứ 10`: an ordinal, not ten of them
        skipped = [w for w in skipped if not (w.isdigit() or w in _NUMERALS)]
    plural = any(w in _PLURAL or w.isdigit() for w in skipped) or "số" in skipped \
        or (len(after) > 1 and after[0].lower() in ("các", "những"))  # `UBND các tỉnh`
    if generic and not plural and not any(w in _ONE for w in skipped) \
            and not (after and after[0][:1].isupper()) \
            and not (k >= 0 and before[k].lower() in _ONE):
        plural = True
    female = "bà" in skipped or "nữ" in skipped or _thi_after(source[end:]) \
        or (bool(after) and after[0].lower() == "nữ") \
        or _woman_before(before[:k + 1])  # `cán bộ nữ`: `nữ` after the noun
    role = ""
    word = before[k].lower() if k >= 0 else ""
    if k < 0 or word in _STOP or word == ",":
        role = SUBJECT
    elif word in _ROLES:
        role = _ROLES[word]
    elif word == "chào" and (k == 0 or before[k - 1].lower() in ("xin", "kính")):
        role = ADDRESS  # `Xin chào Chủ tịch!`, not `đã chào Thường trực Ban Bí thư`
    elif word in _OBJECT_VERBS:
        role = OBJECT
    if role == SUBJECT and _passive_after(after):
        role = PATIENT  # `12 Ủy viên … đã bị kỷ luật`: the subject of a passive
    if role == AS or word == "chức" and k > 0 and before[k - 1].lower() in ("giữ", "nhận"):
        # `bầu bà Trần Thị Yến làm|giữ chức Phó Chủ tịch`: the woman elected
        female = female or any(w.lower() in ("bà", "nữ") or w == "Thị"
                               for w in before[max(0, k - 6):k])
    outside = unicodedata.normalize("NFC", f"{source[:start]} {source[end:]}").lower()
    country = "việt nam" in outside
    return SourceHints(plural, female, role, country)


def _passive_after(after: list[str]) -> bool:
    """`bị`/`được` + verb after the term and its name (`đã bị kỷ luật`)."""
    for word in after[:8]:
        low = word.lower()
        if low in ("bị", "được"):
            return True
        if not (word[:1].isupper() or low in ("đã", "sẽ", "đang", "vừa", "mới", "cũng")):
            return False
    return False


def _thi_after(rest: str) -> bool:
    """`Thị` as the middle name of the person named right after the title, or right after the
    name of the department the title heads (issue 12co); `là nữ` after it (issue 12cs)."""
    words = _tokens(rest)
    return _thi_named(words[:5]) or _thi_after_department(words[:16]) or _are_women(words[:12])


def _are_women(words: list[str]) -> bool:
    """`là nữ` after the term in its clause (`bầu ba Ủy viên UBND tỉnh là nữ`: three members
    who are women, issue 12cs)."""
    for k, word in enumerate(words[:-1]):
        if word in _STOP or word == ",":
            return False
        if word.lower() == "là" and words[k + 1].lower() == "nữ":
            return True
    return False


def _woman_before(before: list[str]) -> bool:
    """A woman named right before the title and a comma, the title her apposition (`Bà Lê Thị
    Thu, Thứ trưởng, …`, `gặp bà Nguyễn Thị Hạnh, Chủ tịch …`, issue 12cs): the name's words
    (capitalised, `bà` before them) right before the comma; without `bà` the name may close
    a list's item (`Bộ trưởng Nội vụ Phạm Thị Thanh Trà, Chủ tịch …`): not read."""
    if not before or before[-1] != ",":
        return False
    name: list[str] = []
    for word in reversed(before[:-1]):
        if not word[:1].isupper() and word.lower() != "bà" or word in _STOP:
            break
        name.insert(0, word)
        if word.lower() == "bà":
            break
    if len(name) < 2 or any(w.lower() == "ông" or w == "Văn" for w in name):
        return False
    return name[0].lower() == "bà"


def _thi_named(words: list[str]) -> bool:
    """`Thị` after a capitalised word before the clause ends (`Nguyễn Thị Lan`)."""
    for k, word in enumerate(words):
        if word in _STOP or word == ",":
            return False
        if word == "Thị" and k > 0 and words[k - 1][:1].isupper():
            return True
    return False


def _thi_after_department(words: list[str]) -> bool:
    """`Thị` in a name after the department's (`Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh
    Lào Cai Nguyễn Thị Hương`), or `, bà` + a name after them (issue 12cs): only capitalised
    words, the lower-case syllables after them, `và`, `tỉnh`, `thành phố` and a comma before a
    capitalised word stand before it; a man's `Văn` name first ends the title's person
    (`Nguyễn Văn An và Phó Giám đốc Nguyễn Thị Lan`)."""
    for k, word in enumerate(words):
        after_capital = k > 0 and words[k - 1][:1].isupper()
        if word == "Thị" and after_capital:
            return True
        if word == "Văn" and after_capital:
            return False
        if word == "," and k > 0 and words[k + 1:k + 2] == ["bà"] \
                and words[k + 2:k + 3] and words[k + 2][:1].isupper():
            return True  # `Chủ tịch HĐND tỉnh Vĩnh Long, bà Huỳnh …`: her apposition
        named = word[:1].isupper() or word in ("và", "tỉnh", "thành", "phố") \
            or (word == "," and k + 1 < len(words) and words[k + 1][:1].isupper()) \
            or (word.isalpha() and after_capital)
        if not named:
            return False
    return False
