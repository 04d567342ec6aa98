"""Runs of capitalized words read from the capitalized words alone (and a connector between
two of them) are the runs read from every word: in the bundled articles and in made-up text
that crowds capitals, connectors, figures and punctuation together, with any of the words
taken by a known name."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from checker.extract.phrases import Token, phrases, words_of
from checker.extract.sentences import sentences_of

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_QUOTED = re.compile(r"(?<![\w])[\"']([^\"']{2,80}?)[\"']")
PIECES = ["Anora", "Ivan", "St", "No", "A", "of", "the", "de", "and", "in", "to", "a", "film",
          "said", "6", "701", "2021", "X", "NO", "it's", "rock-'n'-roll", "Baker's", "co-star",
          "Mc", "Day-Lewis"]
GAPS = [" "] * 12 + [". ", ": ", " - ", ", ", " #", " (", ") ", "'", "\"", "-", "--", "; "]


def _every_word(text: str) -> list[Token]:
    """The words as extraction first read them: every word, then those that may name."""
    return [Token(m.start(), m.end(), w) for m in _WORD.finditer(text)
            if (w := m.group())[0].isupper() or w[0].isdigit()
            or w in ("of", "the", "de", "da", "del", "della", "di", "du", "la", "le", "van",
                     "von", "y", "der", "den", "al", "a", "an", "in", "on", "at", "to", "for",
                     "from", "with", "and", "or", "is", "over", "under", "into", "out", "up")]


def _runs(text: str, tokens: list[Token], taken: list[tuple[int, int]]) -> list[list[Token]]:
    quoted = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]
    left = [t for t in tokens if not any(s < t.end and t.start < e for s, e in taken)]
    return list(phrases(text, left, quoted))


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES[:8] if rng.random() < 0.5 else PIECES) + rng.choice(GAPS)
                   for _ in range(rng.randrange(2, 12)))


def _texts() -> list[str]:
    rng = random.Random(5)
    made_up = [_made_up(rng) for _ in range(4000)]
    bundled = [s.text for path in sorted((REPO / "sources").glob("*.txt"))
               for s in sentences_of(path.read_text(encoding="utf-8"))]
    return [t for t in [*made_up, *bundled]
            if t.isascii() and not re.search(r"[a-z][A-Z]", t)]


@pytest.mark.parametrize("taking", [False, True], ids=["no name known", "names known"])
def test_runs_from_capitalized_words_are_the_runs_from_every_word(taking: bool) -> None:
    rng = random.Random(7)
    compared = bridged = 0
    for text in _texts():
        every = _every_word(text)
        taken = []
        if taking and every:
            chosen = rng.choice(every)
            taken = [(chosen.start, rng.randrange(chosen.end, len(text) + 1))]
        expected = _runs(text, every, taken)
        assert _runs(text, list(words_of(text, False)), taken) == expected, text
        compared += 1
        bridged += any(len(run) > 2 and run[1].text.islower() for run in expected)
    assert compared > 4000 and bridged > 50
