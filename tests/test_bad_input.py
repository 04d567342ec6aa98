"""Bad claim files, through the real command line: duplicates, wrong types, unknown keys,
files with no claims. Names and quotes that resolve to nothing are in ``test_bad_references``,
YAML that cannot be parsed in ``test_yamlio``, sources in ``test_sources``.

Every case asserts the exact problems (``path:line:column: message``, as the JSON report lists
them and the terminal report prints them) and the exit code, and that the two valid budget
claims of the base corpus are still compared: one bad file never hides the rest of the check.
The base corpus and the helpers here are shared with those modules.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Run

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]

BASE = {
    "sources/trade-report.txt": """\
        Harbour Lights, directed by Mara Quint, was made for six million dollars.
        The film premiered in Venice in 2023.
        """,
    "sources/festival-guide.txt": "The guide lists an $8 million budget for Harbour Lights.\n",
    "sources/blog-review.txt": """\
        Mara Quint shot Harbour Lights in Trieste over ten days.
        She wrote and directed the film, which cost six million dollars.
        """,
    "claims/entities.yaml": """\
        entities:
          - {name: Harbour Lights, kind: work}
          - {name: Mara Quint, kind: person}
          - {name: Trieste, kind: place}
        """,
    "claims/trade-report.yaml": """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "made for six million dollars"
            status: reviewed
        """,
    "claims/festival-guide.yaml": """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 8000000, currency: USD}
            quote: "an $8 million budget"
            status: reviewed
        """,
}
BUDGET_CONFLICT = {("Harbour Lights", "budget"): ("$6,000,000", "$8,000,000")}
# A valid claim of blog-review, to show that the rest of a file is still checked.
VALID_BLOG_CLAIM = """\
  - id: director
    subject: Mara Quint
    property: credit
    value: {kind: credit, role: director, work: Harbour Lights}
    quote: "She wrote and directed the film"
    status: reviewed
"""


@dataclass(frozen=True)
class Outcome:
    code: int
    problems: list[str]
    conflicts: dict[tuple[str, str], tuple[str, ...]]
    valid_claims: int


def check(run: RunCli) -> Outcome:
    """Run ``check --format json`` and sum up its report."""
    result = run("check", "--format", "json")
    assert result.stderr == ""
    report = json.loads(result.stdout)
    return Outcome(
        code=result.code,
        problems=[f"{p['file']}:{p['line']}:{p['column']}: {p['message']}"
                  for p in report["invalid_claims"]],
        conflicts={(c["subject"], c["property"]): tuple(v["label"] for v in c["values"])
                   for c in report["conflicts"]},
        valid_claims=report["stats"]["valid_claims"],
    )


def blog(corpus: Corpus, claims: str, then: str = "") -> None:
    """The base corpus with ``claims/blog-review.yaml`` holding ``claims`` (dedented) and
    ``then`` (as it is)."""
    corpus({**BASE, "claims/blog-review.yaml": textwrap.dedent(claims) + then})


# 2. Duplicates: a claim holding a duplicate key is left out; so is a second claim of an id.

def test_a_claim_with_a_duplicate_key_is_left_out(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
            value: {kind: money, amount: 7000000, currency: USD}
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:8:5: duplicate key 'value' (first given at line 5): YAML keeps "
        "only one of the values, so claim 'budget' is left out; give each key once",
    ]
    assert outcome.code == 1
    # Had it been compared, its $7,000,000 (the value YAML kept) would be a third value.
    assert outcome.conflicts == BUDGET_CONFLICT
    assert outcome.valid_claims == 3  # two budgets and the blog's credit


def test_a_duplicate_key_in_a_nested_value_is_pinned_to_its_claim(run: RunCli,
                                                                   corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 7000000, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:5:43: duplicate key 'amount' (first given at line 5): YAML "
        "keeps only one of the values, so claim 'budget' is left out; give each key once",
    ]
    assert outcome.conflicts == BUDGET_CONFLICT
    assert outcome.valid_claims == 3


def test_a_duplicate_key_outside_the_claims(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, "source: blog-review\nsource: blog-review\nclaims:\n", then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:2:1: duplicate key 'source' (first given at line 1); give "
        "each key once",
    ]
    assert outcome.valid_claims == 3


def test_a_second_claim_with_the_same_id_is_reported_and_left_out(run: RunCli,
                                                                   corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 8000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
        """)
    outcome = check(run)
    # The second claim is still checked, so that renaming it is not followed by a surprise.
    assert outcome.problems == [
        "claims/blog-review.yaml:8:5: duplicate claim id 'budget' (first at line 2); give each "
        "claim its own id",
        "claims/blog-review.yaml:11:5: value not supported by the quote: the quote states 'six "
        "million dollars', not 8,000,000",
    ]
    assert outcome.code == 1
    assert outcome.valid_claims == 3  # the first 'budget' of the blog is compared
    assert outcome.conflicts == BUDGET_CONFLICT


# 3. Wrong value types: what was expected, and what YAML read, at the key to edit.

