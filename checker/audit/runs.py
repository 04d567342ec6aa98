"""Reading one segment of a text (see :mod:`checker.audit.segments`): its known names, then
its runs of capitalized words.

A run is joined by spaces, hyphens, an initial's full stop ("Anna K. Weller", not "Q&A. His")
or the small words names hold ("Nights of Cabiria", "Guest From the Future"; not "and" or
"in", which more often stand between two names). A figure belongs to the run after "No." or
"Number". A possessive ends a run ("Sean Baker’s Anora" names two things). A sentence's
first word is dropped when it is an ordinary word ("Then Karren"). Runs inside headings are
not read: a heading capitalizes every word, so only known names count there. A run of one
word is a name only when it is not an ordinary word, and a stripped possessive is put back:
"Madisons" is *Madison*, when Madison is a name the corpus knows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from checker.audit.segments import Key
from checker.audit.words import CONNECTORS, Word

_NUMBER_WORDS = frozenset({"no", "nr", "number", "part", "vol", "volume", "chapter", "episode"})
SHORT_FORMS = frozenset({"no", "nr", "st", "dr", "mr", "mrs", "ms", "jr", "sr", "mt", "vol"})
_JOINING_SPACE = re.compile(r"[ \t\u00a0]+")


class Reading(NamedTuple):
    """What a segment holds: the spans of its names, its known names among them, the words
    where a name of several words could start, and the words a run's last word was checked
    against as a stripped possessive ("Madisons")."""

    spans: tuple[tuple[int, int], ...]
    known: tuple[tuple[int, int], ...]
    first_words: frozenset[str]
    possessives: frozenset[str]


def _pieces(words: Sequence[Word], taken: list[tuple[int, int]]) -> list[Word]:
    """The parts of the words no known name or title has taken ("Pialats" of
    "PialatsLouloufor", when *Loulou* is known). ``taken`` spans do not overlap."""
    taken = sorted(taken)
    ends = [end for _, end in taken]
    pieces = []
    for word in words:
        first = bisect.bisect_right(ends, word.start)  # the first span ending after the start
        if first == len(taken) or taken[first][0] >= word.end:
            pieces.append(word)  # untouched, the common case
            continue
        spans = [(word.start, word.end)]
        for start, end in taken[first:]:
            if start >= word.end:
                break
            spans = [part for s, e in spans
                     for part in ((s, min(e, start)), (max(s, end), e)) if part[0] < part[1]]
        for start, end in spans:
            text = word.text[start - word.start: end - word.start]
            if any(c.isalnum() for c in text):
                pieces.append(Word(start, end, text, word.sentence_start and start == word.start,
                                   word.in_heading))
    return pieces


def _joins(text: str, previous: Word, word: Word, ordinary: Collection[str]) -> bool:
    gap = text[previous.end:word.start]
    if previous.possessive:
        return False
    if gap == "-" or _JOINING_SPACE.fullmatch(gap) or gap in (" #", "#"):
        return True
    # an initial or a short form's full stop: "Sean S. Baker", "No. 6"; not "Q&A. His"
    initial = len(previous.key) == 1 or previous.key in SHORT_FORMS
    return initial and word.key not in ordinary and gap.startswith(".") and (
        gap == "." or bool(_JOINING_SPACE.fullmatch(gap[1:])))


def _capital(piece: Word, text: str, dot_after: bool) -> bool:
    """A capitalized word outside a heading; the pronoun "I" is capitalized anyway."""
    dot = dot_after if piece.end == len(text) else text.startswith(".", piece.end)
    return piece.text[0].isupper() and not piece.in_heading and not (piece.text == "I" and not dot)


def _runs(text: str, pieces: Sequence[Word], ordinary: Collection[str],
          dot_after: bool) -> list[list[Word]]:
    """Runs of capitalized words, with the small words and figures between them."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for piece in pieces:
        capital = _capital(piece, text, dot_after)
        joined = bool(current) and _joins(text, current[-1], piece, ordinary)
        figure = joined and piece.text[0].isdigit() and (
            current[-1].key in _NUMBER_WORDS or text[current[-1].end:piece.start].endswith("#"))
        small = joined and piece.key in CONNECTORS and piece.text.islower()
        if (capital and (joined or not current)) or figure or small:
            current.append(piece)
        else:
            if current:
                runs.append(current)
            current = [piece] if capital else []
    if current:
        runs.append(current)
    return [_trimmed(run) for run in runs]


def _trimmed(run: list[Word]) -> list[Word]:
    while run and run[-1].text.islower():
        run = run[:-1]
    return run


def _name_in(run: list[Word], ordinary: Collection[str], name_words: Collection[str],
             possessives: set[str]) -> tuple[int, int] | None:
    if run and run[0].sentence_start and run[0].key in ordinary:
        run = run[1:]
    while run and run[0].key in CONNECTORS and run[0].text.islower():
        run = run[1:]
    if not run or all(len(w.key) < 2 for w in run):
        return None
    last = run[-1]
    end = last.name_end
    if not last.possessive and last.key.endswith("s"):
        possessives.update((last.key, last.key[:-1]))
        if last.key[:-1] in name_words and last.key not in name_words:
            end = last.end - 1  # a possessive without its apostrophe: "Madisons"
    if len(run) == 1 and (last.key in ordinary or len(last.key) < 2):
        return None
    return run[0].start, end


def read_segment(key: Key, words: Sequence[Word], taken: Sequence[tuple[int, int]],
                 first_words: frozenset[str], ordinary: Collection[str],
                 name_words: Collection[str]) -> Reading:
    """The names of a segment, given its words and where its known names are (``taken``)."""
    text, _, _, dot_after, titles = key
    spans = list(taken)
    possessives: set[str] = set()
    for run in _runs(text, _pieces(words, [*taken, *titles]), ordinary, dot_after):
        span = _name_in(run, ordinary, name_words, possessives)
        if span is not None:
            spans.append(span)
    return Reading(tuple(sorted(spans)), tuple(taken), first_words, frozenset(possessives))
