"""Renderings without Czech endings: the Vietnamese term left in, and abbreviations.

A translation may keep the Vietnamese term as it is (`s Bí thư Tỉnh ủy`), abbreviated the
Vietnamese way (`UBND tỉnh` for `Ủy ban nhân dân tỉnh`: the initials of its syllables) or half
translated (`UBND provincie`: the place word put into Czech), or it may use the Czech
abbreviation of the term (`MZV` for `Ministerstvo zahraničních věcí`, `NS` for `Národní
shromáždění`: the initials of its content words). None of these declines, so the case of the
term that replaces them comes from the sentence alone (`translate.draft.context`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import abbreviation
from translate.terms.lemmas import same_word
from translate.text.normalize import match_key, strip_marks

__all__ = ["source_span", "abbreviation_span", "initials", "leftover_end"]

_WORD = re.compile(r"\w+")
# Vietnamese place words a translator puts into Czech inside a term left in (`UBND provincie`)
_PLACE_WORDS = {("tỉnh",): "provincie", ("huyện",): "okres", ("xã",): "obec",
                ("thành", "phố"): "město", ("quận",): "obvod", ("việt", "nam"): "Vietnam"}
_FUNCTION = ("a", "pro", "v", "ve", "s", "se", "z", "ze", "na", "o", "k", "ke", "do", "mezi",
             "(evfta)",
             "of", "the", "for", "and")  # English: `CPV` for `Communist Party of Vietnam`

# Vietnamese plural marks, no word of the target languages: left in before the term, its own
_PLURAL_MARKS = ("các", "những")


def _plain(text: str) -> str:
    """Lower case without diacritics (`Ủ` ~ `U`, `Đ` stays a letter of its own)."""
    return strip_marks(text.lower(), fold_d=False)


def initials(words: Sequence[str]) -> str:
    return "".join(_plain(w)[:1] for w in words)


def _in_code(text: str, start: int, end: int) -> bool:
    """A word glued by `/` or `-` to letters or digits is part of a code or document number
    (`961-CTr/TU`, `Số 12/UBND-VP`), not a term left in."""
    before = text[start - 2:start] if start >= 2 else ""
    after = text[end:end + 2]
    return (len(before) == 2 and before[1] in "/-" and before[0].isalnum()) or \
        (len(after) == 2 and after[0] in "/-" and after[1].isalnum())


def _words(text: str) -> list[tuple[int, int, str]]:
    """The words of `text`; a word inside a code is kept as an empty word, so that it matches
    nothing and the words around it stay apart."""
    return [(m.start(), m.end(), "" if _in_code(text, m.start(), m.end()) else m.group())
            for m in _WORD.finditer(text)]


def source_span(text: str, source: str, names: bool = False,
                bare: bool = False) -> tuple[int, int] | None:
    """Where the Vietnamese term `source` is left in `text`: as written, with runs of its
    syllables abbreviated (`UBND`), or with a place word in Czech (`provincie`); `names`:
    also without marks before a name (English, where no slot took it: `Chu tich nuoc Luong
    Cuong`); `bare` (Czech): also its abbreviation without the place word (`_without_place`)."""
    tokens = [t.lower() for t in _WORD.findall(match_key(source))]
    words = _words(text)
    if not tokens:
        return None
    for i in range(len(words)):
        end = _match_from(words, i, tokens)
        if end is None:
            continue
        found = text[words[i][0]:words[end - 1][1]]
        if not names and end < len(words) and words[end][2][:1].isupper() \
                and not _VIETNAMESE.search(found) \
                and _plain(found) == _plain(" ".join(tokens)) \
                and match_key(found).lower() != " ".join(tokens):
            continue  # without marks before a name (`Thi xa Ky Anh`): the slot's, which
            # moves a unit's noun after the name (`translate.draft.english`)
        if i > 0 and words[i - 1][2].lower() in _PLURAL_MARKS:
            i -= 1  # `Các đồng chí,` left in whole: the plural mark goes with the term
        return words[i][0], words[end - 1][1]
    return _without_place(text, words, tokens) if bare else None


def _without_place(text: str, words: list[tuple[int, int, str]],
                   tokens: list[str]) -> tuple[int, int] | None:
    """The term's abbreviation left in without the source's place word after it (`UBND` for
    `UBND tỉnh`, `HĐND` for `HĐND huyện`: the level said by the name or not at all): one
    all-capitals word made of the initials of every syllable before the place word, or that
    word itself where the source abbreviates it so."""
    for place in _PLACE_WORDS:
        if len(tokens) <= len(place) or tuple(tokens[-len(place):]) != place:
            continue
        head = tokens[:-len(place)]
        for start, end, word in words:
            if abbreviation(word) and (len(head) >= 2 and _plain(word) == initials(head)
                                       or [match_key(word).lower()] == head):
                return start, end
    return None


def _match_from(words: list[tuple[int, int, str]], i: int, tokens: list[str]) -> int | None:
    t, k, literal = 0, i, False
    while t < len(tokens):
        if k >= len(words):
            return None
        word = words[k][2]
        key = match_key(word).lower()
        if key == tokens[t] or (len(tokens) >= 2 and key in (
                _plain(tokens[t]), strip_marks(tokens[t], fold_d=True))):  # `dinh`: đ as d
            # `Tinh uy`: a term of two syllables or more left in without its marks
            t, k, literal = t + 1, k + 1, True
            continue
        size = len([c for c in word if c.isalpha()])
        if abbreviation(word) and size >= 2 and t + size <= len(tokens) \
                and _plain(word) == initials(tokens[t:t + size]):
            t, k, literal = t + size, k + 1, True
            continue
        for place, czech in _PLACE_WORDS.items():
            if tuple(tokens[t:t + len(place)]) == place and same_word(word.lower(),
                                                                      czech.lower(), "cs"):
                t, k = t + len(place), k + 1
                break
        else:
            return None
    return k if literal else None


_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ]", re.I)


def leftover_end(text: str, end: int, source: str, targets: Sequence[str]) -> int:
    """The end of the term's words a translator left right after a rendering that ends at
    `end`: Vietnamese words of the source term (`tajemník Tỉnh ủy`, `členka Bộ Chính trị`;
    the run counts when one of its words has a Vietnamese-only letter) and abbreviations of
    the source's or the term's words (`UBND`, `předsedou QH`, `Stálý výbor NS`), with the
    source's place word put into Czech right after one (`místopředseda HĐND {provincie}`)."""
    rest = [t.lower() for t in _WORD.findall(match_key(source))]
    k, last, abbreviated = end, end, False
    for m in _WORD.finditer(text, end):
        word = m.group()
        if text[k:m.start()].strip():
            break
        key = match_key(word).lower()
        if abbreviation(word) and (key in rest or _plain(word) in _short_forms(rest, targets)):
            k = last = m.end()
            abbreviated = True
            continue
        if abbreviated and k == last and _place_word(word, rest):
            k = last = m.end()
        elif key in rest:
            k = m.end()
            last = k if _VIETNAMESE.search(word) else last
        else:
            break
    return last


