"""Units of quantities: what each measures, its size in the dimension's base unit, and the
words that state it in a quote.

Quantities are compared only within one dimension (a duration with a duration), after
conversion to the base unit (seconds, days of calendar time are converted as 86,400 s).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    factor: float
    words: tuple[str, ...]


_MINUTE = 60.0
_DAY = 86_400.0

UNITS: dict[str, Unit] = {
    u.name: u
    for u in (
        Unit("seconds", "time", 1.0, ("second", "sec")),
        Unit("minutes", "time", _MINUTE, ("minute", "min")),
        Unit("hours", "time", 60 * _MINUTE, ("hour", "hr")),
        Unit("days", "time", _DAY, ("day",)),
        Unit("weeks", "time", 7 * _DAY, ("week",)),
        Unit("months", "time", 30.44 * _DAY, ("month",)),
        Unit("years", "time", 365.25 * _DAY, ("year", "yr")),
        Unit("pages", "pages", 1.0, ("page",)),
        Unit("feet", "length", 0.3048, ("foot", "feet", "ft")),
        Unit("metres", "length", 1.0, ("metre", "meter", "m")),
        Unit("carats", "mass", 0.2, ("carat", "ct")),
        Unit("count", "count", 1.0, ()),
        Unit("percent", "ratio", 1.0, ("percent", "per cent", "%")),
    )
}
