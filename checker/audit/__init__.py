"""The spelling audit: every source's full text read for names of people and works, their
spelling variants clustered, and each disagreement reported as a spelling conflict with every
passage where each form occurs.

Claims record the spellings someone noticed. The audit reads what nobody claimed: *Yura*
here and *Yuri Borisov* there, a one-letter typo in a surname, *Lindsey* and *Lindsay*, a
title written two ways or in capitals ("COMPARTMENT NUMBER 6"), titles glued to their
neighbours in text that lost its italics ("sinceTake Out"). It runs in four steps:

1. :mod:`~checker.audit.mentions` finds the names in each text, reading each distinct piece
   of text once (:mod:`~checker.audit.segments`), however often the corpus repeats it;
2. :mod:`~checker.audit.cluster` finds the variant spellings, comparing words letter by
   letter, only for the pairs an index brings together (:mod:`~checker.audit.blocking`).
   Two forms some entity accepts are never reported, so only the pairs of the other forms
   are looked for;
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

The sources are read in the order of their files, whatever the order given: the result is
the same.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from pydantic import BaseModel

from checker.audit.cluster import variant_pairs_of
from checker.audit.conflicts import Owners, audit_conflicts
from checker.audit.mentions import Reader
from checker.audit.words import ordinary_words
from checker.compare import names
from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source

__all__ = ["audit", "with_audit"]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The audit makes many small objects that live until it returns: collecting garbage as
    they come would scan them, and everything else alive, again and again for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def audit(sources: Sequence[Source], entities: EntityIndex, claims: Iterable[AnchoredClaim],
          options: Mapping[str, BaseModel] | None = None) -> list[Conflict]:
    """The spelling conflicts the full texts show, claims of names included. The sources are
    read in the order of their files, whatever the order given."""
    with _collector_paused():
        return _audit(sources, entities, claims, options)


def _audit(sources: Sequence[Source], entities: EntityIndex, claims: Iterable[AnchoredClaim],
           options: Mapping[str, BaseModel] | None) -> list[Conflict]:
    found = (options or {}).get(names.ID)
    settings = found if isinstance(found, names.Options) else names.Options()
    texts = sorted(sources, key=lambda s: (s.path, s.id))
    owners = Owners(entities)
    ordinary = ordinary_words(s.text for s in texts)
    mentions = Reader.of(entities, ordinary).find(texts)
    counts = mentions.counts()
    # a pair of two accepted forms is never reported: only pairs with another form are looked for
    unaccepted = {form for form in counts if not owners(form)}
    pairs = variant_pairs_of([*counts, *owners.declared()], unaccepted, settings.min_word_length)
    name_claims: dict[str, list[AnchoredClaim]] = {}
    for claim in claims:
        if (claim.claim.property == "name" and claim.claim.scope is None
                and claim.claim.as_of is None):
            name_claims.setdefault(claim.subject.name, []).append(claim)
    return audit_conflicts(pairs, mentions, counts, entities, owners, name_claims, ordinary,
                           settings)


def with_audit(conflicts: Iterable[Conflict], found: Iterable[Conflict]) -> list[Conflict]:
    """The claims' conflicts and the audit's, most severe first. An audit conflict carries the
    claims of the claims' conflict with the same id, and stands in its place."""
    audited = {c.id: c for c in found}
    kept = [c for c in conflicts if c.id not in audited]
    return sorted([*kept, *audited.values()], key=lambda c: c.sort_key)
