"""Film festivals as articles name them: "the Cannes Film Festival", "Cannes", "Sundance",
"the Berlinale", "the 2021 Toronto International Film Festival".

A festival is the scope of a work's premiere or win there. Its name is the known event's
("Cannes" → "Cannes Film Festival" when the entities hold it), else the festival's full name.
A city that also names a festival (Venice, Toronto, Berlin) counts only in a sentence that
says "festival".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from checker.extract.context import Context
from checker.extract.cues import nearest
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.dates import PartialDate
from checker.model.values import Date
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
_WON = re.compile(r"\b(?:won|wins|winning|winner|awarded|took home|prize)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
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
    for entity in context.events:
        if key in name_key(entity.name).split():
            return entity.name
    return FESTIVALS[key]


def near(text: str, where: Span, start: int, end: int) -> bool:
    """A date within a few words of the festival: "at Cannes in 2021", "the 2021 Cannes",
    "In May, Anora won at Cannes"."""
    gap = text[end: where[0]] if end <= where[0] else text[where[1]: start]
    words = len(_WORD.findall(gap))
    return words <= 5 and ("," not in gap or words <= 4)


def at_festival(sentence: Sentence, context: Context, mentions: list[Mention], span: Span,
                 value: PartialDate, festival: tuple[Span, str],
                 published: bool = False) -> Iterator[Finding]:
    """A work's premiere at a festival near a date, or a prize it won there on that date."""
    where, name = festival
    found = nearest(mentions, ("work",), *where)
    if found is None or len(_WORD.findall(sentence.text[
            min(found[0].end, where[1]): max(found[0].start, where[0])])) > 10:
        return  # a work far from the festival is not the one that was there
    mention, work = found
    prop = "event_date" if _WON.search(sentence.text) else "premiere_date"
    yield Finding(sentence=sentence, subject=work, property=prop,
                  value=Date(kind="date", date=str(value)),
                  evidence=(span, where, (mention.start, mention.end)), scope=name,
                  year_from="published" if published else "quote")
