"""Gating a change (``check --base REF``): what the change introduced, compared with the claims
as they were at a git revision.

The corpus at REF is read with ``git ls-tree`` and ``git cat-file`` into a temporary folder (the
person's working tree and index are never touched) and checked the same way as the working
tree. A conflict is the same conflict at both revisions when its id is: ids are made from the
content, so moving, reordering or reformatting claims does not make an old conflict new. A
problem is the same problem when its file, claim and message are, once positions are taken out
of the message, so that a claim moved down the file keeps its old problems old.

The change fails the check only on what it introduced: a problem in the input files that was
not there at REF, or an unresolved error-level conflict that was not one at REF (a new
conflict, or an old one whose resolution the change removed).
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath

from pydantic import BaseModel

from checker.cache import Cache
from checker.check import run_check
from checker.problems import Problem, display_path
from checker.result import BaseComparison, CheckResult, StaleResolution

# "line 12", "line 12:5", "column 3", "12:5": where a message points, which moves with edits
_POSITION = re.compile(r"\b(line|column)s? \d+(?::\d+)?|\b\d+:\d+\b")
_FILE_MODES = {"100644", "100755"}  # regular files; links and submodules are not read


class BaseUnavailable(Exception):
    """The corpus at the base revision cannot be read (no git, not a repository, bad REF)."""


class _GitFailed(Exception):
    pass


def _git(arguments: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    try:
        completed = subprocess.run(["git", *arguments], cwd=cwd, input=stdin,
                                   capture_output=True, check=False)
    except FileNotFoundError:
        raise BaseUnavailable("--base needs git, which is not installed or not on PATH") from None
    if completed.returncode != 0:
        raise _GitFailed(completed.stderr.decode(errors="replace").strip())
    return completed.stdout


def _repository_of(folder: Path) -> Path:
    try:
        top = _git(["rev-parse", "--show-toplevel"], folder.resolve())
    except _GitFailed:
        raise BaseUnavailable(f"--base needs a git repository, and {display_path(folder)} is "
                              "not in one") from None
    return Path(os.fsdecode(top.rstrip(b"\n"))).resolve()


def _commit(ref: str, repository: Path) -> str | None:
    """The commit ``ref`` names; None for ``HEAD`` before the first commit (the pre-commit
    hook's case: everything the first commit adds is new)."""
    try:
        found = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
                     repository)
    except _GitFailed:
        if ref == "HEAD" and not _git(["rev-list", "-n", "1", "--all"], repository).strip():
            return None
        raise BaseUnavailable(f"--base: unknown revision {ref!r}; give a branch, tag or commit "
                              "of this repository (e.g. origin/main, HEAD~1)") from None
    return found.decode().strip()


def _inside(folder: Path, repository: Path) -> str:
    try:
        return folder.resolve().relative_to(repository).as_posix()
    except ValueError:
        raise BaseUnavailable(f"--base: {display_path(folder)} is outside the git repository "
                              f"{display_path(repository)}") from None


def _write_tree(commit: str, repository: Path, paths: list[str], into: Path) -> None:
    """The files under ``paths`` as they were at ``commit``, written below ``into``."""
    listing = _git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", *paths], repository)
    files: list[tuple[str, str]] = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, listed = entry.partition(b"\t")
        mode, kind, oid = meta.decode().split()
        if kind == "blob" and mode in _FILE_MODES:
            files.append((oid, os.fsdecode(listed)))
    if not files:
        return
    contents = _git(["cat-file", "--batch"], repository,
                    stdin="".join(f"{oid}\n" for oid, _ in files).encode())
    offset = 0
    for _, name in files:
        header_end = contents.index(b"\n", offset)
        size = int(contents[offset:header_end].split()[2])
        body = contents[header_end + 1: header_end + 1 + size]
        offset = header_end + 1 + size + 1  # the blob, then a newline
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:  # git never stores these
            continue
        target = into.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)


