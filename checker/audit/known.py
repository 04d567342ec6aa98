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

Names are kept in a tree of their words, so that a text is read in one pass: at each place a
name may start, only the names that go on with the text's next words are followed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from checker.audit.words import TOKEN, Word
from checker.parse.names import name_key

_PARTICLES = frozenset({"mc", "mac", "di", "de", "da", "du", "la", "le", "van", "von", "st"})
_MAX_GAP = 4  # characters between two words of one name: "No.⏎⏎6", " #", ": "
_ASCII_CAPITAL = re.compile("(?<=[a-z])[A-Z]")  # where a capital meets a lower-case letter


def plain(writing: str) -> bool:
    """Whether ``writing`` is words of ASCII letters and figures one space apart: its words
    are then its tokens, and :func:`name_key` is its lower case."""
    return (writing.isascii() and writing.replace(" ", "").isalnum() and "  " not in writing
            and writing[0] != " " and writing[-1] != " ")


@dataclass(frozen=True)
class Pattern:
    """A known name: its words as :func:`name_key` gives them, and which are capitalized."""

    words: tuple[str, ...]
    capitals: tuple[bool, ...]
    key: str = field(init=False, compare=False, repr=False)  # the words, spaced

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", " ".join(self.words))

    @classmethod
    def of(cls, writing: str, tokens: Sequence[str] | None = None) -> Pattern:
        """The name ``writing`` spells; ``tokens``, its words as written, when known."""
        if plain(writing):  # letters and figures one space apart: the common case, quickly
            parts = writing.split(" ")
            return cls(tuple(writing.lower().split(" ")), tuple(p[0].isupper() for p in parts))
        words = tuple(name_key(writing).split())
        capitals = tuple(w[0].isupper() for w in (tokens or TOKEN.findall(writing)))
        return cls(words, capitals if len(capitals) == len(words) else (False,) * len(words))


class Match(NamedTuple):
    start: int  # offsets of the name in the text read
    end: int
    pattern: Pattern


@dataclass
class _Node:
    """The names that go on after the words read so far: by their last word, or by their
    next word when more follow."""

    last: dict[str, Pattern] = field(default_factory=dict)
    next: dict[str, _Node] = field(default_factory=dict)

    def copy(self) -> _Node:
        return _Node(dict(self.last), dict(self.next))


