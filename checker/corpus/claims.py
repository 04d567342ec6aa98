"""Reading ``claims/``: every claim validated, resolved and anchored in its passage.

A claim that fails any check is reported (``path:line:column: message``) and left out of the
comparison; every other claim of the file is still checked, so one run shows everything to fix.

- A claim that fails validation (a bad currency, say) is still checked for an unknown property,
  subject or work, so that one run shows all of what to fix in it.
- A claim holding a duplicate key is reported for that only, and left out: YAML keeps only one
  of the values, so the claim is not what its author wrote, and checking it would report on a
  guess. A later claim repeating an id is left out too (and still checked).
- A file whose source has no readable text (no ``<id>.txt``, or one that is not UTF-8) is still
  validated, but its quotes cannot be looked up, so none of its claims is compared. An unknown
  source is one problem, with the nearest id; an unreadable one is reported at the source, and
  its claim file gets one note saying that its claims were not compared.
- An empty file, or one of comments only, is a problem; ``claims:`` with nothing under it, or
  ``claims: []``, is how a file says its source has no claims yet.
- A claim with ``status: rejected`` (a draft a person turned down) is validated like any
  other but never compared: it only stops ``extract`` from proposing it again.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from checker import yamlio
from checker.corpus.anchor import Passage
from checker.corpus.claim_checks import ClaimChecker
from checker.corpus.entities import ENTITIES_FILE, EntityIndex
from checker.corpus.files import duplicate_key_problem, listed, read_yaml
from checker.corpus.sources import SOURCE_ID, Source, Sources, suggested_id
from checker.model.claims import Claim, ClaimFile
from checker.model.entities import Entity
from checker.model.values import Cast, Credit
from checker.problems import Problem, display_path
from checker.validation import describe_errors, suggestion

RESOLUTIONS_FILE = "resolutions.yaml"
RESERVED = {ENTITIES_FILE, RESOLUTIONS_FILE}
_CLAIM = TypeAdapter(Claim)


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


def _problem(where: str, position: tuple[int, int], message: str) -> Problem:
    return Problem(path=where, line=position[0], column=position[1], message=message)


def _claim_items(document: yamlio.Document, where: str, source_id: str,
                 problems: list[Problem]) -> list[Any] | None:
    """The list under ``claims:``, after checking the file's top level; None when the file
    holds no claims to check."""
    data = document.data
    if data is None:
        what = "holds only comments" if document.text.strip() else "is empty"
        problems.append(_problem(where, (1, 1), (
            f"the file {what}; a claim file holds 'claims:' and a list of claims "
            "(write 'claims: []' for a source with none yet)")))
        return None
    if not isinstance(data, dict):
        hint = "; put 'claims:' on a line above the list" if isinstance(data, list) else ""
        what = "a list" if isinstance(data, list) else repr(data)
        problems.append(_problem(where, (1, 1), (
            f"a claim file should be a mapping with 'claims:' and a list of claims, not "
            f"{what}{hint}")))
        return None
    try:  # the file's own keys; each claim is validated on its own
        ClaimFile.model_validate({k: v for k, v in data.items() if k not in ("claims", "source")})
    except ValidationError as error:
        problems.extend(describe_errors(error, document, where, model=ClaimFile))
    declared = data.get("source")
    if declared is not None and declared != source_id:
        problems.append(_problem(where, document.positions.locate(data, ("source",)), (
            f"source: should be {source_id!r} (the file's name), not {declared!r}; the claims "
            "of this file are not checked until it is")))
        return None
    items = data.get("claims")
    if items is None:
        return []
    if not isinstance(items, list):
        problems.append(_problem(where, document.positions.locate(data, ("claims",)), (
            f"claims: should be a list of claims, each starting with '- id:', not "
            f"{'a mapping' if isinstance(items, dict) else repr(items)}")))
        return None
    return items


def _misnamed(path: Path, where: str, sources: Mapping[str, Source]) -> Problem:
    wanted = suggested_id(path.stem)
    known = f" (the claims of source {wanted!r})" if wanted in sources else ""
    return _problem(where, (1, 1), (
        f"a claim file is named after its source, claims/<source-id>.yaml with a lowercase id "
        f"of letters, digits and hyphens; rename it to {wanted}.yaml{known}"))


def load_claim_file(path: Path, sources: Mapping[str, Source], entities: EntityIndex,
                    problems: list[Problem]) -> list[AnchoredClaim]:
    return [claim for _, claim in check_claim_file(path, sources, entities, problems)]


def check_claim_file(path: Path, sources: Mapping[str, Source], entities: EntityIndex,
                     problems: list[Problem]) -> list[tuple[Any, AnchoredClaim]]:
    """The valid claims of one file, each with the item as written (what it was validated
    from); the file's problems are appended to ``problems``."""
    where = display_path(path)
    source_id = path.stem
    if not SOURCE_ID.match(source_id):
        problems.append(_misnamed(path, where, sources))
        return []
    document = read_yaml(path, problems, report_duplicates=False)
    if document is None:
        return []
    items = _claim_items(document, where, source_id, problems)
    if items is None:
        return []
    source = sources.get(source_id)
    unreadable = sources.unreadable if isinstance(sources, Sources) else {}
    if source_id in unreadable:
        problems.append(_problem(where, (1, 1), (
            f"the claims of this file are not compared: their source "
            f"{display_path(unreadable[source_id])} cannot be read")))
    elif source is None:
        problems.append(_problem(where, (1, 1), (
            f"unknown source {source_id!r}: there is no {source_id}.txt in the sources folder"
            + suggestion(source_id, list(sources)))))
    return _check_claims(items, document, where, source, entities, problems)


