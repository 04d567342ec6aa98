"""The support rule, value kind by value kind: when a quote states a claim's value, and the
exact reason given when it does not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.corpus.support import unsupported
from checker.model.claims import Claim
from checker.model.entities import Entity
from checker.model.sources import SourceMeta

ENTITIES = EntityIndex.of([
    Entity.model_validate({"name": "Helga Strand", "kind": "person"}),
    Entity.model_validate({"name": "Night Ferry", "kind": "work"}),
    Entity.model_validate({"name": "Sawdust", "kind": "work"}),
    Entity.model_validate({"name": "Theodora Marsh", "kind": "character", "work": "Sawdust",
                           "aliases": [{"name": "Teddy", "reason": "nickname"}]}),
    Entity.model_validate({"name": "Los Angeles", "kind": "place",
                           "aliases": [{"name": "L.A.", "reason": "abbreviation"}]}),
    Entity.model_validate({"name": "Margarethe Ilori", "kind": "person",
                           "aliases": [{"name": "Maggie", "reason": "nickname"}]}),
])

PROPERTY_OF = {"money": "budget", "date": "release_date", "year": "year",
               "quantity": "runtime", "name": "name", "credit": "credit", "cast": "cast",
               "place": "birthplace", "entity": "spouse", "text": "nationality"}


def _reason(quote: str, value: dict[str, Any], published: str | None = None,
            **fields: Any) -> str | None:
    claim = Claim.model_validate({
        "id": "c", "subject": "Helga Strand", "property": PROPERTY_OF[value["kind"]],
        "value": value, "quote": quote, "status": "reviewed", **fields})
    source = Source(id="article", path=Path("sources/article.txt"), text=quote,
                    meta=SourceMeta(published=published))
    return unsupported(claim, source, ENTITIES)


def _usd(amount: float) -> dict[str, Any]:
    return {"kind": "money", "amount": amount, "currency": "USD"}


@pytest.mark.parametrize(("quote", "value"), [
    ("shot on a $6 million budget", _usd(6_000_000)),
    ("six million, and not a penny more", _usd(6_000_000)),
    ("A million dollars and a lot of favours.", _usd(1_000_000)),
    ("two and a half million dollars", _usd(2_500_000)),
    ("a $900,000 documentary", _usd(900_000)),
    ("cost €5 million ($5.4 million)", _usd(5_400_000)),
    ("cost €5 million ($5.4 million)", {"kind": "money", "amount": 5_000_000,
                                         "currency": "EUR"}),
])
def test_money_supported(quote: str, value: dict[str, Any]) -> None:
    assert _reason(quote, value) is None


@pytest.mark.parametrize(("quote", "value", "reason"), [
    ("a $6 million thriller", _usd(8_000_000),
     "the quote states '$6 million', not 8,000,000"),
    ("cost €5 million", _usd(5_000_000),
     "the quote gives '€5 million' in EUR, not USD"),
    ("a modest budget", _usd(6_000_000), "the quote states no figure, not 6,000,000"),
    ("her eighth film", _usd(8), "the quote states no figure, not 8"),
])
def test_money_not_supported(quote: str, value: dict[str, Any], reason: str) -> None:
    assert _reason(quote, value) == reason


@pytest.mark.parametrize(("quote", "date"), [
    ("opened on October 4, 2019", "2019-10-04"),
    ("opened on October 4, 2019", "2019-10"),
    ("opened on October 4, 2019", "2019"),
    ("8 March 2019 — UK & Ireland", "2019-03-08"),
    ("premiered on the 8th of March 2019", "2019-03-08"),
    ("on sale from 2024-11-15", "2024-11-15"),
    ("Released in the UK in 2019.", "2019"),
])
def test_date_supported(quote: str, date: str) -> None:
    assert _reason(quote, {"kind": "date", "date": date}) is None


def test_month_day_with_the_publication_year() -> None:
    value = {"kind": "date", "date": "2019-03-08"}
    quote = "opens Friday, March 8, at the Curzon"
    assert _reason(quote, value, published="2019-03-01", year_from="published") is None
    assert _reason(quote, {"kind": "date", "date": "2020-03-08"}, published="2019-03-01",
                   year_from="published") == "the quote does not state the date 2020-03-08"


@pytest.mark.parametrize(("quote", "date", "reason"), [
    ("opens Friday, March 8, at the Curzon", "2019-03-08",
     "the quote does not state the date 2019-03-08; if the year comes from the publication "
     "date, add year_from: published"),
    ("opened on October 4, 2019", "2019-10-11", "the quote does not state the date 2019-10-11"),
    ("the 2010-11 season", "2010-11", "the quote does not state the date 2010-11"),
    ("a drama set in the 1970s", "1970", "the quote does not state the year 1970"),
])
def test_date_not_supported(quote: str, date: str, reason: str) -> None:
    assert _reason(quote, {"kind": "date", "date": date}, published="2019-03-01") == reason


@pytest.mark.parametrize(("quote", "year", "reason"), [
    ("made 2016’s Low Tide", 2016, None),
    ("Low Tide (2017)", 2017, None),
    ("the 2019–2020 season", 2019, None),
    ("Low Tide (2017)", 2016, "the quote does not state the year 2016"),
    ("the 1970's, when everything was brown", 1970, "the quote does not state the year 1970"),
    ("on 2,021 screens", 2021, "the quote does not state the year 2021"),
])
def test_year(quote: str, year: int, reason: str | None) -> None:
    assert _reason(quote, {"kind": "year", "year": year}) == reason


def test_year_from_the_publication_date() -> None:
    value = {"kind": "year", "year": 2021}
    assert _reason("opens this week", value, published="2021-05-01",
                   year_from="published") is None
    assert _reason("opens this week", value) == "the quote does not state the year 2021"


def _q(amount: float, unit: str, to: float | None = None) -> dict[str, Any]:
    return {"kind": "quantity", "amount": amount, "unit": unit, "to": to}


@pytest.mark.parametrize(("quote", "value", "fields"), [
    ("one unbroken take that runs for half an hour", _q(0.5, "hours"), {}),
    ("its 30-minute single-take sequence", _q(30, "minutes"), {}),
    ("Marrow (Norway, 94 min.)", _q(94, "minutes"), {}),
    ("the whole shoot took twenty-eight days", _q(28, "days"), {}),
    ("runs 28 to 30 pages", _q(28, "pages", 30), {}),
    ("talked for an hour and a half", _q(1.5, "hours"), {}),
    ("It runs two and a half hours.", _q(2.5, "hours"), {}),
    ("a wall 6 m tall", _q(6, "metres"), {}),
    ("In the first ten minutes of the film", _q(10, "minutes"), {}),
    ("Noor Haddad was a 23-year-old drama student", _q(23, "years"), {"property": "age"}),
    ("Haddad, 24, is the youngest nominee", _q(24, "years"), {"property": "age"}),
    ("Mara — seventeen, furious", _q(17, "years"), {"property": "age"}),
    ("Tomasz Wilk (31) plays the brother", _q(31, "years"), {"property": "age"}),
    ("Okafor was 19 when he sold his first short", _q(19, "years"), {"property": "age"}),
    ("who sold his first short at 19, to a cable channel", _q(19, "years"), {"property": "age"}),
])
def test_quantity_supported(quote: str, value: dict[str, Any], fields: dict[str, Any]) -> None:
    assert _reason(quote, value, **fields) is None


@pytest.mark.parametrize(("quote", "value", "fields", "reason"), [
    ("Ember Country runs 124 minutes", _q(112, "minutes"), {},
     "the quote does not state the number 112"),
    ("runs 28 to 30 pages", _q(28, "pages", 32), {}, "the quote does not state the number 32"),
    ("a $6 million budget", _q(6, "metres"), {}, "the quote does not state the unit (metres)"),
    ("cost 94 million", _q(94, "minutes"), {}, "the quote does not state the unit (minutes)"),
    ("Haddad has made 24 films", _q(24, "years"), {"property": "age"},
     "the quote does not state the unit (years)"),
    ("the reel ran at 19 minutes", _q(19, "years"), {"property": "age"},
     "the quote does not state the unit (years)"),
    ("in a woman in her 30s, aged well", _q(30, "years"), {"property": "age"},
     "the quote does not state the number 30"),
])
def test_quantity_not_supported(quote: str, value: dict[str, Any], fields: dict[str, Any],
                                reason: str) -> None:
    assert _reason(quote, value, **fields) == reason


@pytest.mark.parametrize(("quote", "name", "reason"), [
    ("Lindsey Arkwright, in her first role", "Lindsey Arkwright", None),
    ("LINDSEY ARKWRIGHT (Night Shift)", "Lindsey Arkwright", None),
    ("Clare Madisons performance", "Clare Madison", None),
    ("nobody has bettered it sinceSleeper Car No. 7came out", "Sleeper Car No. 7", None),
    ("Lindsay Arkwright laughs", "Lindsey Arkwright",
     "the name 'Lindsey Arkwright' does not appear in the quote as spelled"),
    ("Anne Hollis", "Ann Hollis", "the name 'Ann Hollis' does not appear in the quote as spelled"),
])
def test_name(quote: str, name: str, reason: str | None) -> None:
    assert _reason(quote, {"kind": "name", "name": name}) == reason


@pytest.mark.parametrize(("quote", "role", "shared", "reason"), [
    ("Co-directed by Amara Osei and Lukas Ferreira", "director", True, None),
    ("The Ninth Floor (dir. Hana Sato, 2022)", "director", False, None),
    ("Lindqvist’s direction of Cold Water", "director", False, None),
    ("Lena Fischer (DP, Long Division)", "director of photography", False, None),
    ("Ilse Brandt shot Undertow", "cinematographer", False, None),
    ("The Tailor’s Son was produced by Yusuf Demir", "producer", False, None),
    ("the gaffer, Sol Avila", "gaffer", False, None),
    ("a 300 dpi scan of the poster", "DP", False, "the quote does not state the role 'DP'"),
    ("Ruth Asante, editor of Slow Burn", "composer", False,
     "the quote does not state the role 'composer'"),
    ("the grip, Sol Avila", "gaffer", False, "the quote does not state the role 'gaffer'"),
])
def test_credit(quote: str, role: str, shared: bool, reason: str | None) -> None:
    value = {"kind": "credit", "role": role, "work": "Sawdust", "shared": shared}
    assert _reason(quote, value) == reason


@pytest.mark.parametrize(("quote", "character", "reason"), [
    ("Greta Lund will play Theodora “Teddy” Marsh", "Theodora Marsh", None),
    ("Greta Lund’s Teddy is all bruised pride", "Theodora Marsh", None),
    ("Greta Lund’s Teddy is all bruised pride", "Teddy", None),
    ("Adele Varga is heartbreaking as Clara", "Clara", None),
    ("Greta Lund plays the ringmaster", "Theodora Marsh",
     "the quote does not name the character 'Theodora Marsh'"),
])
def test_cast(quote: str, character: str, reason: str | None) -> None:
    value = {"kind": "cast", "character": character, "work": "Sawdust"}
    assert _reason(quote, value) == reason


@pytest.mark.parametrize(("quote", "place", "reason"), [
    ("The L.A.-born cinematographer", "Los Angeles", None),
    ("who was born in Los Angeles", "L.A.", None),
    ("Born in Summit, New Jersey, she", "Summit, New Jersey", None),
    ("who was born in Oakland", "Los Angeles",
     "the quote does not name the place 'Los Angeles'"),
])
def test_place(quote: str, place: str, reason: str | None) -> None:
    assert _reason(quote, {"kind": "place", "place": place}) == reason


@pytest.mark.parametrize(("quote", "entity", "reason"), [
    ("Helga Strand made her debut", "Helga Strand", None),
    ("Strand’s first feature, Night Ferry", "Helga Strand", None),  # a person, by surname
    ("“My wife, Maggie, reads every draft", "Margarethe Ilori", None),  # an alias
    ("a strand of hair", "Helga Strand", "the quote does not name 'Helga Strand'"),
    ("Strand’s first feature was shot on the ferry", "Night Ferry",
     "the quote does not name 'Night Ferry'"),  # a work is not named by one of its words
])
def test_entity(quote: str, entity: str, reason: str | None) -> None:
    assert _reason(quote, {"kind": "entity", "entity": entity}) == reason


@pytest.mark.parametrize(("quote", "text", "reason"), [
    ("The Canadian director Owen Lachance", "Canadian", None),
    ("OWEN LACHANCE (CANADIAN, B. 1979)", "Canadian", None),
    ("she stops him with two flamethrowers", "flamethrower", None),
    ("The Canadian director Owen Lachance", "American", "the text does not appear in the quote"),
    ("a Latin American co-production", "man", "the text does not appear in the quote"),
])
def test_text(quote: str, text: str, reason: str | None) -> None:
    assert _reason(quote, {"kind": "text", "text": text}) == reason
