"""The JSON Schemas in ``schema/``: in step with the models, and strict about unknown keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.schema import SCHEMAS, schema_text

REPO = Path(__file__).resolve().parent.parent
COMMITTED = REPO / "schema"
GOLDEN_CLAIMS = Path(__file__).parent / "golden" / "corpus" / "claims"
CLAIM = {
    "id": "budget", "subject": "Dry Season", "property": "budget", "status": "reviewed",
    "value": {"kind": "money", "amount": 2000000, "currency": "USD"}, "quote": "$2 million",
}


# the JSON Schema keywords pydantic writes ("discriminator" is OpenAPI's, which editors accept)
KEYWORDS = {
    "$schema", "$defs", "$ref", "title", "description", "type", "properties", "required",
    "additionalProperties", "patternProperties", "propertyNames", "items", "prefixItems",
    "minItems", "maxItems", "uniqueItems", "anyOf", "oneOf", "allOf", "enum", "const",
    "default", "examples", "format", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "discriminator",
}


def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((COMMITTED / name).read_text(encoding="utf-8"))
    return loaded


def _objects(schema: Any) -> list[dict[str, Any]]:
    """Every object schema with properties, wherever it is nested."""
    found = []
    if isinstance(schema, dict):
        if "properties" in schema:
            found.append(schema)
        for value in schema.values():
            found.extend(_objects(value))
    elif isinstance(schema, list):
        for value in schema:
            found.extend(_objects(value))
    return found


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_up_to_date(name: str) -> None:
    assert (COMMITTED / name).read_text(encoding="utf-8") == schema_text(SCHEMAS[name]), (
        f"schema/{name} is out of date; run: python -m checker schema")


def test_no_stray_schema_files() -> None:
    assert sorted(p.name for p in COMMITTED.glob("*.json")) == sorted(SCHEMAS)


def _unknown_keywords(schema: Any, where: str = "#") -> list[str]:
    """Keywords no validator knows (pydantic writes a stray constraint such as ``ge`` as is,
    and a validator then ignores it: the schema would silently accept what the model refuses)."""
    if not isinstance(schema, dict):
        return []
    found = [f"{where}/{key}" for key in schema if key not in KEYWORDS]
    for key in ("properties", "patternProperties", "$defs"):
        for name, sub in schema.get(key, {}).items():
            found += _unknown_keywords(sub, f"{where}/{key}/{name}")
    for key in ("items", "additionalProperties", "propertyNames"):
        found += _unknown_keywords(schema.get(key), f"{where}/{key}")
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for number, sub in enumerate(schema.get(key, [])):
            found += _unknown_keywords(sub, f"{where}/{key}/{number}")
    return found


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_generated_schema_uses_only_json_schema_keywords(name: str) -> None:
    assert _unknown_keywords(json.loads(schema_text(SCHEMAS[name]))) == []


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_object_forbids_unknown_keys(name: str) -> None:
    for schema in _objects(_schema(name)):
        assert schema.get("additionalProperties") is False, schema.get("title")


def test_the_claims_schema_rejects_an_unknown_key() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(_schema("claims.schema.json"))
    assert list(validator.iter_errors({"claims": [CLAIM]})) == []
    [error] = validator.iter_errors({"claims": [{**CLAIM, "qoute": "typo"}]})
    assert error.validator == "additionalProperties"
    assert "'qoute' was unexpected" in error.message


def test_the_resolutions_schema_rejects_a_malformed_id() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(_schema("resolutions.schema.json"))
    entry = {"keep": 2021, "reason": "festival premiere"}
    assert list(validator.iter_errors({"resolutions": {"red-rocket-year-5e0c2f1a": entry}})) == []
    assert list(validator.iter_errors({"resolutions": {"Red Rocket year": entry}})) != []


@pytest.mark.parametrize(("name", "schema"), [
    ("cinema-weekly-interview.yaml", "claims.schema.json"),
    ("harbor-gazette-review.yaml", "claims.schema.json"),
    ("entities.yaml", "entities.schema.json"),
])
def test_the_golden_files_follow_the_schemas(name: str, schema: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = yaml.safe_load((GOLDEN_CLAIMS / name).read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(_schema(schema)).iter_errors(document)) == []
