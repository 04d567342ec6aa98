"""The JSON report: its structure on the golden corpus, and its documented field reference."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Run

import checker.report.json

RunCli = Callable[..., Run]
CORPUS = Path(__file__).parent / "golden" / "corpus"
CLAIM_FIELDS = {"claim", "file", "line", "column", "status", "source", "quote", "passage",
                "section", "low_weight"}


@pytest.fixture
def report(run: RunCli, tmp_path: Path) -> dict[str, Any]:
    shutil.copytree(CORPUS, tmp_path, dirs_exist_ok=True)
    result = run("check", "--format", "json")
    assert (result.code, result.stderr) == (1, "")
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_top_level(report: dict[str, Any]) -> None:
    assert list(report) == ["version", "status", "stats", "conflicts", "invalid_claims",
                            "stale_resolutions"]
    assert (report["version"], report["status"]) == (1, "fail")
    assert report["stats"] == {
        "sources": 2, "claims": 9, "valid_claims": 8, "invalid_claims": 1,
        "reviewed_claims": 7, "draft_claims": 1, "problems": 1, "conflicts": 4, "errors": 2,
        "warnings": 1, "infos": 1, "resolved": 1, "unresolved_errors": 1,
        "stale_resolutions": 1,
    }


def test_conflicts(report: dict[str, Any]) -> None:
    summary = [(c["severity"], c["kind"], c["subject"], c["property"], c["resolved"],
                [v["label"] for v in c["values"]]) for c in report["conflicts"]]
    assert summary == [
        ("error", "money", "The Salt Orchard", "budget", False, ["$2,500,000", "$4,000,000"]),
        ("error", "date", "The Salt Orchard", "year", True, ["2022", "2023"]),
        ("warning", "quantity", "The Salt Orchard", "runtime", False,
         ["104 minutes", "96 minutes"]),
        ("info", "accents", "Zoë Marchetti", "name", False, ["Zoe Marchetti", "Zoë Marchetti"]),
    ]
    for conflict in report["conflicts"]:
        assert set(conflict) == {"id", "kind", "severity", "subject", "property", "scope",
                                 "explanation", "resolved", "resolution", "values"}
        assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}", conflict["id"])
        assert conflict["explanation"]
        for value in conflict["values"]:
            assert set(value) == {"label", "key", "claims", "mentions"}
            for claim in value["claims"]:
                assert set(claim) == CLAIM_FIELDS
                assert set(claim["passage"]) == {"line", "column", "text", "sentence"}
                assert claim["quote"] in claim["passage"]["sentence"]


def test_resolution(report: dict[str, Any]) -> None:
    year = report["conflicts"][1]
    assert year["id"] == "the-salt-orchard-year-bc6cc406"
    assert year["resolution"] == {
        "keep": ["2022"], "accept_all": False,
        "reason": "the film premiered at the Lake Film Festival in September 2022; 2023 is the "
                  "year of its theatrical release",
        "decided": "2023-06-01", "by": "Dana Reyes",
        "file": "claims/resolutions.yaml", "line": 2, "column": 3,
    }
    assert [c["resolution"] for c in report["conflicts"] if c is not year] == [None] * 3


def test_a_claim_in_a_low_weight_section(report: dict[str, Any]) -> None:
    runtime = report["conflicts"][2]
    assert runtime["values"][1]["claims"] == [{
        "claim": "runtime-reader",
        "file": "claims/harbor-gazette-review.yaml", "line": 31, "column": 5,
        "status": "draft",
        "source": {"id": "harbor-gazette-review",
                   "title": "The Salt Orchard: a quiet film about a loud sea"},
        "quote": "it runs 96 minutes",
        "passage": {"line": 11, "column": 24, "text": "it runs 96 minutes",
                    "sentence": "I timed it at home and it runs 96 minutes, so somebody cut "
                                "it. (harbor_fan)"},
        "section": "reader comments",
        "low_weight": True,
    }]


def test_invalid_claims(report: dict[str, Any]) -> None:
    [invalid] = report["invalid_claims"]
    assert set(invalid) == {"file", "line", "column", "message", "claim"}
    assert (invalid["file"], invalid["line"], invalid["column"], invalid["claim"]) == \
        ("claims/cinema-weekly-interview.yaml", 22, 5, "shoot-length")
    assert invalid["message"].startswith("quote not found in sources/cinema-weekly-interview.txt")


def test_stale_resolutions(report: dict[str, Any]) -> None:
    assert report["stale_resolutions"] == [{
        "conflict": "the-salt-orchard-budget-5d1c9e0a",
        "file": "claims/resolutions.yaml", "line": 10, "column": 3,
        "keep": ["$2,500,000"], "accept_all": False,
        "reason": "the production notes give $2.5 million",
        "hint": "a conflict on the same subject and property now stands between $2,500,000 and "
                "$4,000,000: the-salt-orchard-budget-bf955c77; if the decision still holds, "
                "move it to that id",
        "successors": ["the-salt-orchard-budget-bf955c77"],
    }]


def test_every_field_is_documented(report: dict[str, Any]) -> None:
    documented = set(re.findall(r"``([a-z_]+)``", checker.report.json.__doc__ or ""))
    assert set(_keys(report)) - documented == set()


def test_a_clean_corpus_passes(run: RunCli, corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus({"sources/a.txt": "Nothing to see.\n"})
    document = json.loads(run("check", "--format", "json").stdout)
    assert (document["status"], document["conflicts"], document["invalid_claims"],
            document["stale_resolutions"]) == ("pass", [], [], [])
    assert document["stats"]["sources"] == 1


def test_each_conflict_and_problem_is_a_line_of_its_own(run: RunCli, tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path, dirs_exist_ok=True)
    text = run("check", "--format", "json").stdout
    document = json.loads(text)
    lines = text.splitlines()
    assert (lines[0], lines[-1]) == ("{", "}")
    for name in ("conflicts", "invalid_claims", "stale_resolutions"):
        start = lines.index(f'  "{name}": [')
        entries = [json.loads(line.strip().rstrip(",")) for line in
                   lines[start + 1: start + 1 + len(document[name])]]
        assert entries == document[name]
        assert lines[start + 1 + len(document[name])].startswith("  ]")
