"""Claim files checked into records: small, picklable, cached by content, made in parallel.

Checking a claim file yields a :class:`FileRecord`: its problems and, for every valid claim,
a :class:`ClaimRecord` holding the claim as written (what it was validated from), the names
it resolved to, where its passage and the claim itself are, the question it answers (its
comparison group) and what it states (its statement). Records hold only plain values, so they
travel between processes and into the cache for about a microsecond a claim, where the
validated models would cost ten.

Records are turned back into :class:`~checker.corpus.claims.AnchoredClaim` objects only where
something needs them: a group whose claims state different things, a report listing every
claim. Identical statements never conflict, so most groups are never rebuilt.
"""

from __future__ import annotations

import json
import marshal
import pickle
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple, overload

from pydantic import TypeAdapter

from checker.compare import comparator_for
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim, check_claim_file, claim_files
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.model.claims import Claim
from checker.problems import Problem, display_path

_CLAIM = TypeAdapter(Claim)
_SEPARATOR = "\x1f"


class ClaimRecord(NamedTuple):
    """A tuple, not a dataclass: tuples unpickle in C, a hundred thousand in milliseconds."""

    # the claim as written (it validated, so it validates again), kept pickled until it is
    # needed: most never are, and making YAML mappings again would be most of what reading
    # records from the cache costs
    written: bytes
    source_id: str
    subject: str  # canonical names
    work: str | None
    start: int  # the passage, as offsets in the source's text
    end: int
    path: str  # the claim file, as displayed, and where the claim starts in it
    line: int
    column: int
    # the comparator's id and group key as one JSON string (a string hashes and compares
    # faster than nested tuples, and a check groups every record); None: never compared
    group: str | None
    statement: str  # claims with equal statements say the same thing
    property: str
    status: str
    quiet: bool  # raises no conflict alone (see record())


# a plain tuple made a ClaimRecord in C, without the Python-level __new__ of a NamedTuple
_AS_RECORD = partial(tuple.__new__, ClaimRecord)


@dataclass(frozen=True)
class FileRecord:
    path: str
    claims: tuple[ClaimRecord, ...]
    problems: tuple[Problem, ...]

    def dumps(self) -> bytes:
        """The record as bytes, for the cache and from workers: marshal, which reads plain
        tuples back several times faster than pickle reads NamedTuples (a large corpus
        reads a hundred thousand records on every run)."""
        return marshal.dumps((self.path, [tuple(c) for c in self.claims],
                              [(p.path, p.line, p.column, p.message, p.claim_id)
                               for p in self.problems]))

    @classmethod
    def loads(cls, data: bytes) -> FileRecord:
        path, claims, problems = marshal.loads(data)
        return cls(path, tuple(map(_AS_RECORD, claims)), tuple(
            Problem(path=p[0], line=p[1], column=p[2], message=p[3], claim_id=p[4])
            for p in problems))


def statement(item: Any, claim: AnchoredClaim, module: ModuleType | None) -> str:
    """What a claim states, apart from where it says it: two claims with equal statements
    never disagree, whatever the comparator. A comparator that reads more than the claim
    (an age's year, from the source's date) says so with a ``context(claim)`` function.

    The value is taken as written (sorted keys, each value's repr): two ways of writing one
    value ("6000000", "6000000.0") make different statements, which only costs comparing
    them; one writing never stands for two values."""
    value = claim.claim
    work = claim.work_entity.name if claim.work_entity else ""
    context = getattr(module, "context", None)
    written = item.get("value") if isinstance(item, dict) else None
    shown = repr(sorted(written.items())) if isinstance(written, dict) else \
        value.value.model_dump_json()
    return _SEPARATOR.join((
        claim.subject.name, value.property, shown, value.scope or "", str(value.approximate),
        value.bound or "", value.as_of or "", value.year_from, work,
        context(claim) if context is not None else "",
    ))


def record(item: Any, claim: AnchoredClaim, entities: EntityIndex) -> ClaimRecord:
    """The claim's record. It is ``quiet`` unless its comparator finds conflicts in a group
    that states one thing (``LONE_STATEMENTS_CONFLICT``: a misspelt name against the
    canonical one) and its ``quiet(claim, entities)`` does not clear this claim."""
    module = comparator_for(claim)
    lone = getattr(module, "LONE_STATEMENTS_CONFLICT", False)
    clears = getattr(module, "quiet", None)
    return ClaimRecord(
        written=pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL), source_id=claim.source.id,
        subject=claim.subject.name,
        work=claim.work_entity.name if claim.work_entity else None,
        start=claim.passage.start, end=claim.passage.end, path=claim.path, line=claim.line,
        column=claim.column,
        group=json.dumps([module.ID, *module.group_key(claim)]) if module is not None else None,
        statement=statement(item, claim, module), property=claim.claim.property,
        status=claim.claim.status,
        quiet=not lone or (clears is not None and clears(claim, entities)),
    )


def check_file(path: Path, sources: Mapping[str, Source], entities: EntityIndex) -> FileRecord:
    """Check one claim file into a record (a pure function of the files it reads)."""
    problems: list[Problem] = []
    checked = check_claim_file(path, sources, entities, problems)
    return FileRecord(display_path(path),
                      tuple(record(item, claim, entities) for item, claim in checked),
                      tuple(problems))


def load_records(directory: Path, sources: Mapping[str, Source], entities: EntityIndex,
                 problems: list[Problem], jobs: int = 1) -> list[ClaimRecord]:
    """The records of every claim file in ``directory``, in file order, checked by ``jobs``
    processes when the corpus is large; their problems are appended to ``problems``."""
    from checker.corpus.workers import check_files  # workers import this module

    records: list[ClaimRecord] = []
    for checked in check_files(claim_files(directory, problems), sources, entities, jobs):
        records.extend(checked.claims)
        problems.extend(checked.problems)
    return records


class Claims(Sequence[AnchoredClaim]):
    """The valid claims of a check, rebuilt from their records when first asked for."""

    def __init__(self, records: Sequence[ClaimRecord], sources: Mapping[str, Source],
                 entities: EntityIndex) -> None:
        self.records = records
        self._sources = sources
        self._entities = entities
        self._built: dict[int, AnchoredClaim] = {}

    def build(self, index: int) -> AnchoredClaim:
        claim = self._built.get(index)
        if claim is None:
            claim = self._built[index] = self._rebuild(self.records[index])
        return claim

    def _rebuild(self, found: ClaimRecord) -> AnchoredClaim:
        source = self._sources[found.source_id]
        subject = self._entities.resolve(found.subject)
        assert subject is not None  # it resolved when the record was made
        return AnchoredClaim(
            claim=_CLAIM.validate_python(pickle.loads(found.written)), source=source,
            subject=subject,
            passage=Passage(source, found.start, found.end), path=found.path,
            line=found.line, column=found.column,
            work_entity=self._entities.resolve(found.work, ["work"]) if found.work else None,
        )

    @property
    def statuses(self) -> Counter[str]:
        return Counter(r.status for r in self.records)

    def __len__(self) -> int:
        return len(self.records)

    @overload
    def __getitem__(self, index: int) -> AnchoredClaim: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[AnchoredClaim]: ...

    def __getitem__(self, index: int | slice) -> AnchoredClaim | Sequence[AnchoredClaim]:
        if isinstance(index, slice):
            return [self.build(i) for i in range(len(self.records))[index]]
        return self.build(index if index >= 0 else len(self.records) + index)

    def __iter__(self) -> Iterator[AnchoredClaim]:
        return (self.build(i) for i in range(len(self.records)))
