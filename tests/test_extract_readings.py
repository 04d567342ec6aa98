"""Reading a source again keeps the findings of the sentences the new names cannot change:
extraction gives exactly what reading every sentence again gives, on the bundled articles (with
their entities file, and with none, where every name is proposed and read again) and on
articles written to make the second reading matter."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from extract.harness import ENTITIES

from checker.corpus.entities import EntityIndex, load_entities
from checker.corpus.sources import Source, load_sources
from checker.extract import _MODULES, _READINGS, extract
from checker.extract.context import Context
from checker.extract.drafts import Extraction, drafts_of
from checker.extract.gazetteer import Gazetteer
from checker.extract.readings import read
from checker.extract.yamltext import claim_text, entity_text
from checker.problems import Problem

REPO = Path(__file__).resolve().parent.parent
WRITTEN = {
    "proposed-later": """\
        Line producer Olivia Kavanaugh joined Night Ferry in Lisbon. Kavanaugh, 41, said the
        shoot ran long. Later, Olivia Kavanaugh, the producer, hired Paul Okafor.
        He shot Night Ferry for about $2 million. Okafor was born in Harbor Point.
        Cinematographer Paul Okafor shot it in Portland, and Kavanaugh paid him $50,000.
        """,
    "a-title-proposed": """\
        'Glass Harbor' review: Helga Strand's quiet film
        Glass Harbor runs 97 minutes. Helga Strand directed Glass Harbor, which cost $1.1
        million. The film premiered at Cannes in 2021. Strand, 52, cast Ines Moreau as Lena.
        Lena (Ines Moreau) lives in the grand Harbor Point mansion by the lighthouse scene.
        """,
    "a-place-that-describes": """\
        They met at the Lisbon cove by the sea, where Night Ferry was shot.
        Helga Strand was born in Coral Cove, in 1980.
        """,
}


def _everything_again(source: Source, entities: EntityIndex) -> Extraction:
    """Extraction as it was: every reading reads every sentence."""
    gazetteer = Gazetteer.of(entities)
    context = Context(source, gazetteer)
    findings = read(context, _MODULES)
    proposed = list(context.proposals.values())
    for _ in range(_READINGS - 1):
        if not context.proposals:
            break
        context = Context(source, gazetteer.extended(proposed), context)
        findings = read(context, _MODULES)
        proposed += [e for e in context.proposals.values() if e not in proposed]
    return drafts_of(findings, context, proposed)


def _written(extraction: Extraction) -> list[str]:
    return [*(claim_text(d.claim, "") + f"@{d.passage.start}" for d in extraction.drafts),
            *(entity_text(e, "") for e in extraction.entities), str(extraction.refused)]


def _corpus(root: Path) -> tuple[list[Source], EntityIndex]:
    problems: list[Problem] = []
    sources = load_sources(root / "sources", problems)
    return [sources[i] for i in sorted(sources)], load_entities(root / "claims", sources,
                                                                problems)


@pytest.mark.parametrize("cold", [False, True], ids=["entities", "cold start"])
def test_the_bundled_articles_read_as_if_every_sentence_were_read_again(cold: bool) -> None:
    sources, entities = _corpus(REPO)
    if cold:
        entities = EntityIndex()
    again = 0
    for source in sources:
        expected = _everything_again(source, entities)
        assert _written(extract(source, entities)) == _written(expected)
        again += bool(expected.entities)
    assert again >= (4 if cold else 1)  # sources read more than once


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_articles_whose_names_change_on_the_second_reading(name: str, tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / f"{name}.txt").write_text(textwrap.dedent(WRITTEN[name]),
                                                      encoding="utf-8")
    (tmp_path / "claims" / "entities.yaml").write_text(textwrap.dedent(ENTITIES).lstrip(),
                                                       encoding="utf-8")
    (source,), entities = _corpus(tmp_path)
    expected = _everything_again(source, entities)
    assert expected.entities  # names were proposed, and the text read again
    assert _written(extract(source, entities)) == _written(expected)


def test_what_was_read_before_changes_nothing() -> None:
    """A gazetteer remembers the names of every sentence it read, and a sentence's words are
    remembered: reading the articles again, or with a gazetteer new to them, gives the same."""
    sources, entities = _corpus(REPO)
    first = [_written(extract(source, entities)) for source in sources]
    assert [_written(extract(source, entities)) for source in sources] == first
    afresh = EntityIndex.of(entities.entities)  # an index the gazetteers have not seen
    assert Gazetteer.of(afresh) is not Gazetteer.of(entities)
    assert [_written(extract(source, afresh)) for source in reversed(sources)] == first[::-1]
