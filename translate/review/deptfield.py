"""A provincial department's field kept when `check --fix` puts its title in, for Czech.

The source names a department by its field after `Sở` (`Giám đốc Sở Y tế`, `Sở Tài chính`);
the glossary has the office (`ředitel odboru`, `odbor`) but not every department. A
translation that missed the office's words still says the field its own way: by an adjective
(`vedoucí {zdravotního} odboru`, `přednosta {finančního} odboru`), or by the field itself
standing where the office's noun belongs (`ředitelkou {kultury}, sportu a cestovního ruchu`).
Placing the bare office there drops the field (`Ředitelka odboru`). The field's Czech words are
those of the ministry of the same field (`Bộ Y tế` → `Ministerstvo zdravotnictví`: the
department's field is `zdravotnictví`), so the placed office gets them after it (`Ředitelka
odboru zdravotnictví`), and the field's remaining words right after the placement are taken
in, not said twice (issue 12bl).

Only where the source says the field right after `Sở`, the glossary has that ministry, and
the translation does not say the field's words anywhere else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from translate.draft.enforce import RequiredTerm
from translate.draft.place import Placement
from translate.terms.lemmas import same_word
from translate.terms.model import Glossary
from translate.text.normalize import word_at

__all__ = ["department_fields", "with_field"]

_MINISTRY_VI, _MINISTRY_CS = "Bộ ", "Ministerstvo "
_WORD = re.compile(r"\w+")


def department_fields(glossary: Glossary, lang: str = "cs") -> dict[str, str]:
    """Each ministry's field in Vietnamese and its Czech genitive (`Y tế` → `zdravotnictví`),
    read from the glossary's ministries (`Bộ …` rendered `Ministerstvo …`)."""
    fields = {}
    for entry in glossary:
        target = next(iter(entry.targets.get(lang, ())), "")
        for source in entry.source_terms:
            if source.startswith(_MINISTRY_VI) and target.startswith(_MINISTRY_CS):
                fields[source[len(_MINISTRY_VI):]] = target[len(_MINISTRY_CS):]
    return fields


def _field_said(sentence: str, term: RequiredTerm, fields: dict[str, str]) -> str | None:
    """The Czech field of the department the source names right after the term's `Sở`."""
    if not term.source.endswith("Sở"):
        return None
    low = sentence.lower()
    at = [m.end() for m in word_at(term.source.lower()).finditer(low)]
    if len(at) != 1:
        return None
    said = [(vi, cs) for vi, cs in fields.items()
            if re.match(rf"\s+{re.escape(vi.lower())}(?!\w)", low[at[0]:])]
    return max(said, key=lambda p: len(p[0]))[1] if said else None


def with_field(text: str, placement: Placement, sentence: str, term: RequiredTerm,
               fields: dict[str, str]) -> Placement:
    """The placement with the department's field after the office (see the module
    docstring), its words right after the placement taken in; else the placement as it is."""
    field = _field_said(sentence, term, fields)
    if field is None:
        return placement
    own = [w.lower() for w in _WORD.findall(field)]
    outside = text[:placement.start] + " " + text[placement.end:]
    nouns = [w for w in own if len(w) > 3]
    if any(same_word(w.lower(), n, "cs") for w in _WORD.findall(outside) for n in nouns[:1]) \
            and not _tail(text, placement.end, field):
        return placement  # the translation says the field elsewhere
    if any(same_word(w.lower(), nouns[0], "cs") for w in _WORD.findall(placement.replacement)):
        return placement
    end = placement.end + _tail(text, placement.end, field)
    return replace(placement, end=end, found=text[placement.start:end],
                   replacement=f"{placement.replacement} {field}")


def _tail(text: str, end: int, field: str) -> int:
    """The length of the field's last words standing right after `end` (`, sportu a
    cestovního ruchu` after `ředitelkou {kultury}`), the longest such tail; 0 if none."""
    words = field.split()
    for k in range(1, len(words)):
        rest = r"\s+".join(re.escape(w) for w in words[k:])
        m = re.match(rf",?\s+{rest}(?!\w)", text[end:])
        if m and words[k - 1].endswith(",") == m.group().startswith(","):
            return m.end()
    return 0
