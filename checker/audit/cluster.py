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

Comparing all pairs is quadratic. Instead each distinct word is filed under every string left
by deleting as many of its letters as it may differ by (its deletion neighbourhood). Two
words within that many edits always share one such string, so only words that share one are
scored, with rapidfuzz's OSA distance. A form's variants are then looked up directly: the
forms made by putting near words in place of its own. The clustering is a pure function of
the forms, so that it can be measured on names made up by the thousand.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations, product

from rapidfuzz.distance import OSA

from checker.compare.names import ABBREVIATIONS, edits_allowed
from checker.parse.names import strip_accents

MIN_WORD_LENGTH = 4  # as the names comparator's default: shorter words must match exactly

Pair = tuple[str, str]


@dataclass(frozen=True)
class Cluster:
    """Forms linked by variant pairs; ``forms`` most frequent first, with their counts."""

    forms: tuple[tuple[str, int], ...]
    pairs: tuple[Pair, ...]  # each pair in sorted order


def _words_alike(a: str, b: str, min_word_length: int) -> bool:
    if a == b or ABBREVIATIONS.get(a) == b or ABBREVIATIONS.get(b) == a:
        return True
    limit = edits_allowed(min(len(a), len(b)), min_word_length)
    return limit > 0 and OSA.distance(a, b, score_cutoff=limit) <= limit


def is_variant(a: str, b: str, min_word_length: int = MIN_WORD_LENGTH) -> bool:
    """The variant relation itself, pair by pair: what the clustering must agree with."""
    words_a, words_b = strip_accents(a).split(), strip_accents(b).split()
    return a != b and len(words_a) == len(words_b) and all(
        _words_alike(x, y, min_word_length) for x, y in zip(words_a, words_b, strict=True))


def _deletions(word: str, edits: int) -> set[str]:
    found = layer = {word}
    for _ in range(edits):
        layer = {w[:i] + w[i + 1:] for w in layer for i in range(len(w))}
        found = found | layer
    return found


def near_words(vocabulary: Iterable[str],
               min_word_length: int = MIN_WORD_LENGTH) -> dict[str, set[str]]:
    """For each word, the other words of ``vocabulary`` a variant may put in its place."""
    words = set(vocabulary)
    buckets: dict[str, list[str]] = defaultdict(list)
    for word in words:
        edits = edits_allowed(len(word), min_word_length)
        if edits:
            for deleted in _deletions(word, edits):
                buckets[deleted].append(word)
    near: dict[str, set[str]] = defaultdict(set)
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        for a, b in combinations(bucket, 2):
            if b not in near.get(a, ()) and _words_alike(a, b, min_word_length):
                near[a].add(b)
                near[b].add(a)
    for short, full in ABBREVIATIONS.items():
        if short in words and full in words:
            near[short].add(full)
            near[full].add(short)
    return near


def variant_pairs(forms: Iterable[str], min_word_length: int = MIN_WORD_LENGTH) -> set[Pair]:
    """Every pair of ``forms`` that are variants (:func:`is_variant`), each pair sorted."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in set(forms):
        plain = form if form.isascii() else strip_accents(form)
        by_words[tuple(plain.split())].append(form)
    near = near_words({w for words in by_words for w in words}, min_word_length)
    pairs: set[Pair] = set()
    for words, spelled in by_words.items():
        if len(spelled) > 1:
            pairs.update(_sorted(a, b) for a, b in combinations(spelled, 2))  # accents only
        if not any(w in near for w in words):
            continue
        for other in product(*([w, *near.get(w, ())] for w in words)):
            if other > words and other in by_words:  # each pair of word sequences once
                pairs.update(_sorted(a, b) for a in spelled for b in by_words[other])
    return pairs


def _sorted(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def cluster(forms: Iterable[tuple[str, int]],
            min_word_length: int = MIN_WORD_LENGTH) -> list[Cluster]:
    """The clusters of variant forms among ``forms`` (form, count); forms without a variant
    are left out. Most frequent cluster first."""
    counts: dict[str, int] = defaultdict(int)
    for form, count in forms:
        counts[form] += count
    pairs = variant_pairs(counts, min_word_length)
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
