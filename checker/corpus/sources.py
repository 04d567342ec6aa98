"""Reading ``sources/``: each article ``<id>.txt`` with its optional ``<id>.meta.yaml``.

Texts are read as UTF-8 (a byte-order mark is dropped) and their line endings are made ``\\n``,
so that line and column numbers are the ones an editor shows.

A text that cannot be read (not UTF-8, say) is reported once, here. Its id is kept in
:attr:`Sources.unreadable`, so that its claim file is not also told "there is no such source".
Its metadata is still checked. A metadata file with a wrong key is reported, and the rest of
it (title, date, sections) still applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from rapidfuzz import process, utils

from checker import yamlio
from checker.corpus.files import listed, read_text, read_yaml
from checker.lazy import lazy
from checker.model.sources import Section, SourceMeta
from checker.problems import Problem, display_path
from checker.text import LineIndex, NormalizedText, normalize
from checker.validation import describe_errors, suggestion, without_errors

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

    @lazy
    def normalized(self) -> NormalizedText:
        return NormalizedText.of(self.text)

    @lazy
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def section_at(self, offset: int) -> Section | None:
        current = None
        for marked in self.sections:
            if marked.start <= offset:
                current = marked.section
        return current


class Sources(dict[str, Source]):
    """The readable sources by id, and the ids of those whose text could not be read."""

    def __init__(self) -> None:
        super().__init__()
        self.unreadable: dict[str, Path] = {}


def _read_meta(path: Path, problems: list[Problem]) -> tuple[SourceMeta, yamlio.Document] | None:
    document = read_yaml(path, problems)
    if document is None:
        return None
    data = document.data if document.data is not None else {}
    try:
        return SourceMeta.model_validate(data), document
    except ValidationError as error:
        problems.extend(describe_errors(error, document, display_path(path), model=SourceMeta))
        try:  # what is right in the file still applies
            return SourceMeta.model_validate(without_errors(data, error)), document
        except ValidationError:
            return None


def _mark_sections(source: Source, document: yamlio.Document, problems: list[Problem],
                   meta_path: Path) -> None:
    """Find where each section starts. Sections are taken from the document, not from the
    validated metadata, so that positions stay right when an invalid one was left out."""
    items = document.data.get("sections") if isinstance(document.data, dict) else None
    line_starts = [0, *(m.end() for m in re.finditer("\n", source.text))]
    marked = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        try:
            section = Section.model_validate(item)
        except ValidationError:  # reported with the rest of the metadata
            continue
        wanted = normalize(section.starts_at)
        starts = {s: normalize(source.text[s: s + len(section.starts_at) * 2])
                  for s in line_starts}
        start = next((s for s, text in starts.items() if text.startswith(wanted)), None)
        if start is not None:
            marked.append(MarkedSection(start, section))
            continue
        line, column = document.positions.locate(document.data,
                                                 ("sections", index, "starts_at"))
        message = (f"no line of {display_path(source.path)} starts with "
                   f"{section.starts_at!r}; starts_at is the verbatim start of the section's "
                   "first line")
        lines = {s: normalize(source.lines.line_text(source.lines.position(s)[0]))
                 for s in line_starts}
        closest = process.extractOne(wanted, lines, processor=utils.default_process,
                                     score_cutoff=70)
        if closest is not None:
            found_line = source.lines.position(closest[2])[0]
            found = source.lines.line_text(found_line)[: len(section.starts_at)]
            message += f"; line {found_line} starts with {found!r}"
        problems.append(Problem(path=display_path(meta_path), line=line, column=column,
                                message=message))
    source.sections = tuple(sorted(marked, key=lambda m: m.start))


def load_sources(directory: Path, problems: list[Problem]) -> Sources:
    """Every source in ``directory``, by id. Problems are appended to ``problems``."""
    sources = Sources()
    names = listed(directory)
    present = set(names)
    for path in (directory / name for name in names if name.endswith(".txt")):
        source_id = path.stem
        if not SOURCE_ID.match(source_id):
            problems.append(Problem(
                path=display_path(path), line=1, column=1,
                message=f"a source's file name must be a lowercase id (letters, digits, "
                        f"hyphens); rename it to {suggested_id(source_id)}.txt",
            ))
            continue
        meta_path = path.with_name(source_id + META_SUFFIX)
        loaded = _read_meta(meta_path, problems) if meta_path.name in present else None
        text = read_text(path, problems)
        if text is None:
            sources.unreadable[source_id] = path
            continue
        if not text.strip():
            problems.append(Problem(path=display_path(path), line=1, column=1,
                                    message="the source is empty"))
        source = Source(id=source_id, path=path, text=text)
        if loaded is not None:
            source.meta, document = loaded
            _mark_sections(source, document, problems, meta_path)
        sources[source_id] = source
    for meta_path in (directory / name for name in names if name.endswith(META_SUFFIX)):
        source_id = meta_path.name[: -len(META_SUFFIX)]
        if source_id + ".txt" not in present:
            problems.append(Problem(
                path=display_path(meta_path), line=1, column=1,
                message=f"metadata without a text: there is no {source_id}.txt beside it"
                        + suggestion(source_id, list(sources)),
            ))
    return sources


def suggested_id(name: str) -> str:
    """A lowercase id made from a file name: ``Bad Name`` → ``bad-name``."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "source"
