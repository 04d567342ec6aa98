"""Reading people's YAML files safely, remembering where every key and item came from.

- Safe loading only (no Python tags), with libyaml's C parser where it is installed.
- Before anything is built, one pass over the parser's events refuses aliases, tags other than
  ``!!str``, and nesting deeper than :data:`MAX_DEPTH`. Claim files have no use for any of
  them; refusing aliases is the simplest complete defence against "billion laughs" alias bombs,
  and the depth limit keeps a file of ten thousand ``[`` from overflowing the (recursive)
  composer's stack, which crashes the interpreter rather than raising.
- Duplicate keys are reported, not silently resolved to the last one.
- Every mapping key and sequence item keeps its line and column, so that a validation error
  on ``claims[3].value.amount`` can be reported at the YAML line a person has to edit; plain
  scalars keep the text as written, so a message can say ``no``, not ``False``.
- A value YAML cannot convert (``2024-02-30`` is no calendar date; an integer of 5,000 digits
  is past Python's limit) stays the text it is, for validation to report at its key instead of
  the whole file failing to load. A merge key ``<<`` stays a plain key, reported as unknown.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.yamlerrors import YamlError, describe_parse_error, describe_reader_error

__all__ = ["MAX_DEPTH", "Document", "DuplicateKey", "Positions", "YamlError", "load"]

if TYPE_CHECKING:
    from yaml import SafeLoader as _BaseLoader
else:  # libyaml's parser is several times faster; the constructor stays in Python either way
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 50  # a claim file nests five levels deep; fifty is generous and still safe
Position = tuple[int, int]


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    position: Position
    first: Position
    mapping: object = field(compare=False, repr=False)  # the mapping holding both


@dataclass
class Positions:
    """Where each key of each mapping, and each item of each sequence, starts (1-based)."""

    mappings: dict[int, tuple[Position, dict[Any, Position]]] = field(default_factory=dict)
    sequences: dict[int, tuple[Position, list[Position]]] = field(default_factory=dict)
    written: dict[tuple[int, Any], str] = field(default_factory=dict)
    keep_alive: list[object] = field(default_factory=list)

    def of(self, node: object) -> Position | None:
        """Where a mapping or sequence produced by the loader starts."""
        if id(node) in self.mappings:
            return self.mappings[id(node)][0]
        if id(node) in self.sequences:
            return self.sequences[id(node)][0]
        return None

    def _steps(self, root: object, loc: Sequence[int | str]) -> Iterator[tuple[object, Any]]:
        """The (container, key) pairs along ``loc`` that exist in the data. Other steps (a
        discriminated union's tag, the name of a missing field) are skipped."""
        current = root
        for step in loc:
            in_mapping = isinstance(current, dict) and isinstance(step, Hashable) \
                and step in current
            in_list = isinstance(current, list) and isinstance(step, int) \
                and 0 <= step < len(current)
            if in_mapping or in_list:
                yield current, step
                current = current[step]  # type: ignore[index]

    def locate(self, root: object, loc: Sequence[int | str]) -> Position:
        """The position to report for a validation error at ``loc`` (a pydantic error path):
        the deepest key or item of the path that is in the file, so a missing key is reported
        at its parent mapping."""
        where = self.of(root) or (1, 1)
        for container, step in self._steps(root, loc):
            if isinstance(container, dict):
                where = self.mappings.get(id(container), (where, {}))[1].get(step, where)
            else:
                items = self.sequences.get(id(container), (where, []))[1]
                where = items[step] if step < len(items) else where
        return where

    def written_at(self, root: object, loc: Sequence[int | str]) -> str | None:
        """The plain scalar at ``loc`` as it is written in the file (``no``, ``2024-01-01``)."""
        last = None
        for container, step in self._steps(root, loc):
            last = (id(container), step)
        return self.written.get(last) if last is not None else None


@dataclass
class Document:
    data: Any
    positions: Positions
    duplicates: list[DuplicateKey]
    text: str = ""  # as read, to tell an empty file from one of comments only


def _mark(node: Node | yaml.Event) -> Position:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


class _Loader(_BaseLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.positions = Positions()
        self.duplicates: list[DuplicateKey] = []

    def _remember(self, container: object, key: Any, node: Node) -> None:
        # Only plain scalars: those are the ones YAML may read as something else than text.
        if isinstance(node, ScalarNode) and not node.style:  # None, or "" from libyaml
            self.positions.written[(id(container), key)] = node.value

    def construct_positioned_mapping(self, node: MappingNode) -> dict[Any, Any]:
        mapping: dict[Any, Any] = {}
        keys: dict[Any, Position] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a plain word or number, not a list or mapping",
                    key_node.start_mark,
                )
            if key in keys:
                self.duplicates.append(
                    DuplicateKey(str(key), _mark(key_node), keys[key], mapping))
            else:
                keys[key] = _mark(key_node)
            mapping[key] = self.construct_object(value_node, deep=True)
            self._remember(mapping, key, value_node)
        self.positions.mappings[id(mapping)] = (_mark(node), keys)
        self.positions.keep_alive.append(mapping)
        return mapping

    def construct_positioned_sequence(self, node: SequenceNode) -> list[Any]:
        items = [self.construct_object(child, deep=True) for child in node.value]
        for index, child in enumerate(node.value):
            self._remember(items, index, child)
        self.positions.sequences[id(items)] = (_mark(node), [_mark(c) for c in node.value])
        self.positions.keep_alive.append(items)
        return items

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except ValueError:
            if isinstance(node, ScalarNode):  # 2024-02-30: left as text, for validation
                return node.value
            raise

    def construct_merge_key(self, node: ScalarNode) -> str:
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_positioned_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_positioned_sequence)
_Loader.add_constructor("tag:yaml.org,2002:merge", _Loader.construct_merge_key)
_STR_TAG = "tag:yaml.org,2002:str"  # the one tag with a use here: `!!str 2024` keeps text


