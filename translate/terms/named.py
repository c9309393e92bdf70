"""Bodies named by their domain: a head word and a complement composed from a vocabulary.

Vietnamese names most offices, centres and units by what they do: `Cục Kiểm tra văn bản quy
phạm pháp luật`, `Phòng Cảnh sát giao thông`, `Trung tâm Bảo tồn di tích`, `Ban Quản lý dự án
đầu tư xây dựng`. No list holds them all, so they are composed, like titles, from three tables
in `translate/data/titles/` (documented in glossaries/README.md):

    named body = head { qualifier } [ complement ] { qualifier }
    complement = group { ("," | "và" | "-" | "&") group }     a later group starts capitalised
    group      = unit { unit }                                 `dự án` + `đầu tư xây dựng`
    unit       = word { sep word }                             coordinated words of one type:
                                                               actions (`Huấn luyện và Thi đấu`) or
                                                               an action's objects (`Xúc tiến đầu
                                                               tư, thương mại và du lịch`)

`heads.tsv` gives the head noun (Czech nominative, genitive and gender; English noun and word
order), `domain.tsv` the words (Czech in the genitive, English attributive), `qualifiers.tsv`
the words after the head or complement (`quốc gia`, `chuyên`, `Cổ phần`). Czech keeps the
Vietnamese order, every word after the head in the genitive (`centrum ochrany památek`);
English reverses it (`Heritage Conservation Centre`). What follows the name (a level word, a
place or the body's own name, a number, a parent body) is read by the title parser
(`compose.py`), which takes a named body like a glossary body. A complement word the
vocabulary lacks ends the complement there, and an action that needs an object (`Phát triển`)
cannot end it: then nothing is composed, so no Vietnamese word ever reaches a target.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from translate.errors import InputError
from translate.tables import read_table, require_columns
from translate.terms.model import Entry, split_alternatives
from translate.terms.tokens import END, TokenTrie, abbreviated

__all__ = ["Head", "Word", "Qualifier", "NamedVocabulary", "NamedBodies",
           "load_named_vocabulary", "FACULTY_HEAD", "NAMED_PREFIX"]

NAMED_PREFIX = "named:"
GENDERS = ("m", "f", "n")
ALONE = ("no", "place", "level")
_SEPARATORS = frozenset({",", "và", "-", "&"})
# a law named after a comma is a document, no further field of the name (`Cục Thuế, Luật Quản
# lý thuế …`; `Khoa Kinh tế, Luật` would need `Luật` last): round thirty
_LAW = "luật"
_ON = "về"  # before a complement: `Ban Chỉ đạo về …` (a steering committee on a topic)
# levels as qualifiers, read only just before `về` (`Ban Chỉ đạo tỉnh về …`); elsewhere a level
# after a named body is the title grammar's (`Sở Y tế tỉnh`)
_ON_LEVELS = frozenset({"qual.on_province", "qual.on_city", "qual.on_district", "qual.on_commune"})
# a team named by a code of letters and digits instead of its domain (`Đội K91`, the military
# teams searching for the fallen; `Đội trưởng Đội K92`): a body in unseen45 and unseen53 (3 of 3),
# round fifty-two; a bare number is not a code (`Đội 2` counts or orders teams)
_CODED_HEADS = frozenset({"head.team"})
_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}")
_SKIPPED = frozenset({"các", "ngành"})  # `Ban Quản lý các khu công nghiệp`, `Công đoàn ngành Y tế`
# `công tác` (the work of) before a field adds nothing to its name: `Ban Chỉ đạo công tác dân số`
# is the population steering committee (unseen23, 46, 52, 57, 59 wrote it before other fields
# than the few listed with it); written lower-case and never where `công tác X` is a word of its
# own (`công tác xã hội`, social work): round fifty-six
_WORK_OF = ("công", "tác")
# a world region (`dom.reg_*`) names a field on its own only after the heads of the foreign
# ministry's departments and of institutes (`Vụ Đông Nam Á - Nam Á`, `Viện Đông Bắc Á`); after
# any head it may be an action's object (`Trung tâm Nghiên cứu châu Âu`); `Ủy ban châu Âu` is
# the listed European Commission, not a committee for Europe
_REGION, _REGION_HEADS = "dom.reg_", frozenset({"head.vu", "head.vien", "head.cuc"})
# heads never read on their own: a body of another head renamed by where it is (`named.under`):
# `Khoa X` is a hospital's department, and a school's faculty (`Khoa Ngữ văn Trường Đại học Y`)
FACULTY_HEAD = "head.faculty"
_BY_PARENT = frozenset({FACULTY_HEAD})
_FILES = {
    "heads": ("id", "vi", "gender", "cs", "cs_gen", "en_noun", "en_order", "alone"),
    "domain": ("id", "vi", "type", "cs", "en"),
    "qualifiers": ("id", "vi", "cs_m", "cs_m_gen", "cs_f", "cs_f_gen", "cs_n", "cs_n_gen",
                   "cs_position", "en", "en_position"),
}
_CHOICES = {("heads", "gender"): GENDERS, ("heads", "en_order"): ("before", "of"),
            ("heads", "alone"): ALONE, ("domain", "type"): ("action", "field"),
            ("qualifiers", "cs_position"): ("before", "after"),
            ("qualifiers", "en_position"): ("before", "head", "after")}


@dataclass(frozen=True)
class Head:
    id: str
    terms: tuple[str, ...]
    gender: str
    cs: str
    cs_gen: str
    en_noun: str
    en_of: bool  # `Institute of Economics`, not `Economics Institute`
    alone: str  # what may stand in place of a complement: no | place | level


@dataclass(frozen=True)
class Word:
    id: str
    terms: tuple[str, ...]
    action: bool
    cs: str
    en: str
    en_of: str
    alone: bool  # an action that may end the complement without an object
    verb: bool = False  # also a common verb: never continues a run of fields


@dataclass(frozen=True)
class Qualifier:
    id: str
    terms: tuple[str, ...]
    cs: dict[str, tuple[str, str]]  # gender -> (nominative, genitive)
    cs_after: bool
    en: str
    en_position: str


@dataclass(frozen=True)
class NamedVocabulary:
    heads: tuple[Head, ...]
    words: tuple[Word, ...]
    qualifiers: tuple[Qualifier, ...]
    signature: str = ""

    def describe(self) -> str:
        return (f"{len(self.heads)} heads, {len(self.words)} domain words, "
                f"{len(self.qualifiers)} qualifiers")


def load_named_vocabulary(folder: str | Path) -> NamedVocabulary | None:
    """The three tables of `folder` (None when it has no `heads.tsv`); errors name the file,
    line and column."""
    folder = Path(folder)
    if not (folder / "heads.tsv").exists():
        return None
    digest = hashlib.sha256()
    rows: dict[str, list[tuple[dict[str, str], tuple[str, ...]]]] = {}
    for name, required in _FILES.items():
        path = folder / f"{name}.tsv"
        table = read_table(path, comments=True, what="named-body table")
        require_columns(table, required)
        seen: set[str] = set()
        rows[name] = []
        for row in table.rows:
            cells = dict(zip(table.header, (c.strip() for c in row.cells), strict=False))
            for column in required:
                if not cells.get(column):
                    raise InputError(f"empty '{column}'", path=path, line=row.line,
                                     hint="every row needs " + ", ".join(required))
                allowed = _CHOICES.get((name, column))
                if allowed and cells[column] not in allowed:
                    raise InputError(f"'{column}' must be one of {', '.join(allowed)}",
                                     path=path, line=row.line)
            if cells["id"] in seen:
                raise InputError(f"id '{cells['id']}' used twice", path=path, line=row.line)
            seen.add(cells["id"])
            terms = abbreviated((cells["vi"], *split_alternatives(cells.get("vi_variants", ""))))
            rows[name].append((cells, terms))
            digest.update("\t".join(f"{k}={v}" for k, v in sorted(cells.items())
                                    if k != "note").encode("utf-8"))
    heads = tuple(Head(c["id"], t, c["gender"], c["cs"], c["cs_gen"], c["en_noun"],
                       c["en_order"] == "of", c["alone"]) for c, t in rows["heads"])
    words = tuple(Word(c["id"], t, c["type"] == "action", c["cs"], c["en"],
                       c.get("en_of") or c["en"], c.get("alone", "") != "no",
                       c.get("verb", "") == "yes")
                  for c, t in rows["domain"])
    quals = tuple(Qualifier(c["id"], t, {g: (c[f"cs_{g}"], c[f"cs_{g}_gen"]) for g in GENDERS},
                            c["cs_position"] == "after", c["en"], c["en_position"])
                  for c, t in rows["qualifiers"])
    return NamedVocabulary(heads, words, quals, digest.hexdigest()[:12])


def _named_case(tokens: Sequence[str]) -> bool:
    """Two or more syllables, each with a capital: written as a proper name (`Hữu Nghị`), not
    as a field (`Văn hóa cơ sở`, `Khu kinh tế`)."""
    words = [t for t in tokens if t[:1].isalpha()]
    return len(words) >= 2 and all(t[:1].isupper() for t in words)


def _join(items: Sequence[str], word: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def _law_named(low: Sequence[str], sens: Sequence[str], k: int) -> bool:
    """`, Luật X…` at token k: a comma, then `Luật` and a capitalised name, where a body's
    name ends (the law is the sentence's next term, not a further field of the name)."""
    return low[k] == "," and k + 2 < len(low) and low[k + 1] == _LAW \
        and sens[k + 2][:1].isupper()


def _short(item_id: str) -> str:
    return item_id.split(".", 1)[-1]


@dataclass
class _Parse:
    """A complement as parsed: groups of units, a unit being coordinated words."""

    groups: list[list[list[Word]]] = field(default_factory=list)

    def cs(self) -> str:
        return _join([" ".join(_join([w.cs for w in unit], "a") for unit in group)
                      for group in self.groups], "a")

    def en(self, of: bool) -> str:
        # English reverses each group; after `of` the last English word takes its `en_of` form
        out = []
        for group in self.groups:
            units = [_join([w.en_of if of and k == 0 else w.en for w in unit], "and")
                     for k, unit in enumerate(group)]
            out.append(" ".join(reversed(units)))
        return _join(out, "and")

    def key(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(w.id for w in unit) for group in self.groups for unit in group)


class NamedBodies:
    """The parser: `parse` reads a named body at a token and returns it as a glossary-like
    `Entry` (concept `named:<head>+<words>`, renderings cs/en, Czech genitive)."""

    def __init__(self, vocab: NamedVocabulary) -> None:
        self.vocab = vocab
        self.heads, self.words, self.quals, self.levels = (TokenTrie(), TokenTrie(), TokenTrie(),
                                                           TokenTrie())
        for head in vocab.heads:
            for term in head.terms if head.id not in _BY_PARENT else ():
                self.heads.add(term, head)
        self._by_id = {head.id: head for head in vocab.heads}
        # concept -> (complement, qualifiers, key): what `under` renames
        self._parsed: dict[str, tuple[_Parse | None, list[Qualifier], tuple]] = {}
        for word in vocab.words:
            for term in word.terms:
                self.words.add(term, word)
        for qual in vocab.qualifiers:
            for term in qual.terms:
                (self.levels if qual.id in _ON_LEVELS else self.quals).add(term, qual)
        self.firsts = frozenset(self.heads.firsts)
        self.follow = {first: frozenset(k for k in node if k != END)
                       for first, node in self.heads.root.items()}
        self.singles = frozenset(first for first, node in self.heads.root.items() if END in node)
        # entries by (key, spelling as written): an entry's `source` is this sentence's own
        # spelling (`Đại học X` / `Trường Đại học X`, one concept), never one an earlier sentence
        # wrote, so no match depends on what the matcher read before (round 43)
        self._entries: dict[tuple[tuple, str], Entry] = {}

    def parse(self, low: Sequence[str], sens: Sequence[str], i: int, shared: bool = False
              ) -> tuple[int, Entry, str] | None:
        """(end, entry, alone) of the named body at token `i`, or None. `alone` is what must
        follow when there is no complement (`place`, `level`; "" when there is one). The head
        is capitalised unless a role shares it (`Trưởng phòng Tài chính`: `shared`)."""
        if not shared and not sens[i][:1].isupper():
            return None
        for end, head in self.heads.matches(low, sens, i):
            quals, j = self._qualifiers(low, sens, end)
            number, comp, before = "", None, j
            if j + 1 < len(low) and low[j].isdigit() and len(low[j]) <= 3 \
                    and sens[j + 1][:1].isupper():
                comp, after = self._complement(low, sens, j + 1)  # `Vùng 1 Hải quân`
                if comp is not None:
                    number, j = sens[j], after
            level = self.levels.longest(low, sens, j) if comp is None and _ON in low[j + 1:j + 3] \
                else None
            on = level[0] if level is not None and low[level[0]:level[0] + 1] == [_ON] else j
            if comp is None and low[on:on + 1] == [_ON]:  # `Ban Chỉ đạo (tỉnh) về chuyển đổi số`
                # (`… về công tác dân số` is a topic in prose: no `công tác` skipped there)
                comp, after = self._complement(low, sens, on + 1, work_of=False)
                if comp is not None:
                    quals += [level[1]] if on > j else []
                    j = after
            if comp is None:
                comp, j = self._complement(low, sens, j)
            if comp is not None and head.id not in _REGION_HEADS and all(
                    w.id.startswith(_REGION) for g in comp.groups for u in g for w in u):
                number, comp, j = "", None, before
            if comp is None and head.id in _CODED_HEADS and j < len(sens) \
                    and _CODE.fullmatch(sens[j]):
                number, j = sens[j], j + 1  # `Đội K92`: a team named by its code
            if comp is None and head.alone == "no" and not number:
                continue
            if comp is not None:
                more, j = self._qualifiers(low, sens, j)
                quals += more
            key = (head.id, comp.key() if comp else (), tuple(q.id for q in quals), number)
            source = " ".join(sens[i:j])
            entry = self._entries.get((key, source))
            if entry is None:
                entry = self._entry(head, comp, quals, source, key)
            return j, entry, "" if comp is not None or number else head.alone
        return None

    def _qualifiers(self, low, sens, j) -> tuple[list[Qualifier], int]:
        """The qualifiers from token `j` on (`quốc gia`, `Cổ phần`) and where they end; one
        that starts a longer domain word is that word's (`chuyên môn`, not `chuyên` + `môn`)."""
        out: list[Qualifier] = []
        while j < len(low):
            found = self.quals.longest(low, sens, j)
            if found is None:
                break
            word = self.words.longest(low, sens, j)
            if word is not None and word[0] > found[0]:
                break
            j, qual = found
            out.append(qual)
        return out, j

    def _unit(self, low, sens, j) -> tuple[int, Word] | None:
        """The domain word from token `j` on (past a skipped word), the longest that does not
        cut into the next body's head (`_cut_head`), and where it ends; None: none."""
        if j < len(low) and low[j] in _SKIPPED:
            j += 1
        if j >= len(low):
            return None
        for found in self.words.matches(low, sens, j):
            if not self._cut_head(low, sens, j, found[0]):
                return found
        return None

    def _cut_head(self, low, sens, j: int, end: int) -> bool:
        """A word of several tokens ending in a capital after a lower-case one whose last token
        begins the next body's head (`Hội đồng [quản trị] Công ty …`, not `quản trị công`); or a
        capitalised word that a level word makes a longer head (`Cơ quan thường trú [Thông tấn
        xã] Việt Nam`: the agency is the parent, not a field of a commune; round sixty)."""
        last = end - 1
        if last > j and sens[last][:1].isupper() and sens[last - 1][:1].islower() \
                and end < len(low) and low[end] in self.follow.get(low[last], ()):
            return True  # `quản trị | Công ty`
        head = self.heads.longest(low, sens, j) if sens[j][:1].isupper() else None
        return head is not None and head[0] > end \
            and self.levels.longest(low, sens, end) is not None  # `Thông tấn | xã Việt Nam`

    def _verb_object(self, low, sens, k) -> bool:
        """Token k, after a word that is also a verb, is a lower-case word that no name goes on
        with (no level, no word of the vocabulary): the verb's object (`tổ chức [hội nghị]`)."""
        return k < len(low) and sens[k][:1].islower() and sens[k].isalpha() \
            and self.levels.longest(low, sens, k) is None and self._unit(low, sens, k) is None

    def _complement(self, low, sens, j, work_of: bool = True) -> tuple[_Parse | None, int]:
        """The groups of fields and actions naming a head's body from `j` (`Sở [Tài chính -
        Kế hoạch]`) and where they end; None and `j` when none. `work_of`: a leading `công tác`
        is read through (`_WORK_OF`; not after `về`, where it is a topic in prose)."""
        parse, end, n = _Parse(), j, len(low)
        if work_of and tuple(sens[j:j + 2]) == _WORK_OF and self._unit(low, sens, j) is None:
            j += 2  # only right after the head (`Sở Y tế công tác …` is no name going on)
        while True:
            group, after = self._group(low, sens, j, bool(parse.groups) and not any(
                w.action for unit in parse.groups[-1] for w in unit))
            if group is None:
                break
            parse.groups.append(group)
            end = after
            # a further group after a separator starts with a capital (`Tài chính - Kế hoạch`)
            # or with a phrase of the vocabulary (`… thiên tai và tìm kiếm cứu nạn`)
            # (not a lower-case phrase after a comma that ends a group written as a name, every
            # syllable a capital: `Bệnh viện Hữu Nghị, hàng hóa …` is the name, then the sentence)
            if not (after + 1 < n and low[after] in _SEPARATORS and (
                    sens[after + 1][:1].isupper()
                    or not (low[after] == "," and _named_case(sens[j:after]))
                    and self._phrase_at(low, sens, after + 1, low[after] == ","))) \
                    or _law_named(low, sens, after) or self._agency_short(low, sens, after):
                break
            j = after + 1
        return (parse if parse.groups else None), end

    def _agency_short(self, low: Sequence[str], sens: Sequence[str], k: int) -> bool:
        """`, BHXH tỉnh X` at token k: a comma, then an abbreviation right before a level word:
        the agency's short name with its place, the parent of the unit named before the comma
        (`Phòng Chế độ BHXH, BHXH tỉnh X`), not a further field; an abbreviation coordinated
        inside an action's objects (`thực hiện chính sách BHXH, BHYT tỉnh X`) is read there."""
        return low[k] == "," and k + 2 < len(low) and len(sens[k + 1]) > 1 \
            and sens[k + 1].isalpha() and sens[k + 1].isupper() \
            and self.levels.longest(low, sens, k + 2) is not None

    def _phrase_at(self, low, sens, j, comma: bool = False) -> bool:
        """A phrase of the vocabulary at `j`; after a comma an action only before a capital
        (`Phòng Thanh tra, kiểm tra Sở …`; `Ủy ban Dân tộc, kiểm tra việc …` is a verb)."""
        found = self._unit(low, sens, j)
        if found is None or found[0] - j < 2:
            return False
        return not (comma and found[1].action) or (
            found[0] < len(sens) and sens[found[0]][:1].isupper())

    def _group(self, low, sens, j, after_field: bool = False
               ) -> tuple[list[list[Word]] | None, int]:
        """Words of one group of the complement; `after_field`: it follows a group of fields
        after a separator (`Giáo dục và [Đào tạo]`)."""
        units: list[list[Word]] = []
        has_action = False
        n = len(low)
        while True:
            found = self._unit(low, sens, j)
            if found is None:
                break
            end, word = found
            if units and not units[-1][-1].action and (word.action or word.verb):
                break  # `Sở Y tế kiểm tra …`, `Sở Tư pháp tổ chức …`: a verb, not the name
            if after_field and len(units) == 1 and units[0][-1].alone and word.verb \
                    and sens[j][:1].islower() and self._verb_object(low, sens, end):
                break  # `Sở Giáo dục và Đào tạo tổ chức hội nghị`: a field and an action
                # coordinated are a whole name, then a verb and its object (`Quy hoạch và
                # Kiểm định xây dựng tỉnh`: the name goes on to its level)
            unit, j = [word], end
            # coordinated actions share the object (`Huấn luyện và Thi đấu`); coordinated
            # fields after an action are its objects (`Xúc tiến đầu tư, thương mại và du lịch`)
            while (word.action or has_action) and j + 1 < n and low[j] in _SEPARATORS:
                nxt = self._unit(low, sens, j + 1)
                if nxt is None or nxt[1].action != word.action:
                    break
                unit.append(nxt[1])
                j = nxt[0]
            units.append(unit)
            has_action = has_action or word.action
        if not units or (units[-1][-1].action and not units[-1][-1].alone):
            return None, j  # `Trung tâm Phát triển` + an unknown word: its object is missing
        return units, j

    def _entry(self, head: Head, comp: _Parse | None, quals: list[Qualifier], source: str,
               key: tuple) -> Entry:
        number = key[3]  # a unit's number between its head and its domain (`Vùng 1 Hải quân`)
        before = [q.cs[head.gender] for q in quals if not q.cs_after]
        after = [q.cs[head.gender][0] for q in quals if q.cs_after]
        x_cs = comp.cs() if comp is not None else ""
        cs = " ".join(filter(None, [*(b[0] for b in before), head.cs, number, x_cs, *after]))
        cs_gen = " ".join(filter(None, [*(b[1] for b in before), head.cs_gen, number, x_cs,
                                        *after]))
        noun = " ".join([*(q.en for q in quals if q.en_position == "head"), head.en_noun,
                         *filter(None, [number])])
        if comp is None:
            en = noun
        elif head.en_of:
            en = f"{noun} of {comp.en(of=True)}"
        else:
            en = f"{comp.en(of=False)} {noun}"
        en = " ".join([*(q.en for q in quals if q.en_position == "before"), en,
                       *(q.en for q in quals if q.en_position == "after")])
        words = ["_".join(map(_short, unit)) for unit in key[1]]
        concept = NAMED_PREFIX + "+".join([_short(head.id), *filter(None, [number]), *words,
                                           *map(_short, key[2])])
        entry = Entry(concept, source, targets={"cs": (cs,), "en": (en,)},
                      genitive={"cs": (cs_gen,)}, pos="body")
        if len(self._entries) > 20_000:
            self._entries.clear()
            self._parsed.clear()
        self._entries[key, source] = entry
        self._parsed[concept] = (comp, quals, key)
        return entry

    def under(self, entry: Entry, head_id: str) -> Entry:
        """`entry` (a body this vocabulary named) with `head_id` in place of its head, the
        same words after it: a body whose parent tells what its head word means (`Khoa Ngữ
        văn` of a school is a faculty, not a hospital's department). Unchanged if unknown."""
        parsed, head = self._parsed.get(entry.concept), self._by_id.get(head_id)
        if parsed is None or head is None:
            return entry
        comp, quals, key = parsed
        key = (head_id, *key[1:])
        return self._entries.get((key, entry.source)) \
            or self._entry(head, comp, quals, entry.source, key)
