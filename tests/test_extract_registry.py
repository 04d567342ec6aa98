"""The extractors' registry: each module has the shared surface, documents its rules, and has
tests of its own on sentences written for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.extract import EXTRACTORS, get
from checker.vocabulary import PROPERTIES

TESTS = Path(__file__).parent
# the test file of each extractor (credits stated by verbs are tested with the others)
TESTED_IN = {"money": "money", "dates": "dates", "quantities": "quantities",
             "credits": "credits", "verbs": "credits", "cast": "cast", "places": "places",
             "relations": "relations", "names": "names"}


def test_every_extractor_is_registered_and_tested() -> None:
    assert sorted(EXTRACTORS) == sorted(TESTED_IN)
    for name, tested in TESTED_IN.items():
        assert (TESTS / f"test_extract_{tested}.py").exists(), name


@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_surface(name: str) -> None:
    module = get(name)
    assert {p.kind for p in PROPERTIES.values()} >= module.VALUE_KINDS
    assert callable(module.find)
    assert module.__doc__ and len(module.__doc__.split()) > 30


def test_an_unknown_extractor() -> None:
    with pytest.raises(KeyError, match="unknown extractor 'dates2'; known: cast, credits, "
                                       "dates, money, names, places, quantities, relations, "
                                       "verbs"):
        get("dates2")
