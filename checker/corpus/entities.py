"""The entity index: resolving the names claims use to the entities they mean.

A name resolves through an entity's canonical name or a declared alias; case, punctuation and
curly quotes do not matter ("COMPARTMENT NO. 6" finds "Compartment No. 6"). When one name
belongs to several entities ("Anora" is the film and, as an alias, its heroine), the kind the
context asks for decides, and then a canonical name wins over an alias.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker import yamlio
from checker.corpus.anchor import find_quote
from checker.corpus.files import read_yaml
from checker.corpus.sources import Source, Sources
from checker.model.entities import Alias, EntitiesFile, Entity
from checker.parse.names import name_key
from checker.problems import Problem, display_path
from checker.validation import describe_errors, suggestion, without_errors

ENTITIES_FILE = "entities.yaml"


@dataclass
class EntityIndex:
    entities: list[Entity] = field(default_factory=list)
    _by_key: dict[str, list[tuple[Entity, bool]]] = field(default_factory=dict)
    invalid: set[str] = field(default_factory=set)  # name keys of entries left out as invalid
    _resolved: dict[tuple[str, tuple[str, ...] | None], Entity | None] = field(
        default_factory=dict, repr=False)

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> EntityIndex:
        index = cls()
        for entity in entities:
            index.add(entity)
        return index

    def add(self, entity: Entity) -> None:
        self._resolved.clear()
        self.entities.append(entity)
        self._by_key.setdefault(name_key(entity.name), []).append((entity, True))
        for alias in entity.aliases:
            self._by_key.setdefault(name_key(alias.name), []).append((entity, False))

    def candidates(self, name: str) -> list[tuple[Entity, bool]]:
        return self._by_key.get(name_key(name), [])

    def resolve(self, name: str, kinds: Iterable[str] | None = None) -> Entity | None:
        wanted = tuple(kinds) if kinds is not None else None
        memo = (name, wanted)  # the same names come back claim after claim
        if memo not in self._resolved:
            self._resolved[memo] = self._resolve(name, wanted)
        return self._resolved[memo]

    def _resolve(self, name: str, kinds: Iterable[str] | None) -> Entity | None:
        found = self.candidates(name)
        if kinds is not None:
            wanted = set(kinds)
            found = [c for c in found if c[0].kind in wanted]
        if not found:
            return None
        canonical = [entity for entity, is_canonical in found if is_canonical]
        return canonical[0] if canonical else found[0][0]

    def names(self, kinds: Iterable[str] | None = None) -> list[str]:
        wanted = set(kinds) if kinds is not None else None
        result = []
        for entity in self.entities:
            if wanted is None or entity.kind in wanted:
                result.append(entity.name)
                result.extend(alias.name for alias in entity.aliases)
        return result

    def unknown(self, what: str, name: str, kinds: Iterable[str] | None = None) -> str:
        """The message for a name that resolves to nothing, with the nearest known name."""
        kinds = list(kinds) if kinds is not None else None
        if name_key(name) in self.invalid:
            return (f"{what} {name!r} is not usable: its entry in claims/{ENTITIES_FILE} is "
                    "invalid (see the problem reported there)")
        kind_text = f" ({' or '.join(kinds)})" if kinds and what not in kinds else ""
        return (f"unknown {what} {name!r}{kind_text}; add it to claims/{ENTITIES_FILE}"
                + suggestion(name, self.names(kinds), cutoff=75))

    def forms(self, entity: Entity) -> list[str]:
        """The accepted spellings of an entity: its canonical name and its aliases."""
        return [entity.name, *(alias.name for alias in entity.aliases)]

    def within(self, place: Entity, container: Entity) -> bool:
        """True when ``place`` lies in ``container`` by the ``part_of`` chain."""
        seen = set()
        current: Entity | None = place
        while current is not None and current.name not in seen:
            if current is container:
                return True
            seen.add(current.name)
            current = self.resolve(current.part_of, ["place"]) if current.part_of else None
        return False


def _validated(items: list[Any], document: yamlio.Document, where: str, index: EntityIndex,
               problems: list[Problem]) -> list[tuple[int, Entity]]:
    """Each entry validated on its own, with its place in the file. An entry with a wrong key
    or alias is kept without it; one whose name or kind is wrong is left out, and its name
    noted, so that claims naming it are not also told the name is unknown."""
    entities = []
    for number, item in enumerate(items):
        try:
            entities.append((number, Entity.model_validate(item)))
            continue
        except ValidationError as error:
            problems.extend(describe_errors(error, document, where, ("entities", number),
                                            model=Entity))
            kept = without_errors(item, error)
        try:
            entities.append((number, Entity.model_validate(kept)))
        except ValidationError:
            name = item.get("name") if isinstance(item, dict) else None
            if isinstance(name, str):
                index.invalid.add(name_key(name))
    return entities


def load_entities(directory: Path, sources: Mapping[str, Source],
                  problems: list[Problem]) -> EntityIndex:
    """The entities of ``directory/entities.yaml`` (none when there is no such file)."""
    path = directory / ENTITIES_FILE
    where = display_path(path)
    index = EntityIndex()
    if not path.exists():
        return index
    document = read_yaml(path, problems)
    if document is None:
        return index
    data = document.data if document.data is not None else {}
    items = data.get("entities") if isinstance(data, dict) else None
    if isinstance(items, list):
        entities = _validated(items, document, where, index, problems)
        rest = {k: v for k, v in data.items() if k != "entities"}
        if rest:
            _check_file(rest, document, where, problems)
    else:
        _check_file(data, document, where, problems)
        entities = []
    first: dict[str, int] = {}  # entry number of each name's first declaration

    def name_at(number: int) -> tuple[int, int]:  # asked only for duplicates: it re-reads
        return document.positions.locate(document.data, ("entities", number, "name"))

    for number, entity in entities:
        if any(is_canonical for _, is_canonical in index.candidates(entity.name)):
            line, column = name_at(number)
            problems.append(Problem(path=where, line=line, column=column, message=(
                f"entity {entity.name!r} is declared twice (first at line "
                f"{name_at(first[name_key(entity.name)])[0]}); merge the two entries")))
            continue
        first[name_key(entity.name)] = number
        index.add(entity)
    for number, entity in entities:
        _check_references(number, entity, index, document, where, sources, problems)
    return index


def _check_references(number: int, entity: Entity, index: EntityIndex,
                      document: yamlio.Document, where: str, sources: Mapping[str, Source],
                      problems: list[Problem]) -> None:
    """The place an entity is part of and the work a character is in must be entities too;
    an alias's evidence must be a passage of a known source."""
    for key, target, kinds in (("part_of", entity.part_of, ["place"]),
                               ("work", entity.work, ["work"])):
        if target is not None and index.resolve(target, kinds) is None:
            line, column = document.positions.locate(document.data, ("entities", number, key))
            problems.append(Problem(path=where, line=line, column=column,
                                    message=f"{key}: " + index.unknown(kinds[0], target, kinds)))
    for alias_number, alias in enumerate(_aliases_as_written(entity, document, number)):
        if alias is None or alias.evidence is None:
            continue
        message = _evidence_problem(alias.name, alias.evidence.source, alias.evidence.quote,
                                    sources)
        if message:
            line, column = document.positions.locate(
                document.data, ("entities", number, "aliases", alias_number, "evidence"))
            problems.append(Problem(path=where, line=line, column=column, message=message))


