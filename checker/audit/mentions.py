"""Name mentions: where the articles name people and works, whether or not a claim says so.

A text is read in this order; what an earlier step takes, a later one does not see again:

1. **Known names**: forms declared in ``entities.yaml`` and the names read cleanly elsewhere
   in the corpus, found even when glued to their neighbours (see :mod:`checker.audit.known`).
2. **Quoted titles**: a quoted passage of at most eight words in title case ("“Bullets over
   Broadway”"): every word capitalized but the small ones a title leaves in lower case.
3. **Runs of capitalized words**, ALL-CAPS titles included ("COMPARTMENT NUMBER 6"), joined
   by spaces, hyphens, an initial's full stop ("Anna K. Weller", not "Q&A. His") or the small
   words names hold ("Nights of Cabiria", "Guest From the Future"; not "and" or "in", which
   more often stand between two names). A figure belongs to the run after "No." or
   "Number". A possessive ends a run ("Sean Baker’s Anora" names two things). A sentence's
   first word is dropped when it is an ordinary word ("Then Karren"), and so is a title's
   leading article everywhere (:func:`form_key`). Runs inside headings are not read: a
   heading capitalizes every word, so only known names count there.
4. A run of **one word** is a name only when it is not an ordinary word; what it can be a
   variant of is decided later (a known person's surname or first name). A stripped
   possessive is put back: "Madisons" is *Madison*, when Madison is a name the corpus knows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from checker.audit.known import KnownNames, Match, Pattern
from checker.audit.words import CONNECTORS, SMALL_WORDS, TOKEN, Word, words_of
from checker.corpus.anchor import Passage
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.parse.names import name_key

_QUOTED = re.compile(r"[“\"‘]([^“”\"‘’\n]{1,120}?)[”“\"’](?![^\W_])")
_NUMBER_WORDS = frozenset({"no", "nr", "number", "part", "vol", "volume", "chapter", "episode"})
_SHORT_FORMS = frozenset({"no", "nr", "st", "dr", "mr", "mrs", "ms", "jr", "sr", "mt", "vol"})
_JOINING_SPACE = re.compile(r"[ \t\u00a0]+")
PEOPLE = frozenset({"person", "character"})  # named by a surname or a first name alone


def form_key(name: str) -> str:
    """A name as :func:`name_key` gives it, without a leading article: a title's "The" is
    lower-cased or left out at will ("the Saltmarsh Widow", "Saltmarsh Widow"), and a
    sentence that starts with it drops it. An article is no part of a name's spelling."""
    key = name_key(name)
    first, _, rest = key.partition(" ")
    return rest if rest and first in ("the", "a", "an") else key


@dataclass(frozen=True)
class Mention:
    key: str  # the spelling as :func:`form_key` gives it
    passage: Passage


def title_like(words: Sequence[str]) -> bool:
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words)


