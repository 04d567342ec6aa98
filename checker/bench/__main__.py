"""`python -m checker.bench` (and `nox -s bench`): the figures of the scale issue.

For synthetic corpora of about 1,000 / 10,000 / 100,000 / 300,000 claims, in one run:

- cold check time (empty cache), and its ratio to the time PyYAML's C loader alone takes to
  read and parse the same claim files: the floor for YAML input;
- warm check time with nothing changed, and after editing one claim file, each as a ratio to
  the cold time;
- peak memory of the cold check (its workers included);

then the spelling audit on about 100,000 names against all-pairs rapidfuzz, and extraction
throughput. Each check runs in a fresh process, timed inside it (interpreter start-up is not
the check's). The machines are shared and noisy: the ratios, measured in one run, are the
figures that count.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from checker.bench.generate import generate

SIZES = (1_000, 10_000, 100_000, 300_000)
TARGETS = {"cold": 1.3, "warm": 0.05, "edit": 0.10, "peak_mib": 2048.0}


def c_loader_seconds(claims: Path) -> float:
    paths = sorted(claims.glob("*.yaml"))
    gc.collect()
    started = time.perf_counter()
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - started


def measured_check(root: Path) -> dict[str, Any]:
    args = ["check", "--format", "json", "--sources", str(root / "sources"),
            "--claims", str(root / "claims")]
    done = subprocess.run([sys.executable, "-m", "checker.bench.once", *args],
                          capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def edit_one_claim_file(claims: Path) -> None:
    path = sorted(claims.glob("s*.yaml"))[len(list(claims.glob("s*.yaml"))) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: reviewed", "status: draft", 1), encoding="utf-8")


def scale(size: int, folder: Path) -> dict[str, Any]:
    root = folder / f"corpus-{size}"
    planted = generate(root, size, seed=size)
    parse = c_loader_seconds(root / "claims")
    cold = measured_check(root)
    warm = measured_check(root)
    edit_one_claim_file(root / "claims")
    edited = measured_check(root)
    return {
        "claims": size, "planted_conflicts": len(planted.conflicts), "c_loader": parse,
        "cold": cold["seconds"], "cold_ratio": cold["seconds"] / parse,
        "warm": warm["seconds"], "warm_ratio": warm["seconds"] / cold["seconds"],
        "edit": edited["seconds"], "edit_ratio": edited["seconds"] / cold["seconds"],
        "peak_mib": cold["peak_mib"],
    }


def _mark(value: float, limit: float) -> str:
    return "ok" if value <= limit else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.bench")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--audit-names", type=int, default=100_000)
    parser.add_argument("--skip-audit", action="store_true")
    parser.add_argument("--skip-extract", action="store_true")
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"libyaml {yaml.__with_libyaml__}", flush=True)
    print(f"{'claims':>8} {'C-load s':>9} {'cold s':>8} {'cold/C':>11} {'warm s':>7} "
          f"{'warm/cold':>11} {'edit s':>7} {'edit/cold':>11} {'peak MiB':>13}", flush=True)
    with tempfile.TemporaryDirectory(prefix="source-checker-bench-") as folder:
        for size in args.sizes:
            row = scale(size, Path(folder))
            print(f"{row['claims']:>8,} {row['c_loader']:>9.2f} {row['cold']:>8.2f} "
                  f"{row['cold_ratio']:>6.2f} {_mark(row['cold_ratio'], TARGETS['cold']):>4} "
                  f"{row['warm']:>7.2f} {row['warm_ratio']:>6.1%} "
                  f"{_mark(row['warm_ratio'], TARGETS['warm']):>4} {row['edit']:>7.2f} "
                  f"{row['edit_ratio']:>6.1%} {_mark(row['edit_ratio'], TARGETS['edit']):>4} "
                  f"{row['peak_mib']:>8.0f} {_mark(row['peak_mib'], TARGETS['peak_mib']):>4}",
                  flush=True)
    print("targets: cold/C <= 1.3, warm/cold <= 5 %, edit/cold <= 10 %, peak < 2 GiB",
          flush=True)
    if not args.skip_audit:
        from checker.bench import audit_bench

        figures = audit_bench.run(names=args.audit_names)
        print(f"spelling audit, {args.audit_names:,} names: {figures['audit_seconds']:.1f} s; "
              f"all-pairs cdist {figures['all_pairs_seconds']:.1f} s; "
              f"{figures['speedup']:.0f}x faster (target >= 20x); planted variants found by "
              f"all-pairs {figures['found_by_all_pairs']:.0f}, also by the audit "
              f"{figures['found_by_both']:.0f} ({figures['share_found']:.1%}; target >= 99 %)",
              flush=True)
    if not args.skip_extract:
        from checker.bench import extract_bench

        figures = extract_bench.run()
        print(f"extraction: {figures['megabytes']:.1f} MB of text; one worker "
              f"{figures['mb_per_second_one_worker']:.2f} MB/s; {figures['workers']:.0f} workers "
              f"{figures['mb_per_second_all_workers']:.2f} MB/s = "
              f"{figures['mb_per_second_per_core']:.2f} MB/s per core (target >= 1)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
