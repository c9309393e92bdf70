"""PO catalogs: creation with the header reviewers' editors need, safe loading, atomic saving,
and finding the entry of a sentence.

Which entry belongs to a sentence is decided by `translate.text.normalize.sentence_key`
everywhere (run, update, build): a source re-saved with `hoà` for `hòa`, in NFD, or with
other spacing is still the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import polib

from translate import GENERATOR
from translate.errors import InputError
from translate.fileio import atomic_write_text, open_binary
from translate.languages import plural_forms
from translate.text.normalize import sentence_key

__all__ = [
    "WRAP_WIDTH",
    "new_catalog",
    "load_catalog",
    "save_catalog",
    "copy_entry",
    "entry_line",
    "SentenceIndex",
]

# No wrapping (like `msgcat --no-wrap`): polib's textwrap would re-flow the `draft:` comment
# and lose spacing; every PO editor reads long lines and may re-wrap them on its own save.
WRAP_WIDTH = 0
# A PO file of one article is a few hundred kB at most; far beyond this is not a PO file of ours.
MAX_PO_BYTES = 50 << 20


def new_catalog(lang: str, model_id: str | None, source_name: str) -> polib.POFile:
    """An empty catalog with the header reviewers' editors need."""
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
    with open_binary(path, "PO file", limit=MAX_PO_BYTES):
        pass  # a FIFO, a folder, an unreadable or oversized file: refused before polib opens it
    try:
        return polib.pofile(str(path), wrapwidth=WRAP_WIDTH)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise InputError(
            f"cannot parse PO file: {exc}", path=path, line=int(match.group(1)) if match else None,
            hint="fix the file in a PO editor or restore it from its .bak backup; it was "
            "left untouched",
        ) from exc


def save_catalog(catalog: polib.POFile, path: Path) -> None:
    """Write atomically (temp file + rename), keeping the file's permissions."""
    text = str(catalog)
    atomic_write_text(path, text if text.endswith("\n") else text + "\n")


def copy_entry(entry: polib.POEntry) -> polib.POEntry:
    """An independent copy of an entry (every field a reviewer or the tool may set)."""
    copy = polib.POEntry(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgid_plural=entry.msgid_plural,
        msgstr_plural=dict(entry.msgstr_plural),
        msgctxt=entry.msgctxt,
        occurrences=list(entry.occurrences),
        comment=entry.comment,
        tcomment=entry.tcomment,
        flags=list(entry.flags),
        previous_msgid=entry.previous_msgid,
        previous_msgid_plural=entry.previous_msgid_plural,
        previous_msgctxt=entry.previous_msgctxt,
        obsolete=entry.obsolete,
    )
    copy.linenum = getattr(entry, "linenum", None)
    return copy


def entry_line(entry: polib.POEntry) -> int:
    """The entry's line in the file it was read from (0 for entries made in memory)."""
    return int(getattr(entry, "linenum", 0) or 0)


class SentenceIndex:
    """The entries of a catalog by sentence: exact msgid first, then `sentence_key`; live
    entries before obsolete ones (a sentence that comes back revives its `#~` entry)."""

    def __init__(self, catalog: Iterable[polib.POEntry] | None) -> None:
        self._exact: dict[str, polib.POEntry] = {}
        self._keyed: dict[str, polib.POEntry] = {}
        entries = [e for e in catalog or () if e.msgid and not e.msgctxt]
        for entry in sorted(entries, key=lambda e: e.obsolete):  # live first (stable)
            self._exact.setdefault(entry.msgid, entry)
            self._keyed.setdefault(sentence_key(entry.msgid), entry)

    def find(self, sentence: str) -> polib.POEntry | None:
        return self._exact.get(sentence) or self._keyed.get(sentence_key(sentence))
