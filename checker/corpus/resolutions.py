"""Reading ``claims/resolutions.yaml``: the decisions people made on conflicts.

Each entry is checked on its own, so one malformed resolution is reported at its line and the
others still apply. Whether a resolution matches a conflict is decided later, by the check,
once the conflicts are known.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker import yamlio
from checker.corpus.files import read_yaml
from checker.model.resolutions import CONFLICT_ID, Resolution, ResolutionsFile
from checker.problems import Problem, display_path
from checker.validation import describe_errors

RESOLUTIONS_FILE = "resolutions.yaml"
Position = tuple[int, int]


@dataclass(frozen=True)
class Decision:
    """A resolution as written, with where it is written."""

    conflict_id: str
    resolution: Resolution
    path: str
    line: int
    column: int
    keep_positions: tuple[Position, ...]  # one per kept value, to point at the wrong one


def _check_top_level(data: Any, document: yamlio.Document, where: str,
                     problems: list[Problem]) -> dict[Any, Any] | None:
    """The mapping under ``resolutions:``, or None after reporting what is wrong."""
    entries = data.get("resolutions") if isinstance(data, dict) else None
    top = data
    if isinstance(data, dict) and (entries is None or isinstance(entries, dict)):
        # the entries are checked one by one, by the caller; an empty `resolutions:` is fine
        top = {key: value for key, value in data.items() if key != "resolutions"}
    try:
        ResolutionsFile.model_validate(top)
    except ValidationError as error:
        problems.extend(describe_errors(error, document, where, model=ResolutionsFile))
        return None
    return entries if isinstance(entries, dict) else {}


def _keep_positions(document: yamlio.Document, conflict_id: str,
                    resolution: Resolution) -> tuple[Position, ...]:
    base = ("resolutions", conflict_id, "keep")
    locate = document.positions.locate
    if resolution.keep is None:
        return ()
    if isinstance(resolution.keep, tuple):
        return tuple(locate(document.data, (*base, i)) for i in range(len(resolution.keep)))
    return (locate(document.data, base),)


def load_resolutions(directory: Path, problems: list[Problem]) -> dict[str, Decision]:
    """The decisions of ``directory/resolutions.yaml`` by conflict id (none without the file)."""
    path = directory / RESOLUTIONS_FILE
    if not path.exists():
        return {}
    where = display_path(path)
    document = read_yaml(path, problems)
    if document is None or document.data is None:
        return {}
    entries = _check_top_level(document.data, document, where, problems)
    decisions: dict[str, Decision] = {}
    for conflict_id, entry in (entries or {}).items():
        line, column = document.positions.locate(document.data, ("resolutions", conflict_id))
        if not isinstance(conflict_id, str) or not CONFLICT_ID.match(conflict_id):
            problems.append(Problem(path=where, line=line, column=column, message=(
                f"{str(conflict_id)!r} is not a conflict id; copy the id the report prints "
                "beside the conflict, e.g. red-rocket-year-5e0c2f1a")))
            continue
        try:
            resolution = Resolution.model_validate(entry)
        except ValidationError as error:
            problems.extend(describe_errors(error, document, where, ("resolutions", conflict_id),
                                            model=Resolution))
            continue
        decisions[conflict_id] = Decision(conflict_id, resolution, where, line, column,
                                          _keep_positions(document, conflict_id, resolution))
    return decisions
