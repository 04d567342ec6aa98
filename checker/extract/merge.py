"""Adding drafts to ``claims/``: new text appended, nothing a person wrote changed.

- A claim file is never rewritten: the drafts are inserted as YAML text right after the last
  claim of its ``claims:`` list (or after ``claims:``; ``claims: []`` loses its ``[]``), so
  every comment, blank line and spelling of what is there stays byte for byte. A new file
  starts with the schema line and ``source:``.
- A draft is left out when the file already has a claim with its id (a person who edits a
  draft keeps its id, so it is not proposed again), or a claim that says the same thing
  (subject, property and value) on an overlapping passage, whatever its status: a reviewed
  claim, a draft from an earlier run, or one a person set to ``status: rejected``.
- Proposed entities are appended the same way to ``entities.yaml``, as ``status: draft``;
  one whose name the file already has, under any status, is left out.
- The new text is read back before it is written: the file must still hold what it held,
  plus the drafts. A file that cannot be read, or that changed while extraction ran, is
  reported and left alone. Writes are atomic.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from checker import yamlio
from checker.atomic import write_atomically
from checker.corpus.anchor import find_quote
from checker.corpus.entities import EntityIndex
from checker.corpus.files import read_text
from checker.corpus.sources import Source
from checker.extract.drafts import Draft
from checker.extract.keys import claim_key
from checker.extract.yamltext import claim_text, entity_text
from checker.model.claims import Claim
from checker.model.entities import Entity
from checker.parse.names import name_key
from checker.problems import Problem, display_path

_HEADERS = {"claims": "claims.schema.json", "entities": "entities.schema.json"}
_NOTICE = ("# added by extract: review each draft, then set status: reviewed (correcting it "
           "if need be) or status: rejected\n")


class MergeRefused(Exception):
    """The file cannot take the drafts; it is left as it is."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class Plan:
    """What merging would do to one file: the new text, and what it adds and leaves out."""

    path: Path
    original: str | None  # None: the file does not exist yet
    text: str
    added: tuple[Any, ...]  # claims or entities
    present: int  # drafts left out: the file says it already

    @property
    def changes(self) -> bool:
        return bool(self.added)

    def write(self) -> None:
        """Write the new text, unless the file changed since it was read. A byte-order mark
        and Windows line endings are kept as the file had them."""
        raw = self.path.read_bytes() if self.path.exists() else None
        now = None if raw is None else raw.removeprefix(codecs.BOM_UTF8).decode(
            "utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        if now != self.original:
            raise MergeRefused(Problem(path=display_path(self.path), line=1, column=1, message=(
                "the file changed while extract ran; nothing was added, run extract again")))
        text = self.text
        if raw is not None and b"\r\n" in raw:
            text = text.replace("\n", "\r\n")
        if raw is not None and raw.startswith(codecs.BOM_UTF8):
            text = "\ufeff" + text
        write_atomically(self.path, text)


def _refuse(path: Path, line: int, column: int, message: str) -> MergeRefused:
    return MergeRefused(Problem(path=display_path(path), line=line, column=column,
                                message=message))


def _read(path: Path) -> tuple[str, yamlio.Document]:
    problems: list[Problem] = []
    text = read_text(path, problems)
    if text is None:
        raise MergeRefused(problems[0])
    try:
        return text, yamlio.load(text)
    except yamlio.YamlError as error:
        raise _refuse(path, error.line, error.column, error.message) from None


def _last_line(node: yaml.Node) -> int:
    """The last line (0-based) that holds part of ``node``."""
    end = node.end_mark.line if node.end_mark.column > 0 else node.end_mark.line - 1
    children: list[yaml.Node] = []
    if isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    if children:
        end = max(_last_line(c) for c in children)
    return max(end, node.start_mark.line)


def _insert(path: Path, text: str, key: str, items: Callable[[str], str]) -> str:
    """``text`` with the items inserted at the end of its ``key:`` list."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    root = yaml.compose("".join(lines))
    if root is None:  # only comments so far
        return "".join(lines) + f"{key}:\n" + items("  ")
    if not isinstance(root, yaml.MappingNode):
        raise _refuse(path, 1, 1, f"the file should be a mapping with '{key}:' and a list")
    node = next((v for k, v in root.value if k.value == key), None)
    if node is None:
        return "".join(lines) + f"{key}:\n" + items("  ")
    line: int = node.start_mark.line
    if isinstance(node, yaml.ScalarNode) and node.value == "":  # "claims:" with nothing under
        return "".join(lines[: line + 1]) + items("  ") + "".join(lines[line + 1:])
    if isinstance(node, yaml.SequenceNode) and node.flow_style and not node.value:
        start: int = node.start_mark.column  # "claims: []"
        end: int = node.end_mark.column
        emptied = lines[line][:start].rstrip() + lines[line][end:]
        return "".join(lines[:line]) + emptied + items("  ") + "".join(lines[line + 1:])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style:
        after = _last_line(node) + 1
        indent = " " * node.start_mark.column
        return "".join(lines[:after]) + items(indent) + "".join(lines[after:])
    raise _refuse(path, line + 1, node.start_mark.column + 1, (
        f"{key}: is not written as a block list ('- ' items, one per line), so extract "
        "cannot add to it without rewriting it; write it as a block list"))


def _checked(path: Path, before: dict[str, Any], text: str, key: str, added: int) -> None:
    """The new text reads back as the old data plus ``added`` items, or nothing is written."""
    new = yamlio.load(text).data
    old_items = before.get(key) or []
    ok = (isinstance(new, dict) and {k: v for k, v in new.items() if k != key}
          == {k: v for k, v in before.items() if k != key}
          and isinstance(new.get(key), list) and new[key][: len(old_items)] == old_items
          and len(new[key]) == len(old_items) + added)
    if not ok:
        raise _refuse(path, 1, 1, "extract could not add to this file without changing what "
                                  "it holds; nothing was added")


def _file(path: Path, key: str, header: dict[str, str],
          entries: Sequence[str]) -> tuple[str | None, str]:
    original = None
    before: dict[str, Any] = dict(header)
    if path.exists():
        original, document = _read(path)
        before = document.data if isinstance(document.data, dict) else {}
    if not entries:
        return original, original if original is not None else ""

    def items(indent: str) -> str:
        notice = indent + _NOTICE
        return notice + "".join("".join(indent + line for line in e.splitlines(keepends=True))
                                for e in entries)

    opening = "".join(f"{k}: {v}\n" for k, v in header.items())
    text = _insert(path, original, key, items) if original is not None else (
        f"# yaml-language-server: $schema=../schema/{_HEADERS[key]}\n{opening}{key}:\n"
        + items("  "))
    _checked(path, before, text, key, len(entries))
    return original, text


def _existing_claims(document: yamlio.Document | None) -> list[Any]:
    data = document.data if document is not None else None
    items = data.get("claims") if isinstance(data, dict) else None
    return items if isinstance(items, list) else []


def plan_claims(path: Path, source: Source, drafts: Sequence[Draft],
                entities: EntityIndex) -> Plan:
    """How ``claims/<source>.yaml`` takes the drafts of its source."""
    document = _read(path)[1] if path.exists() else None
    items = _existing_claims(document)
    ids = {item.get("id") for item in items if isinstance(item, dict)}
    said = []
    for item in items:
        try:
            claim = Claim.model_validate(item)
        except ValidationError:
            continue
        passage = find_quote(claim.quote, source)
        if passage is not None:
            said.append((claim_key(claim, entities), passage.start, passage.end))
    new = []
    for draft in drafts:
        key = claim_key(draft.claim, entities)
        if draft.claim.id in ids or any(k == key and s < draft.passage.end and
                                        draft.passage.start < e for k, s, e in said):
            continue
        new.append(draft.claim)
    original, text = _file(path, "claims", {"source": source.id},
                           [claim_text(c, "") for c in new])
    return Plan(path, original, text, tuple(new), len(drafts) - len(new))


def plan_entities(path: Path, proposed: Sequence[Entity]) -> Plan:
    """How ``claims/entities.yaml`` takes the proposed entities."""
    document = _read(path)[1] if path.exists() else None
    data = document.data if document is not None else None
    items = data.get("entities") if isinstance(data, dict) else None
    known = {name_key(item["name"]) for item in items or [] if isinstance(item, dict)
             and isinstance(item.get("name"), str)}
    new = []
    for entity in proposed:
        if name_key(entity.name) not in known:
            known.add(name_key(entity.name))
            new.append(entity)
    original, text = _file(path, "entities", {}, [entity_text(e, "") for e in new])
    return Plan(path, original, text, tuple(new), len(proposed) - len(new))
