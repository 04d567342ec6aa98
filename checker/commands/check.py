"""`check`: validate the claims, compare them, report the conflicts."""

from __future__ import annotations

import argparse
import io
import os
import shutil
from pathlib import Path
from typing import TextIO

from checker import cache as caching
from checker import report
from checker.atomic import write_atomically
from checker.cache import Cache, default_folder
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
    parser.add_argument("--no-cache", action="store_true",
                        help="compute everything afresh, and keep nothing for the next run")
    parser.add_argument("--cache-dir", type=Path, metavar="DIR",
                        help="where to keep the cache (default: .checker-cache beside the "
                             "claims folder)")
    parser.add_argument("--base", metavar="REF",
                        help="compare with the claims at git revision REF and fail only on "
                             "what the change introduced")


def _format(chosen: str | None) -> str:
    """The format asked for; in a GitHub Actions job, annotations by default."""
    if chosen is not None:
        return chosen
    in_actions = os.environ.get("GITHUB_ACTIONS", "") not in ("", "false")
    return "github" if in_actions else "terminal"


def _report_entry(args: argparse.Namespace, cache: Cache, chosen: str,
                  settings: report.RenderSettings) -> tuple[str, str] | None:
    """The cache slot of this run's report (the folders as displayed, the format and its
    settings) and its key (every input file). None when the report depends on more (git,
    with --base), or a folder is missing (the check will say so)."""
    if args.base is not None or not args.sources.is_dir() or not args.claims.is_dir():
        return None
    # scandir knows which entries are files without a system call for each
    inputs = [Path(entry.path) for folder in (args.sources, args.claims)
              for entry in os.scandir(folder) if entry.is_file()]
    slot = "\0".join((str(Path.cwd()), display_path(args.sources), display_path(args.claims),
                      chosen, str(settings.width), str(settings.color)))
    return slot, caching.key(cache.digests(inputs))


def _write(text: str, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> bool:
    if args.output is None:
        stdout.write(text)
        return True
    try:
        write_atomically(args.output, text)
    except OSError as error:
        print(cannot_write(args.output, error), file=stderr)
        return False
    print(f"wrote {display_path(args.output)}", file=stdout)
    return True


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    screen = stdout if args.output is None else None
    columns = args.width or (shutil.get_terminal_size((100, 24)).columns
                             if screen is not None and screen.isatty() else 100)
    settings = report.RenderSettings(width=columns, color=use_color(args.color, screen))
    chosen = _format(args.format)
    cache = None if args.no_cache else Cache(args.cache_dir or default_folder(args.claims))
    entry = _report_entry(args, cache, chosen, settings) if cache is not None else None
    if cache is not None and entry is not None:
        found = cache.load("report", *entry)
        if isinstance(found, tuple) and len(found) == 2:  # nothing changed: the same report
            cache.save()
            code, text = found
            return ExitCode(code) if _write(text, args, stdout, stderr) else ExitCode.UNUSABLE
    try:
        jobs = args.jobs or default_jobs()
        if args.base is None:
            result = run_check(args.sources, args.claims, jobs=jobs, cache=cache)
        else:
            result = run_gate(args.sources, args.claims, args.base, jobs=jobs, cache=cache)
    except (UnusableInput, BaseUnavailable) as error:
        print(f"{PROG}: error: {error}", file=stderr)
        return ExitCode.UNUSABLE
    buffer = io.StringIO()
    report.get(chosen)(result, buffer, settings)
    code = ExitCode.OK if result.success else ExitCode.FAILED
    if cache is not None and entry is not None:
        cache.store("report", *entry, (int(code), buffer.getvalue()))
        cache.save()
    return code if _write(buffer.getvalue(), args, stdout, stderr) else ExitCode.UNUSABLE
