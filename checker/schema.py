"""JSON Schemas of the file formats, generated from the pydantic models, for editors."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from checker.atomic import write_atomically
from checker.model.claims import ClaimFile
from checker.model.entities import EntitiesFile
from checker.model.resolutions import ResolutionsFile
from checker.model.sources import SourceMeta

SCHEMAS: dict[str, type[BaseModel]] = {
    "claims.schema.json": ClaimFile,
    "entities.schema.json": EntitiesFile,
    "resolutions.schema.json": ResolutionsFile,
    "source-meta.schema.json": SourceMeta,
}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    written = []
    for name, model in SCHEMAS.items():
        path = directory / name
        write_atomically(path, schema_text(model))
        written.append(path)
    return written
