import pytest

from translate.terms.lemmas import contains_term, find_term, shared_stem, stem_cs

SECRETARY = "tajemník provinčního výboru strany"
SECRETARY_F = "tajemnice provinčního výboru strany"

# (sentence, term) pairs: the term appears inflected; many with stem changes.
INFLECTED = [
    ("Delegáti přivítali tajemníka provinčního výboru strany.", SECRETARY),
    ("Poděkovali tajemníkovi provinčního výboru strany za podporu.", SECRETARY),
    ("Setkali se s tajemníkem provinčního výboru strany.", SECRETARY),
    ("Hovořili o tajemníkovi provinčního výboru strany.", SECRETARY),
    ("Tajemníci provinčních výborů strany se sešli v Hanoji.", SECRETARY),  # k -> c
    ("Pozvání přijali tajemníci okresních výborů strany.", "tajemník okresního výboru strany"),
    ("Zprávu přednesla tajemnice provinčního výboru strany.", SECRETARY_F),
    ("Kytici předali tajemnici provinčního výboru strany.", SECRETARY_F),
    ("Jednali s tajemnicí provinčního výboru strany.", SECRETARY_F),
    (
        "Konference zvolila předsedkyni provinčního lidového výboru.",
        "předsedkyně provinčního lidového výboru",
    ),
    ("Setkání s předsedkyní Národního shromáždění.", "předsedkyně Národního shromáždění"),
    ("Poradu řídil předseda provinčního lidového výboru.", "předseda provinčního lidového výboru"),
    ("Dopis předsedovi provinčního lidového výboru.", "předseda provinčního lidového výboru"),
    ("Rozhovor s předsedou Národního shromáždění.", "předseda Národního shromáždění"),
    ("Sešla se s místopředsedou vlády.", "místopředseda vlády"),
    ("Návrh schválilo politbyro.", "politbyro"),
    ("Členové politbyra jednali dva dny.", "člen politbyra"),
    ("Zasedání politbyru předložili zprávu.", "politbyro"),
    ("Rezoluci přijali na plénu ÚV strany.", "plénum ÚV strany"),
    ("Poslanci Národního shromáždění hlasovali.", "poslanec Národního shromáždění"),  # c
    ("Otázku položil poslanci Národního shromáždění.", "poslanec Národního shromáždění"),
    ("Hovořila s poslancem Národního shromáždění.", "poslanec Národního shromáždění"),
    ("Ministři se sešli v Praze.", "ministr"),  # r -> ř
    ("Ministryní financí byla jmenována loni.", "ministryně"),
    ("Sjezd se konal v Praze.", "Praha"),  # h -> z
    ("Cesta do Hanoje trvala dlouho.", "Hanoj"),
    ("Úřad sídlí v Ho Či Minově Městě.", "Ho Či Minovo Město"),
    ("Velvyslance přijal prezident.", "velvyslanec"),  # mobile e
    ("Setkání s velvyslancem České republiky.", "velvyslanec"),
    ("Jednala s velvyslankyní Vietnamu.", "velvyslankyně"),
    ("Podle usnesením stanovených úkolů.", "usnesení"),
    ("O nařízení vlády se jednalo.", "nařízení vlády"),
    ("Podle nařízením vlády č. 15.", "nařízení vlády"),
    ("V závěru konference zazněla výzva.", "závěr"),
    ("Podle směrnice č. 5 a podle směrnici jiné.", "směrnice"),
    ("Bylo to v duchu akčního programu.", "akční program"),
    ("Podle rozhodnutím provinčního výboru.", "rozhodnutí"),
    ("Předložil zprávu Ústřednímu výboru strany.", "Ústřední výbor strany"),
    ("Kandidáti Ústředního výboru strany byli zvoleni.", "Ústřední výbor strany"),
    ("Zástupci Vietnamské vlastenecké fronty se zúčastnili.", "Vietnamská vlastenecká fronta"),
    (
        "Ve Vietnamské socialistické republice žije sto milionů lidí.",
        "Vietnamská socialistická republika",
    ),
    ("Komunistickou stranou Vietnamu byl pověřen.", "Komunistická strana Vietnamu"),
    ("Ke Komunistické straně Vietnamu vstoupil mladý.", "Komunistická strana Vietnamu"),
    ("Jednání s funkcionáři strany.", "funkcionář"),
    ("Přijala ho ministryně zahraničí.", "ministryně"),
    ("Provinční lidové rady zasedaly.", "provinční lidová rada"),
    ("Na zasedání provinční lidové radě předložili zprávu.", "provinční lidová rada"),
    ("Výsledky okresních lidových výborů.", "okresní lidový výbor"),
]


