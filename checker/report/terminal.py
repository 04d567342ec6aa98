"""The terminal report, for people: what is invalid first, then the conflicts grouped by
severity, each with its competing values side by side and, under each value, the passages that
assert it; then stale resolutions, and a last line that says PASS or FAIL and why.

    error  Red Rocket · year  red-rocket-year-5e0c2f1a
      the sources give different years, and neither is a coarser form of the other

      2021                              │ 2022
      ────                              │ ────
      moviemaker-cover 12:5             │ thr-making-of 40:17
      “…since «2021’s Red Rocket», …”   │ “…«2022’s Red Rocket» was…”
      claims/moviemaker-cover.yaml:30   │ claims/thr-making-of.yaml:88
"""

from __future__ import annotations

from typing import TextIO

from checker.conflict import Conflict, Severity
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.report import baseline, summary
from checker.report.excerpt import excerpt
from checker.report.layout import (
    CLOSE_QUOTE,
    INDENT,
    OPEN_QUOTE,
    Column,
    Style,
    columns,
    wrap,
)
from checker.result import CheckResult

HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}


def _passage_lines(passage: Passage) -> tuple[str, str]:
    where = f"{passage.source.id} {passage.line}:{passage.column}"
    notes = [passage.section_label or ""] + (["low weight"] if passage.low_weight else [])
    if any(notes):
        where += f" ({', '.join(note for note in notes if note)})"
    found = excerpt(passage)
    return where, f"“{found.before}{OPEN_QUOTE}{found.quote}{CLOSE_QUOTE}{found.after}”"


def _claim_block(claim: AnchoredClaim) -> tuple[str, ...]:
    status = "" if claim.claim.status == "reviewed" else f" ({claim.claim.status})"
    return (*_passage_lines(claim.passage), f"{claim.path}:{claim.line}{status}")


def _mention_block(passage: Passage) -> tuple[str, ...]:
    return (*_passage_lines(passage), "(in the text; no claim)")


def _severity(severity: Severity, style: Style) -> str:
    paint = {Severity.ERROR: style.red, Severity.WARNING: style.yellow, Severity.INFO: style.cyan}
    return paint[severity](severity.value)


def _conflict(conflict: Conflict, result: CheckResult, width: int, style: Style) -> list[str]:
    title = f"{conflict.subject} · {conflict.property}"
    if conflict.scope:
        title += f" ({conflict.scope})"
    decision = result.decision(conflict)
    label = _severity(conflict.severity, style)
    tags = (["new"] if result.is_new(conflict) else []) + \
        (["resolved"] if decision is not None else [])
    plain = f"{conflict.severity.value}  {title}  {conflict.id}"
    if tags:
        severity = style.dim(conflict.severity.value) if decision is not None else label
        paint = style.green if decision is not None else style.bold
        label = f"{severity} {paint('(' + ', '.join(tags) + ')')}"
        plain = plain.replace("  ", f" ({', '.join(tags)})  ", 1)
    head = f"{label}  {style.bold(title)}"
    # the id is what a resolution is keyed by: it goes on a line of its own, never broken
    lines = [f"{head}  {style.dim(conflict.id)}"] if len(plain) <= width else \
        [head, INDENT + style.dim(conflict.id)]
    lines.extend(wrap(conflict.explanation, width))
    if decision is not None:
        resolution = decision.resolution
        lines.extend(wrap(f"resolved: {resolution.verdict}", width))
        signed = ", ".join(str(part) for part in (resolution.by, resolution.decided) if part)
        reason = resolution.reason + (f" ({signed})" if signed else "")
        lines.extend(wrap(reason, width, indent="    ", hanging="    "))
    lines.append("")
    values = [Column(value.label, tuple(_claim_block(c) for c in value.claims)
                     + tuple(_mention_block(p) for p in value.mentions)
                     or (("(canonical name in entities.yaml)",),))
              for value in conflict.values]
    lines.extend(columns(values, width, style))
    lines.append("")
    return lines


def _verdict(result: CheckResult, style: Style) -> str:
    verdict = style.green("PASS") if result.success else style.red("FAIL")
    return f"{verdict}: {baseline.reason(result)}."


def _problems(result: CheckResult, width: int, style: Style) -> list[str]:
    """Invalid input; with ``--base``, what the change introduced apart from what was there."""
    out = []
    for heading, problems in result.problem_groups:
        if problems:
            out.append(style.bold(f"{heading} ({len(problems)})"))
            for problem in problems:
                out.extend(wrap(str(problem), width, hanging="    "))
            out.append("")
    return out


def _resolved_by_change(result: CheckResult, width: int, style: Style) -> list[str]:
    if result.base is None or not result.base.resolved_by_change:
        return []
    out = [style.bold(f"Resolved by this change ({len(result.base.resolved_by_change)})")]
    for conflict in result.base.resolved_by_change:
        out.extend(wrap(f"{conflict.id}  {baseline.resolved_title(conflict)}", width,
                        hanging="    "))
    return [*out, ""]


def render(result: CheckResult, stream: TextIO, width: int = 100, color: bool = False) -> None:
    style = Style(color)
    out = wrap(f"Checked {summary.counts(result)}.", width, indent="", hanging="")
    if result.base is not None:
        out.extend(wrap(baseline.comparison(result.base, result), width, indent="",
                        hanging=""))
    out.append("")
    out.extend(_problems(result, width, style))
    for severity in Severity:
        # unresolved first, new first: they are what the reader has to act on
        conflicts = sorted((c for c in result.conflicts if c.severity is severity),
                           key=lambda c: (result.resolved(c), not result.is_new(c)))
        if not conflicts:
            continue
        resolved = sum(1 for c in conflicts if result.resolved(c))
        new = sum(1 for c in conflicts if result.is_new(c))
        count = str(len(conflicts)) + (f", {resolved} resolved" if resolved else "") + \
            (f", {new} new" if new else "")
        out.extend([style.bold(f"{HEADINGS[severity]} ({count})"), ""])
        for conflict in conflicts:
            out.extend(_conflict(conflict, result, width, style))
    out.extend(_resolved_by_change(result, width, style))
    if result.stale:
        out.append(style.bold(f"Stale resolutions ({len(result.stale)})"))
        for stale in result.stale:
            decision = stale.decision
            out.extend(wrap(f"{decision.path}:{decision.line}:{decision.column}: "
                            f"{decision.conflict_id} matches no conflict; {stale.hint}",
                            width, hanging="    "))
        out.append("")
    out.append(_verdict(result, style))
    stream.write("\n".join(out) + "\n")
