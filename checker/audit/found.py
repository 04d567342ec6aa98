"""The mentions of names in a corpus, kept by distinct segment: a name repeated across the
corpus is read once and counted where it occurs. Passages are made only for the spellings a
conflict shows, in the order the texts hold them (source after source, start to end).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat

from checker.audit.segments import Key
from checker.corpus.anchor import Passage
from checker.corpus.sources import Source
from checker.parse.names import name_key

# a name read in a segment: where it is in the segment, and its form (see form_key)
Named = tuple[int, int, str]


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


@dataclass
class TextReading:
    source: Source
    starts: list[int]  # where each segment starts
    keys: list[Key]  # and what it holds
    titles: list[Named] = field(default_factory=list)  # quoted titles, offsets in the text


class Found:
    """The mentions of the corpus ``texts``; ``names`` holds each segment's names."""

    def __init__(self, texts: Sequence[TextReading], names: dict[Key, tuple[Named, ...]]) -> None:
        self.texts = texts
        self.names = names

    def _each(self, wanted: Collection[str] | None = None
              ) -> Iterator[tuple[int, list[tuple[int, int, str]]]]:
        """Each text's mentions (start, end, form), in order: every one, or ``wanted`` forms'."""
        keys = None if wanted is None else {
            key for key, named in self.names.items() if any(f in wanted for _, _, f in named)}
        for number, text in enumerate(self.texts):
            if keys is not None and keys.isdisjoint(text.keys) and not text.titles:
                continue  # most texts hold none of a few forms
            found = [(base + s, base + e, f) for base, key in zip(text.starts, text.keys,
                                                                strict=True)
                     if keys is None or key in keys
                     for s, e, f in self.names[key] if wanted is None or f in wanted]
            found += [t for t in text.titles if wanted is None or t[2] in wanted]
            if text.titles:
                found.sort()
            yield number, found

    def mentions(self) -> list[Mention]:
        return [Mention(f, Passage(self.texts[number].source, s, e))
                for number, found in self._each() for s, e, f in found]

    def counts(self) -> Counter[str]:
        """How often each form is read."""
        occurrences = Counter(chain.from_iterable(text.keys for text in self.texts))
        counts: Counter[str] = Counter()
        for key, times in occurrences.items():
            for _, _, form in self.names[key]:
                counts[form] += times
        counts.update(f for text in self.texts for _, _, f in text.titles)
        return counts

    def passages(self, wanted: Collection[str]) -> dict[str, list[Passage]]:
        """The passages of the ``wanted`` forms, the form read first first."""
        found: dict[str, list[Passage]] = {}
        for number, named in self._each(wanted):
            source = self.texts[number].source
            for s, e, form in named:
                found.setdefault(form, []).append(Passage(source, s, e))
        return found

    def last_writings(self) -> dict[str, str]:
        """Each form of several words as the texts write it where it is read last."""
        last: dict[Key, tuple[int, int]] = {}
        for number, text in enumerate(self.texts):
            last.update(zip(text.keys, zip(repeat(number), text.starts), strict=True))
        best: dict[str, tuple[tuple[int, int], str]] = {}
        for key, (number, base) in last.items():
            for s, e, form in self.names[key]:
                if " " in form and (form not in best or best[form][0] < (number, base + s)):
                    best[form] = ((number, base + s), key[0][s:e])
        for number, text in enumerate(self.texts):
            for s, e, form in text.titles:
                if " " in form and (form not in best or best[form][0] < (number, s)):
                    best[form] = ((number, s), text.source.text[s:e])
        return {form: writing for form, (_, writing) in best.items()}
