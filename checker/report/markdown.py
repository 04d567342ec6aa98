"""Markdown, for files and pull-request comments: one table per conflict, a column per
competing value, so the passages read side by side."""

from __future__ import annotations

from typing import TextIO

from checker.conflict import Conflict, Severity
from checker.corpus.claims import AnchoredClaim
from checker.report.excerpt import excerpt
from checker.result import CheckResult

HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}


def escape(text: str) -> str:
    """Text safe inside a table cell: no pipes, no HTML, no line breaks."""
    for char, replacement in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"),
                              ("*", "\\*"), ("_", "\\_"), ("`", "\\`"), ("[", "\\[")):
        text = text.replace(char, replacement)
    return " ".join(text.split())


def _cell(claim: AnchoredClaim) -> str:
    passage = claim.passage
    found = excerpt(passage)
    where = f"**{escape(claim.source.title)}** (`{claim.source.id}` {passage.line}:" \
            f"{passage.column})"
    if passage.section_label:
        where += f", {escape(passage.section_label)}"
    status = "" if claim.claim.status == "reviewed" else " — draft"
    return (f"{where}<br>“{escape(found.before)}**{escape(found.quote)}**{escape(found.after)}”"
            f"<br><sub>{escape(claim.path)}:{claim.line}{status}</sub>")


def _conflict(conflict: Conflict, result: CheckResult) -> list[str]:
    title = f"{conflict.subject} · {conflict.property}"
    if conflict.scope:
        title += f" ({conflict.scope})"
    lines = [f"#### {escape(title)}", "",
             f"`{conflict.id}` · {conflict.severity.value} · {conflict.kind} — "
             f"{escape(conflict.explanation)}", ""]
    decision = result.decision(conflict)
    if decision is not None:
        verdict = "all values acceptable" if decision.resolution.accept_all else \
            "keep " + ", ".join(decision.resolution.kept)
        lines += [f"> **Resolved** ({escape(verdict)}): {escape(decision.resolution.reason)}", ""]
    lines.append("| " + " | ".join(escape(v.label) for v in conflict.values) + " |")
    lines.append("|" + "---|" * len(conflict.values))
    depth = max(len(v.claims) for v in conflict.values)
    for row in range(depth):
        cells = [_cell(v.claims[row]) if row < len(v.claims) else
                 ("*canonical name in entities.yaml*" if not v.claims and row == 0 else "")
                 for v in conflict.values]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def render(result: CheckResult, stream: TextIO) -> None:
    stats = result.stats
    status = "✅ pass" if result.success else "❌ fail"
    out = [
        "# Source consistency report", "",
        f"**{status}** — {stats['sources']} sources, {stats['claims']} claims, "
        f"{stats['conflicts']} conflicts ({stats['errors']} errors, {stats['warnings']} warnings, "
        f"{stats['infos']} info), {stats['resolved']} resolved, "
        f"{stats['unresolved_errors']} unresolved errors.", "",
    ]
    if result.problems:
        out += [f"## Invalid input ({len(result.problems)})", ""]
        out += [f"- `{p.path}:{p.line}:{p.column}` {escape(p.message)}" for p in result.problems]
        out.append("")
    for severity in Severity:
        conflicts = [c for c in result.conflicts if c.severity is severity]
        if conflicts:
            out += [f"## {HEADINGS[severity]} ({len(conflicts)})", ""]
            for conflict in conflicts:
                out += _conflict(conflict, result)
    if result.stale:
        out += [f"## Stale resolutions ({len(result.stale)})", ""]
        for stale in result.stale:
            hint = f" — {escape(stale.hint)}" if stale.hint else ""
            out.append(f"- `{stale.decision.conflict_id}` ({stale.decision.path}:"
                       f"{stale.decision.line}) matches no conflict{hint}")
        out.append("")
    stream.write("\n".join(out).rstrip("\n") + "\n")
