"""Credits: who did which role on which work. Claims are grouped by work.

Roles are compared by their canonical name (:mod:`checker.roles`): "director of
photography" and "DP" are the cinematographer.

- A *single-holder* role (director, cinematographer, editor, composer, production and costume
  designer, line producer) has one holder: different people credited with it conflict
  (error), unless each of them is credited as sharing it (``shared: true``, "co-directed
  with") by at least one source.
- One person credited with two roles on one work that no source names together is a warning:
  a rewording may have garbled who did what ("the costume designer" for the producer), or
  the person really wore several hats and each source saw one. A source that names more of
  a person's roles than another ("writer-director" and "directed by") is not a finding, nor
  is one source listing several roles.

Consistent::

    - {subject: Ilse Brandt, property: credit, quote: "cinematographer Ilse Brandt",
       value: {kind: credit, role: cinematographer, work: Undertow}}
    - {subject: Ilse Brandt, property: credit, quote: "Ilse Brandt shot Undertow",
       value: {kind: credit, role: cinematographer, work: Undertow}}

Conflicting (error)::

    - {subject: Mark Ellison, property: credit, quote: "edited by Mark Ellison",
       value: {kind: credit, role: editor, work: Slow Burn}}
    - {subject: Ruth Asante, property: credit, quote: "editor Ruth Asante",
       value: {kind: credit, role: editor, work: Slow Burn}}
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


def _role(claim: AnchoredClaim) -> str:
    return canonical_role(_credit(claim).role)


def group_key(claim: AnchoredClaim) -> tuple[str, str, str | None, str | None]:
    work = claim.work_entity.name if claim.work_entity else _credit(claim).work
    return work, "credit", None, None


def _holders(group: ClaimGroup) -> Iterator[Conflict]:
    by_role: dict[str, list[AnchoredClaim]] = {}
    for claim in group.claims:
        role = _role(claim)
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
            per_source.setdefault(claim.source.id, set()).add(_role(claim))
        roles = sorted(set().union(*per_source.values()))
        # two roles some source names together are two hats, not a garbled credit
        if all(any({first, second} <= named for named in per_source.values())
               for i, first in enumerate(roles) for second in roles[i + 1:]):
            continue
        yield make_conflict(
            kind="credit-roles", severity=Severity.WARNING, subject=person, prop="credit",
            scope=group.subject,
            values=values_by_key(claims, _role, _role),
            explanation=f"the sources credit {person} with different roles on {group.subject}, "
                        "and no source names all of them together",
            details=(("rule", "one person, one work, roles no single source names together"),),
        )


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    yield from _holders(group)
    if options.warn_on_different_roles:
        yield from _roles(group)
