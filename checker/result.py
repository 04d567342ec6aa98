"""The result of a check: what reporters render and what decides the exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from checker.conflict import Conflict, Severity
from checker.corpus.claims import AnchoredClaim
from checker.corpus.resolutions import Decision
from checker.corpus.sources import Source
from checker.problems import Problem


@dataclass(frozen=True)
class StaleResolution:
    decision: Decision
    hint: str  # what became of the conflict, when it can be told


@dataclass(frozen=True)
class CheckResult:
    sources: tuple[Source, ...]
    claims: tuple[AnchoredClaim, ...]
    conflicts: tuple[Conflict, ...]
    decisions: dict[str, Decision] = field(default_factory=dict)  # the ones that apply
    stale: tuple[StaleResolution, ...] = ()
    problems: tuple[Problem, ...] = ()

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

    @property
    def success(self) -> bool:
        return not self.problems and not self.unresolved_errors

    @property
    def stats(self) -> dict[str, int]:
        severities = Counter(c.severity.value for c in self.conflicts)
        statuses = Counter(c.claim.status for c in self.claims)
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
