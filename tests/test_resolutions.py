"""Resolutions: a decision on a conflict marks it resolved, and a resolved conflict no longer
fails the check; every mistake in ``resolutions.yaml`` is a problem at its line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Run

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
ID = "dry-season-budget-5a28a1a2"  # $2,000,000 against $3,000,000


def _budget(source: str, millions: int, quote: str) -> dict[str, str]:
    return {
        f"sources/{source}.txt": f"By all accounts {quote} was spent on Dry Season.\n",
        f"claims/{source}.yaml": f"""\
            claims:
              - {{id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {{kind: money, amount: {millions}000000, currency: USD}},
                 quote: "{quote}"}}
            """,
    }


BUDGETS = {
    "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
    **_budget("a", 2, "$2 million"),
    **_budget("b", 3, "$3 million"),
}


@pytest.fixture
def check(run: RunCli, corpus: Corpus) -> Callable[..., tuple[int, dict[str, Any]]]:
    """Write the budget corpus with ``resolutions.yaml`` and more files; return the exit code
    and the JSON report."""

    def write_and_check(resolutions: str | None, **more: str) -> tuple[int, dict[str, Any]]:
        files = {**BUDGETS, **{name.replace("__", "/"): text for name, text in more.items()}}
        if resolutions is not None:
            files["claims/resolutions.yaml"] = resolutions
        corpus(files)
        result = run("check", "--format", "json")
        assert result.stderr == ""
        return result.code, json.loads(result.stdout)

    return write_and_check


def _problems(report: dict[str, Any]) -> list[tuple[str, int, int, str]]:
    return [(p["file"], p["line"], p["column"], p["message"]) for p in report["invalid_claims"]]


def test_an_unresolved_error_fails(check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check(None)
    assert (code, [c["id"] for c in report["conflicts"]]) == (1, [ID])
    assert report["conflicts"][0]["resolved"] is False


def test_keep_resolves_the_conflict(run: RunCli, corpus: Corpus) -> None:
    corpus({**BUDGETS, "claims/resolutions.yaml": f"""\
        resolutions:
          {ID}:
            keep: "$2,000,000"
            reason: the producer's own figure; $3 million includes the marketing
            by: Dana Reyes
        """})
    assert run("check", "--width", "80", "--color", "never") == Run(0, f"""\
Checked 2 sources and 2 claims: 1 conflict (1 error, 0 warnings, 0 info), 1
resolved.

Errors (1, 1 resolved)

error (resolved)  Dry Season · budget  {ID}
  sources give different budget figures that no hedge in the quotes reconciles
  resolved: keep $2,000,000
    the producer's own figure; $3 million includes the marketing (Dana Reyes)

  $2,000,000                            │ $3,000,000
  ──────────                            │ ──────────
  a 1:17                                │ b 1:17
  “By all accounts «$2 million» was     │ “By all accounts «$3 million» was
  spent on Dry Season.”                 │ spent on Dry Season.”
  claims/a.yaml:2                       │ claims/b.yaml:2

