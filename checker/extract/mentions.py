"""The names a sentence mentions: known entities, variants of them, and names not yet known.

Known entities are found first, longest form first (see :mod:`checker.extract.gazetteer`).
What is left is read as runs of capitalized words, the way names and titles are printed
(:mod:`checker.extract.phrases`): "Olivia Kavanaugh", "Nights of Cabira", "COMPARTMENT NUMBER
6" (a title in capitals, in a sentence that is not), a title in quotation marks, or one glued
to the word before it by a lost italic ("sinceTake Out"). In texts where such glue is common, a
title may also be glued to the word after it ("Louloufor"). A capitalized word that only starts
a sentence ("The", "However", "In") is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from checker.extract.gazetteer import Gazetteer
from checker.extract.phrases import Token, phrases, words_of
from checker.model.entities import Entity
from checker.parse.names import name_key

_QUOTED = re.compile(r"(?<![\w])[\"']([^\"']{2,80}?)[\"']")
_INSTITUTIONS = frozenset({"School", "University", "College", "Academy", "Institute", "Hospital",
                           "Airport", "Station", "Theater", "Theatre", "Hotel", "Museum",
                           "Festival", "Conservatory", "Library", "Studios", "Center", "Centre"})
# capitalized words that start sentences, clauses and dates rather than names
_NOT_NAMES = frozenset({
    "director", "producer", "cinematographer", "editor", "actor", "actress", "writer",
    "screenwriter", "composer", "designer", "star", "co-star", "filmmaker", "critic",
    "a", "an", "and", "as", "at", "after", "also", "although", "another", "any", "are", "because",
    "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
    "even", "every", "few", "finally", "following", "for", "from", "had", "has", "have", "he",
    "her", "here", "hers", "him", "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've",
    "im", "if", "in", "initially", "instead", "into", "is", "it", "its", "it's", "just", "later",
    "like", "look", "many", "meanwhile", "more", "most", "my", "no", "not", "now", "of", "oh",
    "ok", "okay", "on", "once", "one", "or", "our", "out", "over", "perhaps", "please", "she",
    "since", "so", "some", "soon", "still", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "though", "through", "to", "too", "two",
    "under", "until", "up", "upon", "us", "very", "was", "we", "well", "were", "what", "whatever",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "without", "would", "yeah", "yes", "yet", "you", "your", "according", "additionally", "apart",
    "despite", "eventually", "originally", "prior", "regardless", "remarkably", "typically",
    "unfortunately", "consequently", "honestly", "hopefully", "absolutely", "actually",
    "basically", "certainly", "clearly", "indeed", "maybe", "obviously", "surely", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mr", "mrs", "ms", "dr"
})
_DAY_AFTER = re.compile(r" (?:\d|of \d)")


class Mention(NamedTuple):  # a tuple: sentences have many, made quickly
    """A name in a sentence: ``start``/``end`` index the sentence's normalized text."""

    start: int
    end: int
    text: str  # as printed, without a possessive 's
    entities: tuple[Entity, ...] = ()  # the known entities it names; none: not known yet
    variant: bool = False  # a spelling of a known name that none of its forms has
    short: bool = False  # one word of a person's name: "Baker"
    quoted: bool = False  # in quotation marks
    caps: bool = False  # in capitals, in a sentence that is not
    glued: bool = False  # glued to a neighbouring word
    possessive: bool = False

    def entity(self, kinds: Iterable[str]) -> Entity | None:
        if not self.entities:
            return None
        wanted = kinds if isinstance(kinds, tuple | list) else set(kinds)
        return next((e for e in self.entities if e.kind in wanted), None)

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    if '"' not in text and "'" not in text:
        return []
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]


class Reading(NamedTuple):
    """The names in a sentence, and the phrases no form found there, as the gazetteer was asked
    to name them (see :meth:`checker.extract.gazetteer.Gazetteer.reads_as_base`)."""

    mentions: list[Mention]
    named: tuple[str, ...]


def mentions_in(text: str, gazetteer: Gazetteer, messy: bool = False) -> list[Mention]:
    """The names in one normalized sentence, in order, none overlapping another."""
    return read_names(text, gazetteer, messy).mentions


