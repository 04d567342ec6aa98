"""What extractors know about the source they read, beyond one sentence.

- Its sentences and the names in each (see :mod:`checker.extract.mentions`).
- Its **main work**: the one work its metadata title names ("Making of ‘Anora’"), else the one
  its first line names (a reference page's heading), else the work it mentions most, if it
  clearly dominates. A crew credit that names no film, an infobox line, a budget that says
  only "our budget" are about it.
- Its **speaker**: the one person the title of an interview or transcript names, whose "I"
  and "we" the answers are.
- Its **currency**: the one its figures are written in most, for a figure that gives none.
- The **proposed entities**: names the text gives that no entity has yet, proposed as drafts
  when a rule needs them as a subject, a work or a character. A name is proposed only when its
  shape fits what the rule needs (a person's name is two to four capitalized words).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cached_property

from checker.corpus.sources import Source
from checker.extract.described import Descriptions
from checker.extract.finding import Finding
from checker.extract.gazetteer import Gazetteer
from checker.extract.mentions import Mention, Reading, mentions_in, read_names
from checker.extract.phrases import glue_count
from checker.extract.sentences import Sentence, Sentences, sentences_of
from checker.model.entities import Entity, EntityKind
from checker.parse.money import money_in
from checker.parse.names import name_key, tokens
from checker.text import normalize

_MESSY = 3  # glued words from which a text counts as one whose italics were lost
_NOT_PERSON_WORDS = frozenset({
    "awards", "award", "festival", "film", "films", "pictures", "studios", "studio", "university",
    "college", "school", "inc", "ltd", "llc", "theater", "theatre", "hotel", "magazine", "times",
    "news", "press", "records", "entertainment", "productions", "media", "group", "company",
    "network", "channel", "street", "avenue", "road", "square", "park", "beach", "bay", "island",
    "city", "county", "state", "republic", "kingdom", "prize", "picture", "best", "academy",
    "committee", "club", "society", "foundation"
})
_WORK_LABELS = re.compile(
    r"^(?:Directed by|Written by|Screenplay by|Produced by|Starring|Cinematography|Edited by|"
    r"Music by|Release date|Released|Running time|Runtime|Budget|Box office|Distributed by|"
    r"Production company|Production design|Costume design|Country|Language)\s*:", re.MULTILINE)
_FILM_SUFFIX = re.compile(r"\s*\((?:\d{4}\s+)?(?:film|movie|TV series|series|documentary|"
                          r"miniseries)\)\s*$")
_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "from", "to", "for",
                          "with", "at", "by", "or"})
_LETTER = re.compile(r"[^\W\d_]")


def title_case(text: str) -> str:
    """A title printed in capitals, as an entity name: "THE FLORIDA PROJECT" → "The Florida
    Project"."""
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