def keyed(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased letter by letter without apostrophes, and where each kept
    character stands in ``text``."""
    if text.isascii():
        offsets = [i for i, c in enumerate(text) if c != "'"]
        return text.lower().replace("'", ""), offsets
    chars, offsets = [], []
    for index, char in enumerate(text):
        if char in "'’":
            continue
        lower = char.lower()
        chars.append(lower if len(lower) == 1 else char)  # "İ" lowers to two characters
        offsets.append(index)
    return "".join(chars), offsets


def starts(text: str) -> list[int]:
    """Where a name may start inside a word: at its start, and where a lower-case letter
    meets a capital unless a surname particle comes before ("DiCaprio")."""
    if text.isascii():
        inside = [m.start() for m in _ASCII_CAPITAL.finditer(text)]
    else:
        inside = [i for i in range(1, len(text)) if text[i - 1].islower() and text[i].isupper()]
    return [0, *(i for i in inside if text[:i].lower() not in _PARTICLES)]


class KnownNames:
    """The known names, to find them in a text word by word."""

    def __init__(self, patterns: Iterable[Pattern], ordinary: Collection[str]) -> None:
        self.ordinary = ordinary
        self.patterns: dict[str, Pattern] = {}
        self._keyed: dict[str, tuple[str, list[int]]] = {}  # the same words come back
        self.inner: set[str] = set()  # the words a name goes on after
        # the words names leave in lower case: inside them, or last
        self.lower_inside: set[str] = set()
        self.lower_last: set[str] = set()
        self.lower_first = False  # whether a name starts with a word in lower case
        self._root = _Node()
        # one pattern per key, the last given: a name read in the texts overrides its
        # declared capitals
        self._add({p.key: p for p in patterns if p.words}.values(), None)

    def with_names(self, patterns: Iterable[Pattern]) -> KnownNames:
        """These names and ``patterns``, which override names of the same key. The tree is
        shared but for the paths the new names take."""
        new = KnownNames([], self.ordinary)
        new.patterns, new._keyed = dict(self.patterns), self._keyed
        new.inner, new.lower_inside = set(self.inner), set(self.lower_inside)
        new.lower_last, new.lower_first = set(self.lower_last), self.lower_first
        new._root = self._root.copy()
        new._add([p for p in patterns if self.patterns.get(p.key) != p], {id(new._root)})
        return new

    def _add(self, patterns: Iterable[Pattern], owned: set[int] | None) -> None:
        """File ``patterns``; nodes not in ``owned`` are shared, and copied before a change."""
        replaced = False
        for pattern in patterns:
            replaced |= pattern.key in self.patterns
            self.patterns[pattern.key] = pattern
            node = self._root
            for word in pattern.words[:-1]:
                self.inner.add(word)
                child = node.next.get(word)
                if child is None or (owned is not None and id(child) not in owned):
                    child = node.next[word] = _Node() if child is None else child.copy()
                    if owned is not None:
                        owned.add(id(child))
                node = child
            node.last[pattern.words[-1]] = pattern
            self._note_case(pattern)
        if replaced:  # a name's capitals changed: what stays in lower case is counted again
            self.lower_inside, self.lower_last, self.lower_first = set(), set(), False
            for pattern in self.patterns.values():
                self._note_case(pattern)

    def _note_case(self, pattern: Pattern) -> None:
        self.lower_first |= not pattern.capitals[0]
        last = len(pattern.words) - 1
        for position in range(1, last + 1):
            if not pattern.capitals[position]:
                # a last word may run into the next letters: "over" also holds "overs"
                (self.lower_last if position == last else self.lower_inside).add(
                    pattern.words[position])

    def _glue_ok(self, rest: str) -> bool:
        """Whether a name may run into ``rest``: nothing, a stripped possessive, or a word the
        texts write in lower case ("Rocketwas"); not the rest of a longer name
        ("Anisimova" does not hold *Ani*)."""
        return not rest or rest == "s" or rest in self.ordinary

    def _ends(self, node: _Node, word_keyed: str) -> list[tuple[Pattern, int]]:
        """The names of ``node`` whose last word starts ``word_keyed``, with its length."""
        last, glue_ok = node.last, self._glue_ok
        if len(last) < len(word_keyed):  # fewer names than ways to cut the word
            return [(p, len(w)) for w, p in last.items()
                    if word_keyed.startswith(w) and glue_ok(word_keyed[len(w):])]
        return [(last[word_keyed[:n]], n) for n in range(1, len(word_keyed) + 1)
                if word_keyed[:n] in last and glue_ok(word_keyed[n:])]

    def matches(self, text: str, words: Sequence[Word],
                first_words: set[str] | None = None) -> list[Match]:
        """Every known name in ``text``, longest first, none overlapping another.
        ``first_words`` collects the words read where a name of several words may start."""
        found: list[Match] = []
        known = self._keyed
        keys = [known.get(w.text) or known.setdefault(w.text, keyed(w.text)) for w in words]
        root = self._root
        for index, word in enumerate(words):
            # a word without a capital after its first letter can only hold a name at its start
            for start in [0] if word.text[1:].islower() else starts(word.text):
                if start:
                    head, offsets = keyed(word.text[start:])
                    offsets = [o + start for o in offsets]
                else:
                    head, offsets = keys[index]
                if first_words is not None:
                    first_words.add(head)
                begin = word.start + offsets[0]
                upper = text[begin].isupper()
                if root.last:
                    found += [Match(begin, word.start + offsets[n - 1] + 1, pattern)
                              for pattern, n in self._ends(root, head)
                              if upper or not pattern.capitals[0]]
                node = root.next.get(head)
                if node is not None:
                    found += self._following(words, keys, index, node, begin, upper)
        if len(found) < 2:
            return found
        chosen: list[Match] = []
        for match in sorted(found, key=lambda m: (-len(m.pattern.key), m.start)):
            if all(match.end <= c.start or c.end <= match.start for c in chosen):
                chosen.append(match)
        return sorted(chosen)

    def _following(self, words: Sequence[Word], keys: list[tuple[str, list[int]]],
                   index: int, node: _Node | None, start: int, upper: bool) -> list[Match]:
        """The names of several words that start at ``start`` in ``words[index]``."""
        found = []
        capitals = [upper]
        step = index + 1
        while node is not None and step < len(words):
            word = words[step]
            if word.start - words[step - 1].end > _MAX_GAP:
                break
            capitals.append(word.text[0].isupper())
            word_keyed, word_offsets = keys[step]
            if node.last:
                found += [Match(start, word.start + word_offsets[n - 1] + 1, pattern)
                          for pattern, n in self._ends(node, word_keyed)
                          if all(c or not wanted
                                 for c, wanted in zip(capitals, pattern.capitals, strict=True))]
            node = node.next.get(word_keyed)
            step += 1
        return found
