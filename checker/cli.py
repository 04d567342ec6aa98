"""The command line: parse arguments, wire the parts, return an exit code.

Usage errors print one line saying what is wrong and one pointing at ``--help``, on standard
error, with exit code 2; the messages are this module's own, so that they read the same on
every Python version.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from enum import IntEnum
from pathlib import Path
from typing import Any, NoReturn, TextIO

from checker import __version__, report
from checker.atomic import write_atomically
from checker.check import UnusableInput, run_check
from checker.problems import display_path

PROG = "source-checker"
COMMANDS = ("check", "schema")
COLORS = ("auto", "always", "never")
MIN_WIDTH = 20


class ExitCode(IntEnum):
    OK = 0  # every claim valid, no unresolved error-level conflict
    FAILED = 1  # invalid claims or input files, or an unresolved error-level conflict
    UNUSABLE = 2  # bad usage, or input the check cannot run on at all


class _Parser(argparse.ArgumentParser):
    def __init__(self, **options: Any) -> None:
        # no abbreviated options: `--form` working today would break when `--formats` comes
        super().__init__(allow_abbrev=False, **options)

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.UNUSABLE, f"{self.prog}: error: {message}\n"
                                     f"Try '{self.prog} --help' for more information.\n")


def _one_of(what: str, choices: Sequence[str]) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if text not in choices:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {text!r}; choose from {', '.join(choices)}")
        return text
    return parse


def _width(text: str) -> int:
    if not text.isdigit() or int(text) < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"expected a number of columns, at least {MIN_WIDTH}, "
                                         f"not {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    # argparse >= 3.14 colours its messages when it thinks it may; these must stay plain
    plain: dict[str, Any] = {"color": False} if sys.version_info >= (3, 14) else {}
    parser = _Parser(prog=PROG, description="Find where a collection of articles disagrees.",
                     **plain)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="validate the claims and report conflicts", **plain)
    check.add_argument("--sources", type=Path, default=Path("sources"), metavar="DIR",
                       help="folder of articles (default: sources)")
    check.add_argument("--claims", type=Path, default=Path("claims"), metavar="DIR",
                       help="folder of claim files (default: claims)")
    formats = sorted(report.REPORTERS)
    check.add_argument("--format", type=_one_of("format", formats), default="terminal",
                       metavar="{" + ",".join(formats) + "}",
                       help="report format (default: terminal)")
    check.add_argument("--output", type=Path, metavar="FILE",
                       help="write the report to FILE, atomically, instead of standard output")
    check.add_argument("--width", type=_width, metavar="N",
                       help="terminal report width (default: the terminal's, or 100)")
    check.add_argument("--color", type=_one_of("colour choice", COLORS), default="auto",
                       metavar="{" + ",".join(COLORS) + "}",
                       help="colour the terminal report: auto colours it on a terminal unless "
                            "NO_COLOR is set (default: auto)")
    schema = commands.add_parser("schema", help="write the JSON Schemas of the file formats",
                                 **plain)
    schema.add_argument("--output", type=Path, default=Path("schema"), metavar="DIR",
                        help="folder to write them to (default: schema)")
    return parser


def _use_color(choice: str, stream: TextIO | None) -> bool:
    if choice != "auto":
        return choice == "always"
    return (stream is not None and stream.isatty() and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


def _cannot_write(path: Path, error: OSError) -> str:
    """Why ``path`` cannot be written, in words a person can act on."""
    where = display_path(path)
    if isinstance(error, IsADirectoryError) or path.is_dir():
        why = "it is a folder"
    elif isinstance(error, FileExistsError | NotADirectoryError):
        blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        why = f"{display_path(blocking)} is a file, not a folder"
    elif isinstance(error, PermissionError):
        why = "permission denied"
    else:
        why = (error.strerror or str(error)).lower()
    return f"{PROG}: error: cannot write {where}: {why}"


def _check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    try:
        result = run_check(args.sources, args.claims)
    except UnusableInput as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return ExitCode.UNUSABLE
    screen = stdout if args.output is None else None
    width = args.width or (shutil.get_terminal_size((100, 24)).columns
                           if screen is not None and screen.isatty() else 100)
    settings = report.RenderSettings(width=width, color=_use_color(args.color, screen))
    buffer = io.StringIO()
    report.get(args.format)(result, buffer, settings)
    if args.output is None:
        stdout.write(buffer.getvalue())
    else:
        try:
            write_atomically(args.output, buffer.getvalue())
        except OSError as error:
            print(_cannot_write(args.output, error), file=stderr)
            return ExitCode.UNUSABLE
        print(f"wrote {display_path(args.output)}", file=stdout)
    return ExitCode.OK if result.success else ExitCode.FAILED


def _schema(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    from checker.schema import SCHEMAS, write_schemas

    try:
        written = write_schemas(args.output)
    except OSError as error:
        print(_cannot_write(args.output / next(iter(SCHEMAS)), error), file=stderr)
        return ExitCode.UNUSABLE
    for path in written:
        print(f"wrote {display_path(path)}", file=stdout)
    return ExitCode.OK


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in arguments if not a.startswith("-")), None)
    if command is not None and command not in COMMANDS:  # before argparse words it its way
        print(f"{PROG}: error: unknown command {command!r}; choose from {', '.join(COMMANDS)}\n"
              f"Try '{PROG} --help' for more information.", file=stderr)
        return ExitCode.UNUSABLE
    try:
        with redirect_stdout(stdout), redirect_stderr(stderr):
            args = _parser().parse_args(arguments)
    except SystemExit as exit_:  # argparse has printed its message, or --help, or --version
        return ExitCode.UNUSABLE if exit_.code else ExitCode.OK
    if args.command == "check":
        return _check(args, stdout, stderr)
    return _schema(args, stdout, stderr)


if __name__ == "__main__":
    raise SystemExit(main())
