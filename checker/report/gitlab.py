"""GitLab Code Quality: a JSON array of issues, for a merge request's Code Quality widget.

Each issue has ``description``, ``check_name`` (the conflict's kind, ``invalid-input`` or
``stale-resolution``), ``fingerprint``, ``severity`` and ``location`` (``path`` and
``lines.begin``). Like the GitHub annotations, an unresolved conflict is one issue at each
claim behind it (or passage of a text, for a value with no claim), so that it shows on
whichever file a merge request touched. Severities: error → ``major``, warning → ``minor``,
info → ``info``; a problem in an input file is ``major``, a stale resolution ``minor``.

Fingerprints are made from the conflict's content-based id and the claim's source and id (for
a problem: its file, claim and message without positions), never from line numbers: GitLab
compares them between the target branch and the merge request to tell new issues from old
ones, so a moved claim stays the same issue. Resolved conflicts are left out.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from checker.conflict import Severity
from checker.report import locations
from checker.result import CheckResult

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _issue(description: str, check_name: str, fingerprint: str, severity: str, path: str,
           line: int) -> dict[str, Any]:
    return {"description": description, "check_name": check_name, "fingerprint": fingerprint,
            "severity": severity, "location": {"path": path, "lines": {"begin": line}}}


def issues(result: CheckResult) -> list[dict[str, Any]]:
    conflicts, problems, stale = locations.shown(result, only_new=False)
    found = [_issue(problem.message, "invalid-input",
                    locations.problem_fingerprint(problem),
                    "major", problem.path, problem.line)
             for problem in problems]
    for conflict in conflicts:
        for place in locations.places(conflict):
            found.append(_issue(
                f"{locations.title(conflict)}: {' '.join(locations.sentences(conflict, place))}",
                conflict.kind, locations.fingerprint(conflict.id, place.key),
                SEVERITIES[conflict.severity], place.path, place.line))
    for entry in stale:
        decision = entry.decision
        found.append(_issue(f"{decision.conflict_id} matches no conflict; {entry.hint}",
                            "stale-resolution",
                            locations.fingerprint("stale-resolution", decision.conflict_id),
                            "minor", decision.path, decision.line))
    return found


def render(result: CheckResult, stream: TextIO) -> None:
    json.dump(issues(result), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
