"""Quantities: ages, durations, running times, lengths, sizes and counts.

- An age belongs to the person or character it is set beside: "Ivan, a 21-year-old
  charmer", "her six-year-old, Moonee", "a 17-year-old employee named Strawberry", "Haddad,
  24,", "aged 31", "Lena Ortiz, age 31".
- A measure printed before a noun belongs to what the noun names: "a gripping 28-minute
  home-invasion sequence" is the duration of "the home-invasion sequence", "the 4-carat ring"
  the size of "Ani's engagement ring" (see :meth:`Gazetteer.description`); "a 139-minute
  film" is the running time of the work the sentence names.
- A measure after a verb belongs to the name before it: "This home-invasion sequence spans
  approximately 28 to 30 script pages", "Anora runs 139 minutes".
- A running time on a labelled line ("Running time: 139 minutes") is the main work's.
- A count of awards belongs to the work the sentence names: "five 2025 Academy Award wins"
  (scope: "Academy Award wins").

A measure whose owner cannot be told ("For 28 minutes, the chaos remains unbridled") is left
out. Ranges ("28 to 30", "three to four") and hedges ("approximately") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import hedge, nearest, of_kind
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity, EntityKind
from checker.model.values import Quantity
from checker.parse.numbers import NumberMention

ID = "quantities"
VALUE_KINDS = frozenset({"quantity"})

_UNITS = {"second": "seconds", "sec": "seconds", "minute": "minutes", "min": "minutes",
          "hour": "hours", "hr": "hours", "day": "days", "week": "weeks", "month": "months",
          "year": "years", "page": "pages", "carat": "carats", "foot": "feet", "feet": "feet",
          "metre": "metres", "meter": "metres"}
_PROPERTY = {"seconds": "duration", "minutes": "duration", "hours": "duration",
             "days": "duration", "weeks": "duration", "months": "duration",
             "years": "duration", "pages": "length", "carats": "size", "feet": "size",
             "metres": "size"}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_YEAR_OLD = re.compile(r"^[\s-]+years?[\s-]+old\b")
_COMPOUND = re.compile(rf"^-(?P<unit>{_UNIT})s?\b")
_MEASURE = re.compile(rf"^(?:\s+(?:to|or|-)\s+(?P<to>\S+))?\s+(?:[a-z]+\s+)?(?P<unit>{_UNIT})s?\b")
_VERB = re.compile(r"^\s+(?:spans|spanned|runs|ran|lasts|lasted|clocks in at|is|was)\s+$")
_APPOSITIVE = re.compile(r"^,\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$")
_DEFINITE = re.compile(r"\b(?:the|this|that|his|her|their|its|our|my)\s+(?:[\w-]+\s+)?$",
                       re.IGNORECASE)
_NAMED = re.compile(r"^\s+(?:[\w-]+\s+){0,4}?(?:named|called)\s+$")
_AGE_WORD = re.compile(r"\b(?:age|aged)\s+$", re.IGNORECASE)
_RUNTIME_LABEL = re.compile(r"^(?:running time|runtime|length)\s*:\s", re.IGNORECASE)
_FILM_WORDS = frozenset({"film", "movie", "feature", "documentary", "picture", "short", "drama",
                         "comedy", "thriller", "western", "musical", "biopic", "romance",
                         "horror", "epic", "animation"})
_AWARDS = re.compile(r"^\s+(?:\d{4}\s+)?(?P<what>(?:[A-Z][\w-]*\s+){0,3}(?:[Aa]wards?\s+)?"
                     r"(?:wins|nominations|awards|Oscars|Emmys|Baftas|BAFTAs|prizes))\b")
_AGED: tuple[EntityKind, ...] = ("person", "character")
_WORK: tuple[EntityKind, ...] = ("work",)
_YEAR = re.compile(r"1\d{3}|20\d\d")
_BRACKETS = re.compile(r"^\s*\([^)]*\)")
_AFTER_NAME = re.compile(r"[^\W\d_]+(?:,|\s\()\s*$")
_SET_OFF = re.compile(r"\s*[,)]")
_BESIDE = re.compile(r",\s*|\s\(")
_WORD_BEYOND = re.compile(r"\s*,\s*[\w-]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'-]*)")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    numbers = [n for n in sentence.numbers if not n.ordinal and n.value < 10_000
               and not _YEAR.fullmatch(n.text)]  # years are dates
    if not numbers:
        return
    mentions = context.mentions(sentence)
    for number in numbers:
        after = text[number.end:]
        if _YEAR_OLD.match(after) or _AGE_WORD.search(text, max(0, number.start - 6),
                                                      number.start):
            yield from _age(sentence, mentions, number)
            continue
        if _set_off(text, number):
            yield from _appositive_age(sentence, mentions, number)
            continue
        awards = _AWARDS.match(after)
        if awards:
            yield from _count(sentence, mentions, number, awards)
            continue
        compound = _COMPOUND.match(after)
        if compound:
            yield from _before_noun(sentence, context, mentions, number, compound)
            continue
        measure = _MEASURE.match(after)
        if measure:
            yield from _after_verb(sentence, context, mentions, number, measure, numbers)


def _quantity(amount: float, unit: str, to: float | None = None) -> Quantity:
    return Quantity(kind="quantity", amount=amount, to=to, unit=unit)


def _hedged(sentence: Sentence, subject: Entity, prop: str, value: Quantity,
            evidence: list[Span], number: NumberMention, scope: str | None = None,
            note: str | None = None) -> Finding:
    approximate, bound, said = hedge(sentence.text, number.start, number.end)
    return Finding(sentence=sentence, subject=subject, property=prop, value=value,
                   evidence=(*evidence, *([said] if said else [])),
                   approximate=approximate, bound=bound, scope=scope, note=note)


def _age(sentence: Sentence, mentions: list[Mention], number: NumberMention) -> Iterator[Finding]:
    text = sentence.text
    end = number.end + (m.end() if (m := _YEAR_OLD.match(text[number.end:])) else 0)
    found = None
    said_age = _AGE_WORD.search(text, max(0, number.start - 6), number.start) is not None
    for mention, entity in of_kind(mentions, _AGED):
        if text[mention.start - 1: mention.start] == "(" and text[mention.end: mention.end + 1] \
                == ")":
            continue  # "Ingrid (Sofie Brandt), a 41-year-old captain": the age is Ingrid's
        if mention.end <= number.start and (
                _APPOSITIVE.match(_BRACKETS.sub("", text[mention.end: number.start]))
                or said_age):
            found = (mention, entity)  # "at age 11": the last person named before
        elif mention.start >= end and (text[end: mention.start] in (", ", " ")
                                       or _NAMED.match(text[end: mention.start])):
            found = found or (mention, entity)
            break
    if found is None or not 0 < number.value < 130:
        return
    mention, entity = found
    yield _hedged(sentence, entity, "age", _quantity(number.value, "years"),
                  [(number.start, end), (mention.start, mention.end)], number)


def _set_off(text: str, number: NumberMention) -> bool:
    """A bare number set off after a name: "Odile Varga, 52, ...", "Ilyin (31)"."""
    return (number.value == int(number.value) and 0 < number.value < 120
            and _AFTER_NAME.search(text[: number.start]) is not None
            and _SET_OFF.match(text[number.end:]) is not None)


def _appositive_age(sentence: Sentence, mentions: list[Mention],
                    number: NumberMention) -> Iterator[Finding]:
    text = sentence.text
    found = next(((m, e) for m, e in of_kind(mentions, _AGED)
                  if _BESIDE.fullmatch(text[m.end: number.start])), None)
    if found is not None:
        mention, entity = found
        # the check reads "Varga, 52," as an age by the comma after it: keep a word beyond
        after = _WORD_BEYOND.match(text[number.end:])
        end = number.end + (after.end() if after else 0)
        yield _hedged(sentence, entity, "age", _quantity(number.value, "years"),
                      [(mention.start, end)], number)


def _count(sentence: Sentence, mentions: list[Mention], number: NumberMention,
           awards: re.Match[str]) -> Iterator[Finding]:
    found = nearest(mentions, _WORK, number.start, number.end)
    if found is None or number.value < 1:
        return
    what = awards.group("what")
    mention, work = found
    yield _hedged(sentence, work, "count", _quantity(number.value, "count"),
                  [(number.start, number.end + awards.end()), (mention.start, mention.end)],
                  number, scope=" ".join(what.split()))


def _noun_phrase(text: str, start: int) -> list[tuple[list[str], int]]:
    """The noun phrases that may follow a measure: one to three words, each with its end."""
    phrases: list[tuple[list[str], int]] = []
    words: list[str] = []
    for word in _NEXT_WORD.finditer(text[start:]):
        if word.start() != (phrases[-1][1] - start if phrases else 0):
            break
        words.append(word.group(1))
        phrases.append((list(words), start + word.end()))
        if len(words) == 3:
            break
    return phrases


def _before_noun(sentence: Sentence, context: Context, mentions: list[Mention],
                 number: NumberMention, compound: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    unit = _UNITS[compound.group("unit").lower()]
    after = number.end + compound.end()
    definite = _DEFINITE.search(text, max(0, number.start - 30), number.start) is not None
    for words, end in _noun_phrase(text, after):
        if words[-1].lower() in _FILM_WORDS and _PROPERTY.get(unit) == "duration":
            work = nearest(mentions, _WORK, number.start, end) or (
                (None, context.main_work) if definite and context.main_work else None)
            if work is not None:
                named = [(work[0].start, work[0].end)] if work[0] is not None else []
                yield _hedged(sentence, work[1], "runtime", _quantity(number.value, unit),
                              [(number.start, end), *named], number)
            return
    # the phrase that says most about the thing, ending on its own head noun: "lighthouse
    # scene", not "lighthouse" nor "lighthouse scene was"
    things = [(thing.name.lower().endswith(words[-1].lower()), found[0], -len(words), thing, end)
              for words, end in _noun_phrase(text, after)
              if (found := context.described().describe(words, definite)) is not None
              for thing in [found[1]]]
    if things and unit in _PROPERTY:
        *_, thing, end = max(things, key=lambda t: t[:3])
        yield _hedged(sentence, thing, _PROPERTY[unit], _quantity(number.value, unit),
                      [(number.start, end)], number)


def _after_verb(sentence: Sentence, context: Context, mentions: list[Mention],
                number: NumberMention, measure: re.Match[str],
                numbers: list[NumberMention]) -> Iterator[Finding]:
    text = sentence.text
    unit = _UNITS[measure.group("unit").lower()]
    end = number.end + measure.end()
    to = next((n.value for n in numbers if measure.group("to") and
               n.start == number.end + measure.start("to")), None)
    if measure.group("to") and to is None:
        return
    value = _quantity(number.value, unit, to)
    if _RUNTIME_LABEL.match(text) and context.main_work is not None and unit in (
            "minutes", "hours"):
        yield _hedged(sentence, context.main_work, "runtime", value, [(0, end)], number)
        return
    start = _hedge_start(text, number)
    for mention in mentions:
        if mention.end <= start and _VERB.match(text[mention.end: start]):
            owner = mention.entity(_WORK)
            prop = "runtime" if owner is not None and unit in ("minutes", "hours") else \
                _PROPERTY.get(unit)
            owner = owner or mention.entity(("other", "place", "event"))
            if owner is not None and prop is not None:
                yield _hedged(sentence, owner, prop, value, [(mention.start, end)], number)
            return


def _hedge_start(text: str, number: NumberMention) -> int:
    _, _, said = hedge(text, number.start, number.end)
    return said[0] if said and said[0] < number.start else number.start
