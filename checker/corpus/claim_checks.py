"""The checks on one claim beyond its schema: that the names it uses are known, that its value
is of the kind its property takes, that its quote is in its source and says what it claims.

The names (property, subject, the work of a credit) are checked on the claim as written, so
that they are reported even when the claim fails validation for another reason: one run shows
everything to fix in a claim, and nothing twice.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from checker import yamlio
from checker.corpus.anchor import Passage, closest_passage, find_quote
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.corpus.support import unsupported
from checker.model.claims import Claim
from checker.model.values import Quantity
from checker.problems import Problem, display_path
from checker.units import UNITS
from checker.validation import VALUE_KINDS, key_path, suggestion
from checker.vocabulary import PROPERTIES

# a `quote:` key followed by an unquoted (plain) value on the same line
_PLAIN_VALUE = re.compile(r"quote:[ \t]+(?P<rest>[^\s\"'>|].*)$")
_HEDGED_KINDS = {"money", "quantity", "date", "year"}
_WORKS = ["work"]


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


class ClaimChecker:
    """Checks the claims of one file against their source (None when it has no readable
    text: then the quote checks are skipped) and the entities."""

    def __init__(self, path: str, document: yamlio.Document, source: Source | None,
                 entities: EntityIndex, problems: list[Problem]) -> None:
        self.path = path
        self.document = document
        self.source = source
        self.entities = entities
        self.problems = problems

    def report(self, index: int, key: tuple[str | int, ...], message: str,
               claim_id: str | None) -> None:
        line, column = self.document.positions.locate(self.document.data,
                                                      ("claims", index, *key))
        self.problems.append(Problem(path=self.path, line=line, column=column,
                                     message=message, claim_id=claim_id))

    def check_names(self, index: int, item: Any, error: ValidationError | None,
                    claim_id: str | None) -> None:
        """Report an unknown property, subject or work, and a value of the wrong kind, unless
        ``error`` (the claim's validation error) already covers that key."""
        if not isinstance(item, dict):
            return
        flagged = {tuple(key_path(d["loc"])) for d in error.errors()} if error else set()
        value = item.get("value") if ("value",) not in flagged else None
        value = value if isinstance(value, dict) else {}
        prop = item.get("property") if ("property",) not in flagged else None
        known = PROPERTIES.get(prop) if isinstance(prop, str) else None
        if isinstance(prop, str) and known is None:  # every claim compared has a known one
            self.report(index, ("property",), f"unknown property {prop!r}"
                        + suggestion(prop, list(PROPERTIES)) if prop.strip() else
                        "property: must not be empty", claim_id)
        kind = value.get("kind")
        if known and kind in VALUE_KINDS and known.kind != kind:
            self.report(index, ("value", "kind"), f"property {prop!r} takes {known.kind} "
                        f"values, not {kind}", claim_id)
        subject = _text(item.get("subject")) if ("subject",) not in flagged else None
        if subject and self.entities.resolve(subject) is None:
            self.report(index, ("subject",), self.entities.unknown("subject", subject),
                        claim_id)
        work = _text(value.get("work")) if ("value", "work") not in flagged else None
        if kind in ("credit", "cast") and work and self.entities.resolve(work, _WORKS) is None:
            self.report(index, ("value", "work"), self.entities.unknown("work", work, _WORKS),
                        claim_id)

    def check(self, index: int, claim: Claim, item: Any) -> Passage | None:
        """The claim's passage, or None after reporting what is wrong with it."""
        before = len(self.problems)
        self.check_names(index, item, None, claim.id)
        self._check_value(index, claim)
        if (claim.approximate or claim.bound) and claim.value.kind not in _HEDGED_KINDS:
            key = "approximate" if claim.approximate else "bound"
            self.report(index, (key,), f"{key} applies to figures and dates, not to "
                        f"{claim.value.kind} values", claim.id)
        if self.source is None:
            return None
        if claim.year_from == "published" and not self.source.meta.published:
            self.report(index, ("year_from",), f"year_from: published, but source "
                        f"{self.source.id!r} has no 'published' date in its metadata", claim.id)
        passage = find_quote(claim.quote, self.source)
        if passage is None:
            self.report(index, ("quote",), self._not_found(claim.quote, self.source)
                        + self._comment_hint(index, claim.quote), claim.id)
        elif len(self.problems) == before:
            reason = unsupported(claim, self.source, self.entities)
            if reason:
                self.report(index, ("value",), f"value not supported by the quote: {reason}"
                            + self._comment_hint(index, claim.quote), claim.id)
        return passage if len(self.problems) == before else None

    def _check_value(self, index: int, claim: Claim) -> None:
        value = claim.value
        if isinstance(value, Quantity) and value.unit not in UNITS:
            self.report(index, ("value", "unit"), f"unknown unit {value.unit!r}; use one of "
                        f"{', '.join(UNITS)}" + suggestion(value.unit, list(UNITS)), claim.id)
        if isinstance(value, Quantity) and value.to is not None and value.to < value.amount:
            self.report(index, ("value", "to"), "a range's 'to' must not be below its amount",
                        claim.id)

    def _comment_hint(self, index: int, quote: str) -> str:
        """Unquoted YAML text ends at " #": "film #701: Scorpion" is read as "film". Say so,
        since the file shows the whole text and the cut is easy to miss."""
        line, column = self.document.positions.locate(self.document.data,
                                                      ("claims", index, "quote"))
        lines = self.document.text.splitlines()
        if line > len(lines):
            return ""
        written = _PLAIN_VALUE.match(lines[line - 1][column - 1:])
        if not written or " #" not in written.group("rest"):
            return ""
        return (f"; note that ' #' starts a YAML comment, so the quote was read as {quote!r}: "
                "put the quote in quotes")

    @staticmethod
    def _not_found(quote: str, source: Source) -> str:
        message = f"quote not found in {display_path(source.path)}"
        closest = closest_passage(quote, source)
        if closest and closest.score >= 50:
            text = closest.text if len(closest.text) <= 160 else closest.text[:157] + "..."
            message += (f"; the closest passage ({closest.score:.0f}% similar) is at line "
                        f"{closest.line}:{closest.column}: {text!r}")
        return message
