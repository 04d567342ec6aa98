"""The audit's clustering: the variant relation, and the blocking index that finds exactly the
pairs comparing every form with every other would find."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from checker.audit.cluster import (
    Cluster,
    cluster,
    is_variant,
    near_words,
    variant_pairs,
    variant_pairs_of,
)
from checker.bench.names import NameMaker
from checker.parse.names import name_key

SYLLABLES = ("ka", "ri", "to", "ma", "len", "so", "vi", "an", "dre", "lo", "mi", "ne", "sa",
             "ul", "bor", "is", "ov", "el", "ja", "ni", "qu", "ey", "th", "ck")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5)))


def _typo(word: str, rng: random.Random) -> str:
    """One edit: a letter changed, dropped or added, or two neighbours swapped."""
    at = rng.randrange(len(word) - 1)
    edit = rng.choice(("change", "drop", "add", "swap"))
    if edit == "change":
        return word[:at] + rng.choice(LETTERS.replace(word[at], "")) + word[at + 1:]
    if edit == "drop":
        return word[:at] + word[at + 1:]
    if edit == "add":
        return word[:at] + rng.choice(LETTERS) + word[at:]
    return word[:at] + word[at + 1] + word[at] + word[at + 2:]


def _synthetic(count: int, seed: int, edits: int = 1) -> tuple[list[str], set[tuple[str, str]]]:
    """``count`` made-up names of one to three words, and a variant planted for every fourth:
    one word of it ``edits`` edits away."""
    rng = random.Random(seed)
    names = list(dict.fromkeys(" ".join(_word(rng) for _ in range(rng.randint(1, 3)))
                               for _ in range(count)))
    planted = set()
    for name in names[::4]:
        words = name.split()
        at = rng.randrange(len(words))
        for _ in range(edits):
            words[at] = _typo(words[at], rng)
        variant = " ".join(words)
        if variant != name and is_variant(name, variant):
            planted.add((min(name, variant), max(name, variant)))
    return names + [b if a in names else a for a, b in planted], planted


def _brute(names: list[str]) -> set[tuple[str, str]]:
    return {(a, b) if a < b else (b, a) for a, b in combinations(set(names), 2)
            if is_variant(a, b)}


@pytest.mark.parametrize(("seed", "edits"), [(1, 1), (2, 1), (3, 1), (4, 2), (5, 2)])
def test_blocking_finds_exactly_the_pairs_all_pairs_finds(seed: int, edits: int) -> None:
    names, planted = _synthetic(300, seed, edits)
    brute = _brute(names)
    found = variant_pairs(names)
    assert len(planted) > 40
    assert planted <= brute
    assert found == brute


@pytest.mark.parametrize("asked", [1, 5, 25, 150])
def test_the_pairs_of_a_few_forms_are_those_all_pairs_finds_for_them(asked: int) -> None:
    names, _ = _synthetic(300, asked, edits=2)
    names += _synthetic(300, asked + 10)[0]
    forms = set(random.Random(asked).sample(sorted(set(names)), asked))
    expected = {p for p in _brute(names) if p[0] in forms or p[1] in forms}
    assert expected
    assert variant_pairs_of(names, forms) == expected


def test_the_index_split_between_processes_finds_the_same_words() -> None:
    maker = NameMaker(random.Random(7))
    words = sorted({w for n in maker.people(12_000) for w in name_key(n).split()})
    assert len(words) > 20_000  # past this, two workers share the lengths
    alone = near_words(words)
    assert sum(map(len, alone.values())) > 1_000
    assert near_words(words, workers=2) == alone


@pytest.mark.parametrize(("a", "b", "variant"), [
    ("lindsey normington", "lindsay normington", True),   # a letter changed
    ("borisov", "borislov", True),                        # a letter added
    ("daniels", "daniel", True),                          # a letter dropped
    ("yura", "yuri", True),
    ("cabiria", "cabira", True),
    ("mitya", "mytia", False),                            # two edits in five letters
    ("kavanaugh", "cavanagh", True),                      # two edits in nine letters
    ("nights of cabiria", "nights of cabira", True),
    ("compartment no 6", "compartment number 6", True),   # abbreviated
    ("zoë marchetti", "zoe marchetti", True),             # accents only
    ("tom calder", "tim calder", False),                  # short words must match exactly
    ("mikey madison", "mikey saber", False),              # a whole word apart
    ("charles jang", "charles melton", False),
    ("drew daniels", "daniels", False),                   # a surname alone
    ("brittney rodriguez", "kitana kiki rodriguez", False),
    ("red rocket", "red rocket", False),                  # the same form
])
def test_the_variant_relation(a: str, b: str, variant: bool) -> None:
    assert is_variant(a, b) is variant
    assert is_variant(b, a) is variant
    assert (variant_pairs([a, b]) == {(min(a, b), max(a, b))}) is variant


def test_near_words_come_from_shared_deletions_and_abbreviations() -> None:
    near = near_words(["borisov", "borislov", "yura", "yuri", "yuma", "no", "number", "sean"])
    assert dict(near) == {
        "borisov": {"borislov"}, "borislov": {"borisov"},
        "yura": {"yuri", "yuma"}, "yuri": {"yura"}, "yuma": {"yura"},  # yuri-yuma: two edits
        "no": {"number"}, "number": {"no"},
    }


def test_clusters_link_variants_most_frequent_first() -> None:
    forms = [("yura borisov", 3), ("yuri borisov", 1), ("borisov", 9), ("borislov", 1),
             ("borisov", 2), ("mikey madison", 5), ("yura borisow", 1)]
    assert cluster(forms) == [
        Cluster(forms=(("borisov", 11), ("borislov", 1)), pairs=(("borislov", "borisov"),)),
        Cluster(forms=(("yura borisov", 3), ("yura borisow", 1), ("yuri borisov", 1)),
                pairs=(("yura borisov", "yura borisow"), ("yura borisov", "yuri borisov"),
                       ("yura borisow", "yuri borisov"))),  # a letter apart in each word
    ]