def _quoted_titles(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    titles = []
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        while end > start and text[end - 1] in ".,;:!? ":
            end -= 1
        words = TOKEN.findall(text[start:end])
        if len(words) > 8 or not title_like(words) or all(len(w) < 2 for w in words):
            continue
        if all(end <= s or e <= start for s, e in taken):
            titles.append((start, end))
    return titles


def _pieces(words: Sequence[Word], taken: list[tuple[int, int]]) -> list[Word]:
    """The parts of the words no known name or title has taken ("Pialats" of
    "PialatsLouloufor", when *Loulou* is known). ``taken`` spans do not overlap."""
    taken = sorted(taken)
    ends = [end for _, end in taken]
    pieces = []
    for word in words:
        first = bisect.bisect_right(ends, word.start)  # the first span ending after the start
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
    initial = len(previous.key) == 1 or previous.key in _SHORT_FORMS
    return initial and word.key not in ordinary and gap.startswith(".") and (
        gap == "." or bool(_JOINING_SPACE.fullmatch(gap[1:])))


def _capital(piece: Word, text: str) -> bool:
    """A capitalized word outside a heading; the pronoun "I" is capitalized anyway."""
    pronoun = piece.text == "I" and not text.startswith(".", piece.end)
    return piece.text[0].isupper() and not piece.in_heading and not pronoun


def _runs(text: str, pieces: Sequence[Word], ordinary: Collection[str]) -> list[list[Word]]:
    """Runs of capitalized words, with the small words and figures between them."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    for piece in pieces:
        joined = bool(current) and _joins(text, current[-1], piece, ordinary)
        figure = joined and piece.text[0].isdigit() and (
            current[-1].key in _NUMBER_WORDS or text[current[-1].end:piece.start].endswith("#"))
        small = joined and piece.key in CONNECTORS and piece.text.islower()
        if (_capital(piece, text) and (joined or not current)) or figure or small:
            current.append(piece)
        else:
            if current:
                runs.append(current)
            current = [piece] if _capital(piece, text) else []
    if current:
        runs.append(current)
    return [_trimmed(run) for run in runs]


def _trimmed(run: list[Word]) -> list[Word]:
    while run and run[-1].text.islower():
        run = run[:-1]
    return run


class Reader:
    """Reads the mentions of names out of the texts of a corpus."""

    def __init__(self, known: Iterable[Pattern], ordinary: Collection[str],
                 name_words: Collection[str]) -> None:
        self.known = list(known)
        self.ordinary = ordinary
        self.name_words = set(name_words)

    @classmethod
    def of(cls, entities: EntityIndex, ordinary: Collection[str]) -> Reader:
        """A reader that knows the declared names that read as names: "Ivan's mansion" or
        "the redhead" are entities a claim may be about, but no text capitalizes them."""
        forms = [(e, f) for e in entities.entities for f in entities.forms(e)]
        known = [Pattern.of(form) for _, form in forms if title_like(TOKEN.findall(form))]
        people = {w for e, form in forms if e.kind in PEOPLE for w in name_key(form).split()}
        return cls(known, ordinary, people)

    def read(self, sources: Sequence[Source]) -> list[Mention]:
        """Two readings: the first finds the names written cleanly, so that the second can
        split them out of glued text anywhere in the corpus."""
        first = [m for source in sources
                 for m in self._read(source, KnownNames(self.known, self.ordinary))]
        seen = {m.key: Pattern.of(m.passage.text) for m in first if " " in m.key}
        second = Reader([*self.known, *seen.values()], self.ordinary,
                        self.name_words | {w for key in seen for w in key.split()})
        index = KnownNames(second.known, self.ordinary)
        return [m for source in sources for m in second._read(source, index)]

    def _read(self, source: Source, index: KnownNames) -> list[Mention]:
        text = source.text
        words = words_of(text)
        matches: list[Match] = index.matches(text, words)
        taken = [(m.start, m.end) for m in matches]
        titles = _quoted_titles(text, taken)
        spans = taken + titles
        for run in _runs(text, _pieces(words, taken + titles), self.ordinary):
            span = self._name_in(run)
            if span is not None:
                spans.append(span)
        found = [Mention(form_key(text[s:e]), Passage(source, s, e)) for s, e in sorted(spans)]
        return [m for m in found if m.key]

    def _name_in(self, run: list[Word]) -> tuple[int, int] | None:
        if run and run[0].sentence_start and run[0].key in self.ordinary:
            run = run[1:]
        while run and run[0].key in CONNECTORS and run[0].text.islower():
            run = run[1:]
        if not run or all(len(w.key) < 2 for w in run):
            return None
        last = run[-1]
        end = last.name_end
        if (not last.possessive and last.key.endswith("s") and last.key[:-1] in self.name_words
                and last.key not in self.name_words):
            end = last.end - 1  # a possessive without its apostrophe: "Madisons"
        if len(run) == 1 and (last.key in self.ordinary or len(last.key) < 2):
            return None
        return run[0].start, end
