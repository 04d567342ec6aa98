"""GitHub-flavoured Markdown, for files and pull-request comments: one table per conflict, a
column per competing value, so that the passages read side by side.

Article text is untrusted: every piece of it goes through :func:`escape`, so that a ``|``
cannot split a table cell, ``<script>`` shows as text, and ``*``, ``_``, ``$`` or backticks
in a quote do not turn the rest of a cell into emphasis, maths or code.
"""

from __future__ import annotations

import re
from typing import TextIO

from checker.conflict import Conflict, Severity
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.report import baseline, summary
from checker.report.excerpt import excerpt
from checker.result import CheckResult

HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}
# Punctuation that means something inside a line to GitHub's renderer (emphasis, code, links,
# table cells, maths, strikethrough); a backslash makes it literal.
_SPECIAL = re.compile(r"([\\`*_\[\]|$~])")


def escape(text: str) -> str:
    """Text safe inside a table cell: no markup, no HTML, no line breaks. Runs of white space
    become one space; a leading or trailing space is kept, as it separates words."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"\s+", " ", text)


def code(text: str) -> str:
    """``text`` as inline code (for paths and ids); a longer fence when it holds a backtick."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _passage_cell(passage: Passage) -> str:
    found = excerpt(passage)
    where = f"**{escape(passage.source.title)}** ({code(passage.source.id)} " \
            f"{passage.line}:{passage.column})"
    if passage.section_label:
        where += f", {escape(passage.section_label)}"
    if passage.low_weight:
        where += " (low weight)"
    sentence = f"{escape(found.before)}<b>{escape(found.quote)}</b>{escape(found.after)}"
    return f"{where}<br>“{sentence}”"


def _cell(claim: AnchoredClaim) -> str:
    status = "" if claim.claim.status == "reviewed" else f" · {claim.claim.status}"
    return (f"{_passage_cell(claim.passage)}<br><sub>{escape(claim.path)}:{claim.line}{status}"
            "</sub>")


def _mention_cell(passage: Passage) -> str:
    return f"{_passage_cell(passage)}<br><sub>in the text; no claim</sub>"


def _conflict(conflict: Conflict, result: CheckResult) -> list[str]:
    title = f"{conflict.subject} · {conflict.property}"
    if conflict.scope:
        title += f" ({conflict.scope})"
    new = " · **new**" if result.is_new(conflict) else ""
    lines = [f"### {escape(title)}", "",
             f"**{conflict.severity.value}**{new} ({conflict.kind}) {code(conflict.id)}: "
             f"{escape(conflict.explanation)}", ""]
    decision = result.decision(conflict)
    if decision is not None:
        resolution = decision.resolution
        signed = ", ".join(str(part) for part in (resolution.by, resolution.decided) if part)
        lines += [f"> **Resolved: {escape(resolution.verdict)}.** {escape(resolution.reason)}"
                  + (f" ({escape(signed)})" if signed else ""), ""]
    lines.append("| " + " | ".join(escape(v.label) for v in conflict.values) + " |")
    lines.append("|" + " --- |" * len(conflict.values))
    stacks = [[_cell(c) for c in v.claims] + [_mention_cell(p) for p in v.mentions]
              or ["*canonical name in entities.yaml*"] for v in conflict.values]
    for row in range(max(len(stack) for stack in stacks)):
        cells = [stack[row] if row < len(stack) else "" for stack in stacks]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def _problems(result: CheckResult) -> list[str]:
    """Invalid input; with ``--base``, what the change introduced apart from what was there."""
    out = []
    for heading, problems in result.problem_groups:
        if problems:
            out += [f"## {heading} ({len(problems)})", ""]
            out += [f"- {code(f'{p.path}:{p.line}:{p.column}')} {escape(p.message)}"
                    for p in problems]
            out.append("")
    return out


def render(result: CheckResult, stream: TextIO) -> None:
    status = "✅ PASS" if result.success else "❌ FAIL"
    out = ["# Source consistency report", "", f"**{status}**: {escape(baseline.reason(result))}.",
           "", f"Checked {summary.counts(result)}.", ""]
    if result.base is not None:
        out += [escape(baseline.comparison(result.base, result)), ""]
    out += _problems(result)
    for severity in Severity:
        conflicts = sorted((c for c in result.conflicts if c.severity is severity),
                           key=lambda c: (result.resolved(c), not result.is_new(c)))
        if conflicts:
            resolved = sum(1 for c in conflicts if result.resolved(c))
            new = sum(1 for c in conflicts if result.is_new(c))
            count = str(len(conflicts)) + (f", {resolved} resolved" if resolved else "") + \
                (f", {new} new" if new else "")
            out += [f"## {HEADINGS[severity]} ({count})", ""]
            for conflict in conflicts:
                out += _conflict(conflict, result)
    if result.base is not None and result.base.resolved_by_change:
        out += [f"## Resolved by this change ({len(result.base.resolved_by_change)})", ""]
        out += [f"- {code(c.id)} {escape(baseline.resolved_title(c))}"
                for c in result.base.resolved_by_change]
        out.append("")
    if result.stale:
        out += [f"## Stale resolutions ({len(result.stale)})", ""]
        for stale in result.stale:
            decision = stale.decision
            out.append(f"- {code(f'{decision.path}:{decision.line}:{decision.column}')} "
                       f"{code(decision.conflict_id)} matches no conflict; {escape(stale.hint)}")
        out.append("")
    stream.write("\n".join(out).rstrip("\n") + "\n")
