"""The sentences a report adds with ``check --base REF``: what the change introduced, what was
already there, and what it resolved. Only what fails is what the change introduced."""

from __future__ import annotations

from checker.conflict import Conflict
from checker.report import summary
from checker.report.summary import plural
from checker.result import BaseComparison, CheckResult, values_text


def comparison(base: BaseComparison, result: CheckResult) -> str:
    """``Compared with main: 14 conflicts before (2 unresolved errors), 1 problem. This change
    brings 1 new conflict (1 unresolved error) and resolves 2; 0 new problems, 1 fixed.``"""
    before = (f"{plural(base.conflicts_before, 'conflict')} before "
              f"({plural(base.unresolved_before, 'unresolved error')}), "
              f"{plural(base.problems_before, 'problem')}")
    new = len(base.new_conflicts)
    return (f"Compared with {base.ref}: {before}. This change brings "
            f"{plural(new, 'new conflict')} ({plural(len(base.failing), 'unresolved error')}) "
            f"and resolves {len(base.resolved_by_change)}; "
            f"{plural(len(base.new_problems), 'new problem')}, "
            f"{len(result.problems) - len(base.new_problems)} already present, "
            f"{base.fixed_problems} fixed.")


def failures(result: CheckResult) -> str:
    """Why the check fails with ``--base``: only what the change introduced."""
    reasons = []
    if result.failing_problems:
        reasons.append(plural(len(result.failing_problems), "new problem")
                       + " in the input files")
    if result.failing_conflicts:
        reasons.append(plural(len(result.failing_conflicts),
                              "new unresolved error-level conflict"))
    assert result.base is not None
    return "; ".join(reasons) + f" since {result.base.ref}"


def passed(base: BaseComparison, result: CheckResult) -> str:
    """Why the check passes with ``--base``, and what is left from before."""
    left = []
    if result.problems:
        left.append(plural(len(result.problems), "problem"))
    if result.unresolved_errors:
        left.append(plural(len(result.unresolved_errors), "unresolved error-level conflict"))
    already = f" ({' and '.join(left)} already present)" if left else ""
    return (f"no new problem and no new unresolved error-level conflict since {base.ref}"
            + already)


def reason(result: CheckResult) -> str:
    """Why the check passes or fails, with or without ``--base``."""
    if result.base is None:
        return summary.PASSED if result.success else summary.failures(result)
    return passed(result.base, result) if result.success else failures(result)


def resolved_title(conflict: Conflict) -> str:
    """A conflict the change resolved, after its id: ``Red Rocket · year: 2021 and 2022``."""
    title = f"{conflict.subject} · {conflict.property}"
    if conflict.scope:
        title += f" ({conflict.scope})"
    return f"{title}: {values_text(conflict)}"
