"""Cast extraction: "X as Y", "Y (X)", "who plays", "played by", possessives, "starring";
on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract


def cast(character: str, work: str) -> dict[str, str]:
    return {"character": character, "work": work}


def test_as_and_brackets_with_the_characters_own_work(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Varga cast Helga Strand as Mara.\n"
                                       "Her ferry pilot, Mara (Helga Strand), never sleeps.\n")
    assert rows(extraction, "cast") == [
        ("Helga Strand", "cast", cast("Mara", "Night Ferry"), {}, "Helga Strand as Mara"),
        ("Helga Strand", "cast", cast("Mara", "Night Ferry"), {}, "Mara (Helga Strand)"),
    ]


def test_a_new_character_is_proposed_in_the_work_the_sentence_names(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "In Dry Season, Tomas Reyes plays Anselm, a farmer.\n"
                                       "Salt Road is about a drifter named Kit (Ines Moreau).\n")
    assert rows(extraction, "cast") == [
        ("Tomas Reyes", "cast", cast("Anselm", "Dry Season"), {},
         "Dry Season, Tomas Reyes plays Anselm"),
        ("Ines Moreau", "cast", cast("Kit", "Salt Road"), {},
         "Salt Road is about a drifter named Kit (Ines Moreau)"),
    ]
    assert [(e.name, e.kind, e.work, e.status) for e in extraction.entities] == [
        ("Anselm", "character", "Dry Season", "draft"),
        ("Kit", "character", "Salt Road", "draft")]


def test_played_by_with_the_last_name_of_a_chain(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Mara, a pilot, is played by Varga regular Helga Strand."
                                       "\nA stowaway in Salt Road is portrayed by Tomas Reyes.\n")
    assert rows(extraction, "cast", "credit") == [
        ("Helga Strand", "cast", cast("Mara", "Night Ferry"), {},
         "Mara, a pilot, is played by Varga regular Helga Strand"),
    ]


def test_played_by_with_no_character_is_an_actors_credit(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Dry Season tells of a deckhand played by Tomas Reyes.\n"
                                       "Night Ferry (2019), starring Helga Strand, came first.\n")
    assert rows(extraction, "credit") == [
        ("Tomas Reyes", "credit", {"role": "actor", "work": "Dry Season"}, {},
         "Dry Season tells of a deckhand played by Tomas Reyes"),
        ("Helga Strand", "credit", {"role": "actor", "work": "Night Ferry"}, {},
         "Night Ferry (2019), starring Helga Strand"),
    ]


def test_an_actors_possessive_before_a_known_character(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Audiences loved Helga Strand's Mara.\n"
                                       "Strand's weary ferry pilot, Mara, steals it.\n"
                                       "Helga Strand's Night Ferry is a film, not a character.\n")
    assert rows(extraction, "cast") == [
        ("Helga Strand", "cast", cast("Mara", "Night Ferry"), {}, "Helga Strand's Mara"),
        ("Helga Strand", "cast", cast("Mara", "Night Ferry"), {},
         "Strand's weary ferry pilot, Mara"),
    ]


def test_who_plays_and_the_role_of(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Look at Helga Strand, who plays Mara.\n"
                                       "Tomas Reyes would take on the role of Anselm in Dry Season."
                                       "\n")
    assert rows(extraction, "cast") == [
        ("Helga Strand", "cast", cast("Mara", "Night Ferry"), {}, "Helga Strand, who plays Mara"),
        ("Tomas Reyes", "cast", cast("Anselm", "Dry Season"), {},
         "Tomas Reyes would take on the role of Anselm in Dry Season"),
    ]
