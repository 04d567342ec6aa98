"""Name mentions: where the articles name people and works, whether or not a claim says so.

A text is read in this order; what an earlier step takes, a later one does not see again:

1. **Known names**: forms declared in ``entities.yaml`` and the names read cleanly elsewhere
   in the corpus, found even when glued to their neighbours (see :mod:`checker.audit.known`).
2. **Quoted titles**: a quoted passage of at most eight words in title case ("“Bullets over
   Broadway”"): every word capitalized but the small ones a title leaves in lower case.
3. **Runs of capitalized words**, ALL-CAPS titles included ("COMPARTMENT NUMBER 6"), joined
   by spaces, hyphens, an initial's full stop ("Anna K. Weller", not "Q&A. His") or the small
   words names hold ("Nights of Cabiria", "Guest From the Future"; not "and" or "in", which
   more often stand between two names). A figure belongs to the run after "No." or
   "Number". A possessive ends a run ("Sean Baker’s Anora" names two things). A sentence's
   first word is dropped when it is an ordinary word ("Then Karren"), and so is a title's
   leading article everywhere (:func:`form_key`). Runs inside headings are not read: a
   heading capitalizes every word, so only known names count there.
4. A run of **one word** is a name only when it is not an ordinary word; what it can be a
   variant of is decided later (a known person's surname or first name). A stripped
   possessive is put back: "Madisons" is *Madison*, when Madison is a name the corpus knows.

The corpus is read twice: the first reading finds the names written cleanly, so that the
second can split them out of glued text anywhere. Each text is cut into segments read
independently (:mod:`checker.audit.segments`), and each distinct segment is read once; the
second reading reads again only the segments a newly known name could change.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from checker.audit.found import Found, Mention, TextReading, form_key
from checker.audit.known import KnownNames, Pattern, plain
from checker.audit.reading import Pass
from checker.audit.words import SMALL_WORDS, TOKEN
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.parse.names import name_key

__all__ = ["PEOPLE", "Mention", "Reader", "form_key", "title_like"]

_QUOTED = re.compile(r"[“\"‘]([^“”\"‘’\n]{1,120}?)[”“\"’](?![^\W_])")
PEOPLE = frozenset({"person", "character"})  # named by a surname or a first name alone


def title_like(words: Sequence[str]) -> bool:
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words)


def _quoted(text: str) -> list[tuple[int, int]]:
    """The quoted passages that read as titles, whether or not a known name overlaps them."""
    titles = []
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        while end > start and text[end - 1] in ".,;:!? ":
            end -= 1
        words = TOKEN.findall(text[start:end])
        if len(words) <= 8 and title_like(words) and not all(len(w) < 2 for w in words):
            titles.append((start, end))
    return titles


class Reader:
    """Reads the mentions of names out of the texts of a corpus."""

    def __init__(self, known: Iterable[Pattern], ordinary: Collection[str],
                 name_words: Collection[str]) -> None:
        self.known = list(known)
        self.ordinary = ordinary
        self.name_words = set(name_words)

    @classmethod
    def of(cls, entities: EntityIndex, ordinary: Collection[str]) -> Reader:
        """A reader that knows the declared names that read as names: "Ivan's mansion" or
        "the redhead" are entities a claim may be about, but no text capitalizes them."""
        known, people = [], set()
        for entity in entities.entities:
            for form in entities.forms(entity):
                tokens = form.split(" ") if plain(form) else TOKEN.findall(form)
                if title_like(tokens):
                    known.append(Pattern.of(form, tokens))
                if entity.kind in PEOPLE:
                    people.update(name_key(form).split())
        return cls(known, ordinary, people)

    def read(self, sources: Sequence[Source], segmented: bool = True) -> list[Mention]:
        return self.find(sources, segmented).mentions()

    def find(self, sources: Sequence[Source], segmented: bool = True) -> Found:
        """Two readings: the first finds the names written cleanly, so that the second can
        split them out of glued text anywhere in the corpus. Unless ``segmented``, each text
        is read whole, not cut into segments (slower, and the same)."""
        quoted = [_quoted(s.text) for s in sources]
        first = Pass(KnownNames(self.known, self.ordinary), self.ordinary, self.name_words,
                     segmented)
        texts = [first.read(s, q) for s, q in zip(sources, quoted, strict=True)]
        seen = {form: Pattern.of(writing)
                for form, writing in Found(texts, first.names).last_writings().items()}
        changed = [p for p in seen.values() if first.known.patterns.get(p.key) != p]
        known = first.known.with_names(changed)
        name_words = self.name_words | {w for key in seen for w in key.split()}
        second = Pass(known, self.ordinary, name_words, segmented)
        second.forms = first.forms  # the same writings come back
        if second.pattern is None or first.pattern is None or (
                second.pattern.pattern != first.pattern.pattern):
            texts = [second.read(s, q) for s, q in zip(sources, quoted, strict=True)]
            return Found(texts, second.names)
        # a segment reads the same unless a new or changed name may start in it, or a word
        # the corpus now knows decides a stripped possessive
        starting = {p.words[0] for p in changed}
        added = name_words - self.name_words
        for text, spans in first.known_names.items():
            if spans[1].isdisjoint(starting):
                second.known_names[text] = spans
        for key, reading in first.readings.items():
            if reading.first_words.isdisjoint(starting) and reading.possessives.isdisjoint(added):
                second.readings[key], second.names[key] = reading, first.names[key]
        texts = [second.read(s, q) if q else TextReading(s, t.starts, t.keys)
                 for s, q, t in zip(sources, quoted, texts, strict=True)]
        for done in texts:
            for key in done.keys:
                if key not in second.readings:
                    second.reading(key)
        return Found(texts, second.names)
