"""Relations: debuts, first collaborations and schools; on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract


def entity(name: str) -> dict[str, str]:
    return {"entity": name}


def test_a_debut_by_possessive_and_by_pronoun(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Odile Varga's debut, Salt Road, was a western.\n"
                                       "Years later Helga Strand made her 2019 debut Night Ferry."
                                       "\nShe and Tomas Reyes loved his debut Dry Season.\n")
    assert rows(extraction, "entity") == [
        ("Odile Varga", "debut", entity("Salt Road"), {}, "Odile Varga's debut, Salt Road"),
        ("Helga Strand", "debut", entity("Night Ferry"), {}, "her 2019 debut Night Ferry"),
    ]


def test_a_first_collaboration_is_scoped_to_the_partner(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Tomas Reyes has worked with Odile Varga since Salt Road."
                                       "\nInes Moreau, who has appeared in all of Varga's films "
                                       "since her debut with Dry Season, agrees.\n")
    assert rows(extraction, "entity") == [
        ("Tomas Reyes", "first_collaboration", entity("Salt Road"), {"scope": "Odile Varga"},
         "Tomas Reyes has worked with Odile Varga since Salt Road"),
        ("Ines Moreau", "first_collaboration", entity("Dry Season"), {"scope": "Odile Varga"},
         "Ines Moreau, who has appeared in all of Varga's films since her debut with Dry Season"),
    ]


def test_schools_attended(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Helga Strand attended Lisbon Film School and later "
                                       "went to Porto University.\n"
                                       "I went to Lumen Academy, says nobody in particular.\n")
    assert rows(extraction, "entity") == [
        ("Helga Strand", "education", entity("Lisbon Film School"), {},
         "Helga Strand attended Lisbon Film School"),
    ]
    assert [(e.name, e.kind, e.status) for e in extraction.entities] == [
        ("Lisbon Film School", "organization", "draft")]
