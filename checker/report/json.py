"""JSON for machines: the whole result, one document, UTF-8. The top level is indented;
each conflict, problem and stale resolution is one line of its own, so that a diff of two
reports shows which of them changed (and a large report is written by the C encoder, which
does not indent).

Fields (format version 1; a new field may be added without a new version, a changed or
removed one raises it):

- ``version``: 1, the version of this format.
- ``status``: ``"pass"`` (exit code 0) or ``"fail"`` (exit code 1).
- ``stats``: counts: ``sources``, ``claims`` (valid and invalid), ``valid_claims``,
  ``invalid_claims``, ``reviewed_claims``, ``draft_claims``, ``problems``, ``conflicts``,
  ``errors``, ``warnings``, ``infos``, ``resolved``, ``unresolved_errors``,
  ``stale_resolutions``.
- ``conflicts``: most severe first; each has
    - ``id``: stable, made from the content; what ``resolutions.yaml`` is keyed by;
    - ``kind`` (``money``, ``date``, ``spelling``, ...), ``severity`` (``error``,
      ``warning``, ``info``), ``subject``, ``property``, ``scope`` (or null),
      ``explanation`` (one sentence for a person);
    - ``resolved``: true when a resolution applies; ``resolution``: null, or ``keep`` (a
      list of labels), ``accept_all``, ``reason``, ``decided``, ``by``, ``file``, ``line``,
      ``column``;
    - ``values``: the competing values, each with ``label`` (as shown to people), ``key``
      (normalized; equal keys are the same value) and ``claims``, each with ``claim`` (its
      id), ``file``, ``line``, ``column`` (where the claim is written), ``status``,
      ``source`` (``id``, ``title``), ``quote``, ``passage`` (``line``, ``column``, ``text``
      as found in the source, ``sentence`` around it), ``section`` (label or null),
      ``low_weight``; and ``mentions``: passages of a source's text that state the value with
      no claim behind them (what the spelling audit finds), each with ``source``,
      ``passage``, ``section`` and ``low_weight``. A value with neither is the canonical
      name from ``entities.yaml``.
- ``invalid_claims``: every problem in the input files, each with ``file``, ``line``,
  ``column``, ``message`` and ``claim`` (the claim's id, or null for a problem outside a
  claim). A claim with a problem is left out of the comparison.
- ``stale_resolutions``: resolutions that match no conflict, each with ``conflict`` (the id
  written), ``file``, ``line``, ``column``, ``keep``, ``accept_all``, ``reason``, ``hint``
  (a sentence) and ``successors`` (ids of the conflicts on the same subject and property now).

With ``check --base REF`` the document also has:

- ``base``: ``ref`` (as given), ``commit`` (null before a repository's first commit),
  ``conflicts_before``, ``unresolved_before`` (unresolved error-level conflicts at REF),
  ``problems_before``, ``new_conflicts`` (ids),
  ``failing`` (ids of the unresolved error-level conflicts the change introduced: these fail
  the check), ``resolved_by_change`` (each ``id``, ``subject``, ``property``, ``scope`` and
  ``values``, the labels), ``new_problems`` and ``fixed_problems`` (counts);
- ``new`` (true or false) on each conflict and each entry of ``invalid_claims``.

``status`` then says whether the change introduced a failure.

Lines and columns are 1-based; columns count characters, not bytes.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from checker.conflict import Conflict
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.corpus.resolutions import Decision
from checker.result import BaseComparison, CheckResult

FORMAT_VERSION = 1


def passage_json(passage: Passage) -> dict[str, Any]:
    return {"line": passage.line, "column": passage.column, "text": passage.text,
            "sentence": passage.sentence}


def mention_json(passage: Passage) -> dict[str, Any]:
    return {
        "source": {"id": passage.source.id, "title": passage.source.title},
        "passage": passage_json(passage),
        "section": passage.section_label,
        "low_weight": passage.low_weight,
    }


def claim_json(claim: AnchoredClaim) -> dict[str, Any]:
    passage = claim.passage
    return {
        "claim": claim.claim.id,
        "file": claim.path,
        "line": claim.line,
        "column": claim.column,
        "status": claim.claim.status,
        "source": {"id": claim.source.id, "title": claim.source.title},
        "quote": claim.claim.quote,
        "passage": passage_json(passage),
        "section": passage.section_label,
        "low_weight": passage.low_weight,
    }


def _decision_json(decision: Decision) -> dict[str, Any]:
    resolution = decision.resolution
    return {
        "keep": list(resolution.kept),
        "accept_all": resolution.accept_all,
        "reason": resolution.reason,
        "decided": resolution.decided,
        "by": resolution.by,
        "file": decision.path,
        "line": decision.line,
        "column": decision.column,
    }


def conflict_json(conflict: Conflict, result: CheckResult) -> dict[str, Any]:
    decision = result.decision(conflict)
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "severity": conflict.severity.value,
        "subject": conflict.subject,
        "property": conflict.property,
        "scope": conflict.scope,
        "explanation": conflict.explanation,
        "resolved": decision is not None,
        "resolution": None if decision is None else _decision_json(decision),
        "values": [
            {"label": v.label, "key": v.key, "claims": [claim_json(c) for c in v.claims],
             "mentions": [mention_json(p) for p in v.mentions]}
            for v in conflict.values
        ],
    }


def _base_json(base: BaseComparison) -> dict[str, Any]:
    return {
        "ref": base.ref,
        "commit": base.commit,
        "conflicts_before": base.conflicts_before,
        "unresolved_before": base.unresolved_before,
        "problems_before": base.problems_before,
        "new_conflicts": sorted(base.new_conflicts),
        "failing": sorted(base.failing),
        "resolved_by_change": [
            {"id": c.id, "subject": c.subject, "property": c.property, "scope": c.scope,
             "values": [v.label for v in c.values]}
            for c in base.resolved_by_change
        ],
        "new_problems": len(base.new_problems),
        "fixed_problems": base.fixed_problems,
    }


def _with_base(result: CheckResult, document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with what ``--base`` adds: which findings are new, and the comparison."""
    if result.base is None:
        return document
    for entry, conflict in zip(document["conflicts"], result.conflicts, strict=True):
        entry["new"] = result.is_new(conflict)
    for entry, problem in zip(document["invalid_claims"], result.problems, strict=True):
        entry["new"] = result.is_new_problem(problem)
    return {**document, "base": _base_json(result.base)}


