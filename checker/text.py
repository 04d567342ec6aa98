"""Typographic normalization of article text, with a map back to the original.

A claim's quote must be verbatim, but people copy quotes through editors and chat tools that
straighten curly quotes, turn dashes into hyphens and re-flow line breaks. Those differences are
typography, not wording, so both the source and the quote are normalized before matching:

- curly and straight single quotes/apostrophes (‘ ’ ‛ ′ ʼ) become ``'``,
- curly and straight double quotes (“ ” „ ″) become ``"``,
- en/em dashes, minus signs and similar (– — ‒ − ‐ ‑) become ``-``,
- the ellipsis character becomes ``...``,
- every run of whitespace, line breaks and no-break spaces becomes one space,
- invisible characters (soft hyphen, zero-width space and joiners, word joiner, a stray
  byte-order mark) are dropped: a quote that looks identical must not fail to match.

Nothing else changes: case, spelling and punctuation are part of what a quote says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.lazy import lazy

_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
}
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Return ``text`` with typographic variants folded (see the module docstring)."""
    return _SPACE.sub(" ", text.translate(_TRANSLATION)).strip()


_TRANSLATION = str.maketrans(_CHAR_MAP)


@dataclass(frozen=True)
class NormalizedText:
    """A normalized copy of a text and, for every normalized character, its original offset."""

    original: str
    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> NormalizedText:
        chars: list[str] = []
        offsets: list[int] = []
        in_space = True  # drops leading whitespace
        for index, char in enumerate(original):
            if char.isspace():
                if not in_space:
                    chars.append(" ")
                    offsets.append(index)
                in_space = True
                continue
            in_space = False
            replacement = _CHAR_MAP.get(char, char)
            for piece in replacement:
                chars.append(piece)
                offsets.append(index)
        if chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        return cls(original=original, text="".join(chars), offsets=tuple(offsets))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to the original text."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class LineIndex:
    """Turns character offsets into 1-based ``(line, column)`` pairs.

    A passage's position is counted in the text itself (``str.count`` runs in C); the table
    of line starts is built only for line lookups, which only section markers need."""

    text: str

    def position(self, offset: int) -> tuple[int, int]:
        line_start = self.text.rfind("\n", 0, offset) + 1
        return self.text.count("\n", 0, offset) + 1, offset - line_start + 1

    @lazy
    def starts(self) -> list[int]:
        starts = [0]
        for line in self.text.split("\n")[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        return starts

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]


# A sentence ends at . ! ? or … (optionally followed by closing quotes or brackets) when the next
# word starts a new sentence: an upper-case letter, a digit or an opening quote. So "L.A.-born"
# and "U.S. production" do not end sentences. A period after a title or a short form that is
# followed by a name or number ("Mr. Baker", "No. 6", "Oct. 18", "Sean S. Baker", "the U.S.
# Army") does not end one either: splitting a real sentence there would cut a quote's context
# in half, while not splitting at "made in the U.S. Then" only shows one sentence more. A line
# break always ends a sentence: the articles put paragraphs, captions and headings on lines of
# their own.
_SENTENCE_END = re.compile(
    r"""[.!?\u2026]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[A-Z0-9])""")
_SHORT_FORMS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Jr", "Sr", "No", "Nos", "Vol", "vs", "Gen",
    "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec",
})
_WORD_BEFORE = re.compile(r"[\w.]+$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # S, U.S, L.A, e.g
_MAX_SENTENCE = 600


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if text[match.start()] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if word is None:
        return True
    token = word.group()
    if token in _SHORT_FORMS:
        return False
    initial = len(token) == 1 and token.isupper()
    return not (_INITIALS.fullmatch(token) and (initial or "." in token))


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence(s) holding ``text[start:end]``, at most ~600 characters
    each side so that one very long line does not flood a report."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    left = max(line_start, start - _MAX_SENTENCE)
    right = min(line_end, end + _MAX_SENTENCE)
    sentence_start, sentence_end = left, right
    # Searched up to `right`, not `start`: the look-ahead for the next sentence's first letter
    # must see the quote's first character, and a quote may end with the sentence's period.
    for match in _SENTENCE_END.finditer(text, left, right):
        if not _ends_sentence(text, match):
            continue
        if match.end() <= start:
            sentence_start = match.end()
        elif match.end() > end:
            sentence_end = match.start() + 1
            break
    # keep closing quotes that belong to the sentence
    while sentence_end < right and text[sentence_end] in "\"'\u201d\u2019)]":
        sentence_end += 1
    return sentence_start, max(sentence_end, end)
