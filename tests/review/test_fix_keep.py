"""`check --fix` leaves completions the sentence already says another way (review/keep.py)."""

import pytest

from translate.draft.place import Placement
from translate.review.keep import needless


def _placement(text: str, found: str, replacement: str) -> Placement:
    start = text.index(found)
    return Placement(start, start + len(found), found, replacement)


@pytest.mark.parametrize("text, found, replacement", [
    # the owner named as a participant, in another case
    ("Vláda vydá nové nařízení o mýtném.", "nařízení", "nařízení vlády"),
    ("Ministerstvo předložilo vládě návrh nařízení.", "nařízení", "nařízení vlády"),
    # another owner right after the words
    ("Byl zahájen celostátní sjezd Vietnamského svazu žen.", "celostátní sjezd",
     "celostátní sjezd strany"),
    # a minister's title names the ministry's field
    ("Ministr průmyslu a obchodu přijal delegaci.", "průmyslu a obchodu",
     "Ministerstva průmyslu a obchodu"),
    # a word derived from the place name
    ("Mnoho Vietnamců žije v zahraničí.", "Vietnamců", "Vietnamu"),
])
def test_needless(text, found, replacement):
    assert needless(text, _placement(text, found, replacement))


@pytest.mark.parametrize("text, found, replacement", [
    ("Ministerstvo připravuje nařízení o matrikách.", "nařízení", "nařízení vlády"),
    ("Celostátní sjezd se uskuteční v Hanoji.", "Celostátní sjezd", "Celostátní sjezd strany"),
    ("Vláda schválila dekret o mýtném.", "dekret", "nařízení vlády"),  # not a completion
    ("Delegace přijela z Vietnamem spřátelené země.", "Vietnamem", "Vietnamu"),
    ("Předseda se sešel s členy výboru.", "členy výboru", "členy výboru strany"),
])
def test_not_needless(text, found, replacement):
    assert not needless(text, _placement(text, found, replacement))
