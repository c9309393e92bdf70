"""Progress counts per PO file and in total, like translate-toolkit's `pocount`.

Counts entries and source words that are translated (and not fuzzy), fuzzy, or untranslated;
obsolete entries and the header are left out. Words are counted by pocount's rule: `<br>` and
XML tags dropped, a dot between two non-digits dropped with them (`p.m.` loses `p.m`, as in
pocount), then Unicode words (UAX #29: `19.340`, `3,5` and `don't` are one word each,
`25/8/2023` and `25-NQ/TW` three, punctuation none; each CJK ideograph one), so a
Vietnamese syllable is a word. `tests/review/test_stats.py` holds the cases; on the NTREX
vi/cs/en sentences the totals agree with pocount 3.x. It also says where the current
translations came from (provenance written by `translate run`): a machine draft, the
translation memory, or a person.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import polib

from translate.po.catalog import load_catalog
from translate.po.files import po_files
from translate.po.provenance import comment_lines, term_counts, text_origin

STATES = ("translated", "fuzzy", "untranslated")


@dataclass
class Counts:
    """Counts of one file (or the total, with `file` = "total")."""

    file: str
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0
    machine: int = 0  # untouched machine drafts (fuzzy or not)
    memory: int = 0  # untouched memory matches
    human: int = 0  # written, edited or approved by a person
    terms_selected: int = 0  # glossary terms in the candidate `run` selected
    terms_replaced: int = 0  # put in place of another rendering (`run`, `check --fix`)
    terms_appended: int = 0  # appended in brackets: the draft rendered them nowhere

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def total_words(self) -> int:
        return self.translated_words + self.fuzzy_words + self.untranslated_words

    def as_dict(self) -> dict:
        data = asdict(self)
        data["total"] = self.total
        data["total_words"] = self.total_words
        return data

    def add(self, other: Counts) -> None:
        for f in fields(self):
            if f.name != "file":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


_BR = re.compile(r"<br\s*?/?>")
_XML_TAG = re.compile(r"""<([\w.:]+)(\s([\w.:]+=((".*?")|('.*?')))?)*/?>|</([\w.]+)>""")
_DOT_IN_WORD = re.compile(r"\D\.\D")
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
_ALNUM = f"(?:[^\\W_{_IDEOGRAPH}]|[{_MARKS}])"
# UAX #29 words: letters/digits joined by `: · . ' ‘ ’` between letters, and by `, ; . ' ’`
# between digits; `_` joins too; every ideograph is a word of its own
_WORD = re.compile(
    f"{_ALNUM}[{_MARKS}]*(?:(?:_|(?<=[^\\W\\d_])[:·.'‘’](?=[^\\W\\d_])"
    f"|(?<=\\d)[,;.'‘’](?=\\d))?{_ALNUM}[{_MARKS}]*)*|[{_IDEOGRAPH}]")


def words(text: str) -> int:
    """Source words as `pocount` counts them (see the module docstring)."""
    text = _DOT_IN_WORD.sub(" ", _XML_TAG.sub("", _BR.sub("\n", text)))
    return len(_WORD.findall(text))


def state_of(entry: polib.POEntry) -> str:
    """translated, fuzzy or untranslated (a fuzzy entry with no text is untranslated)."""
    if not entry.msgstr:
        return "untranslated"
    return "fuzzy" if entry.fuzzy else "translated"


def count_catalog(catalog: polib.POFile, name: str) -> Counts:
    """Counts for one parsed catalog (polib.POFile)."""
    counts = Counts(name)
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        state = state_of(entry)
        setattr(counts, state, getattr(counts, state) + 1)
        key = f"{state}_words"
        setattr(counts, key, getattr(counts, key) + words(entry.msgid))
        selected, replaced, appended = term_counts(comment_lines(entry))
        counts.terms_selected += selected
        counts.terms_replaced += replaced
        counts.terms_appended += appended
        origin = text_origin(entry)
        if origin == "mt":
            counts.machine += 1
        elif origin == "memory":
            counts.memory += 1
        elif origin == "human":
            counts.human += 1
    return counts


def count_files(paths: Iterable[str | Path]) -> list[Counts]:
    """Counts per PO file (folders searched recursively); every file parsed before counting."""
    catalogs = [(str(p), load_catalog(p)) for p in po_files(paths)]
    return [count_catalog(catalog, name) for name, catalog in catalogs]


def total(counts: Sequence[Counts]) -> Counts:
    result = Counts("total")
    for c in counts:
        result.add(c)
    return result


def format_stats(counts: Sequence[Counts], fmt: str = "text") -> str:
    """`text`: an aligned table with a total row; `json`: {"files": [...], "total": {...}}."""
    summary = total(counts)
    if fmt == "json":
        return json.dumps(
            {"files": [c.as_dict() for c in counts], "total": summary.as_dict()},
            ensure_ascii=False,
            indent=2,
        )
    rows = [*counts, summary] if len(counts) > 1 else list(counts)
    width = max(len(c.file) for c in rows)
    head = (f"{'file':<{width}}  {'translated':>15}  {'fuzzy':>13}  {'untranslated':>15}  "
            f"{'total':>13}  {'mt':>4} {'tm':>4} {'human':>5}  {'terms sel/rep/app':>17}")
    lines = [head, "-" * len(head)]

    def cell(n: int, w: int) -> str:
        return f"{n}/{w}w"

    for c in rows:
        lines.append(
            f"{c.file:<{width}}  {cell(c.translated, c.translated_words):>15}  "
            f"{cell(c.fuzzy, c.fuzzy_words):>13}  "
            f"{cell(c.untranslated, c.untranslated_words):>15}  "
            f"{cell(c.total, c.total_words):>13}  {c.machine:>4} {c.memory:>4} {c.human:>5}  "
            f"{f'{c.terms_selected}/{c.terms_replaced}/{c.terms_appended}':>17}"
        )
    pct = 100 * summary.translated_words / summary.total_words if summary.total_words else 0.0
    lines.append(f"{pct:.0f}% of source words translated and reviewed "
                 "(entries/words; mt, tm, human: origin of the current text; terms: glossary "
                 "terms selected in a candidate / replaced in place / appended in brackets)")
    return "\n".join(lines)