class Context:
    def __init__(self, source: Source, gazetteer: Gazetteer,
                 earlier: Context | None = None) -> None:
        """A reading of ``source`` with the names ``gazetteer`` knows; an ``earlier`` reading
        of the same source lends its sentences."""
        self.source = source
        self.gazetteer = gazetteer
        self.sentences: Sentences = earlier.sentences if earlier else sentences_of(source.text)
        self.messy: bool = earlier.messy if earlier else glue_count(source.text, _MESSY) >= _MESSY
        if earlier is not None and "currency" in vars(earlier):  # the text's, whatever it names
            self.currency = earlier.currency
        self.proposals: dict[str, Entity] = {}
        self._mentions: dict[int, list[Mention]] = {}
        # each sentence's names as the base gazetteer reads them, shared by every reading of
        # the source: a reading with proposed entities keeps them where those change nothing
        base = gazetteer.base or gazetteer
        self._by_base: tuple[Gazetteer, dict[int, Reading]] = (
            earlier._by_base if earlier is not None and earlier._by_base[0] is base
            else (base, {}))
        # what a reading found in each sentence, and the sentences whose reading drew on more
        # than the names in them and before them (see checker.extract.readings)
        self.found: dict[int, list[Finding]] = {}
        self.reading: int | None = None
        self.wider: set[int] = set()

    def mentions(self, sentence: Sentence) -> list[Mention]:
        found = self._mentions.get(sentence.index)
        if found is None:
            base, readings = self._by_base
            reading = readings.get(sentence.index)
            if reading is None:
                reading = readings[sentence.index] = read_names(sentence.text, base, self.messy)
            found = reading.mentions if self.gazetteer.reads_as_base(
                sentence.text, reading.named) else mentions_in(sentence.text, self.gazetteer,
                                                              self.messy)
            self._mentions[sentence.index] = found
        return found

    def mentions_of(self, text: str) -> list[Mention]:
        return mentions_in(normalize(text), self.gazetteer, self.messy)

    # --- the source as a whole -------------------------------------------------------------

    @cached_property
    def main_work(self) -> Entity | None:
        lines = [self.source.meta.title or "", self.source.text.lstrip().split("\n", 1)[0]]
        for line in lines:
            works = {e.name: e for m in self.mentions_of(line) for e in m.entities
                     if e.kind == "work" and not m.short}
            if len(works) == 1:
                return next(iter(works.values()))
        for line in lines:  # a title the metadata or the heading quotes: "Making of ‘Anora’"
            quoted = [m for m in self.mentions_of(line) if m.quoted and not m.entities]
            if len(quoted) == 1:
                return self.entity(quoted[0], ["work"])
        if self.reference_page:  # a reference page's heading: "Anora (2024 film)"
            heading = _FILM_SUFFIX.sub("", normalize(lines[1])).strip()
            if heading[:1].isupper() and len(heading.split()) <= 8:
                return self.entity(Mention(0, len(heading), heading,
                                           caps=heading.isupper() and len(heading) > 3),
                                   ["work"])
        counts: Counter[str] = Counter()
        named: dict[str, Entity] = {}
        for sentence in self.sentences:
            for mention in self.mentions(sentence):
                work = mention.entity(["work"])
                if work is not None:
                    counts[work.name] += 1
                    named[work.name] = work
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return named[ranked[0][0]]
        return None

    @cached_property
    def reference_page(self) -> bool:
        """A page of labelled facts about one work: "Directed by: ...", "Budget: ..."."""
        labelled = len(_WORK_LABELS.findall(self.source.text))
        return labelled >= 2 or (self.source.meta.kind == "reference" and labelled >= 1)

    @cached_property
    def speaker(self) -> Entity | None:
        if self.source.meta.kind not in ("interview", "transcript") or not self.source.meta.title:
            return None
        people = {e.name: e for m in self.mentions_of(self.source.meta.title)
                  for e in m.entities if e.kind == "person"}
        return next(iter(people.values())) if len(people) == 1 else None

    @cached_property
    def currency(self) -> str:
        written = Counter(m.currency for m in money_in(normalize(self.source.text))
                          if m.currency)
        return written.most_common(1)[0][0] if written else "USD"

    @cached_property
    def variant_words(self) -> dict[str, Entity]:
        """The words of the variant spellings this source uses ("Yuri" of "Yuri Borisov"):
        alone later in the same text, they are the same misspelling."""
        words: dict[str, Entity] = {}
        for sentence in self.sentences:
            for mention in self.mentions(sentence):
                if not mention.variant or len(mention.words) < 2:
                    continue
                accepted = {w for f in self.gazetteer.index.forms(mention.entities[0])
                            for w in tokens(f)}
                for word in tokens(mention.text):
                    if word not in accepted and len(word) > 2:
                        words.setdefault(word, mention.entities[0])
        return words

    def continues(self, sentence: Sentence) -> bool:
        """True when a line break cut a sentence in two and this is its second half: the
        line starts in lower case or with a figure ("6by Finnish director ...")."""
        first = sentence.text[:1]
        return (first.islower() or first.isdigit()) and sentence.start > 0 and \
            self.source.text[sentence.start - 1] == "\n"

    def previous_person(self, sentence: Sentence) -> Entity | None:
        """The one person the sentence before names, for its "he" or "she"."""
        if sentence.index == 0:
            return None
        earlier = self.sentences[sentence.index - 1]
        people = {e.name: e for m in self.mentions(earlier) if not m.possessive
                  for e in m.entities[:1] if e.kind == "person"}
        return next(iter(people.values())) if len(people) == 1 else None

    def recent_work(self, sentence: Sentence, lookback: int = 2,
                    same_line: bool = True) -> Entity | None:
        """The work named last in the few sentences before this one (on the same line, or in
        the first half of a sentence a line break cut)."""
        for earlier in reversed(self.sentences[max(0, sentence.index - lookback):
                                               sentence.index]):
            if same_line and earlier.line != sentence.line and not (
                    self.continues(sentence) and earlier.index == sentence.index - 1):
                break
            works = [m.entity(["work"]) for m in self.mentions(earlier)]
            found = [w for w in works if w is not None]
            if found:
                return found[-1]
        return None

    # --- entities for the rules ------------------------------------------------------------

    def entity(self, mention: Mention, kinds: Iterable[EntityKind],
               work: Entity | None = None) -> Entity | None:
        """The entity of one of ``kinds`` that ``mention`` names: a known one, or a draft
        proposed for it when its shape fits the first of ``kinds``."""
        wanted = list(kinds)
        known = mention.entity(wanted)
        if known is not None or mention.entities:
            return known
        name = self._clean(mention)
        if not name or not _fits(name, wanted[0], mention):
            return None
        key = name_key(name)
        if key in self.gazetteer.rejected or self.gazetteer.index.candidates(name):
            return None
        self._draws_wider()  # on the names proposed so far
        if key not in self.proposals:
            self.proposals[key] = Entity(
                name=name, kind=wanted[0], status="draft",
                work=work.name if wanted[0] == "character" and work else None,
                note=f"proposed by extract from {self.source.id}")
        proposed = self.proposals[key]
        return proposed if proposed.kind in wanted else None

    def _draws_wider(self) -> None:
        if self.reading is not None:
            self.wider.add(self.reading)

    def described(self) -> Descriptions:
        """The described things: any entity proposed may be one."""
        self._draws_wider()
        return self.gazetteer.described

    def resolve(self, name: str, kinds: list[str]) -> Entity | None:
        self._draws_wider()
        return self.gazetteer.index.resolve(name, kinds)

    @property
    def events(self) -> list[Entity]:
        self._draws_wider()
        return self.gazetteer.events

    @staticmethod
    def _clean(mention: Mention) -> str:
        name = mention.text.strip(" \"'.,;:")
        return title_case(name) if mention.caps else name


def _fits(name: str, kind: str, mention: Mention) -> bool:
    words = name.split()
    if kind == "person":
        return (2 <= len(words) <= 4 and not mention.quoted and not mention.caps
                and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
                and not {w.lower() for w in words} & _NOT_PERSON_WORDS)
    if kind == "character":
        return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
    if kind == "place":
        return 1 <= len(words) <= 4 and not mention.quoted
    return 1 <= len(words) <= 12 and _LETTER.search(name) is not None
