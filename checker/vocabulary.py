"""The properties a claim can state, the kind of value each holds, and how many values it holds.

``single`` properties hold one true value per subject (and scope): two sources giving different
values disagree. ``many`` properties hold a set (a film has several filming locations, a person
several credits): different values add up, and only their comparator's special rules (one
director per film, one actor per character) can make them disagree. ``none`` properties are
recorded but never compared, e.g. a hypothetical figure someone mentions in passing.

The ``scope`` of a claim narrows its question when the property alone does not: the event of an
``event_year``, the award of a ``count``, the scene whose ``duration`` it is. Claims with
different scopes are different questions and are never compared with each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ValueKind = Literal[
    "money", "date", "year", "quantity", "name", "credit", "cast", "place", "text", "entity"
]
Cardinality = Literal["single", "many", "none"]


@dataclass(frozen=True)
class Property:
    name: str
    kind: ValueKind
    cardinality: Cardinality
    description: str


def _p(name: str, kind: ValueKind, cardinality: Cardinality, description: str) -> Property:
    return Property(name, kind, cardinality, description)


PROPERTIES: dict[str, Property] = {
    p.name: p
    for p in (
        # money
        _p("budget", "money", "single", "production budget of a work"),
        _p("gross", "money", "single", "box-office gross of a work (use as_of/scope)"),
        _p("fee", "money", "single", "what a person was paid (scope: for what)"),
        _p("net_worth", "money", "single", "wealth of a person or group"),
        _p("price", "money", "single", "a price paid for something (scope: what)"),
        _p("hypothetical", "money", "none", "a figure mentioned in passing, not a fact"),
        # dates and years
        _p("release_date", "date", "single", "theatrical release (scope: country)"),
        _p("premiere_date", "date", "single", "first public screening (scope: festival)"),
        _p("year", "year", "single", "the year of a work: its release year"),
        _p("event_date", "date", "single", "when an event happened (scope: which event)"),
        _p("birth_date", "date", "single", "date or year of birth"),
        _p("death_date", "date", "single", "date or year of death"),
        # quantities
        _p("age", "quantity", "single", "age in years (as_of: when)"),
        _p("runtime", "quantity", "single", "running time of a work"),
        _p("duration", "quantity", "single", "how long something lasts (scope: what)"),
        _p("count", "quantity", "single", "how many of something (scope: of what)"),
        _p("length", "quantity", "single", "pages, words, feet (scope: of what)"),
        _p("size", "quantity", "single", "a physical measure: carats, feet, metres"),
        # names
        _p("name", "name", "many", "a spelling of the subject's name as a source prints it"),
        # credits and cast
        _p("credit", "credit", "many", "the subject (a person or company) did a role on a work"),
        _p("cast", "cast", "many", "the subject (an actor) plays a character in a work"),
        # places
        _p("birthplace", "place", "single", "where a person was born"),
        _p("hometown", "place", "single", "where a person grew up"),
        _p("location", "place", "single", "where the subject (a building, a scene) is"),
        _p("residence", "place", "single", "where a person or character lives"),
        _p("setting", "place", "many", "where a work is set"),
        _p("filming_location", "place", "many", "where a work was filmed"),
        # people and works as values
        _p("spouse", "entity", "single", "the subject's spouse"),
        _p("debut", "entity", "single", "the subject's first work"),
        _p("first_collaboration", "entity", "single", "first work with someone (scope: who)"),
        _p("education", "entity", "many", "a school the subject attended"),
        _p("award", "text", "many", "an award won (as_of or scope for the year)"),
        _p("nomination", "text", "many", "an award nomination"),
        _p("nationality", "text", "single", "nationality or heritage"),
        _p("occupation", "text", "many", "what the subject does"),
        _p("fact", "text", "single", "a single-answer fact stated in words (scope: the question)"),
    )
}

MONEY_PROPERTIES = frozenset(p.name for p in PROPERTIES.values() if p.kind == "money")
