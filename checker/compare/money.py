"""Money: budgets, grosses, fees, prices, net worths.

Each claim stands for a range: the figure itself, or ±10 % when it is ``approximate``
("around $3.5 million"), or everything above (``bound: lower``, "more than") or below
(``bound: upper``, "under") it. Claims agree when their ranges share a point. Figures that
differ only by rounding ("a million" and "$1.1 million": the rounder figure is the other one
rounded to its precision) are an ``info`` finding; other differences are errors. Figures in
different currencies are not converted, and not compared.

Consistent::

    - {subject: Anora, property: budget, quote: "which was six million",
       value: {kind: money, amount: 6000000, currency: USD}}
    - {subject: Anora, property: budget, quote: "on a $6 million budget",
       value: {kind: money, amount: 6000000, currency: USD}}

Conflicting (error)::

    - {subject: Anora, property: budget, quote: "a $6 million budget", value: {..., amount: 6000000}}
    - {subject: Anora, property: budget, quote: "its $8 million budget", value: {..., amount: 8000000}}
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, Field

from checker.compare.group import ClaimGroup, default_key
from checker.conflict import Conflict, Severity, make_conflict, values_by_key
from checker.corpus.claims import AnchoredClaim
from checker.model.values import Money

ID = "money"
VALUE_KINDS = frozenset({"money"})
CARDINALITIES = frozenset({"single"})
group_key = default_key

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


class Options(BaseModel):
    approximate: float = Field(default=0.10, ge=0, description="how far 'around' reaches")


def _money(claim: AnchoredClaim) -> Money:
    value = claim.claim.value
    assert isinstance(value, Money)
    return value


def label(claim: AnchoredClaim) -> str:
    value = _money(claim)
    symbol = SYMBOLS.get(value.currency)
    amount = f"{value.amount:,.0f}" if value.amount == int(value.amount) else f"{value.amount:,}"
    text = f"{symbol}{amount}" if symbol else f"{amount} {value.currency}"
    return text


def key(claim: AnchoredClaim) -> str:
    value = _money(claim)
    return f"{value.amount:.2f} {value.currency}"


def interval(claim: AnchoredClaim, options: Options) -> tuple[float, float]:
    amount = _money(claim).amount
    if claim.claim.bound == "lower":
        return amount, math.inf
    if claim.claim.bound == "upper":
        return 0.0, amount
    if claim.claim.approximate:
        return amount * (1 - options.approximate), amount * (1 + options.approximate)
    return amount, amount


def _significant(amount: float) -> int:
    digits = Decimal(repr(amount)).normalize().as_tuple().digits
    return max(1, len(digits))


def _rounds_to(precise: float, rough: float) -> bool:
    places = _significant(rough)
    number = Decimal(repr(precise))
    exponent = number.adjusted() - places + 1
    rounded = number.scaleb(-exponent).quantize(Decimal(1), ROUND_HALF_UP).scaleb(exponent)
    return float(rounded) == rough


def _rounding_only(amounts: list[float]) -> bool:
    roughest = min(amounts, key=_significant)
    return all(a == roughest or _rounds_to(a, roughest) for a in amounts)


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    by_currency: dict[str, list[AnchoredClaim]] = {}
    for claim in group.claims:
        by_currency.setdefault(_money(claim).currency, []).append(claim)
    for claims in by_currency.values():
        low = max(interval(c, options)[0] for c in claims)
        high = min(interval(c, options)[1] for c in claims)
        if low <= high:
            continue
        values = values_by_key(claims, key, label)
        amounts = sorted({_money(c).amount for c in claims})
        rounding = _rounding_only(amounts)
        explanation = (
            "the figures differ only by rounding" if rounding else
            f"sources give different {group.property.replace('_', ' ')} figures that no hedge "
            "in the quotes reconciles"
        )
        yield make_conflict(
            kind="rounding" if rounding else "money",
            severity=Severity.INFO if rounding else Severity.ERROR,
            subject=group.subject, prop=group.property, scope=group.scope,
            explanation=explanation, values=values,
            details=(("rule", f"ranges: exact, ±{options.approximate:.0%} when approximate, "
                      "open-ended for bounds; they must share a point"),),
        )
