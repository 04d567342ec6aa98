"""Facts in words: spouses, debuts, first collaborations, nationalities, single-answer facts.

Values naming an entity are compared by the entity they resolve to (an alias counts as the
entity); other text is compared ignoring case and punctuation. Different values conflict:
an error when both name known entities (two different debut films), a warning for free text,
whose wording may differ without the facts differing.

Consistent::

    - {subject: Desmond Achebe, property: spouse,
       value: {kind: entity, entity: Margarethe Ilori}}
    - {subject: Desmond Achebe, property: spouse, value: {kind: entity, entity: Maggie}}  # alias

Conflicting (error)::

    - {subject: Helga Strand, property: debut, quote: "made her debut with The Salt Road",
       value: {kind: entity, entity: The Salt Road}}
    - {subject: Helga Strand, property: debut, quote: "Strand’s first feature, Night Ferry",
       value: {kind: entity, entity: Night Ferry}}
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from checker.compare.group import ClaimGroup, default_key
from checker.conflict import Conflict, Severity, make_conflict, values_by_key
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.model.values import EntityRef, FreeText
from checker.parse.names import name_key

ID = "facts"
VALUE_KINDS = frozenset({"text", "entity"})
CARDINALITIES = frozenset({"single"})
group_key = default_key


class Options(BaseModel):
    pass


def _text(claim: AnchoredClaim) -> str:
    value = claim.claim.value
    if isinstance(value, EntityRef):
        return value.entity
    assert isinstance(value, FreeText)
    return value.text


def resolved(claim: AnchoredClaim, entities: EntityIndex) -> tuple[str, bool]:
    """The value's canonical form, and whether it names a known entity."""
    entity = entities.resolve(_text(claim))
    return (entity.name, True) if entity else (_text(claim), False)


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    entities = group.entities
    keys = {name_key(resolved(c, entities)[0]) for c in group.claims}
    if len(keys) < 2:
        return
    all_entities = all(resolved(c, entities)[1] for c in group.claims)
    values = values_by_key(group.claims, lambda c: name_key(resolved(c, entities)[0]),
                           lambda c: resolved(c, entities)[0])
    # a `fact` claim's scope is its whole question; other properties name their own
    question = group.scope if group.property == "fact" and group.scope else \
        group.property.replace("_", " ") + (f" ({group.scope})" if group.scope else "")
    yield make_conflict(
        kind="fact", severity=Severity.ERROR if all_entities else Severity.WARNING,
        subject=group.subject, prop=group.property, scope=group.scope, values=values,
        explanation=f"the sources give different answers to: {question}",
        details=(("rule", "one answer per subject and scope; entities compared by identity"),),
    )
