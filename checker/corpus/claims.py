"""Reading ``claims/``: every claim validated, resolved and anchored in its passage.

A claim that fails any check is reported (``path:line:column: message``) and left out of the
comparison; every other claim of the file is still checked, so one run shows everything to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from checker import yamlio
from checker.corpus.anchor import Passage, closest_passage, find_quote
from checker.corpus.entities import ENTITIES_FILE, EntityIndex
from checker.corpus.files import read_yaml
from checker.corpus.sources import SOURCE_ID, Source
from checker.corpus.support import unsupported
from checker.model.claims import Claim, ClaimFile
from checker.model.entities import Entity
from checker.model.values import Cast, Credit, Quantity
from checker.problems import Problem, display_path
from checker.units import UNITS
from checker.validation import describe_errors, suggestion
from checker.vocabulary import PROPERTIES

RESOLUTIONS_FILE = "resolutions.yaml"
RESERVED = {ENTITIES_FILE, RESOLUTIONS_FILE}
_CLAIM = TypeAdapter(Claim)
_HEDGED_KINDS = {"money", "quantity", "date", "year"}


@dataclass(frozen=True, eq=False)
class AnchoredClaim:
    """A valid claim, with the entity it is about and the passage it rests on."""

    claim: Claim
    source: Source
    subject: Entity
    passage: Passage
    path: str  # the claim file, as displayed
    line: int  # where the claim starts in it
    column: int
    work_entity: Entity | None = None  # the work of a credit or cast claim

    @property
    def ref(self) -> str:
        return f"{self.source.id}/{self.claim.id}"


class _ClaimChecker:
    def __init__(self, path: str, document: yamlio.Document, source: Source,
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

    def check(self, index: int, claim: Claim) -> Passage | None:
        """The claim's passage, or None after reporting what is wrong with it."""
        before = len(self.problems)
        prop = PROPERTIES.get(claim.property)
        if prop is None:
            self.report(index, ("property",), f"unknown property {claim.property!r}"
                        + suggestion(claim.property, list(PROPERTIES)), claim.id)
        elif prop.kind != claim.value.kind:
            self.report(index, ("value", "kind"), f"property {claim.property!r} takes "
                        f"{prop.kind} values, not {claim.value.kind}", claim.id)
        if self.entities.resolve(claim.subject) is None:
            self.report(index, ("subject",), self.entities.unknown("subject", claim.subject),
                        claim.id)
        self._check_value(index, claim)
        if (claim.approximate or claim.bound) and claim.value.kind not in _HEDGED_KINDS:
            key = "approximate" if claim.approximate else "bound"
            self.report(index, (key,), f"{key} applies to figures and dates, not to "
                        f"{claim.value.kind} values", claim.id)
        if claim.year_from == "published" and not self.source.meta.published:
            self.report(index, ("year_from",), f"year_from: published, but source "
                        f"{self.source.id!r} has no 'published' date in its metadata", claim.id)
        passage = find_quote(claim.quote, self.source)
        if passage is None:
            self.report(index, ("quote",), self._not_found(claim.quote), claim.id)
        elif len(self.problems) == before:
            reason = unsupported(claim, self.source, self.entities)
            if reason:
                self.report(index, ("value",), f"value not supported by the quote: {reason}",
                            claim.id)
        return passage if len(self.problems) == before else None

    def _check_value(self, index: int, claim: Claim) -> None:
        value = claim.value
        if isinstance(value, Credit | Cast) and self.entities.resolve(value.work, ["work"]) is None:
            self.report(index, ("value", "work"),
                        self.entities.unknown("work", value.work, ["work"]), claim.id)
        if isinstance(value, Quantity) and value.unit not in UNITS:
            self.report(index, ("value", "unit"), f"unknown unit {value.unit!r}; use one of "
                        f"{', '.join(UNITS)}" + suggestion(value.unit, list(UNITS)), claim.id)
        if isinstance(value, Quantity) and value.to is not None and value.to < value.amount:
            self.report(index, ("value", "to"), "a range's 'to' must not be below its amount",
                        claim.id)

    def _not_found(self, quote: str) -> str:
        message = f"quote not found in {display_path(self.source.path)}"
        closest = closest_passage(quote, self.source)
        if closest and closest.score >= 50:
            text = closest.text if len(closest.text) <= 160 else closest.text[:157] + "..."
            message += (f"; the closest passage ({closest.score:.0f}% similar) is at line "
                        f"{closest.line}:{closest.column}: {text!r}")
        return message


