"""The names to look for in a text: every known entity's accepted forms, and the rules that
tie a name the entities do not list to one they do.

- An entity is found by its canonical name or an alias, as the check finds it in a quote
  (:func:`checker.parse.names.find_name`: case and typography aside, glued titles included).
- An event is also found with a word more between two of its words ("the 81st annual Golden
  Globe Awards"), and a name with punctuation word by word ("Female Prisoner 701: Scorpion").
- A person is also found by the first or last word of their name ("Baker"), when no other
  entity shares that word and it stands capitalized and alone: "Madison" in "Madison Square
  Garden" is a longer name.
- A described thing ("the home-invasion sequence", "Ivan's mansion") is also found without
  its article, and a noun phrase may name it by its words (:meth:`Gazetteer.description`).
- A name within a letter or two of a known one ("Yuri Borisov", "Nights of Cabira"), or one
  that writes out an abbreviated word ("Compartment Number 6"), is a *variant*: the same
  entity, spelled otherwise, which the spelling check should see.

Rejected entities are never looked for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from checker.compare.names import ABBREVIATIONS
from checker.corpus.entities import EntityIndex
from checker.model.entities import Entity
from checker.parse.names import find_name, name_key, strip_accents, tokens
from checker.text import normalize

_DESCRIBED_KINDS = frozenset({"other", "place", "group", "event", "organization"})
_PARTICLES = frozenset({"de", "da", "di", "van", "von", "del", "la", "le", "du", "st", "mc"})
_WORK_LIKENESS = 88.0  # rapidfuzz ratio between two spellings of one title
# capitalized words before a surname that do not make it part of a longer name
_SENTENCE_WORDS = frozenset({"according", "as", "but", "and", "when", "while", "if", "so",
                             "then", "with", "for", "by", "to", "says", "said", "director",
                             "producer", "actor", "actress", "star"})


@dataclass(frozen=True)
class Form:
    text: str
    entity: Entity
    short: bool = False  # one word of a person's name
    # a form with punctuation is also found word by word, whatever stands between the words
    # ("Female Prisoner 701: Scorpion" for "#701:"): punctuation is typography in a name
    loose: re.Pattern[str] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, text: str, entity: Entity, short: bool = False) -> Form:
        words = re.findall(r"[^\W_]+", text)
        between = None
        if entity.kind == "event" and len(words) > 2:
            between = r"[\W_]{1,3}(?:[^\W\d_]+[\W_]{1,3})?"  # "the 81st annual Golden Globes"
        elif len(words) > 1 and re.search(r"[^\w\s'’-]", text):
            between = r"[\W_]{1,3}"
        loose = None if between is None else re.compile(
            r"(?:(?<![^\W_])|(?<=[a-z])(?=[A-Z]))" + between.join(map(re.escape, words))
            + r"(?![^\W_])", re.IGNORECASE)
        return cls(text, entity, short, loose)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    form: Form


def _max_edits(word: str) -> int:
    # as the spelling check counts them: short words must match, long ones may differ by two
    return 0 if len(word) < 4 else 1 if len(word) <= 6 else 2


def _expanded(words: list[str]) -> list[str]:
    return [ABBREVIATIONS.get(w, w) for w in words]


class Gazetteer:
    """The forms of the known entities, longest first, and the rules for variants."""

    def __init__(self, entities: EntityIndex) -> None:
        self.index = entities
        live = [e for e in entities.entities if e.status != "rejected"]
        self.rejected = {name_key(e.name) for e in entities.entities if e.status == "rejected"}
        forms = [Form.of(f, e) for e in live for f in entities.forms(e)]
        forms += [Form.of(e.name[4:], e) for e in live
                  if e.kind in _DESCRIBED_KINDS and e.name.lower().startswith("the ")
                  and len(e.name.split()) > 2]
        forms += self._short_forms(live, {name_key(f.text) for f in forms})
        self.forms = sorted(forms, key=lambda f: -len(f.text))
        self.entities = live
        self.person_words = {w for e in live if e.kind == "person" for w in tokens(e.name)}
        self.all_words = {w for e in live for f in entities.forms(e) for w in tokens(f)}

    @staticmethod
    def _short_forms(live: list[Entity], full_keys: set[str]) -> list[Form]:
        words: Counter[str] = Counter()
        owners: dict[str, Entity] = {}
        for entity in live:
            for word in set(tokens(entity.name)):
                words[word] += 1
                owners[word] = entity
        shorts = []
        for entity in live:
            parts = entity.name.split()
            if entity.kind != "person" or len(parts) < 2:
                continue
            for part in {parts[0], parts[-1]}:
                key = name_key(part)
                if (len(key) >= 3 and key not in _PARTICLES and words[key] == 1
                        and key not in full_keys):
                    shorts.append(Form.of(part, entity, short=True))
        return shorts

    def found_in(self, text: str) -> list[Found]:
        """Every occurrence of a known form in ``text`` (normalized), overlaps included."""
        folded = text.lower()
        found: list[Found] = []
        for form in self.forms:
            spans = []
            if normalize(form.text).lower() in folded:
                spans = find_name(form.text, text)
            if not spans and form.loose is not None:
                spans = [(m.start(), m.end()) for m in form.loose.finditer(text)]
            proper = form.text[:1].isupper()
            found.extend(Found(start, end, form) for start, end in spans
                         if not (proper and text[start].islower())
                         and (not form.short or _alone(text, start, end)))
        return found

    def variant(self, phrase: str, kinds: Iterable[str] | None = None) -> Entity | None:
        """The known person or work ``phrase`` misspells or spells otherwise, if exactly one."""
        words = tokens(phrase)
        wanted = set(kinds) if kinds is not None else None
        matches = {e.name: e for e in self.entities
                   if (wanted is None or e.kind in wanted) and self._variant_of(words, e)}
        return next(iter(matches.values())) if len(matches) == 1 else None

    def _variant_of(self, words: list[str], entity: Entity) -> bool:
        for form in self.index.forms(entity):
            known = tokens(form)
            if words == known:
                return False
            if entity.kind in ("person", "character") and len(words) >= 2:
                if _close_words(words, known):
                    return True
            elif entity.kind == "work" and _same_title(words, known):
                return True
        if entity.kind == "person" and len(words) == 1:
            return self._misspelt_word(words[0], entity)
        return False

    def _misspelt_word(self, word: str, person: Entity) -> bool:
        """One word a letter or two off a word of the person's name ("Borislov", "Daniel"),
        neither a word of a known name nor a possessive with its apostrophe stripped."""
        if len(word) < 6 or word in self.all_words or (word.endswith("s") and \
                word[:-1] in self.all_words):
            return False
        return any(len(w) >= 6 and OSA.distance(word, w) == 1 for w in tokens(person.name))

    def truncated(self, phrase: str) -> Entity | None:
        """The one work whose title ``phrase`` starts and stops short of, by a last word or
        number cut off at a line break ("Compartment No." for "Compartment No. 6")."""
        words = tokens(phrase)
        if len(words) < 2:
            return None
        found = [e for e in self.entities if e.kind == "work"
                 if any(len(k := tokens(f)) == len(words) + 1 and k[:-1] == words
                        for f in self.index.forms(e))]
        return found[0] if len(found) == 1 else None

    def description(self, words: list[str], definite: bool) -> Entity | None:
        described = self.describe(words, definite)
        return described[1] if described else None

    def describe(self, words: list[str], definite: bool) -> tuple[int, Entity] | None:
        """The described thing a noun phrase names ("her 4-carat engagement ring" → "Ani's
        engagement ring"): a word it shares besides the head counts twice, the head noun once;
        the head alone will do only after "the", "this" or a possessive, and only when one
        thing has that head."""
        words = [w.lower() for w in words]
        if not words:
            return None
        head, modifiers = words[-1], set(words[:-1])
        scored = []
        for entity in self.entities:
            if entity.kind not in _DESCRIBED_KINDS:
                continue
            name = [w for w in entity.name.lower().replace("’", "'").split()
                    if w not in ("the", "a", "an")]
            if len(name) < 2:
                continue
            shared = len(modifiers & set(name[:-1]))
            score = 2 * shared + (1 if name[-1] == head else 0)
            if score and (shared or definite):
                scored.append((score, entity))
        if not scored:
            return None
        best = max(score for score, _ in scored)
        top = [e for score, e in scored if score == best]
        if len(top) != 1 or (best == 1 and len(scored) > 1):
            return None
        return best, top[0]


def _alone(text: str, start: int, end: int) -> bool:
    """A short form standing for the person: capitalized, and not one word of a longer name
    ("Madison Square Garden", "Prince Harry")."""
    if not text[start].isupper():
        return False
    after = text[end:end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False
    before = re.search(r"([^\W_]+) $", text[max(0, start - 30): start])
    return before is None or not before.group(1)[0].isupper() or \
        before.group(1).lower() in _SENTENCE_WORDS


def _close_words(words: list[str], known: list[str]) -> bool:
    """Same number of words, at least one the same, every other within a letter or two."""
    if len(words) != len(known):
        return False
    same = 0
    for word, other in zip(words, known, strict=True):
        if word == other:
            same += 1
        elif strip_accents(word) == strip_accents(other):
            continue
        elif OSA.distance(word, other) > _max_edits(other) or word.isdigit() or other.isdigit():
            return False
    return 0 < same < len(words)


def _same_title(words: list[str], known: list[str]) -> bool:
    """Two spellings of one title: the same words once abbreviations are written out
    ("Number 6", "No. 6"), or a letter or two apart in all (rapidfuzz ratio ≥ 88) with the same
    numbers ("Scream 2" is not "Scream 3")."""
    if not words or [w for w in words if w.isdigit()] != [w for w in known if w.isdigit()]:
        return False
    if _expanded(words) == _expanded(known):
        return True
    if words[:-1] == known[:-1] and words[-1] == known[-1] + "s":
        return False  # a possessive whose apostrophe was stripped: "Anoras"
    text = " ".join(words)
    return (len(words) > 1 or len(text) >= 8) and fuzz.ratio(text, " ".join(known)) >= \
        _WORK_LIKENESS
