"""A reference page the entities know nothing of: its heading is proposed as a work, and its
labelled lines ("Cinematography: ...", "Budget: ...") are about that work."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract

PAGE = """\
TIDELINE (2019 film)
Directed by: Odile Varga
Cinematography: Paul Okafor
Budget: $1.1 million
Box office: $4.2 million
Released: 2019-09-14
Running time: 97 minutes
"""


def test_a_reference_page_about_an_unknown_film(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, PAGE, entities="entities:\n  - {name: Odile Varga, "
                                                      "kind: person}\n")
    assert rows(extraction, "year", "credit", "money", "date", "quantity") == [
        ("Tideline", "year", {"year": 2019}, {}, "TIDELINE (2019 film)"),
        ("Odile Varga", "credit", {"role": "director", "work": "Tideline"}, {},
         "Directed by: Odile Varga"),
        ("Paul Okafor", "credit", {"role": "cinematographer", "work": "Tideline"}, {},
         "Cinematography: Paul Okafor"),
        ("Tideline", "budget", {"amount": 1_100_000, "currency": "USD"}, {},
         "Budget: $1.1 million"),
        ("Tideline", "gross", {"amount": 4_200_000, "currency": "USD"}, {},
         "Box office: $4.2 million"),
        ("Tideline", "release_date", {"date": "2019-09-14"}, {}, "Released: 2019-09-14"),
        ("Tideline", "runtime", {"amount": 97, "unit": "minutes"}, {},
         "Running time: 97 minutes"),
    ]
    assert [(e.name, e.kind, e.status) for e in extraction.entities] == [
        ("Tideline", "work", "draft"), ("Paul Okafor", "person", "draft")]
