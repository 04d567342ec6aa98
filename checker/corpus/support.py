"""Is a claim's value what its quote says? One rule per value kind.

- money: the quote states the figure, in digits or words ("six million", "$6 million",
  "a million dollars"); a currency written beside it must be the claim's currency;
- date: the quote states the date at the claim's granularity; a date without a year
  ("October 18") counts when the claim says ``year_from: published`` and the source's
  publication year is the claim's year;
- year: the year is written in the quote (or comes from the publication date, as above);
- quantity: the number, in digits or words, and a word for its unit ("28-minute", "ten days",
  "half an hour"); an age in years may instead be set off beside a name ("Haddad, 24,");
- name: the name appears as spelled (case and typography aside);
- credit: a word that states the role ("cinematographer", "directed", "co-wrote");
- cast, place, entity: the character, place or entity, by its name or a declared alias; a
  person also by one capitalized word of their name ("Strand's first feature");
- text: the text appears in the quote, as whole words (a plural aside).
"""

from __future__ import annotations

import functools
import re

from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.model.claims import Claim
from checker.model.dates import PartialDate
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
    Year,
)
from checker.parse.dates import dates_in, years_in
from checker.parse.money import money_in
from checker.parse.names import find_name
from checker.parse.numbers import numbers_in, same_number
from checker.roles import role_terms
from checker.text import normalize
from checker.units import UNITS


def _figure(amount: float) -> str:
    return f"{amount:,.0f}" if amount == int(amount) else f"{amount:,}"


def _published_year(claim: Claim, source: Source) -> int | None:
    if claim.year_from != "published" or not source.meta.published:
        return None
    published = PartialDate.parse(source.meta.published)
    return published.year if published else None


def _money(value: Money, quote: str) -> str | None:
    mentions = money_in(quote)
    # "€5 million ($5.4 million)": any mention of the figure in the claim's currency will do
    same = [m for m in mentions if same_number(m.amount, value.amount)]
    if any(m.currency in (None, value.currency) for m in same):
        return None
    if same:
        return f"the quote gives {same[0].text!r} in {same[0].currency}, not {value.currency}"
    stated = ", ".join(repr(m.text) for m in mentions if m.amount >= 1) or "no figure"
    return f"the quote states {stated}, not {_figure(value.amount)}"


def _date(value: Date, claim: Claim, source: Source, quote: str) -> str | None:
    wanted = PartialDate.parse(value.date)
    assert wanted is not None  # the model validated it
    years = {year for _, _, year in years_in(quote)}
    context_year = _published_year(claim, source)
    if wanted.month is None:
        years |= {m.year for m in dates_in(quote) if m.year}
        if wanted.year in years or wanted.year == context_year:
            return None
        return f"the quote does not state the year {wanted.year}"
    for mention in dates_in(quote):
        if mention.month != wanted.month or (wanted.day and mention.day != wanted.day):
            continue
        year = mention.year
        if year == wanted.year or (year is None and wanted.year in years | {context_year}):
            return None
    hint = ""
    if claim.year_from == "quote" and any(m.year is None for m in dates_in(quote)):
        hint = "; if the year comes from the publication date, add year_from: published"
    return f"the quote does not state the date {wanted}{hint}"


def _year(value: Year, claim: Claim, source: Source, quote: str) -> str | None:
    years = {year for _, _, year in years_in(quote)} | {m.year for m in dates_in(quote) if m.year}
    if value.year in years or value.year == _published_year(claim, source):
        return None
    return f"the quote does not state the year {value.year}"


def _word_pattern(word: str) -> str:
    """A unit or role word where a quote states it. Abbreviations and phrases ("m", "min",
    "dp", "dir.", "shot by") must stand alone ("94 min.", "6m", "3-hr"), or "m" would be
    found in "million" and "dp" in "dpi"; a longer word may be the stem of a longer one
    ("minute" in "28-minutes", "year" in "year-old", "produce" in "producer")."""
    before = r"(?<![^\W\d_])"  # not glued to a letter on the left; digits are fine
    if len(word) <= 3 or not word.isalpha():
        return rf"{before}{re.escape(word)}s?(?![^\W\d_])"
    return before + re.escape(word)


@functools.cache
def _word_regex(word: str) -> re.Pattern[str]:
    return re.compile(_word_pattern(word), re.IGNORECASE)


@functools.cache
def _fraction_forms(words: tuple[str, ...]) -> tuple[tuple[float, re.Pattern[str]], ...]:
    """Figures a unit's words state without digits: "half an hour", "a half-day", "a year
    later", "an hour and a half"."""
    unit = "|".join(re.escape(word) for word in words)
    return (
        (0.5, re.compile(rf"\bhalf[\s-]+(?:an?\s+)?(?:{unit})", re.IGNORECASE)),
        (1.0, re.compile(rf"\ban?\s+(?:{unit})\b", re.IGNORECASE)),
        (1.5, re.compile(rf"\ban?\s+(?:{unit})s?\s+and\s+a\s+half\b", re.IGNORECASE)),
    )


