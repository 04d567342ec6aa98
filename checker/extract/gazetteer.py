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
  its article, and a noun phrase may name it by its words (:mod:`checker.extract.described`).
- A name within a letter or two of a known one ("Yuri Borisov", "Nights of Cabira"), or one
  that writes out an abbreviated word ("Compartment Number 6"), is a *variant*: the same
  entity, spelled otherwise, which the spelling check should see
  (:mod:`checker.extract.variants`).

Rejected entities are never looked for. A gazetteer is built once for an entity index and
kept while the index is in use; the entities extraction proposes for one source extend it
(:meth:`Gazetteer.extended`) without building it again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from checker.corpus.entities import EntityIndex
from checker.extract.described import DESCRIBED_KINDS, Descriptions
from checker.extract.forms import Form, FormIndex, Found, fold
from checker.extract.variants import MISSPELT_LENGTH, VariantIndex, close_words, same_title
from checker.model.entities import Entity
from checker.parse.names import name_key, tokens

_PARTICLES = frozenset({"de", "da", "di", "van", "von", "del", "la", "le", "du", "st", "mc"})
_KEPT = 4  # gazetteers kept for the entity indexes last read
_REMEMBERED = 50_000  # phrases and sentences whose reading is remembered
_built: dict[int, tuple[EntityIndex, int, Gazetteer]] = {}


def extended_index(index: EntityIndex, extras: Sequence[Entity]) -> EntityIndex:
    """``index`` and ``extras``, as ``EntityIndex.of`` would give them, without filing the
    known entities again."""
    extended = EntityIndex(entities=list(index.entities), _by_key=dict(index._by_key),
                           invalid=set(index.invalid))
    for entity in extras:
        for name in (entity.name, *(a.name for a in entity.aliases)):
            key = name_key(name)
            if key in extended._by_key:  # copied before the new entity is added to it
                extended._by_key[key] = list(extended._by_key[key])
        extended.add(entity)
    return extended


