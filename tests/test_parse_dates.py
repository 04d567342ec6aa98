"""Dates and years as articles write them, and what is not a date or a year."""

from __future__ import annotations

import pytest

from checker.parse.dates import dates_in, years_in

Parts = tuple[int | None, int | None, int | None]


def _dates(text: str) -> list[Parts]:
    return [(m.year, m.month, m.day) for m in dates_in(text)]


def _years(text: str) -> list[int]:
    return [year for _, _, year in years_in(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("opened on October 4, 2019, a week later", [(2019, 10, 4)]),
    ("released on 11 October 2019", [(2019, 10, 11)]),
    ("Oct. 4, 2019: Thornfield Road (limited)", [(2019, 10, 4)]),
    ("Sept. 5th, 2019", [(2019, 9, 5)]),
    ("on 14 Jan. 2022", [(2022, 1, 14)]),
    ("premiered on the 8th of March 2019", [(2019, 3, 8)]),
    ("the release date is 2024-11-15", [(2024, 11, 15)]),
])
def test_full_dates(text: str, expected: list[Parts]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("opens Friday, March 8, at the Curzon", [(None, 3, 8)]),
    ("Blue Hour Motel (opens May 14)", [(None, 5, 14)]),
    ("on the 3rd of June", [(None, 6, 3)]),
])
def test_month_and_day_without_a_year(text: str, expected: list[Parts]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("reached cinemas in October 2019", [(2019, 10, None)]),
    ("in December of 2023", [(2023, 12, None)]),
    ("shooting starts in April", [(None, 4, None)]),
])
def test_months(text: str, expected: list[Parts]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "the 2010-11 season",  # a season, not November 2010
    "5 Marching bands",  # "Mar" inside a word
    "the Mayor of Riga",
    "Augustine and his brother",
    "they may march on the capital",  # verbs, in lower case
])
def test_not_dates(text: str) -> None:
    assert dates_in(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Long before her nomination, she made 2016’s Low Tide", [2016]),
    ("Selected films: Low Tide (2017); Halfway House (2023).", [2017, 2023]),
    ("Formed around 2011 by three graduates", [2011]),
    ("2020's Nomadland", [2020]),
    ("the 2019–2020 season", [2019, 2020]),
    ("released on 2024-11-15", [2024]),
    ("since 1999, when it opened", [1999]),
])
def test_years(text: str, expected: list[int]) -> None:
    assert _years(text) == expected


@pytest.mark.parametrize("text", [
    "set in the 1970s",
    "a mid-1980s thriller",
    "the 1970's, when everything was brown",
    "the early 1980’s",
    "on 2,021 screens",
    "a $2000 fee",
    "a print run of 12,000",
    "version 3.1999",
])
def test_not_years(text: str) -> None:
    assert years_in(text) == []


def test_a_decade_and_a_year_in_one_sentence() -> None:
    text = "Although it is set in the 1970s, Velvet Hours was shot in 1983."
    assert years_in(text) == [(text.index("1983"), text.index("1983") + 4, 1983)]


def test_mentions_keep_their_text_and_span() -> None:
    text = "It opens on 8 March 2019 nationwide."
    (mention,) = dates_in(text)
    assert (mention.text, text[mention.start:mention.end]) == ("8 March 2019", "8 March 2019")
