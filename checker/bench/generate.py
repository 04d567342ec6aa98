"""A deterministic generator of synthetic corpora, for benchmarks and scale tests.

``generate(root, claims=N, seed=S)`` writes ``root/sources/*.txt`` (articles of plain English
sentences), ``root/claims/*.yaml`` (claims in the real format, each quoting its sentence) and
``root/claims/entities.yaml``. The same arguments always give the same bytes.

Planted, and returned so a benchmark can score what the check finds:

- conflicts: a fact (a budget, a year, a runtime, a work's cinematographer) that a later
  source states with a different value;
- spelling variants: a person's name that some sources print with one letter changed.

Everything else agrees, so any other conflict the check reports would be a false alarm.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from checker.bench.names import NameMaker

CLAIMS_PER_SOURCE = 20
CONFLICT_SHARE = 0.02  # of the facts: a later source states them differently
VARIANT_SHARE = 0.05  # of the people: some sources misspell them
PROPERTIES = ("budget", "year", "runtime", "credit")


@dataclass
class Planted:
    conflicts: set[tuple[str, str]] = field(default_factory=set)  # (subject, property)
    variants: set[tuple[str, str]] = field(default_factory=set)  # (name, misspelling)


@dataclass(frozen=True)
class Fact:
    subject: str
    property: str
    sentence: str  # an article sentence that holds the quote
    quote: str
    value: str  # the value as a YAML flow mapping


def fact(work: str, index: int, prop: str, people: list[str], shift: int = 0) -> Fact:
    """The fact ``prop`` about ``work``; ``shift`` states it with another value."""
    if prop == "budget":
        millions = 1 + (index * 7 + shift) % 90
        quote = f"{work} was made for ${millions} million"
        return Fact(work, prop, f"By all accounts {quote}, a modest sum.", quote,
                    f"{{kind: money, amount: {millions}000000, currency: USD}}")
    if prop == "year":
        year = 1960 + (index * 3 + shift) % 64
        quote = f"{work} came out in {year}"
        return Fact(work, prop, f"As the critics remember, {quote}.", quote,
                    f"{{kind: year, year: {year}}}")
    if prop == "runtime":
        minutes = 80 + (index + shift * 11) % 70
        quote = f"{work} runs {minutes} minutes"
        return Fact(work, prop, f"Trimmed in the edit, {quote}, credits included.", quote,
                    f"{{kind: quantity, amount: {minutes}, unit: minutes}}")
    person = people[(index * 5 + shift) % len(people)]
    quote = f"cinematographer {person}"
    return Fact(person, "credit", f"The look of {work} owes much to {quote}.", quote,
                f"{{kind: credit, role: cinematographer, work: {_quoted(work)}}}")


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _claim(claim_id: str, item: Fact) -> str:
    return (f"  - id: {claim_id}\n    subject: {_quoted(item.subject)}\n"
            f"    property: {item.property}\n    value: {item.value}\n"
            f"    quote: {_quoted(item.quote)}\n    status: reviewed\n")


def _name_claim(claim_id: str, person: str, printed: str) -> Fact:
    quote = f"{printed} spoke about"
    return Fact(person, "name", f"In an interview, {quote} the years of work.", quote,
                f"{{kind: name, name: {_quoted(printed)}}}")


def generate(root: Path, claims: int, seed: int = 0) -> Planted:
    """Write a corpus of about ``claims`` claims under ``root``; return what was planted."""
    rng = random.Random(seed)
    maker = NameMaker(rng)
    works = maker.titles(max(4, claims // 8))
    people = maker.people(max(4, claims // 16))
    misspelt = {p: maker.misspell(p) for p in rng.sample(people, max(1, int(len(people) *
                                                                          VARIANT_SHARE)))}
    planted = Planted()
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "claims").mkdir(parents=True, exist_ok=True)
    pending: list[Fact] = []  # restatements with another value, for a later source
    for number in range(max(2, claims // CLAIMS_PER_SOURCE)):
        sentences: list[str] = []
        yaml = ["claims:\n"]
        for index in range(CLAIMS_PER_SOURCE - 1):
            if pending and index == 9:
                item = pending.pop()
            else:
                work_index = rng.randrange(len(works))
                prop = rng.choice(PROPERTIES)
                item = fact(works[work_index], work_index, prop, people)
                if rng.random() < CONFLICT_SHARE:
                    other = fact(works[work_index], work_index, prop, people, shift=1)
                    pending.append(other)
                    # a credit conflict is reported on the work, like the others
                    planted.conflicts.add((works[work_index], prop))
            sentences.append(item.sentence)
            yaml.append(_claim(f"c{index}", item))
        person = people[rng.randrange(len(people))]
        printed = misspelt[person] if person in misspelt and rng.random() < 0.5 else person
        if printed != person:
            planted.variants.add((person, printed))
        mention = _name_claim("n0", person, printed)
        sentences.append(mention.sentence)
        yaml.append(_claim("n0", mention))
        (root / "sources" / f"s{number:06d}.txt").write_text(_paragraphs(sentences),
                                                             encoding="utf-8")
        (root / "claims" / f"s{number:06d}.yaml").write_text("".join(yaml), encoding="utf-8")
    entities = ["entities:\n"]
    entities += [f"  - {{name: {_quoted(w)}, kind: work}}\n" for w in works]
    entities += [f"  - {{name: {_quoted(p)}, kind: person}}\n" for p in people]
    (root / "claims" / "entities.yaml").write_text("".join(entities), encoding="utf-8")
    return planted


def _paragraphs(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[i: i + 4]) for i in range(0, len(sentences), 4)) + "\n"
