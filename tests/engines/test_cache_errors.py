"""A corrupt, odd or unreadable translation cache is one line naming it, with what to do."""

from __future__ import annotations

import os

import pytest

from translate.engines.cache import TranslationCache
from translate.errors import InputError


@pytest.mark.parametrize("kind", ["corrupt", "garbage", "folder", "fifo"])
def test_bad_cache_file_is_named(tmp_path, kind):
    path = tmp_path / ".translate-cache" / "cache.sqlite"
    path.parent.mkdir()
    if kind == "corrupt":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    elif kind == "garbage":
        path.write_bytes(b"not a database\n" * 100)
    elif kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    with pytest.raises(InputError) as err:
        TranslationCache.open(path)
    assert str(path) in str(err.value)
    if kind in ("corrupt", "garbage"):
        assert "corrupt" in str(err.value) and "--no-cache" in str(err.value)


def test_a_working_cache_still_opens(tmp_path):
    with TranslationCache.open(tmp_path / "c" / "cache.sqlite") as cache:
        assert len(cache) == 0
