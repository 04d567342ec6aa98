"""Where a finding stands in the files, for the reports that CI and editors read (SARIF, GitHub
annotations, GitLab Code Quality): the claim lines of a conflict, or the passages of a source
for a value that no claim states (what the spelling audit finds in the texts).

These reports annotate lines, so every claim behind a conflict is a place of its own: a person
reviewing a change to one claim file sees the conflict on the line they touched, and the other
side of it named in the message.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from checker.conflict import Conflict
from checker.corpus.anchor import Passage
from checker.gate import identity
from checker.problems import Problem, display_path
from checker.result import CheckResult, StaleResolution


@dataclass(frozen=True)
class Place:
    """One line a finding is reported at: a claim, or a passage of a source."""

    path: str  # as displayed: relative to the working folder when inside it
    line: int
    column: int
    label: str  # the competing value stated there
    key: str  # what stays the same when lines move: the claim's source and id, or the passage
    passage: Passage | None = None  # for a place in a source's text

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def places(conflict: Conflict) -> list[Place]:
    """The claims of each competing value in turn, then its mentions in the texts."""
    found = []
    for value in conflict.values:
        for claim in value.claims:
            found.append(Place(claim.path, claim.line, claim.column, value.label,
                               f"claim:{claim.ref}"))
        for number, passage in enumerate(value.mentions):
            found.append(Place(display_path(passage.source.path), passage.line, passage.column,
                               value.label, f"mention:{passage.source.id}:{value.key}:{number}",
                               passage))
    return found


def others(conflict: Conflict, place: Place) -> str:
    """The competing values other than the one at ``place``, each with where it is stated:
    ``$3,000,000 (claims/b.yaml:2, claims/c.yaml:8)``."""
    named = []
    for value in conflict.values:
        if value.label == place.label:
            continue
        wheres = [p.where for p in places(conflict) if p.label == value.label]
        named.append(f"{value.label} ({', '.join(wheres) or 'the canonical name'})")
    return "; ".join(named)


def sentences(conflict: Conflict, place: Place) -> list[str]:
    """What a line-annotating report says at ``place``: the value stated there and the
    competing ones, why they conflict, and the conflict's id."""
    stated = "This claim states" if place.passage is None else "This passage states"
    return [f"{stated} {place.label}; against it: {others(conflict, place)}.",
            f"Why: {conflict.explanation}.",
            f"Conflict {conflict.id} ({conflict.kind}): decide it in claims/resolutions.yaml "
            f"(source-checker explain {conflict.id} says more)."]


def shown(result: CheckResult, only_new: bool) -> tuple[list[Conflict], list[Problem],
                                                        list[StaleResolution]]:
    """What an annotating report shows: unresolved conflicts, problems and stale resolutions;
    with ``only_new`` and ``--base``, only those the change introduced."""
    conflicts = [c for c in result.conflicts if not result.resolved(c)]
    problems = list(result.problems)
    stale = list(result.stale)
    if only_new and result.base is not None:
        base = result.base
        conflicts = [c for c in conflicts if result.is_new(c) or c.id in base.failing]
        problems = result.failing_problems
        stale = [s for s in stale if s.decision.conflict_id not in base.stale_before]
    return conflicts, problems, stale


def fingerprint(*parts: str) -> str:
    """A stable hex digest of ``parts``, for the reports that match findings across runs."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def problem_fingerprint(problem: Problem) -> str:
    """The same for the same problem, wherever in the file its claim now stands."""
    path, claim, message = identity(problem)
    return fingerprint("invalid-input", path, claim or "", message)


def title(conflict: Conflict) -> str:
    text = f"{conflict.subject} · {conflict.property}"
    return text + (f" ({conflict.scope})" if conflict.scope else "")
