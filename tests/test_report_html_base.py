"""The HTML report with ``check --base REF``: what the change introduced is marked new, and
what it resolved is listed, in a real git repository."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]


def _git(folder: Path, *arguments: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                    "-c", "commit.gpgsign=false", *arguments],
                   cwd=folder, check=True, capture_output=True)


def test_with_base_new_findings_are_marked(run: RunCli, corpus: Corpus, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    budget = ("claims:\n  - {{id: budget, subject: Dry Season, property: budget, "
              "status: reviewed,\n     value: {{kind: money, amount: {amount}, currency: USD}}, "
              "quote: \"{quote}\"}}\n")
    corpus({"sources/a.txt": "Dry Season cost $2 million to make.\n",
            "sources/b.txt": "The $3 million budget of Dry Season went on the boat.\n",
            "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
            "claims/a.yaml": budget.format(amount=2000000, quote="$2 million"),
            "claims/b.yaml": "claims: []\n"})
    _git(tmp_path, "init", "--quiet", "-b", "main")
    _git(tmp_path, "add", "--all")
    _git(tmp_path, "commit", "--quiet", "-m", "base")
    (tmp_path / "claims" / "b.yaml").write_text(
        budget.format(amount=3000000, quote="$3 million budget")
        + "  - {id: odd, subject: Dry Season, property: budget, status: reviewed,\n"
          "     value: {kind: money, amount: 5, currency: USD}, quote: \"$5\"}\n",
        encoding="utf-8")
    assert run("check", "--base", "main", "--format", "html", "--output", "report.html") == \
        Run(1, "wrote report.html\n", "")
    markup = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert ('<span class="verdict fail">FAIL</span> 1 new problem in the input files; 1 new '
            "unresolved error-level conflict since main.</p>") in markup
    assert ('<p class="summary">Compared with main: 0 conflicts before (0 unresolved errors), '
            "0 problems. This change brings 1 new conflict (1 unresolved error) and resolves 0; "
            "1 new problem, 0 already present, 0 fixed.</p>") in markup
    assert ('<header class="conflict-head"><span class="badge error">error</span>'
            '<span class="badge new">new</span>') in markup
    assert ('<li><code>claims/b.yaml:5:54</code> <span class="tag new">new</span> quote not '
            "found in sources/b.txt") in markup
    _git(tmp_path, "add", "--all")
    _git(tmp_path, "commit", "--quiet", "-m", "conflict")
    (tmp_path / "claims" / "b.yaml").write_text("claims: []\n", encoding="utf-8")
    assert run("check", "--base", "main", "--format", "html", "--output", "report.html") == \
        Run(0, "wrote report.html\n", "")
    markup = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert ('<section id="resolved-by-change" class="listing"><h2>Resolved by this change '
            '<span class="count">1</span></h2><ul><li><code>dry-season-budget-5a28a1a2</code> '
            "Dry Season · budget: $2,000,000 and $3,000,000</li></ul></section>") in markup
