"""Finding a name in article text, and comparing spellings of names.

Matching is case-insensitive and typographic-insensitive (curly vs straight apostrophes), but
otherwise exact: a name must appear as spelled. Messy text glues italic titles to the word
before or after them ("sinceTake Out", "inAnoradoes", "Red Rocketwas"), so a name may start
inside a word at a lower-to-upper case change, and may run into the next word.
"""

from __future__ import annotations

import re
import unicodedata

from checker.text import normalize

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def find_name(name: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (already normalized) where ``name`` occurs."""
    needle = normalize(name).lower()
    if not needle:
        return []
    haystack = text.lower()
    spans = []
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if _left_ok(text, start) and _right_ok(text, end):
            spans.append((start, end))
        start = haystack.find(needle, start + 1)
    return spans


def _left_ok(text: str, start: int) -> bool:
    if start == 0 or not text[start - 1].isalnum():
        return True
    # glued on the left: "sinceTake Out"
    return text[start - 1].islower() and text[start].isupper()


def _right_ok(text: str, end: int) -> bool:
    # A name may run into the next word: "Red Rocketwas", "Anoracame", and possessives whose
    # apostrophe was stripped ("Madisons"). Only a figure running on ("No. 6" in "No. 65")
    # is a different name.
    return end >= len(text) or not (text[end].isdigit() and text[end - 1].isdigit())


def name_key(name: str) -> str:
    """A spelling reduced to what distinguishes spellings: letters and digits, lower case,
    single spaces. Case and punctuation are typography ("No." and "No", "#701" and "701")."""
    return " ".join(_TOKEN.findall(normalize(name).lower().replace("'", "")))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    return name_key(name).split()
