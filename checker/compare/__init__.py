"""The comparators, one module per kind of comparison, each with the same small surface:

- ``ID``: its name; ``VALUE_KINDS`` and ``CARDINALITIES``: the claims it takes;
- ``Options``: a pydantic model of its settings, with defaults;
- ``group_key(claim)``: which question a claim answers (claims with equal keys are compared);
- ``compare(group, options)``: the conflicts within one group;

and, where the comparator needs them, ``context(claim)`` (what else besides the claim its
verdict reads), ``LONE_STATEMENTS_CONFLICT`` (a group stating one thing may still conflict)
and ``quiet(claim, entities)`` (this claim alone raises nothing).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel

from checker.compare import cast, credits, dates, facts, money, names, places, quantities
from checker.compare.group import ClaimGroup, GroupKey
from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex

if TYPE_CHECKING:
    from checker.corpus.records import Claims
from checker.vocabulary import PROPERTIES

_GROUP = attrgetter("group")
_STATEMENT = attrgetter("statement")
_QUIET = attrgetter("quiet")


class Comparator(Protocol):
    ID: str
    VALUE_KINDS: frozenset[str]
    CARDINALITIES: frozenset[str]

    @property
    def Options(self) -> type[BaseModel]: ...

    def group_key(self, claim: AnchoredClaim) -> GroupKey: ...

    def compare(self, group: ClaimGroup, options: BaseModel) -> Iterator[Conflict]: ...


_MODULES: tuple[ModuleType, ...] = (money, dates, quantities, places, credits, cast, names, facts)
COMPARATORS: dict[str, ModuleType] = {module.ID: module for module in _MODULES}


def get(comparator_id: str) -> ModuleType:
    try:
        return COMPARATORS[comparator_id]
    except KeyError:
        known = ", ".join(sorted(COMPARATORS))
        raise KeyError(f"unknown comparator {comparator_id!r}; known: {known}") from None


def comparator_for(claim: AnchoredClaim) -> ModuleType | None:
    prop = PROPERTIES[claim.claim.property]
    for module in _MODULES:
        if prop.kind in module.VALUE_KINDS and prop.cardinality in module.CARDINALITIES:
            return module
    return None


def _group(module_id: str, key: GroupKey, members: Sequence[AnchoredClaim],
           entities: EntityIndex) -> ClaimGroup:
    subject, prop, _, _ = key
    # one spelling whatever the order of the claims ("Cannes", "cannes"): it names the
    # conflict, and so is part of its id
    scope = min((c.claim.scope for c in members if c.claim.scope), default=None)
    return ClaimGroup(subject=subject, property=prop, scope=scope, claims=tuple(members),
                      entities=entities)


def groups(claims: Iterable[AnchoredClaim], entities: EntityIndex
           ) -> Iterator[tuple[ModuleType, ClaimGroup]]:
    """The claims, grouped by the question they answer, with the comparator for each group."""
    grouped: dict[tuple[str, GroupKey], list[AnchoredClaim]] = {}
    for claim in claims:
        module = comparator_for(claim)
        if module is not None:
            grouped.setdefault((module.ID, module.group_key(claim)), []).append(claim)
    for (module_id, key), members in grouped.items():
        yield COMPARATORS[module_id], _group(module_id, key, members, entities)


def compare_claims(claims: Iterable[AnchoredClaim], entities: EntityIndex,
                   options: Mapping[str, BaseModel] | None = None) -> list[Conflict]:
    """Every conflict among ``claims``, most severe first."""
    options = options or {}
    conflicts = []
    for module, group in groups(claims, entities):
        conflicts.extend(module.compare(group, options.get(module.ID) or module.Options()))
    return sorted(conflicts, key=lambda c: c.sort_key)


def compare_records(claims: Claims, entities: EntityIndex,
                    options: Mapping[str, BaseModel] | None = None) -> list[Conflict]:
    """The same as :func:`compare_claims`, from records: a group whose claims all state the
    same thing cannot hold a conflict and is never rebuilt, unless one of them is not
    ``quiet`` (see :func:`checker.corpus.records.record`)."""
    options = options or {}
    records = claims.records
    # Which groups need comparing is worked out a column at a time, in C (zip, set,
    # Counter), not claim by claim: a check of a large corpus groups every claim, on every
    # run, and compares few of the groups.
    keys = list(map(_GROUP, records))
    said = Counter(key for key, _ in set(zip(keys, map(_STATEMENT, records), strict=True)))
    wanted = {key for key, count in said.items() if count > 1}
    wanted.update(key for key, quiet in zip(keys, map(_QUIET, records), strict=True) if not quiet)
    wanted.discard(None)
    grouped: dict[str, list[int]] = {}
    for index, group_json in enumerate(keys):
        if group_json in wanted:
            grouped.setdefault(group_json, []).append(index)
    conflicts = []
    for group_json, members in grouped.items():
        module_id, *parts = json.loads(group_json)
        module = COMPARATORS[module_id]
        key: GroupKey = (parts[0], parts[1], parts[2], parts[3])
        group = _group(module_id, key, [claims.build(i) for i in members], entities)
        conflicts.extend(module.compare(group, options.get(module_id) or module.Options()))
    return sorted(conflicts, key=lambda c: c.sort_key)
