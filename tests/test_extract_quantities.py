"""Quantity extraction: ages, durations of described things, running times, lengths, sizes and
counts; on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract

YEARS = "years"


def test_ages_set_beside_a_person_or_character(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Mara, a restless 19-year-old ferry pilot, meets Odile"
                                       " Varga, 52, on the crossing.\nHer twelve-year-old, Helga"
                                       " Strand, was cast at age 11 by a 40-year-old casting"
                                       " director named Tomas Reyes.\n")
    assert rows(extraction, "quantity") == [
        ("Mara", "age", {"amount": 19, "unit": YEARS}, {}, "Mara, a restless 19-year-old"),
        ("Odile Varga", "age", {"amount": 52, "unit": YEARS}, {}, "Odile Varga, 52, on"),
        ("Helga Strand", "age", {"amount": 12, "unit": YEARS}, {},
         "twelve-year-old, Helga Strand"),
        ("Helga Strand", "age", {"amount": 11, "unit": YEARS}, {},
         "Helga Strand, was cast at age 11"),
        ("Tomas Reyes", "age", {"amount": 40, "unit": YEARS}, {},
         "40-year-old casting director named Tomas Reyes"),
    ]


def test_an_age_with_no_one_beside_it_is_left_out(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Helga Strand remembers a 19-year-old who left.\n")
    assert rows(extraction, "quantity") == []


def test_a_measure_before_the_noun_of_a_described_thing(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        The 9-minute lighthouse scene was shot in one take, and the 40-foot lighthouse still stands.
        A 12-minute scene opens the film.
        """)
    assert rows(extraction, "quantity") == [
        ("the lighthouse scene", "duration", {"amount": 9, "unit": "minutes"}, {},
         "9-minute lighthouse scene"),
        ("Mara's lighthouse", "size", {"amount": 40, "unit": "feet"}, {}, "40-foot lighthouse"),
    ]


def test_running_times_and_a_length_after_a_verb(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Night Ferry runs 139 minutes, and the lighthouse scene spans roughly 12 to 14 script pages.
        Dry Season is a lean 88-minute film.
        """)
    assert rows(extraction, "quantity") == [
        ("Night Ferry", "runtime", {"amount": 139, "unit": "minutes"}, {},
         "Night Ferry runs 139 minutes"),
        ("the lighthouse scene", "length", {"amount": 12, "to": 14, "unit": "pages"},
         {"approximate": True}, "the lighthouse scene spans roughly 12 to 14 script pages"),
        ("Dry Season", "runtime", {"amount": 88, "unit": "minutes"}, {},
         "Dry Season is a lean 88-minute film"),
    ]


def test_a_running_time_on_a_reference_page_and_a_count_of_awards(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Salt Road
        Running time: 101 minutes
        Salt Road took home three Lumen Awards nominations.
        """, meta="title: Salt Road\nkind: reference\n")
    assert rows(extraction, "quantity") == [
        ("Salt Road", "runtime", {"amount": 101, "unit": "minutes"}, {},
         "Running time: 101 minutes"),
        ("Salt Road", "count", {"amount": 3, "unit": "count"},
         {"scope": "Lumen Awards nominations"},
         "Salt Road took home three Lumen Awards nominations"),
    ]


def test_a_duration_whose_owner_cannot_be_told_is_left_out(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        For ten days, the crew waited. It took three hours to light the set.
        """)
    assert rows(extraction, "quantity") == []
