"""Money figures as articles write them: ``$3.5 million``, ``six million``, ``a million
dollars``, ``€20m``, ``USD 5,000``, ``£1.2bn``.

Every number with a scale word counts as a possible amount; the currency is known only when a
symbol, code or currency word stands right beside the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.parse.numbers import NumberMention, numbers_in

SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "C$": "CAD",
           "A$": "AUD", "₹": "INR", "₽": "RUB"}
WORDS = {"dollar": "USD", "dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR",
         "pound": "GBP", "pounds": "GBP", "yen": "JPY", "rubles": "RUB", "roubles": "RUB",
         "rupees": "INR"}
CODES = {"USD", "EUR", "GBP", "JPY", "CAD", "AUD", "INR", "RUB", "CHF", "CNY"}

_BEFORE = re.compile(r"(US\$|C\$|A\$|[$€£¥₹₽]|\b(?:USD|EUR|GBP|JPY|CAD|AUD|INR|RUB|CHF|CNY))\s?$")
_AFTER = re.compile(
    r"^[\s-]*(?:(?P<code>USD|EUR|GBP|JPY|CAD|AUD|INR|RUB|CHF|CNY)\b|(?P<word>[A-Za-z]+))"
)


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    amount: float
    currency: str | None
    text: str
    scaled: bool


def _currency_before(text: str, number: NumberMention) -> tuple[str | None, int]:
    match = _BEFORE.search(text, max(0, number.start - 4), number.start)
    if not match:
        return None, number.start
    token = match.group(1)
    return SYMBOLS.get(token, token if token in CODES else None), match.start()


def _currency_after(text: str, number: NumberMention) -> tuple[str | None, int]:
    match = _AFTER.match(text[number.end: number.end + 16])
    if not match:
        return None, number.end
    if match.group("code"):
        return match.group("code"), number.end + match.end()
    word = match.group("word").lower()
    if word in WORDS:
        return WORDS[word], number.end + match.end()
    return None, number.end


def money_in(text: str) -> list[MoneyMention]:
    """Every figure in ``text`` that could be an amount of money, with its currency if given."""
    mentions = []
    for number in numbers_in(text):
        if number.ordinal:
            continue
        currency, start = _currency_before(text, number)
        end = number.end
        if currency is None:
            currency, end = _currency_after(text, number)
        mentions.append(MoneyMention(
            start, end, number.value, currency, text[start:end], number.scaled
        ))
    return mentions
