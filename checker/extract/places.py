"""Places tied to a subject: where a thing is, where a person was born or grew up, where a
work is set or was filmed.

- ``location``: a building or institution, then "in" and a place ("Ivan's mansion in
  Sheepshead Bay", "Colgate University in upstate New York"), or a place before the noun that
  names a known thing ("the grand Mill Basin mansion");
- ``birthplace``: "born in Summit, New Jersey", "Born and raised in ..., Baker", "an
  L.A.-born actress" (the person set beside it); "raised" or "grew up" also gives the
  ``hometown``;
- ``residence``: "lives in", "based in";
- ``setting``: a work "set in" a list of places ("parts of Coney Island, Brighton Beach and
  Sheepshead Bay");
- ``filming_location``: "shot in", "filmed in", "shooting in" (the work the sentence names,
  else the one named just before, else the article's main work).

A place a possessive only qualifies ("Brooklyn's communities") is not listed. A new place is
proposed only where one of these words announces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from checker.extract.context import Context
from checker.extract.cues import first_person, of_kind, pieces
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity, EntityKind
from checker.model.values import Place

ID = "places"
VALUE_KINDS = frozenset({"place"})

_DIRECTIONS = r"(?:upstate|downstate|downtown|uptown|northern|southern|eastern|western|" \
    r"central|rural|suburban|coastal|north|south|east|west)"
_BORN = re.compile(r"\b(?:born(?: and (?P<raised>raised|bred))?|(?P<grew>grew up|growing up|"
                   r"raised))\s+in\s+(?:the\s+(?:[\w-]+\s+){0,4}?of\s+)?", re.IGNORECASE)
_BORN_ADJECTIVE = re.compile(r"-born\b")
_LIVES = re.compile(r"\b(?:lives|lived|living|based|resides|resided)\s+in\s+", re.IGNORECASE)
_SET = re.compile(r"\bis set in\s+|\bwas set in\s+|\bset in\s+", re.IGNORECASE)
_FILMED = re.compile(r"\b(?:shot|filmed|shooting|filming)\s+(?:on location\s+)?in\s+",
                     re.IGNORECASE)
_IN = re.compile(rf" in (?:{_DIRECTIONS} )?")
# the words each pattern needs, in lower case: a sentence without them is not searched
_BORN_CUES = pieces("born", "grew up", "growing up", "raised")
_LIVES_CUES = pieces("lives", "lived", "living", "based", "resides", "resided")
_FILMED_CUES = pieces("shot", "filmed", "shooting", "filming")
_SITED: tuple[EntityKind, ...] = ("place", "other", "organization")
_PLACE: tuple[EntityKind, ...] = ("place",)
_PERSON: tuple[EntityKind, ...] = ("person",)
_WORK: tuple[EntityKind, ...] = ("work",)
_QUALIFIER = re.compile(rf"\b{_DIRECTIONS}\s+$")
_DEFINITE = re.compile(r"\b(?:the|this|that|its|his|her|their)\s+(?:[a-z][\w-]*\s+)?$")
_REGION = re.compile(r", ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})\b")
_NOUN = re.compile(r" ([a-z][\w-]*)\b")
_LISTED = re.compile(r".*(?:,|\band) ")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    mentions = context.mentions(sentence)
    for index, mention in enumerate(mentions[:-1] if " in " in text else ()):
        following = mentions[index + 1]
        thing = mention.entity(("other", "organization")) or (
            mention.entity(_PLACE) if "'" in mention.text else None)
        if thing is not None and _IN.fullmatch(text, mention.end, following.start):
            yield from _located(sentence, context, thing, (mention.start, mention.end),
                                following)
    yield from _place_before_noun(sentence, context, mentions)
    for said in _BORN.finditer(text) if sentence.holds(_BORN_CUES) else ():
        yield from _born(sentence, context, mentions, said)
    for said in _BORN_ADJECTIVE.finditer(text) if "-born" in text else ():
        place = next((m for m in mentions if m.end == said.start()), None)
        person = _beside(text, mentions, said.start(), said.end())
        if place is not None and person is not None:
            yield from _of(sentence, context, person, "birthplace", place, said.span())
    for said in _LIVES.finditer(text) if sentence.holds(_LIVES_CUES) else ():
        place = next((m for m in mentions if m.start == said.end()), None)
        person = _beside(text, mentions, said.start(), said.end())
        if place is not None and person is not None:
            yield from _of(sentence, context, person, "residence", place, said.span())
    for said in _SET.finditer(text) if "set in" in sentence.lowered else ():
        yield from _set_in(sentence, context, mentions, said)
    for said in _FILMED.finditer(text) if sentence.holds(_FILMED_CUES) else ():
        yield from _filmed_in(sentence, context, mentions, said)


def _place_value(sentence: Sentence, context: Context, place: Mention) -> tuple[str, Span] | None:
    """The place a mention names, with an "upstate" or the like before it, and a "City,
    State" pair read as one place."""
    text = sentence.text
    region = _REGION.match(text[place.end:])
    if not place.entities and region:  # "Summit, New Jersey": a town and its state, one place
        end = place.end + region.end()
        place = Mention(place.start, end, text[place.start: end])
    entity = context.entity(place, _PLACE)
    if entity is None:
        return None
    start = place.start
    qualifier = _QUALIFIER.search(text[max(0, start - 12): start])
    if qualifier and entity.status != "draft":
        start -= len(qualifier.group())
        return text[start: place.end], (start, place.end)
    return entity.name, (place.start, place.end)


