"""Turning pydantic validation errors into problems a person can act on.

Pydantic says ``claims.3.value.money.amount: Input should be a valid number``; a person wants
``claims/x.yaml:41:13: amount: should be a number written in digits, not 'six million'``,
pointing at the line to edit. The error's path is followed through the YAML document's recorded
positions, and a value YAML read as something else than text is shown as it is written
(``no``, not ``False``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
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
    "decided": "a date: YYYY, YYYY-MM or YYYY-MM-DD",
}
_YAML_READS = {"int": "a number", "float": "a number", "datetime": "a date and time"}


def suggestion(word: str, choices: Sequence[str], cutoff: float = 70) -> str:
    """``; did you mean 'x'?`` for the closest choice, or nothing."""
    match = process.extractOne(word, list(choices), score_cutoff=cutoff)
    return f"; did you mean {match[0]!r}?" if match else ""


def key_path(loc: Sequence[int | str]) -> list[str]:
    """The keys of ``loc``, without the tag pydantic adds after a discriminated ``value``."""
    return [step for index, step in enumerate(loc) if isinstance(step, str)
            and not (index and loc[index - 1] == "value" and step in VALUE_KINDS)]


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


def allowed_keys(model: type[BaseModel], loc: Sequence[int | str]) -> list[str]:
    """The keys the mapping at ``loc`` may hold, following the models' fields."""
    models = [model]
    for step in loc:
        fields = [m.model_fields[step] for m in models if step in m.model_fields]
        tagged = [m for m in models if "kind" in m.model_fields
                  and get_args(m.model_fields["kind"].annotation) == (step,)]
        if fields:
            models = [found for f in fields for found in _models_in(f.annotation)]
        elif tagged:
            models = tagged
    return sorted({key for m in models for key in m.model_fields})


def _shown(given: Any, written: str | None) -> str:
    if isinstance(given, list):
        return "a list"
    if isinstance(given, dict):
        return "a mapping"
    if given is None:
        return "nothing"
    if written is not None and not isinstance(given, str):
        return written
    return repr(given)


def _not_text(prefix: str, given: Any, written: str | None) -> str:
    if given is None:
        return f"{prefix}should be text, but nothing is given"
    if written is not None and not isinstance(given, list | dict):
        reads = str(given).lower() if isinstance(given, bool) else \
            _YAML_READS.get(type(given).__name__, f"a {type(given).__name__}")
        return (f"{prefix}should be text, but YAML reads an unquoted {written} as {reads}; "
                f"write \"{written}\" in quotes")
    return f"{prefix}should be text, not {_shown(given, written)}"


