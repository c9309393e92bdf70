"""Round forty-six of `check --fix` (issue 12ci), under both loadings: a person's name whose
syllables are a term's (`Quốc Hội`, `Sở`), kept letter for letter in the translation, is a
name, not the term; a term left untranslated (every capitalised syllable a match's) is still
fixed, and a term beside a name kept is still enforced."""

from __future__ import annotations

import pytest

from translate.review.fixguard import kept_names


@pytest.mark.parametrize(("vi", "cs"), [
    # the National Assembly's two syllables as a man's given names
    ("Anh Trần Quốc Hội là kỹ sư cầu đường ở Huế.", "Trần Quốc Hội je stavební inženýr v Hue."),
    # the department's syllable closing a woman's name
    ("Bà Lò Thị Sở bán rau ở chợ huyện.", "Paní Lò Thị Sở prodává zeleninu na okresním trhu."),
])
def test_a_name_kept_as_written_is_not_a_term(vi, cs, fix_loaded):
    assert fix_loaded(vi, cs) == cs


def test_a_term_beside_a_kept_name_is_still_fixed(fix_loaded):
    vi = "Đại biểu Quốc hội Trần Quốc Hội đã gặp cử tri."
    cs = "Poslanec Národního kongresu Trần Quốc Hội se setkal s voliči."
    assert fix_loaded(vi, cs) == \
        "Poslanec Národního shromáždění Trần Quốc Hội se setkal s voliči."


def test_a_name_put_into_czech_letters_is_no_kept_name():
    # the run must stand in the translation letter for letter: `Tran Quoc Hoi` is not it
    vi = "Anh Trần Quốc Hội là kỹ sư."
    assert kept_names(vi, "Tran Quoc Hoi je inženýr.", [_Match(9, 17)]) == []


def test_a_term_left_untranslated_is_no_name():
    # every capitalised syllable of the run is inside the match: an untranslated term
    vi = "Quốc Hội họp phiên bế mạc."
    assert kept_names(vi, "Quốc Hội zasedá naposledy.", [_Match(0, 8)]) == []
    # no match inside: nothing to keep either
    assert kept_names("Anh Trần Văn Nam đến.", "Trần Văn Nam přišel.", []) == []


class _Match:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_the_terms_check_passes_a_kept_name_as_the_fix_does(loaded):
    from translate.review.qa.glossary import glossary_issues_of
    glossary, matcher = loaded
    vi = "Anh Trần Quốc Hội là kỹ sư cầu đường ở Huế."
    cs = "Trần Quốc Hội je stavební inženýr v Hue."
    assert not [i for i in glossary_issues_of(vi, cs, "cs", glossary, matcher)
                if "Quốc" in i.message]
    # the untranslated body is still reported
    vi, cs = "Quốc hội họp phiên bế mạc.", "Quốc hội zasedá naposledy."
    assert any("Quốc" in i.message for i in glossary_issues_of(vi, cs, "cs", glossary, matcher))


def test_the_office_after_a_replaced_person_stays(fix_loaded):
    # `do funkce` shares its stem with `funkcionáře`, but it is the office the person goes to
    vi = "Huyện ủy Mỹ Đức điều động ba cán bộ về làm Chủ tịch UBND xã."
    cs = ("Okresní výbor strany Mỹ Đức převelel tři úředníky do funkce předsedů obecních "
          "lidových výborů.")
    out = fix_loaded(vi, cs)
    assert "funkcionáře do funkce předsedů" in out


def test_an_adjectives_echo_is_still_taken_in(fix_loaded):
    # a preposition and the term's adjective said again after it: still the rendering's rest
    vi = "Năm nay tỉnh thu hút thêm nhiều vốn đầu tư trực tiếp nước ngoài."
    cs = "Letos provincie přilákala další kapitál přímých investic ze zahraničí."
    assert "ze zahraničí" not in fix_loaded(vi, cs)
