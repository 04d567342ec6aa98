"""The cache and the workers change how fast a check is, never what it finds.

Every test compares full JSON reports (every conflict with its claims and passages, every
problem) made with and without the cache, cold and warm, with one worker and with two.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, Run

from checker import cache as caching
from checker.bench.generate import generate
from checker.corpus import workers

RunCli = Callable[..., Run]


def _report(run: RunCli, *extra: str) -> tuple[int, str]:
    result = run("check", "--format", "json", *extra)
    assert result.stderr == ""
    return result.code, result.stdout


def _entries(folder: Path) -> list[Path]:
    return [p for p in (folder / ".checker-cache").rglob("*")
            if p.is_file() and p.name != ".gitignore"]


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    for folder in ("sources", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def test_cold_warm_and_uncached_reports_are_identical(run: RunCli, bundled: Path) -> None:
    uncached = _report(run, "--no-cache")
    assert not (bundled / ".checker-cache").exists()
    cold = _report(run)
    assert _entries(bundled)  # records, entities, the audit and the report were kept
    warm = _report(run)
    assert uncached == cold == warm
    assert (bundled / ".checker-cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_an_edited_claim_file_is_checked_again(run: RunCli, bundled: Path) -> None:
    _report(run)
    path = bundled / "claims" / "dear-producer-alex-coco.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "amount: 6000000, currency: USD}\n    quote: He did his calculation",
        "amount: 7000000, currency: USD}\n    quote: He did his calculation"), encoding="utf-8")
    warm = _report(run)
    assert warm == _report(run, "--no-cache")
    assert warm[0] == 1
    assert "not 7,000,000" in warm[1]


def test_an_edit_that_keeps_size_and_time_is_seen(run: RunCli, bundled: Path) -> None:
    _report(run)
    path = bundled / "claims" / "moviemaker-baker-madison-cover.yaml"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("year: 2021}", "year: 2023}", 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `touch -r` would
    assert path.stat().st_size == before.st_size
    assert _report(run) == _report(run, "--no-cache")


def test_a_corrupted_cache_is_rebuilt_not_trusted(run: RunCli, bundled: Path) -> None:
    expected = _report(run)
    entries = _entries(bundled)
    for number, entry in enumerate(entries):
        data = bytearray(entry.read_bytes())
        if number % 2:
            data[-1] ^= 0xFF  # a flipped bit in the payload
        else:
            data = data[: len(data) // 2]  # a truncated file
        entry.write_bytes(bytes(data))
    assert _report(run) == expected
    assert _report(run) == expected  # and the rebuilt entries are sound
    assert len(_entries(bundled)) == len(entries)


def _headers(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes().partition(b"\n\n")[0] for p in _entries(folder)
            if p.name != "stats.pickle"}


def test_entries_of_other_code_are_not_read(run: RunCli, bundled: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _report(run)
    before = _headers(bundled)
    # another version of the tool: none of the entries kept so far is used
    monkeypatch.setattr(caching, "code_digest", lambda: "another version")
    assert _report(run) == expected
    after = _headers(bundled)
    assert after.keys() == before.keys()  # each slot holds the new version's entry instead,
    assert all(after[p] != before[p] for p in before)  # computed again, not read


def test_the_cache_does_not_grow_with_edits(run: RunCli, bundled: Path) -> None:
    path = bundled / "claims" / "moviemaker-baker-madison-cover.yaml"
    text = path.read_text(encoding="utf-8")
    _report(run)
    count = len(_entries(bundled))
    for year in range(2023, 2027):  # four different contents, four new results
        path.write_text(text.replace("year: 2021}", f"year: {year}}}", 1), encoding="utf-8")
        assert _report(run) == _report(run, "--no-cache")
    assert len(_entries(bundled)) == count


def test_one_worker_or_many_give_the_same_report(run: RunCli, tmp_path: Path) -> None:
    generate(tmp_path, 12_000, seed=5)
    size = sum(p.stat().st_size for p in (tmp_path / "claims").glob("*.yaml"))
    assert size > workers.PARALLEL_BYTES  # large enough for workers to be used,
    assert workers._can_fork()  # and nothing stops them from starting
    one = _report(run, "--no-cache", "--jobs", "1")
    many = _report(run, "--no-cache", "--jobs", "2")
    cached = _report(run, "--jobs", "2"), _report(run, "--jobs", "1")
    assert one == many == cached[0] == cached[1]
    assert json.loads(one[1])["stats"]["conflicts"] > 0
