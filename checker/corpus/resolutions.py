"""Reading ``claims/resolutions.yaml``: the decisions people made on conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from checker.corpus.files import read_yaml
from checker.model.resolutions import Resolution, ResolutionsFile
from checker.problems import Problem, display_path
from checker.validation import describe_errors

RESOLUTIONS_FILE = "resolutions.yaml"


@dataclass(frozen=True)
class Decision:
    """A resolution as written, with where it is written."""

    conflict_id: str
    resolution: Resolution
    path: str
    line: int
    column: int
    keep_position: tuple[int, int]


def load_resolutions(directory: Path, problems: list[Problem]) -> dict[str, Decision]:
    path = directory / RESOLUTIONS_FILE
    if not path.exists():
        return {}
    where = display_path(path)
    document = read_yaml(path, problems)
    if document is None or document.data is None:
        return {}
    data = document.data
    entries = data.get("resolutions") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        try:
            ResolutionsFile.model_validate(data)
        except ValidationError as error:
            problems.extend(describe_errors(error, document, where))
        return {}
    try:  # the file's shape and the ids; each entry is validated on its own below
        ResolutionsFile.model_validate({**data, "resolutions": dict.fromkeys(entries, None)})
    except ValidationError as error:
        for problem in describe_errors(error, document, where):
            if "should be a valid dictionary" not in problem.message and \
                    "should be a mapping" not in problem.message:
                problems.append(problem)
    decisions = {}
    for conflict_id, entry in entries.items():
        try:
            resolution = Resolution.model_validate(entry)
        except ValidationError as error:
            problems.extend(describe_errors(error, document, where, ("resolutions", conflict_id)))
            continue
        line, column = document.positions.locate(data, ("resolutions", conflict_id))
        keep = document.positions.locate(data, ("resolutions", conflict_id, "keep"))
        decisions[str(conflict_id)] = Decision(str(conflict_id), resolution, where, line, column,
                                               keep)
    return decisions
