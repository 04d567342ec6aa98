"""Extraction: draft claims read from a source's text, for a person to review.

One module per kind of statement, each with the same small surface: an ``ID``, the
``VALUE_KINDS`` it writes, and ``find(sentence, context)``, which yields the findings of one
sentence (:class:`checker.extract.finding.Finding`). They are listed in ``EXTRACTORS``.

:func:`extract` is a pure function of a source and the known entities: it reads every
sentence with every extractor (:mod:`checker.extract.readings`), then keeps the findings the
check accepts as draft claims (:mod:`checker.extract.drafts`), with the new entities they need,
proposed as drafts. Writing them into ``claims/`` is :mod:`checker.extract.merge`'s work; many
sources are read by worker processes (:mod:`checker.extract.parallel`).

What is read once serves every later reading and source (the names of an entity index, what a
sentence's figures and words are): looked up by what it is read from, it gives what reading it
again would give.
"""

from __future__ import annotations

from types import ModuleType

from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.extract import (
    cast,
    credits,
    dates,
    money,
    names,
    places,
    quantities,
    relations,
    verbs,
)
from checker.extract.context import Context
from checker.extract.drafts import Extraction, drafts_of
from checker.extract.gazetteer import Gazetteer
from checker.extract.readings import read, read_again

_READINGS = 3
__all__ = ["EXTRACTORS", "Extraction", "extract", "get"]

_MODULES: tuple[ModuleType, ...] = (money, dates, quantities, credits, verbs, cast, places,
                                    relations, names)
EXTRACTORS: dict[str, ModuleType] = {module.ID: module for module in _MODULES}


def get(extractor_id: str) -> ModuleType:
    try:
        return EXTRACTORS[extractor_id]
    except KeyError:
        known = ", ".join(sorted(EXTRACTORS))
        raise KeyError(f"unknown extractor {extractor_id!r}; known: {known}") from None


def extract(source: Source, entities: EntityIndex) -> Extraction:
    """The draft claims and draft entities of one source.

    The text is read again while a reading proposes new entities (three readings at most):
    the next one knows them, so that "Kavanaugh" later in the text is the "line producer Olivia
    Kavanaugh" proposed earlier, and a work a heading proposes is the main work throughout. A
    sentence the new names cannot change keeps what the last reading found in it."""
    gazetteer = Gazetteer.of(entities)
    context = Context(source, gazetteer)
    findings = read(context, _MODULES)
    proposed = list(context.proposals.values())
    for _ in range(_READINGS - 1):
        if not context.proposals:
            break
        again = Context(source, gazetteer.extended(proposed), context)
        found = read_again(again, _MODULES, context)
        if found is None:
            again = Context(source, again.gazetteer, context)
            found = read(again, _MODULES)
        context, findings = again, found
        proposed += [e for e in context.proposals.values() if e not in proposed]
    return drafts_of(findings, context, proposed)
