"""Finding known names in article text, even where messy text glues them to their neighbours.

A known name is a form declared in ``entities.yaml`` (a canonical name or an alias) or a name
the audit has already read somewhere in the corpus. It is looked up word by word, so that
case and punctuation stay typography ("COMPARTMENT NUMBER 6", "Compartment No.⏎⏎6", "Female
Prisoner 701: Scorpion" for "#701"), but each word the name capitalizes must be capitalized
in the text: "take out" is not *Take Out*, nor "scream" *Scream*.

Texts that lost their italics glue a title to the words around it, and the rules for glue
follow :func:`checker.parse.names.find_name`: a name may start inside a word where a
lower-case letter meets a capital ("sinceTake Out", "inAnora"), unless what comes before is
a surname particle ("DiCaprio", "McMansion"); its last word may run into the next word when
what follows is a word the texts write in lower case ("Red Rocketwas", "Louloufor",
"No. 6by"), and a stripped possessive is no misspelling ("Madisons" is Madison's). Other
letters make a longer name: *Ani* is not in "Anisimova", nor *Ann* in "Anne", and a figure
running on makes another number ("No. 65"). Glue is only ever split at a known name: an
unknown word is never cut in two.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from checker.audit.words import TOKEN, Word
from checker.parse.names import name_key

_PARTICLES = frozenset({"mc", "mac", "di", "de", "da", "du", "la", "le", "van", "von", "st"})
_MAX_GAP = 4  # characters between two words of one name: "No.⏎⏎6", " #", ": "


@dataclass(frozen=True)
class Pattern:
    """A known name: its words as :func:`name_key` gives them, and which are capitalized."""

    words: tuple[str, ...]
    capitals: tuple[bool, ...]

    @classmethod
    def of(cls, writing: str) -> Pattern:
        words = tuple(name_key(writing).split())
        capitals = tuple(w[0].isupper() for w in TOKEN.findall(writing))
        return cls(words, capitals if len(capitals) == len(words) else (False,) * len(words))

    @property
    def key(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Match:
    start: int  # offsets of the name in the source text
    end: int
    pattern: Pattern


def _keyed(text: str, offset: int) -> tuple[str, list[int]]:
    """``text`` lower-cased without apostrophes, and each kept character's offset."""
    chars, offsets = [], []
    for index, char in enumerate(text):
        if char in "'’":
            continue
        lower = char.lower()
        chars.append(lower if len(lower) == 1 else char)
        offsets.append(offset + index)
    return "".join(chars), offsets


def _starts(word: Word) -> list[int]:
    """Where a name may start inside ``word``: at its start, and where a lower-case letter
    meets a capital unless a surname particle comes before ("DiCaprio")."""
    text = word.text
    starts = [0]
    for index in range(1, len(text)):
        if text[index - 1].islower() and text[index].isupper():
            lead = text[:index]
            if lead.lower() not in _PARTICLES:
                starts.append(index)
    return starts


class KnownNames:
    """An index of known names by their first word, to look them up word by word."""

    def __init__(self, patterns: Iterable[Pattern], ordinary: Collection[str]) -> None:
        self.ordinary = ordinary
        self._by_first: dict[str, list[Pattern]] = {}
        for pattern in {p.key: p for p in patterns if p.words}.values():
            self._by_first.setdefault(pattern.words[0], []).append(pattern)
        self._longest = max((len(w) for w in self._by_first), default=0)

    def matches(self, text: str, words: Sequence[Word]) -> list[Match]:
        """Every known name in ``text``, longest first, none overlapping another."""
        found: list[Match] = []
        for index, word in enumerate(words):
            for start in _starts(word):
                keyed, offsets = _keyed(word.text[start:], word.start + start)
                for length in range(min(len(keyed), self._longest), 0, -1):
                    for pattern in self._by_first.get(keyed[:length], ()):
                        match = self._match(text, words, index, keyed, offsets, length, pattern)
                        if match is not None:
                            found.append(match)
        chosen: list[Match] = []
        for match in sorted(found, key=lambda m: (-len(m.pattern.key), m.start)):
            if all(match.end <= c.start or c.end <= match.start for c in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)

    def _glue_ok(self, rest: str) -> bool:
        """Whether a name may run into ``rest``: nothing, a stripped possessive, or a word the
        texts write in lower case ("Rocketwas"); not the rest of a longer name
        ("Anisimova" does not hold *Ani*)."""
        return not rest or rest == "s" or rest in self.ordinary

    def _match(self, text: str, words: Sequence[Word], index: int, keyed: str, offsets: list[int],
               length: int, pattern: Pattern) -> Match | None:
        last = len(pattern.words) - 1
        if last == 0 and not self._glue_ok(keyed[length:]):
            return None
        if last > 0 and length != len(keyed):
            return None  # only the last word of a name runs into the next word
        if pattern.capitals[0] and not text[offsets[0]].isupper():
            return None
        end = offsets[length - 1] + 1
        for step in range(1, last + 1):
            if index + step >= len(words):
                return None
            word, previous = words[index + step], words[index + step - 1]
            gap = text[previous.end:word.start]
            if len(gap) > _MAX_GAP or (pattern.capitals[step] and not word.text[0].isupper()):
                return None
            wanted = pattern.words[step]
            word_keyed, word_offsets = _keyed(word.text, word.start)
            if step < last and word_keyed != wanted:
                return None
            if step == last and not (word_keyed.startswith(wanted)
                                     and self._glue_ok(word_keyed[len(wanted):])):
                return None
            end = word_offsets[len(wanted) - 1] + 1
        return Match(offsets[0], end, pattern)
