"""Words that may make names, read the way names and titles are printed: runs of
capitalized words ("Olivia Kavanaugh"), with the small words titles hold ("Nights of
Cabiria"), figures ("Compartment No. 6"), and, in quotation marks, more small words and
punctuation. A lost italic may glue a title to the word before it ("sinceTake Out"), and, in
texts where such glue is common, to the word after it ("Louloufor"): glued words are cut apart.
See :mod:`checker.extract.mentions` for which runs are names.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_GLUE_LEFT = re.compile(r"(?<=[a-z])(?=[A-Z])")
# words a title glued to the next word ends with, in texts whose italics were lost
_GLUE_RIGHT = ("especially", "would", "could", "should", "which", "where", "while", "were",
               "does", "that", "with", "from", "been", "will", "when", "also", "into", "was",
               "for", "and", "did", "has", "had", "who", "the")
_CONNECTORS = frozenset({"of", "the", "de", "da", "del", "della", "di", "du", "la", "le", "van",
                         "von", "y", "der", "den", "al"})
_QUOTED_CONNECTORS = _CONNECTORS | {"a", "an", "in", "on", "at", "to", "for", "from", "with",
                                    "and", "or", "is", "over", "under", "into", "out", "up"}
# in ASCII text: a capitalized word or a figure, as _WORD reads it (starting after neither a
# letter or figure nor one and an apostrophe or hyphen); a connector between two such words,
# with the spaces and punctuation that may join words of a name around it
_CAPITALIZED = re.compile(r"[A-Z0-9](?<![A-Za-z0-9].)(?<![A-Za-z0-9]['-].)[A-Za-z0-9]*"
                          r"(?:['-][A-Za-z0-9]+)*")
_BRIDGE = re.compile(r"(?: |\. |: | - )(" + "|".join(sorted(_QUOTED_CONNECTORS))
                     + r")(?: |: | - )")
_ABBREVIATED = frozenset({"No", "Nos", "Vol", "St", "Mt", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr",
                          "Pt", "NO", "VOL", "ST"})


class Token(NamedTuple):
    """A word of a sentence (or a piece of a glued one): ``start``/``end`` index the
    sentence's normalized text."""

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


def _pieces(match: re.Match[str], messy: bool) -> Iterator[Token]:
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
            yield Token(base + start, base + cut, word[start:cut], True)
            yield Token(base + cut, base + end, tail, True)
            continue
        yield Token(base + start, base + end, piece, glued and (first > 0 or end < len(word)))


def _joins(text: str, left: Token, right: Token, quoted: bool) -> bool:
    gap = text[left.end: right.start]
    if gap == " " or (gap == "" and left.glued):
        return True
    if gap == ". " and (left.text in _ABBREVIATED or (len(left.text) == 1 and left.capitalized)):
        return True
    if gap == ": " and left.text[-1].isdigit() and right.capitalized:
        return True  # "Female Prisoner #701: Scorpion", "Part 2: The Return"
    return (gap == " #" and right.text[0].isdigit()) or (quoted and gap in (": ", " - "))


def phrases(text: str, tokens: list[Token], quoted_spans: list[tuple[int, int]]
            ) -> Iterator[list[Token]]:
    """The runs of ``tokens`` printed as one name would be, each starting capitalized."""
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
def words_of(text: str, messy: bool) -> tuple[Token, ...]:
    """The words of ``text`` that may be part of a name, cut where a lost italic glued two
    together: a word in lower case other than a connector ("of", "the") only ends names."""
    glue = [m.start() for m in _GLUE_LEFT.finditer(text)]
    if not glue and not messy and text.isascii():  # most sentences: nothing glued
        return _capitalized(text)
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
            tokens.append(Token(start, end, word))
    return tuple(tokens)


def _capitalized(text: str) -> tuple[Token, ...]:
    """The capitalized words and figures of ``text`` (ASCII, nothing glued), and a connector
    between two of them: the only one a run of names can take in ("Nights of Cabiria"); any
    other word only ends a run, as the words between them do."""
    found = [Token(m.start(), m.end(), m.group()) for m in _CAPITALIZED.finditer(text)]
    tokens = found[:1]
    for left, right in itertools.pairwise(found):
        bridge = _BRIDGE.fullmatch(text, left.end, right.start)
        if bridge is not None:
            tokens.append(Token(bridge.start(1), bridge.end(1), bridge.group(1)))
        tokens.append(right)
    return tuple(tokens)


def _may_name(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _QUOTED_CONNECTORS
