"""How well extraction does, measured on a corpus whose claims a person reviewed.

    python -m checker.extract.evaluate [--sources DIR] [--claims DIR]    (nox -s extract_eval)

The reviewed claims are the labels. Extraction reads the sources without their claim files,
and each draft is matched with a label of the same source that says the same thing (subject,
property and value, as :mod:`checker.extract.keys` reads them) on an overlapping passage;
each label and each draft is matched once at most. Precision is the share of drafts that
match a label, recall the share of labels a draft matches, per kind of value. Scope and
hedges are not compared: a reviewer adds a scope the text leaves implicit.

It is measured twice: with the corpus's entities file, as when an article joins a corpus
about known people and works, and with none at all, every name proposed by extraction (a
draft's subject then counts when it is named as the label's is).

Then the fully automatic path: every source extracted into an empty ``claims/`` (the
entities file copied), and checked. A conflict of the reviewed corpus is found when the
automatic check reports one on the same subject and property between at least two of its
competing values.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.check import run_check
from checker.cli import main as cli
from checker.conflict import Conflict
from checker.corpus.claims import AnchoredClaim, load_claims
from checker.corpus.entities import ENTITIES_FILE, EntityIndex, load_entities
from checker.corpus.sources import load_sources
from checker.extract import Extraction, extract
from checker.extract.drafts import Draft
from checker.extract.keys import claim_key
from checker.problems import Problem

KINDS = ("money", "date", "year", "quantity", "credit", "cast", "place", "name", "entity",
         "text")
GROUPS = {"date+year": ("date", "year")}


@dataclass
class Score:
    labels: int = 0
    drafts: int = 0
    found: int = 0  # labels a draft matches
    right: int = 0  # drafts that match a label

    @property
    def precision(self) -> float | None:
        return self.right / self.drafts if self.drafts else None

    @property
    def recall(self) -> float | None:
        return self.found / self.labels if self.labels else None

    def add(self, other: Score) -> None:
        self.labels += other.labels
        self.drafts += other.drafts
        self.found += other.found
        self.right += other.right


def _same(draft: Draft, label: AnchoredClaim, index: EntityIndex) -> bool:
    return (draft.passage.start < label.passage.end and label.passage.start < draft.passage.end
            and claim_key(draft.claim, index) == claim_key(label.claim, index))


def score(extractions: Sequence[Extraction], labels: Sequence[AnchoredClaim],
          index: EntityIndex) -> dict[str, Score]:
    """Precision and recall per kind of value, and for all kinds ("all")."""
    scores = {kind: Score() for kind in KINDS}
    for extraction in extractions:
        own = [c for c in labels if c.source.id == extraction.source.id]
        unmatched = list(own)
        for label in own:
            scores[label.claim.value.kind].labels += 1
        for draft in extraction.drafts:
            kind = draft.claim.value.kind
            scores[kind].drafts += 1
            match = next((c for c in unmatched if _same(draft, c, index)), None)
            if match is not None:
                unmatched.remove(match)
                scores[kind].right += 1
                scores[kind].found += 1
    for group, members in GROUPS.items():
        scores[group] = Score()
        for member in members:
            scores[group].add(scores[member])
    scores["all"] = Score()
    for member in KINDS:
        scores["all"].add(scores[member])
    return scores


def _figure(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def table(scores: Mapping[str, Score]) -> str:
    rows = [f"{'kind':<10} {'labels':>6} {'drafts':>6} {'matched':>7} {'precision':>9} "
            f"{'recall':>6}"]
    for kind in (*KINDS[:3], "date+year", *KINDS[3:], "all"):
        s = scores[kind]
        rows.append(f"{kind:<10} {s.labels:>6} {s.drafts:>6} {s.found:>7} "
                    f"{_figure(s.precision):>9} {_figure(s.recall):>6}")
    return "\n".join(rows)


def _keys(conflict: Conflict) -> set[str]:
    return {v.key for v in conflict.values}


def found_by(reference: Conflict, automatic: Sequence[Conflict]) -> Conflict | None:
    """The automatic conflict that finds a reviewed one, if any."""
    for candidate in automatic:
        shared = _keys(reference) & _keys(candidate)
        if (candidate.subject == reference.subject and candidate.property == reference.property
                and len(shared) >= min(2, len(_keys(reference)))):
            return candidate
    return None


def automatic_conflicts(sources: Path, claims: Path) -> list[Conflict]:
    """The conflicts the check reports after extraction alone, into an empty claims folder."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(sources, work / "sources")
        (work / "claims").mkdir()
        if (claims / ENTITIES_FILE).exists():
            shutil.copy(claims / ENTITIES_FILE, work / "claims" / ENTITIES_FILE)
        cli(["extract", "--sources", str(work / "sources"), "--claims", str(work / "claims")],
            stdout=io.StringIO(), stderr=io.StringIO())
        return list(run_check(work / "sources", work / "claims").conflicts)


def report(sources_dir: Path, claims_dir: Path) -> str:
    problems: list[Problem] = []
    sources = load_sources(sources_dir, problems)
    entities = load_entities(claims_dir, sources, problems)
    labels = [c for c in load_claims(claims_dir, sources, entities, problems)
              if c.claim.status == "reviewed"]
    started = time.perf_counter()
    known = [extract(source, entities) for source in sources.values()]
    elapsed = time.perf_counter() - started
    cold = [extract(source, EntityIndex()) for source in sources.values()]
    characters = sum(len(s.text) for s in sources.values())
    lines = [f"Extraction measured against the {len(labels)} reviewed claims of "
             f"{len(sources)} sources", "",
             f"With the corpus's entities ({ENTITIES_FILE}):", table(score(known, labels,
                                                                        entities)), "",
             "Cold start (no entities: every name proposed by extraction):",
             table(score(cold, labels, entities)), ""]
    reference = list(run_check(sources_dir, claims_dir).conflicts)
    automatic = automatic_conflicts(sources_dir, claims_dir)
    found = {c.id: found_by(c, automatic) for c in reference}
    lines.append(f"The automatic path (extract, then check) finds {sum(map(bool, found.values()))}"
                 f" of the corpus's {len(reference)} conflicts:")
    for conflict in reference:
        values = ", ".join(v.label for v in conflict.values)
        mark = "found " if found[conflict.id] else "missed"
        lines.append(f"  {mark}  {conflict.subject} · {conflict.property}: {values}")
    matched = {c.id for c in found.values() if c is not None}
    others = [c for c in automatic if c.id not in matched]
    lines.append(f"and reports {len(others)} other conflicts" + (":" if others else "."))
    lines += [f"          {c.subject} · {c.property}: {', '.join(v.label for v in c.values)}"
              f" ({c.severity.value})" for c in others]
    lines += ["", f"Throughput: {len(sources)} sources, {characters:,} characters in "
              f"{elapsed:.2f} s ({characters / max(elapsed, 1e-9):,.0f} characters a second)"]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.extract.evaluate",
                                     description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--sources", type=Path, default=Path("sources"), metavar="DIR")
    parser.add_argument("--claims", type=Path, default=Path("claims"), metavar="DIR")
    args = parser.parse_args(argv)
    sys.stdout.write(report(args.sources, args.claims))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