def _aliases_as_written(entity: Entity, document: yamlio.Document,
                        number: int) -> list[Alias | None]:
    """The entity's aliases at their places in the file (None where one was left out)."""
    entry = document.data["entities"][number]
    written = entry.get("aliases") if isinstance(entry, dict) else None
    if not isinstance(written, list) or len(written) == len(entity.aliases):
        return list(entity.aliases)
    kept = iter(entity.aliases)
    result: list[Alias | None] = []
    for item in written:
        try:
            Alias.model_validate(item)
        except ValidationError:
            result.append(None)
            continue
        result.append(next(kept))
    return result


def _evidence_problem(alias: str, source_id: str, quote: str,
                      sources: Mapping[str, Source]) -> str | None:
    source = sources.get(source_id)
    if source is None:
        if isinstance(sources, Sources) and source_id in sources.unreadable:
            return None  # reported at the source; the evidence is checked once it can be read
        return (f"alias {alias!r}: evidence names unknown source {source_id!r}"
                + suggestion(source_id, list(sources)))
    if find_quote(quote, source) is None:
        return f"alias {alias!r}: evidence quote not found in {display_path(source.path)}"
    return None


def _check_file(data: object, document: yamlio.Document, where: str,
                problems: list[Problem]) -> None:
    try:
        EntitiesFile.model_validate(data)
    except ValidationError as error:
        problems.extend(describe_errors(error, document, where, model=EntitiesFile))
