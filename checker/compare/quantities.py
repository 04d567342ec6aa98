"""Quantities: ages, durations, runtimes, counts, lengths, sizes.

Figures are converted to their dimension's base unit ("half an hour" and "30 minutes" agree)
and compared as ranges, like money: exact, ±10 % when ``approximate``, open-ended for bounds,
``amount``–``to`` for a stated range ("28 to 30 pages"). Different dimensions are never
compared. Ages of real people move with time: an age is turned into a range of birth years
using the claim's ``as_of`` date, or else its source's publication date, so "23" in 2024 and
"24" in 2025 agree; an age with neither is compared only with other such ages. Characters'
ages do not move, and neither does an age at a scoped event without ``as_of`` ("about 30
when he began shooting weddings").

Consistent::

    - {subject: lighthouse sequence, property: duration, quote: "runs for half an hour",
       value: {kind: quantity, amount: 0.5, unit: hours}}
    - {subject: lighthouse sequence, property: duration, quote: "its 30-minute single take",
       value: {kind: quantity, amount: 30, unit: minutes}}

Conflicting (error)::

    - {subject: Ember Country, property: runtime, quote: "Ember Country (USA, 112 min.)",
       value: {kind: quantity, amount: 112, unit: minutes}}
    - {subject: Ember Country, property: runtime, quote: "Ember Country runs 124 minutes",
       value: {kind: quantity, amount: 124, unit: minutes}}
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from pydantic import BaseModel, Field

from checker.compare.group import ClaimGroup, scope_key
from checker.conflict import Conflict, Severity, make_conflict, values_by_key
from checker.corpus.claims import AnchoredClaim
from checker.model.dates import PartialDate
from checker.model.values import Quantity
from checker.units import UNITS

ID = "quantities"
VALUE_KINDS = frozenset({"quantity"})
CARDINALITIES = frozenset({"single"})


class Options(BaseModel):
    approximate: float = Field(default=0.10, ge=0, description="how far 'about' reaches")


def group_key(claim: AnchoredClaim) -> tuple[str, str, str | None, str | None]:
    as_of = None if claim.claim.property == "age" else claim.claim.as_of
    return claim.subject.name, claim.claim.property, scope_key(claim.claim.scope), as_of


def _quantity(claim: AnchoredClaim) -> Quantity:
    value = claim.claim.value
    assert isinstance(value, Quantity)
    return value


def _number(amount: float) -> str:
    return f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}".rstrip("0")


def label(claim: AnchoredClaim) -> str:
    value = _quantity(claim)
    amount = _number(value.amount) + (f"–{_number(value.to)}" if value.to is not None else "")
    unit = "" if value.unit == "count" else f" {value.unit}"
    if claim.claim.property == "age" and _age_year(claim) is not None:
        unit += f" (in {_age_year(claim)})"
    return amount + unit


def context(claim: AnchoredClaim) -> str:
    """What this comparator reads besides the claim: an age's year, which may come from its
    source's publication date. Claims equal in everything but this may still disagree."""
    year = _age_year(claim) if claim.claim.property == "age" else None
    return str(year) if year is not None else ""


def _age_year(claim: AnchoredClaim) -> int | None:
    # A character's age is fixed in its story; an age at a scoped event ("when he began
    # shooting weddings") is an age at that event, not at the publication date.
    if claim.subject.kind == "character" or (claim.claim.scope and not claim.claim.as_of):
        return None
    when = claim.claim.as_of or claim.source.meta.published
    parsed = PartialDate.parse(when) if when else None
    return parsed.year if parsed else None


def interval(claim: AnchoredClaim, options: Options) -> tuple[float, float]:
    value = _quantity(claim)
    factor = UNITS[value.unit].factor
    low, high = value.amount * factor, (value.to if value.to is not None else value.amount) * factor
    if claim.claim.bound == "lower":
        high = math.inf
    elif claim.claim.bound == "upper":
        low = 0.0
    elif claim.claim.approximate:
        low, high = low * (1 - options.approximate), high * (1 + options.approximate)
    return low, high


def _birth_years(claim: AnchoredClaim, options: Options, year: int) -> tuple[float, float]:
    low, high = interval(claim, options)
    years = UNITS["years"].factor
    # someone aged N during year Y was born in Y-N-1 or Y-N
    return year - high / years - 1, year - low / years


def _disagree(ranges: list[tuple[float, float]]) -> bool:
    return max(r[0] for r in ranges) > min(r[1] for r in ranges) + 1e-9


def _comparable(claims: list[AnchoredClaim], options: Options
                ) -> Iterator[tuple[list[AnchoredClaim], list[tuple[float, float]], str]]:
    """The sets of claims to compare, with their ranges and the rule that made them. An age
    with a year becomes a range of birth years; an age with none can only be compared with
    other ages with none."""
    dated = [(c, _age_year(c)) for c in claims]
    if claims[0].claim.property == "age" and any(y is not None for _, y in dated):
        births = [(c, y) for c, y in dated if y is not None]
        yield ([c for c, _ in births], [_birth_years(c, options, y) for c, y in births],
               "ages become birth-year ranges by their as-of or publication year")
        claims = [c for c, y in dated if y is None]
    if claims:
        yield (claims, [interval(c, options) for c in claims],
               f"ranges: exact, ±{options.approximate:.0%} when approximate, open for bounds")


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    by_dimension: dict[str, list[AnchoredClaim]] = {}
    for claim in group.claims:
        by_dimension.setdefault(UNITS[_quantity(claim).unit].dimension, []).append(claim)
    for same_dimension in by_dimension.values():
        for claims, ranges, rule in _comparable(same_dimension, options):
            if not _disagree(ranges):
                continue
            yield make_conflict(
                kind="quantity", severity=Severity.ERROR, subject=group.subject,
                prop=group.property, scope=group.scope,
                values=values_by_key(claims, label, label),
                explanation=f"the sources give {group.property.replace('_', ' ')} figures "
                            "that no hedge in the quotes reconciles",
                details=(("rule", rule),),
            )
