"""Draft claims and entities as YAML text, in the style of the files people write.

Values are written plain where YAML reads them back as the same text, else in double quotes
with escapes (a quote may hold anything an article prints: colons, " #", quotation marks,
line-break characters). The merge reads every text it writes back before writing it.
"""

from __future__ import annotations

import json
import re

import yaml

from checker.model.claims import Claim
from checker.model.entities import Entity

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#]*$")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")


def _reads_back(text: str, flow: bool) -> bool:
    document = f"{{k: {text}}}" if flow else f"k: {text}"
    try:
        loaded = yaml.safe_load(document)
    except yaml.YAMLError:
        return False
    return isinstance(loaded, dict) and loaded.get("k") == text


def _escaped(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    # YAML reads these as line breaks, and wants every other character printable
    return "".join(c if (c.isprintable() and c not in "\x85\u2028\u2029") or c == " " else
                   (f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}")
                   for c in quoted)


def scalar(text: str, flow: bool = False) -> str:
    """``text`` as a YAML scalar that reads back as exactly ``text``."""
    plain = (_PLAIN.match(text) and text.isprintable() and " #" not in text and ": " not in text
             and text == text.strip() and not (flow and _FLOW_UNSAFE.search(text)))
    if plain and _reads_back(text, flow):
        return text
    return _escaped(text)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _flow(mapping: dict[str, object]) -> str:
    parts = []
    for key, value in mapping.items():
        if isinstance(value, bool):
            written = "true" if value else "false"
        elif isinstance(value, int | float):
            written = _number(value)
        else:
            written = scalar(str(value), flow=True)
        parts.append(f"{key}: {written}")
    return "{" + ", ".join(parts) + "}"


def claim_text(claim: Claim, indent: str) -> str:
    """One claim as a block item of a ``claims:`` list."""
    value = claim.value.model_dump(exclude_defaults=True)
    value = {"kind": claim.value.kind, **{k: v for k, v in value.items() if k != "kind"}}
    lines = [f"- id: {scalar(claim.id)}", f"  subject: {scalar(claim.subject)}",
             f"  property: {claim.property}", f"  value: {_flow(value)}"]
    if claim.scope is not None:
        lines.append(f"  scope: {scalar(claim.scope)}")
    if claim.approximate:
        lines.append("  approximate: true")
    if claim.bound is not None:
        lines.append(f"  bound: {claim.bound}")
    if claim.year_from != "quote":
        lines.append(f"  year_from: {claim.year_from}")
    lines += [f"  quote: {scalar(claim.quote)}", f"  status: {claim.status}"]
    if claim.note is not None:
        lines.append(f"  note: {scalar(claim.note)}")
    return "".join(f"{indent}{line}\n" for line in lines)


def entity_text(entity: Entity, indent: str) -> str:
    """One entity as an item of an ``entities:`` list, on one line."""
    fields: dict[str, object] = {"name": entity.name, "kind": entity.kind}
    if entity.work:
        fields["work"] = entity.work
    if entity.part_of:
        fields["part_of"] = entity.part_of
    fields["status"] = entity.status
    if entity.note:
        fields["note"] = entity.note
    return f"{indent}- {_flow(fields)}\n"