def _containers(node: Any) -> Iterator[int]:
    """The ids of the mappings and lists in ``node``, itself included."""
    if isinstance(node, dict | list):
        yield id(node)
        for child in node.values() if isinstance(node, dict) else node:
            yield from _containers(child)


def _claims_with_duplicate_keys(items: list[Any], document: yamlio.Document, where: str,
                                problems: list[Problem]) -> set[int]:
    """Report every duplicate key; return the claims holding one. YAML kept only one of the
    values, so such a claim is not what its author wrote and must not be compared."""
    if not document.duplicates:
        return set()
    owner = {container: index for index, item in enumerate(items)
             for container in _containers(item)}
    broken = set()
    for duplicate in document.duplicates:
        index = owner.get(id(duplicate.mapping))
        if index is None:
            problems.append(duplicate_key_problem(where, duplicate))
            continue
        broken.add(index)
        claim_id = items[index].get("id") if isinstance(items[index], dict) else None
        claim_id = claim_id if isinstance(claim_id, str) else None
        named = f"claim {claim_id!r}" if claim_id else "the claim"
        problems.append(duplicate_key_problem(
            where, duplicate, f": YAML keeps only one of the values, so {named} is left out",
            claim_id))
    return broken


def _check_claims(items: list[Any], document: yamlio.Document, where: str,
                  source: Source | None, entities: EntityIndex,
                  problems: list[Problem]) -> list[tuple[Any, AnchoredClaim]]:
    checker = ClaimChecker(where, document, source, entities, problems)
    item_lines = [document.positions.locate(document.data, ("claims", i))
                  for i in range(len(items))]
    broken = _claims_with_duplicate_keys(items, document, where, problems)
    first_line: dict[str, int] = {}
    anchored = []
    for index, item in enumerate(items):
        written_id = item.get("id") if isinstance(item, dict) else None
        claim_id = written_id if isinstance(written_id, str) else None
        before = len(problems)
        if claim_id is not None and claim_id in first_line:
            checker.report(index, ("id",), f"duplicate claim id {claim_id!r} (first at line "
                           f"{first_line[claim_id]}); give each claim its own id", claim_id)
        elif claim_id is not None:
            first_line[claim_id] = item_lines[index][0]
        if index in broken:  # not what its author wrote: checking it would report guesses
            continue
        try:
            claim = _CLAIM.validate_python(item)
        except ValidationError as error:
            problems.extend(describe_errors(error, document, where, ("claims", index),
                                            claim_id=claim_id, model=Claim))
            checker.check_names(index, item, error, claim_id)
            continue
        passage = checker.check(index, claim, item)
        if passage is None or source is None or len(problems) > before:
            continue
        if claim.status == "rejected":  # validated, kept as a record, never compared
            continue
        subject = entities.resolve(claim.subject)
        assert subject is not None  # checked above
        work = claim.value.work if isinstance(claim.value, Credit | Cast) else None
        line, column = item_lines[index]
        anchored.append((item, AnchoredClaim(
            claim=claim, source=source, subject=subject, passage=passage, path=where,
            line=line, column=column,
            work_entity=entities.resolve(work, ["work"]) if work else None,
        )))
    return anchored


def claim_files(directory: Path, problems: list[Problem]) -> list[Path]:
    """The claim files of ``directory``, in order; a misnamed ``.yml`` file is a problem."""
    names = listed(directory)
    for name in names:
        if name.endswith(".yml"):
            problems.append(_problem(display_path(directory / name), (1, 1),
                                     "claim files end in .yaml; rename this file"))
    return [directory / name for name in names
            if name.endswith(".yaml") and name not in RESERVED]


def load_claims(directory: Path, sources: Mapping[str, Source], entities: EntityIndex,
                problems: list[Problem]) -> list[AnchoredClaim]:
    claims: list[AnchoredClaim] = []
    for path in claim_files(directory, problems):
        claims.extend(load_claim_file(path, sources, entities, problems))
    return claims
