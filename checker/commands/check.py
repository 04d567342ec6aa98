"""`check`: validate the claims, compare them, report the conflicts."""

from __future__ import annotations

import argparse
import io
import os
import shutil
from pathlib import Path
from typing import TextIO

from checker import report
from checker.atomic import write_atomically
from checker.check import UnusableInput, run_check
from checker.commands.common import (
    PROG,
    ExitCode,
    add_corpus_arguments,
    cannot_write,
    jobs_count,
    one_of,
    use_color,
    width,
)
from checker.corpus.workers import default_jobs
from checker.gate import BaseUnavailable, run_gate
from checker.problems import display_path

NAME = "check"
HELP = "validate the claims and report conflicts"
COLORS = ("auto", "always", "never")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_corpus_arguments(parser)
    formats = sorted(report.REPORTERS)
    parser.add_argument("--format", type=one_of("format", formats), default=None,
                        metavar="{" + ",".join(formats) + "}",
                        help="report format (default: github when GITHUB_ACTIONS is set, "
                             "else terminal)")
    parser.add_argument("--output", type=Path, metavar="FILE",
                        help="write the report to FILE, atomically, instead of standard output")
    parser.add_argument("--width", type=width, metavar="N",
                        help="terminal report width (default: the terminal's, or 100)")
    parser.add_argument("--color", type=one_of("colour choice", COLORS), default="auto",
                        metavar="{" + ",".join(COLORS) + "}",
                        help="colour the terminal report: auto colours it on a terminal unless "
                             "NO_COLOR is set (default: auto)")
    parser.add_argument("--jobs", type=jobs_count, default=None, metavar="N",
                        help="processes checking claim files of a large corpus (default: one "
                             "per core; 1 checks in this process)")
    parser.add_argument("--base", metavar="REF",
                        help="compare with the claims at git revision REF and fail only on "
                             "what the change introduced")


def _format(chosen: str | None) -> str:
    """The format asked for; in a GitHub Actions job, annotations by default."""
    if chosen is not None:
        return chosen
    in_actions = os.environ.get("GITHUB_ACTIONS", "") not in ("", "false")
    return "github" if in_actions else "terminal"


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    try:
        jobs = args.jobs or default_jobs()
        if args.base is None:
            result = run_check(args.sources, args.claims, jobs=jobs)
        else:
            result = run_gate(args.sources, args.claims, args.base, jobs=jobs)
    except (UnusableInput, BaseUnavailable) as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return ExitCode.UNUSABLE
    screen = stdout if args.output is None else None
    columns = args.width or (shutil.get_terminal_size((100, 24)).columns
                             if screen is not None and screen.isatty() else 100)
    settings = report.RenderSettings(width=columns, color=use_color(args.color, screen))
    buffer = io.StringIO()
    report.get(_format(args.format))(result, buffer, settings)
    if args.output is None:
        stdout.write(buffer.getvalue())
    else:
        try:
            write_atomically(args.output, buffer.getvalue())
        except OSError as error:
            print(cannot_write(args.output, error), file=stderr)
            return ExitCode.UNUSABLE
        print(f"wrote {display_path(args.output)}", file=stdout)
    return ExitCode.OK if result.success else ExitCode.FAILED
