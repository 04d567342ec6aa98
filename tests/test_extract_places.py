"""Place extraction: locations of things, birthplaces and hometowns, residences, settings and
filming locations; on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract


def place(name: str) -> dict[str, str]:
    return {"place": name}


def test_a_thing_in_a_place_and_a_place_before_a_things_noun(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "They climbed Mara's lighthouse in Harbor Point.\n"
                                       "Later, the old Lisbon lighthouse was repainted.\n"
                                       "Lumen Pictures in northern Portland produced it.\n")
    assert rows(extraction, "place") == [
        ("Mara's lighthouse", "location", place("Harbor Point"), {},
         "Mara's lighthouse in Harbor Point"),
        ("Mara's lighthouse", "location", place("Lisbon"), {}, "Lisbon lighthouse"),
        ("Lumen Pictures", "location", place("northern Portland"), {},
         "Lumen Pictures in northern Portland"),
    ]


def test_born_raised_and_an_adjective_of_birth(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Born and raised in Lisbon, Ines Moreau moved early.\n"
                                       "Tomas Reyes, a Portland-born actor, grew up in Harbor "
                                       "Point.\n")
    assert rows(extraction, "place") == [
        ("Ines Moreau", "birthplace", place("Lisbon"), {},
         "Born and raised in Lisbon, Ines Moreau"),
        ("Ines Moreau", "hometown", place("Lisbon"), {},
         "Born and raised in Lisbon, Ines Moreau"),
        ("Tomas Reyes", "birthplace", place("Portland"), {}, "Tomas Reyes, a Portland-born"),
        ("Tomas Reyes", "hometown", place("Harbor Point"), {},
         "Tomas Reyes, a Portland-born actor, grew up in Harbor Point"),
    ]


def test_settings_listed_and_a_new_place_after_set_in(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Night Ferry is set in Lisbon, Harbor Point and "
                                       "Porto Velho.\n")
    assert rows(extraction, "place") == [
        ("Night Ferry", "setting", place("Lisbon"), {}, "Night Ferry is set in Lisbon"),
        ("Night Ferry", "setting", place("Harbor Point"), {},
         "Night Ferry is set in Lisbon, Harbor Point"),
        ("Night Ferry", "setting", place("Porto Velho"), {},
         "Night Ferry is set in Lisbon, Harbor Point and Porto Velho"),
    ]
    assert [(e.name, e.kind, e.status) for e in extraction.entities] == [
        ("Porto Velho", "place", "draft")]


def test_where_a_work_was_filmed(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Dry Season was shot in Portland.\n"
                                       "The crew moved on. They filmed in Lisbon for a week.\n")
    assert rows(extraction, "place") == [
        ("Dry Season", "filming_location", place("Portland"), {},
         "Dry Season was shot in Portland"),
        ("Dry Season", "filming_location", place("Lisbon"), {}, "filmed in Lisbon"),
    ]
    notes = [d.claim.note for d in extraction.drafts if d.claim.value.kind == "place"]
    assert notes == [None, "the sentence names no work: taken to be Dry Season"]


def test_a_place_with_no_subject_is_left_out(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "It rained in Lisbon. Somebody was born in Portland.\n")
    assert rows(extraction, "place") == []
