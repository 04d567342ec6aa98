"""Conflicts: where claims disagree, with every claim behind every competing value.

A conflict's id is computed from its content only: its kind, subject, property, scope and the
set of competing normalized values. Moving a claim, reformatting a file or adding one more
source that repeats a value already in dispute leaves the id unchanged, so a resolution keeps
matching; a new competing value makes a new conflict.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum

from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.parse.names import strip_accents


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]

    def lower(self) -> Severity:
        return Severity.WARNING if self is Severity.ERROR else Severity.INFO


@dataclass(frozen=True, kw_only=True)
class CompetingValue:
    label: str  # as a person reads it: "$6,000,000", "2021", "Mill Basin"
    key: str  # normalized: what makes two values the same
    claims: tuple[AnchoredClaim, ...]
    # passages of a source's text that state the value without a claim behind them: what
    # the spelling audit finds reading the full texts
    mentions: tuple[Passage, ...] = ()

    @property
    def passages(self) -> tuple[Passage, ...]:
        """Every passage behind this value: its claims' and its mentions."""
        return tuple(c.passage for c in self.claims) + self.mentions


@dataclass(frozen=True, kw_only=True)
class Conflict:
    id: str
    kind: str
    severity: Severity
    subject: str
    property: str
    scope: str | None
    explanation: str
    values: tuple[CompetingValue, ...]
    details: tuple[tuple[str, str], ...] = field(default=())  # rule, scores: for `explain`

    # The field `property` hides the built-in inside this class body, hence builtins.property.
    @builtins.property
    def sort_key(self) -> tuple[int, str, str, str]:
        return self.severity.rank, self.subject.lower(), self.property, self.id

    @builtins.property
    def claims(self) -> tuple[AnchoredClaim, ...]:
        return tuple(c for v in self.values for c in v.claims)

    @builtins.property
    def sources(self) -> list[str]:
        return sorted({p.source.id for v in self.values for p in v.passages})


def slug(text: str) -> str:
    """A readable id part: "Zoë Marchetti" → "zoe-marchetti"."""
    plain = strip_accents(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40].strip("-") or "x"


def conflict_id(kind: str, subject: str, prop: str, scope: str | None,
                keys: Iterable[str]) -> str:
    content = json.dumps([kind, subject, prop, scope or "", sorted(set(keys))])
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"{slug(subject)}-{slug(prop)}-{digest}"


def make_conflict(*, kind: str, severity: Severity, subject: str, prop: str,
                  scope: str | None, explanation: str, values: Iterable[CompetingValue],
                  details: Iterable[tuple[str, str]] = ()) -> Conflict:
    """A conflict with its id; one severity lower when a competing value rests only on
    passages the source marks as low weight (reader comments, say)."""
    ordered = tuple(sorted(values, key=lambda v: (-len(v.passages), v.key)))
    weak = [v for v in ordered if v.passages and all(p.low_weight for p in v.passages)]
    if weak and severity is not Severity.INFO:
        severity = severity.lower()
        labels = ", ".join(repr(v.label) for v in weak)
        explanation += f" ({labels} rests only on low-weight passages such as reader comments)"
    return Conflict(
        id=conflict_id(kind, subject, prop, scope, (v.key for v in ordered)),
        kind=kind, severity=severity, subject=subject, property=prop, scope=scope,
        explanation=explanation, values=ordered, details=tuple(details),
    )


def values_by_key(claims: Iterable[AnchoredClaim], key_of: Callable[[AnchoredClaim], str],
                  label_of: Callable[[AnchoredClaim], str]) -> list[CompetingValue]:
    """Group claims into competing values by ``key_of(claim)``, labelled by ``label_of``."""
    grouped: dict[str, list[AnchoredClaim]] = {}
    labels: dict[str, str] = {}
    for claim in claims:
        key = key_of(claim)
        grouped.setdefault(key, []).append(claim)
        labels.setdefault(key, label_of(claim))
    return [CompetingValue(label=labels[k], key=k, claims=tuple(v)) for k, v in grouped.items()]
