"""The gazetteer's indexes change how fast names are found, never which: every form is found
where looking for every form everywhere finds it, and a gazetteer extended by proposed
entities reads texts as one built on all the entities at once."""

from __future__ import annotations

import re

import pytest

from checker.corpus.entities import EntityIndex
from checker.extract.forms import Found, _alone
from checker.extract.gazetteer import Gazetteer, extended_index
from checker.extract.mentions import mentions_in, read_names
from checker.model.entities import Entity
from checker.parse.names import find_name
from checker.text import normalize

KNOWN = [
    Entity(name="Sean Baker", kind="person"),
    Entity(name="Samantha Quan", kind="person", aliases=({"name": "Sammy", "reason": "nickname"},)),
    Entity(name="Yura Borisov", kind="person"),
    Entity(name="Drew Daniels", kind="person"),
    Entity(name="Anora", kind="work"),
    Entity(name="Compartment No. 6", kind="work"),
    Entity(name="Nights of Cabiria", kind="work"),
    Entity(name="Female Prisoner #701: Scorpion", kind="work"),
    Entity(name="Iris: Sis", kind="work"),  # every piece of it holds an "i" or an "s"
    Entity(name="Golden Globe Awards", kind="event"),
    Entity(name="the home-invasion sequence", kind="other"),
    Entity(name="Ani's engagement ring", kind="other"),
    Entity(name="Sheepshead Bay", kind="place"),
    Entity(name="L.A.", kind="place"),
    Entity(name="Ivan", kind="character", work="Anora"),
    Entity(name="Not A Name", kind="person", status="rejected"),
]
PROPOSED = [
    Entity(name="Chet Baker", kind="person", status="draft"),  # "Baker" is no longer Sean's
    Entity(name="Daniels", kind="organization", status="draft"),  # nor "Daniels" Drew's
    Entity(name="Red Rocket", kind="work", status="draft"),
    Entity(name="Tangerine Dream Machine", kind="work", status="draft"),
    Entity(name="Danielo Films", kind="organization", status="draft"),  # "Danielo": no typo
    Entity(name="the lighthouse scene", kind="other", status="draft"),
    Entity(name="Mill Basin", kind="place", status="draft"),
]
SENTENCES = [
    "Sean Baker and Sammy went to see Anora, and Baker said so.",
    "Baker's film Red Rocket (2021) was shot by Daniels, not by Drew Daniels.",
    "sinceAnora wonCompartment No. 6 and Compartment Number 6 both.",
    "The 2024 film FEMALE PRISONER 701: SCORPION screened at the 81st annual Golden Globe "
    "Awards.",
    "Yuri Borisov and Borislov and Nights of Cabira, in Sheepshead Bay and Mill Basin.",
    "In L.A. the home-invasion sequence runs long; the lighthouse scene is short.",
    "İVAN met Ivan and SHEEPſHEAD BAY (a long s) and ıvan, in the Kelvin-sign Kompartment "
    "ofAnora.",
    "Chet Baker played; Madison Square Garden; Prince Sean; according Baker to him.",
    "Not A Name is rejected, as is not a name; Anoraxyz and xAnora and Anorais.",
    "A case-blind pattern reads IRıS: ſıS as the title.",
    "",
]
PHRASES = ["Yuri Borisov", "Borislov", "Nights of Cabira", "Compartment Number 6",
           "Compartment No", "Red Rockets", "Chet Bakker", "Daniel", "Anoras", "Mill Basins",
           "Red", "Sean Bakes", "Compartment No. 7", "Nights of", "The Lighthouse", "Chet Baker",
           "Daniels", "Bakers", "Tangerine Dream", "Mill Basin", "Compartment No", "Danielo"]


def _everywhere(gazetteer: Gazetteer, text: str) -> list[Found]:
    """Every form looked for in ``text`` as extraction first looked for them: all of them."""
    folded = text.lower()
    found: list[Found] = []
    for form in sorted([*gazetteer.full, *gazetteer.stripped, *gazetteer.shorts],
                       key=lambda f: f.rank):
        spans = []
        if normalize(form.text).lower() in folded:
            spans = find_name(form.text, text)
        if not spans and form.loose is not None:
            spans = [(m.start(), m.end()) for m in form.loose.finditer(text)]
        proper = form.text[:1].isupper()
        found += [Found(s, e, form) for s, e in spans if not (proper and text[s].islower())
                  and (not form.short or _alone(text, s, e))]
    return found