def _claim_items(data: Any, document: yamlio.Document, where: str,
                 problems: list[Problem]) -> list[Any] | None:
    """The list under ``claims:``, after checking the file's top level."""
    if data is None:
        problems.append(Problem(path=where, line=1, column=1,
                                message="the file is empty; a claim file holds 'claims:' "
                                        "and a list of claims"))
        return None
    top = {k: v for k, v in data.items() if k != "claims"} if isinstance(data, dict) else data
    try:
        ClaimFile.model_validate(top)
    except ValidationError as error:
        problems.extend(describe_errors(error, document, where))
        return None
    items = data.get("claims")
    if items is None:
        return []
    if not isinstance(items, list):
        line, column = document.positions.locate(data, ("claims",))
        problems.append(Problem(path=where, line=line, column=column,
                                message="claims: should be a list of claims"))
        return None
    return items


def load_claim_file(path: Path, sources: dict[str, Source], entities: EntityIndex,
                    problems: list[Problem]) -> list[AnchoredClaim]:
    where = display_path(path)
    source_id = path.stem
    if not SOURCE_ID.match(source_id):
        problems.append(Problem(path=where, line=1, column=1, message=(
            "a claim file is named after its source: claims/<source-id>.yaml, with a lowercase "
            "id of letters, digits and hyphens")))
        return []
    document = read_yaml(path, problems)
    if document is None:
        return []
    items = _claim_items(document.data, document, where, problems)
    if items is None:
        return []
    declared = document.data.get("source") if isinstance(document.data, dict) else None
    if declared is not None and declared != source_id:
        line, column = document.positions.locate(document.data, ("source",))
        problems.append(Problem(path=where, line=line, column=column, message=(
            f"source {declared!r} does not match the file name; claims/{source_id}.yaml holds "
            f"the claims of source {source_id!r}")))
        return []
    source = sources.get(source_id)
    if source is None:
        problems.append(Problem(path=where, line=1, column=1, message=(
            f"unknown source {source_id!r}: there is no {source_id}.txt in the sources folder"
            + suggestion(source_id, list(sources)))))
        return []
    return _check_claims(items, document, where, source, entities, problems)


def _check_claims(items: list[Any], document: yamlio.Document, where: str, source: Source,
                  entities: EntityIndex, problems: list[Problem]) -> list[AnchoredClaim]:
    checker = _ClaimChecker(where, document, source, entities, problems)
    positions = document.positions
    item_lines = [positions.locate(document.data, ("claims", i)) for i in range(len(items))]
    broken = _claims_with_duplicate_keys(document, item_lines)
    seen_ids: dict[str, int] = {}
    anchored = []
    for index, item in enumerate(items):
        try:
            claim = _CLAIM.validate_python(item)
        except ValidationError as error:
            claim_id = item.get("id") if isinstance(item, dict) else None
            problems.extend(describe_errors(error, document, where, ("claims", index),
                                            claim_id=claim_id if isinstance(claim_id, str)
                                            else None))
            continue
        if claim.id in seen_ids:
            checker.report(index, ("id",), f"duplicate claim id {claim.id!r} (first at line "
                           f"{item_lines[seen_ids[claim.id]][0]})", claim.id)
            continue
        seen_ids[claim.id] = index
        passage = checker.check(index, claim)
        if passage is None or index in broken:
            continue
        line, column = item_lines[index]
        subject = entities.resolve(claim.subject)
        assert subject is not None  # checked above
        work = claim.value.work if isinstance(claim.value, Credit | Cast) else None
        anchored.append(AnchoredClaim(
            claim=claim, source=source, subject=subject, passage=passage, path=where,
            line=line, column=column,
            work_entity=entities.resolve(work, ["work"]) if work else None,
        ))
    return anchored


def _claims_with_duplicate_keys(document: yamlio.Document,
                                item_lines: list[tuple[int, int]]) -> set[int]:
    """Claims holding a duplicate key: YAML kept only one of the values, so the claim is not
    what its author wrote and must not be compared."""
    broken = set()
    for duplicate in document.duplicates:
        for index in range(len(item_lines) - 1, -1, -1):
            if item_lines[index] <= duplicate.position:
                broken.add(index)
                break
    return broken


def load_claims(directory: Path, sources: dict[str, Source], entities: EntityIndex,
                problems: list[Problem]) -> list[AnchoredClaim]:
    claims: list[AnchoredClaim] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name not in RESERVED:
            claims.extend(load_claim_file(path, sources, entities, problems))
    for path in sorted(directory.glob("*.yml")):
        problems.append(Problem(path=display_path(path), line=1, column=1,
                                message="claim files end in .yaml; rename this file"))
    return claims
