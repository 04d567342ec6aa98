"""The evaluation of extraction: drafts matched with reviewed claims on the same passage, and
the corpus's conflicts found again by the automatic path; on a corpus made for the test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.extract.evaluate import report

Corpus = Callable[[dict[str, str]], Path]
LABELLED = {
    "sources/a.txt": "Dry Season cost $2 million.\n"
                     "Night Ferry (2019) is a drama about a flamethrower.\n",
    "sources/b.txt": "Dry Season cost $3 million.\n",
    "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n"
                            "  - {name: Night Ferry, kind: work}\n",
    "claims/a.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             quote: Dry Season cost $2 million,
             value: {kind: money, amount: 2000000, currency: USD}}
          - {id: year, subject: Night Ferry, property: year, status: reviewed,
             quote: Night Ferry (2019), value: {kind: year, year: 2019}}
          - {id: weapon, subject: Night Ferry, property: fact, status: reviewed, scope: weapon,
             quote: a flamethrower, value: {kind: text, text: flamethrower}}
          - {id: unsure, subject: Night Ferry, property: year, status: draft,
             quote: Night Ferry (2019), value: {kind: year, year: 2020}}
        """,
    "claims/b.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             quote: Dry Season cost $3 million,
             value: {kind: money, amount: 3000000, currency: USD}}
        """,
}
TABLE_HEAD = "kind       labels drafts matched precision recall"
EMPTY = ("date            0      0       0         -      -",
         "quantity        0      0       0         -      -",
         "credit          0      0       0         -      -",
         "cast            0      0       0         -      -",
         "place           0      0       0         -      -")


def test_precision_recall_and_conflicts_found(corpus: Corpus) -> None:
    folder = corpus(LABELLED)
    lines = report(folder / "sources", folder / "claims").splitlines()
    assert lines[:-1] == [
        "Extraction measured against the 4 reviewed claims of 2 sources",
        "",
        "With the corpus's entities (entities.yaml):",
        TABLE_HEAD,
        "money           2      2       2      1.00   1.00",
        EMPTY[0],
        "year            1      1       1      1.00   1.00",
        "date+year       1      1       1      1.00   1.00",
        *EMPTY[1:],
        "name            0      3       0      0.00      -",
        "entity          0      0       0         -      -",
        "text            1      0       0         -   0.00",
        "all             4      6       3      0.50   0.75",
        "",
        "Cold start (no entities: every name proposed by extraction):",
        TABLE_HEAD,
        "money           2      0       0         -   0.00",
        EMPTY[0],
        "year            1      0       0         -   0.00",
        "date+year       1      0       0         -   0.00",
        *EMPTY[1:],
        "name            0      0       0         -      -",
        "entity          0      0       0         -      -",
        "text            1      0       0         -   0.00",
        "all             4      0       0         -   0.00",
        "",
        "The automatic path (extract, then check) finds 1 of the corpus's 1 conflicts:",
        "  found   Dry Season · budget: $2,000,000, $3,000,000",
        "and reports 0 other conflicts.",
        "",
    ]
    assert lines[-1].startswith("Throughput: 2 sources, 108 characters in ")
    assert sorted(p.name for p in (folder / "claims").iterdir()) == [
        "a.yaml", "b.yaml", "entities.yaml"]  # the automatic path worked on a copy


def test_a_conflict_the_automatic_path_misses(corpus: Corpus) -> None:
    folder = corpus({**LABELLED, "sources/b.txt": "Dry Season, they say, is worth $3 million "
                                                  "to nobody.\n",
                     "claims/b.yaml": LABELLED["claims/b.yaml"].replace(
                         "Dry Season cost $3 million", "worth $3 million")})
    lines = report(folder / "sources", folder / "claims").splitlines()
    assert lines[-5:-1] == [
        "The automatic path (extract, then check) finds 0 of the corpus's 1 conflicts:",
        "  missed  Dry Season · budget: $2,000,000, $3,000,000",
        "and reports 0 other conflicts.",
        "",
    ]
