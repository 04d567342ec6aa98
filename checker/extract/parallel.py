"""Extracting many sources at once, in worker processes, so that every core reads.

:func:`checker.extract.extract` is a pure function of a source and the known entities, so
sources are shared out between forked workers. The workers inherit the sources, the entities
and the gazetteer built on them, instead of receiving them; they send back each source's
drafts (claims and where they stand) and proposed entities, which are put back together with
the sources here. Results come in the order of the sources, whatever the number of workers,
so what is written is the same for any number: one worker reads in process.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Sequence

from checker.corpus.anchor import Passage
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.corpus.workers import default_jobs
from checker.extract import extract
from checker.extract.drafts import Draft, Extraction
from checker.extract.gazetteer import Gazetteer
from checker.model.claims import Claim
from checker.model.entities import Entity

__all__ = ["default_jobs", "extract_all"]

# What a worker sends back for one source: its drafts' claims and passages, the entities
# they propose, and how many findings the check's rules refused.
Sent = tuple[tuple[tuple[Claim, int, int], ...], tuple[Entity, ...], int]

# What forked workers inherit: set just before the pool starts, read by _extract_in_worker.
_inherited: tuple[Sequence[Source], EntityIndex] | None = None


def _can_fork() -> bool:
    # forking a process that runs other threads can deadlock them (and newer Pythons warn)
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _extract_in_worker(number: int) -> Sent:
    assert _inherited is not None
    sources, entities = _inherited
    extraction = extract(sources[number], entities)
    drafts = tuple((d.claim, d.passage.start, d.passage.end) for d in extraction.drafts)
    return drafts, extraction.entities, extraction.refused


def _received(source: Source, sent: Sent) -> Extraction:
    drafts, entities, refused = sent
    return Extraction(source=source, entities=entities, refused=refused, drafts=tuple(
        Draft(claim, Passage(source, start, end)) for claim, start, end in drafts))


def extract_all(sources: Sequence[Source], entities: EntityIndex,
                jobs: int) -> list[Extraction]:
    """What :func:`checker.extract.extract` gives for each of ``sources``, in their order,
    read by ``jobs`` processes (in this one when ``jobs`` is 1 or there is one source)."""
    jobs = min(jobs, len(sources))
    if jobs <= 1 or not _can_fork():
        return [extract(source, entities) for source in sources]
    global _inherited
    Gazetteer.of(entities)  # built once, here, for every worker to inherit
    _inherited = (sources, entities)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            # one source at a time keeps the workers evenly busy: articles differ in length
            sent = pool.map(_extract_in_worker, range(len(sources)), chunksize=1)
    finally:
        _inherited = None
    return [_received(source, each) for source, each in zip(sources, sent, strict=True)]
