"""Film festivals as articles name them: "the Cannes Film Festival", "Cannes", "Sundance",
"the Berlinale", "the 2021 Toronto International Film Festival".

A festival is the scope of a work's premiere or win there. Its name is the known event's
("Cannes" → "Cannes Film Festival" when the entities hold it), else the festival's full name.
A city that also names a festival (Venice, Toronto, Berlin) counts only in a sentence that
says "festival".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from checker.extract.context import Context
from checker.extract.finding import Span
from checker.extract.mentions import Mention
from checker.parse.names import name_key, strip_accents

FESTIVALS: Mapping[str, str] = MappingProxyType({
    "cannes": "Cannes Film Festival", "sundance": "Sundance Film Festival",
    "berlinale": "Berlin International Film Festival", "tiff": "Toronto International Film "
    "Festival", "sxsw": "SXSW", "tribeca": "Tribeca Festival",
    "telluride": "Telluride Film Festival", "venice": "Venice Film Festival",
    "toronto": "Toronto International Film Festival", "berlin": "Berlin International Film "
    "Festival", "locarno": "Locarno Film Festival", "rotterdam": "International Film Festival "
    "Rotterdam", "karlovy vary": "Karlovy Vary International Film Festival",
    "san sebastian": "San Sebastián International Film Festival",
})
# names that are also cities: a festival only where the sentence says so
_CITIES = frozenset({"venice", "toronto", "berlin", "locarno", "rotterdam", "karlovy vary",
                     "san sebastian"})
_FESTIVAL_WORD = re.compile(r"\bfestival\b", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:[A-Z][\w'-]*\s+)+(?:International\s+)?Film\s+Festival\b")


def festival_in(text: str, mentions: list[Mention],
                context: Context) -> tuple[Span, str] | None:
    """The first festival a sentence names: where, and by what name."""
    for mention in mentions:
        event = mention.entity(["event"])
        if event is not None and "festival" in event.name.lower():
            return (mention.start, mention.end), event.name
        key = strip_accents(name_key(mention.text))
        if key in FESTIVALS and (key not in _CITIES or _FESTIVAL_WORD.search(text)):
            return (mention.start, mention.end), _known_name(key, context)
    named = _NAMED.search(text)
    if named:
        return named.span(), named.group()
    return None


def _known_name(key: str, context: Context) -> str:
    """The known event a festival's short name belongs to, else its full name."""
    for entity in context.gazetteer.events:
        if key in name_key(entity.name).split():
            return entity.name
    return FESTIVALS[key]
