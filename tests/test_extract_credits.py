"""Credit extraction: role words before and after names, verbs, shared credits, reference-page
lines, and the work each credit is on; on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract

ABOUT_NIGHT_FERRY = 'title: "The making of Night Ferry"\nkind: article\n'


def credit(role: str, work: str, shared: bool = False) -> dict[str, object]:
    return {"role": role, "work": work, **({"shared": True} if shared else {})}


def test_role_words_before_a_name_with_the_work_before_or_after(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Night Ferry cinematographer Ines Moreau lit the deck.\n"
                                       "She had worked with director Odile Varga on Dry Season.\n")
    assert rows(extraction, "credit") == [
        ("Ines Moreau", "credit", credit("cinematographer", "Night Ferry"), {},
         "Night Ferry cinematographer Ines Moreau"),
        ("Odile Varga", "credit", credit("director", "Dry Season"), {},
         "director Odile Varga on Dry Season"),
    ]


def test_a_crew_credit_with_no_work_is_on_the_articles_work(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        The making of Night Ferry
        Her line producer Paul Okafor kept the shoot on schedule.
        Tomas Reyes, the production designer, built cabins; our distributor, Lumen Pictures, paid.
        """, meta=ABOUT_NIGHT_FERRY)
    assert rows(extraction, "credit") == [
        ("Paul Okafor", "credit", credit("line producer", "Night Ferry"), {},
         "line producer Paul Okafor"),
        ("Tomas Reyes", "credit", credit("production designer", "Night Ferry"), {},
         "Tomas Reyes, the production designer"),
        ("Lumen Pictures", "credit", credit("distributor", "Night Ferry"), {},
         "distributor, Lumen Pictures"),
    ]
    assert [(e.name, e.kind, e.status) for e in extraction.entities] == [
        ("Paul Okafor", "person", "draft")]


def test_a_director_or_an_actor_with_no_work_is_left_out(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        The making of Night Ferry
        She admires director Odile Varga and actor Tomas Reyes.
        """, meta=ABOUT_NIGHT_FERRY)
    assert rows(extraction, "credit") == []


def test_a_crafts_role_not_in_the_list_is_kept_as_written(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        The making of Night Ferry
        Helga Strand learned to sail with the help of stunt coordinator Bo Lindqvist.
        """, meta=ABOUT_NIGHT_FERRY)
    assert rows(extraction, "credit") == [
        ("Bo Lindqvist", "credit", credit("stunt coordinator", "Night Ferry"), {},
         "stunt coordinator Bo Lindqvist")]


def test_verbs_directed_by_financed_and_a_shared_credit(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Salt Road, directed by Odile Varga, opened the festival.\n"
                                       "Lumen Pictures, who also financed Dry Season, came back."
                                       "\nHelga Strand made Night Ferry, which she co-wrote and "
                                       "directed with Ines Moreau.\n")
    assert rows(extraction, "credit") == [
        ("Odile Varga", "credit", credit("director", "Salt Road"), {},
         "Salt Road, directed by Odile Varga"),
        ("Lumen Pictures", "credit", credit("financier", "Dry Season"), {},
         "Lumen Pictures, who also financed Dry Season"),
        ("Helga Strand", "credit", credit("writer", "Night Ferry", shared=True), {},
         "Night Ferry, which she co-wrote and directed"),
        ("Helga Strand", "credit", credit("director", "Night Ferry", shared=True), {},
         "Night Ferry, which she co-wrote and directed"),
        ("Ines Moreau", "credit", credit("writer", "Night Ferry", shared=True), {},
         "Night Ferry, which she co-wrote and directed with Ines Moreau"),
        ("Ines Moreau", "credit", credit("director", "Night Ferry", shared=True), {},
         "Night Ferry, which she co-wrote and directed with Ines Moreau"),
    ]


def test_a_writer_director_is_two_credits_and_credits_held_together(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        The making of Night Ferry
        Night Ferry writer-director Odile Varga smiled.
        I noticed Tomas and producer Helga Strand had casting director credits.
        """, meta=ABOUT_NIGHT_FERRY, entities="""
        entities:
          - {name: Odile Varga, kind: person}
          - {name: Tomas Reyes, kind: person}
          - {name: Helga Strand, kind: person}
          - {name: Night Ferry, kind: work}
        """)
    assert rows(extraction, "credit") == [
        ("Odile Varga", "credit", credit("writer", "Night Ferry"), {},
         "Night Ferry writer-director Odile Varga"),
        ("Odile Varga", "credit", credit("director", "Night Ferry"), {},
         "Night Ferry writer-director Odile Varga"),
        ("Tomas Reyes", "credit", credit("casting director", "Night Ferry"), {},
         "Tomas and producer Helga Strand had casting director"),
        ("Helga Strand", "credit", credit("producer", "Night Ferry"), {},
         "producer Helga Strand"),
        ("Helga Strand", "credit", credit("casting director", "Night Ferry"), {},
         "Helga Strand had casting director"),
    ]


def test_labelled_lines_of_a_reference_page(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Dry Season
        Directed by: Odile Varga
        Cinematography: Ines Moreau
        Starring: Helga Strand, Tomas Reyes and Mia Sorensen
        """, meta="title: Dry Season\nkind: reference\n")
    assert rows(extraction, "credit") == [
        ("Odile Varga", "credit", credit("director", "Dry Season"), {},
         "Directed by: Odile Varga"),
        ("Ines Moreau", "credit", credit("cinematographer", "Dry Season"), {},
         "Cinematography: Ines Moreau"),
        ("Helga Strand", "credit", credit("actor", "Dry Season"), {}, "Starring: Helga Strand"),
        ("Tomas Reyes", "credit", credit("actor", "Dry Season"), {},
         "Starring: Helga Strand, Tomas Reyes"),
        ("Mia Sorensen", "credit", credit("actor", "Dry Season"), {},
         "Starring: Helga Strand, Tomas Reyes and Mia Sorensen"),
    ]


def test_first_person_roles_are_the_speakers_in_an_interview(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        On Salt Road, it was the same. I was an assistant director and locations manager.
        """, meta="title: A conversation with Tomas Reyes\nkind: interview\n")
    assert rows(extraction, "credit") == [
        ("Tomas Reyes", "credit", credit("assistant director", "Salt Road"), {},
         "I was an assistant director"),
        ("Tomas Reyes", "credit", credit("locations manager", "Salt Road"), {},
         "I was an assistant director and locations manager"),
    ]
