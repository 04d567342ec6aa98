"""`check --base REF`: gate a change on what it introduced, in real git repositories.

Each test builds a repository in ``tmp_path``, commits a base, changes the corpus, and runs the
CLI in process. Conflict and problem identity must survive moved lines; only what the change
introduced fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, Run

from checker.gate import identity
from checker.problems import Problem

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]

ENTITIES = "entities:\n  - {name: Dry Season, kind: work}\n"
SOURCES = {
    "sources/a.txt": "Dry Season cost $2 million to make.\n",
    "sources/b.txt": "The $3 million budget of Dry Season went on the boat. It was shot in 2019.\n",
    "claims/entities.yaml": ENTITIES,
}
A_BUDGET = """\
  - {id: budget, subject: Dry Season, property: budget, status: reviewed,
     value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million"}
"""
B_BUDGET = """\
  - {id: budget, subject: Dry Season, property: budget, status: reviewed,
     value: {kind: money, amount: 3000000, currency: USD}, quote: "$3 million budget"}
"""
B_MISQUOTED = """\
  - {id: shot, subject: Dry Season, property: year, status: reviewed,
     value: {kind: year, year: 2019}, quote: "It was shot over 2019"}
"""
CONFLICT_ID = "dry-season-budget-5a28a1a2"
RESOLUTION = f"""\
resolutions:
  {CONFLICT_ID}:
    keep: "$2,000,000"
    reason: the accounts say so
"""


def git(folder: Path, *arguments: str) -> str:
    completed = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
         "-c", "commit.gpgsign=false", *arguments],
        cwd=folder, check=True, capture_output=True, text=True)
    return completed.stdout


@pytest.fixture(autouse=True)
def _plain_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """No person's git configuration in the tests' repositories."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def commit(folder: Path, message: str) -> None:
    git(folder, "add", "--all")
    git(folder, "commit", "--quiet", "--allow-empty", "-m", message)


def repository(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git(folder, "init", "--quiet", "-b", "main")
    commit(folder, "base")
    return folder


def claims(*items: str) -> str:
    return "claims:\n" + "".join(items)


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_a_new_conflict_fails_naming_only_it(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": "claims: []\n"})
    write(tmp_path, "claims/b.yaml", claims(B_BUDGET))
    commit(tmp_path, "a contradicting budget")
    result = run("check", "--base", "HEAD~1", "--format", "json")
    document = json.loads(result.stdout)
    assert (result.code, result.stderr, document["status"]) == (1, "", "fail")
    assert document["base"]["new_conflicts"] == document["base"]["failing"] == [CONFLICT_ID]
    assert [(c["id"], c["new"]) for c in document["conflicts"]] == [(CONFLICT_ID, True)]


def test_an_old_problem_moved_down_the_file_stays_old(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_MISQUOTED)})
    write(tmp_path, "claims/b.yaml", claims(B_BUDGET, B_MISQUOTED))  # line 2 → line 5
    commit(tmp_path, "a contradicting budget above an old misquote")
    assert run("check", "--base", "HEAD~1", "--width", "100") == Run(1, f"""\
Checked 2 sources and 3 claims (1 invalid): 1 conflict (1 error, 0 warnings, 0 info), 0 resolved.
Compared with HEAD~1: 0 conflicts before (0 unresolved errors), 1 problem. This change brings 1 new
conflict (1 unresolved error) and resolves 0; 0 new problems, 1 already present, 0 fixed.

Invalid input, already present (1)
  claims/b.yaml:5:39: quote not found in sources/b.txt; the closest passage (83% similar) is at line
    1:55: 'It was shot in 2019.'

Errors (1, 1 new)

error (new)  Dry Season · budget  {CONFLICT_ID}
  sources give different budget figures that no hedge in the quotes reconciles

  $2,000,000                                      │ $3,000,000
  ──────────                                      │ ──────────
  a 1:17                                          │ b 1:5
  “Dry Season cost «$2 million» to make.”         │ “The «$3 million budget» of Dry Season went on
  claims/a.yaml:2                                 │ the boat.”
                                                  │ claims/b.yaml:2

FAIL: 1 new unresolved error-level conflict since HEAD~1.
""", "")


def test_a_new_problem_fails_and_an_old_conflict_does_not(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET)})
    write(tmp_path, "claims/b.yaml", claims(B_BUDGET, B_MISQUOTED))
    commit(tmp_path, "a misquote")
    result = run("check", "--base", "HEAD~1", "--format", "markdown")
    assert result.code == 1
    assert result.stdout.splitlines()[:14] == [
        "# Source consistency report",
        "",
        "**❌ FAIL**: 1 new problem in the input files since HEAD\\~1.",
        "",
        "Checked 2 sources and 3 claims (1 invalid): 1 conflict (1 error, 0 warnings, 0 info), "
        "0 resolved.",
        "",
        "Compared with HEAD\\~1: 1 conflict before (1 unresolved error), 0 problems. This change "
        "brings 0 new conflicts (0 unresolved errors) and resolves 0; 1 new problem, 0 already "
        "present, 0 fixed.",
        "",
        "## Invalid input, new (1)",
        "",
        "- `claims/b.yaml:5:39` quote not found in sources/b.txt; the closest passage (83% "
        "similar) is at line 1:55: 'It was shot in 2019.'",
        "",
        "## Errors (1)",
        "",
    ]


