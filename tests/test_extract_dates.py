"""Date and year extraction: years of works, festival years, full dates, month-day dates with
the publication year, births, reference-page lines; on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import ENTITIES, rows, run_extract

PUBLISHED = "title: Notes on Salt Road\npublished: 2025-06-01\nkind: article\n"


def test_years_printed_against_works(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Helga Strand followed 2019's Night Ferry with Dry Season"
                                       " (2021) and the 2023 Tomas Reyes film Salt Road.\n")
    assert rows(extraction, "year") == [
        ("Night Ferry", "year", {"year": 2019}, {}, "2019's Night Ferry"),
        ("Dry Season", "year", {"year": 2021}, {}, "Dry Season (2021)"),
        ("Salt Road", "year", {"year": 2023}, {}, "2023 Tomas Reyes film Salt Road"),
    ]


def test_new_titles_in_capitals_quotes_or_after_film_are_proposed(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        She loved the 1994 film Long Winter and the 2001 PAPER KITES, and “Glass Harbour” (1988).
        """)
    assert rows(extraction, "year") == [
        ("Long Winter", "year", {"year": 1994}, {}, "1994 film Long Winter"),
        ("Paper Kites", "year", {"year": 2001}, {}, "2001 PAPER KITES"),
        ("Glass Harbour", "year", {"year": 1988}, {}, "“Glass Harbour” (1988)"),
    ]
    assert [(e.name, e.kind, e.status) for e in extraction.entities] == [
        ("Long Winter", "work", "draft"), ("Paper Kites", "work", "draft"),
        ("Glass Harbour", "work", "draft")]


def test_a_year_after_a_work_and_a_bare_year_that_names_none(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        After finishing Salt Road in 2016, she moved to Lisbon.
        In 2019, everything changed. Tomas Reyes told a magazine in 2022 that it had not.
        """)
    assert rows(extraction, "year") == [
        ("Salt Road", "year", {"year": 2016}, {}, "Salt Road in 2016")]


def test_a_work_at_a_festival_in_a_year(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Night Ferry premiered at the Berlinale in 2022.\n"
                                       "Dry Season, which won the Golden Bear at the 2023 Berlin"
                                       " International Film Festival, followed.\n")
    festival = {"scope": "Berlin International Film Festival"}
    assert rows(extraction, "date") == [
        ("Night Ferry", "premiere_date", {"date": "2022"}, festival,
         "Night Ferry premiered at the Berlinale in 2022"),
        ("Dry Season", "event_date", {"date": "2023"}, festival,
         "Dry Season, which won the Golden Bear at the 2023 Berlin International Film Festival"),
    ]


def test_release_dates_in_full_and_without_a_year(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Night Ferry opens in theaters on March 3, 2024.
        Salt Road will be released October 9, and Dry Season was released earlier this year.
        """, meta=PUBLISHED)
    assert rows(extraction, "date", "year") == [
        ("Night Ferry", "release_date", {"date": "2024-03-03"}, {},
         "Night Ferry opens in theaters on March 3, 2024"),
        ("Salt Road", "release_date", {"date": "2025-10-09"}, {"year_from": "published"},
         "Salt Road will be released October 9"),
        ("Dry Season", "year", {"year": 2025}, {"year_from": "published"},
         "Dry Season was released earlier this year"),
    ]


def test_a_date_without_a_year_needs_a_publication_date(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Salt Road will be released October 9.\n")
    assert rows(extraction, "date") == []


def test_births_and_an_event(tmp_path: Path) -> None:
    entities = ENTITIES + "  - {name: 12th Lumen Awards, kind: event}\n"
    extraction = run_extract(tmp_path, """
        Helga Strand was born on 12 May 1980.
        Tomas Reyes (born 1975) hosted the 12th annual Lumen Awards on June 2, 2019.
        """, entities=entities)
    assert rows(extraction, "date") == [
        ("Helga Strand", "birth_date", {"date": "1980-05-12"}, {},
         "Helga Strand was born on 12 May 1980"),
        ("Tomas Reyes", "birth_date", {"date": "1975"}, {}, "Tomas Reyes (born 1975)"),
        ("12th Lumen Awards", "event_date", {"date": "2019-06-02"}, {},
         "12th annual Lumen Awards on June 2, 2019"),
    ]


def test_an_iso_date_on_a_labelled_line_of_a_reference_page(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Night Ferry
        Released: 2021-07-14
        Last edited 2024-11-15 20:57
        """, meta="title: Night Ferry\nkind: reference\n")
    assert rows(extraction, "date") == [
        ("Night Ferry", "release_date", {"date": "2021-07-14"}, {}, "Released: 2021-07-14")]
