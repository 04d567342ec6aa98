"""The command line: parse arguments, wire the parts, return an exit code."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import TextIO

from checker import __version__, report
from checker.atomic import write_atomically
from checker.check import UnusableInput, run_check
from checker.problems import display_path


class ExitCode(IntEnum):
    OK = 0  # every claim valid, no unresolved error-level conflict
    FAILED = 1  # invalid claims or input files, or an unresolved error-level conflict
    UNUSABLE = 2  # bad usage, or input the check cannot run on at all


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="source-checker",
        description="Find where a collection of articles disagrees.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="validate the claims and report conflicts")
    check.add_argument("--sources", type=Path, default=Path("sources"), metavar="DIR",
                       help="folder of articles (default: sources)")
    check.add_argument("--claims", type=Path, default=Path("claims"), metavar="DIR",
                       help="folder of claim files (default: claims)")
    check.add_argument("--format", choices=sorted(report.REPORTERS), default="terminal",
                       help="report format (default: terminal)")
    check.add_argument("--output", type=Path, metavar="FILE",
                       help="write the report to FILE instead of standard output")
    check.add_argument("--width", type=int, metavar="N",
                       help="terminal report width (default: the terminal's, or 100)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour the terminal report (default: auto)")
    schema = commands.add_parser("schema", help="write the JSON Schemas of the file formats")
    schema.add_argument("--output", type=Path, default=Path("schema"), metavar="DIR",
                        help="folder to write them to (default: schema)")
    return parser


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    try:
        result = run_check(args.sources, args.claims)
    except UnusableInput as error:
        print(f"source-checker: error: {error}", file=stderr)
        return ExitCode.UNUSABLE
    to_terminal = args.output is None
    settings = report.RenderSettings(
        width=args.width or (shutil.get_terminal_size((100, 24)).columns
                             if to_terminal and stdout.isatty() else 100),
        color=to_terminal and _use_color(args.color, stdout),
    )
    buffer = io.StringIO()
    report.get(args.format)(result, buffer, settings)
    if args.output is None:
        stdout.write(buffer.getvalue())
    else:
        try:
            write_atomically(args.output, buffer.getvalue())
        except OSError as error:
            print(f"source-checker: error: cannot write {display_path(args.output)}: "
                  f"{error.strerror}", file=stderr)
            return ExitCode.UNUSABLE
    return ExitCode.OK if result.success else ExitCode.FAILED


def _schema(args: argparse.Namespace, stdout: TextIO) -> ExitCode:
    from checker.schema import write_schemas

    for path in write_schemas(args.output):
        print(f"wrote {display_path(path)}", file=stdout)
    return ExitCode.OK


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage error
        return ExitCode.UNUSABLE if exit_.code else ExitCode.OK
    if args.command == "check":
        return _check(args, stdout, stderr)
    return _schema(args, stdout)


if __name__ == "__main__":
    raise SystemExit(main())