def _rows(found: list[Found]) -> list[tuple[object, ...]]:
    return [(f.start, f.end, f.form.text, f.form.entity.name, f.form.short) for f in found]


@pytest.mark.parametrize("text", SENTENCES)
def test_forms_are_found_where_looking_everywhere_finds_them(text: str) -> None:
    gazetteer = Gazetteer(EntityIndex.of([*KNOWN, *PROPOSED]))
    expected = _rows(_everywhere(gazetteer, text))
    assert _rows(gazetteer.found_in(text)) == expected
    if text:
        assert expected  # the sentences are about the entities


def _reading(gazetteer: Gazetteer, text: str) -> list[tuple[object, ...]]:
    return [(m.start, m.end, m.text, tuple(e.name for e in m.entities), m.variant, m.short)
            for m in mentions_in(text, gazetteer)]


def test_an_extended_gazetteer_reads_as_one_built_on_all_entities() -> None:
    base = Gazetteer(EntityIndex.of(KNOWN))
    extended = base.extended(PROPOSED[:2]).extended(PROPOSED[2:])
    whole = Gazetteer(EntityIndex.of([*KNOWN, *PROPOSED]))
    assert [e.name for e in extended.entities] == [e.name for e in whole.entities]
    assert {f.text for f in base.shorts} - {f.text for f in whole.shorts} == {"Baker",
                                                                               "Daniels"}
    for text in SENTENCES:
        assert _rows(extended.found_in(text)) == _rows(whole.found_in(text))
        assert _reading(extended, text) == _reading(whole, text)
    for phrase in PHRASES:
        assert extended.variant(phrase) == whole.variant(phrase), phrase
        assert extended.truncated(phrase) == whole.truncated(phrase), phrase
        assert extended.named(phrase) == whole.named(phrase), phrase
        words = re.findall(r"\w+", phrase)
        for definite in (False, True):
            assert extended.described.describe(words, definite) == \
                whole.described.describe(words, definite)
    assert [base.variant(p) for p in PHRASES] != [whole.variant(p) for p in PHRASES]


def test_an_extended_index_resolves_as_one_built_on_all_entities() -> None:
    base = EntityIndex.of(KNOWN)
    base.resolve("Sean Baker")  # a resolution remembered before the index is extended
    extended = extended_index(base, PROPOSED)
    whole = EntityIndex.of([*KNOWN, *PROPOSED])
    names = [n for e in [*KNOWN, *PROPOSED] for n in (e.name, *(a.name for a in e.aliases))]
    for name in [*names, "Baker", "nobody"]:
        for kinds in (None, ["person"], ["work"], ["organization", "place"]):
            assert extended.resolve(name, kinds) == whole.resolve(name, kinds)
        assert extended.candidates(name) == whole.candidates(name)
    assert extended.entities == whole.entities
    assert base.entities == KNOWN and base.resolve("Chet Baker") is None  # left as it was


def test_a_gazetteer_is_built_once_per_index() -> None:
    index = EntityIndex.of(KNOWN)
    assert Gazetteer.of(index) is Gazetteer.of(index)
    assert Gazetteer.of(EntityIndex.of(KNOWN)) is not Gazetteer.of(index)


def test_a_text_the_extras_leave_alone_reads_as_the_base_reads_it() -> None:
    base = Gazetteer(EntityIndex.of(KNOWN))
    extended = base.extended(PROPOSED)
    kept = 0
    for text in [*SENTENCES, "Sean Baker met Ivan.", "Ivan drove to Sheepshead Bay."]:
        reading = read_names(text, base)
        if extended.reads_as_base(text, reading.named):
            kept += 1
            assert _reading(extended, text) == _reading(base, text)
    assert kept >= 3  # the empty text and the two without proposed names
    assert not extended.reads_as_base(SENTENCES[0], read_names(SENTENCES[0], base).named)
