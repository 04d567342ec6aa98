"""Golden case folders: the real check on articles the tool has never seen.

Each folder ``tests/cases/<comparator>/{consistent,conflicting}/<case>/`` holds ``sources/``
(article snippets, with optional ``.meta.yaml``) and ``claims/`` (one file per source, plus
``entities.yaml``). The spelling audit, which reads the texts rather than the claims, has its
folders in ``tests/cases/audit/``; its cases may have no claims at all. A conflicting case
also holds ``expected.yaml``:

    conflicts:
      - kind: money
        severity: error
        subject: Harbour Lights
        property: budget
        scope: null
        values: ["$6,000,000", "$8,000,000"]
        claims:                     # optional: which claims stand behind which value
          "$6,000,000": [trade-report/budget]
        mentions:                   # optional: the passages with no claim behind a value,
          "$6,000,000": ["trade-report:3:17"]      # as source:line:column

Every claim must be valid (no input problems), a consistent case must produce no conflict at
all, and a conflicting case exactly the conflicts listed, no more and no fewer.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter

from checker.check import run_check
from checker.compare import COMPARATORS
from checker.conflict import Conflict
from checker.model.values import Value
from checker.result import CheckResult
from checker.vocabulary import PROPERTIES

CASES = Path(__file__).parent / "cases"
OUTCOMES = ("consistent", "conflicting")
AUDIT = "audit"  # the spelling audit's folder: a check that reads the texts, not a comparator
KINDS = (*sorted(COMPARATORS), AUDIT)

ConflictShape = tuple[str, str, str, str, str | None, tuple[str, ...]]


def _case_folders() -> list[Path]:
    return sorted(p for p in CASES.glob("*/*/*") if p.is_dir())


def _case_id(folder: Path) -> str:
    return "/".join(folder.relative_to(CASES).parts)


def _check(folder: Path) -> CheckResult:
    result = run_check(folder / "sources", folder / "claims")
    problems = "\n".join(str(p) for p in result.problems)
    assert not result.problems, f"input problems in {_case_id(folder)}:\n{problems}"
    assert result.claims or folder.parts[-3] == AUDIT, f"{_case_id(folder)} has no claims"
    return result


def _shape(conflict: Conflict) -> ConflictShape:
    labels = tuple(sorted(v.label for v in conflict.values))
    return (conflict.kind, conflict.severity.value, conflict.subject, conflict.property,
            conflict.scope, labels)


def _expected_shape(entry: dict[str, Any]) -> ConflictShape:
    return (entry["kind"], entry["severity"], entry["subject"], entry["property"],
            entry.get("scope"), tuple(sorted(str(v) for v in entry["values"])))


def _describe(shapes: list[ConflictShape]) -> str:
    return "\n".join(f"  {s}" for s in shapes) or "  (none)"


@pytest.mark.parametrize("folder", [p for p in _case_folders() if p.parent.name == "consistent"],
                         ids=_case_id)
def test_consistent_case_has_no_conflicts(folder: Path) -> None:
    result = _check(folder)
    found = sorted(_shape(c) for c in result.conflicts)
    assert not found, f"unexpected conflicts:\n{_describe(found)}"


@pytest.mark.parametrize("folder", [p for p in _case_folders() if p.parent.name == "conflicting"],
                         ids=_case_id)
def test_conflicting_case_has_exactly_the_expected_conflicts(folder: Path) -> None:
    expected_file = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = expected_file["conflicts"]
    assert entries, "a conflicting case must expect at least one conflict"
    result = _check(folder)
    found = sorted(_shape(c) for c in result.conflicts)
    wanted = sorted(_expected_shape(e) for e in entries)
    assert found == wanted, f"expected:\n{_describe(wanted)}\nfound:\n{_describe(found)}"
    by_shape = {_shape(c): c for c in result.conflicts}
    for entry in entries:
        conflict = by_shape[_expected_shape(entry)]
        for label, refs in (entry.get("claims") or {}).items():
            value = next(v for v in conflict.values if v.label == label)
            assert sorted(c.ref for c in value.claims) == sorted(refs), (
                f"claims behind {label!r} in {conflict.id}")
        for label, places in (entry.get("mentions") or {}).items():
            value = next(v for v in conflict.values if v.label == label)
            found_places = [f"{p.source.id}:{p.line}:{p.column}" for p in value.mentions]
            assert sorted(found_places) == sorted(places), f"mentions of {label!r} in {conflict.id}"


@pytest.mark.parametrize("folder", _case_folders(), ids=_case_id)
def test_case_folder_is_well_formed(folder: Path) -> None:
    comparator, outcome, _ = folder.relative_to(CASES).parts
    assert comparator in KINDS, f"{comparator!r} is neither a registered comparator nor the audit"
    assert outcome in OUTCOMES
    assert sorted((folder / "sources").glob("*.txt")), "a case needs at least one source"
    assert (folder / "claims" / "entities.yaml").is_file()
    assert (folder / "expected.yaml").is_file() == (outcome == "conflicting")


@pytest.mark.parametrize("comparator", KINDS)
@pytest.mark.parametrize("outcome", OUTCOMES)
def test_every_comparator_has_cases(comparator: str, outcome: str) -> None:
    folder = CASES / comparator / outcome
    cases = [p for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []
    assert cases, f"no {outcome} case for comparator {comparator!r} in {folder}"


@pytest.mark.parametrize("comparator", sorted(COMPARATORS))
@pytest.mark.parametrize("heading", ["Consistent", "Conflicting"])
def test_docstring_has_an_example_the_comparator_takes(comparator: str, heading: str) -> None:
    module = COMPARATORS[comparator]
    block = re.search(rf"^{heading}[^\n]*::\n\n((?:    .*\n)+)", module.__doc__ or "", re.M)
    assert block, f"{comparator}: no {heading} example in the module docstring"
    claims = yaml.safe_load(textwrap.dedent(block.group(1)))
    assert len(claims) >= 2
    for claim in claims:
        prop = PROPERTIES[claim["property"]]
        assert prop.kind in module.VALUE_KINDS and prop.cardinality in module.CARDINALITIES
        TypeAdapter(Value).validate_python(claim["value"])
