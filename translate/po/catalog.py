"""PO files: creation, provenance comments, safe loading and atomic saving.

Provenance lives in extracted comments (`#.`), one fact per line, so reviewers see it in
Poedit/Lokalize/Weblate and tools can read it back:

    #. origin: mt engine=transformers model=facebook/m2m100_418M glossary=3f2a9c1e
    #. draft: <the machine draft as first written>
    #. terms: Bí thư Tỉnh ủy = tajemník provinčního výboru strany
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import polib

from translate import GENERATOR
from translate.errors import InputError
from translate.fileio import atomic_write_text

ORIGIN = "origin:"
DRAFT = "draft:"
# comment lines the tool owns and rewrites; anything else in `#.` is kept as written
TOOL_PREFIXES = (ORIGIN, DRAFT, "terms:", "memory:", "qa:", "protected:", "kind:")
# No wrapping (like `msgcat --no-wrap`): polib's textwrap would re-flow the `draft:` comment
# and lose spacing; every PO editor reads long lines and may re-wrap them on its own save.
WRAP_WIDTH = 0


@dataclass
class EntryDraft:
    """What a pipeline stage proposes for one PO entry."""

    msgid: str
    msgstr: str
    origin: str  # e.g. "mt engine=transformers model=x glossary=abc" or "memory score=100"
    fuzzy: bool = True
    comments: list[str] = field(default_factory=list)  # extra `#.` lines (terms:, qa: ...)
    keep_draft: bool = True  # record the original text as `draft:` for post-edit reports


def new_catalog(lang: str, model_id: str | None, source_name: str) -> polib.POFile:
    """An empty catalog with the header reviewers' editors need."""
    from translate.languages import plural_forms

    catalog = polib.POFile(wrapwidth=WRAP_WIDTH)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000")
    catalog.metadata = {
        "Project-Id-Version": source_name,
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(lang),
        "X-Generator": GENERATOR,
    }
    if model_id:
        catalog.metadata["X-Translate-Model"] = model_id
    catalog.header = f"Translation of {source_name} from Vietnamese, drafted by machine."
    return catalog


def load_catalog(path: Path) -> polib.POFile:
    """Parse a PO file, turning polib's errors into a message with the file and line."""
    try:
        return polib.pofile(str(path), wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        line = _line_from_polib_error(str(exc))
        raise InputError(
            f"cannot parse PO file: {exc}", path=path, line=line,
            hint="fix the file in a PO editor or restore it from its .bak backup; it was "
            "left untouched",
        ) from exc


def _line_from_polib_error(message: str) -> int | None:
    import re

    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def save_catalog(catalog: polib.POFile, path: Path) -> None:
    """Write atomically (temp file + rename), keeping the file's permissions."""
    text = str(catalog)
    atomic_write_text(path, text if text.endswith("\n") else text + "\n")


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


def origin_of(entry: polib.POEntry) -> str:
    """'mt', 'memory' or 'human' (anything without a tool origin, or edited since)."""
    if not entry.msgstr:
        return "none"
    origin = comment_value(entry, ORIGIN) or ""
    kind = origin.split(" ", 1)[0] if origin else "human"
    if kind in ("mt", "memory") and not is_untouched_draft(entry):
        return "human"
    return kind or "human"


def is_untouched_draft(entry: polib.POEntry) -> bool:
    """A tool-made draft nobody changed or approved: still fuzzy and equal to its draft."""
    origin = comment_value(entry, ORIGIN)
    if not origin or not entry.msgstr or "fuzzy" not in entry.flags:
        return False
    draft = comment_value(entry, DRAFT)
    return draft is None or _unescape(draft) == entry.msgstr


def glossary_of(entry: polib.POEntry) -> str | None:
    """The glossary signature a machine draft was made under (`origin: mt ... glossary=X`)."""
    origin = comment_value(entry, ORIGIN) or ""
    for part in origin.split():
        if part.startswith("glossary="):
            return part[len("glossary="):]
    return None


def is_stale_draft(entry: polib.POEntry, glossary_signature: str) -> bool:
    """An untouched machine draft made under another glossary than the current one."""
    made_under = glossary_of(entry)
    return (is_untouched_draft(entry) and (comment_value(entry, ORIGIN) or "").startswith("mt ")
            and made_under is not None and made_under != glossary_signature)


def is_human_work(entry: polib.POEntry) -> bool:
    """Translated text that a person wrote, edited or approved: never redrafted."""
    return bool(entry.msgstr) and not is_untouched_draft(entry)


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


def apply_draft(entry: polib.POEntry, draft: EntryDraft) -> None:
    """Fill an entry with a tool draft and its provenance, keeping reviewer comments."""
    entry.msgstr = draft.msgstr
    kept = [line for line in comment_lines(entry) if not line.startswith(TOOL_PREFIXES)]
    lines = [f"{ORIGIN} {draft.origin}"]
    if draft.keep_draft:
        lines.append(f"{DRAFT} {_escape(draft.msgstr)}")
    lines += draft.comments
    entry.comment = "\n".join(lines + kept)
    if draft.fuzzy and "fuzzy" not in entry.flags:
        entry.flags.append("fuzzy")
    if not draft.fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")


def draft_text(entry: polib.POEntry) -> str | None:
    """The original machine draft recorded for this entry (for post-edit reports)."""
    value = comment_value(entry, DRAFT)
    return None if value is None else _unescape(value)
