from pathlib import Path

import pytest

from translate.errors import InputError
from translate.terms import (
    Entry,
    Glossary,
    check_glossary,
    load_glossary,
    merge_glossaries,
    read_csv,
    read_tbx,
    read_tsv,
    write_tbx,
    write_tsv,
)
from translate.terms.files import SHIPPED_DIR

ROOT = Path(__file__).resolve().parents[2]
HEADER = "id\tvi\tvi_variants\tcs\tcs_forms\tcs_forbidden\tpos\tcase\tkind\tnote\n"


def tsv(tmp_path, body, header=HEADER, name="g.tsv"):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


@pytest.mark.parametrize("name,lang", [("vi-cs.tsv", "cs"), ("vi-en.tsv", "en")])
def test_shipped_glossaries_load_clean(name, lang):
    g = load_glossary(SHIPPED_DIR / name)
    assert len(g) >= 120
    assert g.languages == [lang]
    assert [f for f in check_glossary(g) if f.severity == "error"] == []
    assert all(e.target(lang) for e in g.entries)


def test_cs_and_en_share_concepts():
    cs = load_glossary(SHIPPED_DIR / "vi-cs.tsv")
    en = load_glossary(SHIPPED_DIR / "vi-en.tsv")
    assert [e.concept for e in cs] == [e.concept for e in en]
    merged = merge_glossaries([cs, en])
    entry = merged.get("party.provincial.secretary")
    assert entry.target("cs") == "tajemník provinčního výboru strany"
    assert entry.target("en") == "Secretary of the provincial Party Committee"


def test_shipped_cs_has_required_renderings():
    g = load_glossary(SHIPPED_DIR / "vi-cs.tsv")
    want = {
        "Nghị quyết": "usnesení",
        "Quyết định": "rozhodnutí",
        "Kết luận": "závěr",
        "Chỉ thị": "směrnice",
        "Nghị định": "nařízení vlády",
        "Chương trình hành động": "akční program",
    }
    by_source = {e.source: e for e in g}
    for vi, cs in want.items():
        assert by_source[vi].target("cs") == cs
    assert "UBND" in by_source["Ủy ban nhân dân"].variants
    assert "tajemnice provinčního výboru strany" in by_source["Bí thư Tỉnh ủy"].targets["cs"]


def test_tsv_fields(tmp_path):
    path = tsv(
        tmp_path,
        "x.pc\tỦy ban nhân dân\tUBND\tlidový výbor\tlidovým výborem\t"
        "lidová komise\tbody\t\tterm\tMZV\n",
    )
    (e,) = read_tsv(path)
    assert e.concept == "x.pc" and e.variants == ("UBND",)
    assert e.targets == {"cs": ("lidový výbor",)}
    assert e.forms == {"cs": ("lidovým výborem",)}
    assert e.forbidden == {"cs": ("lidová komise",)}
    assert e.case_sensitive("UBND") and not e.case_sensitive("Ủy ban nhân dân")
    assert e.line == 2


def test_error_names_file_line_and_column(tmp_path):
    path = tsv(tmp_path, "a\tBí thư\t\ttajemník\t\t\t\tloud\tterm\t\n")
    with pytest.raises(InputError) as err:
        read_tsv(path)
    assert err.value.path == str(path) and err.value.line == 2
    assert err.value.column == len("a\tBí thư\t\ttajemník\t\t\t\t") + 1
    assert "case must be one of" in str(err.value)


def test_error_on_extra_field(tmp_path):
    path = tsv(tmp_path, "a\tBí thư\t\ttajemník\t\t\t\t\tterm\tnote\textra\n")
    with pytest.raises(InputError) as err:
        read_tsv(path)
    assert err.value.line == 2 and "11 fields" in str(err.value)


def test_error_on_missing_header_and_unknown_column(tmp_path):
    with pytest.raises(InputError, match="no 'vi' column"):
        read_tsv(tsv(tmp_path, "", header="id\tcs\n"))
    with pytest.raises(InputError, match="unknown column 'target'") as err:
        read_tsv(tsv(tmp_path, "", header="id\tvi\ttarget\n"))
    assert err.value.column == 7


def test_comments_and_layout_do_not_change_signature(tmp_path):
    a = read_tsv(tsv(tmp_path, "a\tBí thư\t\ttajemník\t\t\t\t\t\t\n", name="a.tsv"))
    b = read_tsv(tsv(tmp_path, "# comment\n\na\tBí thư\t\ttajemník\t\t\t\t\t\t\n", name="b.tsv"))
    c = read_tsv(tsv(tmp_path, "a\tBí thư\t\tsekretář\t\t\t\t\t\t\n", name="c.tsv"))
    assert a.signature == b.signature != c.signature
    assert len(a.signature) == 12
    assert a.describe() == f"glossary:a.tsv|concepts:1|sig:{a.signature}"


