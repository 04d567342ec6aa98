"""One reading of the corpus with a set of known names: each text cut into segments
(:mod:`checker.audit.segments`), each distinct segment read once (:mod:`checker.audit.runs`).

Two shortcuts keep a reading cheap where the corpus repeats itself, without changing what
it finds:

- a segment that is a known name and nothing else, written plainly (words of letters and
  figures one space apart, none glued), is that name: nothing else can be read in it;
- a segment is read as two where a sentence ends inside it ("Greta Lindholm. Then") and
  nothing can run across the stop: the word before it is no initial or short form ("Anna K.
  Weller", "No. 6") and no known name goes on after it. Each part is then a segment the
  corpus has most likely read already.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from checker.audit.found import Named, TextReading, form_key
from checker.audit.known import KnownNames, keyed, plain
from checker.audit.runs import SHORT_FORMS, Reading, read_segment
from checker.audit.segments import Key, Layout, pattern, segments, with_titles
from checker.audit.words import Word, opens_sentence, words_of
from checker.corpus.sources import Source
from checker.parse.names import name_key

_GLUED = re.compile("(?<=[a-z])[A-Z]")  # where a name may start inside a word
_STOP = re.compile(r"(?<=[^\W_])[.!?…]+[\W_]*(?=[^\W_])")  # a sentence's end between words
_LAST_WORD = re.compile(r"[^\W_]+$")

Spans = tuple[tuple[int, int], ...]


class Pass:
    """One reading of the corpus: the distinct segments read so far, and their names."""

    def __init__(self, known: KnownNames, ordinary: Collection[str],
                 name_words: Collection[str], segmented: bool = True) -> None:
        self.known, self.ordinary, self.name_words = known, ordinary, name_words
        # without segments or shortcuts, each text is read whole: what they must agree with
        self.segmented = segmented
        self.pattern = pattern(known) if segmented else None
        self.readings: dict[Key, Reading] = {}
        self.names: dict[Key, tuple[Named, ...]] = {}
        self.forms: dict[str, str] = {}
        self.known_names: dict[str, tuple[Spans, frozenset[str]]] = {}

    def read(self, source: Source, quoted: list[tuple[int, int]]) -> TextReading:
        """A text's segments and its quoted titles (``quoted``, those no known name overlaps)."""
        text = source.text
        starts, keys = segments(text, self.pattern, Layout(text))
        titles: list[tuple[int, int]] = []
        if quoted:
            taken = [(base + s, base + e) for base, key in zip(starts, keys, strict=True)
                     for s, e in self.known_spans(key[0])[0]]
            titles = [(start, end) for start, end in quoted
                      if all(end <= s or e <= start for s, e in taken)]
            keys = with_titles(starts, keys, titles)
        readings = self.readings
        for key in keys:
            if key not in readings:
                self.reading(key)
        named = [(s, e, self.form(text[s:e])) for s, e in titles]
        return TextReading(source, starts, keys, [n for n in named if n[2]])

    def form(self, writing: str) -> str:
        found = self.forms.get(writing)
        if found is None:
            found = self.forms[writing] = form_key(writing)
        return found

    def known_spans(self, text: str, words: Sequence[Word] | None = None
                    ) -> tuple[Spans, frozenset[str]]:
        """Where the known names are in a segment's text, and the words where a name of
        several words could start."""
        found = self.known_names.get(text)
        if found is None:
            if words is None:  # where a known name is does not depend on headings
                words = words_of(text, headings=())
            first_words: set[str] = set()
            spans = tuple((m.start, m.end) for m in self.known.matches(text, words, first_words))
            found = self.known_names[text] = (spans, frozenset(first_words))
        return found

    def keep(self, key: Key, reading: Reading) -> None:
        self.readings[key] = reading
        named = ((s, e, self.form(key[0][s:e])) for s, e in reading.spans)
        self.names[key] = tuple(n for n in named if n[2])

    def reading(self, key: Key) -> None:
        """Read a segment not read before."""
        found = (self._plain_name(key[0]) or self._in_two(key)) if self.segmented else None
        if found is None:
            words = words_of(key[0], key[1], key[2])
            taken, first_words = self.known_spans(key[0], words)
            found = read_segment(key, words, taken, first_words, self.ordinary, self.name_words)
        self.keep(key, found)

    def _plain_name(self, text: str) -> Reading | None:
        if not plain(text) or _GLUED.search(text):
            return None
        pattern = self.known.patterns.get(text.lower())
        words = text.split(" ")
        if pattern is None or not all(w[0].isupper() or not capital
                                      for w, capital in zip(words, pattern.capitals,
                                                            strict=True)):
            return None
        whole = ((0, len(text)),)
        first_words = frozenset(pattern.words)
        self.known_names[text] = (whole, first_words)
        return Reading(whole, whole, first_words, frozenset())

    def _in_two(self, key: Key) -> Reading | None:
        """The reading of a segment as two, where a sentence ends and nothing runs across."""
        text, opens, headings, dot_after, titles = key
        for stop in _STOP.finditer(text):
            before = _LAST_WORD.search(text, 0, stop.start())
            if before is None or text[before.start() - 1: before.start()] in ("'", "’") or (
                    not self._ends_all(before.group())):
                continue  # a word with an apostrophe is passed over: it may be longer
            end, start = stop.start(), stop.end()
            lines = text.count("\n", 0, start)
            first: Key = (text[:end], opens, _some(headings[:text.count("\n", 0, end) + 1]),
                          text.startswith(".", end), _within(titles, 0, end))
            second: Key = (text[start:], opens_sentence(text, start, opens),
                           _some(headings[lines:]), dot_after, _within(titles, start, len(text)))
            for part in (first, second):
                if part not in self.readings:
                    self.reading(part)
            one, two = self.readings[first], self.readings[second]
            known = one.known + _shifted(two.known, start)
            first_words = one.first_words | two.first_words
            self.known_names.setdefault(text, (known, first_words))
            return Reading(one.spans + _shifted(two.spans, start), known, first_words,
                           one.possessives | two.possessives)
        return None

    def _ends_all(self, word: str) -> bool:
        """Whether nothing runs on after ``word`` across a sentence's end: it is no initial or
        short form, no known name goes on after it, and it has no capital after its first
        letter (where a name may start, or end and leave a short form: "LOULOUMR")."""
        key = name_key(word)
        return (len(key) > 1 and key not in SHORT_FORMS and word.isascii()
                and word[1:] == word[1:].lower() and keyed(word)[0] not in self.known.inner)


def _some(flags: tuple[bool, ...]) -> tuple[bool, ...]:
    return flags if any(flags) else ()


def _within(titles: Spans, start: int, end: int) -> Spans:
    return tuple((max(s, start) - start, min(e, end) - start)
                 for s, e in titles if s < end and start < e)


def _shifted(spans: Spans, by: int) -> Spans:
    return tuple((s + by, e + by) for s, e in spans)
