"""Extraction on small corpora written for the tests: an article, its metadata and the
entities, in a temporary folder, read by the same loaders as the check."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from checker.corpus.entities import load_entities
from checker.corpus.sources import load_sources
from checker.extract import extract
from checker.extract.drafts import Extraction
from checker.problems import Problem

ENTITIES = """
entities:
  - {name: Helga Strand, kind: person}
  - {name: Tomas Reyes, kind: person}
  - {name: Ines Moreau, kind: person}
  - {name: Odile Varga, kind: person}
  - {name: Night Ferry, kind: work}
  - {name: Dry Season, kind: work}
  - {name: Salt Road, kind: work}
  - {name: Mara, kind: character, work: Night Ferry}
  - {name: Portland, kind: place}
  - {name: Harbor Point, kind: place, part_of: Portland}
  - {name: Lisbon, kind: place}
  - {name: the lighthouse scene, kind: other}
  - {name: Mara's lighthouse, kind: place}
  - {name: Lumen Pictures, kind: organization}
  - {name: Berlin International Film Festival, kind: event}
"""


def run_extract(tmp_path: Path, text: str, *, entities: str = ENTITIES,
                meta: str | None = None, source_id: str = "article") -> Extraction:
    """Extract the drafts of one article (text dedented) against ``entities``."""
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "claims").mkdir(exist_ok=True)
    (tmp_path / "sources" / f"{source_id}.txt").write_text(
        textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    if meta is not None:
        (tmp_path / "sources" / f"{source_id}.meta.yaml").write_text(
            textwrap.dedent(meta).lstrip("\n"), encoding="utf-8")
    (tmp_path / "claims" / "entities.yaml").write_text(textwrap.dedent(entities).lstrip("\n"),
                                                       encoding="utf-8")
    problems: list[Problem] = []
    sources = load_sources(tmp_path / "sources", problems)
    index = load_entities(tmp_path / "claims", sources, problems)
    assert problems == []
    return extract(sources[source_id], index)


def rows(extraction: Extraction, *kinds: str) -> list[tuple[Any, ...]]:
    """Each draft of the given value kinds as (subject, property, value, qualifiers, quote)."""
    found = []
    for draft in extraction.drafts:
        claim = draft.claim
        if kinds and claim.value.kind not in kinds:
            continue
        value = claim.value.model_dump(exclude={"kind"}, exclude_defaults=True)
        qualifiers = {k: v for k, v in (("scope", claim.scope),
                                         ("approximate", claim.approximate),
                                         ("bound", claim.bound),
                                         ("year_from", claim.year_from)) if v and v != "quote"}
        found.append((claim.subject, claim.property, value, qualifiers, claim.quote))
    return found
