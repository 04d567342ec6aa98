"""Checking claim files in worker processes, so a large corpus uses every core.

Each claim file is checked on its own (:func:`checker.corpus.records.check_file` is a pure
function of the files it reads), so files are shared out between forked workers, which
inherit the loaded sources and entities instead of receiving them, and send back plain
records. The records come back in file order, so the result is the same for any number of
workers. Small corpora are checked in process: starting workers would cost more than it
saves.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from checker.corpus.entities import EntityIndex
from checker.corpus.records import FileRecord, check_file
from checker.corpus.sources import Source

# Below this many bytes of claim files, workers cost more than they save.
PARALLEL_BYTES = 2_000_000

# What forked workers inherit: set just before the pool starts, read by _check_in_worker.
_INHERITED: tuple[Mapping[str, Source], EntityIndex] | None = None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def _can_fork() -> bool:
    # forking a process that runs other threads can deadlock them (and newer Pythons warn)
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _check_in_worker(path: Path) -> bytes:
    assert _INHERITED is not None
    sources, entities = _INHERITED
    return check_file(path, sources, entities).dumps()  # bytes travel faster than objects


def check_files(paths: Sequence[Path], sources: Mapping[str, Source], entities: EntityIndex,
                jobs: int) -> list[FileRecord]:
    """The records of ``paths``, in order, checked by ``jobs`` processes when worth it."""
    size = sum(path.stat().st_size for path in paths if path.is_file())
    if jobs <= 1 or len(paths) < 2 * jobs or size < PARALLEL_BYTES or not _can_fork():
        return [check_file(path, sources, entities) for path in paths]
    global _INHERITED
    _INHERITED = (sources, entities)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            # small chunks keep the workers evenly busy; files differ in size
            found = pool.map(_check_in_worker, paths, chunksize=max(1, len(paths) // (jobs * 16)))
        return [FileRecord.loads(data) for data in found]
    finally:
        _INHERITED = None
