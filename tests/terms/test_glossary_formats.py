"""Glossary files that are not what they claim: refused with the line; TBX export inside the
TBX-Basic picklist."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from translate.errors import InputError
from translate.terms import load_glossary
from translate.terms.files import save_glossary
from translate.terms.tbx import TBX_POS, tbx_pos

SHIPPED = Path(__file__).resolve().parents[2] / "translate" / "data" / "glossaries" / "vi-cs.tsv"


def test_csv_with_an_unbalanced_quote_is_refused(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text('source,target\n"Bộ Chính trị,politbyro\nTỉnh ủy,krajský výbor\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_glossary(path)
    assert err.value.line == 2 and "quote" in str(err.value)
    path.write_text('source,target\n"Bộ Chính\ntrị",politbyro\n', encoding="utf-8")
    with pytest.raises(InputError, match="line break"):
        load_glossary(path)
    path.write_text('source,target\n"Bộ ""Chính"" trị",politbyro\n', encoding="utf-8")
    assert load_glossary(path).entries[0].source == 'Bộ "Chính" trị'  # doubled quote is fine


@pytest.mark.parametrize("text,says", [
    ('<?xml version="1.0"?>\n<html><body>x</body></html>\n', "not a TBX glossary"),
    ('<?xml version="1.0"?>\n<tmx version="1.4"><body/></tmx>\n', "<tmx>"),
])
def test_xml_that_is_not_tbx_is_refused(tmp_path, text, says):
    path = tmp_path / "g.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=says):
        load_glossary(path)


def test_tbx_export_uses_the_picklist_and_keeps_our_classes(tmp_path):
    glossary = load_glossary(SHIPPED)
    out = tmp_path / "g.tbx"
    save_glossary(glossary, out)
    values = {n.text for n in ET.parse(out).iter("termNote") if n.get("type") == "partOfSpeech"}
    assert values and values <= set(TBX_POS)
    back = load_glossary(out)
    assert {e.concept: e.pos for e in back.entries} == {e.concept: e.pos
                                                         for e in glossary.entries}
    assert tbx_pos("body") == "properNoun" and tbx_pos("title") == "noun"
    assert tbx_pos("phrase") == "other" and tbx_pos("") == ""
