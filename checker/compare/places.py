"""Places: birthplaces, hometowns, where a building or a scene is.

Each place is read as a path from itself outward. A place declared in ``entities.yaml`` (by
its name or an alias: "L.A." is Los Angeles) brings its ``part_of`` chain: Greenpoint,
Brooklyn, New York City. A place written with commas names its own path: "Summit, New
Jersey" is Summit, in New Jersey; a piece that is a declared place brings its chain too,
unless the writing says otherwise ("Paris, Texas" is not the declared Paris in France).

Two places agree when one lies in the other: when the outer one's path runs, in order,
within the inner one's ("New Jersey" within "Summit, New Jersey"; "Montclair, New Jersey"
within a Montclair declared ``part_of: New Jersey``, and the other way round). Otherwise they
conflict (error). The most precise places compete; a broader place that contains just one
of them is counted with it, one that contains several is left out.

Consistent::

    - {subject: Celeste Amari, property: birthplace,
       value: {kind: place, place: "Summit, New Jersey"}}
    - {subject: Celeste Amari, property: birthplace, value: {kind: place, place: New Jersey}}

Conflicting (error)::

    - {subject: Danny Okonkwo, property: hometown, value: {kind: place, place: Astoria}}
    - {subject: Danny Okonkwo, property: hometown, value: {kind: place, place: Bay Ridge}}
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from checker.compare.group import ClaimGroup, default_key
from checker.conflict import CompetingValue, Conflict, Severity, make_conflict
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.model.entities import Entity
from checker.model.values import Place
from checker.parse.names import name_key

ID = "places"
VALUE_KINDS = frozenset({"place"})
CARDINALITIES = frozenset({"single"})
group_key = default_key


class Options(BaseModel):
    pass


@dataclass(frozen=True)
class Located:
    label: str  # canonical: the entity's name, or the pieces as written, aliases resolved
    path: tuple[str, ...]  # name keys from the place outward

    @property
    def key(self) -> str:
        return name_key(self.label)


def _place(claim: AnchoredClaim) -> str:
    value = claim.claim.value
    assert isinstance(value, Place)
    return value.place


def _chain(entity: Entity, entities: EntityIndex) -> list[str]:
    keys: list[str] = []
    current: Entity | None = entity
    while current is not None and name_key(current.name) not in keys:
        keys.append(name_key(current.name))
        current = entities.resolve(current.part_of, ["place"]) if current.part_of else None
    return keys


def locate(place: str, entities: EntityIndex) -> Located:
    entity = entities.resolve(place, ["place"])
    if entity is not None:
        return Located(entity.name, tuple(_chain(entity, entities)))
    pieces = [p.strip() for p in place.split(",") if p.strip()]
    resolved = [entities.resolve(p, ["place"]) for p in pieces]
    names = [e.name if e else p for p, e in zip(pieces, resolved, strict=True)]
    path: list[str] = []
    for index, (name, piece_entity) in enumerate(zip(names, resolved, strict=True)):
        if name_key(name) in path:
            continue
        chain = _chain(piece_entity, entities) if piece_entity else [name_key(name)]
        following = name_key(names[index + 1]) if index + 1 < len(names) else None
        # the declared chain counts unless the next piece written contradicts it
        if following is None or len(chain) == 1 or following in chain:
            path.extend(k for k in chain if k not in path)
        else:
            path.append(name_key(name))
    return Located(", ".join(names), tuple(path))


def within(inner: Located, outer: Located) -> bool:
    """True when ``inner`` is ``outer`` or lies in it: ``outer``'s path runs within
    ``inner``'s, in order."""
    if outer.path[0] not in inner.path:
        return False
    rest = iter(inner.path[inner.path.index(outer.path[0]):])
    return all(key in rest for key in outer.path)


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    located = {c: locate(_place(c), group.entities) for c in group.claims}
    places = sorted(set(located.values()), key=lambda p: p.key)
    if all(within(a, b) or within(b, a) for a in places for b in places):
        return
    # the most precise places head the competing values; places within each other are
    # one place, named by the writing with the longest path
    heads: list[Located] = []
    for place in sorted(places, key=lambda p: (-len(p.path), p.key)):
        strictly_inside = any(within(q, place) and not within(place, q) for q in places)
        if not strictly_inside and not any(within(h, place) for h in heads):
            heads.append(place)
    members: dict[Located, list[AnchoredClaim]] = {h: [] for h in heads}
    for claim in group.claims:
        holders = [h for h in heads if within(h, located[claim])]
        if len(holders) == 1:
            members[holders[0]].append(claim)
    values = [CompetingValue(label=h.label, key=h.key, claims=tuple(members[h])) for h in heads]
    yield make_conflict(
        kind="place", severity=Severity.ERROR, subject=group.subject, prop=group.property,
        scope=group.scope, values=values,
        explanation=f"the sources put the {group.property.replace('_', ' ')} in different "
                    "places, neither of which lies in the other",
        details=(("rule", "places agree when one lies in the other (part_of chains, "
                  "'Town, State')"),),
    )
