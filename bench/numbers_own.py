"""The developer's own numbers pairs (`bench/data/numbers_own/bNN.txt`), read into the shapes
of the independent set (`bench/data/README.md`), so that `bench/qa_numbers_unseen.py --split
own` and `tests/review/test_qa_numbers_own.py` measure them the same way.

A batch file holds records separated by blank lines; `#` starts a comment line:

    vi: Giá xăng tăng 25% so với tháng trước.
    cs: Cena benzinu vzrostla o čtvrtinu.
    en: Petrol prices rose by a quarter.
    t: restated percent
    xc: o čtvrtinu => o třetinu | number_word
    xe: a quarter => a fifth | number_word

`cs`/`en` are clean translations (either may be absent); `xc`/`xe` plant one error in a copy
of the clean target by replacing `OLD` (which must occur exactly once) with `NEW`. A fourth
field `warn` marks a planted change that is by design a warning, not an error (two numbers
that trade places outside a range or a score): it is counted apart, never as a miss. `~`
stands for U+00A0. Each batch was run once before anything in the check changed for it; that
first-run figure is logged in `bench/data/numbers_own/README.md`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

OWN = Path(__file__).resolve().parent / "data" / "numbers_own"
_FIELDS = {"vi", "cs", "en", "t", "xc", "xe"}


class BatchError(ValueError):
    """A malformed record: the file, the line and what is wrong."""


def batch_names() -> list[str]:
    return sorted(p.stem for p in OWN.glob("b*.txt"))


def _text(value: str) -> str:
    return unicodedata.normalize("NFC", value.replace("~", "\u00a0").strip())


def load_batch(path: Path) -> tuple[list[dict], list[dict]]:
    """(clean pairs, planted items) of one batch file."""
    clean: list[dict] = []
    planted: list[dict] = []
    record: dict = {}
    lines = path.read_text(encoding="utf-8").splitlines() + [""]
    for number, raw in enumerate(lines, 1):
        where = f"{path.name}:{number}"
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if record:
                _close(record, path.stem, len(clean) + 1, clean, planted)
                record = {}
            continue
        field, sep, value = raw.partition(":")
        if not sep or field not in _FIELDS:
            raise BatchError(f"{where}: expected one of {sorted(_FIELDS)} then ':'")
        if field in ("xc", "xe"):
            record.setdefault(field, []).append((where, value))
        elif field in record:
            raise BatchError(f"{where}: '{field}' twice in one record")
        else:
            record[field] = value if field == "t" else _text(value)
            record.setdefault("where", where)
    return clean, planted


def _close(record: dict, batch: str, n: int, clean: list[dict], planted: list[dict]) -> None:
    where = record["where"]
    if "vi" not in record or not ({"cs", "en"} & record.keys()):
        raise BatchError(f"{where}: a record needs 'vi' and at least one of 'cs', 'en'")
    pair_id = f"{batch}-{n:03d}"
    clean.append({"id": pair_id, "vi": record["vi"], "cs": record.get("cs", ""),
                  "en": record.get("en", ""), "tags": record.get("t", "").split()})
    for field, lang in (("xc", "cs"), ("xe", "en")):
        for k, (spot, value) in enumerate(record.get(field, []), 1):
            parts = [p.strip() for p in value.split("|")]
            if len(parts) not in (2, 3) or "=>" not in parts[0]:
                raise BatchError(f"{spot}: write 'OLD => NEW | class [| warn]'")
            old, new = (_text(p) for p in parts[0].split("=>", 1))
            target = record.get(lang, "")
            if target.count(old) != 1:
                raise BatchError(f"{spot}: {old!r} must occur once in the {lang} target")
            planted.append({"id": f"{pair_id}-{lang}-e{k}", "pair": pair_id, "lang": lang,
                            "vi": record["vi"], "target": target.replace(old, new),
                            "error": parts[1], "description": f"{old} → {new}",
                            "warn": len(parts) == 3 and parts[2] == "warn"})


def load_own(names: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Clean pairs and planted items of the named batches (all when None)."""
    clean: list[dict] = []
    planted: list[dict] = []
    for name in names or batch_names():
        c, p = load_batch(OWN / f"{name}.txt")
        clean += c
        planted += p
    return clean, planted
