"""Cutting a text into segments that are read independently, so that each distinct segment is
read once however often the corpus repeats it.

A **breaker** is a word in lower-case ASCII letters that no known name holds where the name
leaves a word in lower case ("over" in *Bullets over Broadway*), and that is not one of the
small words a name may hold (:data:`~checker.audit.words.CONNECTORS`). Nothing the audit
reads crosses a breaker: a run of capitalized words ends at it, a known name can neither
hold it nor start inside it (it has no capital), and whether the next word opens a sentence
is read from what stands between them. So the words from a capital up to the next breaker
are a **segment**, read alone with what it needs of its surroundings: whether its first word
opens a sentence, which of its lines are headings (a heading is judged on the whole line),
whether a full stop follows it (an "I." is an initial, not the pronoun), and where quoted
titles cover it. The words before the first capital after a breaker are read as nothing
either way, and are skipped without being looked at.

A known name whose first word is not capitalized could start anywhere: when there is one,
each text is read whole, as one segment.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from checker.audit.known import KnownNames
from checker.audit.words import _ENDERS, _OPENERS, CONNECTORS, heading

_END = r"(?![^\W_]|['’][^\W_])"  # the end of a word: no letter or joined apostrophe follows
_REST = r"[^\W_]*(?:['’][^\W_]+)*" + _END
_WORD = r"[^\W_]+(?:['’][^\W_]+)*" + _END
# any letter but an ASCII lower-case one may be a capital
_CAPITAL = r"[A-Z\u00c0-\U0010ffff](?<=[^\W_])"

# (text, whether its first word opens a sentence, heading lines or (), full stop after it,
#  quoted titles in it): what reading a segment depends on
Key = tuple[str, bool, tuple[bool, ...], bool, tuple[tuple[int, int], ...]]


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def pattern(known: KnownNames) -> re.Pattern[str] | None:
    """The segments' pattern for these known names; ``None`` when a text must be read whole."""
    if known.lower_first:
        return None
    breaker = rf"(?!(?:{_alternatives(CONNECTORS | known.lower_inside)}){_END})"
    # a last word may run into the next letters: "over" also holds "overs"
    lower = {w for w in known.lower_last if re.fullmatch("[a-z]+", w)}
    if lower:
        breaker += rf"(?!{_alternatives(lower)})"
    breaker += "[a-z]+" + _END
    return re.compile(rf"{_CAPITAL}{_REST}(?:[\W_]+(?!{breaker}){_WORD})*")


class Layout:
    """A text's lines: where they start and which are headings."""

    def __init__(self, text: str) -> None:
        self.headings: tuple[bool, ...] = ()
        self.starts: list[int] = []
        lines = text.split("\n")
        # a line that ends a sentence is no heading: most are, and are passed over quickly
        if not any(heading(line) for line in lines
                   if line.rstrip()[-1:] not in ("", ".", "?", "!")):
            return
        flags = []
        self.starts = [0]
        for line in lines:
            flags.append(heading(line))
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.headings = tuple(flags)

    def lines(self, start: int, end: int) -> tuple[bool, ...]:
        """Which lines from ``start`` to ``end`` are headings; () when none is."""
        first = bisect.bisect_right(self.starts, start) - 1
        last = bisect.bisect_right(self.starts, end) - 1
        flags = self.headings[first: last + 1]
        return flags if any(flags) else ()


def _word_start(text: str, index: int) -> int:
    """The start of the word that holds ``index``."""
    while index > 0 and (text[index - 1].isalnum() or (
            text[index - 1] in "'’" and index > 1 and text[index - 2].isalnum())):
        index -= 1
    return index


def segments(text: str, found: re.Pattern[str] | None,
             layout: Layout) -> tuple[list[int], list[Key]]:
    """Where each segment of ``text`` starts, and what reading it depends on (quoted titles
    aside: see :func:`with_titles`)."""
    if found is None:
        return [0], [(text, True, layout.headings, False, ())]
    starts: list[int] = []
    keys: list[Key] = []
    lines = layout.lines if layout.headings else None
    for match in found.finditer(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’"):
            start = _word_start(text, start)  # a capital inside a word: "sinceTake Out"
        piece = text[start:end]
        before = start - 1  # what the first word stands after (see words.opens_sentence)
        while before >= 0 and text[before] in _OPENERS:
            before -= 1
        starts.append(start)
        keys.append((piece, before < 0 or text[before] in _ENDERS,
                     lines(start, end) if lines else (),
                     piece[-1] == "I" and text.startswith(".", end), ()))
    return starts, keys


def with_titles(starts: list[int], keys: list[Key], titles: list[tuple[int, int]]) -> list[Key]:
    """The segments' keys with the quoted titles that cover them."""
    result = []
    for start, (piece, opens, headings, dot_after, _) in zip(starts, keys, strict=True):
        end = start + len(piece)
        inside = tuple((max(s, start) - start, min(e, end) - start)
                       for s, e in titles if s < end and start < e)
        result.append((piece, opens, headings, dot_after, inside))
    return result
