"""From findings to draft claims that the check accepts.

Each finding becomes a claim with ``status: draft``:

- its **quote** is the source's own text from the first to the last word of its evidence
  (the value, its subject, the word that says what it is), widened word by word until it
  occurs once in the source, so that the check anchors it where it was found;
- its **id** is made from what it says ("red-rocket-year-2021"), with "-2", "-3" for the
  same statement at other passages, so that extracting again gives the same ids;
- it is kept only if the check would accept it: the model validates it, its quote is found,
  its value is supported by its quote (:func:`checker.corpus.support.unsupported`), its subject
  and work are known or proposed entities.

One statement found twice in one passage (by two rules) is written once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from checker.corpus.anchor import Passage, find_quote
from checker.corpus.entities import EntityIndex
from checker.corpus.sources import Source
from checker.corpus.support import unsupported
from checker.extract.context import Context
from checker.extract.finding import Finding
from checker.extract.gazetteer import extended_index
from checker.extract.keys import id_part, label, value_key
from checker.model.claims import Claim
from checker.model.entities import Entity
from checker.model.values import Cast, Credit, EntityRef, Place

_ID_LENGTH = 80
_PAIRS = (("(", ")"), ("[", "]"))


@dataclass(frozen=True)
class Draft:
    claim: Claim
    passage: Passage


@dataclass(frozen=True)
class Extraction:
    """What extraction proposes for one source: draft claims, and the draft entities they
    name that no entity file holds yet."""

    source: Source
    drafts: tuple[Draft, ...]
    entities: tuple[Entity, ...]
    refused: int = 0  # findings the check's rules do not accept


def _words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """One more word on each side, within the sentence."""
    while start > 0 and not text[start - 1].isalnum():
        start -= 1
    start, _ = _words(text, start, start)
    while end < len(text) and not text[end].isalnum():
        end += 1
    _, end = _words(text, end, end)
    return start, end


def quote_of(finding: Finding, source: Source) -> tuple[tuple[int, int], Passage | None]:
    """The source span of the finding's quote: whole words, occurring once in the source;
    and the passage the check anchors it at."""
    sentence = finding.sentence
    text = sentence.text
    start, end = _words(text, *finding.span)
    while True:
        while end > start and text[end - 1] in " ,;:-(":
            end -= 1
        for opening, closing in _PAIRS:  # close what the quote opens: "Sasha (2022)"
            if end < len(text) and text[end] == closing and \
                    text.count(opening, start, end) > text.count(closing, start, end):
                end += 1
        if text.count('"', start, end) % 2:  # a title's quotation marks, both of them
            if end < len(text) and text[end] == '"':
                end += 1
            elif start > 0 and text[start - 1] == '"':
                start -= 1
        span = sentence.source_span(start, end)
        passage = find_quote(source.text[span[0]: span[1]], source)
        if (passage is not None and passage.start == span[0]) or (start, end) == (0, len(text)):
            return span, passage
        start, end = _widen(text, start, end)


def _id_base(finding: Finding) -> str:
    base = id_part(f"{finding.subject.name} {finding.property} {label(finding.value)}")
    return base[:_ID_LENGTH].strip("-") or "claim"


def _named(claim: Claim) -> list[str]:
    value = claim.value
    names = [claim.subject]
    if isinstance(value, Credit | Cast):
        names.append(value.work)
    if isinstance(value, Cast):
        names.append(value.character)
    if isinstance(value, Place):
        names.append(value.place)
    if isinstance(value, EntityRef):
        names.append(value.entity)
    return names


def _accepted(claim: Claim, passage: Passage | None, source: Source,
              index: EntityIndex) -> Passage | None:
    if passage is None or index.resolve(claim.subject) is None:
        return None
    if isinstance(claim.value, Credit | Cast) and index.resolve(claim.value.work, ["work"]) \
            is None:
        return None
    if claim.year_from == "published" and not source.meta.published:
        return None
    return passage if unsupported(claim, source, index) is None else None


def drafts_of(findings: Iterable[Finding], context: Context,
              proposals: list[Entity]) -> Extraction:
    """The findings that make draft claims the check accepts, and the ``proposals`` (draft
    entities) they name."""
    source = context.source
    # the proposals of earlier readings are in the last reading's index already
    last = {id(e) for e in context.proposals.values()}
    new = [e for e in proposals if id(e) in last]
    index = extended_index(context.gazetteer.index, new) if new else context.gazetteer.index
    ordered = sorted(findings, key=lambda f: (f.sentence.start + f.span[0], f.property))
    written: dict[tuple[object, ...], list[tuple[int, int]]] = {}
    seen: Counter[str] = Counter()
    drafts = []
    refused = 0
    for finding in ordered:
        span, passage = quote_of(finding, source)
        key = (finding.subject.name, finding.property, value_key(finding.value, index),
               finding.scope)
        if key in written and (finding.property == "name" or any(
                s < span[1] and span[0] < e for s, e in written[key])):
            continue  # said already here; a spelling is recorded once per source
        base = _id_base(finding)
        try:
            claim = Claim(
                id=base if not seen[base] else f"{base}-{seen[base] + 1}",
                subject=finding.subject.name, property=finding.property, value=finding.value,
                scope=finding.scope, approximate=finding.approximate, bound=finding.bound,
                year_from=finding.year_from, quote=source.text[span[0]: span[1]],
                status="draft", note=finding.note)
        except ValidationError:
            refused += 1
            continue
        if claim.quote != source.text[span[0]: span[1]]:  # the model strips white space
            passage = find_quote(claim.quote, source)
        passage = _accepted(claim, passage, source, index)
        if passage is None:
            refused += 1
            continue
        seen[base] += 1
        written.setdefault(key, []).append(span)
        drafts.append(Draft(claim, passage))
    named = {n for d in drafts for n in _named(d.claim)}
    used = [e for e in proposals if e.name in named]
    works = {e.work for e in used if e.work}
    used += [e for e in proposals if e.name in works and e not in used]
    return Extraction(source=source, drafts=tuple(drafts), entities=tuple(used),
                      refused=refused)
