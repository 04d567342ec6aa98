"""The spelling audit: every source's full text read for names of people and works, their
spelling variants clustered, and each disagreement reported as a spelling conflict with every
passage where each form occurs.

Claims record the spellings someone noticed. The audit reads what nobody claimed: *Yura*
here and *Yuri Borisov* there, a one-letter typo in a surname, *Lindsey* and *Lindsay*, a
title written two ways or in capitals ("COMPARTMENT NUMBER 6"), titles glued to their
neighbours in text that lost its italics ("sinceTake Out"). It runs in four steps:

1. :mod:`~checker.audit.mentions` finds the names in each text;
2. :mod:`~checker.audit.cluster` groups variant spellings, comparing words letter by letter;
3. :mod:`~checker.audit.conflicts` decides whose name each variant is and what it disputes,
   by the names comparator's own rules;
4. :func:`with_audit` puts those conflicts with the claims' ones. A spelling both claimed
   and found in the texts is one conflict, with the claims and the text's other passages
   (the value's ``mentions``), and the id it has without the audit, so resolutions keep
   matching. Resolutions apply to audit conflicts exactly as to the others.

What is never reported: a declared alias ("Sammy" for Samantha Quan); a surname or first
name alone ("Daniels" for Drew Daniels); two people who share a first name or a surname
(Mikey Madison and Mikey Saber, Brittney and Kitana Kiki Rodriguez): they differ by a whole
word, not a letter; two entities the file declares, however close their names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from pydantic import BaseModel

from checker.audit import cluster
from checker.audit.conflicts import Owners, audit_conflicts
from checker.audit.mentions import Reader
from checker.audit.words import ordinary_words
from checker.compare import names
from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source

__all__ = ["audit", "with_audit"]


def audit(sources: Sequence[Source], entities: EntityIndex, claims: Iterable[AnchoredClaim],
          options: Mapping[str, BaseModel] | None = None) -> list[Conflict]:
    """The spelling conflicts the full texts show, claims of names included."""
    found = (options or {}).get(names.ID)
    settings = found if isinstance(found, names.Options) else names.Options()
    owners = Owners(entities)
    ordinary = ordinary_words(s.text for s in sources)
    mentions = Reader.of(entities, ordinary).read(sources)
    counts = Counter(m.key for m in mentions)
    forms = [*counts.items(), *((key, 0) for key in owners.declared())]
    name_claims: dict[str, list[AnchoredClaim]] = {}
    for claim in claims:
        if (claim.claim.property == "name" and claim.claim.scope is None
                and claim.claim.as_of is None):
            name_claims.setdefault(claim.subject.name, []).append(claim)
    clusters = cluster.cluster(forms, settings.min_word_length)
    return audit_conflicts(clusters, mentions, entities, owners, name_claims, ordinary,
                           settings)


def with_audit(conflicts: Iterable[Conflict], found: Iterable[Conflict]) -> list[Conflict]:
    """The claims' conflicts and the audit's, most severe first. An audit conflict carries the
    claims of the claims' conflict with the same id, and stands in its place."""
    audited = {c.id: c for c in found}
    kept = [c for c in conflicts if c.id not in audited]
    return sorted([*kept, *audited.values()], key=lambda c: c.sort_key)
