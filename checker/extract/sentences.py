"""A source cut into sentences, each with its typography normalized and a map back to the text.

Extractors read the normalized sentence (straight quotes and apostrophes, plain hyphens, single
spaces), so that one pattern serves "Ivan’s" and "Ivan's"; a quote is then cut from the
source's own text through the map, so that it stays verbatim. Sentences end where the check's
own passages end (see :func:`checker.text.sentence_around`): at a full stop before a new
sentence, and at every line break.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.text import NormalizedText, sentence_around


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

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets of the normalized span ``[start, end)``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def sentences_of(text: str) -> list[Sentence]:
    """Every sentence of ``text``, in order. Empty lines yield none."""
    sentences: list[Sentence] = []
    position = 0
    while position < len(text):
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            break
        start, end = sentence_around(text, position, position + 1)
        start, end = max(start, position), max(end, position + 1)
        raw = text[start:end]
        normalized = NormalizedText.of(raw)
        if normalized.text:
            sentences.append(Sentence(
                index=len(sentences), start=start, end=end, text=normalized.text,
                offsets=tuple(start + o for o in normalized.offsets),
                line=text.count("\n", 0, start) + 1))
        position = end
    return sentences
