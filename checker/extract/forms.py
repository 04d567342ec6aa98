"""The written forms of known entities, and where a sentence may hold them.

A form is found in a sentence as the check finds a name in a quote
(:func:`checker.parse.names.find_name`), or, when it has punctuation, word by word whatever
stands between the words ("Female Prisoner 701: Scorpion" for "#701:"). See
:mod:`checker.extract.gazetteer` for which forms an entity has.

An entities file holds thousands of forms and a sentence names a few, so each form is filed
under a three-letter piece of its own text, the rarest among all forms ("ebr" of "Red
Rocket"), and a sentence is only searched for the forms whose piece it holds: a name cannot
stand where a piece of it does not. Pieces are taken in lower case, as names are matched. A
form found word by word is also filed under a piece of its words without "i" and "s", the two
letters a case-blind pattern matches with other letters ("ı", "ſ"). A form with no such piece
is looked for in every sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from checker.model.entities import Entity
from checker.parse.names import _fold, _left_ok, _right_ok  # the check's rules for a name
from checker.text import normalize

_PIECE = 3
_SLICES = [slice(i, i + _PIECE) for i in range(1000)]
# the commonest three-letter pieces of English: a poor choice of piece to file a name under
_COMMON = frozenset({"the", "and", "ing", "ion", "tio", "ent", "ati", "for", "her", "ter", "hat",
    "tha", "ere", "ate", "his", "con", "res", "ver", "all", "ons", "nce", "men", "ith", "ted",
    "ers", "pro", "thi", "wit", "are", "ess", "not", "ive", "was", "ect", "rea", "com", "eve",
    "per", "int", "est", "sta", "cti", "ica", "ist", "ear", "ain", "one", "our", "iti", "rat",
    "ine", "ant", "out", "ome", "ove", "ort", "ran", "ill", "igh", "ght", "use", "str", "ous",
    "nde", "hin", "rin", "ell", "lin", "ler", "art", "ong", "ake", "tin", "ana", "ala", "ari",
    "ara", "ian", "ane", "ame", "ore"})
_WORDS = re.compile(r"[^\W_]+")
_BEFORE = re.compile(r"([^\W_]+) $")
# capitalized words before a surname that do not make it part of a longer name
_SENTENCE_WORDS = frozenset({"according", "as", "but", "and", "when", "while", "if", "so",
                             "then", "with", "for", "by", "to", "says", "said", "director",
                             "producer", "actor", "actress", "star"})


@dataclass(frozen=True, eq=False)  # forms are told apart by identity, cheaply
class Form:
    text: str
    entity: Entity
    short: bool = False  # one word of a person's name
    # a form with punctuation is also found word by word, whatever stands between the words
    # ("Female Prisoner 701: Scorpion" for "#701:"): punctuation is typography in a name
    loose: re.Pattern[str] | None = None
    needle: str = ""  # what a sentence in lower case holds wherever the form stands
    folded: str = ""  # the form as the check looks for a name (one character for one)
    # the place in the gazetteer's order, longest first: (-length, group, position)
    rank: tuple[int, int, int] = (0, 0, 0)

    @classmethod
    def of(cls, text: str, entity: Entity, short: bool = False,
           rank: tuple[int, int] = (0, 0)) -> Form:
        words = _WORDS.findall(text)
        between = None
        if entity.kind == "event" and len(words) > 2:
            between = r"[\W_]{1,3}(?:[^\W\d_]+[\W_]{1,3})?"  # "the 81st annual Golden Globes"
        elif len(words) > 1 and re.search(r"[^\w\s'’-]", text):
            between = r"[\W_]{1,3}"
        loose = None if between is None else re.compile(
            r"(?:(?<![^\W_])|(?<=[a-z])(?=[A-Z]))" + between.join(map(re.escape, words))
            + r"(?![^\W_])", re.IGNORECASE)
        return cls(text, entity, short, loose, normalize(text).lower(), _fold(normalize(text)),
                   (-len(text), *rank))

    def found_in(self, text: str, lowered: str, folded: str) -> list[Found]:
        """Where the form stands in the normalized sentence ``text`` (``lowered``: in lower
        case; ``folded``: lower case, one character for one)."""
        spans = self._named(text, folded) if self.needle in lowered else []
        if not spans and self.loose is not None:
            spans = [(m.start(), m.end()) for m in self.loose.finditer(text)]
        proper = self.text[:1].isupper()
        return [Found(start, end, self) for start, end in spans
                if not (proper and text[start].islower())
                and (not self.short or _alone(text, start, end))]

    def _named(self, text: str, folded: str) -> list[tuple[int, int]]:
        """As :func:`checker.parse.names.find_name` finds the form, the sentence folded once
        for all forms."""
        spans = []
        start = folded.find(self.folded) if self.folded else -1
        while start != -1:
            end = start + len(self.folded)
            if _left_ok(text, start) and _right_ok(text, end):
                spans.append((start, end))
            start = folded.find(self.folded, start + 1)
        return spans

    def pieces(self) -> tuple[set[str], set[str]]:
        """The pieces a sentence holds wherever the form stands in it: as the check finds a
        name, and word by word (empty: the form is not found that way)."""
        needle = self.needle
        named = {needle[i: i + _PIECE] for i in range(len(needle) - _PIECE + 1)}
        loose: set[str] = set()
        if self.loose is not None:
            for word in _WORDS.findall(self.text):
                word = word.lower()
                loose |= {p for i in range(len(word) - _PIECE + 1)
                          if not {"i", "s"} & set(p := word[i: i + _PIECE])}
        return {p for p in named if p.isascii()}, {p for p in loose if p.isascii()}


def fold(text: str) -> str:
    """``text`` as the check folds it to look for names in it: lower case, one character for
    one."""
    return text.lower() if text.isascii() else _fold(text)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    form: Form


def _alone(text: str, start: int, end: int) -> bool:
    """A short form standing for the person: capitalized, and not one word of a longer name
    ("Madison Square Garden", "Prince Harry")."""
    if not text[start].isupper():
        return False
    after = text[end:end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False
    before = _BEFORE.search(text, max(0, start - 30), start)
    return before is None or not before.group(1)[0].isupper() or \
        before.group(1).lower() in _SENTENCE_WORDS


class FormIndex:
    """Forms filed by their rarest piece (rarest by ``frequency``, else among themselves)."""

    def __init__(self, forms: Iterable[Form], frequency: Counter[str] | None = None) -> None:
        pieces = [(form, *form.pieces()) for form in forms]
        if frequency is None:
            frequency = Counter(p for _, named, loose in pieces for p in named | loose)
        self.frequency = frequency
        self._filed: dict[str, list[Form]] = {}
        self._everywhere: list[Form] = []
        for form, named, loose in pieces:
            if not named or (form.loose is not None and not loose):
                self._everywhere.append(form)
                continue
            for choice in (named, loose):
                if choice:
                    rarest = min(choice, key=lambda p: (not p.isalnum(), p in _COMMON,
                                                        frequency[p], p))
                    self._filed.setdefault(rarest, []).append(form)

    def candidates(self, lowered: str) -> set[Form]:
        """The forms that may stand in a sentence (``lowered``: in lower case)."""
        held = set(map(lowered.__getitem__, _SLICES[: len(lowered) - _PIECE + 1]))
        if len(lowered) > len(_SLICES) + _PIECE - 1:
            held.update(lowered[i: i + _PIECE] for i in range(len(_SLICES), len(lowered)))
        found = set(self._everywhere)
        for piece in held & self._filed.keys():
            found.update(self._filed[piece])
        return found
