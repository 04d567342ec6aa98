"""`--format gitlab`: the Code Quality report a merge request's widget reads.

GitLab tells new issues from old ones by fingerprint, so a fingerprint must not move with
lines; severities map error → major, warning → minor, info → info.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import Run
from test_report_github import FILES

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
GOLDEN = Path(__file__).parent / "golden"
CONFLICT = "dry-season-part-1-redux-budget-6fafccbc"
SAYS = ("Why: sources give different budget figures that no hedge in the quotes reconciles. "
        f"Conflict {CONFLICT} (money): decide it in claims/resolutions.yaml "
        f"(source-checker explain {CONFLICT} says more).")


def _issue(description: str, check: str, fingerprint: str, severity: str, path: str,
           line: int) -> dict[str, object]:
    return {"description": description, "check_name": check, "fingerprint": fingerprint,
            "severity": severity, "location": {"path": path, "lines": {"begin": line}}}


def test_issues(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    result = run("check", "--format", "gitlab")
    assert (result.code, result.stderr) == (1, "")
    assert json.loads(result.stdout) == [
        _issue("quote not found in sources/a.txt; the closest passage (91% similar) is at line "
               "1:55: 'runs 100% on 16mm film'", "invalid-input",
               "8d487260205b135998ca9860d47a04e58c1c008ca924dc642b44f48d1f099e7c", "major",
               "claims/a.yaml", 5),
        _issue("Dry Season: Part 1, Redux · budget: This claim states $2,000,000; against it: "
               f"$3,000,000 (claims/b.yaml:2). {SAYS}", "money",
               "d2730b08b13cf0674639aa9839ce40d8e2cbd3de0ffeb54851a3fd24367f03dd", "major",
               "claims/a.yaml", 2),
        _issue("Dry Season: Part 1, Redux · budget: This claim states $3,000,000; against it: "
               f"$2,000,000 (claims/a.yaml:2). {SAYS}", "money",
               "82b691ab888f62b1200c5c725404187afa0a447afa247209428c8dab1bda6b8a", "major",
               "claims/b.yaml", 2),
    ]


def test_fingerprints_do_not_move_with_lines(run: RunCli, corpus: Corpus,
                                             tmp_path: Path) -> None:
    corpus(FILES)
    before = json.loads(run("check", "--format", "gitlab").stdout)
    for name in ("a.yaml", "b.yaml"):
        path = tmp_path / "claims" / name
        path.write_text("# moved down\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = json.loads(run("check", "--format", "gitlab").stdout)
    assert [i["location"]["lines"]["begin"] for i in after] == [7, 4, 4]
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]


def test_golden_corpus(run: RunCli, tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / "corpus", tmp_path, dirs_exist_ok=True)
    issues = json.loads(run("check", "--format", "gitlab").stdout)
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"])
            for i in issues] == [
        ("invalid-input", "major", "claims/cinema-weekly-interview.yaml", {"begin": 22}),
        ("money", "major", "claims/harbor-gazette-review.yaml", {"begin": 17}),
        ("money", "major", "claims/cinema-weekly-interview.yaml", {"begin": 10}),
        ("quantity", "minor", "claims/harbor-gazette-review.yaml", {"begin": 10}),
        ("quantity", "minor", "claims/harbor-gazette-review.yaml", {"begin": 31}),
        ("accents", "info", "claims/cinema-weekly-interview.yaml", {"begin": 25}),
        ("accents", "info", "claims/harbor-gazette-review.yaml", {"begin": 24}),
        ("stale-resolution", "minor", "claims/resolutions.yaml", {"begin": 10}),
    ]  # the resolved year is left out
    assert len({i["fingerprint"] for i in issues}) == len(issues)
