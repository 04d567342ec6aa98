"""The check: sources → claims (validated, anchored) → groups → conflicts → resolutions.

The spelling audit is one more step feeding conflicts: it reads the sources' full texts, not
only the claims. Data flows one way; nothing here prints. The result goes to a reporter.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping
from pathlib import Path

from pydantic import BaseModel

from checker import reuse
from checker.audit import with_audit
from checker.cache import Cache
from checker.compare import compare_records
from checker.conflict import Conflict
from checker.corpus.entities import ENTITIES_FILE
from checker.corpus.records import Claims
from checker.corpus.resolutions import Decision, load_resolutions
from checker.corpus.sources import load_sources
from checker.parse.names import name_key
from checker.problems import Problem, display_path
from checker.result import CheckResult, StaleResolution


class UnusableInput(Exception):
    """The check cannot run at all (a missing folder): exit code 2, not a report."""


def _require_folder(path: Path, what: str) -> None:
    if not path.exists():
        raise UnusableInput(f"{what} folder not found: {display_path(path)}")
    if not path.is_dir():
        raise UnusableInput(f"{what} folder expected, but {display_path(path)} is a file")


def _family(conflict_id: str) -> str:
    """The part of an id that names the subject and property, without the values' digest."""
    return conflict_id.rsplit("-", 1)[0]


def _kept_problem(decision: Decision, conflict: Conflict) -> Problem | None:
    """A problem at the first kept value that is not one of the conflict's values."""
    labels = {v.key for v in conflict.values} | {name_key(v.label) for v in conflict.values}
    for kept, (line, column) in zip(decision.resolution.kept, decision.keep_positions,
                                    strict=True):
        if kept not in labels and name_key(kept) not in labels:
            competing = ", ".join(repr(v.label) for v in conflict.values)
            return Problem(path=decision.path, line=line, column=column, message=(
                f"keep: {kept!r} is not one of the competing values of {conflict.id}; "
                f"expected one of {competing}"))
    return None


def _apply(conflicts: list[Conflict], decisions: dict[str, Decision],
           problems: list[Problem]) -> tuple[dict[str, Decision], list[StaleResolution]]:
    """The decisions that resolve a conflict, and those that match none (stale)."""
    by_id = {c.id: c for c in conflicts}
    applied: dict[str, Decision] = {}
    stale = []
    for conflict_id, decision in decisions.items():
        conflict = by_id.get(conflict_id)
        if conflict is None:
            successors = tuple(c for c in conflicts if _family(c.id) == _family(conflict_id))
            stale.append(StaleResolution(decision, successors, frozenset(
                c.id for c in successors if c.id in decisions)))
            continue
        problem = _kept_problem(decision, conflict)
        if problem is not None:
            problems.append(problem)
            continue
        applied[conflict_id] = decision
    return applied, stale


def run_check(sources_dir: Path, claims_dir: Path,
              options: Mapping[str, BaseModel] | None = None, jobs: int = 1,
              cache: Cache | None = None) -> CheckResult:
    """Check the corpus. ``jobs`` processes check the claim files of a large corpus, and a
    ``cache`` gives back what unchanged files gave before; the result is the same for any
    number of jobs, with or without a cache."""
    _require_folder(sources_dir, "sources")
    _require_folder(claims_dir, "claims")
    with _without_cyclic_gc():
        return _check(sources_dir, claims_dir, options, jobs, cache)


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """A check builds millions of small objects and no reference cycles worth collecting:
    the cyclic collector, which would walk them all again and again, waits till the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check(sources_dir: Path, claims_dir: Path, options: Mapping[str, BaseModel] | None,
           jobs: int, cache: Cache | None) -> CheckResult:
    problems: list[Problem] = []
    sources = load_sources(sources_dir, problems)
    inputs = reuse.source_files(sources_dir)
    sources_digest = reuse.digest_of(cache, inputs)
    entities = reuse.entities(claims_dir, sources, problems, cache, sources_digest)
    claims = Claims(reuse.records(claims_dir, sources_dir, inputs, sources, entities, problems,
                                  jobs, cache), sources, entities)
    decisions = load_resolutions(claims_dir, problems)
    conflicts = compare_records(claims, entities, options)
    # a spelling both claimed and read in the texts is one conflict, under the same id
    entities_digest = reuse.digest_of(cache, [claims_dir / ENTITIES_FILE])
    conflicts = with_audit(conflicts, reuse.spelling_audit(
        sources, entities, claims, options, cache,
        f"{display_path(sources_dir)}\0{display_path(claims_dir)}", sources_digest,
        entities_digest))
    applied, stale = _apply(conflicts, decisions, problems)
    if cache is not None:
        cache.save()
    return CheckResult(
        sources=tuple(sources.values()), claims=claims, conflicts=tuple(conflicts),
        decisions=applied, stale=tuple(stale), problems=tuple(sorted(problems)),
    )
