"""Which words may stand for which in a variant: found without comparing every word with every
other, then checked one pair at a time with rapidfuzz.

Two words are alike (:func:`~checker.audit.cluster.is_variant` compares names word by word)
when they are a letter or two apart by the optimal string alignment distance: none below
four letters, one up to six, two beyond, counted on the shorter word. Two indexes find the
pairs that may be alike, and nothing else is scored:

- :func:`near_words`, every alike pair of a vocabulary: each word is filed under every string
  left by deleting as many of its letters as it may differ by (its deletion neighbourhood).
  Two words within that many edits always share one such string (a change or a swap of two
  neighbours costs one deletion on each side, a letter added one on the other). Strings of
  one length only meet strings of the same length, so the index is built one length at a
  time and never holds more than one length's strings.
- :func:`near_of`, the words alike to a few words among many (the check asks for those of
  names no entity accepts): a word cut into two or three parts keeps one of them unchanged in
  a word within one or two insertions, deletions or changes of it, moved by at most that many
  letters. The parts each asked word would share are filed, and the vocabulary is read once
  against them; a swap of two neighbours is undone on the asked word first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from itertools import combinations
from multiprocessing import get_all_start_methods, get_context

from rapidfuzz.distance import OSA

from checker.compare.names import ABBREVIATIONS, edits_allowed

Near = dict[str, set[str]]
_PARALLEL_FROM = 20_000  # words: below, starting processes costs more than it saves
MIN_WORD_LENGTH = 4  # as the names comparator's default: shorter words must match exactly


def alike(a: str, b: str, min_word_length: int = MIN_WORD_LENGTH) -> bool:
    if a == b or ABBREVIATIONS.get(a) == b or ABBREVIATIONS.get(b) == a:
        return True
    limit = edits_allowed(min(len(a), len(b)), min_word_length)
    return limit > 0 and OSA.distance(a, b, score_cutoff=limit) <= limit


def _abbreviations(words: Collection[str], near: Near) -> Near:
    for short, full in ABBREVIATIONS.items():
        if short in words and full in words:
            near[short].add(full)
            near[full].add(short)
    return near


def _band(length: int, words: list[list[str]], min_word_length: int) -> list[tuple[str, str]]:
    """The alike pairs that share a deleted string of ``length`` letters: ``words[d]`` are the
    words ``d`` letters longer, filed under their strings with ``d`` letters deleted."""
    owner: dict[str, str] = {}  # deleted string -> the first word filed under it
    shared: dict[str, list[str]] = {}  # deleted string -> every word filed under it
    for depth, longer in enumerate(words):
        for word in longer:
            if depth > edits_allowed(len(word), min_word_length):
                continue
            keys = {word} if not depth else set(map("".join, combinations(word, length)))
            common = keys & owner.keys()
            for key in common:
                shared.setdefault(key, [owner[key]]).append(word)
            owner.update(dict.fromkeys(keys - common if common else keys, word))
    candidates: set[tuple[str, str]] = set()
    for group in shared.values():
        candidates.update(combinations(group, 2))
    found = []
    for a, b in candidates:
        limit = edits_allowed(min(len(a), len(b)), min_word_length)
        if OSA.distance(a, b, score_cutoff=limit) <= limit:
            found.append((a, b))
    return found


def _band_job(job: tuple[int, list[list[str]], int]) -> list[tuple[str, str]]:
    return _band(*job)


def near_words(vocabulary: Iterable[str], min_word_length: int = MIN_WORD_LENGTH,
               workers: int = 1) -> Near:
    """For each word, the other words of ``vocabulary`` a variant may put in its place.
    ``workers`` processes share a large vocabulary's lengths."""
    words = set(vocabulary)
    by_length: dict[int, list[str]] = defaultdict(list)
    for word in sorted(words):
        if edits_allowed(len(word), min_word_length):
            by_length[len(word)].append(word)
    lengths = {n - d for n in by_length for d in range(edits_allowed(n, min_word_length) + 1)}
    jobs = [(n, [by_length.get(n + d, []) for d in range(3)], min_word_length)
            for n in sorted(lengths)]
    if workers > 1 and len(words) >= _PARALLEL_FROM and "fork" in get_all_start_methods():
        # the longest lengths first, so that no worker is left with a long one at the end
        jobs.sort(key=lambda job: -sum(len(w) ** 2 for w in job[1][2]))
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            found = list(pool.map(_band_job, jobs))
    else:
        found = [_band_job(job) for job in jobs]
    near: Near = defaultdict(set)
    for pairs in found:
        for a, b in pairs:
            near[a].add(b)
            near[b].add(a)
    return _abbreviations(words, near)