def _message(error: ErrorDetails, model: type[BaseModel] | None, written: str | None) -> str:
    kind = error["type"]
    loc = error["loc"]
    named = key_path(loc)
    is_field = bool(loc) and isinstance(loc[-1], str)
    prefix = f"{named[-1]}: " if named and is_field else ""
    given = error.get("input")
    ctx = error.get("ctx") or {}
    shown = _shown(given, written)
    if kind == "extra_forbidden":
        choices = allowed_keys(model, loc[:-1]) if model else []
        near = suggestion(str(loc[-1]), choices)
        if not near and choices:
            near = f"; the keys allowed here are {', '.join(choices)}"
        return f"unknown key {loc[-1]!r}{near}"
    if kind == "union_tag_not_found":
        return f"{prefix}a value needs a 'kind': one of {', '.join(VALUE_KINDS)}"
    if kind == "union_tag_invalid":
        tag = str(ctx.get("tag", given))
        return (f"unknown value kind {tag!r}; expected one of {', '.join(VALUE_KINDS)}"
                + suggestion(tag, VALUE_KINDS))
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(named[-1] if named else "", "text of the expected form")
        return f"{prefix}{shown} is not {hint}"
    if kind == "string_too_short":
        return f"{prefix}must not be empty"
    if kind == "string_type":
        return _not_text(prefix, given, written)
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        example = " such as {kind: money, amount: 6000000, currency: USD}" \
            if named[-1:] == ["value"] else " (key: value lines)"
        return f"{prefix}should be a mapping{example}, not {shown}"
    if kind in ("list_type", "tuple_type"):
        return f"{prefix}should be a list, not {shown}"
    if kind == "finite_number":
        return f"{prefix}should be a finite number, not {shown}"
    if kind in ("float_parsing", "float_type"):
        return f"{prefix}should be a number written in digits, not {shown}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"{prefix}should be a whole number, not {shown}"
    if kind in ("bool_parsing", "bool_type"):
        return f"{prefix}should be true or false, not {shown}"
    if kind == "literal_error":
        return f"{prefix}should be {ctx.get('expected', 'one of the listed values')}, not {shown}"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        side = "or more" if kind == "greater_than_equal" else "or less"
        return f"{prefix}should be {bound:g} {side}, not {shown}"
    if kind == "value_error":
        return prefix + error["msg"].removeprefix("Value error, ")
    if kind == "invalid_key":
        # YAML read the key as a number or a date; in a flow mapping a comma inside an
        # unquoted value ("$2,000,000") also starts a new key
        reads = {"int": "number", "float": "number", "bool": "true/false value"}.get(
            type(given).__name__, type(given).__name__)
        return (f"a key should be text, but YAML reads this one as the {reads} {given!r}; "
                "put keys, and values with commas in flow mappings, in quotes")
    text = error["msg"].replace("Input should be", "should be")
    return f"{prefix}{text}, not {shown}"


def describe_errors(
    error: ValidationError,
    document: yamlio.Document,
    path: str,
    base: tuple[int | str, ...] = (),
    claim_id: str | None = None,
    model: type[BaseModel] | None = None,
) -> list[Problem]:
    """One problem per validation error, at the YAML position of the offending key. Missing
    keys of one mapping make one problem; ``model`` is what was validated, for suggestions."""
    problems: list[Problem] = []
    missing: dict[tuple[int, int], list[str]] = {}
    for detail in error.errors(include_url=False):
        loc = base + tuple(detail["loc"])
        if detail["type"] in ("union_tag_invalid",):
            loc += ("kind",)  # point at the kind the person wrote
        line, column = document.positions.locate(document.data, loc)
        if detail["type"] == "missing":
            missing.setdefault((line, column), []).append(str(detail["loc"][-1]))
            continue
        written = document.positions.written_at(document.data, loc)
        message = _message(detail, model, written)
        problem = Problem(path=path, line=line, column=column, message=message,
                          claim_id=claim_id)
        if problem not in problems:
            problems.append(problem)
    for (line, column), keys in missing.items():
        names = ", ".join(repr(k) for k in sorted(keys))
        message = f"missing required key {names}" if len(keys) == 1 else \
            f"missing required keys {names}"
        problems.append(Problem(path=path, line=line, column=column, message=message,
                                claim_id=claim_id))
    return problems


def without_errors(data: Any, error: ValidationError) -> Any:
    """``data`` without the parts ``error`` is about: a top-level key, or one item of a list
    under one, so that what is right in a file can still be used once the rest is reported.
    Validating the result fails again when a required key or the whole mapping is wrong."""
    if not isinstance(data, dict):
        return data
    kept = dict(data)
    dropped_items: dict[Any, set[int]] = {}
    for detail in error.errors(include_url=False):
        loc = detail["loc"]
        if not loc:
            return data
        key = loc[0]
        if len(loc) > 1 and isinstance(loc[1], int) and isinstance(kept.get(key), list):
            dropped_items.setdefault(key, set()).add(loc[1])
        else:
            kept.pop(key, None)
    for key, indices in dropped_items.items():
        if isinstance(kept.get(key), list):
            kept[key] = [item for i, item in enumerate(kept[key]) if i not in indices]
    return kept
