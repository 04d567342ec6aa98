"""Dates and years as articles write them: ``January 14, 2022``, ``14 Jan. 2022``,
``the 8th of March``, ``October 18``, ``May 2024``, ``2024-11-15``, ``2021's Red Rocket``,
``(1957)``, ``2019–2020``.

A decade is not a year: "the 1970s", "mid-1980s" and "the 1970's" do not state 1970. A bare
``2010-11`` is a season, not November 2010: an ISO date needs its day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# a month ends at a full stop or a word boundary: "Mar" is not in "Marching"
_MONTH = rf"(?P<month>{_FULL}|{_SHORT})(?:\.|\b)"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")
_YEAR3 = _YEAR.replace("?P<year>", "?P<year3>")

# Month names are matched case-sensitively: "may" and "march" are also verbs.
_DATE = re.compile(
    r"\b(?P<iso>(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b(?!-)"
    rf"|\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"
    rf"|\b{_DAY2}\s+(?:of\s+)?{_MONTH2}(?:,?\s+{_YEAR2}\b)?"
    rf"|\b(?P<month3>{_FULL})\b(?:\s+(?:of\s+)?{_YEAR3}\b)?"
)
# A year: four digits not part of a longer number, a decade ("1970s") or a figure ("2,021").
_YEAR_ALONE = re.compile(r"(?<![\d.$€£])(?<!\d,)\b(1[0-9]\d\d|20\d\d)\b(?!\d|,\d|s\b)")
# "the 1970's", "the early 1980's": a decade with an apostrophe; "2020's Nomadland" is a year
_DECADE_BEFORE = re.compile(r"(?:\bthe|\bearly|\blate|\bmid)[\s-]+$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    text: str


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _parts(m: re.Match[str]) -> tuple[int | None, int, int | None]:
    """Year, month and day of one match of ``_DATE``."""
    if m.group("iso"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    for month, day, year in (("month", "day", "year"), ("month2", "day2", "year2")):
        if m.group(month):
            found = m.group(year)
            return int(found) if found else None, _month(m.group(month)), int(m.group(day))
    found = m.group("year3")
    return int(found) if found else None, _month(m.group("month3")), None


def dates_in(text: str) -> list[DateMention]:
    """Dates with at least a month, in order: full dates, month-day, month-year, ISO dates."""
    mentions = []
    for m in _DATE.finditer(text):
        year, month, day = _parts(m)
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        mentions.append(DateMention(m.start(), m.end(), year, month, day, m.group(0)))
    return mentions


def years_in(text: str) -> list[tuple[int, int, int]]:
    """Every year written as four digits: ``(start, end, year)``."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _YEAR_ALONE.finditer(text)
            if not _decade(text, m)]


def _decade(text: str, m: re.Match[str]) -> bool:
    return (m.group(1).endswith("0") and text[m.end(): m.end() + 2] in ("'s", "’s")
            and _DECADE_BEFORE.search(text, 0, m.start()) is not None)
