"""Words an English translation adds around a term it already has (issue 12ac).

`check --fix` leaves a sentence alone once the term is in it. In English the term is often
there with a body word added that the source does not say: `the provincial People's Committee
Office` for `UBND tỉnh` (no `Văn phòng`), `The Government of Vietnam` for `Chính phủ` (no
`Việt Nam`), `Government Decree 168` for `Nghị định 168` (no `Chính phủ`), `Women's Union
Association` (no second `Hội`). Such a word goes when it touches the term, is no part of another
term of the sentence and the source, outside the term's own words, has nothing it renders.
`Party General Secretary` for `Tổng Bí thư` stays: VNA's own English writes it (one set
planted it, another has it right).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from translate.draft.enforce import RequiredTerm
from translate.draft.enother import overlaps
from translate.terms.english import DOCUMENT_KINDS
from translate.text.normalize import strip_marks, word_at

__all__ = ["leftover"]

# a kind's word added after a whole name that already is the kind (`European Union bloc`,
# `Chamber of Commerce and Industry federation`: unseen32; `Confederation of Labour Unions`:
# unseen30; `Free Trade Agreement deal`: unseen31; issue 12bq): it goes only after the whole
# name as the term writes it, not after an acronym that is the whole name (`the ASEAN bloc`)
_FEDERATION = ("lien doan", "lien hiep")
_KINDS = {"bloc": ("khoi",), "federation": _FEDERATION,
          # capitalised as part of the name (`… Chamber of Commerce and Industry Federation`:
          # unseen42, as unseen32's lower-case one; issue 12cg)
          "Federation": _FEDERATION,
          "Unions": ("cong doan",), "deal": ("thoa thuan", "giao dich", "hop dong")}
# the country's name: where the term's own source says it (`Kiểm toán Nhà nước Việt Nam`, a
# variant) and the term lacks it, `of Vietnam` renders it and stays (issue 12bm)
_COUNTRY = ("of Vietnam", "of Viet Nam")
# an added word (as English writes it, next to the term) -> what the source says for it
# (lower case, without marks), after the term; `_BEFORE`: the words added before it
_AFTER = {"Office": ("van phong",), "Association": ("hoi",),
          **dict.fromkeys(_COUNTRY, ("viet nam", "vn")),
          # a generic head English adds to a term that is already the thing (issue 12ay:
          # `export turnover value`, `trade union organisation`, `cooperative society`)
          "value": ("gia tri",), "organisation": ("to chuc",), "organization": ("to chuc",),
          "society": ("hoi", "xa hoi"),
          # a body's committee the source does not name (`Vietnam Fatherland Front Committee`
          # for `Mặt trận Tổ quốc Việt Nam`, no `Ủy ban`) (issue 12bf: own27, unseen25)
          "Committee": ("uy ban", "ubnd", "ubmttq", "ban", "hoi dong"),
          # the Party a Party body's or office's name already means (`Politburo of the
          # Party`, `General Secretary of the Party`: unseen6, 14, 28), and a body word added
          # to a name that is already the body (`Secretariat Board`: unseen28) (issue 12bm)
          "of the Party": ("dang",), "Board": ("ban",),
          # a name's generic head capitalised after a whole name (`Vietnam Fatherland Front
          # Organisation`, `… Youth Union Organisation`: unseen30, 31, issue 12bp)
          "Organisation": ("to chuc",), "Organization": ("to chuc",),
          **_KINDS}
_BEFORE = {"Government": ("chinh phu",), "Communist Party": ("dang cong san", "dcs"),
           "Party": ("dang",), "Public": ("nha nuoc", "cong vu"),
           # the rank of another office (`Phó Chủ tịch Thường trực`) added to a title the
           # source gives without it (issue 12bf: unseen9, unseen25 ×2)
           "Permanent": ("thuong truc",),
           # a member's rank the source does not give (`Ủy viên chính thức` would say it):
           # `a full member of the … Party Committee` (issue 12bi: unseen19, unseen26)
           "full": ("chinh thuc",),
           # a leader's secretary is his own in English's `private secretary`; the source's
           # `Thư ký` says no `riêng` (issue 12bn: unseen23, unseen29)
           "Private": ("rieng",), "private": ("rieng",),
           # the same as `Personal` (`Personal Assistant to …`: unseen20, unseen23, 12bq)
           "Personal": ("rieng", "ca nhan"), "personal": ("rieng", "ca nhan"),
           # a ministry's document is no `Ministerial Circular` unless the source says a
           # minister's or ministries' (issue 12bp: unseen30; unseen31's `Inter-ministerial`)
           "Ministerial": ("bo truong", "cap bo", "lien bo"),
           # the State English adds before a public sector's common noun (`state public
           # investment`, `state budget revenue`: unseen5, 23, 26; issue 12bq)
           "state": ("nha nuoc",)}
# the terms a word before may leave: the body's documents, not any term (`Government Office`
# is a term of its own); `Party Politburo` for `Bộ Chính trị` (issue 12ad; `Party General
# Secretary` stays, see above, `Communist Party General Secretary` loses both words; the longer
# word first), `public civil servants` for `công chức`
_BEFORE_TERMS = {"Government": ("Decree", "Resolution"),
                 "Communist Party": ("General Secretary", "Politburo"),
                 "Party": ("Politburo",), "Public": ("civil servant",)}
# words of `_BEFORE` that may leave any title term (a capitalised one that does not begin with
# the word, issue 12bf) and any term whose words include `member` (issue 12bi): `_may_leave`
_ANY_TITLE = ("Permanent",)
_ANY_MEMBER = ("full",)
# before a term that begins with `Secretary` or `Assistant`
_ANY_SECRETARY = ("Private", "private", "Personal", "personal")
_ANY_DOCUMENT = ("Ministerial",)  # before a document kind (`DOCUMENT_KINDS`)
_ANY_PUBLIC = ("state",)  # before a lower-case term that begins with `public` or `budget`
# source words too short to read without their marks: `ban` (a board) is also `bàn`, `bán`,
# `bản`, `bạn` once the marks go, and begins verbs and adverbs (`ban hành` to issue, `ban đầu`
# at first): it says the body only as written, and not before these words (issue 12bn)
_MARKED = {"ban": ("hành", "đầu", "ngày", "đêm", "bố", "tặng", "phát")}


def leftover(text: str, span: tuple[int, int], term: RequiredTerm, sentence: str,
             taken: Iterable[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The span of words added next to `term` (at `span` in `text`) that the source does not
    say, with their joining space; None when there are none (see the module docstring)."""
    start, end = span
    rest = sentence.replace(term.source, " | ") if term.source else ""
    outside = _plain(rest)
    if not outside:
        return None
    marked = unicodedata.normalize("NFC", rest).lower()
    taken = list(taken)
    for word, source_words in _AFTER.items():
        m = re.match(rf"\s+{re.escape(word)}(?![\w'’])", text[end:])
        if m and word in _KINDS and not text[:end].endswith(term.target.split()[-1]):
            m = None  # a kind's word only after the whole name (`the ASEAN bloc` stays)
        if m and term.target.split()[-1] != word.split()[-1] \
                and not _said(outside, source_words, marked) \
                and not (word in _COUNTRY and _said(_plain(term.source), source_words)) \
                and not overlaps(taken, end, end + m.end()):
            return end, end + m.end()
    for word, source_words in _BEFORE.items():
        if not _may_leave(word, term.target):
            continue  # (tested first: the search below reads all the text before the term)
        m = re.search(rf"(?<![\w'’-]){re.escape(word)}\s+$", text[:start])
        if m and not _said(outside, source_words, marked) \
                and not overlaps(taken, m.start(), start):
            return m.start(), start
    return None


