"""The names a sentence mentions: known entities, variants of them, and names not yet known.

Known entities are found first, longest form first (see :mod:`checker.extract.gazetteer`).
What is left is read as runs of capitalized words, the way names and titles are printed:
"Olivia Kavanaugh", "Nights of Cabira", "COMPARTMENT NUMBER 6" (a title in capitals, in a
sentence that is not), a title in quotation marks, or one glued to the word before it by a
lost italic ("sinceTake Out"). In texts where such glue is common, a title may also be glued
to the word after it ("Louloufor"). A capitalized word that only starts a sentence ("The",
"However", "In") is not a name.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from checker.extract.gazetteer import Gazetteer
from checker.model.entities import Entity
from checker.parse.names import name_key

_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_GLUE_LEFT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_QUOTED = re.compile(r"(?<![\w])[\"']([^\"']{2,80}?)[\"']")
# words a title glued to the next word ends with, in texts whose italics were lost
_GLUE_RIGHT = ("especially", "would", "could", "should", "which", "where", "while", "were",
               "does", "that", "with", "from", "been", "will", "when", "also", "into", "was",
               "for", "and", "did", "has", "had", "who", "the")
_CONNECTORS = frozenset({"of", "the", "de", "da", "del", "della", "di", "du", "la", "le", "van",
                         "von", "y", "der", "den", "al"})
_QUOTED_CONNECTORS = _CONNECTORS | {"a", "an", "in", "on", "at", "to", "for", "from", "with",
                                    "and", "or", "is", "over", "under", "into", "out", "up"}
_INSTITUTIONS = frozenset({"School", "University", "College", "Academy", "Institute", "Hospital",
                           "Airport", "Station", "Theater", "Theatre", "Hotel", "Museum",
                           "Festival", "Conservatory", "Library", "Studios", "Center", "Centre"})
_ABBREVIATED = frozenset({"No", "Nos", "Vol", "St", "Mt", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr",
                          "Pt", "NO", "VOL", "ST"})
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


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    glued: bool = False

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()


def glue_count(text: str, enough: int | None = None) -> int:
    """How many words of ``text`` are glued to a capitalized one ("inAnora", "sinceTake"),
    counted up to ``enough``."""
    count = 0
    counted = 0  # the end of the last word counted
    for glue in _GLUE_LEFT.finditer(text):
        if glue.start() < counted:
            continue
        # the word holding the glue: words stand in runs of letters, digits, "'" and "-"
        run = glue.start()
        while run > 0 and (text[run - 1].isalnum() or text[run - 1] in "'-"):
            run -= 1
        word = next(m for m in _WORD.finditer(text, run) if m.end() > glue.start())
        counted = word.end()
        count += sum(1 for g in _GLUE_LEFT.finditer(word.group())
                     if word.group()[: g.start()].islower() and g.start() >= 2)
        if enough is not None and count >= enough:
            break
    return count


def _pieces(match: re.Match[str], messy: bool) -> Iterator[_Token]:
    """A word, cut where a lost italic glued two together."""
    word, base = match.group(), match.start()
    cuts = [0]
    for glue in _GLUE_LEFT.finditer(word):
        left = word[cuts[-1]: glue.start()]
        if (left.islower() and len(left) >= 2) or (left[:1].isupper() and len(left) >= 5):
            cuts.append(glue.start())
    cuts.append(len(word))
    for first, (start, end) in enumerate(itertools.pairwise(cuts)):
        piece = word[start:end]
        glued = len(cuts) > 2
        tail = next(t for t in _GLUE_RIGHT if piece.endswith(t)) if messy and \
            piece[:1].isupper() and piece.endswith(_GLUE_RIGHT) else None
        if tail and piece[0].isupper() and len(piece) - len(tail) >= 3 and \
                piece[-len(tail) - 1].islower():
            cut = end - len(tail)
            yield _Token(base + start, base + cut, word[start:cut], True)
            yield _Token(base + cut, base + end, tail, True)
            continue
        yield _Token(base + start, base + end, piece, glued and (first > 0 or end < len(word)))


def _joins(text: str, left: _Token, right: _Token, quoted: bool) -> bool:
    gap = text[left.end: right.start]
    if gap == " " or (gap == "" and left.glued):
        return True
    if gap == ". " and (left.text in _ABBREVIATED or (len(left.text) == 1 and left.capitalized)):
        return True
    if gap == ": " and left.text[-1].isdigit() and right.capitalized:
        return True  # "Female Prisoner #701: Scorpion", "Part 2: The Return"
    return (gap == " #" and right.text[0].isdigit()) or (quoted and gap in (": ", " - "))


def _phrases(text: str, tokens: list[_Token], quoted_spans: list[tuple[int, int]]
             ) -> Iterator[list[_Token]]:
    i = 0
    while i < len(tokens):
        if not tokens[i].capitalized:
            i += 1
            continue
        quoted = any(s <= tokens[i].start < e for s, e in quoted_spans)
        connectors = _QUOTED_CONNECTORS if quoted else _CONNECTORS
        last = j = i
        while j + 1 < len(tokens) and _joins(text, tokens[j], tokens[j + 1], quoted):
            following = tokens[j + 1]
            if following.capitalized or (following.text[0].isdigit()
                                         and tokens[j].text[0].isupper()):
                last = j = j + 1
            elif (following.text in connectors and j + 2 < len(tokens)
                  and tokens[j + 2].capitalized and _joins(text, following, tokens[j + 2], quoted)):
                last = j = j + 2
            else:
                break
        yield tokens[i: last + 1]
        i = last + 1


@functools.lru_cache(maxsize=4096)  # a text is read again when new names were proposed
def _tokens(text: str, messy: bool) -> tuple[_Token, ...]:
    """The words of ``text`` that may be part of a name, cut where a lost italic glued two
    together: a word in lower case other than a connector ("of", "the") only ends names."""
    glue = [m.start() for m in _GLUE_LEFT.finditer(text)]
    if not glue and not messy:  # most sentences: nothing glued
        return tuple(_Token(m.start(), m.end(), word) for m in _WORD.finditer(text)
                     if (word := m.group())[0].isupper() or word[0].isdigit()
                     or word in _QUOTED_CONNECTORS)
    tokens = []
    cut = 0  # the first glue point not yet passed
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        while cut < len(glue) and glue[cut] <= start:
            cut += 1
        if (cut < len(glue) and glue[cut] < end) or (
                messy and word[0].isupper() and word.endswith(_GLUE_RIGHT)):
            tokens += [t for t in _pieces(match, messy) if _may_name(t.text)]
        elif _may_name(word):  # most words: nothing glued to them
            tokens.append(_Token(start, end, word))
    return tuple(tokens)


def _may_name(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _QUOTED_CONNECTORS


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]


def mentions_in(text: str, gazetteer: Gazetteer, messy: bool = False) -> list[Mention]:
    """The names in one normalized sentence, in order, none overlapping another."""
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
    mixed_case = any(c.islower() for c in text)
    mentions = [_known(text, span, entities, span in shorts, quoted_spans, mixed_case)
                for span, entities in chosen.items()]
    tokens = list(_tokens(text, messy))
    if chosen:
        covered = bytearray(len(text))  # 1: a character of a known name
        for start, end in chosen:
            covered[start:end] = b"\1" * (end - start)
        tokens = [t for t in tokens if 1 not in covered[t.start: t.end]]
    for phrase in _phrases(text, tokens, quoted_spans):
        mention = _unknown(text, phrase, gazetteer, quoted_spans, mixed_case)
        if mention is not None:
            mentions.append(mention)
    return _institutions(text, sorted(mentions, key=lambda m: m.start))


def _institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place that starts the name of an institution is part of that name: "Lisbon Film
    School", "Portland General Hospital"."""
    merged: list[Mention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if (before is not None and before.entity(["place"]) and not mention.entities
                and text[before.end: mention.start] == " "
                and mention.words[-1] in _INSTITUTIONS):
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
           mixed_case: bool) -> dict[str, bool]:
    letters = [c for c in text[start:end] if c.isalpha()]
    return {
        "quoted": any(s <= start and end <= e for s, e in quoted_spans),
        "caps": mixed_case and len(letters) > 1 and all(c.isupper() for c in letters),
        # "Strand's", or "Strands" in a text whose apostrophes were stripped
        "possessive": text[end: end + 2] == "'s" or (
            text[end: end + 1] == "s" and not text[end + 1: end + 2].isalnum()
            and (start == 0 or text[start - 1] == " ")),
    }


def _known(text: str, span: tuple[int, int], entities: list[Entity], short: bool,
           quoted_spans: list[tuple[int, int]], mixed_case: bool) -> Mention:
    start, end = span
    glued = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
    return Mention(start, end, text[start:end], tuple(entities), short=short, glued=glued,
                   **_flags(text, start, end, quoted_spans, mixed_case))


def _unknown(text: str, phrase: list[_Token], gazetteer: Gazetteer,
             quoted_spans: list[tuple[int, int]], mixed_case: bool) -> Mention | None:
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
    flags = _flags(text, start, end, quoted_spans, mixed_case)
    glued = any(t.glued for t in phrase)
    known = gazetteer.index.candidates(printed)
    if known:
        return Mention(start, end, printed, tuple(e for e, _ in known), glued=glued, **flags)
    variant = gazetteer.variant(printed)
    if variant is not None:
        return Mention(start, end, printed, (variant,), variant=True, glued=glued, **flags)
    truncated = gazetteer.truncated(printed)
    entities = (truncated,) if truncated is not None else ()
    return Mention(start, end, printed, entities, glued=glued, **flags)
