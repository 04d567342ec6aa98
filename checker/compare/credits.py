"""Credits: who did which role on which work. Claims are grouped by work.

- A *single-holder* role (director, cinematographer, editor, composer, production and costume
  designer, line producer; see :mod:`checker.roles`) has one holder: different people credited
  with it conflict (error), unless each of them is credited as sharing it (``shared: true``,
  "co-directed with") by at least one source.
- One person credited with different roles on the same work by different sources is a
  warning: a rewording may have garbled who did what ("Coco, the costume designer", of the
  producer), or the person really wore several hats and the sources each saw one.

Consistent::

    - {subject: Drew Daniels, property: credit, quote: "cinematographer Drew Daniels",
       value: {kind: credit, role: cinematographer, work: Anora}}
    - {subject: Drew Daniels, property: credit, quote: "Anora cinematographer Drew Daniels",
       value: {kind: credit, role: cinematographer, work: Anora}}

Conflicting (error)::

    - {subject: Drew Daniels, property: credit, value: {kind: credit, role: cinematographer, work: Anora}}
    - {subject: Jane Doe, property: credit, value: {kind: credit, role: cinematographer, work: Anora}}
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from checker.compare.group import ClaimGroup
from checker.conflict import Conflict, Severity, make_conflict, values_by_key
from checker.corpus.claims import AnchoredClaim
from checker.model.values import Credit
from checker.roles import canonical_role, is_single_holder

ID = "credits"
VALUE_KINDS = frozenset({"credit"})
CARDINALITIES = frozenset({"many"})


class Options(BaseModel):
    warn_on_different_roles: bool = True


def _credit(claim: AnchoredClaim) -> Credit:
    value = claim.claim.value
    assert isinstance(value, Credit)
    return value


def group_key(claim: AnchoredClaim) -> tuple[str, str, str | None, str | None]:
    work = claim.work_entity.name if claim.work_entity else _credit(claim).work
    return work, "credit", None, None


def _holders(group: ClaimGroup) -> Iterator[Conflict]:
    by_role: dict[str, list[AnchoredClaim]] = {}
    for claim in group.claims:
        role = canonical_role(_credit(claim).role)
        if is_single_holder(role):
            by_role.setdefault(role, []).append(claim)
    for role, claims in sorted(by_role.items()):
        people = {c.subject.name for c in claims}
        shared = {c.subject.name for c in claims if _credit(c).shared}
        if len(people) < 2 or people <= shared:
            continue
        yield make_conflict(
            kind="credit", severity=Severity.ERROR, subject=group.subject, prop="credit",
            scope=role,
            values=values_by_key(claims, lambda c: c.subject.name, lambda c: c.subject.name),
            explanation=f"{role} has one holder per work, and the sources name different "
                        "people without saying the role was shared",
            details=(("rule", f"{role} is a single-holder role"),),
        )


def _roles(group: ClaimGroup) -> Iterator[Conflict]:
    by_person: dict[str, list[AnchoredClaim]] = {}
    for claim in group.claims:
        by_person.setdefault(claim.subject.name, []).append(claim)
    for person, claims in sorted(by_person.items()):
        per_source: dict[str, set[str]] = {}
        for claim in claims:
            per_source.setdefault(claim.source.id, set()).add(canonical_role(_credit(claim).role))
        if len(per_source) < 2 or len({frozenset(r) for r in per_source.values()}) == 1:
            continue
        yield make_conflict(
            kind="credit-roles", severity=Severity.WARNING, subject=person, prop="credit",
            scope=group.subject,
            values=values_by_key(claims, lambda c: canonical_role(_credit(c).role),
                                 lambda c: canonical_role(_credit(c).role)),
            explanation=f"the sources credit {person} with different roles on {group.subject}",
            details=(("rule", "one person, one work, different roles in different sources"),),
        )


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    yield from _holders(group)
    if options.warn_on_different_roles:
        yield from _roles(group)
