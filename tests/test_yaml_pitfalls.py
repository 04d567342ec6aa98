"""YAML reads some innocent-looking text as something else. The check says so, in words a
person can act on, instead of leaving them with a puzzling mismatch."""

from __future__ import annotations

from test_bad_input import BASE, BUDGET_CONFLICT, Corpus, RunCli, check

SOURCE = {"sources/blog-review.txt": "She cut Harbour Lights #2 in Trieste.\n"}


def test_a_hash_in_an_unquoted_quote_is_explained(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, **SOURCE, "claims/blog-review.yaml": """\
        claims:
          - id: title
            subject: Harbour Lights
            property: name
            value: {kind: name, name: "Harbour Lights #2"}
            quote: She cut Harbour Lights #2 in Trieste
            status: reviewed
        """})
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:5:5: value not supported by the quote: the name 'Harbour "
        "Lights #2' does not appear in the quote as spelled; note that ' #' starts a YAML "
        "comment, so the quote was read as 'She cut Harbour Lights': put the quote in quotes",
    ]
    assert outcome.conflicts == BUDGET_CONFLICT


def test_a_quoted_hash_is_text(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, **SOURCE, "claims/blog-review.yaml": """\
        claims:
          - id: title
            subject: Harbour Lights
            property: name
            value: {kind: name, name: "Harbour Lights #2"}
            quote: "She cut Harbour Lights #2 in Trieste"
            status: reviewed
        """})
    outcome = check(run)
    assert outcome.problems == []
    assert outcome.valid_claims == 3


def test_a_key_yaml_reads_as_a_number(run: RunCli, corpus: Corpus) -> None:
    # In a flow mapping the commas of an unquoted $2,000,000 start new keys: 000 and 000.
    corpus({**BASE, "claims/resolutions.yaml": """\
        resolutions:
          harbour-lights-budget-12345678: {keep: $6,000,000, reason: the trade report}
        """})
    outcome = check(run)
    assert outcome.problems == [
        "claims/resolutions.yaml:2:45: a key should be text, but YAML reads this one as the "
        "number 0; put keys, and values with commas in flow mappings, in quotes",
        "claims/resolutions.yaml:2:49: duplicate key '0' (first given at line 2); give each "
        "key once",
    ]
    assert outcome.code == 1
