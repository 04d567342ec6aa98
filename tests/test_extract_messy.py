"""Messy text: apostrophes stripped, italic titles glued to the words around them, titles in
capitals; on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract

MESSY = """\
Its been years.
Tomas Reyes has worked with Odile Varga sinceSalt Road.
Helga Strands debut wasNight Ferrywhich she loved, and she thoughtDry Seasonwould sell.
We premiered DRY SEASON at Sundance in 2019, says Odile Varga.
Theyre working onGlass Harbour(2026) now.
"""


def test_glued_titles_stripped_possessives_and_capitals(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, MESSY)
    assert rows(extraction, "entity", "date", "year") == [
        ("Tomas Reyes", "first_collaboration", {"entity": "Salt Road"}, {"scope": "Odile Varga"},
         "Tomas Reyes has worked with Odile Varga sinceSalt Road"),
        ("Helga Strand", "debut", {"entity": "Night Ferry"}, {},
         "Helga Strands debut wasNight Ferrywhich"),
        ("Dry Season", "premiere_date", {"date": "2019"}, {"scope": "Sundance Film Festival"},
         "DRY SEASON at Sundance in 2019"),
        ("Glass Harbour", "year", {"year": 2026}, {}, "onGlass Harbour(2026)"),
    ]
    assert rows(extraction, "name") == [
        ("Tomas Reyes", "name", {"name": "Tomas Reyes"}, {}, "Tomas Reyes"),
        ("Odile Varga", "name", {"name": "Odile Varga"}, {}, "Odile Varga"),
        ("Salt Road", "name", {"name": "Salt Road"}, {}, "sinceSalt Road"),
        ("Helga Strand", "name", {"name": "Helga Strand"}, {}, "Helga Strands"),
        ("Night Ferry", "name", {"name": "Night Ferry"}, {}, "wasNight Ferrywhich"),
        ("Dry Season", "name", {"name": "Dry Season"}, {}, "thoughtDry Seasonwould"),
    ]