class Gazetteer:
    """The forms of the known entities, longest first, and the rules for variants."""

    def __init__(self, entities: EntityIndex, base: Gazetteer | None = None,
                 extras: Sequence[Entity] = ()) -> None:
        """The gazetteer of ``entities``; or, given a ``base``, of the base's entities and the
        ``extras`` that ``entities`` adds to them, built on what the base holds."""
        self.base = base
        self.index = entities
        listed = extras if base else entities.entities
        new = [e for e in listed if e.status != "rejected"]
        self.entities: list[Entity] = [*(base.entities if base else ()), *new]
        self.events: list[Entity] = [*(base.events if base else ()),
                                     *(e for e in new if e.kind == "event")]
        self.rejected: set[str] = {name_key(e.name) for e in listed if e.status == "rejected"} | (
            base.rejected if base else set())
        before = (len(base.full), len(base.stripped), len(base.shorts)) if base else (0, 0, 0)
        named = [(text, e) for e in new for text in entities.forms(e)]
        the = [e for e in new if e.kind in DESCRIBED_KINDS
               and e.name.lower().startswith("the ") and len(e.name.split()) > 2]
        self.full: list[Form] = [Form.of(text, e, rank=(0, before[0] + i))
                                 for i, (text, e) in enumerate(named)]
        self.stripped: list[Form] = [Form.of(e.name[4:], e, rank=(1, before[1] + i))
                                     for i, e in enumerate(the)]
        self.words = Counter(w for e in new for w in set(tokens(e.name)))
        self.full_keys = {name_key(f.text) for f in (*self.full, *self.stripped)}
        self.new_words = {w for e in new for text in entities.forms(e) for w in tokens(text)}
        self.keys = {name_key(text) for e in listed for text in entities.forms(e)}
        self.shorts: list[Form] = self._short_forms(new, before[2])
        self._shorts_by_key: dict[str, list[Form]] = {}
        for form in self.shorts:
            self._shorts_by_key.setdefault(name_key(form.text), []).append(form)
        # a word the extras share is no longer one person's alone
        self.dropped = {f for key in {*self.words, *self.full_keys}
                        for f in (base._shorts_by_key.get(key, ()) if base else ())
                        if not self._short(f.text)}
        self._forms: FormIndex = FormIndex([*self.full, *self.stripped, *self.shorts],
                                base._forms.frequency if base else None)
        self._variants = VariantIndex(new, entities)
        self._remembered: dict[tuple[str, ...], list[Entity]] = {}
        self._found: dict[str, list[Found]] = {}
        self._named: dict[str, tuple[tuple[Entity, ...], bool]] = {}
        self.described: Descriptions = Descriptions(new, base.described if base else None)

    @classmethod
    def of(cls, entities: EntityIndex) -> Gazetteer:
        """The gazetteer of ``entities``, built once while the index is in use."""
        kept = _built.get(id(entities))
        if kept is not None and kept[0] is entities and kept[1] == len(entities.entities):
            return kept[2]
        gazetteer = cls(entities)
        if len(_built) >= _KEPT:
            del _built[next(iter(_built))]
        _built[id(entities)] = (entities, len(entities.entities), gazetteer)
        return gazetteer

    def extended(self, extras: Sequence[Entity]) -> Gazetteer:
        """This gazetteer and the ``extras`` (new to it), as if built on them all."""
        if self.base is not None:
            return self.base.extended([*self.index.entities[len(self.base.index.entities):],
                                       *extras])
        return Gazetteer(extended_index(self.index, extras), self, extras)

    def _words_of(self, key: str) -> int:
        return self.words[key] + (self.base.words[key] if self.base else 0)

    def _full_key(self, key: str) -> bool:
        return key in self.full_keys or (self.base is not None and key in self.base.full_keys)

    def _short(self, part: str) -> bool:
        """Whether a word of a person's name stands for them: no other entity shares it."""
        key = name_key(part)
        return (len(key) >= 3 and key not in _PARTICLES and self._words_of(key) == 1
                and not self._full_key(key))

    def _short_forms(self, live: list[Entity], offset: int) -> list[Form]:
        shorts: list[Form] = []
        for entity in live:
            parts = entity.name.split()
            if entity.kind != "person" or len(parts) < 2:
                continue
            for part in dict.fromkeys((parts[0], parts[-1])):
                if self._short(part):
                    shorts.append(Form.of(part, entity, short=True,
                                          rank=(2, offset + len(shorts))))
        return shorts

    def found_in(self, text: str) -> list[Found]:
        """Every occurrence of a known form in ``text`` (normalized), overlaps included."""
        if self.base is not None:  # the base's finds, read once for all readings of a text
            found = [f for f in self.base.found_in(text) if f.form not in self.dropped]
            return sorted([*found, *self._found_in(text)], key=lambda f: f.form.rank)
        if text not in self._found:
            if len(self._found) >= _REMEMBERED:
                self._found.clear()
            self._found[text] = self._found_in(text)
        return self._found[text]

    def reads_as_base(self, text: str, named: Iterable[str]) -> bool:
        """Whether this gazetteer reads the names of ``text`` as its base does, so that the
        base's reading can stand (``named``: the phrases no form found there, as the base
        read it). It does when the extras are not found in the text, leave every form the base
        finds there in place, reject nothing more, and name those phrases as the base names
        them. Most sentences of a text read again hold none of the names proposed for it."""
        base = self.base
        if base is None:
            return True
        if len(self.rejected) != len(base.rejected) or self._found_in(text):
            return False
        if self.dropped and any(f.form in self.dropped for f in base.found_in(text)):
            return False
        for phrase in named:
            (these, variant), (those, was_variant) = self.named(phrase), base.named(phrase)
            if variant != was_variant or len(these) != len(those) or any(
                    a is not b for a, b in zip(these, those, strict=True)):
                return False
        return True

    def _found_in(self, text: str) -> list[Found]:
        lowered = text.lower()
        folded = fold(text)
        found: list[Found] = []
        # most candidates are not in the sentence at all: left out before they are ordered
        held = [f for f in self._forms.candidates(text, folded)
                if f.loose is not None or f.needle in lowered]
        for form in sorted(held, key=lambda f: f.rank):
            found.extend(form.found_in(text, lowered, folded))
        return found

    def _known_word(self, word: str) -> bool:
        return word in self.new_words or (self.base is not None and word in self.base.new_words)

    def _candidates(self, words: list[str]) -> list[Entity]:
        if self.base is not None:
            return [*self.base._candidates(words), *self._variants.candidates(words)]
        key = tuple(words)  # a phrase recurs across the sources read with one gazetteer
        if key not in self._remembered:
            if len(self._remembered) >= _REMEMBERED:
                self._remembered.clear()
            self._remembered[key] = self._variants.candidates(words)
        return self._remembered[key]

    def named(self, phrase: str) -> tuple[tuple[Entity, ...], bool]:
        """The entities a name none of the forms found names, and whether it is a variant:
        those the index gives it, else the one it spells otherwise, else the one whose title
        it cuts short. The same names come back sentence after sentence."""
        if phrase not in self._named:
            if len(self._named) >= _REMEMBERED:
                self._named.clear()
            if self.base is not None and self._as_known(phrase):
                self._named[phrase] = self.base.named(phrase)
                return self._named[phrase]
            known = self.index.candidates(phrase)
            variant = None if known else self.variant(phrase)
            truncated = None if known or variant else self.truncated(phrase)
            self._named[phrase] = (
                tuple(e for e, _ in known) if known else (variant,) if variant else
                (truncated,) if truncated else (), variant is not None)
        return self._named[phrase]

    def _as_known(self, phrase: str) -> bool:
        """Whether the entities this gazetteer adds to its base leave what ``phrase`` names
        as it was: none is named so, may be spelled so, or starts so; and the phrase is not
        one of their words, which would keep it from being a misspelt surname."""
        words = tokens(phrase)
        return (name_key(phrase) not in self.keys and not self._variants.candidates(words)
                and not self._variants.truncated(words)
                and not (len(words) == 1 and (words[0] in self.new_words or (
                    words[0].endswith("s") and words[0][:-1] in self.new_words))))

    def variant(self, phrase: str, kinds: Iterable[str] | None = None) -> Entity | None:
        """The known person or work ``phrase`` misspells or spells otherwise, if exactly one."""
        words = tokens(phrase)
        wanted = set(kinds) if kinds is not None else None
        matches = {e.name: e for e in self._candidates(words)
                   if (wanted is None or e.kind in wanted) and self._variant_of(words, e)}
        return next(iter(matches.values())) if len(matches) == 1 else None

    def _variant_of(self, words: list[str], entity: Entity) -> bool:
        for form in self.index.forms(entity):
            known = tokens(form)
            if words == known:
                return False
            if entity.kind in ("person", "character") and len(words) >= 2:
                if close_words(words, known):
                    return True
            elif entity.kind == "work" and same_title(words, known):
                return True
        if entity.kind == "person" and len(words) == 1:
            return self._misspelt_word(words[0], entity)
        return False

    def _misspelt_word(self, word: str, person: Entity) -> bool:
        """One word a letter or two off a word of the person's name ("Borislov", "Daniel"),
        neither a word of a known name nor a possessive with its apostrophe stripped."""
        if len(word) < MISSPELT_LENGTH or self._known_word(word) or (
                word.endswith("s") and self._known_word(word[:-1])):
            return False
        return any(len(w) >= MISSPELT_LENGTH and OSA.distance(word, w) == 1
                   for w in tokens(person.name))

    def truncated(self, phrase: str) -> Entity | None:
        """The one work whose title ``phrase`` starts and stops short of, by a last word or
        number cut off at a line break ("Compartment No." for "Compartment No. 6")."""
        words = tokens(phrase)
        found = [*(self.base._variants.truncated(words) if self.base else ()),
                 *self._variants.truncated(words)]
        return found[0] if len(found) == 1 else None
