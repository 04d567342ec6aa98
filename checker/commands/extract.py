"""`extract`: draft claims read from the sources' texts, added to ``claims/`` for review."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from checker.check import UnusableInput
from checker.commands.common import (
    PROG,
    ExitCode,
    add_corpus_arguments,
    cannot_write,
    jobs_count,
)
from checker.corpus.entities import ENTITIES_FILE, EntityIndex, load_entities
from checker.corpus.sources import Source, Sources, load_sources
from checker.extract import Extraction
from checker.extract.keys import label
from checker.extract.merge import MergeRefused, Plan, plan_claims, plan_entities
from checker.extract.parallel import default_jobs, extract_all
from checker.model.claims import Claim
from checker.model.entities import Entity
from checker.parse.names import name_key
from checker.problems import Problem, display_path
from checker.validation import suggestion

NAME = "extract"
HELP = "propose draft claims read from the sources' texts"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be added, and write nothing")
    parser.add_argument("--jobs", type=jobs_count, default=None, metavar="N",
                        help="processes reading the sources (default: one per core; 1 reads "
                             "in this process)")
    parser.add_argument("ids", nargs="*", metavar="SOURCE-ID",
                        help="the sources to read (default: every source)")


def _require_folder(path: Path, what: str) -> None:
    if not path.is_dir():
        found = "is a file" if path.exists() else "not found"
        raise UnusableInput(f"{what} folder {found}: {display_path(path)}")


def _chosen(ids: list[str], sources: Sources) -> list[Source]:
    """The sources named (all when none is); one that cannot be read is left out, as its
    problem is reported with the others."""
    for wanted in ids:
        if wanted not in sources and wanted not in sources.unreadable:
            raise UnusableInput(f"unknown source {wanted!r}: there is no {wanted}.txt in the "
                                "sources folder" + suggestion(wanted, list(sources)))
    return [sources[i] for i in (ids or sorted(sources)) if i in sources]


def _claim_line(claim: Claim, line: int) -> str:
    return (f"  + {claim.id}: {claim.subject} · {claim.property} · {label(claim.value)}"
            f" (line {line})")


def _entity_line(entity: Entity) -> str:
    work = f", in {entity.work}" if entity.work else ""
    return f"  + {entity.name} ({entity.kind}{work})"


def _describe(plan: Plan, what: str, lines: list[str], dry_run: bool) -> list[str]:
    count = len(plan.added)
    noun = what if count == 1 else what[:-1] + "ies" if what.endswith("y") else what + "s"
    verb = "would add" if dry_run else "added"
    there = f" ({plan.present} already there)" if plan.present else ""
    return [f"{display_path(plan.path)}: {verb} {count} {noun}{there}", *lines]


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    try:
        _require_folder(args.sources, "sources")
        _require_folder(args.claims, "claims")
        problems: list[Problem] = []
        sources = load_sources(args.sources, problems)
        chosen = _chosen(args.ids, sources)
    except UnusableInput as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return ExitCode.UNUSABLE
    entities = load_entities(args.claims, sources, problems)
    for problem in sorted(problems):
        print(problem, file=stderr)
    entities_path = args.claims / ENTITIES_FILE
    if any(p.path == display_path(entities_path) for p in problems):
        print(f"{PROG}: nothing extracted: fix {display_path(entities_path)} first", file=stderr)
        return ExitCode.FAILED
    extractions = extract_all(chosen, entities, args.jobs or default_jobs())
    proposed: dict[str, Entity] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            proposed.setdefault(name_key(entity.name), entity)
    index = EntityIndex.of([*entities.entities, *proposed.values()])
    return _merge(args, extractions, index, list(proposed.values()), bool(problems),
                  stdout, stderr)


def _merge(args: argparse.Namespace, extractions: list[Extraction], index: EntityIndex,
           proposed: list[Entity], failed: bool, stdout: TextIO, stderr: TextIO) -> ExitCode:
    plans: list[tuple[Plan, list[str], str]] = []
    named: set[str] = set()
    for extraction in extractions:
        path: Path = args.claims / f"{extraction.source.id}.yaml"
        try:
            plan = plan_claims(path, extraction.source, extraction.drafts, index)
        except MergeRefused as refused:
            print(refused.problem, file=stderr)
            failed = True
            continue
        found_at = {d.claim.id: d.passage.line for d in extraction.drafts}
        plans.append((plan, [_claim_line(c, found_at[c.id]) for c in plan.added], "draft"))
        named |= {n for c in plan.added for n in (c.subject, *_value_names(c))}
    wanted = [e for e in proposed if e.name in named]
    wanted += [e for e in proposed if e.name in {w.work for w in wanted} and e not in wanted]
    try:
        plan = plan_entities(args.claims / ENTITIES_FILE, wanted)
        plans.insert(0, (plan, [_entity_line(e) for e in plan.added], "draft entity"))
    except MergeRefused as refused:  # the drafts would name entities nobody declared
        print(refused.problem, file=stderr)
        return ExitCode.FAILED
    for plan, lines, what in plans:
        if not plan.changes and what == "draft entity":
            continue
        print("\n".join(_describe(plan, what, lines, args.dry_run)), file=stdout)
        if args.dry_run or not plan.changes:
            continue
        try:
            plan.write()
        except MergeRefused as refused:
            print(refused.problem, file=stderr)
            if what == "draft entity":  # the drafts would name entities nobody declared
                return ExitCode.FAILED
            failed = True
        except OSError as error:
            print(cannot_write(plan.path, error), file=stderr)
            return ExitCode.UNUSABLE
    return ExitCode.FAILED if failed else ExitCode.OK


def _value_names(claim: Claim) -> list[str]:
    value = claim.value.model_dump()
    return [str(value[k]) for k in ("work", "character", "place", "entity") if k in value]
