"""Clustering spellings: which name forms are variants of which, found without comparing every
form with every other.

A form is a name as :func:`~checker.parse.names.name_key` gives it (lower case, one space
between words). Two forms are **variants** when they have the same number of words and each
word of one is, at the same place in the other, the same word; the same once accents are
removed ("Zoë"/"Zoe"); the word it abbreviates or writes out ("No."/"Number"); or a letter or
two away by :func:`~checker.compare.names.edits_allowed` (none below four letters, one up to
six, two beyond; swapping two neighbouring letters is one). So a surname alone is never a
variant of the full name, and two people who share a first name or a surname differ by a
whole word, not a letter: "mikey madison" and "mikey saber" are not variants.

Comparing all pairs is quadratic. Instead forms of as many words are taken place by place:
at the place where it costs least (the fewest strings to index, the fewest forms per word),
the forms that share the word there are looked at among themselves, the same way, and the
others are paired only where their words there are near (:func:`near_words`), then checked
at their other places. A few forms among many (the check asks only for the forms no entity
accepts) are paired through an index of word parts instead (:func:`variant_pairs_of`).
Both find exactly the pairs comparing every pair would find. The clustering is a pure
function of the forms, so that it can be measured on names made up by the thousand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import combinations

from checker.audit.blocking import MIN_WORD_LENGTH, alike, near_of, near_words
from checker.compare.names import edits_allowed
from checker.parse.names import strip_accents

__all__ = ["MIN_WORD_LENGTH", "Cluster", "Pair", "cluster", "is_variant", "near_words",
           "variant_pairs", "variant_pairs_of"]

Pair = tuple[str, str]
Words = tuple[str, ...]
_FEW = 16  # forms compared pair by pair rather than through an index
_ASKING = 40  # an asked word costs about as much as this many words of the vocabulary


@dataclass(frozen=True)
class Cluster:
    """Forms linked by variant pairs; ``forms`` most frequent first, with their counts."""

    forms: tuple[tuple[str, int], ...]
    pairs: tuple[Pair, ...]  # each pair in sorted order


def is_variant(a: str, b: str, min_word_length: int = MIN_WORD_LENGTH) -> bool:
    """The variant relation itself, pair by pair: what the clustering must agree with."""
    words_a, words_b = strip_accents(a).split(), strip_accents(b).split()
    return a != b and len(words_a) == len(words_b) and all(
        alike(x, y, min_word_length) for x, y in zip(words_a, words_b, strict=True))


def _by_words(forms: Iterable[str]) -> dict[Words, list[str]]:
    """Forms by their words without accents."""
    found: dict[Words, list[str]] = defaultdict(list)
    for form in set(forms):
        found[tuple((form if form.isascii() else strip_accents(form)).split())].append(form)
    return found


def _alike_at(a: Words, b: Words, places: Iterable[int], min_word_length: int) -> bool:
    return all(a[p] == b[p] or alike(a[p], b[p], min_word_length) for p in places)


def _cost(groups: dict[str, list[Words]], min_word_length: int) -> int:
    """What looking for variants at a place costs: the strings its words are filed under,
    and the pairs of forms that two near words bring (guessed from the forms per word)."""
    total = 0
    for word, forms in groups.items():
        edits = edits_allowed(len(word), min_word_length)
        if edits:
            total += len(word) ** edits + len(forms) ** 2
    return total


def _tuple_pairs(tuples: list[Words], places: tuple[int, ...], min_word_length: int,
                 workers: int, found: list[tuple[Words, Words]]) -> None:
    """Add to ``found`` the pairs of ``tuples`` alike at ``places`` (the tuples are the
    same at the other places). At the place where it costs least, the pairs that share the
    word there are looked for among the tuples that share it; the others are the tuples of
    two near words, checked at the other places."""
    if len(tuples) <= _FEW:
        found += [(a, b) for a, b in combinations(tuples, 2)
                  if _alike_at(a, b, places, min_word_length)]
        return
    at: dict[int, dict[str, list[Words]]] = {p: defaultdict(list) for p in places}
    for words in tuples:
        for place in places:
            at[place][words[place]].append(words)
    pivot = min(places, key=lambda p: (_cost(at[p], min_word_length), p))
    groups, rest = at[pivot], tuple(p for p in places if p != pivot)
    if rest:
        for group in groups.values():
            if len(group) > 1:
                _tuple_pairs(group, rest, min_word_length, workers, found)
    for a, nearby in near_words(groups, min_word_length, workers).items():
        for b in nearby:
            if a < b:
                found += [(x, y) for x in groups[a] for y in groups[b]
                          if _alike_at(x, y, rest, min_word_length)]


def variant_pairs(forms: Iterable[str], min_word_length: int = MIN_WORD_LENGTH,
                  workers: int = 1) -> set[Pair]:
    """Every pair of ``forms`` that are variants (:func:`is_variant`), each pair sorted.
    ``workers`` processes share the largest indexes."""
    by_words = _by_words(forms)
    by_count: dict[int, list[Words]] = defaultdict(list)
    for words in by_words:
        by_count[len(words)].append(words)
    found: list[tuple[Words, Words]] = []
    for count, tuples in sorted(by_count.items()):
        _tuple_pairs(tuples, tuple(range(count)), min_word_length, workers, found)
    pairs: set[Pair] = set()
    for spelled in by_words.values():
        pairs.update(_sorted(a, b) for a, b in combinations(spelled, 2))  # accents only
    for x, y in found:
        pairs.update(_sorted(a, b) for a in by_words[x] for b in by_words[y])
    return pairs


def variant_pairs_of(forms: Iterable[str], asked: Collection[str],
                     min_word_length: int = MIN_WORD_LENGTH) -> set[Pair]:
    """Every pair of ``forms`` that are variants and of which one is ``asked``: what
    :func:`variant_pairs` finds, for a few forms among many."""
    by_words = _by_words(forms)
    wanted = [words for words, spelled in by_words.items() if any(f in asked for f in spelled)]
    vocabulary = {w for words in by_words for w in words}
    asked_words = {w for words in wanted for w in words}
    if len(asked_words) * _ASKING > len(vocabulary):  # as costly as finding every pair
        return {p for p in variant_pairs(forms, min_word_length)
                if p[0] in asked or p[1] in asked}
    near = near_of(asked_words, vocabulary, min_word_length)
    at: dict[tuple[int, int, str], list[Words]] = defaultdict(list)  # (words, place, word)
    for words in by_words:
        for place, word in enumerate(words):
            at[(len(words), place, word)].append(words)
    pairs: set[Pair] = set()
    for words in wanted:
        spelled = by_words[words]
        pairs.update(_sorted(a, b) for a, b in combinations(spelled, 2))  # accents only
        options = [(w, *near.get(w, ())) for w in words]
        # look the candidates up at the place that gives the fewest
        place = min(range(len(words)), key=lambda p: sum(
            len(at.get((len(words), p, w), ())) for w in options[p]))
        for word in options[place]:
            for other in at.get((len(words), place, word), ()):
                if other != words and all(o == w or o in near.get(w, ())
                                          for o, w in zip(other, words, strict=True)):
                    pairs.update(_sorted(a, b) for a in spelled for b in by_words[other])
    return pairs


def _sorted(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def cluster(forms: Iterable[tuple[str, int]], min_word_length: int = MIN_WORD_LENGTH,
            workers: int = 1) -> list[Cluster]:
    """The clusters of variant forms among ``forms`` (form, count); forms without a variant
    are left out. Most frequent cluster first."""
    counts: dict[str, int] = defaultdict(int)
    for form, count in forms:
        counts[form] += count
    pairs = variant_pairs(counts, min_word_length, workers)
    parent: dict[str, str] = {}

    def root(form: str) -> str:
        parent.setdefault(form, form)
        while parent[form] != form:
            parent[form] = parent[parent[form]]
            form = parent[form]
        return form

    for a, b in pairs:
        parent[root(a)] = root(b)
    members: dict[str, list[str]] = defaultdict(list)
    for form in parent:
        members[root(form)].append(form)
    linked: dict[str, list[Pair]] = defaultdict(list)
    for pair in sorted(pairs):
        linked[root(pair[0])].append(pair)
    clusters = [Cluster(tuple(sorted(((f, counts[f]) for f in forms_of),
                                     key=lambda fc: (-fc[1], fc[0]))), tuple(linked[top]))
                for top, forms_of in members.items()]
    return sorted(clusters, key=lambda c: (-c.forms[0][1], c.forms[0][0]))
