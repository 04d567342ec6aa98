"""Reading names out of article text: glue, capitals, headings, possessives, titles."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.audit.mentions import Reader, form_key
from checker.audit.words import ordinary_words, words_of
from checker.corpus.entities import EntityIndex, load_entities
from checker.corpus.sources import Source, load_sources
from checker.model.entities import Entity
from checker.problems import Problem

ENTITIES = """\
    entities:
      - {name: Mira Hollis, kind: person}
      - {name: Greta Lindholm, kind: person}
      - {name: The Tin Orchard, kind: work}
      - {name: Nightjar, kind: work}
      - {name: Ani, kind: character, work: Nightjar}
      - {name: the redhead, kind: other}
    """
NOTES = """\
    Mira Hollis On The Road
    Then Felix Brandt arrived with Anna K. Weller, after a Q&A. His mood was fine.
    We screened THE SALTMARSH WIDOW and “Bullets over Broadway” at the Lido.
    Her career took off sinceThe Tin Orchardwas sold; she thoughtNightjarwould follow.
    Lindholms film and Greta Lindholm’s next one are due, says Galina Anisimova.
    It was what she would do, said Ani, in Platform No. 4 of the station.
    """


def _mentions(root: Path) -> list[tuple[str, int, int, str, str]]:
    problems: list[Problem] = []
    sources = load_sources(root / "sources", problems)
    entities = load_entities(root / "claims", sources, problems)
    assert problems == []
    ordinary = ordinary_words(s.text for s in sources.values())
    found = Reader.of(entities, ordinary).read(list(sources.values()))
    return [(m.passage.source.id, m.passage.line, m.passage.column, m.passage.text, m.key)
            for m in found]


def test_names_are_read_as_the_rules_say(corpus: Callable[[dict[str, str]], Path]) -> None:
    root = corpus({"claims/entities.yaml": ENTITIES, "sources/notes.txt": NOTES,
                   "sources/gossip.txt": "She came withFelix Brandtwas the rumour.\n"})
    assert _mentions(root) == [
        # a glued name read cleanly elsewhere is split out of the glue
        ("gossip", 1, 14, "Felix Brandt", "felix brandt"),
        # in a heading only known names count
        ("notes", 1, 1, "Mira Hollis", "mira hollis"),
        # a sentence's ordinary first word is dropped; an initial joins a name; "Q&A. His" not
        ("notes", 2, 6, "Felix Brandt", "felix brandt"),
        ("notes", 2, 32, "Anna K. Weller", "anna k weller"),
        # ALL CAPS; a quoted title with its small words; a single unknown capitalized word
        ("notes", 3, 13, "THE SALTMARSH WIDOW", "saltmarsh widow"),
        ("notes", 3, 38, "Bullets over Broadway", "bullets over broadway"),
        ("notes", 3, 68, "Lido", "lido"),
        # titles glued on both sides
        ("notes", 4, 26, "The Tin Orchard", "tin orchard"),
        ("notes", 4, 62, "Nightjar", "nightjar"),
        # possessives, with and without the apostrophe; Ani is not in "Anisimova"
        ("notes", 5, 1, "Lindholm", "lindholm"),
        ("notes", 5, 20, "Greta Lindholm", "greta lindholm"),
        ("notes", 5, 60, "Galina Anisimova", "galina anisimova"),
        ("notes", 6, 32, "Ani", "ani"),
        # a figure after "No."
        ("notes", 6, 40, "Platform No. 4", "platform no 4"),
    ]


def test_known_names_must_be_capitalized_as_declared(
        corpus: Callable[[dict[str, str]], Path]) -> None:
    root = corpus({"claims/entities.yaml": ENTITIES, "sources/a.txt": (
        "she planted a tin orchard; a nightjar sang. The redhead left with Nightjar.\n")})
    assert _mentions(root) == [("a", 1, 67, "Nightjar", "nightjar")]


def test_glue_is_split_only_at_known_names(corpus: Callable[[dict[str, str]], Path]) -> None:
    root = corpus({"claims/entities.yaml": ENTITIES, "sources/a.txt": (
        "It was onThe Sopranosthat she first sang, and then in Nightjars.\n")})
    # "The Sopranos" is known nowhere: its glue stays; "Nightjars" is Nightjar's
    assert _mentions(root) == [("a", 1, 14, "Sopranosthat", "sopranosthat"),
                               ("a", 1, 55, "Nightjar", "nightjar")]


def test_words_know_sentence_starts_and_headings() -> None:
    text = "Notes From The Road\n“Then,” said Baker. Mr. Hollis agreed; Q&A. His turn."
    words = {w.text: (w.sentence_start, w.in_heading) for w in words_of(text)}
    assert words == {
        "Notes": (True, True), "From": (False, True), "The": (False, True),
        "Road": (False, True), "Then": (True, False), "said": (False, False),
        "Baker": (False, False), "Mr": (True, False), "Hollis": (True, False),
        "agreed": (False, False), "Q": (False, False), "A": (False, False),
        "His": (True, False), "turn": (False, False),
    }


def test_a_title_s_article_is_no_part_of_its_form() -> None:
    assert [form_key(n) for n in ("The Tin Orchard", "THE TIN ORCHARD", "Tin Orchard",
                                  "A Nightjar", "The", "Theodora Hale")] == [
        "tin orchard", "tin orchard", "tin orchard", "nightjar", "the", "theodora hale"]


NAMES = ["Mira Hollis", "Greta Lindholm", "The Tin Orchard", "Nightjar", "Yura Borisov",
         "Yuri Borisov", "Compartment No. 6", "COMPARTMENT NUMBER 6", "Bullets over Broadway",
         "Nights of Cabiria", "Anna K. Weller", "Sean Baker", "Drew Daniels", "Ani", "Zoë Hale",
         "Female Prisoner #701: Scorpion", "Take Out", "Bullets over", "McMansion"]
GLUE = ["since", "was", "s", "’s", "for", "thought", "Di", "No. 7", "I"]
BETWEEN = [" ", " ", ", ", ". ", ".\n", "\n\n", " - ", "-", ": ", " “", "” ", "\"", " #", "’ ",
           ".\n\n\n", ". . ", "  ", "\u00a0"]
WORDS = ["then", "the", "of", "over", "a", "awards", "said", "it", "in", "Then", "It", "Later",
         "Awards", "Read More", "Q&A.", "Mr.", "I", "1984", "van", "no", "his"]


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(5, 40)):
        name = rng.choice(NAMES)
        name = name.upper() if rng.random() < 0.1 else name
        if rng.random() < 0.15:
            name = name.replace(" ", rng.choice(BETWEEN))
        parts.append(rng.choice([name, name, rng.choice(GLUE) + name, name + rng.choice(GLUE),
                                 rng.choice(WORDS), rng.choice(WORDS)]))
        parts.append(rng.choice(BETWEEN))
    return "".join(parts)


@pytest.mark.parametrize("seed", range(8))
def test_texts_cut_into_segments_read_as_texts_read_whole(seed: int) -> None:
    """Segments, and the shortcuts taken on them, are only a way of reading faster."""
    rng = random.Random(seed)
    read = 0
    for _ in range(25):
        sources = [Source(id=f"s{n}", path=Path(f"s{n}.txt"), text=_text(rng))
                   for n in range(rng.randint(1, 4))]
        declared = rng.sample(NAMES, rng.randint(0, 8))
        entities = EntityIndex.of(Entity(name=n, kind=rng.choice(["person", "work"]))
                                  for n in declared)
        reader = Reader.of(entities, ordinary_words(s.text for s in sources))
        whole = [(m.key, m.passage.source.id, m.passage.start, m.passage.end)
                 for m in reader.read(sources, segmented=False)]
        assert [(m.key, m.passage.source.id, m.passage.start, m.passage.end)
                for m in reader.read(sources)] == whole
        read += len(whole)
    assert read > 500
