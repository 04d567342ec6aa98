"""The result of a check: what reporters render and what decides the exit code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker.conflict import Conflict, Severity
from checker.corpus.claims import AnchoredClaim
from checker.corpus.resolutions import Decision
from checker.corpus.sources import Source
from checker.problems import Problem


def listed(labels: list[str] | tuple[str, ...]) -> str:
    """``a, b and c``: labels as a sentence lists them."""
    return ", ".join(labels[:-1]) + " and " + labels[-1] if len(labels) > 1 else labels[0]


def values_text(conflict: Conflict) -> str:
    """``$6,000,000 and $8,000,000``: the competing values, as a sentence lists them."""
    return listed([value.label for value in conflict.values])


@dataclass(frozen=True)
class StaleResolution:
    """A resolution whose conflict no longer exists: its values changed, or they agree now."""

    decision: Decision
    # conflicts on the same subject and property that exist now, with other values
    successors: tuple[Conflict, ...] = ()
    resolved_successors: frozenset[str] = frozenset()
    # the values of its conflict at the ``--base`` revision, for an entry that records none
    values_at_base: tuple[str, ...] = ()

    @property
    def changes(self) -> str:
        """What changed since the decision, when the entry records the values then in dispute
        (``resolve`` writes them) or ``--base`` knows them: ``2023 came in; 2022 went out``.
        Empty when unknown."""
        then = self.decision.resolution.values or self.values_at_base
        if not then:
            return ""
        now = [v.label for v in self.successors[0].values] if len(self.successors) == 1 else []
        came = [label for label in now if label not in then]
        went = [label for label in then if label not in now]
        parts = ([f"{listed(came)} came in"] if came else []) + \
            ([f"{listed(went)} went out" if now else f"it was between {listed(then)}"]
             if went else [])
        return "; ".join(parts)

    @property
    def hint(self) -> str:
        """What became of the conflict, so that the person can move or delete the entry."""
        changes = f" ({self.changes})" if self.changes else ""
        if not self.successors:
            return (f"no conflict on this subject and property remains{changes}; delete the "
                    "entry")
        if len(self.successors) > 1:
            listed = "; ".join(f"{c.id} ({values_text(c)})" for c in self.successors)
            return f"conflicts on the same subject and property now exist: {listed}"
        successor = self.successors[0]
        text = (f"a conflict on the same subject and property now stands between "
                f"{values_text(successor)}{changes}: {successor.id}")
        if successor.id in self.resolved_successors:
            return text + ", which has its own resolution; delete this entry"
        return text + "; if the decision still holds, move it to that id"


@dataclass(frozen=True)
class BaseComparison:
    """The check compared with the same check at a git revision (``check --base REF``)."""

    ref: str  # as the person gave it
    commit: str | None  # None: the repository has no commit yet
    conflicts_before: int
    unresolved_before: int  # unresolved error-level conflicts at the base
    problems_before: int
    new_conflicts: frozenset[str]  # ids of the conflicts the base did not have
    failing: frozenset[str]  # unresolved error-level now, not at the base: what fails
    resolved_by_change: tuple[Conflict, ...]  # unresolved errors at the base, no longer now
    new_problems: tuple[Problem, ...]
    fixed_problems: int
    stale_before: frozenset[str] = frozenset()  # ids of the resolutions stale at the base


@dataclass(frozen=True)
class CheckResult:
    sources: tuple[Source, ...]
    claims: Sequence[AnchoredClaim]  # a records.Claims: rebuilt only where looked at
    conflicts: tuple[Conflict, ...]
    decisions: dict[str, Decision] = field(default_factory=dict)  # the ones that apply
    stale: tuple[StaleResolution, ...] = ()
    problems: tuple[Problem, ...] = ()
    base: BaseComparison | None = None  # set by ``check --base``

    def decision(self, conflict: Conflict) -> Decision | None:
        return self.decisions.get(conflict.id)

    def resolved(self, conflict: Conflict) -> bool:
        return conflict.id in self.decisions

    @property
    def unresolved_errors(self) -> list[Conflict]:
        return [c for c in self.conflicts
                if c.severity is Severity.ERROR and not self.resolved(c)]

    @property
    def invalid_claims(self) -> int:
        return len({(p.path, p.claim_id) for p in self.problems if p.claim_id})

    def is_new(self, conflict: Conflict) -> bool:
        """True when the change compared with ``--base`` introduced the conflict."""
        return self.base is not None and conflict.id in self.base.new_conflicts

    def is_new_problem(self, problem: Problem) -> bool:
        return self.base is not None and problem in self.base.new_problems

    @property
    def failing_problems(self) -> list[Problem]:
        """The problems that fail the check: all of them, or with ``--base`` the new ones."""
        if self.base is None:
            return list(self.problems)
        return [p for p in self.problems if p in self.base.new_problems]

    @property
    def problem_groups(self) -> list[tuple[str, list[Problem]]]:
        """The problems under the headings reports give them: all together, or with
        ``--base`` those the change introduced apart from those already there."""
        if self.base is None:
            return [("Invalid input", list(self.problems))]
        new = self.failing_problems
        return [("Invalid input, new", new),
                ("Invalid input, already present", [p for p in self.problems if p not in new])]

    @property
    def failing_conflicts(self) -> list[Conflict]:
        """The unresolved error-level conflicts that fail the check: all of them, or with
        ``--base`` those that were not unresolved errors at the base."""
        if self.base is None:
            return self.unresolved_errors
        return [c for c in self.unresolved_errors if c.id in self.base.failing]

    @property
    def success(self) -> bool:
        """Exit code 0: every input valid and no unresolved error-level conflict (with
        ``--base``: none that the change introduced). Warnings, info findings and stale
        resolutions are reported but do not fail the check."""
        return not self.failing_problems and not self.failing_conflicts

    @property
    def stats(self) -> dict[str, int]:
        severities = Counter(c.severity.value for c in self.conflicts)
        # counted from records when there are: rebuilding every claim to count them is slow
        counted = getattr(self.claims, "statuses", None)
        statuses = counted if isinstance(counted, Counter) else \
            Counter(c.claim.status for c in self.claims)
        return {
            "sources": len(self.sources),
            "claims": len(self.claims) + self.invalid_claims,
            "valid_claims": len(self.claims),
            "invalid_claims": self.invalid_claims,
            "reviewed_claims": statuses["reviewed"],
            "draft_claims": statuses["draft"],
            "problems": len(self.problems),
            "conflicts": len(self.conflicts),
            "errors": severities["error"],
            "warnings": severities["warning"],
            "infos": severities["info"],
            "resolved": sum(1 for c in self.conflicts if self.resolved(c)),
            "unresolved_errors": len(self.unresolved_errors),
            "stale_resolutions": len(self.stale),
        }