@pytest.mark.parametrize("text,term", INFLECTED)
def test_inflected_forms_are_found(text, term):
    assert contains_term(text, term, "cs"), (text, term)


def test_at_least_thirty_inflected_cases():
    assert len(INFLECTED) >= 30


NOT_PRESENT = [
    ("Delegáti přivítali tajemníka okresního výboru strany.", SECRETARY),
    ("Poradu řídil předseda okresního lidového výboru.", "předseda provinčního lidového výboru"),
    ("Vláda jednala o rozpočtu.", "Národní shromáždění"),
    ("Výborný výsledek provincie.", "výbor"),
    ("Strana a vláda.", "Komunistická strana Vietnamu"),
    ("Tajemník provinčního výboru.", SECRETARY),  # last word missing
]


@pytest.mark.parametrize("text,term", NOT_PRESENT)
def test_absent_terms_are_not_found(text, term):
    assert not contains_term(text, term, "cs")


def test_explicit_forms_from_the_glossary_count():
    text = "Hovořil s ÚVKSV o reformě."
    assert not contains_term(text, "Ústřední výbor strany", "cs")
    assert contains_term(text, "Ústřední výbor strany", "cs", forms=["ÚVKSV"])


def test_find_term_returns_span_in_text():
    text = "Dnes přijeli tajemníkem provinčního výboru strany, pak odjeli."
    start, end = find_term(text, SECRETARY, "cs")
    assert text[start:end] == "tajemníkem provinčního výboru strany"


def test_stemmer_undoes_alternations():
    assert stem_cs("Praze") == stem_cs("Praha")
    assert stem_cs("ruce") == stem_cs("ruka")
    assert stem_cs("ministři") == stem_cs("ministr")
    assert stem_cs("poslance") == stem_cs("poslanec")
    assert stem_cs("tajemníci") == stem_cs("tajemník")


def test_other_languages_use_lemmas_without_stemming():
    assert contains_term(
        "The Secretaries of the provincial Party Committees met.",
        "Secretary of the provincial Party Committee",
        "en",
    )
    assert not contains_term("The Chairman spoke.", "Secretary", "en")


def test_dative_plural_of_feminine_titles_shares_the_stem():
    from translate.terms.lemmas import stem_cs

    assert stem_cs("tajemnicím") == stem_cs("tajemnice")
    assert stem_cs("předsedkyním") == stem_cs("předsedkyně")
    assert stem_cs("provinčním") == stem_cs("provinčního")


def test_adjective_forms_share_their_stem():
    from translate.terms.lemmas import same_word

    assert same_word("kádrové", "kádrová", "cs")
    assert same_word("stálém", "stálý", "cs")
    assert not same_word("národní", "národ", "cs")


def test_shared_stem_bounds_the_start_and_the_rest():
    assert shared_stem("osvojení", "osvojit", 4)
    assert shared_stem("thorough", "thoroughly", 5)
    assert not shared_stem("stra", "strana", 5)  # the start shorter than `least`
    assert not shared_stem("osvojení", "osvobození", 4)  # `osvo` + 4 letters more
    assert shared_stem("mas", "masovou", 3)
