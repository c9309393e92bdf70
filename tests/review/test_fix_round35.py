"""check --fix, round thirty-five (issue 12bj): a word-for-word rendering of the longer
variant the source names a body by stays (`keep.literal_variant`), and its limits."""

from __future__ import annotations

from translate.draft.context import woman_named
from translate.review.fix import fix_text
from translate.review.keep import nested_terms


def fixed(glossary, vi: str, cs: str) -> str:
    return fix_text(vi, cs, "cs", glossary)[0]


def test_nested_terms_are_the_inner_concepts_renderings(glossary):
    inner = nested_terms("Ban Chấp hành Đảng bộ tỉnh", "party.provincial", glossary, "cs")
    assert "provinční stranická organizace" in inner
    assert not any("provinční výbor strany" == t for t in inner)  # not the concept's own


def test_literal_rendering_of_the_longer_variant_stays(glossary):
    cs = "Výbor provinční stranické organizace projednal rozpočet na příští rok."
    assert fixed(glossary, "Ban Chấp hành Đảng bộ tỉnh đã thảo luận ngân sách năm tới.",
                 cs) == cs


def test_literal_rendering_inside_the_sentence_stays(glossary):
    cs = "Delegaci přijal včera celý výbor provinční stranické organizace."
    assert fixed(glossary, "Hôm qua, toàn thể Ban Chấp hành Đảng bộ tỉnh đã tiếp đoàn.",
                 cs) == cs


def test_the_short_source_name_still_gets_the_term(glossary):
    """The source says `Tỉnh ủy`: no longer variant, so the term is placed."""
    out = fixed(glossary, "Tỉnh ủy đã thảo luận ngân sách năm tới.",
                "Výbor provinční stranické organizace projednal rozpočet na příští rok.")
    assert out.startswith("Provinční výbor strany")


def test_another_rendering_of_the_variant_is_still_fixed(glossary):
    out = fixed(glossary, "Ban Chấp hành Đảng bộ tỉnh đã thảo luận ngân sách năm tới.",
                "Krajský stranický výbor projednal rozpočet na příští rok.")
    assert out.startswith("Provinční výbor strany")


def test_a_word_the_term_lacks_is_not_literal(glossary):
    """`výkonného` is a word the term does not have: fixed as before."""
    out = fixed(glossary, "Ông Lê Văn Hùng, Ủy viên Ban Chấp hành Đảng bộ tỉnh, phát biểu.",
                "Pan Lê Văn Hùng, člen výkonného výboru provinční stranické organizace, promluvil.")
    assert "člen provinčního výboru strany" in out


def test_a_word_of_the_term_missing_is_not_literal(glossary):
    """`členové` alone leaves the committee out: the member's title is placed."""
    out = fixed(glossary, "Các Ủy viên Ban Chấp hành Đảng bộ tỉnh đã biểu quyết.",
                "Členové provinční stranické organizace hlasovali.")
    assert out.startswith("Členové provinčního výboru strany")


def test_a_term_that_names_the_nested_concept_itself_is_placed(glossary):
    """The glossary's front committee says `Vlastenecké fronty` itself: placed as it says."""
    out = fixed(glossary, "Hội nghị diễn ra tại Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre.",
                "Konference se konala na provinčním výboru Vietnamské vlastenecké fronty v Tre.")
    assert "provinčním výboru Vlastenecké fronty" in out


def test_a_peoples_plural_after_the_comma_is_no_womans_surname():
    """`Hmongové`, `Thajové` (a people's plural, after a comma) end like `Novákové`."""
    text = "Soudruhu tajemníku, Thajové už mají silnici."
    assert not woman_named(text, 10, 18)


def test_a_womans_surname_right_after_the_title_still_counts():
    text = "Dopis předali velvyslankyni Janě Novákové včera."
    at = text.index("velvyslankyni")
    assert woman_named(text, at, at + len("velvyslankyni"))


def test_addressed_secretary_stays_a_man_before_a_peoples_plural(glossary):
    out = fixed(glossary, "Thưa đồng chí Bí thư Tỉnh ủy, đồng bào Thái ở huyện đã có đường mới.",
                "Soudruhu krajský tajemníku, Thajové v okrese už mají novou silnici.")
    assert out.startswith("Soudruhu tajemníku provinčního výboru strany,")


def test_members_level_adjective_keeps_their_committee_singular(glossary):
    """`Krajští funkcionáři strany`: members of one committee, the adjective says the level."""
    out = fixed(glossary, "Các Tỉnh ủy viên Bến Tre đã đến thăm trường học.",
                "Krajští funkcionáři strany z Ben Tre navštívili školu.")
    assert out.startswith("Členové provinčního výboru strany")


def test_members_complement_written_plural_stays_plural(glossary):
    """The translator's own plural complement is still evidence (`krajských výborů`)."""
    out = fixed(glossary, "Các Tỉnh ủy viên đã họp.",
                "Členové krajských výborů strany se sešli.")
    assert "provinčních výborů strany" in out


def test_spolek_for_a_cooperative_where_the_source_says_hop_tac_xa(glossary):
    out = fixed(glossary, "Hợp tác xã chè Tân Cương đã xuất khẩu lô hàng đầu tiên.",
                "Čajový spolek Tân Cương vyvezl první zásilku.")
    assert "spolek" not in out.lower() and "družstvo" in out.lower()


def test_spolek_stays_where_the_source_says_an_association(glossary):
    """`Hội` is the association's: `spolek` is not made a cooperative there."""
    cs = "Spolek zahrádkářů uspořádal výstavu."
    assert fixed(glossary, "Hội làm vườn đã tổ chức triển lãm.", cs) == cs


def test_mestecko_for_a_township(glossary):
    out = fixed(glossary, "Chợ phiên họp mỗi tuần ở các thị trấn vùng cao.",
                "Trhy se konají každý týden v horských městečkách.")
    assert "městysech" in out


def test_plan_cinnosti_for_an_action_programme(glossary):
    out = fixed(glossary, "Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết.",
                "Provinční výbor strany vydal plán činnosti k provedení usnesení.")
    assert "akční program" in out


def test_the_english_acronym_of_the_labour_confederation_is_written_out(glossary):
    out = fixed(glossary, "Đoàn đã làm việc với Tổng Liên đoàn Lao động Việt Nam.",
                "Delegace jednala s VGCL.")
    assert out == "Delegace jednala s Vietnamskou všeobecnou konfederací práce."


def test_the_acronym_stays_where_the_source_does_not_name_the_confederation(glossary):
    cs = "Zpráva cituje průzkum VGCL z loňského roku."
    assert fixed(glossary, "Báo cáo dẫn khảo sát năm ngoái.", cs) == cs
