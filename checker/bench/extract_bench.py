"""Extraction throughput: megabytes of article text read per second, by one worker and by
all of them (``python -m checker.bench.extract_bench``; ``nox -s bench`` runs it too).

The corpus is the bundled articles, real prose, with their entities file, and article-like
texts written by a seeded generator: stories about made-up films whose sentences name works,
people, characters and places the entities file holds, and some people it does not (so that
extraction proposes them and reads the article again), with budgets, years, dates, ages,
running times and credits among sentences that state nothing. Hardly a generated sentence
comes twice (about one in a thousand): a corpus that repeated itself would be read faster than
a real one. The same seed and size always give the same bytes.

Each measurement runs in a process of its own (``--measure``), timing extraction alone (not
the loading of the corpus), so that nothing one measurement learned helps the next.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from checker.bench.names import NameMaker
from checker.corpus.entities import load_entities
from checker.corpus.sources import load_sources
from checker.extract.parallel import extract_all
from checker.problems import Problem

ARTICLE_SENTENCES = 100  # about 9 kB: the bundled articles run from 13 to 23 kB
FACT_SHARE = 0.15  # of the sentences: the bundled articles state a fact in about one in five
MEGABYTES_PER_MINUTE = 6.0  # of budget: reading them takes about a third of it, on two cores

_ADJECTIVES = ("tender", "ragged", "luminous", "brash", "patient", "restless", "wry", "spare",
               "feverish", "gentle", "lurid", "austere", "playful", "mournful", "sly", "bold",
               "hushed", "garish", "sober", "giddy", "sullen", "radiant", "brittle", "warm")
_NOUNS = ("camera", "score", "script", "city", "night", "family", "winter", "motel", "crowd",
          "wedding", "harbour", "kitchen", "rehearsal", "silence", "journey", "debt", "market",
          "hallway", "letter", "storm", "rumour", "garden", "bargain", "highway")
_VERBS = ("lingers", "drifts", "stumbles", "wanders", "waits", "circles", "trembles", "hums",
          "sways", "glows", "settles", "flickers", "rushes", "falters", "breathes", "turns")
_ADVERBS = ("slowly", "quietly", "nervously", "warmly", "abruptly", "patiently", "wildly",
            "gracefully", "stubbornly", "lazily", "gently", "fiercely")
_FESTIVALS = ("Cannes", "Sundance", "the Berlinale", "Telluride", "Locarno", "SXSW")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CRAFTS = ("cinematographer", "editor", "composer", "production designer", "line producer",
           "costume designer", "casting director")
_FACTS = (
    "{W}, which {P} directed, cost about ${m} million.",
    "{P} was born in {L} in {y}, and grew up in {L2}.",
    "{W} premiered at {F} in {y}, where it won the {a} jury prize.",
    "{P}, {age}, plays {C} in {W}.",
    "Cinematographer {P} shot {W} in {L} over {d} {a} days.",
    "{W} runs {r} minutes and opens in US theaters on {month} {day}, {y}.",
    "It grossed more than ${m} million worldwide, the {a} {n} of the year.",
    "{C} ({P}) is a {age}-year-old {n} who {v} {adv} through {W}.",
    "Producer {P2} says {W} was made for {m} million dollars.",
    "{P} attended {L} University before {P2} cast {P} as {C}.",
    "Line producer {N} joined {P} on {W} in {y}.",
    "{W} ({y}) was the debut of {P}, and {P2} edited it.",
    "{W} is set in {L} and {L2}, a {a} {n} by the water.",
    "{P} has been there for {P2} since {W2}, the {a} {n} they made together.",
    "{W2}, which {P} co-wrote and directed with {N}, is {a} and {a2}.",
    "As {C}, {P} gives the {a} {n} its {a2} heart; {N} is the {craft}.",
)
_FILLER = (
    "The {n} {v} {adv}, and the {n2} {v2} with it.",
    "{A} and {a2}, the {n} {v} {adv} through the {n2}.",
    "There is a {a} {n} in every {n2}, and the {n3} never quite {v2}.",
    "What {pron} wanted, {pron} said {adv}, was a {n} that felt {a} and {a2}.",
    "The {n} is {a}; the {n2} is {a2}, and the {n3} {v} {adv}.",
    "Critics called it {a}, {a2} and {a3}, and the {n} {v} {adv}.",
    "By the end, the {n} {v} {adv} toward a {a} {n2}.",
    "Nobody in the {n} expects the {n2} to be so {a}, or the {n3} so {a2}.",
)


def _new(names: list[str], named: set[str]) -> list[str]:
    """``names`` without the ones given already (in ``named``, which takes them in)."""
    kept = [n for n in dict.fromkeys(names) if n.lower() not in named]
    named.update(n.lower() for n in kept)
    return kept


class _Writer:
    """Articles about made-up films, and the entities they are about."""

    def __init__(self, rng: random.Random, articles: int, taken: set[str]) -> None:
        self.rng = rng
        maker = NameMaker(rng)
        named = {n.lower() for n in taken}
        self.works = _new(maker.titles(max(8, articles // 2)), named)
        self.people = _new(maker.people(max(8, articles // 2)), named)
        self.characters = _new([p.split()[0] for p in maker.people(max(8, articles // 4))],
                               named)
        self.places = _new([p.split()[-1] + " Heights" for p in maker.people(40)], named)
        self.newcomers = maker.people(articles)  # in no entities file: proposed by extract

    def _slots(self, number: int) -> dict[str, str]:
        pick = self.rng.choice
        return {
            "W": pick(self.works), "W2": pick(self.works), "P": pick(self.people),
            "P2": pick(self.people), "C": pick(self.characters), "L": pick(self.places),
            "L2": pick(self.places), "N": self.newcomers[number], "F": pick(_FESTIVALS),
            "craft": pick(_CRAFTS), "y": str(self.rng.randrange(1960, 2025)),
            "m": str(self.rng.randrange(1, 90)), "age": str(self.rng.randrange(8, 80)),
            "r": str(self.rng.randrange(80, 200)), "d": str(self.rng.randrange(12, 60)),
            "month": pick(_MONTHS), "day": str(self.rng.randrange(1, 29)),
            "a": pick(_ADJECTIVES), "a2": pick(_ADJECTIVES), "a3": pick(_ADJECTIVES),
            "A": pick(_ADJECTIVES).capitalize(), "n": pick(_NOUNS), "n2": pick(_NOUNS),
            "n3": pick(_NOUNS), "v": pick(_VERBS), "v2": pick(_VERBS).removesuffix("s"),
            "adv": pick(_ADVERBS), "pron": pick(("she", "he", "they")),
        }

    def article(self, number: int) -> str:
        lines = [f"{self.rng.choice(self.works)}: the {self.rng.choice(_ADJECTIVES)} "
                 f"{self.rng.choice(_NOUNS)}", ""]
        sentences = []
        for _ in range(ARTICLE_SENTENCES):
            templates = _FACTS if self.rng.random() < FACT_SHARE else _FILLER
            sentences.append(self.rng.choice(templates).format(**self._slots(number)))
        while sentences:
            size = self.rng.randrange(3, 7)
            lines += [" ".join(sentences[:size]), ""]
            sentences = sentences[size:]
        return "\n".join(lines)

    def entities(self) -> str:
        rows = [f"  - {{name: {w}, kind: work}}\n" for w in self.works]
        rows += [f"  - {{name: {p}, kind: person}}\n" for p in self.people]
        rows += [f"  - {{name: {c}, kind: character}}\n" for c in self.characters]
        rows += [f"  - {{name: {p}, kind: place}}\n" for p in self.places]
        return "".join(rows)


def _bundled() -> Path | None:
    """The repository whose articles and entities file come with the corpus: the working
    folder (where nox runs), else the one this file is in; None when neither has them."""
    for folder in (Path.cwd(), Path(__file__).resolve().parent.parent.parent):
        if (folder / "claims" / "entities.yaml").is_file() and any(
                (folder / "sources").glob("*.txt")):
            return folder
    return None


def write_corpus(root: Path, megabytes: float, seed: int = 0) -> float:
    """The bundled articles and generated ones, about ``megabytes`` in all, under ``root``
    (``sources/``, ``claims/entities.yaml``); returns the megabytes of article text."""
    repo = _bundled()
    if repo is not None:
        shutil.copytree(repo / "sources", root / "sources")
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "claims").mkdir(parents=True)
    size = sum(p.stat().st_size for p in (root / "sources").glob("*.txt"))
    articles = max(1, int((megabytes * 1e6 - size) / 9_000))  # about: names for so many
    bundled = (repo / "claims" / "entities.yaml").read_text(encoding="utf-8") if repo \
        else "entities:\n"
    taken = {e["name"] for e in yaml.safe_load(bundled)["entities"] or []}
    writer = _Writer(random.Random(seed), articles, taken)
    number = 0
    while size < megabytes * 1e6 or number == 0:
        text = writer.article(number % articles)
        (root / "sources" / f"generated-{number:05d}.txt").write_text(text, encoding="utf-8")
        (root / "sources" / f"generated-{number:05d}.meta.yaml").write_text(
            f"published: 2024-{number % 12 + 1:02d}-15\n", encoding="utf-8")
        size += len(text.encode("utf-8"))
        number += 1
    (root / "claims" / "entities.yaml").write_text(bundled.rstrip("\n") + "\n"
                                                   + writer.entities(), encoding="utf-8")
    return size / 1e6


def measure(root: Path, jobs: int) -> dict[str, float]:
    """Extraction of every source under ``root`` by ``jobs`` workers, timed in this process."""
    problems: list[Problem] = []
    sources = load_sources(root / "sources", problems)
    entities = load_entities(root / "claims", sources, problems)
    assert not problems, problems
    chosen = [sources[i] for i in sorted(sources)]
    started = time.perf_counter()
    extracted = extract_all(chosen, entities, jobs)
    seconds = time.perf_counter() - started
    megabytes = sum(len(s.text.encode("utf-8")) for s in chosen) / 1e6
    return {"seconds": seconds, "megabytes": megabytes,
            "drafts": float(sum(len(x.drafts) for x in extracted))}


def _measured(root: Path, jobs: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "checker.bench.extract_bench", "--measure",
                           str(root), "--jobs", str(jobs)], capture_output=True, text=True,
                          check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(seconds_budget: float = 60.0, seed: int = 0) -> dict[str, float]:
    """Throughput with one worker and with one per core, on a corpus sized to the budget."""
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="source-checker-extract-") as folder:
        root = Path(folder)
        megabytes = write_corpus(root, MEGABYTES_PER_MINUTE * seconds_budget / 60, seed)
        one = _measured(root, 1)
        every = _measured(root, workers)
    assert one["drafts"] == every["drafts"]  # the same reading, whatever the workers
    all_workers = megabytes / every["seconds"]
    return {"megabytes": megabytes, "workers": float(workers),
            "mb_per_second_one_worker": megabytes / one["seconds"],
            "mb_per_second_all_workers": all_workers,
            "mb_per_second_per_core": all_workers / workers}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.bench.extract_bench")
    parser.add_argument("--budget", type=float, default=60.0, metavar="SECONDS")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--measure", type=Path, metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.jobs)))
        return 0
    print(json.dumps(run(args.budget, args.seed), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
