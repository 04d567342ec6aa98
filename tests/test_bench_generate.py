"""The synthetic corpus generator: deterministic, in the real formats, and the check finds
exactly what it planted (and nothing else) at a small size."""

from __future__ import annotations

import hashlib
from pathlib import Path

from checker.bench.generate import generate
from checker.check import run_check


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_the_same_arguments_give_the_same_bytes(tmp_path: Path) -> None:
    generate(tmp_path / "a", 400, seed=3)
    generate(tmp_path / "b", 400, seed=3)
    generate(tmp_path / "c", 400, seed=4)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_the_check_finds_what_was_planted_and_nothing_else(tmp_path: Path) -> None:
    planted = generate(tmp_path, 3000, seed=1)
    assert planted.conflicts and planted.variants
    result = run_check(tmp_path / "sources", tmp_path / "claims")
    assert result.problems == ()
    assert len(result.claims) == 3000
    found = {(c.subject, c.property) for c in result.conflicts if c.kind != "spelling"}
    assert found == planted.conflicts
    variants = {(c.subject, frozenset(v.label for v in c.values))
                for c in result.conflicts if c.kind == "spelling"}
    expected = set()
    for name, misspelt in planted.variants:
        good = next(w for w, m in zip(name.split(), misspelt.split(), strict=True) if w != m)
        bad = next(m for w, m in zip(name.split(), misspelt.split(), strict=True) if w != m)
        expected.add((name, frozenset({good, bad})))
    assert variants == expected
