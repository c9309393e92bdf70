"""Memory files that are not TMX, or not files: one clear line, never a traceback or a hang."""

from __future__ import annotations

import os

import pytest

from translate.errors import InputError
from translate.memory.exchange import import_file
from translate.memory.store import TranslationMemory
from translate.memory.tmx import read_tmx


@pytest.mark.parametrize("text,says", [
    ('<?xml version="1.0"?>\n<html><body><p>Câu.</p></body></html>\n', "not a TMX file"),
    ('<?xml version="1.0"?>\n<martif type="TBX-Basic"/>\n', "<martif>"),
    ("vi\tcs\nCâu.\tVěta.\n", "not a valid TMX"),
])
def test_what_is_not_tmx_is_refused(tmp_path, text, says):
    path = tmp_path / "x.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=says):
        read_tmx(path)
    with TranslationMemory.open(tmp_path / "memory.tmx") as tm, pytest.raises(InputError):
        import_file(tm, path)


def test_a_fifo_or_folder_given_as_memory_is_refused(tmp_path):
    fifo = tmp_path / "x.tmx"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_tmx(fifo)
    with pytest.raises(InputError, match="folder"):
        read_tmx(tmp_path)
