"""`check --fix`, round twenty-two (issue 12aj): a level word's head alone as the genitive of
another term's body (`lidový výbor {čtvrti}`) is how Czech names that body's level, so it is
kept, while the same head after a preposition or any other noun is still completed; and eight
synonyms that at least two independent authors use are found (`resort` for a province's
`odbor`, `pokyn` for `směrnice`, `stanovisko` for `závěr`, `obvod` for `městská čtvrť`,
`soudní dvůr`, `parlamentní zástupce`, `veřejná pokladna`, `zaměstnanecký svaz`).
Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.mark.parametrize("vi, cs", [
    ("Ủy ban nhân dân phường đã họp sáng nay.", "Lidový výbor čtvrti zasedal dnes ráno."),
    ("Đảng ủy phường khen thưởng ba đảng viên.", "Stranický výbor čtvrti ocenil tři členy strany."),
    ("Cử tri gửi kiến nghị tới Ủy ban nhân dân phường.",
     "Voliči poslali podnět lidovému výboru čtvrti."),
])
def test_a_level_head_after_a_body_stays(vi, cs, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_a_level_head_after_another_noun_is_completed(glossary, matcher):
    got = _fixed("Người dân phường Tân Định phản đối dự án.",
                 "Obyvatelé čtvrti Tan Dinh protestovali proti projektu.", glossary, matcher)
    assert got == "Obyvatelé městské čtvrti Tan Dinh protestovali proti projektu."


def test_a_level_head_after_a_preposition_is_completed(glossary, matcher):
    got = _fixed("Dự án triển khai ở các phường ven sông.", "Projekt běží ve čtvrtích u řeky.",
                 glossary, matcher)
    assert got == "Projekt běží v městských čtvrtích u řeky."


@pytest.mark.parametrize("vi, cs, expected", [
    ("Ủy ban nhân dân tỉnh giao nhiệm vụ cho các Sở.",
     "Provinční lidový výbor uložil úkol resortům.",
     "Provinční lidový výbor uložil úkol odborům."),
    ("Thủ tướng ban hành Chỉ thị về phòng chống dịch.",
     "Premiér vydal pokyn k boji proti epidemii.",
     "Premiér vydal směrnici k boji proti epidemii."),
    ("Ban Bí thư ban hành Kết luận về công tác dân tộc.",
     "Sekretariát ÚV strany vydal stanovisko k národnostní politice.",
     "Sekretariát ÚV strany vydal závěr k národnostní politice."),
    ("Tòa án nhân dân tối cao công bố án lệ mới.",
     "Nejvyšší soudní dvůr zveřejnil nový precedens.",
     "Nejvyšší lidový soud zveřejnil nový precedens."),
    ("Các đại biểu Quốc hội thảo luận dự luật.",
     "Parlamentní zástupci projednali návrh zákona.",
     "Poslanci Národního shromáždění projednali návrh zákona."),
    ("Giám đốc làm việc với Công đoàn nhà máy.",
     "Ředitel jednal se zaměstnaneckým svazem továrny.",
     "Ředitel jednal s odbory továrny."),
    ("Dự án dùng vốn ngân sách nhà nước.",
     "Projekt využívá peníze veřejné pokladny.",
     "Projekt využívá peníze státního rozpočtu."),
])
def test_synonyms_two_authors_use_are_found(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


def test_a_district_for_a_ward_is_found(glossary, matcher):
    got = _fixed("Thành phố giao quyền cho các phường.", "Město svěřilo pravomoc obvodům.",
                 glossary, matcher)
    assert got == "Město svěřilo pravomoc městským čtvrtím."


def test_an_instruction_for_guidance_is_not_a_directive(glossary, matcher):
    got = _fixed("Bộ Y tế ban hành Hướng dẫn về tiêm chủng.",
                 "Ministerstvo zdravotnictví vydalo pokyn k očkování.", glossary, matcher)
    assert "směrnic" not in got


def test_a_ministry_said_as_resort_stays_a_ministry(glossary, matcher):
    got = _fixed("Bộ Y tế kiểm tra các bệnh viện.", "Resort zdravotnictví kontroloval nemocnice.",
                 glossary, matcher)
    assert got.startswith("Ministerstvo zdravotnictví") and "odbor" not in got


def test_a_synonyms_own_adjective_in_the_sources_slot_goes_with_it(glossary, matcher):
    got = _fixed("Năm ngoái Ban Bí thư đã ban hành 3 Chỉ thị.",
                 "Loni sekretariát ÚV strany vydal 3 závazné pokyny.", glossary, matcher)
    assert got == "Loni sekretariát ÚV strany vydal 3 směrnice."


def test_an_adjective_the_source_says_stays(glossary, matcher):
    got = _fixed("Năm ngoái Ban Bí thư đã ban hành 3 Chỉ thị mới.",
                 "Loni sekretariát ÚV strany vydal 3 nové pokyny.", glossary, matcher)
    assert got == "Loni sekretariát ÚV strany vydal 3 nové směrnice."
