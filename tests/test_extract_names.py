"""Name extraction: the spellings a source gives people and works, variants and messy text;
on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract

ENTITIES = """
entities:
  - {name: Margarethe Ilori, kind: person, aliases: [{name: Maggie, reason: her nickname}]}
  - {name: Lindsey Arkwright, kind: person}
  - {name: Ward No. 6, kind: work}
  - {name: Nights of Velvet, kind: work}
  - {name: Tideline, kind: work}
"""


def name(spelling: str) -> dict[str, str]:
    return {"name": spelling}


def test_full_names_and_titles_once_each_not_surnames_nor_aliases(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Margarethe Ilori starred in Tideline. Ilori, whom "
                                       "everyone calls Maggie, loved Tideline.\n"
                                       "Margarethe Ilori said so.\n", entities=ENTITIES)
    assert rows(extraction, "name") == [
        ("Margarethe Ilori", "name", name("Margarethe Ilori"), {}, "Margarethe Ilori"),
        ("Tideline", "name", name("Tideline"), {}, "Tideline"),
    ]


def test_variants_of_known_names(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Lindsay Arkwright read Ward Number 6 and Nights of "
                                       "Velvit.\nLater Lindsay laughed.\n", entities=ENTITIES)
    assert rows(extraction, "name") == [
        ("Lindsey Arkwright", "name", name("Lindsay Arkwright"), {}, "Lindsay Arkwright"),
        ("Ward No. 6", "name", name("Ward Number 6"), {}, "Ward Number 6"),
        ("Nights of Velvet", "name", name("Nights of Velvit"), {}, "Nights of Velvit"),
        # the quote is widened until it occurs once in the source
        ("Lindsey Arkwright", "name", name("Lindsay"), {}, "Later Lindsay laughed"),
    ]


def test_a_misspelt_surname_alone_but_not_a_possessive_without_apostrophe(
        tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Arkwrigth smiles.\nArkwrights film was long.\n",
                             entities=ENTITIES)
    assert rows(extraction, "name") == [
        ("Lindsey Arkwright", "name", name("Arkwrigth"), {}, "Arkwrigth")]


def test_titles_in_capitals_and_glued_to_the_word_before(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "We loved NIGHTS OF VELVET; she watchedTideline twice.\n",
                             entities=ENTITIES)
    assert rows(extraction, "name") == [
        ("Nights of Velvet", "name", name("NIGHTS OF VELVET"), {}, "NIGHTS OF VELVET"),
        ("Tideline", "name", name("Tideline"), {}, "watchedTideline"),
    ]
