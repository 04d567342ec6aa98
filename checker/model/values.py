"""Typed claim values. Each carries a ``kind``; the claim's property says which kind it takes.

    value: {kind: money, amount: 6000000, currency: USD}
    value: {kind: date, date: 2024-10-18}          # or 2024-10, or 2024
    value: {kind: year, year: 2021}
    value: {kind: quantity, amount: 28, unit: minutes}   # `to: 30` for a range
    value: {kind: name, name: Yura Borisov}        # the spelling as the source prints it
    value: {kind: credit, role: cinematographer, work: Anora}
    value: {kind: cast, character: Igor, work: Anora}
    value: {kind: place, place: Mill Basin}
    value: {kind: entity, entity: Samantha Quan}   # a person, work or organization
    value: {kind: text, text: flamethrower}
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from checker.model.dates import PartialDateStr

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _not_a_boolean(value: Any) -> Any:
    # YAML reads `amount: yes` as true, which pydantic would take for 1.
    if isinstance(value, bool):
        raise ValueError(f"should be a number written in digits, not {str(value).lower()}")
    return value


# Finite: `1e400` reads as infinity, which no figure is and no report can print.
Figure = Annotated[float, Field(ge=0, allow_inf_nan=False), BeforeValidator(_not_a_boolean)]


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Money(_Value):
    kind: Literal["money"]
    amount: Figure = Field(description="the figure, in units of the currency")
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = Field(
        description="ISO 4217 code: USD, EUR, GBP, ..."
    )


class Date(_Value):
    kind: Literal["date"]
    date: PartialDateStr


class Year(_Value):
    kind: Literal["year"]
    year: Annotated[int, BeforeValidator(_not_a_boolean)] = Field(ge=1, le=9999)


class Quantity(_Value):
    kind: Literal["quantity"]
    amount: Figure
    to: Figure | None = Field(default=None, description="upper end of a range")
    unit: Text = Field(description="minutes, days, years, pages, count, ...")


class Name(_Value):
    kind: Literal["name"]
    name: Text


class Credit(_Value):
    kind: Literal["credit"]
    role: Text
    work: Text
    shared: bool = Field(
        default=False, description="the quote says the role was shared (co-directed, with ...)"
    )


class Cast(_Value):
    kind: Literal["cast"]
    character: Text
    work: Text


class Place(_Value):
    kind: Literal["place"]
    place: Text


class EntityRef(_Value):
    kind: Literal["entity"]
    entity: Text


class FreeText(_Value):
    kind: Literal["text"]
    text: Text


Value = Annotated[
    Money | Date | Year | Quantity | Name | Credit | Cast | Place | EntityRef | FreeText,
    Field(discriminator="kind"),
]
