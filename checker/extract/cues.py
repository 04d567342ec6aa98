"""Small readings of a sentence that several extractors share: the clause a word stands in,
the hedge before a figure, the names nearest a position, first-person speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from checker.extract.mentions import Mention
from checker.model.entities import Entity, EntityKind

Bound = Literal["lower", "upper"]
# who a credit may name: people, and the companies and groups that distribute or finance
CREDITED: tuple[EntityKind, ...] = ("person", "organization", "group")
COMPANIES: tuple[EntityKind, ...] = ("organization", "person", "group")

# Words that hedge the figure right after them; the longest first
_HEDGES: tuple[tuple[str, bool, Bound | None], ...] = (
    ("approximately", True, None), ("an estimated", True, None), ("estimated", True, None),
    ("roughly", True, None), ("around", True, None), ("about", True, None),
    ("nearly", True, None), ("almost", True, None), ("close to", True, None),
    ("circa", True, None), ("some", True, None), ("reportedly", True, None),
    ("more than", False, "lower"), ("upwards of", False, "lower"), ("over", False, "lower"),
    ("in excess of", False, "lower"), ("at least", False, "lower"),
    ("north of", False, "lower"), ("less than", False, "upper"), ("under", False, "upper"),
    ("below", False, "upper"), ("up to", False, "upper"), ("at most", False, "upper"),
    ("no more than", False, "upper"), ("fewer than", False, "upper"),
)
_HEDGE_BEFORE = re.compile(
    r"\b(?P<hedge>" + "|".join(re.escape(h) for h, _, _ in _HEDGES) + r")\s+(?:just\s+)?$",
    re.IGNORECASE)
_HEDGE_AFTER = re.compile(r"^(?:\s+or\s+so\b|-?\s*plus\b|\s+or\s+more\b)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()?!]|\s-\s|\s--\s|\.\s")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|we're|we've|our|Our|us|my|My)\b")
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def hedge(text: str, start: int, end: int) -> tuple[bool, Bound | None, tuple[int, int] | None]:
    """Whether the figure at ``[start, end)`` is approximate or a bound, and the hedge's span."""
    before = _HEDGE_BEFORE.search(text, max(0, start - 24), start)
    if before:
        word = before.group("hedge").lower()
        approximate, bound = next((a, b) for h, a, b in _HEDGES if h == word)
        return approximate, bound, (before.start("hedge"), start)
    after = _HEDGE_AFTER.match(text[end:])
    if after:
        said = after.group().lower()
        if "more" in said or "plus" in said:
            return False, "lower", (end, end + after.end())
        return True, None, (end, end + after.end())
    return False, None, None


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``[start, end)``: up to the nearest comma, semicolon, colon,
    bracket or dash on either side."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    found = _CLAUSE_BREAK.search(text, end)
    return left, found.start() if found else len(text)


def first_person(text: str) -> bool:
    return _FIRST_PERSON.search(text) is not None


def of_kind(mentions: Iterable[Mention], kinds: Sequence[str]) -> list[tuple[Mention, Entity]]:
    """The mentions that name a known entity of one of ``kinds``, with it."""
    found = []
    for mention in mentions:
        entity = mention.entity(kinds)
        if entity is not None:
            found.append((mention, entity))
    return found


def nearest(mentions: Iterable[Mention], kinds: Sequence[str], start: int, end: int,
            within: tuple[int, int] | None = None) -> tuple[Mention, Entity] | None:
    """The known entity of ``kinds`` mentioned nearest to ``[start, end)`` (within a span)."""
    found = [(m, e) for m, e in of_kind(mentions, kinds)
             if within is None or (within[0] <= m.start and m.end <= within[1])]
    if not found:
        return None
    return min(found, key=lambda pair: max(pair[0].start - end, start - pair[0].end))


def words_between(text: str, start: int, end: int) -> list[str]:
    return _WORD.findall(text[start:end])


def pieces(*alternatives: str) -> frozenset[str]:
    """What a sentence in lower case (:attr:`~checker.extract.sentences.Sentence.lowered`)
    must hold for one of the ``alternatives`` of a pattern to stand in it: the alternatives,
    less those that hold a shorter one ("co-director" holds "director"). A frozen set, which
    keeps its hash: sentences remember what they hold by it."""
    wanted = {a.lower() for a in alternatives}
    return frozenset(a for a in wanted if not any(b != a and b in a for b in wanted))
