"""When two claims say the same thing: the same subject, property and value, as the check
reads them (names through the entities, roles through their canonical names).

Extraction uses it to write a fact once, merging to leave alone what a claim file already
says, and the evaluation to match drafts with the reviewed claims.
"""

from __future__ import annotations

import re
from typing import Any

from checker.corpus.entities import EntityIndex
from checker.model.claims import Claim
from checker.model.values import (
    Cast,
    Credit,
    Date,
    EntityRef,
    FreeText,
    Money,
    Name,
    Place,
    Quantity,
    Value,
    Year,
)
from checker.parse.names import name_key, strip_accents
from checker.roles import canonical_role

_NOT_ID = re.compile(r"[^a-z0-9]+")


def entity_key(name: str, index: EntityIndex, kinds: list[str] | None = None) -> str:
    """The canonical name a name resolves to, or the name's own key."""
    entity = index.resolve(name, kinds)
    return entity.name if entity is not None else name_key(name)


def value_key(value: Value, index: EntityIndex) -> tuple[Any, ...]:
    if isinstance(value, Money):
        return "money", round(value.amount, 2), value.currency
    if isinstance(value, Date):
        return "date", value.date
    if isinstance(value, Year):
        return "year", value.year
    if isinstance(value, Quantity):
        return "quantity", value.amount, value.to, value.unit
    if isinstance(value, Name):
        return "name", name_key(value.name)
    if isinstance(value, Credit):
        return "credit", canonical_role(value.role), entity_key(value.work, index, ["work"])
    if isinstance(value, Cast):
        return ("cast", entity_key(value.character, index, ["character"]),
                entity_key(value.work, index, ["work"]))
    if isinstance(value, Place):
        return "place", entity_key(value.place, index, ["place"])
    if isinstance(value, EntityRef):
        return "entity", entity_key(value.entity, index)
    assert isinstance(value, FreeText)
    return "text", " ".join(value.text.lower().split())


def claim_key(claim: Claim, index: EntityIndex) -> tuple[Any, ...]:
    """What a claim states: its subject, property and value."""
    return entity_key(claim.subject, index), claim.property, value_key(claim.value, index)


def label(value: Value) -> str:
    """A short form of a value for ids and listings: "6000000-usd", "cinematographer-anora"."""
    if isinstance(value, Money):
        text = f"{value.amount:.0f} {value.currency}"
    elif isinstance(value, Date):
        text = value.date
    elif isinstance(value, Year):
        text = str(value.year)
    elif isinstance(value, Quantity):
        to = f" to {value.to:g}" if value.to is not None else ""
        text = f"{value.amount:g}{to} {value.unit}"
    elif isinstance(value, Name):
        text = value.name
    elif isinstance(value, Credit):
        text = f"{value.role} {value.work}"
    elif isinstance(value, Cast):
        text = f"{value.character} {value.work}"
    elif isinstance(value, Place):
        text = value.place
    elif isinstance(value, EntityRef):
        text = value.entity
    else:
        assert isinstance(value, FreeText)
        text = value.text
    return text


def id_part(text: str) -> str:
    plain = (text if text.isascii() else strip_accents(text)).lower().replace("'", "")
    plain = plain.replace("’", "")
    return _NOT_ID.sub("-", plain).strip("-")
