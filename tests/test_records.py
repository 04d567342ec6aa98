"""Comparing from records skips the groups that cannot conflict, and nothing else: on the
bundled corpus and on a generated one (planted conflicts and misspelt names), it finds
exactly what comparing every rebuilt claim finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.bench.generate import generate
from checker.compare import compare_claims, compare_records
from checker.conflict import Conflict
from checker.corpus.entities import load_entities
from checker.corpus.records import Claims, load_records
from checker.corpus.sources import load_sources
from checker.problems import Problem

ROOT = Path(__file__).resolve().parent.parent


def _shown(conflicts: list[Conflict]) -> list[tuple[str, str, tuple[tuple[str, ...], ...]]]:
    return [(c.id, c.explanation,
             tuple(tuple(f"{a.path}:{a.line}" for a in v.claims) for v in c.values))
            for c in conflicts]


def _both_ways(sources_dir: Path, claims_dir: Path) -> tuple[list[Conflict], list[Conflict]]:
    problems: list[Problem] = []
    sources = load_sources(sources_dir, problems)
    entities = load_entities(claims_dir, sources, problems)
    claims = Claims(load_records(claims_dir, sources, entities, problems), sources, entities)
    skipping = compare_records(claims, entities)
    every = compare_claims(list(Claims(claims.records, sources, entities)), entities)
    return skipping, every


@pytest.mark.parametrize("corpus", ["bundled", "generated"])
def test_records_find_what_every_claim_finds(corpus: str, tmp_path: Path) -> None:
    if corpus == "bundled":
        sources_dir, claims_dir = ROOT / "sources", ROOT / "claims"
    else:
        generate(tmp_path, 2000, seed=7)
        sources_dir, claims_dir = tmp_path / "sources", tmp_path / "claims"
    skipping, every = _both_ways(sources_dir, claims_dir)
    assert any(c.kind == "spelling" for c in every)
    assert _shown(skipping) == _shown(every)


def test_a_lone_misspelt_name_is_still_compared(tmp_path: Path) -> None:
    """One claim, one spelling, not an accepted one: a group of one that must be compared."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("Drew Danniels shot the film.\n",
                                                encoding="utf-8")
    (tmp_path / "claims" / "entities.yaml").write_text(
        "entities:\n  - name: Drew Daniels\n    kind: person\n", encoding="utf-8")
    (tmp_path / "claims" / "a.yaml").write_text(
        "claims:\n  - id: n1\n    subject: Drew Daniels\n    property: name\n"
        "    value: {kind: name, name: Drew Danniels}\n    quote: Drew Danniels\n"
        "    status: reviewed\n", encoding="utf-8")
    skipping, every = _both_ways(tmp_path / "sources", tmp_path / "claims")
    assert [c.kind for c in skipping] == ["spelling"]
    assert _shown(skipping) == _shown(every)
