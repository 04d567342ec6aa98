"""One conflict of the HTML report as a card: its title and id, the explanation, the
resolution when there is one, then the competing values side by side, each with the passages
behind it: the sentence with the quoted words marked, where it stands, and the claim.

Everything that comes from the corpus (article text, titles, names, scopes, reasons, paths)
is untrusted and goes through :func:`text`, in element content and in attributes alike.
"""

from __future__ import annotations

from html import escape

from checker.conflict import CompetingValue, Conflict
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.corpus.resolutions import Decision
from checker.parse.names import name_key
from checker.report.excerpt import excerpt


def text(value: object) -> str:
    """``value`` as HTML text, safe in element content and in quoted attribute values."""
    return escape(str(value), quote=True)


def anchor(conflict: Conflict) -> str:
    """The element id of a conflict's card, for links to it."""
    return f"conflict-{conflict.id}"


def _passage(passage: Passage, claim: AnchoredClaim | None) -> str:
    found = excerpt(passage)
    source = passage.source
    # a source with no title in its metadata is called by its id, which is shown anyway
    where = [] if source.title == source.id else \
        [f'<span class="source">{text(source.title)}</span>']
    where += [f'<code class="source-id">{text(source.id)}</code>',
              f'<span class="position" title="line {passage.line}, column {passage.column}">'
              f"{passage.line}:{passage.column}</span>"]
    if passage.section_label:
        where.append(f'<span class="section">{text(passage.section_label)}</span>')
    if passage.low_weight:
        where.append('<span class="tag low-weight">low weight</span>')
    if claim is None:
        origin = ('<span class="tag mention">mention</span> '
                  '<span class="muted">in the text; no claim behind it</span>')
        kind = "mention"
    else:
        status = claim.claim.status
        origin = (f'<code class="claim-file">{text(claim.path)}:{claim.line}</code> '
                  f'<span class="claim-id" title="claim id">{text(claim.claim.id)}</span> '
                  f'<span class="status {text(status)}">{text(status)}</span>')
        kind = "claim"
    return (f'<figure class="passage {kind}">'
            f"<blockquote>“{text(found.before)}<mark>{text(found.quote)}</mark>"
            f"{text(found.after)}”</blockquote>"
            f'<figcaption><p class="where">{" ".join(where)}</p>'
            f'<p class="origin">{origin}</p></figcaption></figure>')


def _kept(value: CompetingValue, decision: Decision | None) -> bool:
    """Whether the resolution keeps ``value``, matched as the check matches it."""
    if decision is None:
        return False
    resolution = decision.resolution
    if resolution.accept_all:
        return True
    kept = set(resolution.kept) | {name_key(label) for label in resolution.kept}
    return bool({value.label, value.key, name_key(value.label)} & kept)


def _value(value: CompetingValue, decision: Decision | None) -> str:
    passages = [_passage(c.passage, c) for c in value.claims]
    passages += [_passage(p, None) for p in value.mentions]
    if not passages:
        passages = ['<p class="muted">the canonical name in entities.yaml</p>']
    count = len(value.claims) + len(value.mentions)
    header = f"<h4>{text(value.label)}</h4>"
    if count:
        header += f'<span class="count">{count} passage{"s" if count > 1 else ""}</span>'
    if decision is not None:
        kept = _kept(value, decision)
        header += (f'<span class="tag {"kept" if kept else "set-aside"}">'
                   f'{"kept" if kept else "set aside"}</span>')
    return (f'<section class="value"><header class="value-head">{header}</header>'
            + "".join(passages) + "</section>")


def _resolution(decision: Decision) -> str:
    resolution = decision.resolution
    signed = ", ".join(text(part) for part in (resolution.by, resolution.decided) if part)
    where = f"{text(decision.path)}:{decision.line}"
    return ('<div class="resolution">'
            f'<p class="verdict"><strong>Resolved: {text(resolution.verdict)}</strong></p>'
            f'<p class="reason">{text(resolution.reason)}</p>'
            f'<p class="signed">{signed + " · " if signed else ""}<code>{where}</code></p>'
            "</div>")


def card(conflict: Conflict, decision: Decision | None, new: bool = False) -> str:
    """The conflict's card; its data attributes are what the filters read. ``new``: the
    change compared with ``check --base`` introduced it."""
    severity = conflict.severity.value
    badges = f'<span class="badge {severity}">{severity}</span>'
    if new:
        badges += '<span class="badge new">new</span>'
    if decision is not None:
        badges += '<span class="badge resolved">resolved</span>'
    scope = f' <span class="scope">({text(conflict.scope)})</span>' if conflict.scope else ""
    head = (f'<header class="conflict-head">{badges}'
            f'<span class="kind">{text(conflict.kind)}</span>'
            f'<h3><a href="#{text(anchor(conflict))}">{text(conflict.subject)} · '
            f"{text(conflict.property)}</a>{scope}</h3>"
            f'<p class="conflict-id"><code class="id">{text(conflict.id)}</code>'
            f'<button type="button" class="copy" data-copy="{text(conflict.id)}" hidden>'
            "copy id</button></p></header>")
    resolved = " resolved" if decision is not None else ""
    return (
        f'<article class="conflict severity-{severity}{resolved}" id="{text(anchor(conflict))}" '
        f'data-severity="{severity}" data-kind="{text(conflict.kind)}" '
        f'data-sources="{text(" ".join(conflict.sources))}">'
        f'{head}<p class="explanation">{text(conflict.explanation)}</p>'
        + (_resolution(decision) if decision is not None else "")
        + '<div class="values">'
        + "".join(_value(value, decision) for value in conflict.values)
        + "</div></article>"
    )
