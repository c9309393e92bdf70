"""Provenance of PO entries: built and parsed here, nowhere else.

It lives in extracted comments (`#.`), one fact per line, so reviewers see it in
Poedit/Lokalize/Weblate and tools can read it back:

    #. origin: mt engine=transformers model=facebook/m2m100_418M glossary=3f2a9c1e
    #. draft: <the machine draft as first written>
    #. terms: Bí thư Tỉnh ủy = tajemník provinčního výboru strany
    #. qa: numbers: '19.340' is missing from the translation
    #. memory: 87% match for: <the matched source>

A stage proposes an entry as an `EntryDraft`; `apply_draft` writes it with its provenance,
keeping every comment a reviewer wrote. `origin_of`, `text_origin`, `is_human_work` and
friends answer the questions the merge, `stats` and `report` ask.

`msgmerge` and Weblate's "update from template" replace extracted comments with the
template's, so the same lines are also kept in the tool's own record beside each PO file
(`records_text` writes it, one JSON object per entry: msgid and lines; `restore_records`
puts the lines back on entries that lost them, matched by msgid or by the previous msgid of
an entry msgmerge matched fuzzily). `translate.po.catalog` reads and writes the record file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import polib

__all__ = [
    "ORIGIN", "DRAFT", "TERMS", "MEMORY", "QA", "PROTECTED", "TOOL_PREFIXES", "APPENDED",
    "term_counts",
    "EntryDraft", "Origin", "mt_origin", "memory_origin",
    "comment_lines", "comment_value", "comment_items", "apply_draft", "draft_text",
    "origin_of", "text_origin", "model_of", "glossary_of",
    "is_untouched_draft", "is_stale_draft", "is_human_work", "holds_reviewer_work",
    "records_text", "restore_records",
]

ORIGIN = "origin:"
DRAFT = "draft:"
TERMS = "terms:"
MEMORY = "memory:"
QA = "qa:"
PROTECTED = "protected:"
APPENDED = "appended"  # how a term was inserted when the draft renders it nowhere
# comment lines the tool owns and rewrites; anything else in `#.` is kept as written
TOOL_PREFIXES = (ORIGIN, DRAFT, TERMS, MEMORY, QA, PROTECTED, "kind:")


@dataclass
class EntryDraft:
    """What a pipeline stage proposes for one PO entry."""

    msgid: str
    msgstr: str
    origin: str  # `mt_origin(...)` or `memory_origin(...)`
    fuzzy: bool = True
    comments: list[str] = field(default_factory=list)  # extra `#.` lines (terms:, qa: ...)
    keep_draft: bool = True  # record the original text as `draft:` for post-edit reports


@dataclass(frozen=True)
class Origin:
    """A parsed `origin:` value: `mt engine=E model=M glossary=G` or `memory score=N`."""

    kind: str  # mt | memory | "" (no origin recorded)
    fields: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, value: str | None) -> Origin:
        kind, _, rest = (value or "").strip().partition(" ")
        pairs = tuple(tuple(p.split("=", 1)) for p in rest.split() if "=" in p)
        return cls(kind, pairs)  # type: ignore[arg-type]

    def get(self, name: str) -> str | None:
        return next((v for k, v in self.fields if k == name), None)


def mt_origin(engine: str, model: str, glossary: str) -> str:
    return f"mt engine={engine} model={model} glossary={glossary}"


def memory_origin(score: int) -> str:
    return f"memory score={score}"


def comment_lines(entry: polib.POEntry) -> list[str]:
    """Extracted comment lines, with lines that an editor wrapped joined back together."""
    lines: list[str] = []
    for line in (entry.comment or "").splitlines():
        if not line.strip():
            continue
        if lines and lines[-1].startswith(TOOL_PREFIXES) and not line.startswith(TOOL_PREFIXES):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return lines


def comment_value(entry: polib.POEntry, prefix: str) -> str | None:
    """The text after `prefix` in the entry's extracted comments, or None."""
    for line in comment_lines(entry):
        if line.startswith(prefix):
            return line[len(prefix):].strip()
    return None


def comment_items(entry: polib.POEntry, prefix: str, name_only: bool) -> tuple[str, ...]:
    """Items of `terms:` / `qa:` lines, separated by `;`: the term's source (`X = Y` → `X`),
    or with `name_only` the first word (a check's name)."""
    items = []
    for line in comment_lines(entry):
        if not line.startswith(prefix):
            continue
        for item in line[len(prefix):].split(";"):
            item = item.strip()
            if not item:
                continue
            if name_only:
                item = item.replace(":", " ").split()[0]
            else:
                item = item.split("=", 1)[0].strip() or item
            items.append(item)
    return tuple(dict.fromkeys(items))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def one_line(text: str) -> str:
    """A text as one comment line (backslashes and newlines escaped)."""
    return _escape(text)


def apply_draft(entry: polib.POEntry, draft: EntryDraft) -> None:
    """Fill an entry with a tool draft and its provenance, keeping reviewer comments."""
    entry.msgstr = draft.msgstr
    kept = [line for line in comment_lines(entry) if not line.startswith(TOOL_PREFIXES)]
    lines = [f"{ORIGIN} {draft.origin}"]
    if draft.keep_draft:
        lines.append(f"{DRAFT} {_escape(draft.msgstr)}")
    lines += draft.comments
    # other comments first: a line after a tool line would read as its wrapped continuation
    entry.comment = "\n".join(kept + lines)
    entry.fuzzy = draft.fuzzy


def draft_text(entry: polib.POEntry) -> str | None:
    """The original machine draft recorded for this entry (for post-edit reports)."""
    value = comment_value(entry, DRAFT)
    return None if value is None else _unescape(value)


