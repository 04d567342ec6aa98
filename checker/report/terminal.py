"""The terminal report, for people: problems first, then conflicts grouped by severity, each
with its competing values side by side and, under each, the passages that assert it."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from checker.conflict import Conflict, Severity
from checker.corpus.claims import AnchoredClaim
from checker.report.excerpt import excerpt
from checker.result import CheckResult

MAX_COLUMNS = 3
MIN_COLUMN = 28
HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}


@dataclass(frozen=True)
class Style:
    color: bool = False

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def severity(self, severity: Severity, text: str) -> str:
        return self._wrap({"error": "1;31", "warning": "1;33", "info": "1;36"}[severity.value],
                          text)

    def quote(self, text: str) -> str:
        return self._wrap("4", text) if self.color else f"«{text}»"


def _cell(claim: AnchoredClaim, style: Style) -> list[str]:
    passage = claim.passage
    where = f"{claim.source.id} {passage.line}:{passage.column}"
    if passage.section_label:
        where += f" ({passage.section_label})"
    found = excerpt(passage)
    sentence = f"{found.before}{style.quote(found.quote) if not style.color else found.quote}" \
               f"{found.after}"
    return [where, f"“{sentence}”" if not style.color else sentence,
            f"{claim.path}:{claim.line}" + ("" if claim.claim.status == "reviewed" else " draft")]


def _columns(cells: Sequence[tuple[str, list[list[str]]]], width: int, style: Style) -> list[str]:
    """Lay out competing values side by side: a header, then each claim's paragraphs."""
    lines: list[str] = []
    per_row = max(1, min(MAX_COLUMNS, len(cells), (width - 2) // (MIN_COLUMN + 3)))
    for row_start in range(0, len(cells), per_row):
        row = cells[row_start: row_start + per_row]
        column_width = (width - 2 - 3 * (len(row) - 1)) // len(row)
        wrapped: list[list[str]] = []
        for header, claims in row:
            column = textwrap.wrap(header, column_width) or [""]
            column.append("─" * min(column_width, max(len(header), 4)))
            for paragraphs in claims:
                for paragraph in paragraphs:
                    column.extend(textwrap.wrap(paragraph, column_width) or [""])
                column.append("")
            wrapped.append(column)
        height = max(len(c) for c in wrapped)
        for index in range(height):
            parts = [(c[index] if index < len(c) else "").ljust(column_width) for c in wrapped]
            lines.append(("  " + " │ ".join(parts)).rstrip())
        if row_start + per_row < len(cells):
            lines.append("")
    return lines


def _conflict(conflict: Conflict, result: CheckResult, width: int, style: Style) -> list[str]:
    title = f"{conflict.subject} · {conflict.property}"
    if conflict.scope:
        title += f" ({conflict.scope})"
    head = f"{style.severity(conflict.severity, conflict.severity.value)}  {style.bold(title)}" \
           f"  {style.dim(conflict.id)}"
    lines = [head, *textwrap.wrap(conflict.explanation, width - 2, initial_indent="  ",
                                  subsequent_indent="  ")]
    decision = result.decision(conflict)
    if decision is not None:
        verdict = "all values acceptable" if decision.resolution.accept_all else \
            "keep " + ", ".join(decision.resolution.kept)
        lines.extend(textwrap.wrap(f"resolved ({verdict}): {decision.resolution.reason}",
                                   width - 2, initial_indent="  ", subsequent_indent="    "))
    lines.append("")
    cells = []
    for value in conflict.values:
        claims = [_cell(c, style) for c in value.claims] or [["(entities.yaml)"]]
        cells.append((value.label, claims))
    lines.extend(_columns(cells, width, style))
    return lines


def render(result: CheckResult, stream: TextIO, width: int = 100, color: bool = False) -> None:
    style = Style(color)
    stats = result.stats
    out: list[str] = [
        f"Checked {stats['sources']} sources and {stats['claims']} claims: "
        f"{stats['conflicts']} conflicts ({stats['errors']} errors, {stats['warnings']} "
        f"warnings, {stats['infos']} info), {stats['resolved']} resolved.",
        "",
    ]
    if result.problems:
        out.append(style.bold(f"Invalid input ({len(result.problems)})"))
        out.extend(f"  {problem}" for problem in result.problems)
        out.append("")
    for severity in Severity:
        conflicts = [c for c in result.conflicts if c.severity is severity]
        if not conflicts:
            continue
        out.append(style.bold(f"{HEADINGS[severity]} ({len(conflicts)})"))
        out.append("")
        for conflict in conflicts:
            out.extend(_conflict(conflict, result, width, style))
    if result.stale:
        out.append(style.bold(f"Stale resolutions ({len(result.stale)})"))
        for stale in result.stale:
            decision = stale.decision
            text = f"  {decision.path}:{decision.line}: {decision.conflict_id} matches no " \
                   "conflict" + (f"; {stale.hint}" if stale.hint else "")
            out.append(text)
        out.append("")
    if result.success:
        out.append(style.bold("PASS") + ": all claims valid; no unresolved error-level conflict.")
    else:
        reasons = []
        if result.problems:
            reasons.append(f"{len(result.problems)} problems in the input")
        if result.unresolved_errors:
            reasons.append(f"{len(result.unresolved_errors)} unresolved error-level conflicts")
        out.append(style.bold("FAIL") + ": " + "; ".join(reasons) + ".")
    stream.write("\n".join(out) + "\n")
