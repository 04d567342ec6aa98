"""Turning pydantic validation errors into problems a person can act on.

Pydantic says ``claims.3.value.money.amount: Input should be a valid number``; a person wants
``claims/x.yaml:41:13: amount: should be a number, not 'six million'``, pointing at the line to
edit. The error's path is followed through the YAML document's recorded positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from rapidfuzz import process

from checker import yamlio
from checker.problems import Problem

VALUE_KINDS = ("money", "date", "year", "quantity", "name", "credit", "cast", "place",
               "entity", "text")
_PATTERN_HINTS = {
    "source": "a source id: lowercase letters, digits and hyphens, e.g. moviemaker-cover",
    "currency": "a three-letter currency code such as USD",
    "id": "an id: letters, digits, '.', '_' and '-', starting with a letter or digit",
    "date": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "as_of": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
    "published": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
}


def suggestion(word: str, choices: Sequence[str], cutoff: float = 70) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or nothing."""
    match = process.extractOne(word, list(choices), score_cutoff=cutoff)
    return f"; did you mean {match[0]!r}?" if match else ""


def _key(loc: Sequence[int | str]) -> str | None:
    named = [step for step in loc if isinstance(step, str) and step not in VALUE_KINDS]
    return named[-1] if named else None


def _message(error: ErrorDetails, known_keys: Sequence[str]) -> str:
    kind = error["type"]
    loc = error["loc"]
    key = _key(loc)
    given = error.get("input")
    prefix = f"{key}: " if key else ""
    if kind == "missing":
        return f"missing required key {loc[-1]!r}"
    if kind == "extra_forbidden":
        return f"unknown key {loc[-1]!r}" + suggestion(str(loc[-1]), known_keys)
    if kind == "union_tag_not_found":
        return f"{prefix}a value needs a 'kind': one of {', '.join(VALUE_KINDS)}"
    if kind == "union_tag_invalid":
        tag = str((error.get("ctx") or {}).get("tag", given))
        return (f"{prefix}unknown value kind {tag!r}; expected one of {', '.join(VALUE_KINDS)}"
                + suggestion(tag, VALUE_KINDS))
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(key or "", "text of the expected form")
        return f"{prefix}{given!r} is not {hint}"
    if kind == "string_too_short":
        return f"{prefix}must not be empty"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{prefix}should be a mapping (key: value lines), not {_what(given)}"
    if kind in ("list_type", "tuple_type"):
        return f"{prefix}should be a list, not {_what(given)}"
    if kind == "value_error":
        return prefix + error["msg"].removeprefix("Value error, ")
    text = error["msg"]
    text = text[0].lower() + text[1:] if text else text
    text = text.replace("input should be", "should be")
    hint = ""
    if isinstance(given, bool) and kind in ("string_type", "literal_error"):
        hint = " (YAML reads yes/no/on/off as true/false: put the text in quotes)"
    return f"{prefix}{text}, not {given!r}{hint}"


def _what(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return repr(value)


KNOWN_KEYS = (
    "id", "subject", "property", "value", "scope", "approximate", "bound", "as_of",
    "year_from", "quote", "status", "note", "kind", "amount", "currency", "date", "year",
    "to", "unit", "name", "role", "work", "shared", "character", "place", "entity", "text",
    "source", "claims", "entities", "aliases", "reason", "evidence", "part_of", "title",
    "publisher", "author", "url", "published", "sections", "starts_at", "label", "weight",
    "resolutions", "keep", "accept_all", "decided", "by",
)


def describe_errors(
    error: ValidationError,
    document: yamlio.Document,
    path: str,
    base: tuple[int | str, ...] = (),
    claim_id: str | None = None,
) -> list[Problem]:
    """One problem per validation error, at the YAML position of the offending key."""
    problems = []
    seen = set()
    for detail in error.errors(include_url=False):
        loc = base + tuple(detail["loc"])
        line, column = document.positions.locate(document.data, loc)
        message = _message(detail, KNOWN_KEYS)
        if (line, column, message) in seen:
            continue
        seen.add((line, column, message))
        problems.append(Problem(path=path, line=line, column=column, message=message,
                                claim_id=claim_id))
    return problems