def test_an_unchanged_old_conflict_passes(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET)})
    write(tmp_path, "claims/b.yaml", "# the budget of the boat scene\n" + claims(B_BUDGET))
    commit(tmp_path, "a comment")
    result = run("check", "--base", "main~1", "--width", "100")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[-1] == (
        "PASS: no new problem and no new unresolved error-level conflict since main~1 (1 "
        "unresolved error-level conflict already present).")


def test_removing_a_resolution_fails(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET), "claims/resolutions.yaml": RESOLUTION})
    (tmp_path / "claims" / "resolutions.yaml").unlink()
    commit(tmp_path, "drop the resolution")
    document = json.loads(run("check", "--base", "HEAD~1", "--format", "json").stdout)
    assert (document["status"], document["base"]["new_conflicts"], document["base"]["failing"]) \
        == ("fail", [], [CONFLICT_ID])
    assert document["conflicts"][0]["new"] is False


def test_a_resolution_added_by_the_change_resolves(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET)})
    write(tmp_path, "claims/resolutions.yaml", RESOLUTION)
    commit(tmp_path, "resolve")
    result = run("check", "--base", "HEAD~1", "--width", "100")
    assert result.code == 0
    assert result.stdout.splitlines()[1:3] == [
        "Compared with HEAD~1: 1 conflict before (1 unresolved error), 0 problems. This change "
        "brings 0 new",
        "conflicts (0 unresolved errors) and resolves 1; 0 new problems, 0 already present, 0 "
        "fixed.",
    ]
    assert result.stdout.endswith(f"""\
Resolved by this change (1)
  {CONFLICT_ID}  Dry Season · budget: $2,000,000 and $3,000,000

PASS: no new problem and no new unresolved error-level conflict since HEAD~1.
""")


def test_fixing_a_claim_resolves_its_conflict_and_problem(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET, B_MISQUOTED)})
    write(tmp_path, "claims/b.yaml", "claims: []\n")
    commit(tmp_path, "take the claims of b back")
    document = json.loads(run("check", "--base", "HEAD~1", "--format", "json").stdout)
    assert document["status"] == "pass"
    assert document["base"] == {
        "ref": "HEAD~1", "commit": git(tmp_path, "rev-parse", "HEAD~1").strip(),
        "conflicts_before": 1, "unresolved_before": 1, "problems_before": 1,
        "new_conflicts": [], "failing": [],
        "resolved_by_change": [{"id": CONFLICT_ID, "subject": "Dry Season", "property": "budget",
                                "scope": None, "values": ["$2,000,000", "$3,000,000"]}],
        "new_problems": 0, "fixed_problems": 1,
    }