def _place_word(word: str, rest: list[str]) -> bool:
    """`word` is the Czech place word of a place word of the source's (`provincie` for `tỉnh`)."""
    return any(same_word(word.lower(), czech.lower(), "cs") for place, czech in _PLACE_WORDS.items()
               if any(tuple(rest[i:i + len(place)]) == place for i in range(len(rest))))


def _short_forms(rest: list[str], targets: Sequence[str]) -> set[str]:
    """The initials of every run of two or more words of the source and of the targets'
    content words (built only when an abbreviation follows the rendering)."""
    return {initials(words[i:j]) for words in (rest, *(_content(t) for t in targets))
            for i in range(len(words)) for j in range(i + 2, len(words) + 1)}


def _content(target: str) -> list[str]:
    return [w for w in target.split() if w.lower() not in _FUNCTION]


_PARTY = "strany"  # the genitive a party body's abbreviation leaves out (`ÚKK`, `ÚV`)


def abbreviation_span(text: str, targets: Sequence[str]) -> tuple[int, int] | None:
    """An all-capitals word made of the initials of a target's content words (`MZV`), or of
    their first letters, each part capitalised (`MZd`: Ministerstvo zdravotnictví). The
    capitals may be split at a word of the term (`SV NS`: Stálý výbor Národního shromáždění),
    and a party body's may leave out the party (`ÚKK`: Ústřední kontrolní komise strany)."""
    wanted, contents = set(), []
    for target in targets:
        content = _content(target)
        if len(content) >= 2 and not any(abbreviation(w) for w in content):
            wanted.add(initials(content))
            if len(content) >= 4 and content[-1] == _PARTY:
                wanted.add(initials(content[:-1]))
            contents.append([_plain(w) for w in content])
    words = _words(text)
    for k, (start, end, word) in enumerate(words):
        if abbreviation(word) and _plain(word) in wanted:
            return start, end
        if abbreviation(word) and k + 1 < len(words) and abbreviation(words[k + 1][2]) \
                and text[end:words[k + 1][0]] == " " \
                and _plain(word + words[k + 1][2]) in wanted:
            return start, words[k + 1][1]
        parts = re.findall(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]*", word)
        if len(parts) >= 2 and "".join(parts) == word and not abbreviation(word) \
                and len(word) <= 2 * len(parts) and any(
                    len(c) == len(parts) and all(w.startswith(_plain(p)) for p, w in zip(
                        parts, c, strict=True)) for c in contents):
            return start, end
    return None
