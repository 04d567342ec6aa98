"""Spellings of known names that none of their forms has, and titles cut short.

- A person's or character's name: the same number of words, at least one the same, every
  other within a letter or two ("Yuri Borisov" for "Yura Borisov").
- A title: the same words once abbreviations are written out ("Compartment Number 6" for
  "Compartment No. 6"), or a letter or two apart in all (rapidfuzz ratio ≥ 88) with the same
  numbers ("Nights of Cabira"); "Scream 2" is not "Scream 3".
- One word a letter off a long word of a person's name ("Borislov"), when it is no word of a
  known name (see :meth:`checker.extract.gazetteer.Gazetteer.variant`).
- A title a line break cut short by its last word ("Compartment No." for "Compartment No. 6").

:class:`VariantIndex` finds the few entities a phrase may spell otherwise, so that the rules
are tried on those alone: people and characters filed by each word and its place, titles by
their words written out and by their length (a ratio of 88 needs lengths within about a
quarter of each other), the long words of people's names by each letter left out (one letter
off, two words share a word with one letter left out).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from checker.compare.names import ABBREVIATIONS
from checker.corpus.entities import EntityIndex
from checker.model.entities import Entity
from checker.parse.names import strip_accents, tokens

WORK_LIKENESS = 88.0  # rapidfuzz ratio between two spellings of one title
_SIFT = 80.0  # a first, looser sift: every title it passes is tried with the rule itself
_SHORTER = 0.44 / 0.56  # ratio = 200·common/(a+b) ≥ 88 only if the shorter is this of the longer
MISSPELT_LENGTH = 6  # the shortest word a misspelt surname alone may be


def _max_edits(word: str) -> int:
    # as the spelling check counts them: short words must match, long ones may differ by two
    return 0 if len(word) < 4 else 1 if len(word) <= 6 else 2


def _expanded(words: list[str]) -> list[str]:
    return [ABBREVIATIONS.get(w, w) for w in words]


def close_words(words: list[str], known: list[str]) -> bool:
    """Same number of words, at least one the same, every other within a letter or two."""
    if len(words) != len(known):
        return False
    same = 0
    for word, other in zip(words, known, strict=True):
        if word == other:
            same += 1
        elif strip_accents(word) == strip_accents(other):
            continue
        elif OSA.distance(word, other) > _max_edits(other) or word.isdigit() or other.isdigit():
            return False
    return 0 < same < len(words)


def same_title(words: list[str], known: list[str]) -> bool:
    """Two spellings of one title: the same words once abbreviations are written out
    ("Number 6", "No. 6"), or a letter or two apart in all (rapidfuzz ratio ≥ 88) with the same
    numbers ("Scream 2" is not "Scream 3")."""
    if not words or [w for w in words if w.isdigit()] != [w for w in known if w.isdigit()]:
        return False
    if _expanded(words) == _expanded(known):
        return True
    if words[:-1] == known[:-1] and words[-1] == known[-1] + "s":
        return False  # a possessive whose apostrophe was stripped: "Anoras"
    text = " ".join(words)
    return (len(words) > 1 or len(text) >= 8) and fuzz.ratio(text, " ".join(known)) >= \
        WORK_LIKENESS


def _left_out(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


class VariantIndex:
    """The known people, characters and works, filed for the rules above."""

    def __init__(self, entities: Sequence[Entity], index: EntityIndex) -> None:
        self._position = {id(e): i for i, e in enumerate(entities)}
        self._filed: dict[Hashable, list[Entity]] = {}
        titles: list[tuple[int, str, Entity]] = []
        for entity in entities:
            if entity.kind == "person":
                for word in tokens(entity.name):
                    if len(word) >= MISSPELT_LENGTH:
                        for key in _left_out(word):
                            self._file(("letter", key), entity)
            for form in index.forms(entity) if entity.kind in ("person", "character",
                                                               "work") else ():
                known = tokens(form)
                if entity.kind != "work":
                    for place, word in enumerate(known):
                        self._file(("word", len(known), place, word), entity)
                    continue
                self._file(("title", *_expanded(known)), entity)
                titles.append((len(" ".join(known)), " ".join(known), entity))
                if len(known) > 2:
                    self._file(("start", *known[:-1]), entity)
        titles.sort(key=lambda t: t[0])
        self._lengths = [length for length, _, _ in titles]
        self._titles = [text for _, text, _ in titles]
        self._works = [work for _, _, work in titles]

    def _file(self, key: Hashable, entity: Entity) -> None:
        filed = self._filed.setdefault(key, [])
        if not filed or filed[-1] is not entity:  # an entity's forms are filed together
            filed.append(entity)

    def _ordered(self, found: dict[int, Entity]) -> list[Entity]:
        return sorted(found.values(), key=lambda e: self._position[id(e)])

    def candidates(self, words: list[str]) -> list[Entity]:
        """The entities ``words`` may spell otherwise, in the order they were given: every one
        the rules can accept, and a few more."""
        found: dict[int, Entity] = {}
        keys: list[Hashable] = [("title", *_expanded(words))]
        if len(words) > 1:
            keys += [("word", len(words), place, word) for place, word in enumerate(words)]
        elif words and len(words[0]) >= MISSPELT_LENGTH:
            keys += [("letter", key) for key in _left_out(words[0])]
        for key in keys:
            found.update((id(e), e) for e in self._filed.get(key, ()))
        text = " ".join(words)
        if words and (len(words) > 1 or len(text) >= 8):
            low = bisect_left(self._lengths, math.floor(len(text) * _SHORTER))
            high = bisect_right(self._lengths, math.ceil(len(text) / _SHORTER))
            for _, _, place in process.extract(text, self._titles[low:high], scorer=fuzz.ratio,
                                               score_cutoff=_SIFT, limit=None):
                work = self._works[low + place]
                found[id(work)] = work
        return self._ordered(found)

    def truncated(self, words: list[str]) -> list[Entity]:
        """The works one of whose titles is ``words`` and one word more."""
        return list(self._filed.get(("start", *words), ())) if len(words) > 1 else []
