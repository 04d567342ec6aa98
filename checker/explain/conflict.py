"""Explaining a conflict (``source-checker explain CONFLICT-ID``): why it is one.

It shows what the report leaves out: the competing values with their normalized keys (equal
keys are the same value), the rule the comparator applied and its scores (``Conflict.details``:
the letters a spelling differs by and how many its length allows, the similarity of a whole
name and the threshold), the subject's declared aliases (the forms the comparison accepted),
every claim and passage behind each value, and the decision if there is one.
"""

from __future__ import annotations

from checker.compare import names
from checker.conflict import Conflict
from checker.corpus.anchor import Passage
from checker.corpus.entities import EntityIndex
from checker.model.entities import Entity
from checker.parse.names import tokens
from checker.problems import display_path
from checker.report.excerpt import excerpt
from checker.report.layout import wrap
from checker.result import CheckResult

WIDTH = 100


def aliases(entity: Entity | None) -> list[str]:
    """The entity's accepted forms, each alias with why it is one."""
    if entity is None:
        return ["  not an entity of claims/entities.yaml"]
    lines = [f"  {entity.name} ({entity.kind}): the canonical name"]
    for alias in entity.aliases:
        why = alias.reason or ""
        if alias.evidence is not None:
            why += ("; " if why else "") + f"evidence in {alias.evidence.source}: " \
                                           f"{alias.evidence.quote!r}"
        lines.extend(wrap(f"{alias.name}: an alias, {why}", WIDTH, hanging="    "))
    if not entity.aliases:
        lines.append("  no aliases declared: every other spelling is compared with this one")
    return lines


def _rule(conflict: Conflict, entity: Entity | None) -> list[str]:
    details = dict(conflict.details)
    lines = [f"  {name}: {value}" for name, value in conflict.details] or \
        ["  (the comparator recorded no details)"]
    accepted = {w for f in ([entity.name, *(a.name for a in entity.aliases)] if entity else [])
                for w in tokens(f)}
    good = next((v.key for v in conflict.values if v.key in accepted), None)
    if "edits" in details and good is not None:
        allowed = names.max_edits(good, names.Options())
        lines += wrap(f"allowed: a word of {len(good)} letters ({good!r}) may differ by "
                      f"{allowed} letter{'s' if allowed != 1 else ''}; words shorter than "
                      f"{names.Options().min_word_length} letters must match exactly", WIDTH,
                      hanging="    ")
    if "similarity" in details:
        lines += wrap(f"threshold: {names.Options().form_similarity:.0f}; people and "
                      "characters are spared this rule (a short form of their name is a "
                      "nickname)", WIDTH, hanging="    ")
    return lines


def _passage(passage: Passage, where: str) -> list[str]:
    found = excerpt(passage)
    text = f"“{found.before}«{found.quote}»{found.after}”"
    return wrap(f"{where}: {text}", WIDTH, indent="    ", hanging="      ")


def _values(conflict: Conflict) -> list[str]:
    lines = []
    for value in conflict.values:
        lines.append(f"  {value.label}  (normalized: {value.key!r})")
        for claim in value.claims:
            passage = claim.passage
            status = "" if claim.claim.status == "reviewed" else f" ({claim.claim.status})"
            lines.extend(_passage(passage, f"{claim.path}:{claim.line} claim "
                                           f"{claim.claim.id}{status}, {passage.source.id} "
                                           f"{passage.line}:{passage.column}"))
        for passage in value.mentions:
            lines.extend(_passage(passage, f"{display_path(passage.source.path)}:"
                                           f"{passage.line}:{passage.column} in the text, "
                                           "no claim"))
        if not value.claims and not value.mentions:
            lines.append("    the canonical name in claims/entities.yaml")
    return lines


def explain_conflict(conflict: Conflict, result: CheckResult,
                     entities: EntityIndex) -> list[str]:
    title = f"{conflict.subject} · {conflict.property}"
    if conflict.scope:
        title += f" (scope: {conflict.scope})"
    decision = result.decision(conflict)
    entity = entities.resolve(conflict.subject)
    lines = [f"{conflict.id}: {conflict.severity.value} ({conflict.kind}), {title}",
             *wrap(conflict.explanation, WIDTH), "", "Rule", *_rule(conflict, entity), "",
             "Subject: its canonical name and declared aliases, the forms accepted for it",
             *aliases(entity), "",
             "Competing values", *_values(conflict), ""]
    if decision is None:
        lines += ["Unresolved: decide it with",
                  f"  source-checker resolve {conflict.id} --keep VALUE --reason TEXT",
                  "  (--accept-all instead of --keep when every value is acceptable)"]
    else:
        resolution = decision.resolution
        lines += [f"Resolved ({decision.path}:{decision.line}): {resolution.verdict}",
                  *wrap(resolution.reason, WIDTH)]
    return lines
