"""One measured run, in a process of its own: ``python -m checker.bench.once ARGS...`` runs
``source-checker ARGS`` (output discarded) and prints, as JSON, the seconds the run took in
this process (interpreter start-up excluded), its exit code and the process's peak memory."""

from __future__ import annotations

import gc
import io
import json
import resource
import sys
import time

from checker.cli import main


def measure(argv: list[str]) -> dict[str, float]:
    gc.disable()  # as the console script does: see checker.cli.entry
    started = time.perf_counter()
    code = main(argv, stdout=io.StringIO(), stderr=io.StringIO())
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the workers
    return {"seconds": seconds, "code": code, "peak_mib": max(peak_kib, children) / 1024}


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1:])))
