"""Names: how the source spells the people and works it names, for the spelling check.

A ``name`` claim records a spelling as the source prints it. One is written per spelling
per entity per source, at its first passage:

- a person's full name or a work's title, as printed ("Yura Borisov", "COMPARTMENT NUMBER
  6"); a surname or first name alone is a mention, not a spelling, and is not recorded;
- every spelling within a letter or two of a known name, or writing out a word it
  abbreviates ("Yuri Borisov", "Lindsay Normington", "Nights of Cabira", "Compartment Number
  6", "Borislov", "Daniel"), and a word of such a spelling alone later in the same text
  ("Yuri").

A declared alias ("Sammy") is not recorded: the entities already say it is the same name.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.finding import Finding
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity
from checker.model.values import Name
from checker.parse.names import name_key

ID = "names"
VALUE_KINDS = frozenset({"name"})
_NAMED_KINDS = ("person", "work")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    for mention in context.mentions(sentence):
        entity = _spelled(mention, context)
        if entity is not None:
            yield Finding(sentence=sentence, subject=entity, property="name",
                          value=Name(kind="name", name=mention.text),
                          evidence=((mention.start, mention.end),))


def _spelled(mention: Mention, context: Context) -> Entity | None:
    """The person or work whose name ``mention`` spells, when that spelling is worth a
    claim."""
    if not mention.entities:
        return context.variant_words.get(name_key(mention.text))
    entity = mention.entity(_NAMED_KINDS)
    if entity is None or mention.short or entity.status == "draft":
        return None
    if mention.variant:
        return entity
    key = name_key(mention.text)
    aliases = {name_key(a.name) for a in entity.aliases}
    if key in aliases or (entity.kind == "person" and len(mention.words) < 2):
        return None
    canonical = name_key(entity.name)
    return entity if key == canonical or len(key.split()) >= len(canonical.split()) else None
