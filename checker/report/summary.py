"""The sentences every report opens and ends with: what was checked, and why it failed."""

from __future__ import annotations

from checker.result import CheckResult


def plural(count: int, noun: str) -> str:
    return f"{count} {noun if count == 1 else noun + 's'}"


def counts(result: CheckResult) -> str:
    """``2 sources and 9 claims (1 invalid): 4 conflicts (2 errors, 1 warning, 1 info),
    1 resolved``."""
    stats = result.stats
    claims = plural(stats["claims"], "claim")
    if stats["invalid_claims"]:
        claims += f" ({stats['invalid_claims']} invalid)"
    text = f"{plural(stats['sources'], 'source')} and {claims}: "
    if not stats["conflicts"]:
        return text + "no conflicts"
    return text + (f"{plural(stats['conflicts'], 'conflict')} ({plural(stats['errors'], 'error')}"
                   f", {plural(stats['warnings'], 'warning')}, {stats['infos']} info), "
                   f"{stats['resolved']} resolved")


def failures(result: CheckResult) -> str:
    """Why the check fails (empty when it passes): ``1 problem in the input files; ...``."""
    reasons = []
    if result.problems:
        reasons.append(plural(len(result.problems), "problem") + " in the input files")
    if result.unresolved_errors:
        reasons.append(plural(len(result.unresolved_errors), "unresolved error-level conflict"))
    return "; ".join(reasons)


PASSED = "all claims valid; no unresolved error-level conflict"