def _states_number(amount: float, quote: str, stated: list[float],
                   unit_words: tuple[str, ...]) -> bool:
    if any(same_number(amount, number) for number in stated):
        return True
    return bool(unit_words) and any(same_number(amount, figure) and pattern.search(quote)
                                    for figure, pattern in _fraction_forms(unit_words))


_AGE_LEAD = re.compile(r"\b(?:at|aged?|was|is|were|turns?|turned|turning)\s*$", re.IGNORECASE)
_AGE_TAIL = re.compile(r"^\s*(?:when|while|as|and|in|on|,|\.|;|$)", re.IGNORECASE)


def _appositive(amount: float, quote: str) -> bool:
    """An age as articles give it without the word "years": set off beside a name ("Haddad,
    24, is", "Mara — seventeen, furious", "Ilyin (31)"), or after "at", "was", "turned"
    and the like when no noun follows ("was 19 when", "at 19,"; not "was 24 films")."""
    for mention in numbers_in(quote):
        if not same_number(mention.value, amount):
            continue
        before, after = quote[: mention.start].rstrip(), quote[mention.end:].lstrip()
        if before[-1:] in (",", "(", "-") and after[:1] in (",", ")", "-"):
            return True
        if _AGE_LEAD.search(quote[: mention.start]) and _AGE_TAIL.match(quote[mention.end:]):
            return True
    return False


def _quantity(value: Quantity, claim: Claim, quote: str) -> str | None:
    unit = UNITS[value.unit]
    words = unit.words + (("age", "aged", "old") if claim.property == "age" else ())
    stated = any(_word_regex(w).search(quote) for w in words)
    if claim.property == "age" and value.unit == "years" and value.to is None:
        stated = stated or _appositive(value.amount, quote)
    if words and not stated:
        return f"the quote does not state the unit ({value.unit})"
    numbers = [mention.value for mention in numbers_in(quote)]
    for amount in (value.amount, value.to):
        if amount is not None and not _states_number(amount, quote, numbers, unit.words):
            return f"the quote does not state the number {_figure(amount)}"
    return None


def _any_name(names: list[str], quote: str) -> bool:
    return any(find_name(name, quote) for name in names)


def _person_word(name: str, entities: EntityIndex, quote: str) -> bool:
    """A person is also named by one word of their name, capitalized: "Strand's first
    feature" names Helga Strand. A work is not: "the ferry" does not name Night Ferry."""
    person = entities.resolve(name, ["person"])
    if person is None:
        return False
    words = {w for f in entities.forms(person) for w in f.split() if len(w) > 3}
    return any(quote[start].isupper() for w in words for start, _ in find_name(w, quote))


def _forms(entities: EntityIndex, name: str, kinds: list[str] | None = None) -> list[str]:
    entity = entities.resolve(name, kinds)
    return [name, *entities.forms(entity)] if entity else [name]


def unsupported(claim: Claim, source: Source, entities: EntityIndex) -> str | None:
    """Why the quote does not support the value, or None when it does."""
    quote = normalize(claim.quote)
    value = claim.value
    reason: str | None
    if isinstance(value, Money):
        reason = _money(value, quote)
    elif isinstance(value, Date):
        reason = _date(value, claim, source, quote)
    elif isinstance(value, Year):
        reason = _year(value, claim, source, quote)
    elif isinstance(value, Quantity):
        reason = _quantity(value, claim, quote)
    elif isinstance(value, Name):
        reason = None if find_name(value.name, quote) else \
            f"the name {value.name!r} does not appear in the quote as spelled"
    elif isinstance(value, Credit):
        terms = role_terms(value.role)
        found = any(_word_regex(t).search(quote) for t in terms)
        reason = None if found else f"the quote does not state the role {value.role!r}"
    elif isinstance(value, Cast):
        found = _any_name(_forms(entities, value.character, ["character"]), quote)
        reason = None if found else f"the quote does not name the character {value.character!r}"
    elif isinstance(value, Place):
        found = _any_name(_forms(entities, value.place, ["place"]), quote)
        reason = None if found else f"the quote does not name the place {value.place!r}"
    elif isinstance(value, EntityRef):
        forms = _forms(entities, value.entity)
        found = _any_name(forms, quote) or _person_word(value.entity, entities, quote)
        reason = None if found else f"the quote does not name {value.entity!r}"
    else:
        assert isinstance(value, FreeText)
        # whole words, a plural aside: "man" is not in "American"; "flamethrowers" will do
        pattern = rf"(?<![^\W_]){re.escape(normalize(value.text))}(?:e?s)?(?![^\W_])"
        found = re.search(pattern, quote, re.IGNORECASE) is not None
        reason = None if found else "the text does not appear in the quote"
    return reason