def _parts(length: int, count: int) -> list[tuple[int, int]]:
    """Where the ``count`` parts of a word of ``length`` letters start, and their lengths."""
    size, longer = divmod(length, count)
    starts, found = 0, []
    for number in range(count):
        found.append((starts, size + (number >= count - longer)))
        starts += found[-1][1]
    return found


def _swaps(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)
            if word[i] != word[i + 1]]


# (edits, length, part number) -> part -> the asked words that would keep it there
_Wanted = dict[tuple[int, int, int], dict[str, set[str]]]


def _want(wanted: _Wanted, asked: str, word: str, edits: int, within: int) -> None:
    """File the parts that a word within ``edits`` edits of ``asked`` keeps unchanged, for the
    words of the vocabulary that ``word`` (``asked`` or ``asked`` with a swap) is ``within``
    insertions, deletions or changes of."""
    for length in range(len(word) - within, len(word) + within + 1):
        shift = len(word) - length
        for number, (start, size) in enumerate(_parts(length, edits + 1)):
            for moved in range(max(-within, shift - within), min(within, shift + within) + 1):
                at = start + moved
                if at >= 0 and at + size <= len(word):
                    wanted.setdefault((edits, length, number), {}).setdefault(
                        word[at: at + size], set()).add(asked)


def near_of(asked: Iterable[str], vocabulary: Collection[str],
            min_word_length: int = MIN_WORD_LENGTH) -> Near:
    """The words of ``vocabulary`` alike to each ``asked`` word, for a few words among many.

    A word cut into ``edits + 1`` parts keeps one unchanged in a word within ``edits``
    insertions, deletions or changes of it, moved by at most ``edits`` letters: the parts an
    asked word would share are filed, and the vocabulary is read once against them. A swap
    of two neighbours is undone on the asked word first; after it, one more edit (or swap)
    leaves one of three parts where it was.
    """
    wanted: _Wanted = {}
    near: Near = defaultdict(set)
    for word in set(asked):
        edits = edits_allowed(len(word), min_word_length)
        if edits:  # one edit, against a word of four to seven letters
            _want(wanted, word, word, 1, 1)
            near[word].update(w for w in _swaps(word) if w in vocabulary)
        if edits == 2:
            _want(wanted, word, word, 2, 2)
            for swapped in _swaps(word):
                _want(wanted, word, swapped, 2, 1)
        for short, full in ABBREVIATIONS.items():
            other = full if word == short else short if word == full else None
            if other is not None and other in vocabulary:
                near[word].add(other)
    by_length: dict[int, list[str]] = defaultdict(list)
    for word in vocabulary:
        by_length[len(word)].append(word)
    for (edits, length, number), parts in wanted.items():
        if (edits == 1 and not min_word_length <= length <= 7) or (edits == 2 and length < 7):
            continue  # no word of this length is alike with these edits
        start, size = _parts(length, edits + 1)[number]
        end = start + size
        for word in by_length.get(length, ()):
            if word[start:end] in parts:
                for asked_word in parts[word[start:end]]:
                    near[asked_word].add(word)
    return {word: {w for w in found if w != word and alike(word, w, min_word_length)}
            for word, found in near.items()}
