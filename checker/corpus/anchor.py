"""Anchoring a quote in its source: where it is, and the sentence around it.

The quote is looked up verbatim first (the common case, and the cheapest), then with
typography normalized on both sides (see :mod:`checker.text`). A quote that occurs more than
once is anchored at its first occurrence. When it is not found at all, the closest passage is
found with rapidfuzz's partial-ratio alignment, widened to whole words, to show the person what
the source says there.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.corpus.sources import Source
from checker.lazy import lazy
from checker.text import normalize, sentence_around


@dataclass(frozen=True, eq=False)
class Passage:
    """Where a quote stands in its source. Offsets index ``source.text``."""

    source: Source
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.source.text[self.start: self.end]

    @lazy
    def position(self) -> tuple[int, int]:
        return self.source.lines.position(self.start)

    @property
    def line(self) -> int:
        return self.position[0]

    @property
    def column(self) -> int:
        return self.position[1]

    @lazy
    def sentence_span(self) -> tuple[int, int]:
        return sentence_around(self.source.text, self.start, self.end)

    @property
    def sentence(self) -> str:
        start, end = self.sentence_span
        return " ".join(self.source.text[start:end].split())

    @property
    def low_weight(self) -> bool:
        section = self.source.section_at(self.start)
        return bool(section and section.weight == "low")

    @property
    def section_label(self) -> str | None:
        section = self.source.section_at(self.start)
        return section.label if section else None


@dataclass(frozen=True)
class ClosestPassage:
    score: float
    line: int
    column: int
    text: str


def find_quote(quote: str, source: Source) -> Passage | None:
    start = source.text.find(quote)
    if start != -1:
        return Passage(source, start, start + len(quote))
    wanted = normalize(quote)
    normalized = source.normalized
    start = normalized.text.find(wanted) if wanted else -1
    if start == -1:
        return None
    original_start, original_end = normalized.span(start, start + len(wanted))
    return Passage(source, original_start, original_end)


def closest_passage(quote: str, source: Source) -> ClosestPassage | None:
    wanted = normalize(quote)
    normalized = source.normalized
    if not wanted or not normalized.text:
        return None
    alignment = fuzz.partial_ratio_alignment(wanted, normalized.text)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start, end = _whole_words(source.text, *normalized.span(alignment.dest_start,
                                                           alignment.dest_end))
    line, column = source.lines.position(start)
    return ClosestPassage(alignment.score, line, column, " ".join(source.text[start:end].split()))


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words: the alignment is by characters, and a passage shown
    as "made for six million dollars, the produ" reads as a typo that is not there."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end
