"""`--format github`: workflow commands GitHub Actions turns into annotations on the diff.

The escaping is GitHub's runner's: in the message ``%``, CR and LF; in a property also ``:``
and ``,``. One annotation per claim line, so the person who edited either side sees it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, Run

from checker.report.github import command, escape_data, escape_property

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
GOLDEN = Path(__file__).parent / "golden"

TITLE = "Dry Season: Part 1, Redux"
FILES = {
    "sources/a.txt": f"{TITLE} cost $2 million to make. It runs 100% on 16mm film.\n",
    "sources/b.txt": f"The $3 million budget of {TITLE} went on the boat.\n",
    "claims/entities.yaml": f'entities:\n  - {{name: "{TITLE}", kind: work}}\n',
    "claims/a.yaml": f"""\
        claims:
          - {{id: budget, subject: "{TITLE}", property: budget, status: reviewed,
             value: {{kind: money, amount: 2000000, currency: USD}}, quote: "$2 million"}}
          - {{id: film, subject: "{TITLE}", property: fact, status: reviewed,
             value: {{kind: text, text: 16mm}}, quote: "runs 100% on 35mm film"}}
        """,
    "claims/b.yaml": f"""\
        claims:
          - {{id: budget, subject: "{TITLE}", property: budget, status: reviewed,
             value: {{kind: money, amount: 3000000, currency: USD}}, quote: "$3 million budget"}}
        """,
}
CONFLICT = "dry-season-part-1-redux-budget-6fafccbc"
HEADING = "Dry Season%3A Part 1%2C Redux · budget%3A $2%2C000%2C000 and $3%2C000%2C000"
WHY = "Why: sources give different budget figures that no hedge in the quotes reconciles."
DECIDE = (f"Conflict {CONFLICT} (money): decide it in claims/resolutions.yaml "
          f"(source-checker explain {CONFLICT} says more).")
EXPECTED = f"""\
::error file=claims/a.yaml,line=5,col=39,title=invalid input::quote not found in sources/a.txt; \
the closest passage (91%25 similar) is at line 1:55: 'runs 100%25 on 16mm film'
::error file=claims/a.yaml,line=2,col=5,title={HEADING}::This claim states $2,000,000; against \
it: $3,000,000 (claims/b.yaml:2).%0A{WHY}%0A{DECIDE}
::error file=claims/b.yaml,line=2,col=5,title={HEADING}::This claim states $3,000,000; against \
it: $2,000,000 (claims/a.yaml:2).%0A{WHY}%0A{DECIDE}
Checked 2 sources and 3 claims (1 invalid): 1 conflict (1 error, 0 warnings, 0 info), 0 resolved.
FAIL: 1 problem in the input files; 1 unresolved error-level conflict.
"""


def test_annotations(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    assert run("check", "--format", "github") == Run(1, EXPECTED, "")


def test_chosen_in_github_actions(run: RunCli, corpus: Corpus,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(FILES)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("check") == Run(1, EXPECTED, "")
    assert run("check", "--format", "json").stdout.startswith("{\n")  # asked for: obeyed
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert run("check", "--color", "never").stdout.startswith("Checked 2 sources")


@pytest.mark.parametrize(("text", "data", "prop"), [
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("two\nlines\r\n", "two%0Alines%0D%0A", "two%0Alines%0D%0A"),
    ("a: b, c", "a: b, c", "a%3A b%2C c"),
    ("%0A is not a line break", "%250A is not a line break", "%250A is not a line break"),
    ("::error:: inside", "::error:: inside", "%3A%3Aerror%3A%3A inside"),
])
def test_escaping(text: str, data: str, prop: str) -> None:
    assert (escape_data(text), escape_property(text)) == (data, prop)


def test_a_command_with_every_property_escaped() -> None:
    assert command("warning", "50% of\nit", file="a,b:c.yaml", line=3, column=1,
                   title="x: y, z") == \
        "::warning file=a%2Cb%3Ac.yaml,line=3,col=1,title=x%3A y%2C z::50%25 of%0Ait"


def test_resolved_conflicts_are_not_annotated(run: RunCli, tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / "corpus", tmp_path, dirs_exist_ok=True)
    result = run("check", "--format", "github")
    assert result.code == 1
    # the year is resolved; the budget, runtime and spelling are not (two claims each)
    assert [line.split(",title=")[0] for line in result.stdout.splitlines()
            if line.startswith("::")] == [
        "::error file=claims/cinema-weekly-interview.yaml,line=22,col=5",
        "::error file=claims/harbor-gazette-review.yaml,line=17,col=5",
        "::error file=claims/cinema-weekly-interview.yaml,line=10,col=5",
        "::warning file=claims/harbor-gazette-review.yaml,line=10,col=5",
        "::warning file=claims/harbor-gazette-review.yaml,line=31,col=5",
        "::notice file=claims/cinema-weekly-interview.yaml,line=25,col=5",
        "::notice file=claims/harbor-gazette-review.yaml,line=24,col=5",
        "::warning file=claims/resolutions.yaml,line=10,col=3",
    ]
    assert "the-salt-orchard-year" not in result.stdout


def _git(folder: Path, *arguments: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                    "-c", "commit.gpgsign=false", *arguments], cwd=folder, check=True,
                   capture_output=True)


def test_with_base_only_what_the_change_introduced(run: RunCli, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's definition of done, in the format CI shows: in a repository with the
    bundled corpus, a commit adding a contradicting claim fails and is annotated at that
    conflict's claims only."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    for folder in ("sources", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    _git(tmp_path, "init", "--quiet", "-b", "main")
    _git(tmp_path, "add", "--all")
    _git(tmp_path, "commit", "--quiet", "-m", "corpus")
    path = tmp_path / "claims" / "dear-producer-alex-coco.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + (
        "  - id: anora-budget-eight-million\n    subject: Anora\n    property: budget\n"
        "    value: {kind: money, amount: 8000000, currency: USD}\n"
        "    quote: should probably be $8 million\n    status: reviewed\n"), encoding="utf-8")
    _git(tmp_path, "commit", "--quiet", "-am", "eight million")
    line = text.count("\n") + 1
    result = run("check", "--base", "HEAD~1", "--format", "github")
    annotations = [a for a in result.stdout.splitlines() if a.startswith("::")]
    assert result.code == 1
    assert [a.split(",title=")[0] for a in annotations] == [
        "::error file=claims/dear-producer-alex-coco.yaml,line=305,col=5",
        "::error file=claims/dear-producer-alex-coco.yaml,line=382,col=5",
        f"::error file=claims/dear-producer-alex-coco.yaml,line={line},col=5",
    ]
    assert all("Conflict anora-budget-82ce3a71 (money)" in a for a in annotations)
    assert annotations[2].split("::")[2].startswith(
        "This claim states $8,000,000; against it: $6,000,000 "
        "(claims/dear-producer-alex-coco.yaml:305, claims/dear-producer-alex-coco.yaml:382).")
    assert result.stdout.splitlines()[-1] == \
        "FAIL: 1 new unresolved error-level conflict since HEAD~1."
    summary = json.loads(run("check", "--base", "HEAD~1", "--format", "json").stdout)["base"]
    assert summary["failing"] == ["anora-budget-82ce3a71"]
