"""PO text wrapped as gettext wraps it: checked against `msgcat` on real news text (corpus,
NTREX vi/cs/en) and punctuation-heavy random strings, plus fixed cases that need no gettext."""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import polib
import pytest

from translate.po.wrap import format_catalog, wrap_string

REPO = Path(__file__).resolve().parents[2]
NTREX = REPO.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv"
ALPHABET = list("abc xyz ĐđƯư 0123456789.,;:!?-/()[]{}\"'%$+*&#@=<>|\\_~^`«»„“”‘’–—…·°€№"
                "\u00a0\u202f\t\n") + ["ấ", "ọ", "e\u0301", "漢", "字", "。", "、", "ж", "ก",
                                     "！", "，", "×", "§", "©", "¿", "¡", "£", "‰", "′"]


def test_fixed_cases() -> None:
    assert wrap_string("msgid", "Tổng thu ngân sách trên địa bàn 8 tháng ước đạt 19.340 tỷ "
                       "đồng, bằng 3,5% so với cùng kỳ năm trước.") == [
        'msgid ""',
        '"Tổng thu ngân sách trên địa bàn 8 tháng ước đạt 19.340 tỷ đồng, bằng 3,5% so "',
        '"với cùng kỳ năm trước."']
    assert wrap_string("msgstr", "Theo Quyết định số 657-QĐ/TU, Ban Tuyên giáo Tỉnh ủy chịu "
                       "trách nhiệm hướng dẫn các địa phương.", "#~ ") == [
        '#~ msgstr ""',
        '#~ "Theo Quyết định số 657-QĐ/TU, Ban Tuyên giáo Tỉnh ủy chịu trách nhiệm "',
        '#~ "hướng dẫn các địa phương."']
    assert wrap_string("msgid", "Liverpool battles Napoli in the group stage at 3 p.m. on "
                       "Wednesday at Stadio San Paolo.", "#| ")[1:] == [
        '#| "Liverpool battles Napoli in the group stage at 3 p.m. on Wednesday at "',
        '#| "Stadio San Paolo."']
    assert wrap_string("msgstr", "Line one\nLine two\n") == [
        'msgstr ""', '"Line one\\n"', '"Line two\\n"']
    assert wrap_string("msgid", "") == ['msgid ""']
    assert wrap_string("msgid", 'short "quoted"') == ['msgid "short \\"quoted\\""']


def _texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "corpus").glob("*")):
        if path.suffix in (".md", ".txt", ".html"):
            texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    if NTREX.exists():
        with NTREX.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                texts += [row[k] for k in ("vi", "cs", "en") if row.get(k)]
    rng = random.Random(3)
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 240)))
              for _ in range(1500)]
    texts += [" ".join(rng.sample(texts, 3)) for _ in range(200)]
    texts += [unicodedata.normalize("NFD", t) for t in texts[:300]]
    return list(dict.fromkeys(texts))


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="gettext not installed")
def test_msgcat_changes_nothing(tmp_path: Path) -> None:
    texts = _texts()
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for i, text in enumerate(texts):
        entry = polib.POEntry(msgid=text, msgstr=texts[(i * 7) % len(texts)],
                              occurrences=[(f"article-{i}.md", str(i + k)) for k in range(i % 9)])
        if i % 5 == 0:
            entry.previous_msgid, entry.flags = texts[(i * 3) % len(texts)], ["fuzzy"]
        if i % 11 == 0:
            entry.obsolete, entry.occurrences = True, []
        catalog.append(entry)
    path = tmp_path / "all.po"
    path.write_text(format_catalog(catalog), encoding="utf-8")
    ours = path.read_text(encoding="utf-8").splitlines()
    theirs = subprocess.run(["msgcat", str(path)], check=True, capture_output=True,
                            text=True).stdout.splitlines()
    different = [(a, b) for a, b in zip(ours, theirs, strict=False) if a != b]
    assert len(ours) == len(theirs) and different == []
