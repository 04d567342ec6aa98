"""The check: sources → claims (validated, anchored) → groups → conflicts → resolutions.

Data flows one way; nothing here prints. The result goes to a reporter.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel

from checker.compare import compare_claims
from checker.conflict import Conflict
from checker.corpus.claims import load_claims
from checker.corpus.entities import load_entities
from checker.corpus.resolutions import Decision, load_resolutions
from checker.corpus.sources import load_sources
from checker.parse.names import name_key
from checker.problems import Problem, display_path
from checker.result import CheckResult, StaleResolution


class UnusableInput(Exception):
    """The check cannot run at all (a missing folder): exit code 2, not a report."""


def _require_folder(path: Path, what: str) -> None:
    if not path.is_dir():
        raise UnusableInput(f"{what} folder not found: {display_path(path)}")


def _apply(conflicts: list[Conflict], decisions: dict[str, Decision],
           problems: list[Problem]) -> tuple[dict[str, Decision], list[StaleResolution]]:
    by_id = {c.id: c for c in conflicts}
    applied: dict[str, Decision] = {}
    stale = []
    for conflict_id, decision in decisions.items():
        conflict = by_id.get(conflict_id)
        if conflict is None:
            prefix = conflict_id.rsplit("-", 1)[0]
            successors = [c for c in conflicts if c.id.rsplit("-", 1)[0] == prefix]
            hint = ""
            if successors:
                now = "; ".join(", ".join(v.label for v in c.values) for c in successors)
                hint = f"the conflict now stands between: {now} ({successors[0].id})"
            stale.append(StaleResolution(decision, hint))
            continue
        labels = {name_key(v.label) for v in conflict.values} | {v.key for v in conflict.values}
        missing = [k for k in decision.resolution.kept if name_key(k) not in labels
                   and k not in labels]
        if missing:
            line, column = decision.keep_position
            problems.append(Problem(
                path=decision.path, line=line, column=column,
                message=f"keep {missing[0]!r} is not one of the competing values of "
                        f"{conflict_id}: " + ", ".join(repr(v.label) for v in conflict.values),
            ))
            continue
        applied[conflict_id] = decision
    return applied, stale


def run_check(sources_dir: Path, claims_dir: Path,
              options: Mapping[str, BaseModel] | None = None) -> CheckResult:
    _require_folder(sources_dir, "sources")
    _require_folder(claims_dir, "claims")
    problems: list[Problem] = []
    sources = load_sources(sources_dir, problems)
    entities = load_entities(claims_dir, sources, problems)
    claims = load_claims(claims_dir, sources, entities, problems)
    decisions = load_resolutions(claims_dir, problems)
    conflicts = compare_claims(claims, entities, options)
    applied, stale = _apply(conflicts, decisions, problems)
    return CheckResult(
        sources=tuple(sources.values()), claims=tuple(claims), conflicts=tuple(conflicts),
        decisions=applied, stale=tuple(stale), problems=tuple(sorted(problems)),
    )
