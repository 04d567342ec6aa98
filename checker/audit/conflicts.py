"""From variant pairs of spellings to conflicts: whose name each variant is, and what it
disputes.

A form is **accepted** for an entity when it is one of its declared forms or, for a person or
a character, made only of the words of one (a surname alone, "Borisov", is a partial mention
of Yura Borisov). For each pair of variants:

- both accepted: no conflict. The same entity's alias or partial mention ("Sammy"), or two
  entities the file declares apart, even a letter apart ("Jon Marsh" and "Jan Marsh"):
  declaring both says they are different people;
- one accepted: the other is a variant of that entity's name, and the entity's spellings are
  judged by the names comparator's own rules (:func:`checker.compare.names.spelling_conflicts`)
  on its name claims and its mentions together. A name claimed and also found in the texts
  is therefore one conflict, with the id it has without the audit. A single word is taken for
  a variant of a known name only when it is not a word of another full name in the texts
  ("Jung" of "Carl Jung" is not "Jang" of Charles Jang). A form within reach of two entities
  is reported for each;
- neither accepted: an unknown name. A single word is not a name on its own. Other forms are
  compared with the cluster's most frequent one, which names the conflict. Two real words
  (both written in lower case in the texts: "Academy Award"/"Academy Awards") or a plural or
  stripped possessive ("Pialat"/"Pialats") do not make a misspelling of an unknown name;
  declare the entity to have them checked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from checker.audit.cluster import Pair
from checker.audit.found import Found
from checker.audit.mentions import PEOPLE, form_key
from checker.compare.names import Options, spelling_conflicts
from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.model.entities import Entity
from checker.parse.names import name_key


class Owners:
    """Which entities accept a form."""

    def __init__(self, entities: EntityIndex) -> None:
        self.entities = entities
        self._exact: dict[str, list[Entity]] = defaultdict(list)
        self._by_word: dict[str, set[str]] = defaultdict(set)
        self._named: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
        for number, entity in enumerate(entities.entities):
            self._named[entity.name].append((number, entity))
            for form in entities.forms(entity):
                self._exact[form_key(form)].append(entity)
                if entity.kind in PEOPLE:
                    for word in name_key(form).split():
                        self._by_word[word].add(entity.name)
        self._known: dict[str, list[Entity]] = {}

    def __call__(self, key: str) -> list[Entity]:
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = self._owners(key)
        return found

    def _owners(self, key: str) -> list[Entity]:
        found = list(dict.fromkeys(self._exact.get(key, [])))
        words = key.split()
        names = self._by_word.get(words[0], set())
        for word in words[1:]:
            names = names & self._by_word.get(word, set())
        people = sorted((n, e) for name in names for n, e in self._named[name])
        return found + [e for _, e in people if e not in found]

    def declared(self) -> list[str]:
        """Every accepted form worth clustering: declared forms, and the words of people's."""
        return list(self._exact) + list(self._by_word)


def _real_difference(good: str, odd: str, ordinary: Collection[str]) -> bool:
    """False when the words that differ are all real words, plurals or possessives."""
    for a, b in zip(good.split(), odd.split(), strict=True):
        if a == b or (a in ordinary and b in ordinary):
            continue
        if a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a:
            continue
        return True
    return False


def _variants(pairs: Iterable[Pair], counts: Mapping[str, int],
              owners: Owners) -> tuple[dict[str, set[str]], list[Pair]]:
    """The variant forms of each entity's name, and the pairs of unknown names."""
    full_names: dict[str, set[str]] = defaultdict(set)  # word -> the full names it is in
    for key in counts:
        for word in key.split() if " " in key else ():
            full_names[word].add(key)
    variants: dict[str, set[str]] = defaultdict(set)  # entity name -> its variant forms
    unknown: list[Pair] = []
    for a, b in sorted(pairs, key=lambda p: (-p[0].count(" "), p)):
        owners_a, owners_b = owners(a), owners(b)
        if bool(owners_a) == bool(owners_b):
            if not owners_a and " " in a:
                unknown.append((a, b))
            continue
        odd, found = (b, owners_a) if owners_a else (a, owners_b)
        if " " not in odd and any(not ({e.name for e in owners(k)} & {e.name for e in found}
                                       or any(k in variants[e.name] for e in found))
                                  for k in full_names.get(odd, ())):
            continue  # a word of another full name: "Jung" of "Carl Jung"
        for entity in found:
            variants[entity.name].add(odd)
    return variants, unknown


def audit_conflicts(pairs: Iterable[Pair], found: Found, counts: Mapping[str, int],
                    entities: EntityIndex, owners: Owners,
                    name_claims: Mapping[str, Sequence[AnchoredClaim]],
                    ordinary: Collection[str], options: Options) -> list[Conflict]:
    variants, unknown = _variants(pairs, counts, owners)
    accepted: dict[Entity, set[str]] = defaultdict(set)  # the forms read that each accepts
    for key in counts:
        for entity in owners(key):
            accepted[entity].add(key)
    subjects = {name: entities.resolve(name) for name in variants}
    shown = {name: (odd & counts.keys()) | accepted[subject]
             for name, odd in variants.items() if (subject := subjects[name]) is not None}
    references = _references(unknown, counts, ordinary)
    passages = found.passages({k for keys in shown.values() for k in keys}
                              | {k for ref, odd in references for k in (ref, *odd)})
    result: list[Conflict] = []
    for name in sorted(variants):
        subject = subjects[name]
        assert subject is not None
        keys = [k for k in passages if k in shown[name]]  # the form read first first
        result += spelling_conflicts(subject.name, subject.kind, entities.forms(subject),
                                     name_claims.get(subject.name, ()),
                                     [p for k in keys for p in passages[k]], options)
    for reference, odd in references:
        writings = Counter(" ".join(p.text.split()) for p in passages[reference])
        writing = writings.most_common(1)[0][0]  # the most frequent writing names it
        result += spelling_conflicts(writing, None, [writing], (),
                                     [p for k in [reference, *odd] for p in passages[k]],
                                     options)
    return result


def _references(pairs: list[Pair], counts: Mapping[str, int],
                ordinary: Collection[str]) -> list[tuple[str, list[str]]]:
    """The unknown names that name a conflict, most read first, with their variants."""
    linked: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        linked[a].add(b)
        linked[b].add(a)
    done: set[str] = set()
    found = []
    for reference in sorted(linked, key=lambda k: (-counts.get(k, 0), k)):
        if reference in done:
            continue
        done |= _component(reference, linked)
        odd = sorted(k for k in linked[reference] if _real_difference(reference, k, ordinary))
        if odd:
            found.append((reference, odd))
    return found


def _component(start: str, linked: Mapping[str, set[str]]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for other in linked[todo.pop()]:
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen
