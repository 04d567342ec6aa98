"""The steps of a check that can be taken from the cache, each keyed by what it reads.

- the entities index: ``entities.yaml`` and the sources (alias evidence is looked up in them);
- each claim file's record: the file, its source's text and metadata, and ``entities.yaml``;
- the spelling audit: every source, ``entities.yaml``, the name claims and the options.

Comparing the claims and applying resolutions are cheap once the records are there, and are
done on every run. Without a cache (``cache=None``) every step is computed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from checker import cache as caching
from checker.audit import audit
from checker.cache import Cache
from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim, claim_files
from checker.corpus.entities import ENTITIES_FILE, EntityIndex, load_entities
from checker.corpus.files import listed
from checker.corpus.records import ClaimRecord, Claims, FileRecord
from checker.corpus.sources import META_SUFFIX, Source
from checker.corpus.workers import check_files
from checker.problems import Problem, display_path


def source_files(sources_dir: Path) -> list[Path]:
    """The texts and metadata files in ``sources_dir``: what the sources are read from."""
    return [sources_dir / name for name in listed(sources_dir)
            if name.endswith((".txt", META_SUFFIX))]


def entities(claims_dir: Path, sources: Mapping[str, Source], problems: list[Problem],
             cache: Cache | None, sources_digest: str) -> EntityIndex:
    if cache is None:
        return load_entities(claims_dir, sources, problems)
    slot = display_path(claims_dir)
    entry = caching.key(cache.digest(claims_dir / ENTITIES_FILE), sources_digest)
    found = cache.load("entities", slot, entry)
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], EntityIndex):
        problems.extend(found[1])
        return found[0]
    own: list[Problem] = []
    index = load_entities(claims_dir, sources, own)
    cache.store("entities", slot, entry, (index, own))
    problems.extend(own)
    return index


def records(claims_dir: Path, sources_dir: Path, inputs: Sequence[Path],
            sources: Mapping[str, Source], index: EntityIndex, problems: list[Problem],
            jobs: int, cache: Cache | None) -> list[ClaimRecord]:
    """Every claim file's record, in file order: from the cache where the files it was
    made from are unchanged, checked (in ``jobs`` processes when worth it) where not.
    ``inputs`` are the source files (see :func:`source_files`)."""
    paths = claim_files(claims_dir, problems)
    found: list[FileRecord | None] = [None] * len(paths)
    entries: list[tuple[str, str]] = []  # each file's slot and key
    if cache is not None:
        entities_digest = cache.digest(claims_dir / ENTITIES_FILE)
        # most sources have no metadata: looked up in the listing, not by a failed stat
        present = {p.name for p in inputs}
        for number, path in enumerate(paths):
            source = sources_dir / f"{path.stem}.txt"
            meta = source.with_name(path.stem + META_SUFFIX)
            entries.append((display_path(path), caching.key(
                cache.digest(path), cache.digest(source),
                cache.digest(meta) if meta.name in present else "absent", entities_digest)))
            loaded = cache.load("records", *entries[number])
            found[number] = FileRecord.loads(loaded) if isinstance(loaded, bytes) else None
    missing = [number for number, record in enumerate(found) if record is None]
    checked = check_files([paths[n] for n in missing], sources, index, jobs)
    for number, record in zip(missing, checked, strict=True):
        found[number] = record
        if cache is not None:
            cache.store("records", *entries[number], record.dumps())
    result: list[ClaimRecord] = []
    for each in found:
        assert each is not None
        result.extend(each.claims)
        problems.extend(each.problems)
    return result


def spelling_audit(sources: Mapping[str, Source], index: EntityIndex, claims: Claims,
                   options: Mapping[str, BaseModel] | None, cache: Cache | None,
                   slot: str, sources_digest: str, entities_digest: str) -> list[Conflict]:
    """The audit's conflicts; ``slot`` names the corpus (its folders) in the cache."""
    names = [i for i, r in enumerate(claims.records) if r.property == "name"]
    built = [claims.build(i) for i in names]
    if cache is None:
        return audit(list(sources.values()), index, built, options)
    where = {_claim_ref(claims.records[i]): i for i in names}
    entry = caching.key(sources_digest, entities_digest, repr(sorted(
        (repr(k), repr(v)) for k, v in (options or {}).items())), repr(sorted(
            (r.path, r.line, r.column, r.statement, r.start, r.end)
            for r in (claims.records[i] for i in names))))

    def persistent_load(reference: Any) -> object:
        kind, *rest = reference
        if kind == "source":
            return sources[rest[0]]
        return claims.build(where[(rest[0], rest[1], rest[2])])

    found = cache.load("audit", slot, entry, persistent_load)
    if isinstance(found, list):
        return found
    conflicts = audit(list(sources.values()), index, built, options)

    def persistent_id(thing: object) -> Any:
        if isinstance(thing, Source):
            return ("source", thing.id)
        if isinstance(thing, AnchoredClaim):
            return ("claim", thing.path, thing.line, thing.column)
        return None

    cache.store("audit", slot, entry, conflicts, persistent_id)
    return conflicts


def _claim_ref(record: ClaimRecord) -> tuple[str, int, int]:
    return record.path, record.line, record.column


def digest_of(cache: Cache | None, paths: Sequence[Path]) -> str:
    return cache.digests(paths) if cache is not None else ""
