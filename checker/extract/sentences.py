"""A source cut into sentences, each with its typography normalized and a map back to the text.

Extractors read the normalized sentence (straight quotes and apostrophes, plain hyphens, single
spaces), so that one pattern serves "Ivan’s" and "Ivan's"; a quote is then cut from the
source's own text through the map, so that it stays verbatim. Sentences end where the check's
own passages end (see :func:`checker.text.sentence_around`): at a full stop before a new
sentence, and at every line break.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from checker.parse.dates import DateMention, dates_in, years_in
from checker.parse.money import MoneyMention, money_in
from checker.parse.numbers import (
    ORDINALS,
    SCALES,
    TENS_WORDS,
    UNITS_WORDS,
    NumberMention,
    numbers_in,
)
from checker.text import (  # the check's own rules for where a sentence ends
    _MAX_SENTENCE,
    _SENTENCE_END,
    _ends_sentence,
    normalize,
    sentence_around,
)

_NOT_SPACE = re.compile(r"\S")
# words of printable ASCII but the backtick, which normalizing leaves as they are, with a
# space between them; white space; any other character
_PIECES = re.compile(r"(?P<plain>[!-_a-~]+(?: [!-_a-~]+)*)|(?P<space>\s+)|(?P<other>.)",
                     re.DOTALL)
_folded: dict[str, str] = {}
# the letters a case-blind pattern matches with a letter of another case ("ſ" with "s")
CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
# the first three letters of every month's name, full or short, as dates_in reads them (with
# their capital): a date without an ISO date's hyphens holds one
_MONTH_PIECE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
NUMBER_WORDS = frozenset({*UNITS_WORDS, *TENS_WORDS, *ORDINALS, *SCALES, "dozen"})


@dataclass(frozen=True, eq=False)
class Sentence:
    """One sentence of a source: ``text`` is normalized; ``offsets[i]`` is where its
    character ``i`` stands in the source's text."""

    index: int
    start: int
    end: int
    text: str
    offsets: tuple[int, ...] = field(repr=False)
    # the line it stands on: a sentence never runs across a line break, and the articles
    # put each paragraph on a line of its own
    line: int
    within: Sentences = field(repr=False)  # the source's sentences, this one among them

    # What parsing the sentence gives is read once, by every extractor and every reading. A
    # pattern needs its words in the text: a sentence without them is not searched.

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, as a case-blind pattern reads it: a word it finds, in any
        case, is in here in lower case."""
        return self.text.lower() if self.text.isascii() else self.text.translate(CASE).lower()

    @cached_property
    def words(self) -> frozenset[str]:
        """The words of :attr:`lowered`."""
        return frozenset(_LETTERS.findall(self.lowered))

    def holds(self, pieces: frozenset[str]) -> bool:
        """Whether :attr:`lowered` holds one of ``pieces``."""
        return self.index in self.within.holding(pieces)

    @cached_property
    def digits(self) -> bool:
        return _DIGIT.search(self.text) is not None

    @cached_property
    def numbers(self) -> list[NumberMention]:
        """:func:`checker.parse.numbers.numbers_in`: a figure or a number word is needed."""
        if not self.digits and self.words.isdisjoint(NUMBER_WORDS):
            return []
        return numbers_in(self.text)

    @cached_property
    def money(self) -> list[MoneyMention]:
        """:func:`checker.parse.money.money_in`: every amount is a number."""
        return money_in(self.text) if self.numbers else []

    @cached_property
    def dates(self) -> list[DateMention]:
        """:func:`checker.parse.dates.dates_in`: a date names its month ("May", "Oct.") or is
        written with figures and hyphens ("2021-07-14"). Most sentences with a figure do not
        name a month: their figures are amounts, ages and years."""
        if _MONTH_PIECE.search(self.text) is None and not (self.digits and "-" in self.text):
            return []
        return dates_in(self.text)

    @cached_property
    def years(self) -> list[tuple[int, int, int]]:
        """:func:`checker.parse.dates.years_in`: a year is four figures."""
        return years_in(self.text) if self.digits else []

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets of the normalized span ``[start, end)``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def _normalized(raw: str, start: int) -> tuple[str, tuple[int, ...]]:
    """``raw`` normalized as :class:`checker.text.NormalizedText` does it, with the source
    offset of each character: plain text in runs, the rest one character at a time."""
    pieces: list[str] = []
    offsets: list[int] = []
    in_space = True  # drops leading white space
    for piece in _PIECES.finditer(raw):
        at = start + piece.start()
        if piece.lastgroup == "space":
            if not in_space:
                pieces.append(" ")
                offsets.append(at)
            in_space = True
            continue
        in_space = False
        if piece.lastgroup == "plain":
            pieces.append(piece.group())
            offsets.extend(range(at, at + len(piece.group())))
            continue
        folded = _folded.get(piece.group())
        if folded is None:  # one character, as normalizing it alone gives it
            folded = _folded.setdefault(piece.group(), normalize(piece.group()))
        pieces.append(folded)
        offsets.extend([at] * len(folded))
    text = "".join(pieces)
    if text.endswith(" "):
        return text[:-1], tuple(offsets[:-1])
    return text, tuple(offsets)


class Sentences(list[Sentence]):
    """A source's sentences, which also tell which of them hold which words: each word is
    looked for once in the whole text, rather than once in every sentence."""

    def __init__(self) -> None:
        super().__init__()
        self._holding: dict[frozenset[str], frozenset[int]] = {}
        self._starts: list[int] = []  # where each sentence begins in the text in lower case
        self._lowered = ""

    def holding(self, pieces: frozenset[str]) -> frozenset[int]:
        """The sentences whose text in lower case holds one of ``pieces``, by index."""
        if pieces not in self._holding:
            if not self._starts:
                self._starts = list(accumulate((len(s.lowered) + 1 for s in self[:-1]),
                                               initial=0))
                self._lowered = "\0".join(s.lowered for s in self)  # no piece holds a \0
            found: set[int] = set()
            for piece in pieces:
                at = self._lowered.find(piece)
                while at != -1:
                    number = bisect_right(self._starts, at) - 1
                    found.add(number)
                    following = number + 1  # one is enough: on to the next sentence
                    if following == len(self._starts):
                        break
                    at = self._lowered.find(piece, self._starts[following])
            self._holding[pieces] = frozenset(found)
        return self._holding[pieces]


class _Ends:
    """Where sentences end on the line of a text being cut: as
    :func:`checker.text.sentence_around` finds them, looked for once per line rather than once
    per sentence. A line longer than the stretch it looks at either side is left to it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line = (-1, -1)  # the line whose ends are known: its start and end
        self.ends: list[tuple[int, int]] = []

    def around(self, position: int) -> tuple[int, int]:
        """``sentence_around(text, position, position + 1)``."""
        text = self.text
        line_start, line_end = self.line
        if not line_start <= position < line_end:
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position + 1)
            if line_end == -1:
                line_end = len(text)
            if line_end - line_start > _MAX_SENTENCE:
                return sentence_around(text, position, position + 1)
            self.line = line_start, line_end
            self.ends = [(m.start(), m.end()) for m in
                         _SENTENCE_END.finditer(text, line_start, line_end)
                         if _ends_sentence(text, m)]
        start, end = line_start, line_end
        for match_start, match_end in self.ends:
            if match_end <= position:
                start = match_end
            elif match_end > position + 1:
                end = match_start + 1
                break
        while end < line_end and text[end] in "\"'\u201d\u2019)]":
            end += 1
        return start, max(end, position + 1)


def sentences_of(text: str) -> Sentences:
    """Every sentence of ``text``, in order. Empty lines yield none."""
    sentences = Sentences()
    line, counted = 1, 0
    ends = _Ends(text)
    found = _NOT_SPACE.search(text)
    while found is not None:
        position = found.start()
        start, end = ends.around(position)
        start, end = max(start, position), max(end, position + 1)
        normalized, offsets = _normalized(text[start:end], start)
        line += text.count("\n", counted, start)
        counted = start
        if normalized:
            sentences.append(Sentence(index=len(sentences), start=start, end=end,
                                      text=normalized, offsets=offsets, line=line,
                                      within=sentences))
        found = _NOT_SPACE.search(text, end)
    return sentences
