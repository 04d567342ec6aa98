"""A group of claims that answer the same question, handed to one comparator."""

from __future__ import annotations

from dataclasses import dataclass

from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex

GroupKey = tuple[str, str, str | None, str | None]  # subject, property, scope, as_of


@dataclass(frozen=True)
class ClaimGroup:
    subject: str
    property: str
    scope: str | None
    claims: tuple[AnchoredClaim, ...]
    entities: EntityIndex


def scope_key(scope: str | None) -> str | None:
    return " ".join(scope.lower().split()) if scope else None


def default_key(claim: AnchoredClaim) -> GroupKey:
    """Same subject, property, scope and as-of date: the same question."""
    return (claim.subject.name, claim.claim.property, scope_key(claim.claim.scope),
            claim.claim.as_of)
