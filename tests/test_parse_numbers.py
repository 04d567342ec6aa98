"""Numbers as articles write them: digits, words, scale words, fractions, ordinals, decades."""

from __future__ import annotations

import pytest

from checker.parse.numbers import NumberMention, numbers_in, same_number


def _values(text: str) -> list[float]:
    return [m.value for m in numbers_in(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The shoot lasted 28 days.", [28]),
    ("More than 1,200 extras turned up.", [1200]),
    ("It cost 3.5 million to make.", [3_500_000]),
    ("a budget of 12,500,000", [12_500_000]),
    ("The director was paid 450 thousand.", [450_000]),
    ("a $6M film and a $1.5bn franchise", [6_000_000, 1_500_000_000]),
    ("an extra 20k for the crane shot", [20_000]),
    ("they had 5 mn in pre-sales", [5_000_000]),
    ("a 2.5-million budget", [2_500_000]),
])
def test_digits_and_scales(text: str, expected: list[float]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("six million, and not a penny more", [6_000_000]),
    ("A million dollars and a lot of favours.", [1_000_000]),
    ("half a million in deferred fees", [500_000]),
    ("twenty-eight days in a Riga freezer", [28]),
    ("Forty-two takes of a single line", [42]),
    ("one hundred and five minutes", [105]),
    ("a dozen takes, then two dozen more", [12, 24]),
    ("one million two hundred thousand admissions", [1_200_000]),
    ("a hundred extras", [100]),
])
def test_number_words(text: str, expected: list[float]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It runs two and a half hours.", [2.5]),
    ("one and a half million dollars", [1_500_000]),
    ("after 3 and a half weeks of rehearsal", [3.5]),
])
def test_and_a_half_belongs_to_the_number(text: str, expected: list[float]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In the first ten minutes of the film", [1, 10]),  # an ordinal ends a number
    ("seven six-minute takes", [7, 6]),  # units do not add up
    ("the twenty ten transfer window", [20, 10]),
    ("a hundred and first screening", [101]),
])
def test_a_run_of_number_words_can_be_several_numbers(text: str, expected: list[float]) -> None:
    assert _values(text) == expected


def test_split_numbers_keep_their_own_spans() -> None:
    text = "the first ten minutes"
    assert [(m.text, m.ordinal) for m in numbers_in(text)] == [("first", True), ("ten", False)]
    assert [text[m.start:m.end] for m in numbers_in(text)] == ["first", "ten"]


def test_scale_words_are_marked() -> None:
    scaled = numbers_in("six million and 28")
    assert [(m.value, m.scaled) for m in scaled] == [(6_000_000, True), (28, False)]


@pytest.mark.parametrize(("text", "value"), [
    ("her eighth feature", 8),
    ("the 21st century", 21),
    ("for the twenty-first time", 21),
    ("his 3rd film", 3),
])
def test_ordinals_are_flagged(text: str, value: float) -> None:
    (mention,) = numbers_in(text)
    assert (mention.value, mention.ordinal) == (value, True)


@pytest.mark.parametrize("text", [
    "a drama set in the 1970s",
    "a woman in her 30s",
    "the mid-1980s",
    "a 1990s thriller",
])
def test_decades_are_not_numbers(text: str) -> None:
    assert numbers_in(text) == []


def test_a_spaced_one_letter_scale_is_not_a_million() -> None:
    # "6 m tall" is metres; only "6m", glued, reads as a scale
    assert _values("a wall 6 m tall") == [6]
    assert _values("a 6m budget") == [6_000_000]


def test_a_word_inside_a_longer_word_is_not_a_number() -> None:
    assert numbers_in("Someone, often the tenor, sang.") == []


def test_spans_point_at_the_figure() -> None:
    text = "It took twenty-eight days and $4.2 million."
    assert [(m.text, text[m.start:m.end]) for m in numbers_in(text)] == [
        ("twenty-eight", "twenty-eight"), ("4.2 million", "4.2 million")]


def test_mentions_are_values_not_strings() -> None:
    assert numbers_in("7") == [NumberMention(0, 1, 7.0, "7")]


def test_same_number_tolerates_float_noise_only() -> None:
    assert same_number(1.1 * 1_000_000, 1_100_000)
    assert not same_number(1_100_000, 1_100_001)
    assert same_number(0.5, 0.5)


def test_the_digits_only_reading_agrees_with_the_full_one() -> None:
    # numbers_in reads digits alone with a small pattern when no number word stands outside
    # a figure; on any text, that must give what the full pattern gives.
    import random

    from checker.parse import numbers

    pieces = ["6", "28", "1,200", "3.5", "$", "€", "2021", "67", " ", " ", "  ", "-", ",",
              "million", "thousand", "hundred", "m", "bn", "k", "and a half", "a", "an",
              "six", "twenty", "first", "tenth", "dozen", "minutes", "years", "half",
              "th", "s", "pages", ".", "(", ")", "Film", "runs", "No."]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        full = []
        for match in numbers._NUMBER.finditer(text):
            if match.group("digits"):
                full.extend(numbers._digit_mentions([match]))
            else:
                full.extend(numbers._word_numbers(match))
        assert numbers.numbers_in(text) == full, text
