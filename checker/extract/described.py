"""Described things a noun phrase may name: "her 4-carat engagement ring" is "Ani's engagement
ring", "the Mill Basin mansion" is "Ivan's mansion".

A thing is described when it is of a kind other than a person, a work or a character and
its name has two words or more besides "the", "a" and "an". A word the phrase shares with the
name besides the head noun counts twice, the head noun once; the head alone will do only after
"the", "this" or a possessive, and only when one thing has that head.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.model.entities import Entity

DESCRIBED_KINDS = frozenset({"other", "place", "group", "event", "organization"})
_HEAD = "\0"  # files a name under its head noun: "\0ring"


class Descriptions:
    """The described things among ``entities``, after those of ``earlier`` (the known ones,
    when ``entities`` were proposed for one source), filed by their words."""

    def __init__(self, entities: Sequence[Entity], earlier: Descriptions | None = None) -> None:
        self.earlier = earlier
        named = ((e, [w for w in e.name.lower().replace("’", "'").split()
                      if w not in ("the", "a", "an")])
                 for e in entities if e.kind in DESCRIBED_KINDS)
        self.things = [(e, name) for e, name in named if len(name) >= 2]
        self._by_word: dict[str, list[int]] = {}
        for number, (_, name) in enumerate(self.things):
            for word in {*name[:-1], _HEAD + name[-1]}:
                self._by_word.setdefault(word, []).append(number)

    def _sharing(self, words: set[str]) -> list[tuple[Entity, list[str]]]:
        """The things whose name has one of ``words``, in the order they were given."""
        numbers = sorted({n for w in words for n in self._by_word.get(w, ())})
        return [*(self.earlier._sharing(words) if self.earlier else []),
                *(self.things[n] for n in numbers)]

    def describe(self, words: list[str], definite: bool) -> tuple[int, Entity] | None:
        """The described thing the noun phrase ``words`` names, with its score."""
        words = [w.lower() for w in words]
        if not words:
            return None
        head, modifiers = words[-1], set(words[:-1])
        scored = []
        for entity, name in self._sharing({*modifiers, *([_HEAD + head] if definite else [])}):
            shared = len(modifiers & set(name[:-1]))
            score = 2 * shared + (1 if name[-1] == head else 0)
            if score and (shared or definite):
                scored.append((score, entity))
        if not scored:
            return None
        best = max(score for score, _ in scored)
        top = [e for score, e in scored if score == best]
        if len(top) != 1 or (best == 1 and len(scored) > 1):
            return None
        return best, top[0]

    def description(self, words: list[str], definite: bool) -> Entity | None:
        described = self.describe(words, definite)
        return described[1] if described else None
