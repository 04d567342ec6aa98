"""Sentences are cut where the check's own passages end: where
:func:`checker.text.sentence_around` ends them, looking once along each line instead of once
per sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.extract.sentences import sentences_of
from checker.text import sentence_around

REPO = Path(__file__).resolve().parent.parent
LONG = " ".join(f"Sentence {n} of a long paragraph ends here." for n in range(40))
TEXTS = [
    "",
    "  \n\n ",
    "One. Two! Three? Four\u2026 Five.",
    "Mr. Baker met Sean S. Baker in the U.S. Then they left. \"Go,\" he said. (It rained.)",
    "She said \u201cno.\u201d Then she left.\u2019 And 2024 came.\nA line\n\n  indented line. Next",
    "L.A.-born, No. 6 and Oct. 18: e.g. nothing ends. It ends here.) [Yes.] x",
    LONG,  # longer than sentence_around looks either side
    "Short line.\n" + LONG + "\nAnother. Line.",
    "x" * 700 + ". Then more.",
]


def _around(text: str) -> list[tuple[int, int]]:
    """Sentences as cutting them with sentence_around at each one's first character gives."""
    spans = []
    position = len(text) - len(text.lstrip())
    while position < len(text):
        start, end = sentence_around(text, position, position + 1)
        start, end = max(start, position), max(end, position + 1)
        spans.append((start, end))
        position = end
        while position < len(text) and text[position].isspace():
            position += 1
    return spans


@pytest.mark.parametrize("text", [*TEXTS, *(p.read_text(encoding="utf-8")
                                            for p in sorted((REPO / "sources").glob("*.txt")))])
def test_sentences_end_where_the_check_ends_them(text: str) -> None:
    expected = [(s, e) for s, e in _around(text) if text[s:e].strip()]
    assert [(s.start, s.end) for s in sentences_of(text)] == expected
