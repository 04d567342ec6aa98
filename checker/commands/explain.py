"""`explain`: why a conflict is one, or why two name forms are (or are not) flagged.

    source-checker explain red-rocket-year-748a051b
    source-checker explain "Yura Borisov" "Yuri Borisov"

With one argument, the conflict of that id: its normalized values, the rule and scores, the
subject's aliases, every claim and passage, and the decision. With two, the spelling rules
applied to the second form as a spelling of the first (an entity's name or alias, or any name
taken as one, of the kind ``--kind`` gives).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from checker.check import UnusableInput, run_check
from checker.commands.common import PROG, ExitCode, add_corpus_arguments, one_of
from checker.commands.resolve import Refused, find_conflict
from checker.corpus.entities import EntityIndex, load_entities
from checker.corpus.sources import load_sources
from checker.explain.conflict import explain_conflict
from checker.explain.names import explain_names
from checker.model.entities import Entity
from checker.problems import Problem

NAME = "explain"
HELP = "say why a conflict is one, or why two name forms are or are not flagged"
KINDS = ("person", "character", "work", "organization", "place", "event", "group", "other")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("subject", metavar="CONFLICT-ID | FORM",
                        help="a conflict id, or the accepted form of a name")
    parser.add_argument("spelling", metavar="SPELLING", nargs="?",
                        help="a spelling to judge against FORM")
    parser.add_argument("--kind", type=one_of("kind", KINDS), default="person",
                        metavar="{" + ",".join(KINDS) + "}",
                        help="what FORM names, when it is no entity of claims/entities.yaml "
                             "(default: person)")
    add_corpus_arguments(parser)


def _entities(args: argparse.Namespace) -> EntityIndex:
    """The declared entities; none when there is no corpus here (its problems are the check's
    to report)."""
    if not args.claims.is_dir():
        return EntityIndex()
    ignored: list[Problem] = []
    sources = load_sources(args.sources, ignored) if args.sources.is_dir() else {}
    return load_entities(args.claims, sources, ignored)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    if args.spelling is not None:
        entities = _entities(args)
        entity = entities.resolve(args.subject)
        if not args.subject.strip() or not args.spelling.strip():
            print(f"{PROG}: error: explain FORM SPELLING needs two non-empty names",
                  file=stderr)
            return ExitCode.UNUSABLE
        lines = explain_names(args.spelling, entity or Entity(name=args.subject, kind=args.kind),
                              declared=entity is not None)
    else:
        try:
            result = run_check(args.sources, args.claims)
            conflict = find_conflict(result, args.subject)
        except (UnusableInput, Refused) as error:
            print(f"{PROG}: error: {error}", file=stderr)
            return ExitCode.UNUSABLE
        lines = explain_conflict(conflict, result, _entities(args))
    stdout.write("\n".join(lines) + "\n")
    return ExitCode.OK