def is_untouched_draft(entry: polib.POEntry) -> bool:
    """A tool-made draft nobody changed or approved: still fuzzy and equal to its draft.
    A translation kept for a changed sentence (fuzzy with a previous msgid) is not one: it
    was reviewed for the sentence it had before."""
    origin = comment_value(entry, ORIGIN)
    if not origin or not entry.msgstr or not entry.fuzzy or entry.previous_msgid:
        return False
    draft = comment_value(entry, DRAFT)
    return draft is None or _unescape(draft) == entry.msgstr


def origin_of(entry: polib.POEntry) -> str:
    """'mt', 'memory' or 'human' (anything without a tool origin, or edited since); 'none'
    for an entry without a translation."""
    if not entry.msgstr:
        return "none"
    kind = Origin.parse(comment_value(entry, ORIGIN)).kind or "human"
    if kind in ("mt", "memory") and not is_untouched_draft(entry):
        return "human"
    return kind


def text_origin(entry: polib.POEntry) -> str:
    """Where the current text came from: like `origin_of`, except that a memory match nobody
    changed counts as the memory's even once approved (exact matches arrive approved)."""
    origin = origin_of(entry)
    if origin == "human" and Origin.parse(comment_value(entry, ORIGIN)).kind == "memory":
        if draft_text(entry) in (None, entry.msgstr):
            return "memory"
    return origin


def model_of(entry: polib.POEntry, header_model: str = "") -> str | None:
    """The model that drafted an entry ("memory" for memory drafts), None for human text."""
    origin = Origin.parse(comment_value(entry, ORIGIN))
    if origin.kind == "memory":
        return "memory"
    if origin.kind != "mt":
        return None
    return origin.get("model") or header_model or "unknown model"


def glossary_of(entry: polib.POEntry) -> str | None:
    """The glossary signature a machine draft was made under (`origin: mt ... glossary=X`)."""
    return Origin.parse(comment_value(entry, ORIGIN)).get("glossary")


def is_stale_draft(entry: polib.POEntry, glossary_signature: str) -> bool:
    """An untouched machine draft made under another glossary than the current one."""
    origin = Origin.parse(comment_value(entry, ORIGIN))
    made_under = origin.get("glossary")
    return (is_untouched_draft(entry) and origin.kind == "mt" and made_under is not None
            and made_under != glossary_signature)


def is_human_work(entry: polib.POEntry) -> bool:
    """Translated text that a person wrote, edited or approved: never redrafted."""
    return bool(entry.msgstr) and not is_untouched_draft(entry)


def term_counts(lines: list[str]) -> tuple[int, int, int]:
    """(selected, replaced in place, appended) glossary terms of one entry's comment lines.

    `terms: A = B` lines name the required terms; `terms: inserted 'B' (appended; …)` and
    `terms: inserted 'B' (replaced '…' in place…)` say how a missing one was put in, and
    `terms: fixed '…' → '…'` lines come from `check --fix`. A required term neither
    inserted nor appended was in the candidate the drafter selected.
    """
    required = replaced = appended = 0
    for line in lines:
        if not line.startswith(TERMS):
            continue
        body = line[len(TERMS):].strip()
        if body.startswith("inserted "):
            if f"({APPENDED};" in body:
                appended += 1
            else:
                replaced += 1
        elif body.startswith("fixed "):
            replaced += 1
        elif " = " in body and not body.startswith(("satisfied", "forbidden")):
            required += 1
    inserted_by_run = sum(1 for line in lines if line.startswith(f"{TERMS} inserted "))
    return max(0, required - inserted_by_run), replaced, appended


def holds_reviewer_work(entry: polib.POEntry) -> bool:
    """Anything a reviewer may have written: a translation of their own, a translator
    comment (`# will translate later`) or a flag other than fuzzy. Such an entry is never
    dropped by a merge."""
    return (is_human_work(entry) or bool(entry.tcomment)
            or any(flag != "fuzzy" for flag in entry.flags))


def _tool_lines(entry: polib.POEntry) -> list[str]:
    return [line for line in comment_lines(entry) if line.startswith(TOOL_PREFIXES)]


def records_text(catalog: polib.POFile) -> str | None:
    """The provenance of every entry that has some, as the record file's text (one JSON
    object per line, in file order, so it diffs well); None when no entry has any."""
    lines = []
    for entry in catalog:
        tool = _tool_lines(entry)
        if tool and entry.msgid:
            record = {"msgid": entry.msgid, "lines": tool}
            if entry.msgctxt is not None:
                record["msgctxt"] = entry.msgctxt
            lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n" if lines else None


def restore_records(catalog: polib.POFile, text: str) -> int:
    """Put recorded provenance back on entries whose extracted comments lost it (replaced by
    a template's); entries that still have an `origin:` line are left as they are. Returns
    how many entries got their provenance back. Lines that are not records are skipped."""
    records: dict[tuple[str | None, str], list[str]] = {}
    for line in text.splitlines():
        try:
            record = json.loads(line)
            key = (record.get("msgctxt"), str(record["msgid"]))
            lines = [str(item) for item in record["lines"] if str(item).startswith(
                TOOL_PREFIXES) and "\n" not in str(item)]
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        records[key] = lines
    restored = 0
    for entry in catalog:
        if comment_value(entry, ORIGIN) is not None:
            continue
        lines = records.get((entry.msgctxt, entry.msgid))
        if lines is None and entry.previous_msgid:
            lines = records.get((entry.previous_msgctxt, entry.previous_msgid))
        if lines:
            entry.comment = "\n".join(([entry.comment] if entry.comment else []) + lines)
            restored += 1
    return restored