def read_names(text: str, gazetteer: Gazetteer, messy: bool = False) -> Reading:
    """:func:`mentions_in`, with the phrases it asked the gazetteer to name."""
    chosen: dict[tuple[int, int], list[Entity]] = {}
    shorts: set[tuple[int, int]] = set()
    for found in sorted(gazetteer.found_in(text), key=lambda f: (f.start - f.end, f.start)):
        span = (found.start, found.end)
        if span not in chosen and any(s < found.end and found.start < e for s, e in chosen):
            continue
        if _month_date(text, found.start, found.end):
            continue
        entities = chosen.setdefault(span, [])
        if found.form.entity not in entities:
            entities.append(found.form.entity)
        if found.form.short:
            shorts.add(span)
    quoted_spans = _quoted_spans(text)
    # in ASCII, only a to z change when put in capitals
    mixed_case = text != text.upper() if text.isascii() else any(c.islower() for c in text)
    mentions = [_known(text, span, entities, span in shorts, quoted_spans, mixed_case)
                for span, entities in chosen.items()]
    tokens = list(words_of(text, messy))
    if chosen:
        covered = bytearray(len(text))  # 1: a character of a known name
        for start, end in chosen:
            covered[start:end] = b"\1" * (end - start)
        tokens = [t for t in tokens if 1 not in covered[t.start: t.end]]
    named: list[str] = []
    for phrase in phrases(text, tokens, quoted_spans):
        mention = _unknown(text, phrase, gazetteer, quoted_spans, mixed_case, named)
        if mention is not None:
            mentions.append(mention)
    return Reading(_institutions(text, sorted(mentions, key=lambda m: m.start)), tuple(named))


def _institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place that starts the name of an institution is part of that name: "Lisbon Film
    School", "Portland General Hospital"."""
    merged: list[Mention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if (before is not None and not mention.entities and text[before.end: mention.start] == " "
                and before.entity(["place"]) and mention.words[-1] in _INSTITUTIONS):
            merged[-1] = Mention(before.start, mention.end, text[before.start: mention.end],
                                 possessive=mention.possessive)
            continue
        merged.append(mention)
    return merged


def _month_date(text: str, start: int, end: int) -> bool:
    """"June 5" is a date, not the character June."""
    return (text[start:end].lower() in _NOT_NAMES
            and _DAY_AFTER.match(text[end: end + 5]) is not None)


def _flags(text: str, start: int, end: int, quoted_spans: list[tuple[int, int]],
           mixed_case: bool) -> tuple[bool, bool, bool]:
    """Whether the name at ``[start, end)`` is quoted, in capitals, and possessive."""
    letters = [c for c in text[start:end] if c.isalpha()]
    return (
        any(s <= start and end <= e for s, e in quoted_spans),
        mixed_case and len(letters) > 1 and all(c.isupper() for c in letters),
        # "Strand's", or "Strands" in a text whose apostrophes were stripped
        text[end: end + 2] == "'s" or (
            text[end: end + 1] == "s" and not text[end + 1: end + 2].isalnum()
            and (start == 0 or text[start - 1] == " ")),
    )


def _known(text: str, span: tuple[int, int], entities: list[Entity], short: bool,
           quoted_spans: list[tuple[int, int]], mixed_case: bool) -> Mention:
    start, end = span
    glued = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
    quoted, caps, possessive = _flags(text, start, end, quoted_spans, mixed_case)
    return Mention(start, end, text[start:end], tuple(entities), False, short, quoted, caps,
                   glued, possessive)


def _unknown(text: str, phrase: list[Token], gazetteer: Gazetteer,
             quoted_spans: list[tuple[int, int]], mixed_case: bool,
             named: list[str]) -> Mention | None:
    while phrase and (phrase[0].text.lower() in _NOT_NAMES or not phrase[0].capitalized) \
            and not (phrase[0].text in ("The", "THE") and len(phrase) > 1):
        phrase = phrase[1:]
    while phrase and not phrase[-1].capitalized and not phrase[-1].text[0].isdigit():
        phrase = phrase[:-1]
    if not phrase:
        return None
    start, end = phrase[0].start, phrase[-1].end
    printed = text[start:end]
    if printed.endswith("'s"):
        printed, end = printed[:-2], end - 2
    if name_key(printed) in gazetteer.rejected or not printed:
        return None
    named.append(printed)
    entities, variant = gazetteer.named(printed)
    quoted, caps, possessive = _flags(text, start, end, quoted_spans, mixed_case)
    return Mention(start, end, printed, entities, variant, False, quoted, caps,
                   any(t.glued for t in phrase), possessive)
