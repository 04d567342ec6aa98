"""Shared fixtures: real files in a temporary folder, and the CLI run in process."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.cli import main

REPO = Path(__file__).resolve().parent.parent
# two sources that agree: a corpus whose check passes
AGREEING = {
    "sources/a.txt": "Dry Season cost $2 million to make.\n",
    "sources/b.txt": "The $2 million budget of Dry Season went on the boat.\n",
    "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
    "claims/a.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million"}
        """,
    "claims/b.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million budget"}
        """,
}


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run the CLI in ``tmp_path`` (so reported paths are relative) and capture its output."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def invoke(*argv: str) -> Run:
        stdout, stderr = io.StringIO(), io.StringIO()
        code = main(list(argv), stdout=stdout, stderr=stderr)
        return Run(code, stdout.getvalue(), stderr.getvalue())

    return invoke


@pytest.fixture
def corpus(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write files (path relative to tmp_path → text, dedented) and return tmp_path."""

    def write(files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        (tmp_path / "sources").mkdir(exist_ok=True)
        (tmp_path / "claims").mkdir(exist_ok=True)
        return tmp_path

    return write
