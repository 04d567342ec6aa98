"""The extraction benchmark's corpus: the same bytes for the same seed and size, a valid
corpus of articles a check can read, and the same reading by one worker or two."""

from __future__ import annotations

import hashlib
from pathlib import Path

from checker.bench.extract_bench import measure, write_corpus
from checker.corpus.entities import load_entities
from checker.corpus.sources import load_sources
from checker.problems import Problem


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_the_same_seed_and_size_give_the_same_bytes(tmp_path: Path) -> None:
    sizes = [write_corpus(tmp_path / name, 0.12, seed) for name, seed in
             (("a", 3), ("b", 3), ("c", 4))]
    assert sizes[0] == sizes[1] and all(0.12 <= s < 0.14 for s in sizes)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")


def test_a_corpus_read_alike_by_one_worker_or_two(tmp_path: Path) -> None:
    megabytes = write_corpus(tmp_path, 0.12)
    problems: list[Problem] = []
    sources = load_sources(tmp_path / "sources", problems)
    load_entities(tmp_path / "claims", sources, problems)
    assert problems == []
    assert len([s for s in sources if s.startswith("generated-")]) >= 5
    one, two = measure(tmp_path, 1), measure(tmp_path, 2)
    assert one["megabytes"] == two["megabytes"] == megabytes
    assert one["drafts"] == two["drafts"] > 300