def identity(problem: Problem) -> tuple[str, str | None, str]:
    """What makes two problems the same one, wherever in the file the claim now stands."""
    return problem.path, problem.claim_id, _POSITION.sub(r"\1 ?", problem.message)


def compare(now: CheckResult, before: CheckResult, ref: str,
            commit: str | None) -> BaseComparison:
    """What ``now`` adds to ``before`` and what it resolves; ``before`` is displayed with the
    same paths as ``now``."""
    earlier = {c.id for c in before.conflicts}
    failing_before = {c.id for c in before.unresolved_errors}
    failing_now = {c.id for c in now.unresolved_errors}
    remaining = Counter(identity(p) for p in before.problems)
    new_problems = []
    for problem in now.problems:
        if remaining[identity(problem)] > 0:
            remaining[identity(problem)] -= 1
        else:
            new_problems.append(problem)
    return BaseComparison(
        ref=ref, commit=commit,
        conflicts_before=len(before.conflicts),
        unresolved_before=len(failing_before),
        problems_before=len(before.problems),
        new_conflicts=frozenset(c.id for c in now.conflicts if c.id not in earlier),
        failing=frozenset(failing_now - failing_before),
        resolved_by_change=tuple(c for c in before.unresolved_errors if c.id not in failing_now),
        new_problems=tuple(new_problems),
        fixed_problems=sum(remaining.values()),
        stale_before=frozenset(s.decision.conflict_id for s in before.stale),
    )


def _as_displayed_now(result: CheckResult, into: Path, repository: Path) -> CheckResult:
    """``result``'s problems with the temporary folder's paths written as the working tree's."""
    shown = display_path(repository)
    prefix = "" if shown == "." else shown.rstrip(os.sep) + os.sep
    temporary = str(into) + os.sep

    def moved(text: str) -> str:
        return text.replace(temporary, prefix)

    problems = tuple(replace(p, path=moved(p.path), message=moved(p.message))
                     for p in result.problems)
    return replace(result, problems=problems)


def run_gate(sources_dir: Path, claims_dir: Path, ref: str,
             options: Mapping[str, BaseModel] | None = None, jobs: int = 1,
             cache: Cache | None = None) -> CheckResult:
    """The check of the working tree, compared with the same check at ``ref`` (which is read
    into a temporary folder, and so never cached)."""
    now = run_check(sources_dir, claims_dir, options, jobs=jobs, cache=cache)
    repository = _repository_of(claims_dir)
    commit = _commit(ref, repository)
    paths = [_inside(sources_dir, repository), _inside(claims_dir, repository)]
    with tempfile.TemporaryDirectory(prefix="source-checker-base-") as folder:
        into = Path(folder)
        try:
            if commit is not None:
                _write_tree(commit, repository, paths, into)
        except _GitFailed as error:
            raise BaseUnavailable(f"--base: cannot read {ref!r}: {error}") from None
        for path in paths:  # a folder the change created did not exist at the base
            into.joinpath(*PurePosixPath(path).parts).mkdir(parents=True, exist_ok=True)
        before = run_check(into.joinpath(*PurePosixPath(paths[0]).parts),
                           into.joinpath(*PurePosixPath(paths[1]).parts), options, jobs=jobs)
        before = _as_displayed_now(before, into, repository)
    return replace(now, base=compare(now, before, ref, commit), stale=_with_values_at_base(
        now, before))


def _with_values_at_base(now: CheckResult, before: CheckResult) -> tuple[StaleResolution, ...]:
    """The stale resolutions, each with its conflict's values at the base when it stood there,
    so that the report can say what the change did to the values decided on."""
    earlier = {c.id: c for c in before.conflicts}
    return tuple(replace(s, values_at_base=tuple(v.label for v in earlier[s.decision.conflict_id]
                                                 .values))
                 if s.decision.conflict_id in earlier else s for s in now.stale)
