"""Output vocabulary restricted to the pieces a target language can use (CTranslate2 `vmap`).

A multilingual model's output layer scores every piece of every language at every step:
M2M100-418M's 128,112 pieces cost as much as its 12 decoder layers together, and most of them
are in scripts a Czech sentence never contains. CTranslate2 can score only a candidate list
(`vmap.txt` in the model folder, `use_vmap=True`); this module writes that list per target
script:

- every piece whose letters are all in the target language's script (from CLDR's likely
  script: Czech → Latin, Russian → Cyrillic), or that has no letters (digits, punctuation);
- for a non-Latin target, Latin pieces too (names, abbreviations, URLs and the Vietnamese
  source itself are written in Latin);
- for a Marian model with its own target SentencePiece model, only pieces that model can
  produce: the joint vocabulary's source-only pieces never occur in a target.

Language codes (`__de__`, `deu_Latn`) other than the target's own prefix are left out: a model
never writes them inside a sentence. Scripts this module does not know are not restricted.
The restricted model is a folder of links to the converted model plus its `vmap.txt`, one per
script, so several targets of one model each load only their own list.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VMAP_VERSION = 1  # bump when the rule changes: part of the folder name and the cache key

# ISO 15924 script (CLDR likely subtags) -> the first word of its letters' Unicode names
_UNICODE_SCRIPTS: dict[str, frozenset[str]] = {
    "Latn": frozenset({"LATIN"}),
    "Cyrl": frozenset({"CYRILLIC"}),
    "Grek": frozenset({"GREEK"}),
    "Hans": frozenset({"CJK"}),
    "Hant": frozenset({"CJK"}),
    "Jpan": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "Kore": frozenset({"HANGUL", "CJK"}),
    "Arab": frozenset({"ARABIC"}),
    "Hebr": frozenset({"HEBREW"}),
    "Thai": frozenset({"THAI"}),
    "Deva": frozenset({"DEVANAGARI"}),
    "Beng": frozenset({"BENGALI"}),
    "Taml": frozenset({"TAMIL"}),
    "Geor": frozenset({"GEORGIAN"}),
    "Armn": frozenset({"ARMENIAN"}),
    "Khmr": frozenset({"KHMER"}),
    "Laoo": frozenset({"LAO"}),
}
# Letters named after one of these belong to a script; others (MODIFIER LETTER ..., FULLWIDTH
# LATIN ...) are never excluded.
_KNOWN = frozenset().union(*_UNICODE_SCRIPTS.values()) | frozenset({
    "TELUGU", "KANNADA", "MALAYALAM", "GUJARATI", "GURMUKHI", "ORIYA", "SINHALA", "ETHIOPIC",
    "MYANMAR", "TIBETAN", "MONGOLIAN", "SYRIAC", "THAANA", "COPTIC", "CHEROKEE", "CANADIAN",
    "BOPOMOFO", "YI", "TIFINAGH", "NKO", "BALINESE", "JAVANESE", "SUNDANESE",
})
_LANG_CODE = re.compile(r"^(__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3})$")


@dataclass(frozen=True)
class Restriction:
    """One target script's restricted model: its folder and how many pieces it keeps."""

    script: str  # ISO 15924, e.g. Latn
    path: Path
    kept: int
    total: int


def target_script(lang: str) -> str | None:
    """The script a language is written in (CLDR likely subtags), None when unknown."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang.split("_")[0].split("-")[0].lower())
    if not likely:
        return None
    parts = likely.split("_")
    script = next((p for p in parts[1:] if len(p) == 4 and p.istitle()), None)
    return script if script in _UNICODE_SCRIPTS else None


def allowed_scripts(script: str) -> frozenset[str]:
    return _UNICODE_SCRIPTS[script] | {"LATIN"}


@lru_cache(maxsize=4096)
def _letter_script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    return first if first in _KNOWN else None


def usable(piece: str, scripts: frozenset[str]) -> bool:
    """True when every letter of the piece is in one of `scripts` (or in no known script)."""
    if _LANG_CODE.match(piece):
        return False
    return all(s is None or s in scripts for s in map(_letter_script, piece))


def kept_pieces(vocabulary: list[str], scripts: frozenset[str],
                target_pieces: set[str] | None = None) -> list[str]:
    """The vocabulary's pieces a target in `scripts` can use (see the module docstring)."""
    return [p for p in vocabulary
            if (target_pieces is None or p in target_pieces) and usable(p, scripts)]


def _vocabulary(ct2_path: Path) -> list[str]:
    for name in ("shared_vocabulary.json", "target_vocabulary.json"):
        if (ct2_path / name).exists():
            return json.loads((ct2_path / name).read_text(encoding="utf-8"))
    for name in ("shared_vocabulary.txt", "target_vocabulary.txt"):
        if (ct2_path / name).exists():
            return (ct2_path / name).read_text(encoding="utf-8").split("\n")
    raise FileNotFoundError(f"no target vocabulary in {ct2_path}")


def restricted_model(ct2_path: Path, target: str,
                     target_pieces: set[str] | None = None) -> Restriction | None:
    """The converted model restricted to `target`'s script, built once next to it.

    None when the target's script is unknown or nothing would be left out (then the full
    model is as fast)."""
    script = target_script(target)
    if script is None:
        return None
    suffix = "-spm" if target_pieces is not None else ""
    folder = ct2_path / f"vmap{VMAP_VERSION}-{script.lower()}{suffix}"
    meta = folder / "vmap.json"
    if meta.exists():
        info = json.loads(meta.read_text(encoding="utf-8"))
        return Restriction(script, folder, info["kept"], info["total"]) if info["kept"] else None
    vocabulary = _vocabulary(ct2_path)
    kept = kept_pieces(vocabulary, allowed_scripts(script), target_pieces)
    useful = len(kept) < len(vocabulary)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=ct2_path))
    try:
        if useful:
            for entry in ct2_path.iterdir():
                if entry.is_file() and entry.name != "vmap.txt":
                    _link(entry, tmp / entry.name)
            # one line with an empty source n-gram: candidates for every sentence
            (tmp / "vmap.txt").write_text("\t" + " ".join(kept) + "\n", encoding="utf-8")
        info = {"kept": len(kept) if useful else 0, "total": len(vocabulary),
                "script": script, "version": VMAP_VERSION}
        (tmp / "vmap.json").write_text(json.dumps(info) + "\n", encoding="utf-8")
        try:
            os.rename(tmp, folder)
        except OSError:
            if not (folder / "vmap.json").exists():  # lost a race only to a complete folder
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return Restriction(script, folder, len(kept), len(vocabulary)) if useful else None


def _link(source: Path, link: Path) -> None:
    """A symbolic link, else a hard link, else a copy (file systems without links)."""
    try:
        os.symlink(source.resolve(), link)
    except OSError:
        try:
            os.link(source, link)
        except OSError:
            shutil.copy2(source, link)
