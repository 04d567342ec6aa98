"""Places: birthplaces, hometowns, where a building or a scene is.

Places are resolved through ``entities.yaml`` (so "L.A." and "Los Angeles" are one place when
declared as aliases). Two places agree when they are the same, or when one lies in the other:
by the ``part_of`` chain of the entities (Mill Basin is part of Brooklyn), or in the writing
itself ("Summit, New Jersey" lies in "New Jersey"). Otherwise they conflict.

Consistent::

    - {subject: Sean Baker, property: birthplace, value: {kind: place, place: "Summit, New Jersey"}}
    - {subject: Sean Baker, property: birthplace, value: {kind: place, place: New Jersey}}

Conflicting (error)::

    - {subject: Ivan's mansion, property: location, value: {kind: place, place: Mill Basin}}
    - {subject: Ivan's mansion, property: location, value: {kind: place, place: Sheepshead Bay}}
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from checker.compare.group import ClaimGroup, default_key
from checker.conflict import CompetingValue, Conflict, Severity, make_conflict
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.model.values import Place
from checker.parse.names import name_key

ID = "places"
VALUE_KINDS = frozenset({"place"})
CARDINALITIES = frozenset({"single"})
group_key = default_key


class Options(BaseModel):
    pass


def _place(claim: AnchoredClaim) -> str:
    value = claim.claim.value
    assert isinstance(value, Place)
    return value.place


def canonical(place: str, entities: EntityIndex) -> str:
    entity = entities.resolve(place, ["place"])
    return entity.name if entity else place


def within(inner: str, outer: str, entities: EntityIndex) -> bool:
    """True when ``inner`` is ``outer`` or lies in it."""
    if name_key(inner) == name_key(outer):
        return True
    inner_entity = entities.resolve(inner, ["place"])
    outer_entity = entities.resolve(outer, ["place"])
    if inner_entity and outer_entity and entities.within(inner_entity, outer_entity):
        return True
    inner_parts = [name_key(p) for p in inner.split(",")]
    outer_parts = [name_key(p) for p in outer.split(",")]
    return len(outer_parts) < len(inner_parts) and inner_parts[-len(outer_parts):] == outer_parts


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    entities = group.entities
    places = {canonical(_place(c), entities) for c in group.claims}
    agree = all(within(a, b, entities) or within(b, a, entities) for a in places for b in places)
    if agree:
        return
    # the most precise places head the competing values; a broader place joins the one
    # place it contains, and is left out when it contains several
    heads = sorted(p for p in places if not any(p != q and within(q, p, entities) for q in places))
    members: dict[str, list[AnchoredClaim]] = {h: [] for h in heads}
    for claim in group.claims:
        place = canonical(_place(claim), entities)
        holders = [h for h in heads if within(h, place, entities)]
        if len(holders) == 1:
            members[holders[0]].append(claim)
    values = [CompetingValue(label=h, key=name_key(h), claims=tuple(members[h])) for h in heads]
    yield make_conflict(
        kind="place", severity=Severity.ERROR, subject=group.subject, prop=group.property,
        scope=group.scope, values=values,
        explanation=f"the sources put the {group.property.replace('_', ' ')} in different "
                    "places, neither of which lies in the other",
        details=(("rule", "places agree when equal or one lies in the other (part_of, "
                  "'Town, State')"),),
    )
