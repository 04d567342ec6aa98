"""Finding names in messy article text, and the keys spellings are compared by."""

from __future__ import annotations

import pytest

from checker.parse.names import find_name, name_key, strip_accents, tokens
from checker.text import normalize


def _found(name: str, text: str) -> list[str]:
    text = normalize(text)
    return [text[start:end] for start, end in find_name(name, text)]


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Hollis Crane", "said director Hollis Crane.", ["Hollis Crane"]),
    ("hollis crane", "HOLLIS CRANE (USA)", ["HOLLIS CRANE"]),
    ("O’Brien", "as O'Brien put it", ["O'Brien"]),  # the text is normalized first
    ("Inès Laurent", "Inès Laurent (Paris, 1988)", ["Inès Laurent"]),
    ("İlker Aydın", "İlker Aydın’s debut", ["İlker Aydın"]),
])
def test_names_as_spelled(name: str, text: str, expected: list[str]) -> None:
    assert _found(name, text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Sleeper Car No. 7", "a better train film sinceSleeper Car No. 7came out",
     ["Sleeper Car No. 7"]),
    ("Night Market", "a film likeNight Marketwas overdue", ["Night Market"]),
    ("Loulou", "Pialat’s Louloufor example", ["Loulou"]),
    ("Low Tide", "I saw inLow Tideis", ["Low Tide"]),
])
def test_titles_glued_to_their_neighbours(name: str, text: str, expected: list[str]) -> None:
    assert _found(name, text) == expected


def test_possessive_with_its_apostrophe_stripped() -> None:
    assert _found("Clare Madison", "Clare Madisons performance") == ["Clare Madison"]


@pytest.mark.parametrize(("name", "text"), [
    ("Ann Hollis", "Anne Hollis"),  # one more letter is another name
    ("Mari", "Maria Jansen"),
    ("Yur", "Yura"),
    ("Caprio", "DiCaprio"),  # a surname particle, not glue
    ("Ella", "McElla"),
    ("Arthur", "MacArthur"),
    ("No. 6", "Ward No. 65"),  # a figure running on
    ("Noé", "Gaspar Noe"),  # accents are spelling
    ("Noe", "Gaspar Noé"),
    ("Lindsey", "Lindsay Arkwright"),
])
def test_different_names_are_not_found(name: str, text: str) -> None:
    assert _found(name, text) == []


def test_every_occurrence_is_found() -> None:
    text = "Calder (Ruth) and Calder (Tom)"
    assert find_name("Calder", text) == [(0, 6), (18, 24)]


def test_an_empty_name_is_never_found() -> None:
    assert find_name("  ", "anything") == []


@pytest.mark.parametrize(("spelling", "key"), [
    ("Compartment No. 6", "compartment no 6"),
    ("COMPARTMENT NO 6", "compartment no 6"),
    ("“Sleeper Car No. 7”", "sleeper car no 7"),
    ("O’Brien", "obrien"),
    ("O'Brien", "obrien"),
    ("Jean-Luc", "jean luc"),
    ("#701", "701"),
    ("  Hollis   Crane ", "hollis crane"),
])
def test_name_key_ignores_case_and_typography(spelling: str, key: str) -> None:
    assert name_key(spelling) == key


def test_name_key_keeps_accents_and_letters() -> None:
    assert name_key("Inès") != name_key("Ines")
    assert name_key("Lindsey") != name_key("Lindsay")


def test_tokens_and_accents() -> None:
    assert tokens("Sleeper Car No. 7") == ["sleeper", "car", "no", "7"]
    assert strip_accents("Léa Fontaine, Inès, Noé") == "Lea Fontaine, Ines, Noe"
