"""The words of an article as the spelling audit reads them: each with its case, whether it
opens a sentence or stands in a heading, and which words the corpus writes in lower case.

A capital letter is evidence of a name only where nothing else explains it. A sentence's
first word is capitalized anyway, and so is every word of a heading ("Sean Baker on The
Work", "Read More"). A word the texts also write in lower case ("Then", "Awards") is an
ordinary word wherever it is capitalized, and so are the words no text needs to show
lower-cased: pronouns, articles, conjunctions and other function words, months and days,
"Oscar".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from checker.parse.names import name_key

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_APOSTROPHES = "'’"
_PUNCTUATION = ".,;:!?\"'()[]“”‘’…–—-"  # what a chunk between spaces holds around a word


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What a sentence's first word may stand after: quotes, brackets and dashes open it
_OPENERS = "\"'“‘([–—- "
_ENDERS = ".!?…:\n"
ORDINARY = _words("""
    a an the i he she it we they you me him her us them his its our their your my mine this
    that these those there here what which when where who whom whose why how and but or nor if
    so as at by in of on to for from with into onto upon about after before since until while
    though although because then than now also still yet just only even once soon later never
    always often perhaps maybe however meanwhile both each every all some many most few more
    other another such no not yes oh ok okay well
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    oscar oscars
""")
# The small words a title leaves in lower case; between capitalized words they do not end it
SMALL_WORDS = _words("""
    a an the and but or nor for so yet as at by in of off on per to up via from into over
    with upon onto vs de du da di del della des la le van von der den y
""")
# The small words that may stand inside a name between capitalized words ("Nights of
# Cabiria", "Guest From the Future", "Vincent van Gogh"); "and", "in" or "on" more often stand
# between two names ("Baker in Cannes")
CONNECTORS = _words("a an the of from de du da di del della des la le van von der den y")


class Word(NamedTuple):  # a tuple: texts hold many, and each is made in a blink
    start: int  # offsets in the text read
    end: int
    text: str
    sentence_start: bool  # the first word of a sentence or a line
    in_heading: bool

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def possessive(self) -> bool:
        """"Baker’s": the name ends before the apostrophe."""
        return len(self.text) > 2 and self.text[-2] in _APOSTROPHES and self.text[-1] in "sS"

    @property
    def name_end(self) -> int:
        return self.end - 2 if self.possessive else self.end


def opens_sentence(text: str, start: int, at_text_start: bool = True) -> bool:
    """Whether the word at ``start`` opens a sentence; ``at_text_start`` says what the start
    of ``text`` is (a piece of a longer text may start after a word)."""
    index = start - 1
    while index >= 0 and text[index] in _OPENERS:
        index -= 1
    return at_text_start if index < 0 else text[index] in _ENDERS


def heading(line: str) -> bool:
    """A line of at most 14 words, each capitalized, a small word or a figure, with no
    sentence end: a title, a heading, a caption line ("Sean Baker on The Work")."""
    if line.rstrip().endswith((".", "?", "!")):
        return False  # checked first: most lines of an article are sentences
    words = TOKEN.findall(line)
    if not words or len(words) > 14:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words)


def words_of(text: str, at_text_start: bool = True,
             headings: Sequence[bool] | None = None) -> list[Word]:
    """The words of ``text``; ``headings`` says which of its lines are headings when
    ``text`` is a piece of a longer text (lines are judged whole)."""
    if headings is not None and not any(headings):  # no line to judge, the common case
        return [Word(m.start(), m.end(), m.group(), opens_sentence(text, m.start(), at_text_start),
                     False) for m in TOKEN.finditer(text)]
    result = []
    line_start = 0
    for number, line in enumerate(text.split("\n")):
        in_heading = heading(line) if headings is None else headings[number]
        for match in TOKEN.finditer(line):
            start = line_start + match.start()
            result.append(Word(start, line_start + match.end(), match.group(),
                               opens_sentence(text, start, at_text_start), in_heading))
        line_start += len(line) + 1
    return result


def _lower_words(chunk: str) -> Iterable[str]:
    return (w.lower().replace("’", "").replace("'", "")
            for w in TOKEN.findall(chunk) if w.islower())


def ordinary_words(texts: Iterable[str]) -> frozenset[str]:
    """Every word the texts write in lower case, and the words in :data:`ORDINARY`."""
    # a word never spans white space: the distinct chunks between spaces hold every word
    chunks: set[str] = set()
    for text in texts:
        chunks.update(text.split())
    found = set(ORDINARY)
    for chunk in chunks:
        word = chunk.strip(_PUNCTUATION)
        if word.isalpha():  # a single word, the common case ("edit," or "sum.")
            if word.islower():
                found.add(word.lower())
        else:
            found.update(_lower_words(chunk))
    return frozenset(found)
