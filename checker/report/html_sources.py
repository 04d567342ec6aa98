"""The HTML report's table of sources: how many of each source's claims are disputed, and how
many another source confirms.

The counts come from the result as it stands; nothing is compared again:

- *in unresolved conflicts*: claims behind a competing value of a conflict with no resolution;
- *in resolved conflicts only*: claims behind competing values of resolved conflicts, and of
  no unresolved one;
- *agreeing*: claims for which another source has a claim on the same question (subject,
  property, scope and as-of date, as the check groups them) stating the same value: equal
  after case, spacing and aliases of the work are set aside. Values a comparator merely
  finds compatible (2024 and 2024-10-18, a place inside another) are not counted, because
  the result does not record agreement, only disagreement.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checker.compare.group import default_key
from checker.corpus.claims import AnchoredClaim
from checker.corpus.sources import Source
from checker.result import CheckResult


@dataclass(frozen=True)
class SourceRow:
    source: Source
    claims: int
    unresolved: int
    resolved: int
    agreeing: int


def _plain(data: Any) -> Any:
    """``data`` with every string folded to lower case and single spaces."""
    if isinstance(data, str):
        return " ".join(data.casefold().split())
    if isinstance(data, dict):
        return {key: _plain(value) for key, value in data.items()}
    return data


def _question_and_value(claim: AnchoredClaim) -> str:
    value = claim.claim.value.model_dump(mode="json")
    if claim.work_entity is not None and "work" in value:
        value["work"] = claim.work_entity.name  # an alias of the work is the same work
    return json.dumps([default_key(claim), _plain(value)], sort_keys=True)


def _agreeing(claims: Iterable[AnchoredClaim]) -> set[str]:
    """The refs of claims whose value another source states on the same question."""
    sources_by_statement: dict[str, set[str]] = defaultdict(set)
    keyed = [(claim, _question_and_value(claim)) for claim in claims]
    for claim, statement in keyed:
        sources_by_statement[statement].add(claim.source.id)
    return {claim.ref for claim, statement in keyed if len(sources_by_statement[statement]) > 1}


def source_rows(result: CheckResult) -> list[SourceRow]:
    """One row per source, in the result's order."""
    unresolved: set[str] = set()
    resolved: set[str] = set()
    for conflict in result.conflicts:
        involved = {claim.ref for claim in conflict.claims}
        (resolved if result.resolved(conflict) else unresolved).update(involved)
    agreeing = _agreeing(result.claims)
    refs_by_source: dict[str, list[str]] = defaultdict(list)
    for claim in result.claims:
        refs_by_source[claim.source.id].append(claim.ref)
    rows = []
    for source in result.sources:
        refs = refs_by_source[source.id]
        rows.append(SourceRow(
            source=source,
            claims=len(refs),
            unresolved=sum(1 for ref in refs if ref in unresolved),
            resolved=sum(1 for ref in refs if ref in resolved and ref not in unresolved),
            agreeing=sum(1 for ref in refs if ref in agreeing),
        ))
    return rows
