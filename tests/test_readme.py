"""The README documents the vocabulary, units, roles and exit codes as the code defines them."""

from __future__ import annotations

import re

from conftest import REPO

from checker.cli import ExitCode
from checker.roles import ROLES
from checker.units import UNITS
from checker.vocabulary import PROPERTIES

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_property_is_documented_with_its_kind_and_cardinality() -> None:
    rows = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(
        r"^\| `(\w+)` \| (\w+) \| (single|many|none) \|", README, re.MULTILINE)}
    assert rows == {p.name: (p.kind, p.cardinality) for p in PROPERTIES.values()}


def test_every_unit_and_known_role_is_listed() -> None:
    units = README.split("Units: ", 1)[1].split(". Roles", 1)[0]
    assert re.findall(r"`([^`]+)`", units) == list(UNITS)
    roles = README.split("The known ones are ", 1)[1].split(". Each has", 1)[0]
    assert re.findall(r"`([^`]+)`", roles) == list(ROLES)


def test_exit_codes_are_documented() -> None:
    table = README.split("### Exit codes", 1)[1].split("\n\n", 2)[1]
    assert [int(c) for c in re.findall(r"^\| (\d) \|", table, re.MULTILINE)] == \
        [int(code) for code in ExitCode]