def _may_leave(word: str, target: str) -> bool:
    """Whether `word` (a key of `_BEFORE`) said before `target` may be an added word: only
    before the terms `_BEFORE_TERMS` lists for it, `Permanent` before any capitalised title
    that does not begin with it, `full` before any member's title, `private` or `personal`
    before a secretary's or an assistant's (`Secretary to the President`), `Ministerial`
    before a document kind, `state` before a term that begins with `public` or `budget`;
    before other terms it is part of the term or of another name (`Government Office`, `Party
    General Secretary`)."""
    return target in _BEFORE_TERMS.get(word, ()) \
        or word in _ANY_TITLE and target[:1].isupper() and not target.startswith(word) \
        or word in _ANY_MEMBER and "member" in target.lower().split() \
        or word in _ANY_SECRETARY and target.split()[:1] in (["Secretary"], ["Assistant"]) \
        or word in _ANY_DOCUMENT and target in DOCUMENT_KINDS \
        or word in _ANY_PUBLIC and target.split()[0] in ("public", "budget")


def _plain(text: str) -> str:
    """The text's words lower-cased without marks, one space apart (`|` kept: where the term
    was), as `_AFTER` and `_BEFORE` write the source's words."""
    return " ".join(re.findall(r"\w+|\|", strip_marks(text).lower()))


def _said(outside: str, words: tuple[str, ...], marked: str = "") -> bool:
    """Whether the source outside the term says one of `words` (plain; a `_MARKED` word is
    read with its marks in `marked`, never as the first word of the compounds listed)."""
    return any(_said_marked(w, marked) if w in _MARKED
               else word_at(w).search(outside) for w in words)


def _said_marked(word: str, marked: str) -> bool:
    """`word` (a key of `_MARKED`) said as written, marks and all, in the lower-cased source
    `marked`, and not as the first word of a compound `_MARKED` lists for it (`ban hành`)."""
    after = "|".join(map(re.escape, _MARKED[word]))
    return bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)(?!\s+(?:{after})(?!\w))", marked))
