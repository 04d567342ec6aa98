"""Reading ``sources/``: each article ``<id>.txt`` with its optional ``<id>.meta.yaml``.

Texts are read as UTF-8 (a byte-order mark is dropped) and their line endings are made ``\\n``,
so that line and column numbers are the ones an editor shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from checker import yamlio
from checker.corpus.files import read_text, read_yaml
from checker.model.sources import Section, SourceMeta
from checker.problems import Problem, display_path
from checker.text import LineIndex, NormalizedText, normalize
from checker.validation import describe_errors

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
META_SUFFIX = ".meta.yaml"


@dataclass(frozen=True)
class MarkedSection:
    start: int  # offset in the text where the section begins; it runs to the next one
    section: Section


@dataclass(eq=False)
class Source:
    id: str
    path: Path
    text: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    sections: tuple[MarkedSection, ...] = ()

    @property
    def title(self) -> str:
        return self.meta.title or self.id

    @cached_property
    def normalized(self) -> NormalizedText:
        return NormalizedText.of(self.text)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def section_at(self, offset: int) -> Section | None:
        current = None
        for marked in self.sections:
            if marked.start <= offset:
                current = marked.section
        return current


def _read_meta(path: Path, problems: list[Problem]) -> tuple[SourceMeta, yamlio.Document] | None:
    document = read_yaml(path, problems)
    if document is None:
        return None
    data = document.data if document.data is not None else {}
    try:
        return SourceMeta.model_validate(data), document
    except ValidationError as error:
        problems.extend(describe_errors(error, document, display_path(path)))
        return None


def _mark_sections(source: Source, document: yamlio.Document, problems: list[Problem],
                   meta_path: Path) -> None:
    marked = []
    line_starts = [0, *(m.end() for m in re.finditer("\n", source.text))]
    for index, section in enumerate(source.meta.sections):
        wanted = normalize(section.starts_at)
        start = next(
            (s for s in line_starts if normalize(source.text[s: s + len(section.starts_at) * 2])
             .startswith(wanted)),
            None,
        )
        if start is None:
            line, column = document.positions.locate(document.data, ("sections", index, "starts_at"))
            problems.append(Problem(
                path=display_path(meta_path), line=line, column=column,
                message=f"no line of {display_path(source.path)} starts with "
                        f"{section.starts_at!r}",
            ))
            continue
        marked.append(MarkedSection(start, section))
    source.sections = tuple(sorted(marked, key=lambda m: m.start))


def load_sources(directory: Path, problems: list[Problem]) -> dict[str, Source]:
    """Every source in ``directory``, by id. Problems are appended to ``problems``."""
    sources: dict[str, Source] = {}
    for path in sorted(directory.glob("*.txt")):
        source_id = path.stem
        if not SOURCE_ID.match(source_id):
            suggestion = re.sub(r"[^a-z0-9]+", "-", source_id.lower()).strip("-") or "source"
            problems.append(Problem(
                path=display_path(path), line=1, column=1,
                message=f"a source's file name must be a lowercase id (letters, digits, "
                        f"hyphens); rename it to {suggestion}.txt",
            ))
            continue
        text = read_text(path, problems)
        if text is None:
            continue
        if not text.strip():
            problems.append(Problem(path=display_path(path), line=1, column=1,
                                    message="the source is empty"))
        source = Source(id=source_id, path=path, text=text)
        meta_path = path.with_name(source_id + META_SUFFIX)
        if meta_path.exists():
            loaded = _read_meta(meta_path, problems)
            if loaded is not None:
                source.meta, document = loaded
                _mark_sections(source, document, problems, meta_path)
        sources[source_id] = source
    for meta_path in sorted(directory.glob("*" + META_SUFFIX)):
        if meta_path.name[: -len(META_SUFFIX)] not in sources and not meta_path.with_name(
            meta_path.name[: -len(META_SUFFIX)] + ".txt"
        ).exists():
            problems.append(Problem(
                path=display_path(meta_path), line=1, column=1,
                message=f"metadata without a text: no {meta_path.name[: -len(META_SUFFIX)]}.txt",
            ))
    return sources