def render(result: CheckResult, stream: TextIO) -> None:
    document = {
        "version": FORMAT_VERSION,
        "status": "pass" if result.success else "fail",
        "stats": result.stats,
        "conflicts": [conflict_json(c, result) for c in result.conflicts],
        "invalid_claims": [
            {"file": p.path, "line": p.line, "column": p.column, "message": p.message,
             "claim": p.claim_id}
            for p in result.problems
        ],
        "stale_resolutions": [
            {"conflict": s.decision.conflict_id, "file": s.decision.path,
             "line": s.decision.line, "column": s.decision.column,
             "keep": list(s.decision.resolution.kept),
             "accept_all": s.decision.resolution.accept_all,
             "reason": s.decision.resolution.reason, "hint": s.hint,
             "successors": [c.id for c in s.successors]}
            for s in result.stale
        ],
    }
    stream.write(_dumps(_with_base(result, document)))


_ONE_LINE = json.JSONEncoder(ensure_ascii=False)  # no indent: the C encoder does the work


def _dumps(document: dict[str, Any]) -> str:
    """The document, its top level indented, each entry of a list on a line of its own."""
    fields = []
    for name, value in document.items():
        if isinstance(value, list) and value:
            entries = ",\n".join(f"    {_ONE_LINE.encode(entry)}" for entry in value)
            fields.append(f"  {_ONE_LINE.encode(name)}: [\n{entries}\n  ]")
        else:
            fields.append(f"  {_ONE_LINE.encode(name)}: {_ONE_LINE.encode(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"
