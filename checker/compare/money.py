"""Money: budgets, grosses, fees, prices, net worths.

Each claim stands for a range: the figure itself, or ±10 % when it is ``approximate``
("around $3.5 million"), or everything above (``bound: lower``, "more than") or below
(``bound: upper``, "under") it. Claims agree when their ranges share a point.

Figures that differ only by rounding are an ``info`` finding; other differences are errors.
A figure is as precise as the digits it is written with in its scale (million, thousand):
"a million" is precise to the million and "$1.1 million" to the hundred thousand, so the
first is the second rounded (info). "$20 million" is precise to the million too, so
"$15 million" is not a rounding of it (error). Figures in different currencies are not
converted, and not compared.

Consistent::

    - {subject: The Quiet Orchard, property: budget, quote: "six million, and not a penny more",
       value: {kind: money, amount: 6000000, currency: USD}}
    - {subject: The Quiet Orchard, property: budget, quote: "shot on a $6 million budget",
       value: {kind: money, amount: 6000000, currency: USD}}

Conflicting (error)::

    - {subject: Tidewater, property: budget, quote: "a $6 million thriller",
       value: {kind: money, amount: 6000000, currency: USD}}
    - {subject: Tidewater, property: budget, quote: "whose $8 million budget",
       value: {kind: money, amount: 8000000, currency: USD}}
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
    return f"{symbol}{amount}" if symbol else f"{amount} {value.currency}"


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


_SCALES = (10**12, 10**9, 10**6, 10**3)


def precision(amount: float) -> Decimal:
    """The step a figure is written to in its scale: "$20 million" to the million, "$1.1
    million" to the hundred thousand, "$900,000" to the thousand. Digits before the decimal
    point all count: a writer who rounds 15 to 20 writes "about $20 million"."""
    number = Decimal(repr(amount))
    scale = next((Decimal(s) for s in _SCALES if number >= s), Decimal(1))
    exponent = (number / scale).normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # amounts are finite
    return scale.scaleb(-max(0, -exponent))


def _rounds_to(precise: float, rough: float, step: Decimal) -> bool:
    rounded = (Decimal(repr(precise)) / step).quantize(Decimal(1), ROUND_HALF_UP) * step
    return rounded == Decimal(repr(rough))


def _rounding_only(amounts: list[float]) -> bool:
    roughest = max(amounts, key=precision)
    step = precision(roughest)
    return all(a == roughest or _rounds_to(a, roughest, step) for a in amounts)


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
