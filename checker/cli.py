"""The command line: parse arguments, wire the parts, return an exit code.

Usage errors print one line saying what is wrong and one pointing at ``--help``, on standard
error, with exit code 2; the messages are this module's own, so that they read the same on
every Python version.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from typing import Any, NoReturn, TextIO

from checker import __version__
from checker.commands import COMMANDS
from checker.commands.common import PROG, ExitCode

__all__ = ["ExitCode", "entry", "main"]


class _Parser(argparse.ArgumentParser):
    def __init__(self, **options: Any) -> None:
        # no abbreviated options: `--form` working today would break when `--formats` comes
        super().__init__(allow_abbrev=False, **options)

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.UNUSABLE, f"{self.prog}: error: {message}\n"
                                     f"Try '{self.prog} --help' for more information.\n")


def _parser() -> argparse.ArgumentParser:
    # argparse >= 3.14 colours its messages when it thinks it may; these must stay plain
    plain: dict[str, Any] = {"color": False} if sys.version_info >= (3, 14) else {}
    parser = _Parser(prog=PROG, description="Find where a collection of articles disagrees.",
                     **plain)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS.values():
        command.add_arguments(subparsers.add_parser(command.NAME, help=command.HELP, **plain))
    return parser


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
    code: int = COMMANDS[args.command].run(args, stdout, stderr)
    return code


def entry() -> int:
    """The console script and ``python -m checker``: one command, then the process ends. The
    cyclic garbage collector is switched off for it: a check of a large corpus makes millions
    of objects and few cycles, and the collector would walk them all when the check is done
    only for the process to exit anyway."""
    gc.disable()
    return main()


if __name__ == "__main__":
    raise SystemExit(entry())
