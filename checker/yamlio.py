"""Reading people's YAML files safely, remembering where every key and item came from.

- Safe loading only (no Python tags), with libyaml's C parser where it is installed.
- Duplicate keys are reported, not silently resolved to the last one.
- Anchors and aliases are refused: claim files have no use for them, and refusing them is the
  simplest complete defence against "billion laughs" alias bombs.
- Every mapping key and sequence item keeps its line and column, so that a validation error
  on ``claims[3].value.amount`` can be reported at the YAML line a person has to edit.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

_BaseLoader: type[yaml.SafeLoader]
try:  # libyaml's parser is several times faster; the constructor stays in Python either way
    _BaseLoader = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

Position = tuple[int, int]


class YamlError(Exception):
    """A file that cannot be read as YAML at all."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    position: Position
    first: Position


@dataclass
class Positions:
    """Where each key of each mapping, and each item of each sequence, starts (1-based)."""

    mappings: dict[int, tuple[Position, dict[Any, Position]]] = field(default_factory=dict)
    sequences: dict[int, tuple[Position, list[Position]]] = field(default_factory=dict)
    keep_alive: list[object] = field(default_factory=list)

    def of(self, node: object) -> Position | None:
        """Where a mapping or sequence produced by the loader starts."""
        if id(node) in self.mappings:
            return self.mappings[id(node)][0]
        if id(node) in self.sequences:
            return self.sequences[id(node)][0]
        return None

    def locate(self, root: object, loc: Sequence[int | str]) -> Position:
        """The position to report for a validation error at ``loc`` (a pydantic error path).

        Steps that are not keys of the data (a discriminated union's tag, or the name of a
        missing field) are skipped, so a missing key is reported at its parent mapping.
        """
        current: object = root
        where = self.of(root) or (1, 1)
        for step in loc:
            if isinstance(current, dict) and isinstance(step, Hashable) and step in current:
                where = self.mappings.get(id(current), (where, {}))[1].get(step, where)
                current = current[step]
            elif isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current):
                items = self.sequences.get(id(current), (where, []))[1]
                where = items[step] if step < len(items) else where
                current = current[step]
        return where

    def key(self, mapping: object, key: str) -> Position | None:
        """Where ``key`` is written in ``mapping``, if it is."""
        entry = self.mappings.get(id(mapping))
        return entry[1].get(key) if entry else None


@dataclass
class Document:
    data: Any
    positions: Positions
    duplicates: list[DuplicateKey]


def _mark(node: Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _AliasUsed(Exception):
    pass


class _Loader(_BaseLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.positions = Positions()
        self.duplicates: list[DuplicateKey] = []

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # A node seen twice in one document can only come from an alias.
        if node in self.constructed_objects:
            raise _AliasUsed
        return super().construct_object(node, deep=deep)

    def construct_positioned_mapping(self, node: MappingNode) -> dict[Any, Any]:
        mapping: dict[Any, Any] = {}
        keys: dict[Any, Position] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                )
            if key in keys:
                self.duplicates.append(DuplicateKey(str(key), _mark(key_node), keys[key]))
            else:
                keys[key] = _mark(key_node)
            mapping[key] = self.construct_object(value_node, deep=True)
        self.positions.mappings[id(mapping)] = (_mark(node), keys)
        self.positions.keep_alive.append(mapping)
        return mapping

    def construct_positioned_sequence(self, node: SequenceNode) -> list[Any]:
        items = [self.construct_object(child, deep=True) for child in node.value]
        self.positions.sequences[id(items)] = (_mark(node), [_mark(c) for c in node.value])
        self.positions.keep_alive.append(items)
        return items


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_positioned_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_positioned_sequence)


def _first_alias(text: str) -> Position:
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AliasToken):
                return token.start_mark.line + 1, token.start_mark.column + 1
    except yaml.YAMLError:  # pragma: no cover - the parser already accepted the text
        pass
    return 1, 1


def load(text: str) -> Document:
    """Parse one YAML document. Raises :class:`YamlError` with a position when it cannot."""
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    except _AliasUsed:
        line, column = _first_alias(text)
        raise YamlError(
            line, column, "YAML aliases (*name) are not allowed here; write the value out"
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(p for p in (error.context, error.problem) if p)
        raise YamlError(line, column, f"invalid YAML: {message}") from None
    except yaml.YAMLError as error:  # e.g. a reader error on control characters
        raise YamlError(1, 1, f"invalid YAML: {error}") from None
    finally:
        loader.dispose()
    return Document(data=data, positions=loader.positions, duplicates=loader.duplicates)
