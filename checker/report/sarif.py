"""SARIF 2.1.0, for GitHub code scanning and the editors and viewers that read it.

- one rule per kind of conflict found (``money``, ``date``, ``spelling``, ...), plus
  ``invalid-input`` for a problem in an input file and ``stale-resolution``;
- one result per conflict, at the line of its first claim in ``claims/…yaml`` (or at the
  passage of the source, for a value stated in a text with no claim behind it); every other
  claim and passage, the other side of the conflict, is a related location whose message
  names the value stated there;
- levels: error, warning, and ``note`` for info findings;
- ``fingerprints`` hold the conflict's content-based id, so a result stays the same result when
  lines move; a problem's fingerprint is made from its file, claim and message without
  positions;
- a resolved conflict carries a ``suppressions`` entry (kind ``external``: the decision is in
  ``claims/resolutions.yaml``) with the verdict and reason as its justification;
- with ``check --base``, every result has ``baselineState``: ``new`` or ``unchanged``.

Paths are relative to the folder the check ran in, the ``%SRCROOT%`` base (in CI, the
repository's root, which is where GitHub resolves them); a path outside it is a ``file:`` URI.
Columns count characters (``columnKind: unicodeCodePoints``).
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from checker import __version__
from checker.conflict import Conflict, Severity
from checker.report import locations
from checker.result import CheckResult, StaleResolution, values_text

SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
          "sarif-schema-2.1.0.json")
ROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# what each kind of conflict means, for the rule's description; a kind not listed (a new
# comparator's) is described by its name
RULES = {
    "money": "Sources give different figures for the same amount of money.",
    "rounding": "One figure is a rounded form of another.",
    "date": "Sources give different dates or years for the same event.",
    "quantity": "Sources give different ages, durations, counts or lengths.",
    "place": "Sources put the same thing in different places.",
    "credit": "Different people are credited with a role one person holds.",
    "credit-roles": "Sources credit one person with different roles.",
    "cast": "Different actors are credited with the same character.",
    "spelling": "A name is spelled differently, and no alias declares the spellings equal.",
    "accents": "Spellings of a name differ only by accents.",
    "name-form": "A source uses a form of a name that is neither an alias nor close to one.",
    "fact": "Sources give different answers to a single-answer question.",
    "invalid-input": "A problem in an input file: the claim or file is left out of the check.",
    "stale-resolution": "A resolution that matches no conflict any more; re-decide it.",
}


def uri(path: str) -> dict[str, str]:
    """An artifact location: relative to %SRCROOT% when the path is, else a file URI."""
    if PurePath(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(PurePath(path).as_posix()), "uriBaseId": ROOT}


def _region(line: int, column: int, place: locations.Place | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": line, "startColumn": column}
    if place is not None and place.passage is not None:
        passage = place.passage
        end_line, end_column = passage.source.lines.position(passage.end)
        region.update(endLine=end_line, endColumn=end_column,
                      snippet={"text": passage.text})
    return region


def _location(path: str, line: int, column: int, message: str,
              place: locations.Place | None = None) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": uri(path),
                                 "region": _region(line, column, place)},
            "message": {"text": message}}


def _stated(place: locations.Place) -> str:
    return f"{place.label} ({'claim' if place.passage is None else 'in the text, no claim'})"


def _conflict(conflict: Conflict, result: CheckResult) -> dict[str, Any]:
    first, *rest = locations.places(conflict)
    related = [{"id": number, **_location(p.path, p.line, p.column, _stated(p), p)}
               for number, p in enumerate(rest, start=1)]
    found: dict[str, Any] = {
        "ruleId": conflict.kind,
        "level": LEVELS[conflict.severity],
        "message": {"text": f"{locations.title(conflict)}: {values_text(conflict)}. "
                            f"{conflict.explanation} (conflict {conflict.id})."},
        "locations": [_location(first.path, first.line, first.column, _stated(first), first)],
        "fingerprints": {"conflictId/v1": conflict.id},
        "properties": {"conflictId": conflict.id, "subject": conflict.subject,
                       "property": conflict.property, "scope": conflict.scope,
                       "values": [v.label for v in conflict.values]},
    }
    if related:
        found["relatedLocations"] = related
    decision = result.decision(conflict)
    if decision is not None:
        found["suppressions"] = [{
            "kind": "external", "status": "accepted",
            "justification": f"{decision.resolution.verdict}: {decision.resolution.reason}",
            "location": _location(decision.path, decision.line, decision.column,
                                  "the resolution")}]
    if result.base is not None:
        found["baselineState"] = "new" if result.is_new(conflict) else "unchanged"
    return found


def _problem(result: CheckResult, number: int) -> dict[str, Any]:
    problem = result.problems[number]
    found: dict[str, Any] = {
        "ruleId": "invalid-input", "level": "error", "message": {"text": problem.message},
        "locations": [_location(problem.path, problem.line, problem.column, "here")],
        "fingerprints": {"problem/v1": locations.problem_fingerprint(problem)},
    }
    if result.base is not None:
        found["baselineState"] = "new" if result.is_new_problem(problem) else "unchanged"
    return found


def _stale(entry: StaleResolution, result: CheckResult) -> dict[str, Any]:
    decision = entry.decision
    found: dict[str, Any] = {
        "ruleId": "stale-resolution", "level": "warning",
        "message": {"text": f"{decision.conflict_id} matches no conflict; {entry.hint}"},
        "locations": [_location(decision.path, decision.line, decision.column, "here")],
        "fingerprints": {"staleResolution/v1": decision.conflict_id},
    }
    if result.base is not None:
        found["baselineState"] = "unchanged" if decision.conflict_id in \
            result.base.stale_before else "new"
    return found


def document(result: CheckResult) -> dict[str, Any]:
    """The SARIF log of ``result``."""
    findings = [_problem(result, n) for n in range(len(result.problems))]
    findings += [_conflict(c, result) for c in result.conflicts]
    findings += [_stale(s, result) for s in result.stale]
    kinds = sorted({f["ruleId"] for f in findings})
    for found in findings:
        found["ruleIndex"] = kinds.index(found["ruleId"])
    rules = [{"id": kind, "name": "".join(w.capitalize() for w in kind.split("-")),
              "shortDescription": {"text": RULES.get(kind, f"Conflicting claims: {kind}.")}}
             for kind in kinds]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "source-checker", "version": __version__,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": True, "exitCode": 0 if result.success else 1}],
            "results": [{key: f[key] for key in sorted(f, key=_ORDER.index)} for f in findings],
        }],
    }


# the order a person reads a result in
_ORDER = ["ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations",
          "fingerprints", "suppressions", "baselineState", "properties"]


def render(result: CheckResult, stream: TextIO) -> None:
    json.dump(document(result), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
