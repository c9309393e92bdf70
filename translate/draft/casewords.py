"""The Czech words around a noun phrase that say its case, as tables for `translate.draft.context`:
the prepositions and the cases they govern, the words that address a person, the determiners,
pronouns and numerals that agree with the noun after them (with their case.number cells), the
adverbs that say nothing of the case, the nouns of quantity and the conjunctions."""

from __future__ import annotations

import re

__all__ = ["PREPOSITIONS", "ADDRESS", "DETERMINERS", "FIVE_AND_MORE", "PRONOUNS", "ADVERBS",
           "QUANTITY", "COORDINATORS", "WITH_PHRASES", "CONJUNCTIONS"]

_G, _D, _A, _L, _I = "gen", "dat", "acc", "loc", "ins"
PREPOSITIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("bez", "do", "od", "ode", "z", "ze", "u", "podle", "během", "kromě",
                     "místo", "vedle", "okolo", "kolem", "včetně", "ohledně", "pomocí",
                     "prostřednictvím", "jménem", "uprostřed", "podél", "blízko", "ze strany",
                     "namísto", "stran", "vlivem", "zásluhou"), (_G,)),
    **dict.fromkeys(("k", "ke", "ku", "proti", "naproti", "díky", "kvůli", "vůči", "oproti"),
                    (_D,)),
    **dict.fromkeys(("pro", "přes", "skrz", "mimo"), (_A,)),
    "na": (_L, _A), "o": (_L, _A), "v": (_L, _A), "ve": (_L, _A), "po": (_L, _A), "při": (_L,),
    "za": (_I, _A, _G), "s": (_I, _G), "se": (_I, _G), "před": (_I, _A), "nad": (_I, _A),
    "pod": (_I, _A), "mezi": (_I, _A), "se všemi": (_I,),
}
ADDRESS = re.compile(r"^(pane|paní|pani|vážen[ýáíé]|mil[ýáíé]|soudruhu|soudruzi|soudružko|"
                     r"soudružky|přátelé|kolegové|kolegyně|pánové|dámy)$", re.IGNORECASE)
DETERMINERS = ("všemi", "všem", "všech", "všechny", "všichni", "tento", "tohoto",
               "tomuto", "tímto", "této", "tuto", "touto", "těmto", "těchto", "těmi", "tyto",
               "tito", "jeho", "její", "jejich", "svého", "svému", "svým", "svou", "svoji",
               "své", "svých", "svými", "nového", "novému", "novým", "nové", "novou", "nový",
               "nová", "noví", "nových", "novými", "bývalého", "bývalému", "bývalým", "bývalý",
               "bývalá", "bývalé", "bývalou", "bývalí", "bývalých", "bývalými", "dalších",
               "další", "dalším", "dalšími", "obou", "oběma", "dvěma", "tří", "třem", "třemi",
               "tomto", "toto", "tato", "tom", "tomu", "toho", "tím", "ten", "ta", "to", "té",
               "tu", "tou", "ti", "ty", "těch", "těm", "dva", "dvě", "dvou", "tři", "čtyři",
               "oba", "obě", *("jeden", "jednoho", "jednomu", "jednom", "jedním", "jedna",
                               "jedné", "jednu", "jedno"))
# case.number cells of pronouns and numerals (any gender) that agree with the noun after them
_G_SG, _D_SG, _A_SG, _L_SG, _I_SG = ("gen", "sg"), ("dat", "sg"), ("acc", "sg"), \
    ("loc", "sg"), ("ins", "sg")
_N_SG, _N_PL, _A_PL = ("nom", "sg"), ("nom", "pl"), ("acc", "pl")
# numerals and quantifiers of five and more: the phrase after them is in the genitive plural
FIVE_AND_MORE = ("pět", "šest", "sedm", "osm", "devět", "deset", "jedenáct", "dvanáct",
                 "patnáct", "dvacet", "třicet", "čtyřicet", "padesát", "sto", "mnoho",
                 "několik", "více", "víc", "méně", "málo", "pár", "tolik", "kolik")
PRONOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    **dict.fromkeys(("ten", "tento"), (_N_SG, _A_SG)),
    **dict.fromkeys(("toho", "tohoto"), (_G_SG, _A_SG)),
    **dict.fromkeys(("tomu", "tomuto"), (_D_SG,)),
    **dict.fromkeys(("tom", "tomto"), (_L_SG,)),
    **dict.fromkeys(("tím", "tímto"), (_I_SG,)),
    **dict.fromkeys(("ta", "tato"), (_N_SG, _N_PL, _A_PL)),
    **dict.fromkeys(("té", "této"), (_G_SG, _D_SG, _L_SG)),
    **dict.fromkeys(("tu", "tuto"), (_A_SG,)),
    **dict.fromkeys(("tou", "touto"), (_I_SG,)),
    **dict.fromkeys(("to", "toto"), (_N_SG, _A_SG)),
    **dict.fromkeys(("ti", "tito", "všichni"), (_N_PL,)),
    **dict.fromkeys(("ty", "tyto", "všechny", "dva", "dvě", "tři", "čtyři", "oba", "obě"),
                    (_N_PL, _A_PL)),
    **dict.fromkeys(("těch", "těchto", "všech"), (("gen", "pl"), ("loc", "pl"))),
    **dict.fromkeys(("těm", "těmto", "všem", "třem"), (("dat", "pl"),)),
    **dict.fromkeys(("těmi", "těmito", "všemi", "třemi"), (("ins", "pl"),)),
    **dict.fromkeys(FIVE_AND_MORE, (("gen", "pl"),)),
    **dict.fromkeys(("mnoha", "několika", "pěti", "šesti", "sedmi", "osmi", "devíti", "deseti",
                     "jedenácti", "dvanácti", "patnácti", "dvaceti", "třiceti", "padesáti"),
                    (("gen", "pl"), ("dat", "pl"), ("loc", "pl"), ("ins", "pl"))),
    # three and four in their own oblique cases: the noun after them takes the same case
    # (`ve čtyřech {okresech}`, `čtyřem {obcím}`, `se čtyřmi {družstvy}`)
    **dict.fromkeys(("třech", "čtyřech"), (("loc", "pl"),)), "čtyř": (("gen", "pl"),),
    "čtyřem": (("dat", "pl"),), "čtyřmi": (("ins", "pl"),),
    "dvou": (("gen", "pl"), ("loc", "pl")), "tří": (("gen", "pl"),),
    "dvěma": (("dat", "pl"), ("ins", "pl")), "oběma": (("dat", "pl"), ("ins", "pl")),
    "svého": (_G_SG, _A_SG), "svému": (_D_SG,), "svém": (_L_SG,), "svým": (_I_SG, ("dat", "pl")),
    "svou": (_A_SG, _I_SG), "svoji": (_A_SG, _I_SG), "své": (_G_SG, _D_SG, _L_SG, _N_PL, _A_PL),
    "svých": (("gen", "pl"), ("loc", "pl")), "svými": (("ins", "pl"),),
    # the numeral one agrees like a pronoun (`odvolala jednoho {místopředsedu}`: accusative);
    # `jednou` is left out: it is also the adverb `once`
    **dict.fromkeys(("jeden", "jedno"), (_N_SG, _A_SG)), "jednoho": (_G_SG, _A_SG),
    "jednomu": (_D_SG,), "jednom": (_L_SG,), "jedním": (_I_SG,), "jedna": (_N_SG,),
    "jedné": (_G_SG, _D_SG, _L_SG), "jednu": (_A_SG,),
}
# words between a verb and its object that say nothing about the case
ADVERBS = ("také", "rovněž", "též", "už", "již", "zejména", "především", "hlavně", "zároveň",
           "včera", "dnes", "loni", "letos", "osobně", "opět", "znovu", "nejprve", "poté",
           "tehdy", "nyní", "dosud", "ještě", "jen", "pouze", "dokonce", "například",
           "oficiálně", "slavnostně", "písemně", "telefonicky", "srdečně", "vřele")
# nouns and numerals of quantity: the phrase after them is in the genitive plural
QUANTITY = ("počet", "řada", "většina", "množství", "polovina", "spousta", "desítka",
            "stovka", "tisíc", "tisíce", "menšina", "třetina", "čtvrtina")
COORDINATORS = ("a", "i", "nebo", "či", "ani")
# `s`/`se` after these is the preposition (`v čele se {X}`), whatever the next word
WITH_PHRASES = ("čele", "spolu", "společně", "spolupráci", "souladu", "srovnání", "dohodě")
CONJUNCTIONS = ("a", "i", "ani", "ale", "že", "nebo", "či", "když", "protože", "který",
                "která", "které", "kteří", "jak", "aby", "než", "pak", "proto", "také", "tak")