PASS: all claims valid; no unresolved error-level conflict.
""", "")


def test_keep_must_name_a_competing_value(
        check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check(f"resolutions:\n  {ID}:\n    keep: $2.5 million\n    reason: a guess\n")
    assert code == 1
    assert _problems(report) == [(
        "claims/resolutions.yaml", 3, 5,
        f"keep: '$2.5 million' is not one of the competing values of {ID}; expected one of "
        "'$2,000,000', '$3,000,000'",
    )]
    assert report["conflicts"][0]["resolved"] is False


def test_keep_several_values(check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    more = {name.replace("/", "__"): text
            for name, text in _budget("c", 4, "$4 million").items()}
    code, report = check(None, **more)
    conflict_id = report["conflicts"][0]["id"]
    code, report = check(f"""\
        resolutions:
          {conflict_id}:
            keep: ["$2,000,000", "$3,000,000"]
            reason: two budgets, before and after the reshoots
        """, **more)
    assert (code, report["invalid_claims"]) == (0, [])
    assert report["conflicts"][0]["resolution"]["keep"] == ["$2,000,000", "$3,000,000"]

    code, report = check(f"""\
        resolutions:
          {conflict_id}:
            keep:
              - "$2,000,000"
              - "$5,000,000"
            reason: two budgets
        """, **more)
    assert code == 1
    assert _problems(report) == [(
        "claims/resolutions.yaml", 5, 9,
        f"keep: '$5,000,000' is not one of the competing values of {conflict_id}; expected one "
        "of '$2,000,000', '$3,000,000', '$4,000,000'",
    )]


def test_accept_all(run: RunCli, corpus: Corpus) -> None:
    corpus({**BUDGETS, "claims/resolutions.yaml":
            f"resolutions:\n  {ID}: {{accept_all: true, reason: different years' figures}}\n"})
    result = run("check", "--color", "never")
    assert result.code == 0
    assert "\n  resolved: all values acceptable\n    different years' figures\n" in result.stdout


@pytest.mark.parametrize(("entry", "message"), [
    ('{keep: "$2,000,000", accept_all: true, reason: both}',
     "give exactly one verdict: keep: VALUE or accept_all: true"),
    ("{reason: undecided}", "give exactly one verdict: keep: VALUE or accept_all: true"),
    ("{keep: []}", "missing required key 'reason'"),
    ('{keep: "$2,000,000", reason: x, decided: yesterday}',
     "decided: 'yesterday' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_a_malformed_resolution_is_a_problem_at_its_line(
        check: Callable[..., tuple[int, dict[str, Any]]], entry: str, message: str) -> None:
    code, report = check(f"# decisions\nresolutions:\n  {ID}: {entry}\n")
    assert code == 1
    [(path, line, _, found)] = _problems(report)
    assert (path, line, found) == ("claims/resolutions.yaml", 3, message)


def test_unknown_key(check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check(f"resolutions:\n  {ID}:\n    keep: $2,000,000\n    reson: typo\n")
    assert code == 1
    assert _problems(report) == [
        ("claims/resolutions.yaml", 2, 3, "missing required key 'reason'"),
        ("claims/resolutions.yaml", 4, 5, "unknown key 'reson'; did you mean 'reason'?"),
    ]


def test_a_year_may_be_kept_unquoted(run: RunCli, corpus: Corpus) -> None:
    corpus({
        "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
        "sources/a.txt": "Dry Season (2021) is a slow film.\n",
        "sources/b.txt": "2022's Dry Season is a slow film.\n",
        "claims/a.yaml": """\
            claims:
              - {id: year, subject: Dry Season, property: year, status: reviewed,
                 value: {kind: year, year: 2021}, quote: "Dry Season (2021)"}
            """,
        "claims/b.yaml": """\
            claims:
              - {id: year, subject: Dry Season, property: year, status: reviewed,
                 value: {kind: year, year: 2022}, quote: "2022's Dry Season"}
            """,
    })
    conflict_id = json.loads(run("check", "--format", "json").stdout)["conflicts"][0]["id"]
    Path("claims/resolutions.yaml").write_text(
        f"resolutions:\n  {conflict_id}: {{keep: 2021, reason: festival premiere}}\n",
        encoding="utf-8")
    assert run("check").code == 0


def test_a_stale_resolution_points_at_the_new_conflict(run: RunCli, corpus: Corpus) -> None:
    corpus({**BUDGETS, "claims/resolutions.yaml": """\
        resolutions:
          # decided when b.txt still said $2.5 million
          dry-season-budget-0f0f0f0f: {keep: "$2,000,000", reason: the producer's figure}
        """})
    result = run("check", "--color", "never")
    assert result.code == 1  # the new conflict is not resolved by the stale entry
    assert result.stdout[result.stdout.index("Stale"):] == """\
Stale resolutions (1)
  claims/resolutions.yaml:3:3: dry-season-budget-0f0f0f0f matches no conflict; a conflict on the
    same subject and property now stands between $2,000,000 and $3,000,000:
    dry-season-budget-5a28a1a2; if the decision still holds, move it to that id

FAIL: 1 unresolved error-level conflict.
"""


def test_a_stale_resolution_whose_successor_is_resolved(
        check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check(f"""\
        resolutions:
          dry-season-budget-0f0f0f0f: {{keep: "$2,000,000", reason: old}}
          {ID}: {{keep: "$2,000,000", reason: new}}
        """)
    assert code == 0
    assert [s["hint"] for s in report["stale_resolutions"]] == [
        "a conflict on the same subject and property now stands between $2,000,000 and "
        f"$3,000,000: {ID}, which has its own resolution; delete this entry"]


def test_a_stale_resolution_does_not_fail_the_check(
        check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check(f'resolutions:\n  {ID}: {{keep: "$2,000,000", reason: settled}}\n',
                         **{"sources__b.txt": "Unrelated.\n", "claims__b.yaml": "claims: []\n"})
    assert (code, report["conflicts"]) == (0, [])
    assert [(s["conflict"], s["line"], s["hint"], s["successors"])
            for s in report["stale_resolutions"]] == [
        (ID, 2, "no conflict on this subject and property remains; delete the entry", [])]


def test_a_malformed_id_is_a_problem_at_its_line(
        check: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check(f"""\
        resolutions:
          Dry Season budget:
            keep: "$2,000,000"
            reason: wrong key
          {ID}: {{keep: "$2,000,000", reason: right key}}
        """)
    assert code == 1
    assert _problems(report) == [(
        "claims/resolutions.yaml", 2, 3,
        "'Dry Season budget' is not a conflict id; copy the id the report prints beside the "
        "conflict, e.g. red-rocket-year-5e0c2f1a",
    )]
    assert report["conflicts"][0]["resolved"] is True  # the well-formed entry still applies
    assert report["stale_resolutions"] == []


@pytest.mark.parametrize("text", ["", "# nothing decided yet\n", "resolutions:\n",
                                  "resolutions: {}\n"])
def test_an_empty_file_is_fine(check: Callable[..., tuple[int, dict[str, Any]]],
                               text: str) -> None:
    code, report = check(text)
    assert (code, report["invalid_claims"], report["stale_resolutions"]) == (1, [], [])


@pytest.mark.parametrize(("text", "message"), [
    ("- a list\n", "should be a mapping (key: value lines), not a list"),
    ("resolution: {}\n", "unknown key 'resolution'; did you mean 'resolutions'?"),
    ("resolutions: [a, b]\n", "resolutions: should be a mapping (key: value lines), not a list"),
])
def test_a_malformed_file(check: Callable[..., tuple[int, dict[str, Any]]], text: str,
                          message: str) -> None:
    code, report = check(text)
    assert code == 1
    assert [p[3] for p in _problems(report)] == [message]
