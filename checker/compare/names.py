"""Name spellings: how the sources spell one person's or work's name.

Each ``name`` claim records a spelling as a source prints it. A spelling is *accepted* when it
is the entity's canonical name or a declared alias, or is made only of their words (a surname
alone, "Ilori" for Margarethe Ilori, is a mention, not a variant). Case, punctuation and
typography never count ("SLEEPER CAR NO. 7", "Sleeper Car No 7"). Any other spelling is a
finding:

- a word a letter or two away from an accepted word ("Mitia" for "Mitya", "Lindsay" for
  "Lindsey") is a **spelling** conflict (error), one per pair of words, with every claim
  that uses either;
- a spelling that writes out a word an accepted one abbreviates, or the other way round
  ("Ward Number 6" for "Ward No. 6"), is a spelling conflict between the two spellings;
- for a work, place or organization, a whole spelling close to an accepted one though its
  words are not ("Nightwatchman" and "The Night Watchman", rapidfuzz ratio ≥ 80) is a
  spelling conflict too. People and characters are spared this rule: a short form of their
  name ("Bea Hale" for Beatrix Hale) is a nickname, not a misspelling;
- a spelling that differs only by accents ("Ines" for "Inès") is an **info** finding;
- a spelling unlike any accepted one is an undeclared **name-form** (warning): a nickname to
  declare as an alias, or a rewording that put one name in another's place.

Names of different entities are never compared here, so two people who share a first name or
a surname (Ruth Calder, Ruth Okafor, Tom Calder) are never merged.

Consistent::

    - {subject: Margarethe Ilori, property: name, value: {kind: name, name: Maggie}}  # alias
    - {subject: Margarethe Ilori, property: name, value: {kind: name, name: Ilori}}   # surname

Conflicting (error)::

    - {subject: Lindsey Arkwright, property: name,
       value: {kind: name, name: Lindsey Arkwright}}
    - {subject: Lindsey Arkwright, property: name,
       value: {kind: name, name: Lindsay Arkwright}}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType

from pydantic import BaseModel, Field
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from checker.compare.group import ClaimGroup, default_key
from checker.conflict import CompetingValue, Conflict, Severity, make_conflict
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.model.values import Name
from checker.parse.names import name_key, strip_accents, tokens

ID = "names"
# one claim can conflict on its own: a misspelt name against the canonical one
LONE_STATEMENTS_CONFLICT = True
VALUE_KINDS = frozenset({"name"})
CARDINALITIES = frozenset({"many"})
group_key = default_key


# Abbreviations that print one word of a title or name: the key abbreviates the value.
ABBREVIATIONS: Mapping[str, str] = MappingProxyType({
    "no": "number", "nr": "number", "st": "saint", "ste": "sainte", "mt": "mount",
    "ft": "fort", "dr": "doctor", "mr": "mister", "vol": "volume", "pt": "part",
})
# Nicknames and short forms make whole-name likeness meaningless for these
_NICKNAMED = frozenset({"person", "character"})


class Options(BaseModel):
    form_similarity: float = Field(default=80.0, description="rapidfuzz ratio for whole names")
    min_word_length: int = Field(default=4, description="shorter words must match exactly")


def quiet(claim: AnchoredClaim, entities: EntityIndex) -> bool:
    """True when the claim spells the name an accepted way (every word of it is accepted):
    such a claim raises no conflict of its own, so a group of them stating one thing need not
    be compared. The same test as :func:`spelling_conflicts` makes first."""
    forms = entities.forms(claim.subject)
    key = name_key(_name(claim))
    return key in {name_key(f) for f in forms} or set(key.split()) <= {
        w for f in forms for w in tokens(f)}


def _name(claim: AnchoredClaim) -> str:
    value = claim.claim.value
    assert isinstance(value, Name)
    return value.name


def edits_allowed(length: int, min_word_length: int) -> int:
    """How many letters a word of ``length`` letters may differ by and still be a variant of
    it: none below ``min_word_length``, one up to six letters, two beyond."""
    if length < min_word_length:
        return 0
    return 1 if length <= 6 else 2


def max_edits(word: str, options: Options) -> int:
    """How many letters a word may differ by and still be a variant of it."""
    return edits_allowed(len(word), options.min_word_length)


def near_word(word: str, accepted: set[str], options: Options) -> tuple[str, int] | None:
    best = min(((OSA.distance(word, a), a) for a in accepted), default=None)
    if best is None or best[0] > max_edits(best[1], options):
        return None
    return best[1], best[0]


def abbreviation_of(word: str, accepted: set[str]) -> str | None:
    """The accepted word that ``word`` abbreviates or writes out ("number" for "no")."""
    return next((a for a in sorted(accepted)
                 if ABBREVIATIONS.get(word) == a or ABBREVIATIONS.get(a) == word), None)


def spans(forms: list[str]) -> set[str]:
    """Every run of consecutive words of each form: what a whole spelling is scored against
    (the explanation of a name-form uses the same)."""
    found: set[str] = set()
    for form in forms:
        words = tokens(form)
        found.update(" ".join(words[i:j]) for i in range(len(words))
                     for j in range(i + 1, len(words) + 1))
    return found


def _display(key: str, writings: list[str]) -> str:
    """``key`` as one of the writings spells it, case and punctuation included."""
    for writing in writings:
        words = writing.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if name_key(" ".join(words[i:j])) == key:
                    return " ".join(words[i:j]).strip(".,;:")
    return key


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    entity = group.claims[0].subject
    return spelling_conflicts(entity.name, entity.kind, group.entities.forms(entity),
                              group.claims, (), options)


def _covered(mention: Passage, claims: Iterable[AnchoredClaim]) -> bool:
    """True when a claim's passage already holds the mention: it is not a passage without a
    claim behind it."""
    return any(c.passage.source is mention.source and c.passage.start <= mention.start
               and mention.end <= c.passage.end for c in claims)


def spelling_conflicts(subject: str, kind: str | None, forms: Sequence[str],
                       claims: Sequence[AnchoredClaim], mentions: Sequence[Passage],
                       options: Options) -> Iterator[Conflict]:
    """The spelling conflicts of one name: ``forms`` are its accepted spellings (canonical
    name and aliases), ``claims`` the name claims about it and ``mentions`` the passages of the
    texts where the spelling audit found it. A spelling only mentions show is judged by the
    same rules, except that it is never an undeclared name-form: the audit brings only
    spellings within reach of an accepted one."""
    accepted_words = {w for f in forms for w in tokens(f)}
    accepted_keys = {name_key(f) for f in forms}
    writings = [*forms, *(_name(c) for c in claims), *(" ".join(m.text.split()) for m in mentions)]
    claimed = {name_key(_name(c)) for c in claims}
    word_pairs: dict[tuple[str, str], int] = {}
    abbreviated: set[tuple[str, str]] = set()  # (accepted spelling, odd spelling)
    whole: dict[tuple[str, str], float] = {}
    undeclared: set[str] = set()
    accents: dict[str, str] = {}
    for key in dict.fromkeys([*(name_key(_name(c)) for c in claims),
                              *(name_key(m.text) for m in mentions)]):
        if key in accepted_keys or set(key.split()) <= accepted_words:
            continue
        plain = strip_accents(key)
        if plain in {strip_accents(k) for k in accepted_keys} or set(plain.split()) <= {
            strip_accents(w) for w in accepted_words
        }:
            accents[key] = plain
            continue
        odd_words = [w for w in key.split() if w not in accepted_words]
        near = [near_word(w, accepted_words, options) for w in odd_words]
        short = [abbreviation_of(w, accepted_words) for w in odd_words]
        if all(n or a for n, a in zip(near, short, strict=True)):
            for word, found, full in zip(odd_words, near, short, strict=True):
                if full is None:
                    assert found is not None
                    word_pairs[(found[0], word)] = found[1]
            if any(short):
                # "no" alone reads as a word, not a name: compare whole spellings
                accepted = {w: f or (n[0] if n else w)
                            for w, n, f in zip(odd_words, near, short, strict=True)}
                abbreviated.add((" ".join(accepted.get(w, w) for w in key.split()), key))
            continue
        if key not in claimed:
            continue
        best = max(((fuzz.ratio(key, s), s) for s in spans(list(forms))), default=(0.0, ""))
        if kind not in _NICKNAMED and best[0] >= options.form_similarity:
            whole[(best[1], key)] = best[0]
        else:
            undeclared.add(key)

    def claims_with(words: str) -> tuple[AnchoredClaim, ...]:
        wanted = f" {words} "
        return tuple(c for c in claims if wanted in f" {name_key(_name(c))} ")

    def value(key: str, label: str | None = None) -> CompetingValue:
        wanted = f" {key} "
        behind = claims_with(key)
        found = tuple(m for m in mentions if wanted in f" {name_key(m.text)} "
                      and not _covered(m, behind))
        return CompetingValue(label=label or _display(key, writings), key=key, claims=behind,
                              mentions=found)

    for (good, odd), edits in sorted(word_pairs.items()):
        letters = "one letter" if edits == 1 else f"{edits} letters"
        yield make_conflict(
            kind="spelling", severity=Severity.ERROR, subject=subject, prop="name",
            scope=None, values=[value(good), value(odd)],
            explanation=f"{_display(odd, writings)!r} differs by {letters} from "
                        f"{_display(good, writings)!r} in the name of {subject}, and no "
                        "alias declares them equivalent",
            details=(("rule", "a word within a letter or two of an accepted word"),
                     ("edits", str(edits))),
        )
    for good, odd in sorted(abbreviated):
        yield make_conflict(
            kind="spelling", severity=Severity.ERROR, subject=subject, prop="name",
            scope=None, values=[value(good), value(odd)],
            explanation=f"{_display(odd, writings)!r} and {_display(good, writings)!r} write "
                        f"one word of the name of {subject} out and abbreviated, and no "
                        "alias declares the spellings equivalent",
            details=(("rule", "a word that abbreviates an accepted word, or writes it out"),),
        )
    for (good, odd), score in sorted(whole.items()):
        yield make_conflict(
            kind="spelling", severity=Severity.ERROR, subject=subject, prop="name",
            scope=None, values=[value(good), value(odd)],
            explanation=f"{_display(odd, writings)!r} is a near-identical spelling ({score:.0f}% "
                        f"similar) of {_display(good, writings)!r}, and no alias declares them "
                        "equivalent",
            details=(("rule", f"rapidfuzz ratio >= {options.form_similarity:.0f}"),
                     ("similarity", f"{score:.1f}")),
        )
    canonical = name_key(subject)
    for key, plain in sorted(accents.items()):
        yield make_conflict(
            kind="accents", severity=Severity.INFO, subject=subject, prop="name", scope=None,
            values=[value(key), value(canonical, subject)],
            explanation=f"{_display(key, writings)!r} and {subject!r} differ only by accents",
            details=(("rule", "equal once accents are removed"), ("plain", plain)),
        )
    for key in sorted(undeclared):
        yield make_conflict(
            kind="name-form", severity=Severity.WARNING, subject=subject, prop="name",
            scope=None, values=[value(key), value(canonical, subject)],
            explanation=f"a source calls {subject} {_display(key, writings)!r}, which is "
                        "neither a declared alias nor close to one",
            details=(("rule", "not an accepted form, not within reach of one"),),
        )