def test_a_corpus_the_base_did_not_have_is_all_new(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {"README.md": "notes\n"})
    for name, text in {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                       "claims/b.yaml": claims(B_BUDGET, B_MISQUOTED)}.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        write(tmp_path, name, text)
    commit(tmp_path, "the corpus")
    document = json.loads(run("check", "--base", "HEAD~1", "--format", "json").stdout)
    assert (document["base"]["failing"], document["base"]["new_problems"]) == ([CONFLICT_ID], 1)
    assert [p["new"] for p in document["invalid_claims"]] == [True]


def test_the_working_tree_and_index_are_left_alone(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET)})
    write(tmp_path, "claims/b.yaml", claims(B_MISQUOTED))  # not committed, not staged
    git(tmp_path, "add", "claims/b.yaml")
    write(tmp_path, "claims/a.yaml", "claims: []\n")
    status = git(tmp_path, "status", "--porcelain")

    def files() -> list[Path]:
        # but the check's cache, which git does not see (the status stays the same)
        return sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")
                      if not {".git", ".checker-cache"} & set(p.relative_to(tmp_path).parts))

    before = files()
    assert run("check", "--base", "HEAD", "--format", "json").code == 1  # the misquote is new
    assert git(tmp_path, "status", "--porcelain") == status
    assert files() == before


def test_an_unknown_revision(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET)})
    assert run("check", "--base", "no-such-branch") == Run(
        2, "", "source-checker: error: --base: unknown revision 'no-such-branch'; give a "
        "branch, tag or commit of this repository (e.g. origin/main, HEAD~1)\n")
    assert run("check", "--base=--output=x") == Run(  # a revision, never an option of git
        2, "", "source-checker: error: --base: unknown revision '--output=x'; give a branch, "
        "tag or commit of this repository (e.g. origin/main, HEAD~1)\n")
    assert not (tmp_path / "x").exists()


def test_not_a_repository(run: RunCli, corpus: Corpus) -> None:
    corpus({**SOURCES, "claims/a.yaml": claims(A_BUDGET)})
    assert run("check", "--base", "main") == Run(
        2, "", "source-checker: error: --base needs a git repository, and claims is not in "
        "one\n")


def test_without_git(run: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET)})
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert run("check", "--base", "main") == Run(
        2, "", "source-checker: error: --base needs git, which is not installed or not on "
        "PATH\n")


def test_folders_outside_the_repository(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path / "repo", {**SOURCES, "claims/a.yaml": claims(A_BUDGET)})
    (tmp_path / "elsewhere").mkdir()
    assert run("check", "--base", "HEAD", "--claims", "repo/claims",
               "--sources", "elsewhere") == Run(
        2, "", "source-checker: error: --base: elsewhere is outside the git repository repo\n")


def test_run_from_another_folder(run: RunCli, tmp_path: Path) -> None:
    repository(tmp_path / "repo", {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                                   "claims/b.yaml": claims(B_MISQUOTED)})
    write(tmp_path / "repo", "claims/b.yaml", claims(B_BUDGET, B_MISQUOTED))
    document = json.loads(run("check", "--base", "HEAD", "--format", "json", "--claims",
                              "repo/claims", "--sources", "repo/sources").stdout)
    assert [(p["file"], p["line"], p["new"]) for p in document["invalid_claims"]] == [
        ("repo/claims/b.yaml", 5, False)]
    assert document["base"]["failing"] == [CONFLICT_ID]


@pytest.mark.parametrize(("message", "same_as"), [
    ("duplicate key 'id' (first given at line 12)", "duplicate key 'id' (first given at line 40)"),
    ("the closest passage is at line 3:14: 'x'", "the closest passage is at line 9:1: 'x'"),
    ("expected ':' (mapping at line 4, column 3)", "expected ':' (mapping at line 7, column 1)"),
])
def test_a_problem_is_the_same_wherever_it_points(message: str, same_as: str) -> None:
    def problem(text: str, line: int) -> Problem:
        return Problem(path="claims/a.yaml", line=line, column=1, message=text, claim_id="c")

    assert identity(problem(message, 3)) == identity(problem(same_as, 30))
    assert identity(problem(message, 3)) != identity(problem(message + "!", 3))


# The bundled corpus, as the definition of done asks: a contradicting claim fails,
# naming only its conflict and the claim's file and line; a reordering passes.
CONTRADICTION = """\
  - id: anora-budget-eight-million
    subject: Anora
    property: budget
    value: {kind: money, amount: 8000000, currency: USD}
    quote: should probably be $8 million
    status: reviewed
"""


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    for folder in ("sources", "claims", "schema"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    git(tmp_path, "init", "--quiet", "-b", "main")
    commit(tmp_path, "the bundled corpus")
    return tmp_path


def test_bundled_corpus_contradicting_claim(run: RunCli, bundled: Path) -> None:
    path = bundled / "claims" / "dear-producer-alex-coco.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + CONTRADICTION, encoding="utf-8")
    commit(bundled, "an eight-million budget")
    line = text.count("\n") + 1
    document = json.loads(run("check", "--base", "HEAD~1", "--format", "json").stdout)
    assert (document["status"], document["base"]["failing"]) == ("fail", ["anora-budget-82ce3a71"])
    [new] = [c for c in document["conflicts"] if c["new"]]
    assert [(c["file"], c["line"]) for v in new["values"] for c in v["claims"]
            if c["claim"] == "anora-budget-eight-million"] == [
        ("claims/dear-producer-alex-coco.yaml", line)]


def test_bundled_corpus_reordered_claims_pass(run: RunCli, bundled: Path) -> None:
    path = bundled / "claims" / "thr-making-of-anora-reworded.yaml"
    head, body = path.read_text(encoding="utf-8").split("claims:\n", 1)
    first, *items = body.split("\n  - id: ")
    path.write_text(head + "claims:\n" + first + "".join(
        f"\n  - id: {item.rstrip(chr(10))}" for item in reversed(items)) + "\n", encoding="utf-8")
    commit(bundled, "reorder")
    assert git(bundled, "diff", "--shortstat", "HEAD~1").strip().startswith("1 file changed")
    result = run("check", "--base", "HEAD~1", "--format", "json")
    document = json.loads(result.stdout)
    assert (result.code, document["status"]) == (0, "pass")
    assert (document["base"]["new_conflicts"], document["base"]["new_problems"],
            document["base"]["conflicts_before"]) == ([], 0, len(document["conflicts"]))


def test_a_resolution_the_change_made_stale_says_what_changed(run: RunCli,
                                                               tmp_path: Path) -> None:
    repository(tmp_path, {**SOURCES, "claims/a.yaml": claims(A_BUDGET),
                          "claims/b.yaml": claims(B_BUDGET), "claims/resolutions.yaml": RESOLUTION})
    write(tmp_path, "sources/b.txt", SOURCES["sources/b.txt"].replace("$3", "$4"))
    write(tmp_path, "claims/b.yaml", claims(B_BUDGET).replace("3", "4"))
    commit(tmp_path, "the interview was corrected")
    [stale] = json.loads(run("check", "--base", "HEAD~1", "--format", "json").stdout)[
        "stale_resolutions"]
    assert stale["hint"] == (
        "a conflict on the same subject and property now stands between $2,000,000 and "
        "$4,000,000 ($4,000,000 came in; $3,000,000 went out): dry-season-budget-24e6f5fc; if "
        "the decision still holds, move it to that id")
    without_base = json.loads(run("check", "--format", "json").stdout)["stale_resolutions"]
    assert "came in" not in without_base[0]["hint"]  # the entry does not record its values


def test_head_before_the_first_commit_is_an_empty_corpus(run: RunCli, corpus: Corpus,
                                                         tmp_path: Path) -> None:
    """The pre-commit hook runs `check --base HEAD` on the first commit too."""
    corpus({**SOURCES, "claims/a.yaml": claims(A_BUDGET), "claims/b.yaml": claims(B_BUDGET)})
    git(tmp_path, "init", "--quiet", "-b", "main")
    document = json.loads(run("check", "--base", "HEAD", "--format", "json").stdout)
    assert (document["base"]["commit"], document["base"]["failing"]) == (None, [CONFLICT_ID])
    assert run("check", "--base", "main").stderr.startswith(
        "source-checker: error: --base: unknown revision 'main'")