def _of(sentence: Sentence, context: Context, subject: tuple[Mention | None, Entity],
        prop: str, place: Mention, cue: Span) -> Iterator[Finding]:
    value = _place_value(sentence, context, place)
    if value is None or value[0] == subject[1].name:
        return
    named, where = value
    mention = subject[0]
    evidence = [cue, where, *([(mention.start, mention.end)] if mention else [])]
    yield Finding(sentence=sentence, subject=subject[1], property=prop,
                  value=Place(kind="place", place=named), evidence=tuple(evidence))


def _located(sentence: Sentence, context: Context, thing: Entity, span: Span,
             place: Mention) -> Iterator[Finding]:
    value = _place_value(sentence, context, place)
    if value is not None and value[0] != thing.name:
        yield Finding(sentence=sentence, subject=thing, property="location",
                      value=Place(kind="place", place=value[0]), evidence=(span, value[1]))


def _place_before_noun(sentence: Sentence, context: Context,
                       mentions: list[Mention]) -> Iterator[Finding]:
    """"the grand Mill Basin mansion": a known place right before the noun of a known
    thing."""
    text = sentence.text
    for mention, place in of_kind(mentions, _PLACE):
        noun = _NOUN.match(text[mention.end:])
        definite = _DEFINITE.search(text[max(0, mention.start - 30): mention.start])
        if noun is None or definite is None or mention.possessive:
            continue
        thing = context.described().description([noun.group(1)], definite=True)
        if thing is not None and thing is not place:
            end = mention.end + noun.end()
            yield Finding(sentence=sentence, subject=thing, property="location",
                          value=Place(kind="place", place=place.name),
                          evidence=((mention.start, end),))


def _beside(text: str, mentions: list[Mention], start: int,
            end: int) -> tuple[Mention | None, Entity] | None:
    """The person a phrase is about: the nearest one before it, with no other name between,
    else the first one after it."""
    before = [(m, e) for m, e in of_kind(mentions, _PERSON) if m.end <= start]
    if before and not any(before[-1][0].end <= m.start and m.end <= start for m in mentions
                          if m.entity(_PERSON) is None and m.entity(_PLACE) is None):
        return before[-1]
    after = [(m, e) for m, e in of_kind(mentions, _PERSON) if m.start >= end]
    return after[0] if after else None


def _born(sentence: Sentence, context: Context, mentions: list[Mention],
          said: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    place = next((m for m in mentions if m.start == said.end()), None)
    if place is None:
        return
    person = _beside(text, mentions, said.start(), place.end)
    if person is None and context.speaker is not None and first_person(text):
        person = (None, context.speaker)
    if person is None:
        return
    if said.group("grew"):
        yield from _of(sentence, context, person, "hometown", place, said.span())
        return
    yield from _of(sentence, context, person, "birthplace", place, said.span())
    if said.group("raised"):
        yield from _of(sentence, context, person, "hometown", place, said.span())


def _set_in(sentence: Sentence, context: Context, mentions: list[Mention],
            said: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    work = next(((m, e) for m, e in reversed(of_kind(mentions, _WORK)) if m.end <= said.start()),
                None)
    if work is None:
        return
    end = text.find(".", said.end())
    listed = False  # a new place only at the head of the list or listed after one
    for place in (m for m in mentions if said.end() <= m.start and (end < 0 or m.end <= end)):
        if place.possessive:
            continue
        before = text[said.end(): place.start]
        if place.entity(_PLACE) is not None or place.start == said.end() or (
                listed and _LISTED.fullmatch(before)):
            listed = True
            yield from _of(sentence, context, work, "setting", place, said.span())


def _filmed_in(sentence: Sentence, context: Context, mentions: list[Mention],
               said: re.Match[str]) -> Iterator[Finding]:
    place = next((m for m in mentions if m.start == said.end()), None)
    if place is None:
        return
    named = of_kind(mentions, _WORK)
    work: tuple[Mention | None, Entity] | None = named[-1] if named else None
    note = None
    if work is None:
        recent = context.recent_work(sentence, same_line=False) or context.main_work
        work = (None, recent) if recent is not None else None
        note = f"the sentence names no work: taken to be {recent.name}" if recent else None
    if work is not None:
        for finding in _of(sentence, context, work, "filming_location", place, said.span()):
            yield replace(finding, note=note)