# Cheap tests that a text cannot hold an alias, a tag or deep nesting: the exact scan below
# reads every YAML event in Python and costs as much as the parse itself, so it runs only on
# the rare file these tests cannot clear.
_ALIAS_OR_TAG = re.compile(r"(?:^|[\s\[{,:])(?:\*[^\s*,\]}]|![!A-Za-z<])", re.MULTILINE)
_BRACKET = re.compile(r"[\[\]{}]")
_LINE_PREFIX = re.compile(r"^[ \t-]+", re.MULTILINE)  # indentation and "- " markers


def _may_be_unsafe(text: str) -> bool:
    # an alias needs a "*" and a tag a "!": most files have neither, and `in` is cheap
    if ("*" in text or "!" in text) and _ALIAS_OR_TAG.search(text):
        return True
    # every level of nesting takes a bracket, an indentation column or a "- " marker
    depth = deepest = 0
    for bracket in _BRACKET.findall(text):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    prefix = max((len(m) for m in _LINE_PREFIX.findall(text)), default=0)
    return deepest + prefix + 1 > MAX_DEPTH  # + 1: the top-level collection itself


def _refuse_unsafe(text: str) -> None:
    if not _may_be_unsafe(text):
        return
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            raise YamlError(*_mark(event), f"YAML aliases (*{event.anchor}) are not allowed "
                            "in these files; write the value out")
        tag: str | None = getattr(event, "tag", None)
        if tag is not None and tag != _STR_TAG:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise YamlError(*_mark(event), f"YAML tags such as {shown} are not allowed in "
                            "these files; write a plain value")
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError(*_mark(event), f"lists and mappings nest more than {MAX_DEPTH} "
                                "levels deep here; these files need only a few")
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1


class _FastLoader(_BaseLoader):
    """The plain C loader, remembering only where list items start (a claim's line). Used for
    files the cheap tests clear; anything unusual falls back to the precise loader."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.sequences: dict[int, tuple[Position, list[Position]]] = {}
        self.keep_alive: list[object] = []
        self.duplicated = False

    def construct_fast_mapping(self, node: MappingNode) -> dict[Any, Any]:
        mapping = {self.construct_object(key_node, deep=True):
                   self.construct_object(value_node, deep=True)
                   for key_node, value_node in node.value}
        if len(mapping) != len(node.value):
            self.duplicated = True
        return mapping

    def construct_fast_sequence(self, node: SequenceNode) -> list[Any]:
        items = [self.construct_object(child, deep=True) for child in node.value]
        self.sequences[id(items)] = (_mark(node), [_mark(child) for child in node.value])
        self.keep_alive.append(items)
        return items

    def construct_lenient_timestamp(self, node: ScalarNode) -> Any:
        try:  # 2024-02-30: left as text, for validation to report
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return node.value


_FastLoader.add_constructor("tag:yaml.org,2002:map", _FastLoader.construct_fast_mapping)
_FastLoader.add_constructor("tag:yaml.org,2002:seq", _FastLoader.construct_fast_sequence)
_FastLoader.add_constructor("tag:yaml.org,2002:timestamp",
                            _FastLoader.construct_lenient_timestamp)


class _LazyPositions(Positions):
    """Positions of a fast-loaded document: list items at once, everything else by reading
    the text again with the precise loader, the first time a problem needs a key's place."""

    def __init__(self, text: str, sequences: dict[int, tuple[Position, list[Position]]],
                 keep_alive: list[object]) -> None:
        super().__init__(sequences=sequences, keep_alive=keep_alive)
        self._text = text
        self._precise: Document | None = None

    def precise(self) -> Document:
        if self._precise is None:
            self._precise = _load_precise(self._text)
        return self._precise

    def locate(self, root: object, loc: Sequence[int | str]) -> Position:
        steps = list(self._steps(root, loc))
        # an item of a list: its list's own marks are enough
        if steps and len(steps) == len(loc) and id(steps[-1][0]) in self.sequences:
            container, step = steps[-1]
            return self.sequences[id(container)][1][int(step)]
        precise = self.precise()
        return precise.positions.locate(precise.data, loc)

    def written_at(self, root: object, loc: Sequence[int | str]) -> str | None:
        precise = self.precise()
        return precise.positions.written_at(precise.data, loc)


def _load_precise(text: str) -> Document:
    try:
        _refuse_unsafe(text)
        loader = _Loader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise describe_parse_error(error, text) from None
    except yaml.reader.ReaderError as error:
        raise describe_reader_error(error, text) from None
    return Document(data=data, positions=loader.positions, duplicates=loader.duplicates,
                    text=text)


def load(text: str) -> Document:
    """Parse one YAML document. Raises :class:`YamlError` with a position when it cannot.

    Most files are read by the plain C loader, which keeps no positions but those of list
    items; key positions are found when a problem needs them, by reading the text again. A
    file that may hold an alias, a tag, deep nesting or a duplicate key is read precisely
    from the start, since those are problems in themselves.
    """
    if _may_be_unsafe(text):
        return _load_precise(text)
    loader = _FastLoader(text)
    try:
        data = loader.get_single_data()
    except (yaml.YAMLError, TypeError, ValueError, RecursionError):
        return _load_precise(text)  # it reports the problem with its position
    finally:
        loader.dispose()
    if loader.duplicated:
        return _load_precise(text)
    return Document(data=data, positions=_LazyPositions(text, loader.sequences,
                                                        loader.keep_alive),
                    duplicates=[], text=text)
