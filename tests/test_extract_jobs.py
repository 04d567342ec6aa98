"""Extraction in worker processes gives what extraction in process gives: the same drafts in
the same order, so the same files, byte for byte, and the same listing."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from checker.cli import main
from checker.corpus.entities import load_entities
from checker.corpus.sources import load_sources
from checker.extract import extract, parallel
from checker.extract.parallel import extract_all
from checker.extract.yamltext import claim_text, entity_text
from checker.problems import Problem

REPO = Path(__file__).resolve().parent.parent
UNSEEN = REPO / "tests" / "extract" / "unseen"


def _corpus(folder: Path) -> Path:
    """The bundled articles and the unseen review, with the entities file and one reviewed
    claim file: extraction adds to it, and makes the others."""
    shutil.copytree(REPO / "sources", folder / "sources")
    for path in (UNSEEN / "sources").iterdir():
        shutil.copy(path, folder / "sources" / path.name)
    (folder / "claims").mkdir()
    for name in ("entities.yaml", "dear-producer-alex-coco.yaml"):
        shutil.copy(REPO / "claims" / name, folder / "claims" / name)
    return folder


def _extract(folder: Path, jobs: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(folder)
    stdout, stderr = io.StringIO(), io.StringIO()
    code = main(["extract", "--jobs", str(jobs)], stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_one_worker_or_two_write_the_same_files(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = _corpus(tmp_path / "one"), _corpus(tmp_path / "two")
    assert parallel._can_fork()  # so that two jobs do run in two workers
    in_process = _extract(one, 1, monkeypatch)
    in_workers = _extract(two, 2, monkeypatch)
    assert in_workers == in_process
    code, stdout, stderr = in_process
    assert (code, stderr) == (0, "")
    assert stdout.count(": added ") == 6  # the entities file and the five claim files
    assert _files(two) == _files(one)
    assert _files(one) != _files(_corpus(tmp_path / "untouched"))


def test_workers_return_the_extractions_of_the_sources_in_order(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    problems: list[Problem] = []
    sources = load_sources(folder / "sources", problems)
    entities = load_entities(folder / "claims", sources, problems)
    chosen = [sources[i] for i in sorted(sources)]
    expected = [extract(source, entities) for source in chosen]
    assert parallel._can_fork()
    for jobs in (2, 3):
        found = extract_all(chosen, entities, jobs)
        assert [x.source for x in found] == chosen
        for got, wanted in zip(found, expected, strict=True):
            assert [(claim_text(d.claim, ""), d.passage.start, d.passage.end, d.passage.line)
                    for d in got.drafts] == \
                [(claim_text(d.claim, ""), d.passage.start, d.passage.end, d.passage.line)
                 for d in wanted.drafts]
            assert [entity_text(e, "") for e in got.entities] == \
                [entity_text(e, "") for e in wanted.entities]
            assert got.refused == wanted.refused
    assert sum(len(x.drafts) for x in expected) > 200  # drafts enough to compare
