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
from translate.fileio import atomic_write_text, read_bytes
from translate.languages import base_language, language_name, plural_forms, validate_lang
from translate.po.provenance import records_text, restore_records
from translate.po.syntax import check_po_syntax, decode_po
from translate.po.wrap import format_catalog
from translate.text.normalize import sentence_key

__all__ = [
    "WRAP_WIDTH",
    "new_catalog",
    "load_catalog",
    "save_catalog",
    "copy_entry",
    "records_path",
    "catalog_language",
    "entry_line",
    "SentenceIndex",
]

# polib never wraps what it reads; files are written by `translate.po.wrap`, as gettext wraps
WRAP_WIDTH = 0
# A PO file of one article is a few hundred kB at most; far beyond this is not a PO file of ours.
MAX_PO_BYTES = 50 << 20
_CHARSET = re.compile(r"charset=[^\s;]+")
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@[A-Za-z0-9]+)?$")


def new_catalog(lang: str, model_id: str | None, source_name: str) -> polib.POFile:
    """An empty catalog with the header reviewers' editors need."""
    catalog = polib.POFile(wrapwidth=WRAP_WIDTH)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M+0000")
    catalog.metadata = {
        "Project-Id-Version": source_name,
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": f"machine draft ({GENERATOR})",
        "Language-Team": _team(lang),
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


def _team(lang: str) -> str:
    try:
        return language_name(lang)
    except (ValueError, LookupError, TypeError):
        return lang


def load_catalog(path: Path) -> polib.POFile:
    """Parse a PO file after checking it like `msgfmt` (`translate.po.syntax`): a broken
    file is an input error naming the file and line, never half-read. UTF-8 content is read
    as UTF-8 whatever the header claims; the catalog is written back as UTF-8."""
    # only a regular file, never a FIFO or device (it would block or never end), and not huge
    data = read_bytes(path, "PO file", limit=MAX_PO_BYTES)
    if not data.strip():  # truncated by a crash or another tool; msgfmt refuses it too
        raise InputError("the PO file is empty (no header, no entries)", path=path,
                         hint="restore it from its .po.bak or version control, or delete it "
                         "to start afresh")
    text, encoding = decode_po(data, Path(path))
    check_po_syntax(text, Path(path))
    try:
        catalog = polib.pofile(str(path), wrapwidth=WRAP_WIDTH, encoding=encoding)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise InputError(
            f"cannot parse PO file: {exc}", path=path, line=int(match.group(1)) if match else None,
            hint="fix the file in a PO editor or restore it from its .bak backup; it was "
            "left untouched",
        ) from exc
    catalog.encoding = "utf-8"
    records = records_path(Path(path))
    if records.is_file():
        try:
            restore_records(catalog, records.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            pass  # only a record: the PO file itself was read
    return catalog


def catalog_language(catalog: polib.POFile, path: Path, given: str | None = None) -> str:
    """The target language of a PO file, as a base code (`cs` for `cs_CZ`): `given` (the
    command's `--lang`) first, else the `Language:` header, else the folder when it is named
    after a language (`po/cs/`, as `translate run` writes them). Anything else, or a header
    that is not a language code (`../../x`), is an input error that asks for `--lang`."""
    if given:
        return base_language(validate_lang(given.strip()))
    header = (catalog.metadata.get("Language") or "").strip()
    if header:
        try:
            if not _LOCALE.match(header):
                raise InputError("bad code")
            return base_language(validate_lang(base_language(header)))
        except InputError:
            raise InputError(f"the Language header {header!r} is not a language code",
                             path=path, hint="fix the header (e.g. Language: cs) or pass "
                             "--lang cs") from None
    folder = Path(path).parent.name
    try:
        return base_language(validate_lang(folder))
    except InputError:
        raise InputError("the PO file does not say its language (no Language header, and "
                         f"its folder {folder!r} is not a language code)", path=path,
                         hint="add a Language: header or pass --lang cs") from None


def records_path(path: Path) -> Path:
    """The tool's provenance record of a PO file, `.<name>.provenance` beside it: what
    `msgmerge` or Weblate's "update from template" take out of the `#.` comments."""
    return path.with_name(f".{path.name}.provenance")


def save_catalog(catalog: polib.POFile, path: Path, records: bool = True) -> None:
    """Write atomically (temp file + rename), keeping the file's permissions, as UTF-8
    wrapped the way gettext wraps (`msgcat` of the file changes nothing); with `records`,
    the provenance record beside it first (`records_path`)."""
    if records:
        text = records_text(catalog)
        record_file = records_path(Path(path))
        if text is not None:
            atomic_write_text(record_file, text)
        elif record_file.is_file():
            record_file.unlink()
    content_type = catalog.metadata.get("Content-Type")
    if content_type and "charset=UTF-8" not in content_type:
        catalog.metadata["Content-Type"] = (
            _CHARSET.sub("charset=UTF-8", content_type) if "charset=" in content_type
            else content_type + "; charset=UTF-8")
    atomic_write_text(path, format_catalog(catalog))


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
        self._exact: tuple[dict[str, polib.POEntry], dict[str, polib.POEntry]] = ({}, {})
        self._keyed: tuple[dict[str, polib.POEntry], dict[str, polib.POEntry]] = ({}, {})
        for entry in catalog or ():
            if entry.msgid and not entry.msgctxt and not entry.msgid_plural:
                self._exact[entry.obsolete].setdefault(entry.msgid, entry)
                self._keyed[entry.obsolete].setdefault(sentence_key(entry.msgid), entry)

    def find(self, sentence: str) -> polib.POEntry | None:
        """The live entry of the sentence (same spelling first), else an obsolete one."""
        key = sentence_key(sentence)
        for obsolete in (False, True):
            found = self._exact[obsolete].get(sentence) or self._keyed[obsolete].get(key)
            if found is not None:
                return found
        return None