def test_check_reports_conflicts_duplicates_and_empty_targets(tmp_path):
    body = (
        "a\tBí thư\t\ttajemník\t\t\t\t\t\t\n"
        "b\tBí thư\t\tsekretář\t\t\t\t\t\t\n"
        "a\tChủ tịch\t\tpředseda\t\t\t\t\t\t\n"
        "c\tTỉnh ủy\tBí thư\tprovinční výbor\t\t\t\t\t\t\n"
        "d\tHuyện ủy\t\t\t\t\t\t\t\t\n"
        "e\tHuyện uỷ\t\t\t\t\t\t\t\t\n"
        "f\tĐảng\t\tstrana\t\tstrana\t\t\t\t\n"
    )
    findings = check_glossary(read_tsv(tsv(tmp_path, body)))
    codes = sorted(f.code for f in findings)
    assert codes == [
        "colliding-variant",
        "conflict",
        "duplicate-id",
        "duplicate-term",
        "empty-target",
        "empty-target",
        "forbidden-is-target",
    ]
    conflict = next(f for f in findings if f.code == "conflict")
    assert conflict.line == 3 and "tajemník / sekretář" in conflict.message


def test_tbx_round_trip(tmp_path):
    g = load_glossary(SHIPPED_DIR / "vi-cs.tsv")
    path = tmp_path / "g.tbx"
    write_tbx(g, path)
    back = read_tbx(path)
    assert back.signature == g.signature
    assert "<martif" in path.read_text(encoding="utf-8")


def test_tbx3_import(tmp_path):
    text = """<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="vi" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body><conceptEntry id="c1">
  <langSec xml:lang="vi"><termSec><term>Bí thư Tỉnh ủy</term></termSec></langSec>
  <langSec xml:lang="cs"><termSec><term>tajemník provinčního výboru strany</term></termSec>
  <termSec><term>sekretář</term>
  <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
  </langSec></conceptEntry></body></text></tbx>"""
    (e,) = read_tbx(tmp_path / "x.tbx", text=text)
    assert e.concept == "c1" and e.target("cs") == "tajemník provinčního výboru strany"
    assert e.forbidden == {"cs": ("sekretář",)}


def test_tbx_parse_error_has_position(tmp_path):
    path = tmp_path / "bad.tbx"
    path.write_text("<martif>\n<text>\n</martif>\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_tbx(path)
    assert err.value.line == 3 and err.value.column is not None


def test_weblate_csv(tmp_path):
    text = (
        "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n"
        ",Bí thư Tỉnh ủy,tajemník provinčního výboru strany,,False,,,MZV\n"
    )
    (e,) = read_csv(tmp_path / "w.csv", target="cs", text=text)
    assert e.source == "Bí thư Tỉnh ủy" and e.target("cs").startswith("tajemník")
    assert e.note == "MZV"


def test_google_csv_layouts(tmp_path):
    (e,) = read_csv(tmp_path / "u.csv", target="cs", text="Quốc hội,Národní shromáždění\n")
    assert e.target("cs") == "Národní shromáždění"
    g = read_csv(
        tmp_path / "s.csv",
        text="vi,cs,en,pos,description\nQuốc hội,Národní shromáždění,National Assembly,noun,MZV\n",
    )
    assert g.entries[0].targets == {"cs": ("Národní shromáždění",), "en": ("National Assembly",)}
    with pytest.raises(InputError) as err:
        read_csv(tmp_path / "b.csv", text="a,b\nc,d,e\n")
    assert err.value.line == 2


def test_write_tsv_round_trip(tmp_path):
    g = Glossary(
        [
            Entry(
                "a",
                "Bí thư",
                ("BT",),
                {"cs": ("tajemník", "tajemnice")},
                {"cs": ("tajemníka",)},
                {"cs": ("sekretář",)},
                "title",
                "auto",
                "term",
                "n",
            )
        ]
    )
    path = tmp_path / "out.tsv"
    write_tsv(g, path)
    assert read_tsv(path).signature == g.signature


def test_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_glossary(tmp_path / "nope.tsv")


def test_save_glossary_by_extension(tmp_path):
    from translate.terms import save_glossary

    g = load_glossary(SHIPPED_DIR / "vi-en.tsv")
    for name in ("out.tbx", "out.tsv"):
        save_glossary(g, tmp_path / name)
        assert load_glossary(tmp_path / name).signature == g.signature
    with pytest.raises(InputError):
        save_glossary(g, tmp_path / "out.docx")


def test_cli_glossary_convert(tmp_path):
    from typer.testing import CliRunner

    from translate.cli import app

    out = tmp_path / "g.tbx"
    result = CliRunner().invoke(
        app, ["glossary", "convert", str(SHIPPED_DIR / "vi-cs.tsv"), str(out)]
    )
    assert result.exit_code == 0, result.output
    assert read_tbx(out).signature == load_glossary(SHIPPED_DIR / "vi-cs.tsv").signature
