"""The shipped CI integrations run what they say: the pre-commit hooks and the GitHub workflow,
their commands run through the CLI in a real repository, as CI would run them."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import REPO, Run
from test_gate import A_BUDGET, B_BUDGET, SOURCES, claims, commit, git, repository, write
from test_report_sarif import schema_errors

RunCli = Callable[..., Run]
HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
WORKFLOW = yaml.safe_load((REPO / ".github" / "workflows" / "source-check.yml")
                          .read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _plain_git(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def _arguments(entry: str) -> list[str]:
    program, *arguments = shlex.split(entry)
    assert program == "source-checker"
    return arguments


def test_the_hooks_run_on_the_corpus_only() -> None:
    assert [(h["id"], h["language"], h["pass_filenames"]) for h in HOOKS] == [
        ("source-checker-changes", "python", False), ("source-checker", "python", False)]
    for hook in HOOKS:
        files = re.compile(hook["files"])
        assert [bool(files.search(p)) for p in (
            "claims/a.yaml", "sources/a.txt", "README.md", "checker/claims.py")] == \
            [True, True, False, False]


def test_the_hooks_gate_a_commit(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": "claims: []\n"})
    write(tmp_path, "claims/b.yaml", claims(B_BUDGET))  # staged for the commit being made
    git(tmp_path, "add", "claims/b.yaml")
    changes, whole = (_arguments(h["entry"]) for h in HOOKS)
    assert run(*changes, "--color", "never").stdout.splitlines()[-1] == \
        "FAIL: 1 new unresolved error-level conflict since HEAD."
    commit(tmp_path, "the contradiction, committed anyway")
    assert run(*changes).code == 0  # nothing new in the next commit
    assert run(*whole).code == 1  # the corpus as a whole still has the conflict


def _steps() -> list[str]:
    [job] = WORKFLOW["jobs"].values()
    return [step["run"] for step in job["steps"] if "source-checker" in step.get("run", "")]


def test_the_workflow_runs_on_corpus_changes() -> None:
    trigger = WORKFLOW[True]  # YAML 1.1 reads the key `on` as true
    assert trigger["pull_request"]["paths"] == ["claims/**", "sources/**"]
    assert WORKFLOW["permissions"]["security-events"] == "write"
    [job] = WORKFLOW["jobs"].values()
    assert job["steps"][0] == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    assert job["steps"][-1]["uses"].startswith("github/codeql-action/upload-sarif@")
    assert job["steps"][-1]["with"]["sarif_file"] == "source-checker.sarif"


def test_the_workflow_commands(run: RunCli, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Its commands, run as the job would on a pull request adding a contradiction: the first
    annotates and fails; the second writes SARIF that validates, and its exit code is one the
    step accepts."""
    for folder in ("sources", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    git(tmp_path, "init", "--quiet", "-b", "main")
    commit(tmp_path, "the corpus")
    git(tmp_path, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(tmp_path, "switch", "--quiet", "-c", "pull-request")
    path = tmp_path / "claims" / "dear-producer-alex-coco.yaml"
    path.write_text(path.read_text(encoding="utf-8") + (
        "  - id: anora-budget-eight-million\n    subject: Anora\n    property: budget\n"
        "    value: {kind: money, amount: 8000000, currency: USD}\n"
        "    quote: should probably be $8 million\n    status: reviewed\n"), encoding="utf-8")
    commit(tmp_path, "eight million")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    annotate, write_sarif = (
        _arguments(step.replace('"$BASE"', "origin/main").split(" || ")[0])
        for step in _steps())
    annotated = run(*annotate)
    assert annotated.code == 1
    assert annotated.stdout.startswith("::error file=claims/dear-producer-alex-coco.yaml,")
    written = run(*write_sarif)
    assert written == Run(1, "wrote source-checker.sarif\n", "")
    assert _steps()[1].endswith(" || [ $? -eq 1 ]")
    document = json.loads((tmp_path / "source-checker.sarif").read_text(encoding="utf-8"))
    assert schema_errors(document) == []
    assert [r["properties"]["conflictId"] for r in document["runs"][0]["results"]
            if r["baselineState"] == "new"] == ["anora-budget-82ce3a71"]
