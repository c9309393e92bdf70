"""`check` over many PO files builds the glossary's matcher once, not once per file."""

from __future__ import annotations

import polib

from translate.review.qa import runner
from translate.review.qa.runner import check_files
from translate.terms.files import SHIPPED_DIR, load_glossary


def test_one_matcher_for_every_file(tmp_path, monkeypatch):
    built = []
    real = runner.TermMatcher

    class Counting(real):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(runner, "TermMatcher", Counting)
    for n in range(3):
        po = polib.POFile()
        po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
        po.append(polib.POEntry(msgid="Bí thư Tỉnh ủy đã phát biểu.",
                                msgstr="Provinční tajemník strany promluvil."))
        po.save(str(tmp_path / f"a{n}.po"))
    findings = check_files([tmp_path], load_glossary(SHIPPED_DIR / "vi-cs.tsv"),
                           checks=["glossary"])
    assert len(built) == 1
    assert len({f.file for f in findings}) == 3  # every file still checked
