"""JSON for machines. The fields are documented in the README ("JSON report")."""

from __future__ import annotations

import json
from typing import Any, TextIO

from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim
from checker.result import CheckResult

FORMAT_VERSION = 1


def claim_json(claim: AnchoredClaim) -> dict[str, Any]:
    passage = claim.passage
    return {
        "claim": claim.claim.id,
        "file": claim.path,
        "line": claim.line,
        "status": claim.claim.status,
        "source": {"id": claim.source.id, "title": claim.source.title},
        "quote": claim.claim.quote,
        "passage": {"line": passage.line, "column": passage.column, "text": passage.text,
                    "sentence": passage.sentence},
        "section": passage.section_label,
        "low_weight": passage.low_weight,
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
        "resolution": None if decision is None else {
            "keep": list(decision.resolution.kept),
            "accept_all": decision.resolution.accept_all,
            "reason": decision.resolution.reason,
            "file": decision.path,
            "line": decision.line,
        },
        "values": [
            {"label": v.label, "key": v.key, "claims": [claim_json(c) for c in v.claims]}
            for v in conflict.values
        ],
    }


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
             "line": s.decision.line, "reason": s.decision.resolution.reason, "hint": s.hint}
            for s in result.stale
        ],
    }
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
