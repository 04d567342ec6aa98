"""A sentence in lower case, as extraction reads its words: what a case-blind pattern finds in
a sentence is in its lower case, and a pattern of lower-case words finds there exactly what
it finds in the sentence ignoring case. Extractors skip sentences without their words, and
read some patterns in lower case, on the strength of it."""

from __future__ import annotations

import re
import sys

import pytest

from checker.extract import credits
from checker.extract.sentences import CASE, sentences_of

EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1)
                          if not 0xD800 <= c <= 0xDFFF)
FOLDED = EVERY_CHARACTER.translate(CASE).lower()


def _lowered(text: str) -> str:
    lowered = sentences_of(text)[0].lowered
    assert lowered == text.translate(CASE).lower()
    return lowered


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyz0123456789")
def test_a_letter_ignoring_case_is_the_letter_in_lower_case(letter: str) -> None:
    ignoring_case = {m.group() for m in re.finditer(letter, EVERY_CHARACTER, re.IGNORECASE)}
    lowered = {EVERY_CHARACTER[m.start()] for m in re.finditer(letter, FOLDED)}
    assert ignoring_case == lowered
    assert len(ignoring_case) >= 1


def test_lower_case_keeps_words_spaces_and_places() -> None:
    assert len(FOLDED) == len(EVERY_CHARACTER)  # one character for one
    for kind in (r"\w", r"\s", r"[^\W_]"):
        assert [m.start() for m in re.finditer(kind, EVERY_CHARACTER)] == \
            [m.start() for m in re.finditer(kind, FOLDED)]


@pytest.mark.parametrize("text", [
    "Cinematographer Drew Daniels and line producer Olivia Kavanaugh, with a DıRECTOR "
    "(dotted İ: DİRECTOR, long s: CAſTING DIRECTOR) and a Kelvin-sign \u212aEY DP.",
    "screenwriter-director, post-production supervisor; 1st assistant director - dop.",
    "Writer-Director Sean Baker, the co-producer and EXECUTIVE PRODUCER.",
])
def test_roles_read_in_lower_case_are_the_roles_read_ignoring_case(text: str) -> None:
    ignoring_case = re.compile(credits._ROLE.pattern.replace(r"(?=[a-z0-9])", ""),
                               re.IGNORECASE)
    expected = [m.span() for m in ignoring_case.finditer(text)]
    assert [m.span() for m in credits._ROLE.finditer(_lowered(text))] == expected
    assert len(expected) >= 3
