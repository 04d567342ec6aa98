"""The spelling audit's clustering against all-pairs comparison, on made-up names.

``run(names=100_000)`` makes that many distinct names of people and works
(:class:`~checker.bench.names.NameMaker`), about 1 % of them a planted variant of another
(one letter of its last word changed), and times:

- the audit's clustering, :func:`checker.audit.cluster.cluster`, on their forms (lower case,
  as the audit keys them), in one process (``audit_seconds``), and with as many worker
  processes as the machine has cores sharing its largest index (``audit_seconds_workers``);
- all-pairs comparison: rapidfuzz's ``process.cdist`` over the same forms, every pair scored
  by the optimal string alignment distance (the audit's distance) with a cut-off of two
  edits (the most the audit allows in a word), on all cores, a block of rows at a time so that
  memory stays bounded; the pairs within the cut-off are then checked by the audit's rule,
  :func:`~checker.audit.cluster.is_variant`, so both look for the same kind of pair.

A planted variant is one letter off, so both should find every one the rule accepts; the
figures say how many each finds. All-pairs is quadratic: past ``rows`` names (25,000 by
default) it compares a fixed random sample of that many rows with every name, and its time
is extrapolated to all rows (each row costs the same: it is compared with every name);
``all_pairs_extrapolated`` is then 1, and the planted variants counted are those with a
form among the sampled rows. ``rows=None`` compares every row.
"""

from __future__ import annotations

import os
import random
import time

from checker.audit.cluster import Pair, cluster, is_variant
from checker.bench.names import NameMaker
from checker.parse.names import name_key

PLANTED_SHARE = 0.01
_BLOCK = 256  # rows of the all-pairs matrix computed at once: 25 MB at 100,000 names
_CUTOFF = 2


def _sorted(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def names_with_variants(count: int, seed: int) -> tuple[list[str], set[Pair]]:
    """``count`` distinct forms, people and works half and half, some of them planted
    variants of others; and the planted pairs."""
    rng = random.Random(seed)
    maker = NameMaker(rng)
    planted_count = int(count * PLANTED_SHARE)
    originals = count - planted_count
    names = maker.people(originals // 2) + maker.titles(originals - originals // 2)
    planted = set()
    for name in rng.sample(names, planted_count):
        variant = maker.misspell(name)
        names.append(variant)
        planted.add(_sorted(name_key(name), name_key(variant)))
    return [name_key(n) for n in names], planted


def _all_pairs(forms: list[str], rows: list[int], workers: int) -> set[Pair]:
    """The variant pairs all-pairs comparison finds among ``forms``, for ``rows``."""
    import numpy as np
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found: set[Pair] = set()
    for first in range(0, len(rows), _BLOCK):
        block = [forms[r] for r in rows[first: first + _BLOCK]]
        distances = process.cdist(block, forms, scorer=OSA.distance, score_cutoff=_CUTOFF,
                                  dtype=np.uint8, workers=workers)
        for i, j in zip(*np.nonzero(distances <= _CUTOFF), strict=True):
            a, b = block[i], forms[j]
            if a != b and is_variant(a, b):
                found.add(_sorted(a, b))
    return found


def run(names: int = 100_000, seed: int = 0, rows: int | None = 25_000) -> dict[str, float]:
    """Time the audit's clustering and all-pairs comparison on ``names`` made-up names."""
    forms, planted = names_with_variants(names, seed)
    workers = os.cpu_count() or 1
    started = time.perf_counter()
    clusters = cluster(((f, 1) for f in forms), workers=workers)
    with_workers = time.perf_counter() - started
    started = time.perf_counter()
    clusters = cluster((f, 1) for f in forms)
    audit_seconds = time.perf_counter() - started
    by_audit = {p for c in clusters for p in c.pairs}
    sample = list(range(len(forms)))
    if rows is not None and rows < len(forms):
        sample = sorted(random.Random(seed).sample(sample, rows))
    sampled = len(sample) < len(forms)
    started = time.perf_counter()
    by_all_pairs = _all_pairs(forms, sample, -1)
    all_pairs_seconds = (time.perf_counter() - started) * len(forms) / len(sample)
    if sampled:  # only the planted pairs a sampled row holds can be found
        held = {forms[r] for r in sample}
        planted = {p for p in planted if p[0] in held or p[1] in held}
        by_audit = {p for p in by_audit if p[0] in held or p[1] in held}
    found_by_all_pairs = planted & by_all_pairs
    found_by_both = found_by_all_pairs & by_audit
    return {
        "names": float(len(forms)),
        "workers": float(workers),
        "audit_seconds": audit_seconds,
        "audit_seconds_workers": with_workers,
        "all_pairs_seconds": all_pairs_seconds,
        "all_pairs_rows": float(len(sample)),
        "all_pairs_extrapolated": float(sampled),
        "speedup": all_pairs_seconds / audit_seconds,
        "planted": float(len(planted)),
        "found_by_all_pairs": float(len(found_by_all_pairs)),
        "found_by_both": float(len(found_by_both)),
        "share_found": len(found_by_both) / max(1, len(found_by_all_pairs)),
        "variant_pairs_by_audit": float(len(by_audit)),
        "variant_pairs_by_all_pairs": float(len(by_all_pairs)),
    }


if __name__ == "__main__":
    for size in (20_000, 100_000):
        print(size, run(size), flush=True)
