"""The written forms of known entities, and where a sentence may hold them.

A form is found in a sentence as the check finds a name in a quote
(:func:`checker.parse.names.find_name`), or, when it has punctuation, word by word whatever
stands between the words ("Female Prisoner 701: Scorpion" for "#701:"). See
:mod:`checker.extract.gazetteer` for which forms an entity has.

An entities file holds thousands of forms and a sentence names a few, so each form is filed
under the first letters of one of its words, the rarest ("roc" of "Red Rocket"), and only the
forms filed under the first letters of a word of the sentence are looked for in it: a word of a
name begins a word of the sentence (or, for the first one, begins where a lost italic glued
the name to the word before: "sinceTake Out"). Letters are compared as names are matched: in
lower case, and, for a form found word by word, as a case-blind pattern reads them ("ſ" is
"s"); such a form is also filed under a word but its first, which a case-blind pattern may
find inside a word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from checker.extract.sentences import CASE
from checker.model.entities import Entity
from checker.parse.names import _fold, _left_ok, _right_ok  # the check's rules for a name
from checker.text import normalize

_PIECE = 4
# the first letters of each word, and of each word a lost italic glued to the word before
_BEGINNING = re.compile(rf"(?<![^\W_])[^\W_]{{1,{_PIECE}}}")
_GLUED = re.compile(rf"(?<=[a-z])[A-Z][^\W_]{{0,{_PIECE - 1}}}")
_RUN = re.compile(rf"[^\W_]{{1,{_PIECE}}}")
_FEW = 16  # an index of no more forms looks for all of them in every sentence
_REMEMBERED = 50_000  # beginnings of words whose forms are kept
# the commonest three-letter pieces of English: a poor choice of piece to file a name under
# beginnings of common words: a poor choice to file a name under
_COMMON = frozenset({"with", "from", "that", "this", "film", "movi", "they", "have", "been",
                     "were", "what", "when", "wher", "whic", "ther", "will", "abou", "afte",
                     "into", "more", "some", "than", "them", "then", "only", "over", "also",
                     "most", "year", "time", "firs", "like", "star", "stor", "show", "part"})
_WORDS = re.compile(r"[^\W_]+")
_BEFORE = re.compile(r"([^\W_]+) $")
# capitalized words before a surname that do not make it part of a longer name
_SENTENCE_WORDS = frozenset({"according", "as", "but", "and", "when", "while", "if", "so",
                             "then", "with", "for", "by", "to", "says", "said", "director",
                             "producer", "actor", "actress", "star"})
_PUNCTUATION = re.compile(r"[^\w\s'’-]")


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
        elif len(words) > 1 and _PUNCTUATION.search(text):
            between = r"[\W_]{1,3}"
        loose = None if between is None else re.compile(
            r"(?:(?<![^\W_])|(?<=[a-z])(?=[A-Z]))" + between.join(map(re.escape, words))
            + r"(?![^\W_])", re.IGNORECASE)
        return cls(text, entity, short, loose, normalize(text).lower(), _fold(normalize(text)),
                   (-len(text), *rank))

    def found_in(self, text: str, lowered: str, folded: str) -> list[Found]:
        """Where the form stands in the normalized sentence ``text`` (``lowered``: in lower
        case; ``folded``: lower case, one character for one)."""
        if self.needle in lowered:
            spans = self._named(text, folded)
        elif self.loose is None:
            return []  # most forms looked for: not in the sentence
        else:
            spans = []
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

    def keys(self) -> tuple[set[str], set[str]]:
        """Where the form may begin in a sentence, by the first letters of its words. Each
        word of the name as the check looks for it begins a word of the sentence (the first may
        also begin where a lost italic glued it to the word before); so does each word but the
        first of a form found word by word, in lower case as a case-blind pattern reads it."""
        named = _beginnings(self.folded)
        loose = _beginnings(self.text.translate(CASE).lower(), loose=True) \
            if self.loose is not None else set()
        return named, loose


def _whole(key: str, form: Form) -> bool:
    """Whether ``key``, shorter than a key, is a word of the form that something other than a
    letter or figure ends (and so a word of the sentence, whole)."""
    return any(w.group() == key and w.end() < len(form.folded)
               for w in _WORDS.finditer(form.folded))


def _beginnings(name: str, loose: bool = False) -> set[str]:
    """The first four letters of each word of ``name`` (all of a shorter one). Word by word,
    a name's first word may stand anywhere in a word of the sentence."""
    words = list(_WORDS.finditer(name))[1:] if loose else list(_WORDS.finditer(name))
    return {w.group()[:_PIECE] for w in words}


def fold(text: str) -> str:
    """``text`` as the check folds it to look for names in it: lower case, one character for
    one."""
    return text.lower() if text.isascii() else _fold(text)


class Found(NamedTuple):
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
    """Forms filed by the rarest first letters of one of their words (rarest by
    ``frequency``, else among themselves)."""

    def __init__(self, forms: Iterable[Form], frequency: Counter[str] | None = None) -> None:
        self.forms = list(forms)
        keyed = [(form, *form.keys()) for form in self.forms]
        if frequency is None:
            frequency = Counter(k for _, named, loose in keyed for k in named | loose)
        self.frequency = frequency
        self._named: dict[str, list[Form]] = {}
        self._loose: dict[str, list[Form]] = {}
        self._everywhere: list[Form] = []
        self._short: dict[str, list[Form]] = {}  # last words of fewer letters than a key
        self._short_lengths: set[int] = set()
        self._beginning: dict[str, tuple[Form, ...]] = {}  # see _filed_under
        for form, named, loose in keyed:
            for keys, filed in ((named, self._named), (loose, self._loose)):
                if not keys:
                    continue
                rarest = min(keys, key=lambda k: (len(k) < _PIECE, k in _COMMON, frequency[k],
                                                  k))
                if len(rarest) < _PIECE and filed is self._named and not _whole(rarest, form):
                    self._short.setdefault(rarest, []).append(form)  # "Ani", or "Ani's"
                    self._short_lengths.add(len(rarest))
                else:
                    filed.setdefault(rarest, []).append(form)
            if not named:
                self._everywhere.append(form)

    def candidates(self, text: str, folded: str) -> set[Form]:
        """The forms that may stand in the normalized sentence ``text`` (``folded``: as the
        check folds it)."""
        if len(self.forms) <= _FEW:  # the names proposed for one article: look for them all
            return set(self.forms)
        held = set(_BEGINNING.findall(folded))
        if text.isascii():
            cased = held
            held.update(glued.lower() for glued in _GLUED.findall(text))
        else:
            cased = set(_BEGINNING.findall(text.translate(CASE).lower()))
            held.update(run.group() for i in range(1, len(text))
                        if text[i].isupper() and text[i - 1].islower()
                        and (run := _RUN.match(folded, i)) is not None)
        found = set(self._everywhere)
        for key in held:
            filed = self._beginning.get(key)
            if filed is None:
                filed = self._filed_under(key)
            if filed:
                found.update(filed)
        for key in cased & self._loose.keys():
            found.update(self._loose[key])
        return found

    def _filed_under(self, key: str) -> tuple[Form, ...]:
        """The forms a word of a sentence beginning with ``key`` may begin: those filed under
        it, and under its first two or three letters when a short word of a name is filed so.
        Sentences begin their words the same few ways, so the answer is kept."""
        filed = [*self._named.get(key, ()),
                 *(f for length in self._short_lengths for f in self._short.get(key[:length], ()))]
        if len(self._beginning) >= _REMEMBERED:
            self._beginning.clear()
        self._beginning[key] = tuple(filed)
        return self._beginning[key]
