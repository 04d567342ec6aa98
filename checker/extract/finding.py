"""What an extractor finds: a value, the entity it is about, and the words that state both.

A finding is not yet a claim: :mod:`checker.extract.drafts` cuts its quote from the source,
gives it an id and keeps it only if the check's own rules accept it.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Literal

from checker.extract.sentences import Sentence
from checker.model.entities import Entity
from checker.model.values import Value

Span = tuple[int, int]  # in the sentence's normalized text


@dataclass(frozen=True)
class Finding:
    sentence: Sentence
    subject: Entity
    property: str
    value: Value
    evidence: tuple[Span, ...]  # what the quote must hold: the value, its subject, its cue
    approximate: bool = False
    bound: Literal["lower", "upper"] | None = None
    scope: str | None = None
    year_from: Literal["quote", "published"] = "quote"
    note: str | None = None  # for the reviewer: what was inferred rather than read

    # the field `property` hides the built-in inside this class body
    @builtins.property
    def span(self) -> Span:
        return min(s for s, _ in self.evidence), max(e for _, e in self.evidence)
