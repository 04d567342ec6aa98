"""Dates and years as articles write them: ``January 14, 2022``, ``14 Jan. 2022``,
``October 18``, ``May 2024``, ``2024-11-15``, ``2021's Red Rocket``, ``(1957)``."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")
_YEAR3 = _YEAR.replace("?P<year>", "?P<year3>")

# Month names are matched case-sensitively: "may" and "march" are also verbs.
_DATE = re.compile(
    rf"\b(?P<iso>(?P<iy>\d{{4}})-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?)\b(?!-)"
    rf"|\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"
    rf"|\b{_DAY2}\s+{_MONTH2}(?:,?\s+{_YEAR2}\b)?"
    rf"|\b(?P<month3>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:of\s+)?{_YEAR3}\b)?"
)
# A year: four digits not part of a longer number, a decade ("1970s") or a figure ("2,021").
_YEAR_ALONE = re.compile(r"(?<![\d.$€£])(?<!\d,)\b(1[0-9]\d\d|20\d\d)\b(?!\d|,\d|s\b|-\d)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    text: str


def _month(name: str | None) -> int | None:
    return MONTHS[name.lower().rstrip(".")] if name else None


def dates_in(text: str) -> list[DateMention]:
    """Dates with at least a month, in order: full dates, month-day, month-year, ISO dates."""
    mentions = []
    for m in _DATE.finditer(text):
        if m.group("iso"):
            year, month = int(m.group("iy")), int(m.group("im"))
            day = int(m.group("id")) if m.group("id") else None
        elif m.group("month"):
            year = int(m.group("year")) if m.group("year") else None
            month, day = _month(m.group("month")), int(m.group("day"))
        elif m.group("month2"):
            year = int(m.group("year2")) if m.group("year2") else None
            month, day = _month(m.group("month2")), int(m.group("day2"))
        else:
            year = int(m.group("year3")) if m.group("year3") else None
            month, day = _month(m.group("month3")), None
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        mentions.append(DateMention(m.start(), m.end(), year, month, day, m.group(0)))
    return mentions


def years_in(text: str) -> list[tuple[int, int, int]]:
    """Every year written as four digits: ``(start, end, year)``."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _YEAR_ALONE.finditer(text)]
