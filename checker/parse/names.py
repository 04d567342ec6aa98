"""Finding a name in article text, and comparing spellings of names.

Matching is case-insensitive and typographic-insensitive (curly vs straight apostrophes), but
otherwise exact: a name must appear as spelled. Messy text glues italic titles to the word
before or after them ("sinceTake Out", "inAnoradoes", "Red Rocketwas"), so a name may start
inside a word at a lower-to-upper case change, and may run into the next word. Not every
glued letter is glue, though:

- on the left, a surname particle makes another name: "Caprio" is not in "DiCaprio", nor
  "Ella" in "McElla";
- on the right, a possessive whose apostrophe was stripped ("Madisons") or a glued word of
  three letters or more ("Rocketwas", "Louloufor"), or a two-letter function word
  ("Anorais"), is glue; one or two other letters make a longer name ("Ann" is not in
  "Anne", nor "Yur" in "Yura"), and so does a digit running on ("No. 6" in "No. 65").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from checker.text import normalize

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_PARTICLES = frozenset({"mc", "mac", "di", "de", "da", "du", "la", "le", "van", "von", "st"})
_SHORT_WORDS = frozenset({"s", "is", "in", "at", "on", "of", "to", "as", "by", "or", "an",
                          "so", "it", "be", "do", "up", "if"})


def _fold(text: str) -> str:
    """Lower case, one character for one: "İ" lowers to two characters, which would shift
    every offset after it."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_name(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (already normalized) where ``name`` occurs."""
    needle = _fold(normalize(name))
    if not needle:
        return []
    haystack = _fold(text)
    spans = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if _left_ok(text, start) and _right_ok(text, end):
            spans.append((start, end))
        start = haystack.find(needle, start + 1)
    return spans


def _run(text: str, start: int, step: int) -> str:
    """The letters and digits next to ``start``, walking by ``step`` (-1: leftwards)."""
    index = start
    while 0 <= index < len(text) and text[index].isalnum():
        index += step
    return text[index + 1: start + 1] if step < 0 else text[start:index]


def _left_ok(text: str, start: int) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return True
    # glued on the left: "sinceTake Out", "inAnora"; but not "DiCaprio"
    glued = _run(text, start - 1, -1)
    return (text[start - 1].islower() and text[start].isupper()
            and glued.lower() not in _PARTICLES)


def _right_ok(text: str, end: int) -> bool:
    if end >= len(text) or not text[end].isalnum():
        return True
    if text[end].isdigit():
        return False  # a figure running on: "No. 65", "Room 1016"
    glued = _run(text, end, 1)
    return len(glued) >= 3 or glued.lower() in _SHORT_WORDS


@functools.lru_cache(maxsize=1 << 16)  # the same names come back claim after claim
def name_key(name: str) -> str:
    """A spelling reduced to what distinguishes spellings: letters and digits, lower case,
    single spaces. Case and punctuation are typography ("No." and "No", "#701" and "701")."""
    return " ".join(_TOKEN.findall(normalize(name).lower().replace("'", "")))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    return name_key(name).split()
