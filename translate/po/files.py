"""Finding the PO files a command was given: files as given, folders searched recursively."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from translate.errors import InputError


def po_files(paths: Iterable[str | Path]) -> list[Path]:
    """PO files as given, folders searched recursively (sorted); a file reached twice counts
    once. A missing path, or a file given that is not a `.po`, is an input error."""
    paths = [Path(p) for p in paths]
    found: dict[Path, Path] = {}  # resolved -> as given
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*.po")):
                if p.is_file():
                    found.setdefault(p.resolve(), p)
        elif path.is_file():
            if path.suffix.lower() not in (".po", ".pot"):
                raise InputError("not a PO file", path=path, hint="give .po files or folders")
            found.setdefault(path.resolve(), path)
        else:
            raise InputError("no such file or folder", path=path, hint="give PO files or folders")
    if not found:
        raise InputError("no PO files found", path=", ".join(map(str, paths)),
                         hint="run `translate run` first, or point at the po/ folder")
    return list(found.values())
