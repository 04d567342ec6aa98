"""Dates and years: release and premiere dates, years of works, dates of events.

Two dates agree when one is a coarser form of the other: ``2024`` and ``2024-10-18`` agree,
``2024-10-18`` and ``2024-10-19`` do not. An ``approximate`` year ("around 2021") also agrees
with the years next to it. When several precise dates disagree, a coarse one that agrees with
exactly one of them is counted with it; one that agrees with several is left out.

Consistent::

    - {subject: Paper Lanterns, property: release_date, quote: "on October 4, 2019",
       value: {kind: date, date: 2019-10-04}}
    - {subject: Paper Lanterns, property: release_date, quote: "in October 2019",
       value: {kind: date, date: 2019-10}}

Conflicting (error)::

    - {subject: Low Tide, property: year, value: {kind: year, year: 2016},
       quote: "made 2016’s Low Tide"}
    - {subject: Low Tide, property: year, value: {kind: year, year: 2017},
       quote: "Low Tide (2017)"}
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, Field

from checker.compare.group import ClaimGroup, scope_key
from checker.conflict import CompetingValue, Conflict, Severity, make_conflict
from checker.corpus.claims import AnchoredClaim
from checker.model.dates import PartialDate
from checker.model.values import Date, Year

ID = "dates"
VALUE_KINDS = frozenset({"date", "year"})
CARDINALITIES = frozenset({"single"})


class Options(BaseModel):
    approximate_years: int = Field(default=1, ge=0, description="how far 'around' a year reaches")


def group_key(claim: AnchoredClaim) -> tuple[str, str, str | None, str | None]:
    # an as-of date means nothing for a date; it must not split the group
    return claim.subject.name, claim.claim.property, scope_key(claim.claim.scope), None


def date_of(claim: AnchoredClaim) -> PartialDate:
    value = claim.claim.value
    if isinstance(value, Year):
        return PartialDate(value.year)
    assert isinstance(value, Date)
    parsed = PartialDate.parse(value.date)
    assert parsed is not None
    return parsed


def _agree(a: AnchoredClaim, b: AnchoredClaim, options: Options) -> bool:
    first, second = date_of(a), date_of(b)
    if first.compatible(second):
        return True
    if a.claim.approximate or b.claim.approximate:
        return abs(first.year - second.year) <= options.approximate_years
    return False


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    claims = group.claims
    if all(_agree(a, b, options) for i, a in enumerate(claims) for b in claims[i + 1:]):
        return
    dates = {date_of(c) for c in claims}
    # the finest dates no other date refines; each heads one competing value
    heads = sorted(d for d in dates if not any(d != e and d.covers(e) for e in dates))
    members: dict[PartialDate, list[AnchoredClaim]] = {h: [] for h in heads}
    for claim in claims:
        covering = [h for h in heads if date_of(claim).covers(h)]
        if len(covering) == 1:
            members[covering[0]].append(claim)
    values = [CompetingValue(label=str(h), key=str(h), claims=tuple(members[h])) for h in heads]
    yield make_conflict(
        kind="date", severity=Severity.ERROR, subject=group.subject, prop=group.property,
        scope=group.scope, values=values,
        explanation=f"the sources give different {group.property.replace('_', ' ')}s, and "
                    "neither is a coarser form of the other",
        details=(("rule", "dates agree when one is a coarser form of the other"),),
    )
