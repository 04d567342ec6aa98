"""GitHub Actions workflow commands: one annotation per line to look at, shown on the pull
request's diff, then the verdict as plain log text.

    ::error file=claims/b.yaml,line=2,col=5,title=Dry Season · budget%3A $2,000,000 and …::…

- every unresolved conflict is annotated at each claim behind it (and at each passage of a
  source that states a value with no claim), so the person who edited either side sees it; the
  message names the value stated there and the competing ones with their files and lines;
- errors are ``error``, warnings ``warning``, info findings ``notice``; a problem in an input
  file is an ``error`` at its line; a stale resolution a ``warning``;
- resolved conflicts are not annotated; with ``--base``, neither is anything the change did
  not introduce.

The format is chosen by default when the ``GITHUB_ACTIONS`` environment variable is set.
Workflow commands end at a line break, and their properties at ``,`` and ``:``: the escaping
GitHub's runner undoes is ``%``, CR and LF in the message, and also ``:`` and ``,`` in a
property.
"""

from __future__ import annotations

from typing import TextIO

from checker.conflict import Conflict, Severity
from checker.report import baseline, locations, summary
from checker.result import CheckResult, values_text

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, *, file: str, line: int, column: int, title: str) -> str:
    properties = {"file": file, "line": str(line), "col": str(column), "title": title}
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {listed}::{escape_data(message)}"


def _conflict(conflict: Conflict) -> list[str]:
    heading = f"{locations.title(conflict)}: {values_text(conflict)}"
    lines = []
    for place in locations.places(conflict):
        message = "\n".join(locations.sentences(conflict, place))
        lines.append(command(COMMANDS[conflict.severity], message, file=place.path,
                             line=place.line, column=place.column, title=heading))
    return lines


def render(result: CheckResult, stream: TextIO) -> None:
    conflicts, problems, stale = locations.shown(result, only_new=True)
    out = []
    for problem in problems:
        out.append(command("error", problem.message, file=problem.path, line=problem.line,
                           column=problem.column, title="invalid input"))
    for conflict in conflicts:
        out.extend(_conflict(conflict))
    for entry in stale:
        decision = entry.decision
        out.append(command("warning", f"{decision.conflict_id} matches no conflict; {entry.hint}",
                           file=decision.path, line=decision.line, column=decision.column,
                           title="stale resolution"))
    out.append(f"Checked {summary.counts(result)}.")
    if result.base is not None:
        out.append(baseline.comparison(result.base, result))
    out.append(f"{'PASS' if result.success else 'FAIL'}: {baseline.reason(result)}.")
    stream.write("\n".join(out) + "\n")
