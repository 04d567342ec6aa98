"""Dates of any granularity: ``2024``, ``2024-10`` or ``2024-10-18``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _coerce(value: Any) -> Any:
    # YAML reads 2024-10-18 as a date and 2024 as an int; both are fine ways to write them.
    # A date YAML cannot read (2024-02-30) comes as text, and is explained here.
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:04d}"
    if isinstance(value, str) and PartialDate.parse(value) is None:
        if _PARTIAL.match(value.strip()):  # the form is right; the day or month is not
            raise ValueError(f"{value!r} is not a date of the calendar")
        raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


PartialDateStr = Annotated[
    str,
    BeforeValidator(_coerce, json_schema_input_type=str | int),
    StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
]


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        match = _PARTIAL.match(text.strip())
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            if day is not None and month is not None:
                dt.date(year, month, day)
            elif month is not None and not 1 <= month <= 12:
                return None
        except ValueError:
            return None
        return cls(year, month, day)

    @property
    def granularity(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def covers(self, other: PartialDate) -> bool:
        """True when ``other`` is this date or a finer form of it (2024 covers 2024-10-18)."""
        return (
            self.year == other.year
            and (self.month is None or self.month == other.month)
            and (self.day is None or self.day == other.day)
        )

    def compatible(self, other: PartialDate) -> bool:
        return self.covers(other) or other.covers(self)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text
