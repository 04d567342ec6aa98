"""Cast: which actor plays which character. Claims are grouped by work.

One character of one work has one actor: different actors given for it conflict (error).
Characters are matched through ``entities.yaml`` (a character's short name or nickname, as an
alias); a character not declared there is matched by its name as written.

Consistent (Teddy declared as an alias of the character Theodora Marsh)::

    - {subject: Greta Lund, property: cast, quote: "Greta Lund will play Theodora “Teddy” Marsh",
       value: {kind: cast, character: Theodora Marsh, work: Sawdust}}
    - {subject: Greta Lund, property: cast, quote: "Greta Lund’s Teddy is all bruised pride",
       value: {kind: cast, character: Teddy, work: Sawdust}}

Conflicting (error)::

    - {subject: Ines Moreau, property: cast, quote: "Ines Moreau has been cast as Clara",
       value: {kind: cast, character: Clara, work: Still Life With Metronome}}
    - {subject: Adele Varga, property: cast, quote: "Adele Varga is heartbreaking as Clara",
       value: {kind: cast, character: Clara, work: Still Life With Metronome}}
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from checker.compare.group import ClaimGroup
from checker.conflict import Conflict, Severity, make_conflict, values_by_key
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.model.values import Cast
from checker.parse.names import name_key

ID = "cast"
VALUE_KINDS = frozenset({"cast"})
CARDINALITIES = frozenset({"many"})


class Options(BaseModel):
    pass


def _cast(claim: AnchoredClaim) -> Cast:
    value = claim.claim.value
    assert isinstance(value, Cast)
    return value


def group_key(claim: AnchoredClaim) -> tuple[str, str, str | None, str | None]:
    work = claim.work_entity.name if claim.work_entity else _cast(claim).work
    return work, "cast", None, None


def character(claim: AnchoredClaim, entities: EntityIndex, work: str) -> str:
    """The character's canonical name, preferring a character of this very work."""
    name = _cast(claim).character
    candidates = [e for e, _ in entities.candidates(name) if e.kind == "character"]
    of_work = [e for e in candidates if e.work is None or name_key(e.work) == name_key(work)]
    chosen = of_work or candidates
    return chosen[0].name if chosen else name


def compare(group: ClaimGroup, options: Options) -> Iterator[Conflict]:
    by_character: dict[str, list[AnchoredClaim]] = {}
    labels: dict[str, str] = {}
    for claim in group.claims:
        name = character(claim, group.entities, group.subject)
        by_character.setdefault(name_key(name), []).append(claim)
        # the same spelling whatever the order of the claims: it names the conflict
        labels[name_key(name)] = min(labels.get(name_key(name), name), name)
    for key, claims in sorted(by_character.items()):
        if len({c.subject.name for c in claims}) < 2:
            continue
        yield make_conflict(
            kind="cast", severity=Severity.ERROR, subject=group.subject, prop="cast",
            scope=labels[key],
            values=values_by_key(claims, lambda c: c.subject.name, lambda c: c.subject.name),
            explanation=f"the sources name different actors for {labels[key]} in "
                        f"{group.subject}",
            details=(("rule", "one actor per character and work"),),
        )
