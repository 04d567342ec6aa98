"""Money figures: amounts, scale words and the currency written beside them."""

from __future__ import annotations

import pytest

from checker.parse.money import money_in


def _money(text: str) -> list[tuple[float, str | None, str]]:
    return [(m.amount, m.currency, m.text) for m in money_in(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("made for $4.2 million", [(4_200_000, "USD", "$4.2 million")]),
    ("a $900,000 documentary", [(900_000, "USD", "$900,000")]),
    ("cost €5 million", [(5_000_000, "EUR", "€5 million")]),
    ("a £1.2bn slate", [(1_200_000_000, "GBP", "£1.2bn")]),
    ("€20m in subsidies", [(20_000_000, "EUR", "€20m")]),
    ("¥300 million at home", [(300_000_000, "JPY", "¥300 million")]),
    ("US$5 million", [(5_000_000, "USD", "US$5 million")]),
    ("C$2 million from Telefilm", [(2_000_000, "CAD", "C$2 million")]),
    ("A$1.5 million", [(1_500_000, "AUD", "A$1.5 million")]),
    ("USD 5,000 per day", [(5_000, "USD", "USD 5,000")]),
    ("EUR 3m", [(3_000_000, "EUR", "EUR 3m")]),
])
def test_symbols_and_codes_before_the_figure(text: str,
                                             expected: list[tuple[float, str, str]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We had six million dollars", [(6_000_000, "USD", "six million dollars")]),
    ("A million dollars and a lot of favours",
     [(1_000_000, "USD", "A million dollars")]),
    ("5,000 euros a week", [(5_000, "EUR", "5,000 euros")]),
    ("20 million yen", [(20_000_000, "JPY", "20 million yen")]),
    ("paid 500 bucks", [(500, "USD", "500 bucks")]),
    ("a six million dollar budget", [(6_000_000, "USD", "six million dollar")]),
    ("two and a half million dollars", [(2_500_000, "USD", "two and a half million dollars")]),
])
def test_currency_words_after_the_figure(text: str,
                                         expected: list[tuple[float, str, str]]) -> None:
    assert _money(text) == expected


def test_a_figure_without_a_currency_is_still_a_possible_amount() -> None:
    assert _money("six million, and not a penny more") == [
        (6_000_000, None, "six million")]


def test_two_currencies_side_by_side() -> None:
    assert _money("€5 million ($5.4 million)") == [
        (5_000_000, "EUR", "€5 million"), (5_400_000, "USD", "$5.4 million")]


def test_ordinals_are_not_amounts() -> None:
    assert _money("her eighth film cost $2M") == [(2_000_000, "USD", "$2M")]


def test_scaled_flag_tells_rounded_figures() -> None:
    scaled = [(m.amount, m.scaled) for m in money_in("$6 million, of which $250,000 went")]
    assert scaled == [(6_000_000, True), (250_000, False)]


def test_an_unknown_word_after_a_figure_is_not_a_currency() -> None:
    assert _money("40 extras") == [(40, None, "40")]
