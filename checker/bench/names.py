"""Made-up names that look like names: people, film titles, and their misspellings.

Built from syllables, so there are as many distinct names as a benchmark needs (a million
and more), deterministically from a seeded random generator.
"""

from __future__ import annotations

import random

_ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m",
           "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ie", "ou"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "rd", "nt", "ck", "x"]
_ADJECTIVES = ["Quiet", "Silver", "Broken", "Northern", "Hidden", "Burning", "Last", "Golden",
               "Distant", "Crimson", "Hollow", "Electric", "Paper", "Winter", "Velvet", "Iron"]
_NOUNS = ["Harbour", "Orchard", "Lantern", "Meridian", "Station", "Garden", "Anthem", "Ferry",
          "Horizon", "Mirror", "Signal", "Kingdom", "Summer", "Canyon", "Letter", "Avenue"]


class NameMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _word(self, syllables: int) -> str:
        parts = [self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) + self.rng.choice(_CODAS)
                 for _ in range(syllables)]
        return "".join(parts).capitalize()

    def _unique(self, make: str) -> str:
        while True:
            name = self._person() if make == "person" else self._title()
            if name not in self.used:
                self.used.add(name)
                return name

    def _person(self) -> str:
        return f"{self._word(self.rng.choice((1, 2)))} {self._word(self.rng.choice((2, 3)))}"

    def _title(self) -> str:
        shape = self.rng.randrange(3)
        if shape == 0:
            return f"The {self.rng.choice(_ADJECTIVES)} {self.rng.choice(_NOUNS)} {self._word(2)}"
        if shape == 1:
            return f"{self._word(2)} of the {self.rng.choice(_NOUNS)}"
        return f"{self.rng.choice(_ADJECTIVES)} {self._word(3)}"

    def people(self, count: int) -> list[str]:
        return [self._unique("person") for _ in range(count)]

    def titles(self, count: int) -> list[str]:
        return [self._unique("title") for _ in range(count)]

    def misspell(self, name: str) -> str:
        """``name`` with one letter of its last word changed, a name not used elsewhere."""
        first, _, last = name.rpartition(" ")
        while True:
            at = self.rng.randrange(1, len(last))
            letter = self.rng.choice("aeiou" if last[at] in "aeiou" else "bdgklmnprstvz")
            if letter == last[at]:
                continue
            variant = f"{first} {last[:at]}{letter}{last[at + 1:]}".strip()
            if variant not in self.used:
                self.used.add(variant)
                return variant
