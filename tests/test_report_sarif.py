"""`--format sarif`: SARIF 2.1.0 that validates against the official schema (vendored in
``tests/schemas``, see its README), with one rule per kind of conflict, the claim lines as
locations, the other side of each conflict as related locations, and stable fingerprints."""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import REPO, Run
from test_gate import commit, git
from test_report_github import FILES

from checker.check import run_check
from checker.conflict import CompetingValue, Severity, make_conflict
from checker.corpus.anchor import Passage
from checker.report import sarif
from checker.result import CheckResult

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
GOLDEN = Path(__file__).parent / "golden"
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))


def schema_errors(document: Any) -> list[str]:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return sorted(f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(document))


def sarif_of(run: RunCli, *arguments: str) -> dict[str, Any]:
    result = run("check", "--format", "sarif", *arguments)
    assert result.stderr == ""
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_the_validator_is_not_vacuous() -> None:
    assert schema_errors({"version": "2.1.0", "runs": []}) == []
    assert schema_errors({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                                        "results": [{"level": "fatal"}]}]}) == [
        "runs/0/results/0/level: 'fatal' is not one of ['none', 'note', 'warning', 'error']",
        "runs/0/results/0: 'message' is a required property",
    ]


def test_golden_corpus(run: RunCli, tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / "corpus", tmp_path, dirs_exist_ok=True)
    result = run("check", "--format", "sarif")
    golden = GOLDEN / "expected" / "report.sarif"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(result.stdout, encoding="utf-8")
    assert (result.code, result.stdout, result.stderr) == \
        (1, golden.read_text(encoding="utf-8"), "")
    assert schema_errors(json.loads(result.stdout)) == []


def test_bundled_corpus(run: RunCli, tmp_path: Path) -> None:
    for folder in ("sources", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    document = sarif_of(run)
    assert schema_errors(document) == []
    [log] = document["runs"]
    rules = [rule["id"] for rule in log["tool"]["driver"]["rules"]]
    assert rules == sorted({r["ruleId"] for r in log["results"]})  # one per kind found
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in log["results"])
    fingerprints = [r["fingerprints"]["conflictId/v1"] for r in log["results"]]
    assert len(set(fingerprints)) == len(fingerprints)
    # resolved conflicts are suppressed, each with its decision's reason
    assert all(r["suppressions"][0]["justification"] for r in log["results"])


def test_a_conflict_and_its_other_side(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    document = sarif_of(run)
    assert schema_errors(document) == []
    [log] = document["runs"]
    assert log["tool"]["driver"]["rules"] == [
        {"id": "invalid-input", "name": "InvalidInput", "shortDescription": {
            "text": "A problem in an input file: the claim or file is left out of the check."}},
        {"id": "money", "name": "Money", "shortDescription": {
            "text": "Sources give different figures for the same amount of money."}},
    ]
    problem, conflict = log["results"]
    assert problem["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "claims/a.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 5, "startColumn": 39}}
    assert conflict == {
        "ruleId": "money", "ruleIndex": 1, "level": "error",
        "message": {"text": "Dry Season: Part 1, Redux · budget: $2,000,000 and $3,000,000. "
                            "sources give different budget figures that no hedge in the quotes "
                            "reconciles (conflict dry-season-part-1-redux-budget-6fafccbc)."},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "claims/a.yaml", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 2, "startColumn": 5}},
            "message": {"text": "$2,000,000 (claim)"}}],
        "relatedLocations": [{"id": 1, "physicalLocation": {
            "artifactLocation": {"uri": "claims/b.yaml", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 2, "startColumn": 5}},
            "message": {"text": "$3,000,000 (claim)"}}],
        "fingerprints": {"conflictId/v1": "dry-season-part-1-redux-budget-6fafccbc"},
        "properties": {"conflictId": "dry-season-part-1-redux-budget-6fafccbc",
                       "subject": "Dry Season: Part 1, Redux", "property": "budget",
                       "scope": None, "values": ["$2,000,000", "$3,000,000"]},
    }


def test_fingerprints_do_not_move_with_lines(run: RunCli, corpus: Corpus,
                                             tmp_path: Path) -> None:
    corpus(FILES)
    before = sarif_of(run)["runs"][0]["results"]
    path = tmp_path / "claims" / "a.yaml"
    path.write_text("# moved\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = sarif_of(run)["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] == [6, 3]
    assert [r["fingerprints"] for r in after] == [r["fingerprints"] for r in before]


def test_paths_are_uris(run: RunCli, corpus: Corpus, tmp_path: Path) -> None:
    files = {name.replace("claims/", "my claims/"): text for name, text in FILES.items()}
    corpus(files)
    shutil.rmtree(tmp_path / "claims")
    [log] = sarif_of(run, "--claims", "my claims")["runs"]
    assert log["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"] == \
        {"uri": "my%20claims/a.yaml", "uriBaseId": "%SRCROOT%"}
    outside = sarif_of(run, "--claims", str(tmp_path / "my claims"),
                       "--sources", str(tmp_path / "sources"))
    assert schema_errors(outside) == []  # run from the same folder: still relative
    assert sarif.uri("/srv/my claims/a.yaml") == {"uri": "file:///srv/my%20claims/a.yaml"}


def test_with_base_every_result_has_a_baseline_state(run: RunCli, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    shutil.copytree(GOLDEN / "corpus", tmp_path, dirs_exist_ok=True)
    git(tmp_path, "init", "--quiet", "-b", "main")
    commit(tmp_path, "golden corpus")
    path = tmp_path / "claims" / "harbor-gazette-review.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("$2.5 million", "$2,5 million"),
                    encoding="utf-8")  # a new misquote, and the budget conflict goes
    document = sarif_of(run, "--base", "HEAD")
    assert schema_errors(document) == []
    assert [(r["ruleId"], r["baselineState"]) for r in document["runs"][0]["results"]] == [
        ("invalid-input", "unchanged"), ("invalid-input", "new"), ("date", "unchanged"),
        ("quantity", "unchanged"), ("accents", "unchanged"), ("stale-resolution", "unchanged"),
    ]


def test_a_value_stated_only_in_a_text(corpus: Corpus, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A spelling found by reading the texts (no claim behind it) is reported at its passage,
    with the passage's extent and text."""
    monkeypatch.chdir(corpus(FILES))
    result = run_check(tmp_path / "sources", tmp_path / "claims")
    claim = result.claims[0]
    source = claim.source
    start = source.text.index("Redux")
    conflict = make_conflict(
        kind="spelling", severity=Severity.ERROR, subject=claim.subject.name, prop="name",
        scope=None, explanation="'Redux' and 'Reduxe' differ by one letter",
        values=[CompetingValue(label="Reduxe", key="reduxe", claims=(),
                               mentions=(Passage(source, start, start + 5),)),
                CompetingValue(label="Redux", key="redux", claims=(claim,))])
    stream = io.StringIO()
    sarif.render(CheckResult(sources=result.sources, claims=result.claims,
                             conflicts=(conflict,)), stream)
    document = json.loads(stream.getvalue())
    assert schema_errors(document) == []
    [found] = document["runs"][0]["results"]
    assert found["locations"] == [{"physicalLocation": {
        "artifactLocation": {"uri": "claims/a.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 2, "startColumn": 5}}, "message": {"text": "Redux (claim)"}}]
    assert found["relatedLocations"] == [{"id": 1, "physicalLocation": {
        "artifactLocation": {"uri": "sources/a.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 1, "startColumn": 21, "endLine": 1, "endColumn": 26,
                   "snippet": {"text": "Redux"}}},
        "message": {"text": "Reduxe (in the text, no claim)"}}]
