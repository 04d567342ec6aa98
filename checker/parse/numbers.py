"""Numbers as articles write them: ``28``, ``1,200``, ``3.5 million``, ``six million``,
``a million``, ``twenty-eight``, ``one hundred and five``, ``two and a half``, ``$6M``,
ordinals (``eighth``, ``21st``).

A decade is not its first year: "the 1970s" and "her 30s" are not numbers here. A one-letter
scale counts only glued to its figure ("$6M", "3.5m"): "6 m tall" is six metres."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales only count right after a figure: "$6M", "3.5m", "$1.5bn", "20k"; the
# one-letter ones glued to it, since "6 m" is as likely metres as millions.
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mil": 1_000_000,
                "b": 1_000_000_000, "bn": 1_000_000_000}

_WORD = "|".join(
    sorted([*UNITS_WORDS, *TENS_WORDS, *ORDINALS, *SCALES, "dozen"], key=len, reverse=True)
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AND_A_HALF = r"and\s+a\s+half\b"
_HALF = r"\s+" + _AND_A_HALF
_SCALE_AFTER_DIGITS = (
    r"(?:(?P<short>k|m|b)\b|\s?(?P<short2>mn|mil|bn)\b"
    r"|[\s-]+(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
)
_DIGITS_BRANCH = (
    rf"(?<![\w.,])(?P<digits>{_DIGITS})(?![\d])(?!(?<=0)s\b)(?:(?P<ord>st|nd|rd|th)\b)?"
    rf"(?P<dhalf>{_HALF})?{_SCALE_AFTER_DIGITS}"
)
_NUMBER = re.compile(
    _DIGITS_BRANCH
    + r"|\b(?P<words>(?:(?:a|an|half\s+a|half\s+an)\s+"
    r"(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?:{_WORD})(?:{_HALF}|(?:\s+and\s+|[\s-]+)(?:{_WORD}))*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float
    text: str
    ordinal: bool = False
    scaled: bool = False  # a scale word or suffix was part of it: "six million", "$6M"


def _words_value(words: str) -> tuple[float, bool, bool] | None:
    """Value of a run of number words, whether a scale word occurred, whether it is ordinal."""
    tokens = re.split(r"[\s-]+", re.sub(_HALF, " +half", words.lower()))
    total = 0.0
    current = 0.0
    seen = False
    scaled = False
    ordinal = False
    multiplier = 1.0
    for token in tokens:
        if token in ("a", "an", "and"):
            if token != "and":
                current = current or 1
            continue
        if token == "half":
            multiplier = 0.5
            continue
        if token == "+half":  # "two and a half", "one and a half million"
            current += 0.5
            continue
        if token in UNITS_WORDS:
            current += UNITS_WORDS[token]
        elif token in TENS_WORDS:
            current += TENS_WORDS[token]
        elif token in ORDINALS:
            current += ORDINALS[token]
            ordinal = True
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            scaled = True
        else:
            return None
        seen = True
    if not seen:
        return None
    return (total + current) * multiplier, scaled, ordinal


# Which word may follow which in one number: "twenty-eight", "two hundred and five", "one
# million two hundred thousand". Any other pair is two numbers: "the first ten minutes",
# "seven six-minute takes".
_FOLLOWS = {
    "unit": {"hundred", "scale", "dozen", "plushalf"},
    "teen": {"hundred", "scale", "dozen", "plushalf"},
    "tens": {"unit", "ordinal", "hundred", "scale", "dozen", "plushalf"},
    "hundred": {"and", "unit", "teen", "tens", "ordinal", "scale", "plushalf"},
    "scale": {"and", "unit", "teen", "tens", "hundred", "ordinal"},
    "and": {"unit", "teen", "tens", "ordinal"},
    "a": {"hundred", "scale", "dozen"}, "an": {"hundred", "scale", "dozen"},
    "half": {"a", "an"}, "plushalf": {"scale"}, "dozen": set(), "ordinal": set(),
}
_RUN_TOKEN = re.compile(rf"{_AND_A_HALF}|[a-z]+", re.IGNORECASE)


def _kind(token: str) -> str:
    word = token.lower()
    if word in UNITS_WORDS:
        return "unit" if UNITS_WORDS[word] < 10 else "teen"
    if word in TENS_WORDS:
        return "tens"
    if word in ORDINALS:
        return "ordinal"
    if word in SCALES:
        return "hundred" if word == "hundred" else "scale"
    return "plushalf" if re.fullmatch(_AND_A_HALF, word) else word


def _word_numbers(run: re.Match[str]) -> list[NumberMention]:
    """The numbers in one run of number words, split where the grammar of numbers breaks."""
    groups: list[list[re.Match[str]]] = []
    for token in _RUN_TOKEN.finditer(run.group(0)):
        last = groups[-1][-1] if groups else None
        if last is not None and _kind(token.group(0)) in _FOLLOWS.get(_kind(last.group(0)),
                                                                       set()):
            groups[-1].append(token)
        elif _kind(token.group(0)) != "and":  # "and" never starts a number
            groups.append([token])
    mentions = []
    for group in groups:
        while len(group) > 1 and _kind(group[-1].group(0)) in ("and", "a", "an", "half"):
            group.pop()
        start, end = run.start() + group[0].start(), run.start() + group[-1].end()
        parsed = _words_value(run.string[start:end])
        if parsed is not None:
            value, scaled, ordinal = parsed
            mentions.append(NumberMention(start, end, value, run.string[start:end], ordinal,
                                          scaled))
    return mentions


_DIGIT_NUMBER = re.compile(_DIGITS_BRANCH, re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER_WORDS = frozenset([*UNITS_WORDS, *TENS_WORDS, *ORDINALS, *SCALES, "dozen"])


def _words_outside(text: str, mentions: list[NumberMention]) -> bool:
    """Whether a number word stands anywhere but inside a figure ("$67 million")."""
    for word in _LETTERS.finditer(text):
        if word.group().lower() in _NUMBER_WORDS and not any(
                m.start <= word.start() < m.end for m in mentions):
            return True
    return False


def numbers_in(text: str) -> list[NumberMention]:
    """Every number mentioned in ``text``, in order."""
    # Most texts give figures in digits: the digits alone are read with a small pattern,
    # and the large one (number words) runs only when a number word stands elsewhere.
    digits = _digit_mentions(_DIGIT_NUMBER.finditer(text))
    if not _words_outside(text, digits):
        return digits
    mentions: list[NumberMention] = []
    for match in _NUMBER.finditer(text):
        if match.group("digits"):
            mentions.extend(_digit_mentions([match]))
        else:
            mentions.extend(_word_numbers(match))
    return mentions


def _digit_mentions(matches: Iterable[re.Match[str]]) -> list[NumberMention]:
    mentions = []
    for match in matches:
        value = float(match.group("digits").replace(",", ""))
        value += 0.5 if match.group("dhalf") else 0.0
        scale = match.group("scale") or match.group("short") or match.group("short2")
        if scale:
            value *= SCALES.get(scale.lower()) or SHORT_SCALES[scale.lower()]
        mentions.append(NumberMention(
            match.start(), match.end(), value, match.group(0),
            ordinal=bool(match.group("ord")), scaled=bool(scale),
        ))
    return mentions


def same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
