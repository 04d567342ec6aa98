"""HTML for people: one self-contained file to open in a browser, offline.

The page opens with PASS or FAIL and the counts, then filters (severity, kind, source), the
problems in the input files, the unresolved conflicts, the resolved ones apart with their
verdicts and reasons, stale resolutions, and a table of sources. Each conflict is a card with
its competing values side by side, the quoted words marked in their sentences. With
``check --base``, what the change introduced is marked new and comes first.

The file loads nothing: its style and script (``html_assets/``) are inlined, and a Content
Security Policy allows only those two, by hash, so that even text that slipped through
escaping could neither run a script nor fetch anything. Every piece of corpus text is escaped
(:func:`~checker.report.html_conflict.text`); no script is built from data. Without
JavaScript the filters are hidden and every conflict shows; the page prints without them.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from importlib import resources
from string import Template
from typing import TextIO

from checker import __version__
from checker.conflict import Conflict, Severity
from checker.report import baseline, summary
from checker.report.html_conflict import anchor, card, text
from checker.report.html_sources import source_rows
from checker.result import CheckResult

TITLE = "Source consistency report"
MANY = 8  # checkboxes in a filter past which they scroll in a box, with "all" and "none"


def asset(name: str) -> str:
    """A file of ``html_assets/``, read at render time (it ships as package data)."""
    return (resources.files("checker.report") / "html_assets" / name).read_text("utf-8")


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _reason(result: CheckResult) -> str:
    """Why the check passes or fails; with ``--base``, only what the change introduced fails."""
    if result.base is None:
        return summary.PASSED if result.success else summary.failures(result)
    return baseline.passed(result.base, result) if result.success else \
        baseline.failures(result)


def _tiles(result: CheckResult) -> str:
    stats = result.stats
    severities = ", ".join(summary.plural(stats[key], noun) for key, noun in
                           (("errors", "error"), ("warnings", "warning"), ("infos", "info"))
                           if stats[key])
    errors = stats["unresolved_errors"]
    tiles = [("sources", stats["sources"], ""),
             ("claims", stats["claims"],
              f"{stats['invalid_claims']} invalid" if stats["invalid_claims"] else ""),
             ("conflicts", stats["conflicts"], severities),
             ("unresolved", stats["conflicts"] - stats["resolved"],
              summary.plural(errors, "error") if errors else ""),
             ("resolved", stats["resolved"], ""), ("problems", stats["problems"], ""),
             ("stale", stats["stale_resolutions"], "")]
    return "".join(f'<div class="stat"><dt>{name}</dt><dd>{count}</dd>'
                   + (f'<dd class="detail">{detail}</dd>' if detail else "") + "</div>"
                   for name, count, detail in tiles)


def _header(result: CheckResult) -> str:
    verdict = "pass" if result.success else "fail"
    compared = "" if result.base is None else \
        f'<p class="summary">{text(baseline.comparison(result.base, result))}</p>'
    return (f'<header class="page-head"><h1>{TITLE}</h1>'
            f'<p class="outcome"><span class="verdict {verdict}">{verdict.upper()}</span> '
            f"{text(_reason(result))}.</p>"
            f'<p class="summary">Checked {text(summary.counts(result))}.</p>{compared}'
            f'<dl class="stats">{_tiles(result)}</dl></header>')


def _checkboxes(name: str, counts: Counter[str], titles: dict[str, str]) -> str:
    """A fieldset of checkboxes, one per value, with how many conflicts have it. A long list
    (a corpus of many sources) scrolls in a box of its own, with buttons to check all or none."""
    boxes = []
    for value, count in counts.items():
        shown = text(value)
        label = f'<span class="badge {shown}">{shown}</span>' if name == "severity" else \
            f"<span>{shown}</span>"
        title = f' title="{text(titles[value])}"' if value in titles else ""
        boxes.append(f'<label{title}><input type="checkbox" name="{name}" value="{shown}" '
                     f'checked> {label} <span class="count">{count}</span></label>')
    legend = f"<legend>{name.capitalize()}</legend>"
    if len(boxes) <= MANY:
        return f'<fieldset>{legend}{"".join(boxes)}</fieldset>'
    bulk = "".join(f'<button type="button" data-check="{name}" data-to="{to}">{word}</button>'
                   for word, to in (("all", "1"), ("none", "0")))
    return (f'<fieldset class="many">{legend}<span class="bulk">{bulk}</span>'
            f'<div class="boxes">{"".join(boxes)}</div></fieldset>')


def _filters(result: CheckResult) -> str:
    if not result.conflicts:
        return ""
    severities = Counter(c.severity.value for c in result.conflicts)
    ordered = Counter({s.value: severities[s.value] for s in Severity if severities[s.value]})
    kinds = Counter(sorted(c.kind for c in result.conflicts))
    sources = Counter(sorted(s for c in result.conflicts for s in c.sources))
    titles = {source.id: source.title for source in result.sources}
    # hidden until the script shows it: without JavaScript it could not filter anything
    return ('<form class="filters" id="filters" hidden aria-label="Filter the conflicts">'
            + _checkboxes("severity", ordered, {})
            + _checkboxes("kind", kinds, {})
            + _checkboxes("source", sources, titles)
            + '<p class="filter-status"><span data-shown aria-live="polite"></span> '
            '<button type="button" data-show-all>Show all</button></p></form>')


def _conflicts(heading: str, key: str, conflicts: list[Conflict], result: CheckResult,
               empty: str) -> str:
    cards = "".join(card(c, result.decision(c), result.is_new(c)) for c in conflicts)
    note = f'<p class="none">{empty}</p>' if not conflicts else \
        '<p class="none none-shown" hidden>No conflict here matches the filters.</p>'
    return (f'<section class="conflicts" id="{key}" data-conflict-list>'
            f"<h2>{heading} <span class=\"count\">{len(conflicts)}</span></h2>"
            f"{note}{cards}</section>")


def _problems(result: CheckResult) -> str:
    if not result.problems:
        return ""
    items = "".join(f'<li><code>{text(p.path)}:{p.line}:{p.column}</code> '
                    + ('<span class="tag new">new</span> ' if result.is_new_problem(p) else "")
                    + f"{text(p.message)}</li>" for p in result.problems)
    return (f'<section id="problems" class="listing problems"><h2>Invalid input '
            f'<span class="count">{len(result.problems)}</span></h2>'
            "<p>These claims and entries were left out of the comparison.</p>"
            f"<ul>{items}</ul></section>")


def _resolved_by_change(result: CheckResult) -> str:
    if result.base is None or not result.base.resolved_by_change:
        return ""
    items = "".join(f"<li><code>{text(c.id)}</code> {text(baseline.resolved_title(c))}</li>"
                    for c in result.base.resolved_by_change)
    return (f'<section id="resolved-by-change" class="listing"><h2>Resolved by this change '
            f'<span class="count">{len(result.base.resolved_by_change)}</span></h2>'
            f"<ul>{items}</ul></section>")


def _stale(result: CheckResult) -> str:
    if not result.stale:
        return ""
    items = []
    for stale in result.stale:
        decision = stale.decision
        links = "".join(f' <a href="#{text(anchor(c))}">{text(c.id)}</a>'
                        for c in stale.successors)
        items.append(f"<li><code>{text(decision.path)}:{decision.line}:{decision.column}</code> "
                     f"<code>{text(decision.conflict_id)}</code> matches no conflict; "
                     f"{text(stale.hint)}.{' See' + links + '.' if links else ''}</li>")
    return (f'<section id="stale" class="listing"><h2>Stale resolutions '
            f'<span class="count">{len(result.stale)}</span></h2><ul>{"".join(items)}</ul>'
            "</section>")


def _sources(result: CheckResult) -> str:
    rows = "".join(
        '<tr><th scope="row">' + (f'<span class="source">{text(row.source.title)}</span> '
                                  if row.source.title != row.source.id else "")
        + f'<code class="source-id">{text(row.source.id)}</code></th>'
        f"<td>{row.claims}</td><td>{row.agreeing}</td><td>{row.unresolved}</td>"
        f"<td>{row.resolved}</td></tr>"
        for row in source_rows(result))
    return ('<section id="sources" class="sources"><h2>Sources '
            f'<span class="count">{len(result.sources)}</span></h2>'
            '<div class="table-wrap"><table><thead><tr><th scope="col">Source</th>'
            '<th scope="col">Claims</th>'
            '<th scope="col" title="another source states the same value on the same question">'
            "Agreeing with another source</th>"
            '<th scope="col">In unresolved conflicts</th>'
            '<th scope="col">In resolved conflicts only</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div></section>")


def _nav(result: CheckResult, unresolved: int) -> str:
    links = [("unresolved", f"Unresolved ({unresolved})"),
             ("resolved", f"Resolved ({len(result.conflicts) - unresolved})")]
    if result.problems:
        links.insert(0, ("problems", f"Invalid input ({len(result.problems)})"))
    if result.base is not None and result.base.resolved_by_change:
        links.append(("resolved-by-change",
                      f"Resolved by this change ({len(result.base.resolved_by_change)})"))
    if result.stale:
        links.append(("stale", f"Stale ({len(result.stale)})"))
    links.append(("sources", f"Sources ({len(result.sources)})"))
    return ('<nav class="sections" aria-label="Sections">'
            + "".join(f'<a href="#{key}">{label}</a>' for key, label in links) + "</nav>")


def render(result: CheckResult, stream: TextIO) -> None:
    # what a change compared with --base introduced comes first: it is what fails
    unresolved = sorted((c for c in result.conflicts if not result.resolved(c)),
                        key=lambda c: not result.is_new(c))
    resolved = [c for c in result.conflicts if result.resolved(c)]
    body = "".join([
        _header(result), _nav(result, len(unresolved)), _filters(result), _problems(result),
        _conflicts("Unresolved conflicts", "unresolved", unresolved, result,
                   "No unresolved conflicts: every conflict found has a resolution."
                   if result.conflicts else "No conflicts: where claims meet, they agree."),
        _conflicts("Resolved conflicts", "resolved", resolved, result, "None yet."),
        _resolved_by_change(result), _stale(result), _sources(result),
    ])
    style, script = asset("style.css"), asset("script.js")
    verdict = "PASS" if result.success else "FAIL"
    stream.write(Template(asset("page.html")).substitute(
        title=f"{TITLE}: {verdict}", version=__version__, style=style, script=script,
        policy=f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}",
        body=body))