def test_wrong_value_types(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: six million, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
          - id: year
            subject: Harbour Lights
            property: year
            value: {kind: year, year: "twenty"}
            quote: "Mara Quint shot Harbour Lights"
            status: reviewed
          - id: days
            subject: Harbour Lights
            property: duration
            value: [10, days]
            quote: "over ten days"
            status: reviewed
          - id: nationality
            subject: Mara Quint
            property: nationality
            value: {kind: text, text: no}
            quote: "Mara Quint shot Harbour Lights"
            status: yes
          - id: 2024-01-01
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: .inf, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:5:26: amount: should be a number written in digits, not "
        "'six million'",
        "claims/blog-review.yaml:11:25: year: should be a whole number, not 'twenty'",
        "claims/blog-review.yaml:17:5: value: should be a mapping such as {kind: money, amount: "
        "6000000, currency: USD}, not a list",
        "claims/blog-review.yaml:23:25: text: should be text, but YAML reads an unquoted no as "
        "false; write \"no\" in quotes",
        "claims/blog-review.yaml:25:5: status: should be 'draft', 'reviewed' or 'rejected', "
        "not yes",
        "claims/blog-review.yaml:26:5: id: should be text, but YAML reads an unquoted "
        "2024-01-01 as a date; write \"2024-01-01\" in quotes",
        "claims/blog-review.yaml:29:26: amount: should be a finite number, not .inf",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT
    assert outcome.valid_claims == 3


def test_a_date_that_is_not_in_the_calendar(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: premiere
            subject: Harbour Lights
            property: premiere_date
            value: {kind: date, date: 2023-02-30}
            quote: "Mara Quint shot Harbour Lights"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:5:25: date: '2023-02-30' is not a date of the calendar",
    ]
    assert outcome.valid_claims == 3


# 4. Unknown names and keys: each with the nearest known one.

def test_unknown_property_kind_and_keys(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budjet
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
          - id: shot
            subject: Harbour Lights
            property: filming_location
            value: {kind: plaice, place: Trieste}
            quote: "shot Harbour Lights in Trieste"
            status: reviewed
          - id: days
            subject: Harbour Lights
            property: duration
            value: {kind: quantity, amount: 10, unit: days}
            status: reviewed
          - id: written
            subject: Mara Quint
            property: credit
            value: {kind: credit, role: writer, work: Harbour Lights, shard: true}
            quote: "She wrote and directed the film"
            status: reviewed
            qoute: "She wrote"
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:4:5: unknown property 'budjet'; did you mean 'budget'?",
        "claims/blog-review.yaml:11:13: unknown value kind 'plaice'; expected one of money, "
        "date, year, quantity, name, credit, cast, place, entity, text; did you mean 'place'?",
        "claims/blog-review.yaml:14:5: missing required key 'quote'",
        "claims/blog-review.yaml:22:63: unknown key 'shard'; did you mean 'shared'?",
        "claims/blog-review.yaml:25:5: unknown key 'qoute'; did you mean 'quote'?",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT
    assert outcome.valid_claims == 3


def test_an_unknown_key_with_no_near_match_lists_the_keys_allowed(run: RunCli,
                                                                 corpus: Corpus) -> None:
    blog(corpus, "claims:\n", then=VALID_BLOG_CLAIM + "    reviewer: Dana\n")
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:8:5: unknown key 'reviewer'; the keys allowed here are "
        "approximate, as_of, bound, id, note, property, quote, scope, status, subject, value, "
        "year_from",
    ]


def test_several_missing_keys_are_one_problem_at_the_claim(run: RunCli,
                                                           corpus: Corpus) -> None:
    blog(corpus, "claims:\n  - id: budget\n    subject: Harbour Lights\n")
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:2:5: missing required keys 'property', 'quote', 'status', "
        "'value'",
    ]


def test_an_empty_or_padded_property(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: ""
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
          - id: budget-again
            subject: Harbour Lights
            property: " budget"
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
        """)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:4:5: property: must not be empty",
        "claims/blog-review.yaml:10:5: unknown property ' budget'; did you mean 'budget'?",
    ]
    assert outcome.conflicts == BUDGET_CONFLICT


def test_a_value_of_the_wrong_kind_for_its_property(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: quantity, amount: 6000000, unit: count}
            quote: "cost six million dollars"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:5:13: property 'budget' takes money values, not quantity",
    ]


# 7. Files with no claims.

@pytest.mark.parametrize(("text", "problem"), [
    ("", "claims/blog-review.yaml:1:1: the file is empty; a claim file holds 'claims:' and a "
         "list of claims (write 'claims: []' for a source with none yet)"),
    ("# to do: the budget\n\n# and the credits\n",
     "claims/blog-review.yaml:1:1: the file holds only comments; a claim file holds 'claims:' "
     "and a list of claims (write 'claims: []' for a source with none yet)"),
    ("- id: budget\n  subject: Harbour Lights\n",
     "claims/blog-review.yaml:1:1: a claim file should be a mapping with 'claims:' and a list "
     "of claims, not a list; put 'claims:' on a line above the list"),
    ("claims:\n  id: budget\n",
     "claims/blog-review.yaml:1:1: claims: should be a list of claims, each starting with "
     "'- id:', not a mapping"),
])
def test_a_claim_file_without_claims_is_a_problem(run: RunCli, corpus: Corpus, text: str,
                                                  problem: str) -> None:
    blog(corpus, text)
    outcome = check(run)
    assert outcome.problems == [problem]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


@pytest.mark.parametrize("text", ["claims:\n", "claims: []\n", "claims:\n  # none yet\n"])
def test_claims_with_nothing_under_it_says_there_are_none_yet(run: RunCli, corpus: Corpus,
                                                              text: str) -> None:
    corpus({**{k: v for k, v in BASE.items() if k != "claims/festival-guide.yaml"},
            "claims/blog-review.yaml": text})
    outcome = check(run)
    assert (outcome.code, outcome.problems, outcome.conflicts) == (0, [], {})
    assert outcome.valid_claims == 1
