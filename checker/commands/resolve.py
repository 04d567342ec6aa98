"""`resolve`: record a decision on a conflict in ``claims/resolutions.yaml``.

    source-checker resolve red-rocket-year-748a051b --keep 2021 --reason "premiered 2021"
    source-checker resolve yura-borisov-name-77e7b68a --accept-all --reason "two transliterations"

The conflict must be one the check finds now, and each ``--keep`` one of its competing values
(as the report labels them; case and punctuation do not matter). The entry is added to the
file as text, keeping its comments and layout, and records the competing values so that a
stale entry can later say what changed. A conflict already resolved is refused unless
``--replace`` is given; then only that entry's lines are replaced.
"""

from __future__ import annotations

import argparse
import difflib
from typing import TextIO

from pydantic import ValidationError

from checker.check import UnusableInput, run_check
from checker.commands.common import PROG, ExitCode, add_corpus_arguments, cannot_write
from checker.conflict import Conflict
from checker.corpus.resolutions import RESOLUTIONS_FILE
from checker.corpus.resolutions_edit import AlreadyResolved, CannotEdit, Entry, record
from checker.model.resolutions import Resolution
from checker.parse.names import name_key
from checker.problems import display_path
from checker.result import CheckResult

NAME = "resolve"
HELP = "record a decision on a conflict in claims/resolutions.yaml"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("conflict", metavar="CONFLICT-ID", help="the id the report prints")
    verdict = parser.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--keep", action="append", metavar="VALUE",
                         help="the value that stands, as the report labels it (repeat for "
                              "several)")
    verdict.add_argument("--accept-all", action="store_true",
                         help="every competing value is acceptable")
    parser.add_argument("--reason", required=True, help="why, from the texts (required)")
    parser.add_argument("--by", metavar="NAME", help="who decided")
    parser.add_argument("--decided", metavar="DATE", help="when: YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--replace", action="store_true",
                        help="replace the decision already recorded for this conflict")
    add_corpus_arguments(parser)


class Refused(Exception):
    """Bad usage: the message says what to give instead."""


def find_conflict(result: CheckResult, conflict_id: str) -> Conflict:
    """The conflict of that id, or :class:`Refused` with the nearest ids (or what became of a
    conflict a resolution was written for)."""
    found = next((c for c in result.conflicts if c.id == conflict_id), None)
    if found is not None:
        return found
    stale = next((s for s in result.stale if s.decision.conflict_id == conflict_id), None)
    if stale is not None:
        raise Refused(f"no conflict has the id {conflict_id!r} any more: {stale.hint}")
    ids = [c.id for c in result.conflicts]
    family = conflict_id.rsplit("-", 1)[0]
    near = [i for i in ids if i.rsplit("-", 1)[0] == family] or \
        difflib.get_close_matches(conflict_id, ids, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(near)}?" if near else \
        f"; `{PROG} check` prints the ids of the {len(ids)} conflicts it finds"
    raise Refused(f"no conflict has the id {conflict_id!r}{hint}")


def _kept(conflict: Conflict, wanted: list[str]) -> tuple[str, ...]:
    """The labels of the competing values named by ``wanted``."""
    kept = []
    for given in wanted:
        match = next((v.label for v in conflict.values
                      if given in (v.label, v.key) or name_key(given) == name_key(v.label)), None)
        if match is None:
            competing = ", ".join(repr(v.label) for v in conflict.values)
            raise Refused(f"--keep {given!r} is not one of the competing values of "
                           f"{conflict.id}: {competing}")
        if match not in kept:
            kept.append(match)
    return tuple(kept)


def _entry(args: argparse.Namespace, conflict: Conflict) -> Entry:
    entry = Entry(conflict_id=conflict.id, keep=() if args.accept_all else
                  _kept(conflict, args.keep), reason=" ".join(args.reason.split()),
                  values=tuple(v.label for v in conflict.values),
                  decided=args.decided, by=args.by and " ".join(args.by.split()))
    try:
        Resolution.model_validate(entry.as_data())
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise Refused(f"--{where or 'reason'}: {message[0].lower()}{message[1:]}") from None
    return entry


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    try:
        result = run_check(args.sources, args.claims)
        conflict = find_conflict(result, args.conflict)
        entry = _entry(args, conflict)
        path = args.claims / RESOLUTIONS_FILE
        line = record(path, entry, replace=args.replace)
    except (UnusableInput, Refused, AlreadyResolved) as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return ExitCode.UNUSABLE
    except CannotEdit as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return ExitCode.FAILED
    except OSError as error:
        print(cannot_write(path, error), file=stderr)
        return ExitCode.UNUSABLE
    verdict = Resolution.model_validate(entry.as_data()).verdict
    done = "replaced the decision on" if args.replace else "resolved"
    print(f"{display_path(path)}:{line}: {done} {conflict.id}: {verdict}", file=stdout)
    return ExitCode.OK
